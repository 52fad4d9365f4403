/** Organizations found by pattern: 国家…委员会, 中国…协会, universities and institutes, companies by suffix, Latin brands, banks. */
import {
  BANK_CORES,
  BARE_KINDS,
  BRANCH_WORDS,
  CLAUSE_VERBS,
  COMPANY_SUFFIXES,
  GENERIC_COMPANY_CORE,
  GENERIC_TRADE,
  INDUSTRY_WORDS,
} from "../lexicon/companies.js";
import { ACADEMY_INSTITUTES, BODY_UNITS, NUMBERED_UNITS, UNIT_FULL_NAMES } from "../lexicon/agencies.js";
import { SURNAMES } from "../lexicon/people.js";
import { WORLD_REGIONS } from "../lexicon/countries.js";
import {
  type Cand,
  CJK,
  agencyRef,
  COMPANY_BY_FORM,
  COUNTRY_BY_FORM,
  countryOpening,
  divisionAt,
  isCjk,
  LOCAL_WORD_AFTER,
  divisionLinks,
  divisionRef,
  LEX_BY_FORM,
  leftBoundary,
  NAME_STOPS,
  ANNOUNCED,
  divisionOfRef,
  SAYING,
  seatOf,
  glossesPerson,
  relinked,
} from "./shared.js";
import type { EntityRef } from "../types.js";
import { DIVISION_BY_CODE, DIVISION_FORMS, provinceOf, type Division } from "../lexicon/divisions.js";

/** Words that make 国家… a clause rather than a body's name. */
export const NOT_BODY_MIDDLE =
  /(鼓励|支持|要求|推进|加强|落实|贯彻|部署|规定|明确|禁止|严禁|引导|推动|开展|提出|政策|产业|战略|层面|相关|有关|重点|大力|积极|坚决|全面|已经|正在|已|将|把|从|向|以)/;

/** A company the tables do not know, as the patterns name it. */
function newCompany(c: { name: string; aliases: string[]; sector: string | null }): EntityRef {
  return { label: "Company", name: c.name, aliases: c.aliases, properties: { sector: c.sector } };
}

/** A company candidate over [start, end): the tables' company when `known` (priority 6), else `fresh` at `priority`. */
/** A company named as written at `start`, of the sector its kind word says (the lexicon's entry when it has one). */
function namedCompany(start: number, name: string, kind: string, priority: number): Cand {
  const known = COMPANY_BY_FORM.get(name.toLowerCase());
  return companyCand(
    start,
    start + name.length,
    known,
    { name, aliases: [], sector: SECTOR_OF[kind] ?? null },
    priority,
  );
}

function companyCand(
  start: number,
  end: number,
  known: EntityRef | undefined,
  fresh: { name: string; aliases: string[]; sector: string | null },
  priority: number,
): Cand {
  // (a list's number glued before the name, 2.X科技有限公司 in a notice's annex: no part of it)
  const number = known ? null : fresh.name.match(/^\d{0,2}[.．、]\s*(?=[\u4e00-\u9fff])/);
  if (number) {
    start += number[0].length;
    fresh = { ...fresh, name: fresh.name.slice(number[0].length) };
  }
  // a known firm's registered name (亿邦国际控股有限公司 of 亿邦国际): the known firm, the registered name an alias
  const core = known ? null : fresh.name.match(REGISTERED_TAIL);
  const registered = core?.index ? COMPANY_BY_FORM.get(fresh.name.slice(0, core.index).toLowerCase()) : undefined;
  if (registered)
    return {
      start,
      end,
      ref: { ...registered, aliases: [...new Set([...registered.aliases, fresh.name])] },
      priority: 6,
      role: "company",
    };
  return {
    start,
    end,
    ref: known ?? newCompany(mainlandName(fresh)),
    priority: known ? 6 : priority,
    role: "company",
  };
}

/** Taiwan's words inside a firm's name and the mainland's (網路 → 网络), for a mainland firm's registered name. */
const TAIWAN_NAME_WORDS: Array<[RegExp, string]> = [
  [/网路/g, "网络"],
  [/资讯科技/g, "信息科技"],
];

/**
 * A mainland firm's registered name as a Taiwan outlet writes it (支付寶(中國)網路技術有限公司): named as registered,
 * with the mainland's words (支付宝（中国）网络技术有限公司), the name as written an alias. A firm registered in
 * (中国) or named after a mainland division is the mainland's; Taiwan's own firms keep their words.
 */
function mainlandName(fresh: { name: string; aliases: string[]; sector: string | null }): typeof fresh {
  if (!REGISTERED_TAIL.test(fresh.name) || !TAIWAN_NAME_WORDS.some(([re]) => fresh.name.search(re) >= 0)) return fresh;
  const d = divisionAt(fresh.name, 0, null);
  const province = d?.divs.length === 1 ? provinceOf(d.divs[0]!) : undefined;
  const mainland = /[（(]中国[）)]/.test(fresh.name) || (province && !/^(台湾|香港|澳门)/.test(province.name));
  if (!mainland) return fresh;
  const name = TAIWAN_NAME_WORDS.reduce((n, [re, w]) => n.replace(re, w), fresh.name);
  return { ...fresh, name, aliases: [...new Set([...fresh.aliases, fresh.name])] };
}

/** The legal and holding words a registered name ends with after the firm's own name (国际控股有限公司, 股份有限公司). */
const REGISTERED_TAIL = /(?:国际)?(?:控股)?(?:集团)?(?:股份)?(?:有限责任|有限)公司$/;
/** The legal forms a registered name ends with. */
const LEGAL_SUFFIX = /^(股份有限公司|有限责任公司|有限公司)$/;

/**
 * A place written in parentheses inside a registered name (X（中国）网络技术有限公司, X（北京）科技有限公司: the trade
 * name, then the country or division it is registered in): the name starts at the trade name before the parentheses.
 * `s` is where the name was read to start, right after them; returns the new start, or `s` when there is none.
 */
function placeInParens(text: string, s: number): number {
  const m = /[(（]([\u4e00-\u9fff]{2,8})[)）]$/.exec(text.slice(Math.max(0, s - 10), s));
  if (!m) return s;
  const place = m[1]!;
  if (!COUNTRY_BY_FORM.has(place) && place !== "中国" && divisionAt(place, 0, null)?.len !== place.length) return s;
  const open = s - m[0].length;
  const t = trimVerbs(text, leftBoundary(text, open, 8), open);
  return t < open && plausibleCompanyCore(text.slice(t, open)) ? t : s;
}

/** Where the industry words ending a name's core start (网络技术 of X网络技术), never before `floor`. */
function industryTailAt(core: string, floor = 0): number {
  let e = core.length;
  for (let again = true; again;) {
    again = false;
    for (const w of INDUSTRY_WORDS)
      if (e - w.length >= floor && core.startsWith(w, e - w.length)) {
        e -= w.length;
        again = true;
        break;
      }
  }
  return e;
}

/** Is a name's core made only of a division or country and industry words (网络技术, 北京市信息技术), no trade name? */
function industryOnly(core: string): boolean {
  return industryTailAt(core) === 0;
}

/** A post right after an institute's name (…研究院区块链负责人, …研究院院长): the name is told as a career. */
const CAREER_POST = /^[\u4e00-\u9fff]{0,6}?(负责人|院长|副院长|研究员|主任|首席|所长|教授|专家|分析师|秘书长)/;

/**
 * A clause read into an institute's unit (河北省科学院也参与了区块链实验室 is the academy, then what it did); 与, 和, 及
 * and 联合 stay, as in 计算机科学与技术学院, 技术及应用研究中心, 区块链联合实验室.
 */
const CLAUSE_IN_UNIT = /[也了将把被曾还已]|参与|发布|表示|开展|成立|设立|共同|组建|牵头|共建/;

/** Pattern-built organizations: 国家…委员会, 中国…协会(…专委会), …大学(…研究所), companies by suffix. */
export function patternOrgs(text: string, out: Cand[]): void {
  let m: RegExpExecArray | null;
  const national = new RegExp(`国家(${CJK}{2,14}?)(委员会|领导小组办公室|小组办公室|办公室|管理局|总局|局|中心)`, "g");
  while ((m = national.exec(text))) {
    // a sentence fragment that starts like a body's name (国家鼓励发展数据中心, 国家产业政策要求…办公室) is not one
    if (/[的是在了对将和与为等]/.test(m[1]!) || NOT_BODY_MIDDLE.test(m[1]!)) continue;
    // the authorities of a field (国家货币当局, 国家监管当局): a common noun, no body's name
    if (m[2] === "局" && m[1]!.endsWith("当")) continue;
    // …局 that opens a word (国家安全局势): no body ends there
    const after = text[m.index + m[0].length];
    if (m[2]!.endsWith("局") && after && LOCAL_WORD_AFTER.includes(after)) continue;
    // its branch in a province (国家X中心Y分中心, 国家X局Y分局): one body, located in that province
    const end = m.index + m[0].length;
    const d = divisionAt(text, end, null);
    const prov = d && d.divs.length === 1 && d.divs[0]!.level === "province" ? d.divs[0]! : null;
    const branch = prov ? text.slice(end + d!.len, end + d!.len + 3).match(/^(分中心|分局|分会)/) : null;
    if (prov && branch) {
      const b = end + d!.len + branch[0].length;
      out.push({
        start: m.index,
        end: b,
        ref: agencyRef(text.slice(m.index, b), "provincial"),
        priority: 5,
        role: "gov",
        links: [{ type: "LOCATED_IN", to: divisionRef(prov), properties: {} }],
      });
      continue;
    }
    // 国家 before a national body's own name (国家互联网金融风险专项整治小组办公室): that body
    const known = LEX_BY_FORM.get((m[1]! + m[2]!).toLowerCase())?.find((e) => e.ref.label === "Agency");
    if (known && known.ref.properties.level === "central") {
      out.push({ start: m.index, end, ref: known.ref, priority: 6, role: "gov" });
      continue;
    }
    out.push({ start: m.index, end, ref: agencyRef(m[0], "central"), priority: 4, role: "gov" });
  }
  const assoc = new RegExp(
    `(中国|全国)(${CJK}{2,10}?)(协会|联合会|学会|商会)(${CJK}{2,8}?(专业委员会|专委会|分会|工作委员会))?`,
    "g",
  );
  while ((m = assoc.exec(text))) {
    if (/[的是在了对将和与为等、]/.test(m[2]!)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      ref: agencyRef(m[0], "association"),
      priority: 4,
      role: "assoc",
    });
  }
  // (a centre of its own name too, 剑桥大学替代金融中心, as research centres of universities are often called, and a
  // university's department, 清华大学地球系统科学系)
  const unit = `(${CJK}{1,12}?(研究所|研究院|研究中心|实验室|学院|所)(${CJK}{2,10}?(研究中心|实验室|中心))?|(?<=[大学院])${CJK}{2,8}?(金融|经济|数据|技术|创新|发展|政策)中心|(?<=大学)${CJK}{0,10}?(?:科学|工程|技术|经济学?|金融学?|管理学?|法学|法律|数学|物理学?|化学)系(?![统列数])(?=[的，,。、与和及]|教授|副教授|主任|讲师|博士|研究员|学者|专家|团队))?`;
  const academic = new RegExp(
    `(中国社会科学院|中国社科院|社科院|中国科学院|中科院|${CJK}{2,10}?(大学(?!生(?!物|命))|科学院|财经学院|研究院|职业技术学院|职业学院|(?<=[\u4e00-\u9fff]{2})学院(?!派|式|风)))${unit}`,
    "g",
  );
  // (the words it needs first: the whole pattern tries every run of characters)
  const anyAcademy = /社科院|科学院|中科院|大学|学院|研究院/.test(text);
  while (anyAcademy && (m = academic.exec(text))) {
    let start = m.index;
    if (!/^(中国社会科学院|中国社科院|社科院|中国科学院|中科院)/.test(m[0])) {
      const core = m[1]!;
      const coreEnd = m.index + core.length;
      start = leftBoundary(text, coreEnd - (m[2]?.length ?? 0), 10);
      // a date or a career word before the name (2019年转任贵州科学院), getting something from it (曾获得X研究院投资)
      // or quoting it (报导引述X大学…), is not part of it
      const lead = text
        .slice(start, coreEnd - (m[2]?.length ?? 0))
        .match(
          /^.*(年|月|日|任|至|到|赴|于|入|考|获得|得到|引述|援引|报导|报道|做好|切实|加强|推动|推进|开展|组织|要求|督促|指导|联合|会同|配合|协助|关于|^但|^而|^却)/,
        );
      if (lead) start += lead[0].length;
      // (对外 opens a name, 对外经济贸易大学: a 对 right before 外 is no preposition cut off)
      if (text.slice(start - 1, start + 1) === "对外") start -= 1;
      // 原X研究院区块链负责人, 现X研究院院长: a person's former or present institute, a post after it; the word is no
      // part of the name (原子能科学研究院 with no post after it keeps its 原)
      if (
        /^[原现前]/.test(text[start]!) &&
        !isCjk(text[start - 1]) &&
        CAREER_POST.test(text.slice(coreEnd, coreEnd + 12))
      )
        start += 1;
      const name = text.slice(start, coreEnd);
      // a count of institutions (多所大学, 各大学, 几所高校) names none
      if (/(多所|几所|数所|各|等|所|该|本|这)(大学|科学院|研究院|财经学院|职业技术学院|职业学院|学院)$/.test(name))
        continue;
      if (name.length < 4 || COMPANY_BY_FORM.has(name.slice(0, -2).toLowerCase())) continue;
      // a kind of school alone (职业学院教师) or a schooling (5人具有大学学历, 大学教授) names none
      if (
        /^(?:职业|技术|职业技术|师范|医科|理工|财经|商学|艺术|体育|高等|普通|私立|公立|国立|州立|知名|重点|名牌|顶尖|一流)(?:大学|学院)$|\d/.test(
          name,
        )
      )
        continue;
      if (
        /^(?:学历|文凭|文化|本科|毕业|教育|教授|老师|教师|学生)/.test(text.slice(coreEnd, coreEnd + 2)) &&
        /具有|为|是|拥有|受过|等/.test(name)
      )
        continue;
    }
    // a list's count after the last name (…、云南中医药大学等十余所大学) is no institute of it
    const unitText = m[3] ?? "";
    const end =
      m.index +
      m[0].length -
      (/^(?:等|和|及|与|或)|^[一二三四五六七八九十百千余多几数\d]+(?:所|家|个)/.test(unitText) ||
      CLAUSE_IN_UNIT.test(unitText)
        ? unitText.length
        : 0);
    // a country before a foreign university (英国剑桥大学…) is where it is, no part of its name
    const opening = countryOpening(text.slice(start, end), 4);
    const k = opening?.len;
    const country = opening?.country;
    // (unless the rest is a kind of school: 新加坡国立大学 is the name, in 新加坡)
    if (k && !/^(?:国立|州立|公立|私立|理工|科技|管理)?(?:大学|学院)$/.test(text.slice(start + k, end))) start += k;
    // (剑桥大学的另类金融研究中心: the 的 between the university and its institute is no part of the name either)
    const name = text.slice(start, end).replace(/(大学|科学院|学院|研究院)的(?=[\u4e00-\u9fff]{2})/, "$1");
    // an anonymised institute (中科院某研究所, 某大学, 温州市某职业技术学院) is no node
    if (name.includes("某") || text[start - 1] === "某") continue;
    out.push({
      start,
      end,
      ref: agencyRef(canonicalAcademic(name), "academic"),
      priority: 4,
      role: "academic",
      ...(country ? { links: [{ type: "LOCATED_IN" as const, to: country, properties: {} }] } : {}),
    });
  }
  for (const suffix of COMPANY_SUFFIXES) {
    let from = 0;
    for (;;) {
      const p = text.indexOf(suffix, from);
      if (p < 0) break;
      from = p + suffix.length;
      // 内蒙古电力(集团)有限责任公司: a parenthesized 集团 belongs to the name
      const group = /[(（]集团[)）]$/.test(text.slice(Math.max(0, p - 4), p)) ? 4 : 0;
      let s = maskedStart(
        text,
        trimVerbs(text, leftBoundary(text, p - group, 12, COMPANY_STOPS, inNameWord), p - group),
      );
      // a verb of building or investing glued before the name (投资40亿元建设X科技有限公司)
      const lead = text
        .slice(s, p)
        .match(/^(?:.*?[\d元年月日])?(建设|投资|收购|入股|创办|创立|运营|经营)(?=[\u4e00-\u9fff]{2})/);
      if (lead) s += lead[0].length;
      // a body's name inside the span, and the word that joins it to the firm (洛南县公安局接国网X供电公司报案): the firm
      // starts after them
      const body = text
        .slice(s, p)
        .match(
          /^.*(?:公安局|公安分局|派出所|人民政府|人民法院|人民检察院|监督管理局)(?:接到?|会同|联合|向|对|与|和|及|据)/,
        );
      if (body) s += body[0].length;
      // another company's name inside the span (矿区供电公司按照电力公司): this one starts after it, unless what
      // stands between is a division, its branch's place (国网X州电力有限责任公司Y县供电分公司 is one company)
      const inner = text.slice(s, p).lastIndexOf("公司");
      // a grid company's unit (贵州电网有限责任公司黔西南供电局: the southern grid still names them 供电局) is that company
      if (inner >= 0 && suffix === "供电局") continue;
      if (inner >= 0) {
        const innerEnd = s + inner + 2;
        const between = text.slice(innerEnd, p);
        const owner = out.find((c) => c.ref?.label === "Company" && c.end === innerEnd);
        if (owner && /分公司$|^供电公司$/.test(suffix) && divisionAt(between, 0, null)?.len === between.length)
          s = owner.start;
        else s = trimVerbs(text, innerEnd, p - group);
      }
      // a clause before a generic company word (专案组会同市供电公司, 发展改革委应当通知电网公司): the name starts after
      // its last verb; nothing but a level word (市) or nothing at all is left for a generic word
      const clause = text.slice(s, p).match(CLAUSE_IN_CORE);
      if (clause) s += clause[0].length;
      if (LEGAL_SUFFIX.test(suffix)) s = placeInParens(text, s);
      // a registered name opening with its province's full name reads from there, over a 和 or beyond twelve
      // characters (河南省安泰众和产权交易咨询集团有限公司)
      const registered = LEGAL_SUFFIX.test(suffix) ? provinceOpenedName(text, p) : null;
      if (registered !== null && registered < s) s = registered;
      // a count before the name (一家X科技有限公司, 两家…, 一位交易所人士) is not part of it
      s += text.slice(s, p).match(/^(?:[一二两三四五六七八九十几多数\d]+|这|那|每)[家位个名]/)?.[0].length ?? 0;
      // a two-character trade name with a function word in it (华为技术有限公司, 未来数据科技): read from the name's
      // start when the function word left industry words alone
      if (
        LEGAL_SUFFIX.test(suffix) &&
        s >= 2 &&
        industryOnly(text.slice(s, p)) &&
        NAME_STOPS.includes(text[s - 1]!) &&
        isCjk(text[s - 2]) &&
        !NAME_STOPS.includes(text[s - 2]!) &&
        !"他她它我你您咱谁地得们".includes(text[s - 2]!) &&
        (s === 2 || !isCjk(text[s - 3]) || "由对向与和及被将为把据从在是了即".includes(text[s - 3]!))
      )
        s -= 2;
      // a parent firm's name glued before its own brand (比特大陆蚂蚁矿池: 比特大陆 and 蚂蚁矿池): the brand starts after
      // it, when the lexicon knows both
      for (let k = Math.min(p - s - 2, 8); k >= 2; k--)
        if (
          COMPANY_BY_FORM.has(text.slice(s, s + k).toLowerCase()) &&
          COMPANY_BY_FORM.has(text.slice(s + k, p + suffix.length).toLowerCase())
        ) {
          s += k;
          break;
        }
      if (partyCut(text, s)) continue;
      // a firm the lexicon knows, then words describing it before the kind (火币老牌交易所, 币安全球最大交易所): that firm
      const described = [8, 7, 6, 5, 4, 3, 2].find(
        (k) =>
          s + k < p &&
          COMPANY_BY_FORM.has(text.slice(s, s + k).toLowerCase()) &&
          DESCRIBED_KIND.test(text.slice(s + k, p + suffix.length)),
      );
      if (described) {
        const known = COMPANY_BY_FORM.get(text.slice(s, s + described).toLowerCase())!;
        out.push(companyCand(s, s + described, known, { name: known.name, aliases: [], sector: null }, 3));
        continue;
      }
      // (a party's 人 read as the name's start, 被告人盗用X供电公司: the name starts after the verbs that follow it)
      if (partyPerson(text, s)) s = trimVerbs(text, s, p - group);
      const core = canonicalParens(text.slice(s, p));
      // an anonymized firm opening with its place (北京某科技有限公司, 杭州某某网络公司): no firm, and no place either (the
      // place only says where the unnamed firm is)
      const anonymous = text.slice(Math.max(0, s - 3), s).match(/某+$/);
      const anonymousAt = anonymous ? s - anonymous[0].length : -1;
      const placeLen = anonymous
        ? [2, 3, 4, 5, 6, 7, 8].find((k) => k <= anonymousAt && divisionAt(text, anonymousAt - k, null)?.len === k)
        : undefined;
      if (placeLen) {
        out.push({ start: anonymousAt - placeLen, end: p + suffix.length, ref: null, priority: 9 });
        continue;
      }
      // a firm a court report or a news item leaves unnamed, its place then 一 (北京一营销科技公司诉称, 深圳一网络科技有限
      // 公司): no firm; the place stays a mention of its own
      const unnamed = unnamedAfterPlace(core);
      if (unnamed) {
        out.push({ start: s + unnamed, end: p + suffix.length, ref: null, priority: 9 });
        continue;
      }
      // (a registered name read from its province may hold a kind word: 安徽省X中小企业经济信息咨询有限责任公司, and so
      // may one opening with its city, its trade name a coin's: 深圳市比特币科技有限公司)
      if (!plausibleCompanyCore(core) && s !== registered && !(LEGAL_SUFFIX.test(suffix) && placeOpenedTradeName(core)))
        continue;
      // a legal form after industry words alone (网络技术有限公司) names a kind of firm, not one
      if (LEGAL_SUFFIX.test(suffix) && !group && industryOnly(core)) continue;
      // a country before a kind of firm (美国交易所, 日本公司) names the firms of that country, no one
      if (
        !LEGAL_SUFFIX.test(suffix) &&
        COUNTRY_BY_FORM.has(core) &&
        !COMPANY_BY_FORM.has((core + suffix).toLowerCase())
      )
        continue;
      const latin = /^[A-Za-z][A-Za-z0-9.-]*$/.test(core);
      if (suffix === "交易所" && !latin && !COMPANY_BY_FORM.has(core.toLowerCase()) && core.length > 4) continue;
      if (
        suffix === "交易平台" &&
        (latin
          ? /^(OTC|ICO|IMO|IEO|IP|App|VPN|USDT|P2P|C2C|B2B|DeFi|NFT)$/i.test(core)
          : !COMPANY_BY_FORM.has(core.toLowerCase()))
      )
        continue;
      // a kind of pool or exchange named by its coin (以太坊矿池, 比特币交易所) before the brand itself (…矿池SparkPool)
      // (a title's abbreviation after it is no brand: 星火矿池CEO吴昊)
      const after = text.slice(p + suffix.length, p + suffix.length + 5);
      if (
        !latin &&
        (/[币坊]$/.test(core) || (/^\s?[A-Z]/.test(after) && !/^\s?(?:CEO|CFO|CTO|COO|CIO|VP)(?![A-Za-z])/.test(after)))
      )
        continue;
      // a group's firm written after the group's name (九木集团创世纪科技有限公司): the firm as written, also known by its
      // own name (创世纪科技有限公司)
      const parent = LEGAL_SUFFIX.test(suffix) ? core.match(GROUP_BEFORE_FIRM) : null;
      const own =
        parent && !industryOnly(core.slice(parent[0].length)) && !divisionWhole(core.slice(parent[0].length))
          ? [core.slice(parent[0].length) + suffix]
          : [];
      const known = COMPANY_BY_FORM.get(core.toLowerCase()) ?? COMPANY_BY_FORM.get((core + suffix).toLowerCase());
      // a Latin name is the company's name (Bitget交易所, Sparkpool矿池 → Bitget, Sparkpool); a Chinese one keeps its suffix (虎符交易所)
      const name = latin && (suffix === "交易所" || suffix === "矿池" || suffix === "交易平台") ? core : core + suffix;
      const aliases = name === core ? [core + suffix] : own;
      out.push(companyCand(s, p + suffix.length, known, { name, aliases, sector: SECTOR_OF[suffix] ?? null }, 3));
    }
  }
  // a Latin brand right after its category (矿池BTC.com, 交易所Bitget, 钱包imToken, 咨询公司Frost&Sullivan), or
  // written as a domain (Gate.io)
  const latinBrand =
    /(交易所|矿池|平台|网站|钱包|(?:顾问|咨询|研究|科技|投资|分析|数据)公司)\s?([A-Z][A-Za-z0-9]*(?:&[A-Z][A-Za-z0-9]*)?(?: [A-Z][A-Za-z0-9]*){0,2}?(?:\.(?:com|io|net|org|cc|top|pro|COM|IO|NET))?)(?![A-Za-z0-9&]| [A-Za-z])|(?<![A-Za-z0-9/.@])([A-Za-z0-9][A-Za-z0-9]{1,20}\.(?:com|io|net|cc|pro|COM|IO|NET))(?![A-Za-z0-9/.])/g;
  while ((m = latinBrand.exec(text))) {
    // (a platform's name of several words, 交易平台Local Bitcoin, less a title written after it)
    const name = (m[2] ?? m[3]!).replace(/ (?:CEO|CFO|CTO|COO|CIO)$/, "");
    // (and a title after a platform's name: X平台CEO孔某)
    if (name.length < 3 || /^(OTC|ICO|IMO|IP|App|APP|VPN|USDT|CEO|CFO|CTO|COO|CIO)$/i.test(name)) continue;
    const start = m.index + m[0].length - name.length;
    // (a known firm's domain is that firm: okcoin.com, huobi.com)
    const known =
      COMPANY_BY_FORM.get(name.toLowerCase()) ??
      COMPANY_BY_FORM.get(name.toLowerCase().replace(/\.(?:com|io|net|org|cc|top|pro)$/, ""));
    const sector = m[1] === "交易所" ? "exchange" : m[1] === "矿池" ? "pool" : null;
    out.push(companyCand(start, start + name.length, known, { name, aliases: [], sector }, 3));
  }
  // a Latin name of up to four words after a kind of firm that is no name itself (北美矿业公司Genesis Digital Assets,
  // 交易平台业者Maicoin, 美股上市公司 Mawson Infrastructure Group Inc, 头部矿场 Enegix)
  const kindThenLatin =
    /(?:矿业公司|上市公司|矿企|矿商|矿场|业者|运营商|托管商|服务商)\s?([A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*){0,3})(?![A-Za-z0-9&.])/g;
  for (const k of text.matchAll(kindThenLatin)) {
    const name = k[1]!.replace(/ (?:CEO|CFO|CTO|COO|CIO)$/, "");
    if (name.length < 3 || /^(OTC|ICO|IMO|App|APP|VPN|USDT|BTC|ETH|CEO|CFO|CTO|COO|CIO)$/i.test(name)) continue;
    const start = k.index + k[0].length - k[1]!.length;
    out.push(
      companyCand(
        start,
        start + name.length,
        COMPANY_BY_FORM.get(name.toLowerCase()),
        { name, aliases: [], sector: null },
        3,
      ),
    );
  }
  // a Latin name built on "Pool" is a mining pool (ViaPool, Poolex, Lotus Pool)
  const latinPool =
    /(?<![A-Za-z0-9.])((?:[A-Z][A-Za-z0-9]*\s?)?Pool[a-z]*|[A-Z][A-Za-z0-9]*Pool[a-z]*)(?![A-Za-z0-9])/g;
  while ((m = latinPool.exec(text))) {
    const name = m[1]!;
    // a gloss of a Chinese name (币印矿池（Poolin）) is that company's alias, not another company
    if (name === "Pool" || /[(（]\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    const known = COMPANY_BY_FORM.get(name.toLowerCase());
    out.push(companyCand(m.index, m.index + name.length, known, { name, aliases: [], sector: "pool" }, 3));
  }
  // a Chinese brand glossed with its Latin name: 交易平台币赢网（CoinW）, ，币印矿池（Poolin） → company, Latin name as alias
  const glossed =
    /(交易平台|交易所|平台|矿池|钱包|矿企|厂商|上市的|^|[,，。、;；:：“\n]|[A-Za-z] )([\u4e00-\u9fff]{2,6}?)[(（]([A-Z][A-Za-z0-9.\- ]{1,20}[a-z][A-Za-z0-9.\- ]*)[)）]/gm;
  const anyGloss = /[(（][A-Z]/.test(text);
  while (anyGloss && (m = glossed.exec(text))) {
    // (a phrase before the name closed by 的 is not the name: 两大交易平台之一的币托（BitoEX）)
    const from = m.index + m[1]!.length;
    // (nor the verb or list word opening the clause: 包括火币商城（Huobi Mall）)
    const lead = Math.max(m[2]!.lastIndexOf("的") + 1, trimVerbs(text, from, from + m[2]!.length) - from);
    const cn = m[2]!.slice(lead);
    const latin = m[3]!.trim();
    if (cn.length < 2 || !plausibleCompanyCore(cn) || /(大学|学院|研究|协会|委员会|银行|政府|通讯|日报|新闻)/.test(cn))
      continue;
    // (a person's name glossed with its Latin form, 张雅迪（Yadi Zhang）, 马斯克(Elon Musk), is no firm, nor is a body
    // the lexicon knows by that name, 中国央行(PBoC))
    if (glossesPerson(cn, latin) || LEX_BY_FORM.get(cn.toLowerCase())?.some((e) => e.ref.label !== "Company")) continue;
    const start = from + lead;
    const known = COMPANY_BY_FORM.get(cn.toLowerCase()) ?? COMPANY_BY_FORM.get(latin.toLowerCase());
    const sector =
      /矿池$/.test(cn) || m[1] === "矿池" ? "pool" : /交易/.test(m[1]!) || /交易所$/.test(cn) ? "exchange" : null;
    const ref = { name: cn, aliases: [latin], sector };
    out.push(companyCand(start, start + cn.length, known, ref, 3));
    // the gloss names the same firm (Huobi Mall is 火币商城's, not Huobi's)
    const latinAt = m.index + m[0].length - 1 - m[3]!.length + m[3]!.indexOf(latin);
    out.push(companyCand(latinAt, latinAt + latin.length, known, ref, 3));
  }
  // a Chinese name followed by its Latin name after a space (矿企如比特矿业 Bit Mining、…), or a Latin name
  // introduced as one (一家名为Hash House的公司): a company, the Latin form an alias
  const spaced =
    /(矿企|矿池|矿商|交易所|交易平台|平台|公司|企业|厂商|如|的)([\u4e00-\u9fff]{2,6}?)[ \u00a0]([A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*){0,2})(?=$|[、,，。;；\s)）])/gm;
  while ((m = spaced.exec(text))) {
    const lead = m[2]!.match(/^(例如|比如|如|的|是)/)?.[0] ?? "";
    const cn = m[2]!.slice(lead.length);
    if (!plausibleCompanyCore(cn) || /(大学|学院|研究|协会|委员会|政府|日报|新闻|记者)/.test(cn)) continue;
    // (a clause joining a word to a Latin term, 钱包的封闭性与 DeFi 的开放属性: no name, no gloss)
    if (/[与和及或跟同性]$/.test(cn)) continue;
    // a kind of firm before a Latin name (头部矿场 X, 大型矿企 X) is no name of it
    const kind = cn.match(/(矿场|矿企|矿商|企业|平台)$/);
    if (kind && GENERIC_COMPANY_CORE.test(cn.slice(0, -kind[0].length))) continue;
    const start = m.index + m[1]!.length + lead.length;
    const known = COMPANY_BY_FORM.get(cn.toLowerCase()) ?? COMPANY_BY_FORM.get(m[3]!.toLowerCase());
    out.push(
      companyCand(start, start + cn.length + 1 + m[3]!.length, known, { name: cn, aliases: [m[3]!], sector: null }, 3),
    );
  }
  // a company named by a Latin name as written (the lexicon's, when it knows the name)
  const latinFirm = (start: number, name: string, priority: number): Cand =>
    companyCand(
      start,
      start + name.length,
      COMPANY_BY_FORM.get(name.toLowerCase()),
      { name, aliases: [], sector: null },
      priority,
    );
  // a Latin brand right before a role held in a firm (BTC Trade创始人X, Hash House的老板X): a company, unless the
  // lexicon knows the name as something else (SEC, FBI) or it is a coin's or a title's abbreviation
  for (const r of text.matchAll(
    /(?<![A-Za-z0-9.&-])([A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*){0,2}) ?(?=的?(?:联合创始人|创始人|创办人|(?:创办|创始|管理|执行)?合伙人|CEO|首席执行官|董事长|总裁|副总裁|副总|行政总裁|总经理|高管|老板|负责人|发言人|首席[\u4e00-\u9fff]{1,4}官)|(?:数据|报告|研究|统计)显示)/g,
  )) {
    const name = r[1]!;
    if (latinFirmName(name, /^(CEO|CFO|CTO|COO|BTC|ETH|USDT|ICO|IPO|OTC|App)$/i)) out.push(latinFirm(r.index, name, 3));
  }
  // an investment firm named X资本 right before a role held in it (节点资本创始人X, 分布式资本合伙人X): the firm; capital
  // of a kind (国有资本, 社会资本) is none
  for (const r of text.matchAll(CAPITAL_FIRM_BEFORE_ROLE)) {
    const core = r[1]!;
    if (!plausibleCompanyCore(core) || CAPITAL_KIND.test(core)) continue;
    const name = `${core}资本`;
    out.push(
      companyCand(r.index, r.index + name.length, COMPANY_BY_FORM.get(name), { name, aliases: [], sector: null }, 3),
    );
  }
  // a Latin name before 公司 (起诉了Ripple公司, Tether公司发行的…): the firm, by its Latin name; an abbreviation of a
  // thing or a body (ICO公司, SEC) is none
  for (const r of text.matchAll(
    /(?<![A-Za-z0-9.&-])([A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*){0,2}) ?公司(?!债|章程)/g,
  )) {
    const name = r[1]!;
    if (latinFirmName(name, LATIN_NOT_A_FIRM)) out.push(latinFirm(r.index, name, 3));
  }
  // a Latin name that announced something (FXBTC曾在公告里表示, BTC38.COM在网站上挂出通知，称): a firm, as above
  for (const r of text.matchAll(
    /(?<![A-Za-z0-9.&-])([A-Z][A-Za-z0-9]*(?:\.(?:com|COM|io|IO|net|NET|cc))?)(?![A-Za-z0-9.&-])/g,
  )) {
    const name = r[1]!;
    if (
      ANNOUNCED.test(text.slice(r.index + name.length, r.index + name.length + 24)) &&
      latinFirmName(name, LATIN_NOT_A_FIRM)
    )
      out.push(latinFirm(r.index, name, 3));
  }
  // a Latin registered name with its legal form (Black Cell Technology Limited, Bit Digital, Inc.)
  for (const r of text.matchAll(LATIN_REGISTERED)) {
    const name = r[0].replace(/[,.]+$/, "");
    // a gloss of the Chinese name before it (比特数码公司（Bit Digital Inc）) is that firm's, no other firm
    if (/[\u4e00-\u9fff][(（]\s*$/.test(text.slice(Math.max(0, r.index - 3), r.index))) continue;
    out.push(latinFirm(r.index, name, 4));
  }
  const named = /名为\s?([A-Z][A-Za-z0-9.]*(?: [A-Z][A-Za-z0-9.]*){0,2})\s?的(公司|企业|平台|交易所|矿池|矿场)/g;
  while ((m = named.exec(text))) {
    out.push(namedCompany(m.index + m[0].indexOf(m[1]!), m[1]!, m[2]!, 3));
  }
  // a province's grid company by its short name (国网江苏电力, 国网陕西省电力): 国网X省电力有限公司
  for (const g of text.matchAll(/国网(?=[\u4e00-\u9fff]{2,5}电力(?!有限|股份|公司|集团|交易))/g)) {
    const at = g.index + 2;
    const d = divisionAt(text, at, null);
    const prov = d?.divs.length === 1 && d.divs[0]!.level === "province" ? d.divs[0]! : null;
    if (!prov || !text.startsWith("电力", at + d!.len)) continue;
    out.push({
      start: g.index,
      end: at + d!.len + 2,
      ref: { label: "Company", name: `国网${prov.name}电力有限公司`, aliases: [], properties: { sector: "utility" } },
      priority: 5,
      role: "company",
    });
  }
  // a quoted name said to be a platform or firm (“X”是一个以区块链为噱头的平台, “X”系一家境外交易所): that firm
  for (const n of text.matchAll(
    /“([\u4e00-\u9fffA-Za-z0-9]{2,10})”(?:是|系|为)(?:一个|一家|一款|一所)[^。；;，,“”]{0,24}?(交易平台|交易所|平台|公司|矿池|集团)(?=[，,。；;])/g,
  )) {
    if (
      GENERIC_COMPANY_CORE.test(n[1]!) ||
      !plausibleCompanyCore(n[1]!) ||
      /圈$|^(区块链|元宇宙|挖矿|矿机|矿场|链)/.test(n[1]!)
    )
      continue;
    out.push(namedCompany(n.index + 1, n[1]!, n[2]!, 4));
  }
  // a Latin name said to be a platform or firm, its gloss between (ICOCOIN(ICO币网)是一个专注区块链资产的交易平台): that firm
  for (const n of text.matchAll(
    /(?<![A-Za-z0-9])([A-Z][A-Za-z0-9]{2,20})\s?(?:[(（][^()（）\n]{1,12}[)）])?(?:是|系|为)(?:一个|一家|一款)[^。；;，,“”]{0,24}?(交易平台|交易所|平台|公司|矿池|集团)(?=[，,。；;])/g,
  )) {
    if (LATIN_NOT_A_FIRM.test(n[1]!)) continue;
    out.push(namedCompany(n.index, n[1]!, n[2]!, 4));
  }
  // a name introduced as one (一家名为X交易中心的平台, 名为X科技的公司): the name with its kind word, whatever words of the
  // trade it carries (a public-resources trading centre is a government body, no company)
  for (const n of text.matchAll(
    /(?:名为|名叫|叫做)[“"]?([\u4e00-\u9fff]{2,14}?(交易中心|交易所|交易平台|平台|公司|矿池|集团))(?=[”"(（,，。的]|以下)/g,
  )) {
    if (/公共资源|政务服务|^(一家|一个|某)/.test(n[1]!)) continue;
    out.push(namedCompany(n.index + n[0].indexOf(n[1]!), n[1]!, n[2]!, 4));
  }
  // a Latin name in quotes with its kind (“Plus Token平台”, “XBank”交易所): the company, without the kind word
  for (const q of text.matchAll(
    /“([A-Z][A-Za-z0-9.\- ]{1,24}?)\s?(?:(平台|交易所|交易平台|钱包|矿池)”|”\s?(平台|交易所|交易平台|钱包|矿池))/g,
  )) {
    const name = q[1]!.trim();
    if (/^(OTC|ICO|IMO|IEO|App|APP|VPN|USDT|P2P|C2C|DeFi|NFT)$/i.test(name)) continue;
    const start = q.index + 1;
    const known = COMPANY_BY_FORM.get(name.toLowerCase());
    const kind = q[2] ?? q[3]!;
    out.push(companyCand(start, start + name.length, known, { name, aliases: [], sector: SECTOR_OF[kind] ?? null }, 4));
  }
  // banks: 工商银行, 中国建设银行, 兴业银行 (not 人民银行, 商业银行, 银行业, 银行卡, 银行家; but 建设银行卡 is the bank's
  // card)
  const bank = /银行(?![业账间家]|机构|系统|体系)/g;
  while ((m = bank.exec(text))) {
    let s = trimVerbs(text, leftBoundary(text, m.index, 6), m.index);
    if (text[m.index + 2] === "卡") {
      // a card (建设银行卡) names its bank only when a large bank's name stands before it
      const named = BANK_CORES.filter((b) => text.slice(s, m!.index).endsWith(b)).sort(
        (a, b) => b.length - a.length,
      )[0];
      if (!named) continue;
      s = m.index - named.length;
    }
    // a kind of bank before the name (其合作银行凯基银行, 托管银行X银行): the name starts after it
    const kindEnd = text.slice(s, m.index).lastIndexOf("银行");
    if (kindEnd >= 0) s += kindEnd + 2;
    const core = text.slice(s, m.index);
    // a bank's short name written with 银行 again (招行银行, 中国央行银行): that bank; the central bank's is its
    // lexicon form, an agency
    const doubled = Object.keys(BANK_SHORT_NAMES).find((k) => core.endsWith(k));
    if (doubled) {
      const known = COMPANY_BY_FORM.get(BANK_SHORT_NAMES[doubled]!.toLowerCase());
      if (known)
        out.push(companyCand(m.index - 2, m.index + 2, known, { name: known.name, aliases: [], sector: "bank" }, 3));
      continue;
    }
    if (/(?:央行|人行)$/.test(core)) continue;
    if (core.length < 2 || core.length > 6 || !plausibleCompanyCore(core) || GENERIC_BANK.test(core)) continue;
    // a clause before 银行 (衢州银保监分局约谈银行) is not a bank's name
    // and neither is a verb of saying before banks in general (通知强调银行和支付机构不得…)
    if (/[局委厅办署]|约谈|要求|督促|指导|通报|提醒|强调|指出|重申|明确|提示|警示|告诫|呼吁|表示|禁止|规定/.test(core))
      continue;
    const known = COMPANY_BY_FORM.get((core + "银行").toLowerCase());
    out.push(companyCand(s, m.index + 2, known, { name: core + "银行", aliases: [], sector: "bank" }, 3));
  }
  // exchanges named with 币网 (牛币网, 聚币网): a one-character brand (two when the lexicon knows the name), not a
  // coin's sites (比特币网站) nor a verb's (炒币网站)
  for (const c of text.matchAll(COIN_SITE)) {
    const brand = COMPANY_BY_FORM.has(`${c[1]!}币网`.toLowerCase()) ? c[1]! : c[1]!.slice(-1);
    if (NOT_A_COIN_BRAND.test(c[1]!) || NOT_A_COIN_BRAND.test(brand)) continue;
    const start = c.index! + c[1]!.length - brand.length;
    const name = `${brand}币网`;
    const known = COMPANY_BY_FORM.get(name.toLowerCase());
    out.push(companyCand(start, start + name.length, known, { name, aliases: [], sector: "exchange" }, 3));
  }
}

/** An exchange's name ending in 币网 (its brand first), and the words before 币网 that name a coin or a doing, no brand. */
const COIN_SITE = /([\u4e00-\u9fff]{1,2})币网(?![站络页址民友])/g;
const NOT_A_COIN_BRAND =
  /^(?:比特|莱特|以太|狗狗|泰达|瑞波|门罗|虚拟|数字|加密|[炒挖发特拟字密货的在和与及或由从向对给是为把被将也又都均而])$/;

/**
 * The large banks' two-character names (工行, 农行, 建行, 中行, 交行, 招行), read in a list of banks (约谈工行、农行、
 * 建行、邮储银行), or alone after a function character (当地工行客户经理, 向建行申请): elsewhere they end
 * or open other words (施工行业, 集中行动, 员工行为). Pushes the candidates.
 */
export function listedBankShortNames(text: string, out: Cand[]): void {
  const found = new Set<number>();
  for (const m of text.matchAll(LISTED_BANK_SHORT_NAME)) found.add(m.index);
  for (const m of text.matchAll(BANK_SHORT_NAME_ALONE)) found.add(m.index);
  for (const at of found) {
    const known = COMPANY_BY_FORM.get(BANK_SHORT_NAMES[text.slice(at, at + 2)]!.toLowerCase());
    if (known) out.push(companyCand(at, at + 2, known, { name: known.name, aliases: [], sector: "bank" }, 3));
  }
}
const BANK_SHORT_NAMES: Record<string, string> = {
  工行: "中国工商银行",
  农行: "中国农业银行",
  建行: "中国建设银行",
  中行: "中国银行",
  交行: "交通银行",
  招行: "招商银行",
};
/** A bank's two-character name after a function character (当地, 的, 向…), before no word it would open. */
const BANK_SHORT_NAME_ALONE = new RegExp(
  `(?<=[的在向与和由被从对给到地])(?:${Object.keys(BANK_SHORT_NAMES).join("|")})(?![业动为走程驶使政情列人])`,
  "g",
);
/** A bank's two-character name next to another bank's name (either kind) in a list. */
const LISTED_BANK_SHORT_NAME = (() => {
  const short = `(?:${Object.keys(BANK_SHORT_NAMES).join("|")})`;
  const item = `(?:${short}|[\u4e00-\u9fff]{2,6}银行)`;
  return new RegExp(`${short}(?=[、和及与]${item})|(?<=${item}[、和及与])${short}`, "g");
})();

/** Words that name a kind of platform or company, never one (the category a list ends in). */
const COMPANY_CATEGORY =
  "(?:交易平台|交易所|平台|网站|公司|企业|机构|银行|矿池|经营主体|超商|便利商店|便利店|超市|个股|概念股|龙头股|股票)";
/** Modifiers between 等 and the category of a list (等常见的比特币交易平台, 等多家支付机构, 等多只区块链概念股). */
const LIST_MODIFIERS =
  /^(?:多家|数家|几家|多个|数个|几个|多只|数只|几只|部分|一些|若干|\d+\s?[家只]|[一二两三四五六七八九十几]+[家只]|个别|少数|知名|主流|常见|大型|头部|国内|境内|境外|海外|比特币|虚拟货币|虚拟币|数字货币|加密货币|区块链|矿机|上市|A股|港股|美股|第三方|支付|网络|互联网|商业|的|\s)*$/;
/** An item that is a kind of thing, not a name (比特币, 银行, 支付机构). */
const GENERIC_ITEM =
  /^(比特币|莱特币|以太坊|狗狗币|虚拟货币|数字货币|加密货币|泰达币|USDT|BTC|ETH|银行|商业银行|支付机构|第三方支付机构|金融机构|交易所|交易平台|平台|公司|企业|网站|其他|其它|等等|如下|以下)$/i;

/** A quoted word of the trade or of what its firms do, not a name (“挖矿”等企业, “区块链”“元宇宙”等平台, 平台“出海”). */
const QUOTED_ACTIVITY =
  /挖矿|炒币|矿机|矿场|区块链|元宇宙|虚拟|数字|加密|代币|传销|集资|理财|投资|创新|空气币|资金盘|跑分|洗钱|赌博|诈骗|黑产|出海|出走|外逃|跑路|[暴爆]雷|割韭菜|清退|归零|搬家|迁移|抄底|接盘|洗白|变相/;

/**
 * What may open a list's member before the name itself: a point's number (2. A、B等平台), a date, and a kind of venue
 * in apposition (本土交易所火币).
 */
const LIST_ITEM_LEAD =
  /^(?:\d{1,2}[.．、]\s?|[(（]\d{1,2}[)）]\s?)?(?:\d{2,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?(?:[^、]{0,8}?(?:交易所|交易平台|平台|矿池)(?=[^、]{2,}$))?/;

/** A stem of nothing but words of the trade and its scope (虚拟货币, 国际数字资产): a kind of venue, no venue's name. */
const TRADE_WORDS_ONLY =
  /^(?:虚拟货币|数字货币|加密货币|虚拟资产|数字资产|加密资产|比特币|区块链|虚拟|数字|加密|国际|全球|综合|资产|能源|网络|在线|网上)*$/;

/** A technology named among firms (…、布尔科技、区块链等企业): no firm, but the other members still are. */
const TECH_ITEM = /^(区块链|元宇宙|云计算|大数据|人工智能|物联网|数据中心|算力)$/;

/** Could a list item (a line of a bulleted list, a member of A、B等平台) be a company's own name? */
function listItemName(item: string): boolean {
  // (a Latin name of several words may be longer: Great American Mining)
  const longest = /^[A-Za-z][A-Za-z0-9 .&-]*$/.test(item) ? 32 : 16;
  if (item.length < 2 || item.length > longest || GENERIC_ITEM.test(item)) return false;
  if (/[，,。；;：:！？!?“”《》]|的|等$/.test(item) || /^\d+$/.test(item)) return false;
  // a group or a share of companies (各大银行, 部分平台, 相关机构)
  if (/^(各大|各家|各|诸|多家|部分|相关|有关|其他|其它|一些|主要|大型|中小|上述|这些|该|此)/.test(item)) return false;
  // a division, a body or a country is no company
  const lex = LEX_BY_FORM.get(item.toLowerCase());
  if (lex?.some((e) => e.ref.label !== "Company")) return false;
  if (divisionAt(item, 0, null)?.len === item.length) return false;
  return true;
}

const listRef = (name: string, alias: string | null, sector: string | null): EntityRef =>
  COMPANY_BY_FORM.get(name.toLowerCase()) ??
  (alias ? COMPANY_BY_FORM.get(alias.toLowerCase()) : undefined) ??
  // (a known firm with its kind of venue after it: 火币交易所 of 火币)
  COMPANY_BY_FORM.get(name.replace(/(?:交易所|交易平台|平台)$/, "").toLowerCase()) ??
  newCompany({ name, aliases: alias ? [alias] : [], sector });

/**
 * A payment institution named by its brand right after its kind (第三方支付机构双乾支付, 支付公司是X支付), the clause going
 * on after it (not 支付机构加强支付渠道管理).
 */
const PAYMENT_BRAND =
  /支付(?:机构|公司|企业|平台|服务商)\s?(?:是|为|叫|名为|名叫)?([\u4e00-\u9fff]{2,4}支付)(?=[，,。；;、：:\s”)）]|发布|发出|表示|宣布|声明|称|也|已|等|和|与|及|在|于|则|对|向)/g;
/** The kind words a known firm's name may end in that its siblings in a list share (易宝支付 → 易生支付). */
const SIBLING_KINDS = ["支付", "矿池", "交易所", "科技", "集团", "控股", "资本", "金融", "证券"];
/** A name in quotes introduced as a firm's (一家名为“X”的公司, 叫做“X”的平台). */
const NAMED_FIRM =
  /(?:名为|名叫|叫做|叫作|称为|名称为)\s?[“"「]([^“”"「」\n]{2,20})[”"」]的?(?:虚拟资产|虚拟货币|数字货币|加密货币|数字资产)?(?:服务|投资|理财|网络|金融|交易)?(?:公司|企业|平台|交易所|交易平台|矿场|矿池|网站)/g;
/**
 * A name in quotes right after a platform word told of as one (涉案平台“X”, 虚假交易所“X”) or right before one
 * (“X”交易平台, “X”虚拟货币交易平台, “X”APP), a scheme's case named after it (“X”网络传销案, “X”诈骗案), or a quoted
 * name ending in a word for a trading venue (‘X能源国际交易中心’的内部平台): the platform of that name.
 */
const QUOTED_PLATFORM = new RegExp(
  String.raw`(?:涉案|涉事|该|一个|一家|虚假|非法|诈骗|境外|传销|交易|投资|理财)(?:平台|交易所|网站|APP|App|app)\s?[“"「]([^“”"「」\n]{2,16})[”"」](?!的)|[“"「]([^“”"「」\n]{2,16})[”"」](?:虚拟货币|数字货币|虚拟币|加密货币|数字资产)?(?:交易平台|交易所|平台|网站|APP|App)|[“"「]([^“”"「」\n]{2,16}?)(?:平台|项目)?[”"」](?:平台|项目)?(?:网络)?(?:传销|诈骗|集资诈骗|非法集资|洗钱)(?:案|案件|团伙)|[“"「‘]([^“”"「」‘’\n]{2,14}(?:交易中心|交易所|交易平台))[”"」’]`,
  "g",
);
/** Words of a government's own platforms and campaigns (信用中国, 一网通办, 学习强国, 12345举报). */
const GOVERNMENT_PLATFORM = /信用|政务|通办|强国|举报|服务|发布|公众号|官网|官方|政府|监管|整治|专项|行动|\d{5}/;
/** An intro whose list is of activities or cases, not firms (经营以下业务之业者：, 下列行为：). */
const LISTS_ACTIVITIES = /(以下|下列|如下)(?:各[类项])?(?:业务|活动|行为|服务|事项|情形|情况)/;

/**
 * A listed firm's stock code in brackets after its name: 1611, 01611.HK, HK.01611, CAN.US, NASDAQ: EBON, with a former
 * name first (原桐成控股, HK.01611). A year (2021) is no code.
 */
const STOCK_CODE =
  /^\s?[(（[［]\s?(?:原([\u4e00-\u9fff]{2,8})\s?[,，]\s?)?(?:HK\s?[.:：]?\s?\d{4,5}|(?:港交所|联交所|港股|股票代码|股份代号|证券代码)\s?[:：]\s?\d{4,6}|\d{4,5}\.HK|[A-Z]{2,5}\.(?:US|HK)|(?:NASDAQ|NYSE|纳斯达克|纽交所)\s?[:：]\s?[A-Z]{2,5}|(?!(?:19|20)\d\d\b)\d{4,5})\s?[)）\]］]/;

/** Words describing a firm before its kind (老牌交易所, 全球最大的交易所, 头部矿池): no part of a name. */
const DESCRIBED_KIND =
  /^(?:老牌|知名|著名|头部|主流|大型|国际|全球|国内|全球最大|国内最大|最大|第一大|全球第一大|全球领先|领先)的?(?:数字货币|加密货币|虚拟货币|比特币)?(?:交易所|交易平台|矿池|平台)$/;

/**
 * A listed firm's short name that is a division's name, with at most one character more: no firm's. A short name may
 * open with its home's (贵州茅台(600519), 信阳毛尖(00362)); a place alone (广东(2021)) is none.
 */
const placeOnly = (core: string): boolean => {
  const place = divisionAt(core, 0, null);
  return !!place && place.len >= core.length - 1;
};

/** X资本 at a clause's or a list's start, before a role held in a firm (节点资本创始人, 硬币资本的合伙人). */
const CAPITAL_FIRM_BEFORE_ROLE =
  /(?<=^|[、，,。；;：:“"「（(\s和与及])([\u4e00-\u9fff]{2,4}?)资本(?=的?(?:联合创始人|创始人|创办人|(?:创办|创始|管理|执行)?合伙人|CEO|首席执行官|董事长|总裁|老板))/gm;
/** Capital told by its owner or kind, or drawn in, no firm's name (国有资本, 社会资本, 引入外资资本). */
const CAPITAL_KIND =
  /(?:国有|国家|社会|民间|民营|金融|境外|境内|外国|外资|海外|国际|产业|风险|私募|工商|商业)$|^(?:引入|吸引|引进|利用|撬动)/;

/**
 * A listed firm introduced by the word for one (港股上市公司——信阳毛尖，…; A股上市公司华东科技宣布…): the short name after
 * it, up to a verb of announcing or a clause's end, is a Company (a place opening it is part of its name).
 */
const LISTED_INTRO =
  /(?:港股|A股|美股|科创板|创业板)?上市公司\s*(?:——|—|：|:)?\s*(?!宣布|公告|发布|表示|称|也|又|将|已|在|于|的|等|和|与|及|纷纷|均|都|近日|日前|正|拟|计划|披露|中|里|股价|业绩|挖矿|股东|高管|董事|市值|年报|公司|集团|企业)([\u4e00-\u9fff]{2,6}?)(?=[(（，,、。；;]|宣布|公告|发布|表示|称|又|也|曾|于|在|将|已|近日|日前|旗下|正|拟|计划|披露)/g;

export function listedIntroduced(text: string, out: Cand[]): void {
  for (const m of text.matchAll(LISTED_INTRO)) {
    const core = m[1]!;
    const s = m.index + m[0].length - core.length;
    // (a short name holds no 的: 掏空上市公司资产的行为 is what was done to the firm)
    if (!plausibleCompanyCore(core) || placeOnly(core) || core.includes("的")) continue;
    out.push(
      companyCand(
        s,
        s + core.length,
        COMPANY_BY_FORM.get(core.toLowerCase()),
        { name: core, aliases: [], sector: null },
        3,
      ),
    );
  }
}

/**
 * A listed firm's four-character short name opening a clause and announcing (昨晚，甲乙互联发布公告称，公司决定…): a
 * Company when the announcement speaks of 公司 (its own words for itself) within its sentence. A time word, a body or a
 * place is none.
 */
const ANNOUNCING_SHORT_NAME =
  /(?<=^|[，,。；;：:\n])([\u4e00-\u9fff]{4})(?=(?:(?:发布|披露|发出)了?(?:一则|一份)?公告|公告)(?:称|表示|显示|指出)?[，,：:]?[^。！？\n]{0,30}公司)/gm;
const NOT_SHORT_NAME =
  /晚间|早间|午间|当天|当日|昨日|今日|昨天|今天|近日|日前|随后|此前|此后|同日|次日|同时|周[一二三四五六日]|上周|本周|[年月]|公司|集团|官方|官网|网站|平台|交易|部门|机构|政府|监管|[局委厅部院办会所处行站队]$/;

export function announcingShortName(text: string, out: Cand[]): void {
  for (const m of text.matchAll(ANNOUNCING_SHORT_NAME)) {
    const core = m[1]!;
    if (NOT_SHORT_NAME.test(core) || !plausibleCompanyCore(core) || divisionAt(core, 0, null)) continue;
    out.push(
      companyCand(
        m.index,
        m.index + 4,
        COMPANY_BY_FORM.get(core.toLowerCase()),
        { name: core, aliases: [], sector: null },
        2,
      ),
    );
  }
}

/**
 * Firms named right before their stock code (火币科技(1611), 嘉楠科技(CAN.US), 前进控股 [HK.01499]): a Company of the
 * Chinese name read leftwards from the bracket, and of the former name written inside it (原桐成控股).
 */
export function listedByCode(text: string, out: Cand[]): void {
  for (const bracket of text.matchAll(/[(（[［]/g)) {
    // (one space may stand before the bracket: 前进控股 [HK.01499])
    const at = text[bracket.index - 1] === " " ? bracket.index - 1 : bracket.index;
    const code = STOCK_CODE.exec(text.slice(at, bracket.index + 40));
    if (code) {
      const s = trimVerbs(text, leftBoundary(text, at, 10, COMPANY_STOPS, inNameWord), at);
      const core = text.slice(s, at);
      if (isCjk(core[0]) && plausibleCompanyCore(core) && !placeOnly(core)) {
        const known = COMPANY_BY_FORM.get(core.toLowerCase());
        out.push(companyCand(s, at, known, { name: core, aliases: [], sector: null }, 7));
      }
      const former = code[1];
      if (former) {
        const f = at + code[0].indexOf(former);
        out.push(
          companyCand(
            f,
            f + former.length,
            COMPANY_BY_FORM.get(former),
            { name: former, aliases: [], sector: null },
            7,
          ),
        );
      }
    }
  }
}

/**
 * The members of an enumeration in `span` (at `offset` in the text), each the first group of `item`: its name with what
 * describes it before 的 left out (在…前宣布暂停业务的ICOINFO), and where that name stands.
 */
function enumerated(span: string, offset: number, item: RegExp): Array<{ at: number; name: string }> {
  return [...span.matchAll(item)].map((x) => {
    const raw = x[1]!;
    const name = raw.trim().replace(/^.*的/, "");
    return { at: offset + x.index! + x[0].length - raw.length + raw.indexOf(name), name };
  });
}

/**
 * Companies named in lists: the lines of a bulleted list introduced by a line about platforms or companies
 * (部分交易平台如下： / - X / - Y（Latin）), and the members of an enumeration closed by 等 + a kind of company
 * (A、B和C等交易平台). Each item is a company unless it is a division, a body, a country or a kind of thing.
 */
export function listedCompanies(text: string, out: Cand[]): void {
  const lines = text.split("\n");
  let at = 0;
  let intro: string | null = null;
  for (const line of lines) {
    const start = at;
    at += line.length + 1;
    const bullet = line.match(/^[ \t\u3000]*(?:[-•·*●▪]|\d{1,2}[.、)）]|[(（]\d{1,2}[)）])[ \t\u3000]*/);
    if (!bullet) {
      // (an intro listing activities, 经营以下业务之业者…：, lists no firms)
      if (line.trim())
        intro =
          /[:：]\s*$/.test(line) && new RegExp(COMPANY_CATEGORY).test(line) && !LISTS_ACTIVITIES.test(line)
            ? line
            : null;
      continue;
    }
    if (!intro) continue;
    const body = line.slice(bullet[0].length).replace(/[\s。；;，,]+$/, "");
    const g = body.match(/^(.+?)\s?[(（]([^()（）]{2,24})[)）]$/);
    const name = (g ? g[1]! : body).replace(/\s+/g, " ");
    if (!listItemName(name)) continue;
    const s0 = start + bullet[0].length;
    const sector = /交易/.test(intro)
      ? "exchange"
      : /支付/.test(intro)
        ? "payment"
        : /银行/.test(intro)
          ? "bank"
          : null;
    out.push({
      start: s0,
      end: s0 + (g ? g[1]!.length : body.length),
      ref: listRef(name, g?.[2]?.trim() ?? null, sector),
      priority: 3,
      role: "company",
    });
  }
  // “A”、“B”、“C”9家在京的交易平台: quoted names counted by the kind of firm after them
  const counted = new RegExp(
    `((?:“[^“”\\n]{1,16}”[、，,]?\\s?){2,})等?\\s?(?:\\d+|[一二三四五六七八九十]+)\\s?家[^，,。；;：:\\n]{0,12}?${COMPANY_CATEGORY}`,
    "g",
  );
  for (const c of text.matchAll(counted))
    for (const q of c[1]!.matchAll(/“([^“”]+)”/g)) {
      const item = q[1]!;
      const at = c.index + q.index! + 1;
      if (listItemName(item) && !QUOTED_ACTIVITY.test(item))
        out.push({ start: at, end: at + item.length, ref: listRef(item, null, null), priority: 3, role: "company" });
    }
  // 这17家平台分别为A、B、…、Q。: the members named after the count and kind of firm
  // (or what they did told between, then 包括: 10家交易平台宣布暂停ICO业务，包括A、B…以及…的C、D和E)
  const after = new RegExp(
    `(?:\\d+|[一二三四五六七八九十]+)\\s?家[^，,。；;：:\\n]{0,8}?${COMPANY_CATEGORY}(?:(?:分别|依次)?(?:为|是|包括|有)|[^。；;：:\\n]{0,24}?[，,](?:其中)?包括)[:：]?`,
    "g",
  );
  for (const a of text.matchAll(after)) {
    const from = a.index + a[0].length;
    const stop = text.slice(from, from + 300).search(/[。；;\n！？!?]/);
    const span = text.slice(from, stop < 0 ? from + 300 : from + stop);
    // (members joined by 和/及/以及 too, and one told of by a clause before it: 在…前宣布暂停业务的ICOINFO)
    const names = enumerated(span, from, /(?:^|以及|[、，,和及与])([^、，,]*?)(?=以及|[和及与、，,]|$)/g);
    if (names.length < 2 || names.some((x) => !listItemName(x.name))) continue;
    for (const x of names)
      out.push({
        start: x.at,
        end: x.at + x.name.length,
        ref: listRef(x.name, null, null),
        priority: 3,
        role: "company",
      });
  }
  // siblings of a known firm in one enumeration that end in the kind word its name ends in (以及易生支付、易宝支付等,
  // 币印矿池、蚂蚁矿池): firms of that kind
  for (const clause of text.matchAll(/[^，,。；;：:！？!?\n]+/g)) {
    const items = enumerated(clause[0], clause.index, /(?:^|以及|[、和及与])([^、和及与]+?)(?=以及|[、和及与]|等|$)/g);
    if (items.length < 2) continue;
    const kinds = new Set(
      items.flatMap((x) =>
        COMPANY_BY_FORM.has(x.name.toLowerCase()) ? SIBLING_KINDS.filter((k) => x.name.endsWith(k)) : [],
      ),
    );
    for (const x of items) {
      const kind = [...kinds].find((k) => x.name.endsWith(k) && x.name.length >= k.length + 2);
      if (!kind || COMPANY_BY_FORM.has(x.name.toLowerCase()) || !listItemName(x.name)) continue;
      if (!plausibleCompanyCore(x.name.slice(0, -kind.length))) continue;
      out.push({
        start: x.at,
        end: x.at + x.name.length,
        ref: listRef(x.name, null, null),
        priority: 3,
        role: "company",
      });
    }
  }
  // 支付机构双乾支付: a payment institution's brand, …支付, right after its kind
  for (const q of text.matchAll(PAYMENT_BRAND)) {
    const item = q[1]!;
    if (
      !listItemName(item) ||
      /^(?:第三方|网络|移动|在线|电子|跨境|聚合|快捷|加强|规范|开展|提供|停止|暂停)/.test(item)
    )
      continue;
    const at = q.index + q[0].length - item.length;
    out.push({ start: at, end: at + item.length, ref: listRef(item, null, "payment"), priority: 3, role: "company" });
  }
  // 一家名为“X”的公司: the name in quotes introduced as a firm's
  for (const q of text.matchAll(NAMED_FIRM)) {
    const item = q[1]!;
    if (!listItemName(item) || QUOTED_ACTIVITY.test(item)) continue;
    const at = q.index + q[0].indexOf(item);
    out.push({ start: at, end: at + item.length, ref: listRef(item, null, null), priority: 3, role: "company" });
  }
  // 涉案平台“X”, “X”交易平台: the name in quotes beside a platform word
  for (const q of text.matchAll(QUOTED_PLATFORM)) {
    const item = (q[1] ?? q[2] ?? q[3] ?? q[4])!;
    // (a venue's own name holds words of the trade, ‘X数字资产交易所’; a trade's words alone before the venue word
    // name a kind, “虚拟货币交易平台”)
    const trade = q[4]
      ? !TRADE_WORDS_ONLY.test(item.replace(/(?:交易中心|交易所|交易平台)$/, ""))
      : !QUOTED_ACTIVITY.test(item);
    // (a government's own service or reporting platform is none of these: “信用中国”网站, “一网通办”平台, 举报平台)
    if (!listItemName(item) || !trade || GOVERNMENT_PLATFORM.test(item)) continue;
    const at = q.index + q[0].indexOf(item);
    out.push({ start: at, end: at + item.length, ref: listRef(item, null, null), priority: 3, role: "company" });
  }
  // A、B和C等(常见的)交易平台, and A、B、C三家平台 (the count in place of 等)
  const en = new RegExp(
    `(?:等|(?<=[\u4e00-\u9fffA-Za-z0-9])(?=(?:\\d+|[两三四五六七八九十]+)\\s?家))([^，,。；;：:、\n]{0,12}?)${COMPANY_CATEGORY}`,
    "g",
  );
  let m: RegExpExecArray | null;
  while ((m = en.exec(text))) {
    if (!LIST_MODIFIERS.test(m[1]!)) continue;
    const head = text.slice(Math.max(0, m.index - 80), m.index);
    // names in quotes right before 等 (“A”“B”等经营主体, “A”等105家网站平台): each quoted name, even alone
    const quoted = head.match(/(?:“[^“”\n]{2,16}”[、和及与]?)+$/);
    if (quoted) {
      const from = m.index - quoted[0].length;
      for (const q of quoted[0].matchAll(/“([^“”]+)”/g)) {
        const item = q[1]!;
        const at = from + q.index! + 1;
        if (listItemName(item) && !QUOTED_ACTIVITY.test(item))
          out.push({ start: at, end: at + item.length, ref: listRef(item, null, null), priority: 3, role: "company" });
      }
      continue;
    }
    // the members, read back from 等 over 、 / 和 / 及 / 与 to the clause's start
    // the first member starts after the clause's verb (其中包含A、B…, 关闭了A、B…, X、Y等八部门联合约谈了A、B): cut the
    // clause at its last verb, before reading the members (the bodies before the verb are no members)
    const clause = head
      .split(/[，,。；;：:！？!?\n（(）)“”]/)
      .at(-1)!
      .replace(
        /^.*(包含|包括|其中|例如|比如|关闭|暂停|封禁|约谈|约见|入驻|进驻|走访|检查了|要求|涉及|督促|通知|仅有|只有|还有|共有|则有)了?/,
        "",
      );
    const parts = clause.split(/、|和|及|与|以及/);
    if (parts.length < 2) continue;
    // (and a preposition or a weaker verb before the first member: 如A、B…, 通过A、B…)
    parts[0] = parts[0]!.replace(/^.*(如|有|是|以|对|向|在|从|至|通过|利用|使用|登录|注册|获得|得到|引入|吸引)了?/, "");
    // (a date or a kind of venue before a member is no part of its name: 2013年中国本土交易所火币 → 火币)
    // (nor is its site after it: OKCoin官网 is OKCoin's)
    const items = parts.map((p) =>
      p
        .trim()
        .replace(LIST_ITEM_LEAD, "")
        .replace(/(?<=..)(?:官网|官方网站)$/, ""),
    );
    if (items.some((x) => !TECH_ITEM.test(x) && !listItemName(x))) continue;
    let pos = m.index - clause.length;
    for (const item of items) {
      const p = text.indexOf(item, pos);
      if (p < 0 || p >= m.index) break;
      pos = p + item.length;
      if (TECH_ITEM.test(item)) continue;
      out.push({ start: p, end: p + item.length, ref: listRef(item, null, null), priority: 3, role: "company" });
    }
  }
  // Latin names in quotes right after their kind (ICO网站“ICOAGE”和“ICOINFO”): each quoted name (a Chinese word quoted
  // there is a section's or a saying's: 平台“法币交易”的栏目, ICO平台“团灭”)
  for (const k of text.matchAll(KIND_THEN_QUOTED)) {
    const from = k.index! + k[0].length - k[1]!.length;
    for (const q of k[1]!.matchAll(/“([^“”]+)”/g)) {
      const item = q[1]!;
      const at = from + q.index! + 1;
      if (listItemName(item) && !QUOTED_ACTIVITY.test(item))
        out.push({ start: at, end: at + item.length, ref: listRef(item, null, null), priority: 3, role: "company" });
    }
  }
}

/** A kind of venue, then Latin names in quotes (ICO网站“A”和“B”). */
const KIND_THEN_QUOTED = /(?:网站|交易平台|平台|交易所|矿池)((?:“[A-Za-z][A-Za-z0-9 .-]{1,15}”[、和及与]?)+)/g;

export const SECTOR_OF: Record<string, string> = {
  交易所: "exchange",
  交易平台: "exchange",
  交易中心: "exchange",
  矿池: "pool",
  电力公司: "utility",
  电网公司: "utility",
  供电分公司: "utility",
  供电公司: "utility",
  供电局: "utility",
  电力交易中心: "utility",
};
/** Bank-name cores that are kinds of bank, not names (and a verb whose object banks are: 下令银行, 要求银行). */
export const GENERIC_BANK =
  /(各大|辖内|辖区内|区内|准|人民|中央|商业|政策性|世界|民营|地方|网络|国有|大型|中小|外资|投资|农村|城市|村镇|托管|合作|开户|收款|发卡|代理|结算|清算|各|该|多家|部分|相关|境外|境内|国内|传统|影子|数字|虚拟|任何|个别|其他|其它|别的|另一|每家|某些|有些|若干|网站|平台|下令|要求|责令|督促|通知|指导|引导|禁止|允许|鼓励|提醒)$|[多几数每一两]间$|^(中国)?人民$/;

/** A clause's verb inside what precedes a company suffix: the name starts after the last one. */
const CLAUSE_IN_CORE =
  /^.*(会同|通知|拒绝|应当|要求|联合|协调|配合|督促|责令|约谈|告知|报告|举报|联系|协助|一再|多次|立即|及时|随即|找到|来到|前往|发现|接到|收到|判决|裁定|判令|宣判|审理|驳回|认定|致电|约见|处罚|查处|查封|关停|通报|点名|吊销|注销|冻结|扣押|查扣|没收|罚没|取缔|封停|叫停|立案|起诉|公诉|警告|罚款|赔偿|转入|汇入|加盖)/;

/**
 * Verbs that may precede a name without punctuation (要求国网…公司, 约谈工商银行), time words and conjunctions that
 * open a clause (当时, 几天前, 随后, 否则, 未获得), and a year or a full date (2019年, 2020年3月5日; a month alone,
 * 2017年10月下旬, is not skipped): skipped at the start of a name.
 */
export const LEADING_VERBS =
  /^(因为|由于|因(?!特)|明知|得知|获悉|获知|协助|帮助|伙同|指使|委托|要求|责令|约谈|约见|入驻|进驻|走访|暗访|督促|通知|加盖|盖有|私接|私拉|盗接|盗用|窃取|私自|接线|偷接|偷用|违规|整个|各个|这些|那些|一些|部分|多家|各家|发至|抄送|报送|送达|组织|协调|联合|包括|其中|比如|例如|如|像|即|由|和|与|及|对|向|据|称|按照|根据|依据|依照|遵照|配合|指导|推动|支持|鼓励|查处|处罚|关停|关闭|屏蔽|封禁|取缔|清理|整顿|打击|监管|访问|注册|登录|使用|通过|进入|成立|设立|上线|下架|针对|涉及|涉嫌|起诉|告|严禁|禁止|利用|当时|早些时候|此时候|时候|此前|之前|此后|之后|随后|目前|现在|如今|近日|日前|近期|最近|早前|此时|届时|同时|当天|当日|同年|今年|去年|昨天|昨日|今天|今日|后来|(?:\d{2,4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}月\d{1,2}日)?(?![\d〇零一二三四五六七八九十]{1,2}月)|\d{1,2}月\d{1,2}日|(?:不久|[几数两三\d]+(?:天|日|个月|年))(?:前|后)|否则|但是|然而|因此|所以|而且|并且|此外|另外|如果|尽管|虽然|即使|即便|哪怕|未能|未(?!来)|内(?=未|获得|取得|得到)|获得|取得|得到)+/;

/** Does `at` hold the 人 of a party's word (被告人, 当事人, 嫌疑人, 申请人, 被执行人), cut from it by a boundary? */
const partyPerson = (text: string, at: number): boolean =>
  text[at] === "人" && /(被告|原告|当事|嫌疑|申请|执行)$/.test(text.slice(Math.max(0, at - 2), at));

export function trimVerbs(text: string, start: number, end: number): number {
  // (the second character of 给予, 约谈 or 约见, cut from its first by a boundary: 给予X公司党委书记Y处分, 约谈广西X银行)
  if (/^(?:给予|约谈|约见)$/.test(text.slice(start - 1, start + 1)) && start + 1 < end) start += 1;
  // an appositive names the company last: OKEx母公司OK集团 → OK集团, and so does a kind of firm (矿企X科技有限公司,
  // 矿机制造商X控股有限公司)
  // a party to a case names the company after it (原告X有限公司, 被上诉人X有限公司), and so does suing (…起诉X有限公司)
  // and holding a post there (李四曾任X公司董事, 在担任X供电公司总经理期间)
  const rel = text
    .slice(start, end)
    .match(
      /^.*(母公司|子公司|上市公司|旗下|控股股东|关联公司|运营方|原告|被告人|被告|上诉人|申请人|被执行人|第三人|甲方|乙方|起诉|辖区内|辖区|境内|当地|包括|例如|比如|实际控制|控制了|矿企|企业|矿商|矿机商|矿机厂商|矿机股|概念股|龙头股|区块链股|制造商|运营商|营运商|服务商|供应商|提供商|生产商|开发商|巨头|品牌|担任|出任|任职于|任职|曾任|兼任|历任|时任|下令|责令|勒令|命令|要求|督促)/,
    );
  if (rel) start += rel[0].length;
  // (the 人 of a party's word cut from it by a boundary: 被告人盗用X公司电力)
  if (partyPerson(text, start) && start + 1 < end) start += 1;
  const m = text.slice(start, end).match(LEADING_VERBS);
  if (m) start += m[0].length;
  // (the aspect word after the verb: 起诉了Ripple公司, 约谈了X公司)
  if ((rel || m) && text[start] === "了" && start + 1 < end) start += 1;
  // a preposition glued before the division a name opens with (经苏州X会计师事务所, 由杭州X公司): no part of it
  if (/^[经由从在被]/.test(text.slice(start, end)) && divisionAt(text, start + 1, null)) start += 1;
  return start;
}

/** The function words that end a company's name read leftwards, and 有 (共有, 拥有, 没有 X公司). */
const COMPANY_STOPS = `${NAME_STOPS}有`;
/** Industry words of two characters with a function word in them (数据, 未来 is no industry word). */
const STOP_WORDS_OF_NAMES = new Set(INDUSTRY_WORDS.filter((w) => [...w].some((c) => NAME_STOPS.includes(c))));
/** Coins' and chains' names with a function word in them, which open foundations' and firms' names (以太坊基金会). */
const COIN_WORDS_OF_NAMES = new Set(["以太坊", "以太币", "以太经典"]);
/**
 * Is the function word at `i` part of a word of a company's name: an industry word (数据, 数据科技), a division's
 * name or short form (成都, 都江堰), or a coin's (以太坊)? Then reading a name leftwards goes on over it.
 */
function inNameWord(text: string, i: number): boolean {
  for (let a = Math.max(0, i - 3); a <= i; a++)
    for (let n = Math.max(2, i - a + 1); n <= 4; n++) {
      const w = text.slice(a, a + n);
      if (STOP_WORDS_OF_NAMES.has(w) || DIVISION_FORMS.has(w) || COIN_WORDS_OF_NAMES.has(w)) return true;
    }
  return false;
}

/**
 * A registered name's core read as place, trade name, industry words (深圳市比特币科技, 杭州数字货币网络技术): a name,
 * whatever words its trade name holds, unless it is anonymized or a crime's (某, 诈骗团伙).
 */
function placeOpenedTradeName(core: string): boolean {
  const place = divisionAt(core, 0, null);
  if (!place || place.divs.every((d) => d.level === "county")) return false;
  const e = industryTailAt(core, place.len + 1);
  const trade = core.slice(place.len, e);
  return (
    e < core.length && trade.length >= 2 && trade.length <= 6 && !/某|犯罪|诈骗|团伙|传销|非法|[的个家些]/.test(trade)
  );
}

/**
 * Can a Latin name read before a firm's role or 公司 be a firm: not a body or country the lexicon knows by it (SEC,
 * FBI), not one of `notAFirm` (a coin's, a title's abbreviation), and not three capitals or fewer the lexicon knows
 * no firm by.
 */
function latinFirmName(name: string, notAFirm: RegExp): boolean {
  if (LEX_BY_FORM.get(name.toLowerCase())?.some((e) => e.ref.label !== "Company") || notAFirm.test(name)) return false;
  return !/^[A-Z]{1,3}$/.test(name) || COMPANY_BY_FORM.has(name.toLowerCase());
}

/** A Latin brand as a list's member (Bitget, Gate.io, KuCoin): a capital, then two to nineteen letters, digits or dots. */
const LATIN_BRAND = "[A-Z][A-Za-z0-9.]{2,19}";
const LATIN_BRANDS = new RegExp(`(?<![A-Za-z0-9.])${LATIN_BRAND}(?![A-Za-z0-9.])`, "g");
const LATIN_BRAND_OPENING = new RegExp(`^${LATIN_BRAND}(?![A-Za-z0-9.])`);
const LATIN_BRAND_CLOSING = new RegExp(`(?<![A-Za-z0-9.])${LATIN_BRAND}$`);
/** A Latin brand joined to a list by 、 / 和 / 及 / 与 on either side (the cheap test before reading any list). */
const LATIN_IN_LIST = new RegExp(`${LATIN_BRAND}[、和及与]|[、和及与]${LATIN_BRAND}`);

/**
 * Latin brands listed with firms the text names (Bitget、Bybit、KuCoin库币等均已…, 火币、OKX和Bitget): each a firm of
 * its own, when the list's other members are firms already read and one of them at least is known to the lexicon. Items
 * are joined by 、 or a last 和/及/与; an acronym of a thing (USDT, OTC) is none. Pushes the candidates.
 */
export function latinListedWithFirms(text: string, out: Cand[]): void {
  const firms = out.filter((c) => c.ref?.label === "Company");
  if (!firms.length || !LATIN_IN_LIST.test(text)) return;
  const firmAt = new Map(firms.map((c) => [c.start, c]));
  const found: Cand[] = [];
  for (const m of text.matchAll(LATIN_BRANDS)) {
    const name = m[0];
    if (LATIN_NOT_A_FIRM.test(name) || firms.some((c) => c.start <= m.index && m.index < c.end)) continue;
    // the list's members on either side, over 、 / 和 / 及 / 与: each a firm read, or another Latin item
    const neighbours: Cand[] = [];
    let at = m.index + name.length;
    while (/[、和及与]/.test(text[at] ?? "")) {
      const next = firmAt.get(at + 1);
      const latin = text.slice(at + 1).match(LATIN_BRAND_OPENING)?.[0];
      if (next) {
        neighbours.push(next);
        at = next.end;
      } else if (latin && !LATIN_NOT_A_FIRM.test(latin)) at += 1 + latin.length;
      else break;
    }
    let back = m.index;
    while (/[、和及与]/.test(text[back - 1] ?? "")) {
      const prev = firms.find((c) => c.end === back - 1);
      const latin = text.slice(0, back - 1).match(LATIN_BRAND_CLOSING)?.[0];
      if (prev) {
        neighbours.push(prev);
        back = prev.start;
      } else if (latin && !LATIN_NOT_A_FIRM.test(latin)) back -= 1 + latin.length;
      else break;
    }
    // (a list closed as accounts or media, 等公众号, is of outlets, not firms)
    const rest = text.slice(at, at + 120).split(/[。；;\n]/)[0]!;
    if (/等[^，,、]{0,6}?(?:公众号|账号|帐号|微信号|自媒体|媒体|微博|APP|App)/.test(rest)) continue;
    if (!neighbours.some((c) => COMPANY_BY_FORM.has(c.ref!.name.toLowerCase()))) continue;
    found.push(
      companyCand(
        m.index,
        m.index + name.length,
        COMPANY_BY_FORM.get(name.toLowerCase()),
        { name, aliases: [], sector: null },
        2,
      ),
    );
  }
  out.push(...found);
}

/** Latin abbreviations of things, offices and bodies written before 公司 that name no firm (ICO公司, IDC公司, CEO). */
const LATIN_NOT_A_FIRM =
  /^(?:OTC|ICO|IPO|IEO|IMO|P2P|C2C|B2B|APP|VPN|USDT|BTC|ETH|CEO|CFO|CTO|COO|CIO|IDC|GPU|ASIC|NFT|DeFi|KYC|AML|SEC|CFTC|FBI|DOJ|IRS|FCA|MAS|SFC|USA|IT|AI|VIE|SPV|SPAC|ST)$/i;

/** A Latin registered name: capitalised words, then a legal form. */
const LATIN_REGISTERED =
  /(?<![A-Za-z0-9])[A-Z][A-Za-z0-9&-]*(?: [A-Z][A-Za-z0-9&-]*){0,5},? (?:Limited|Ltd\.?|Inc\.?|Incorporated|Corporation|Corp\.|LLC|PLC|Co\., Ltd\.?|Pte\. Ltd\.?|GmbH|AG|S\.A\.)(?![A-Za-z])/g;

/** A group's name opening a registered name, another firm's name after it (九木集团|创世纪科技有限公司; not 集团控股, 集团股份). */
const GROUP_BEFORE_FIRM = /^[\u4e00-\u9fffA-Za-z]{2,6}?集团(?!有限|股份|控股|公司|财务|[(（])(?=[\u4e00-\u9fff]{3,})/;
/** Is `s` a division's name and nothing more (集团香港有限公司's 香港)? */
const divisionWhole = (s: string): boolean => divisionAt(s, 0, null)?.len === s.length;

/** Does a firm the lexicon knows start at `i` (特斯拉 of 特斯拉(Tesla))? */
function knownFirmAt(text: string, i: number): boolean {
  for (let k = 2; k <= 8 && i + k <= text.length; k++)
    if (COMPANY_BY_FORM.get(text.slice(i, i + k).toLowerCase()) && !/^[A-Za-z0-9]/.test(text[i + k] ?? "")) return true;
  return false;
}

/** Could `core` (the text before …公司/集团/交易所/银行) be a company name? */
export function plausibleCompanyCore(core: string): boolean {
  if (core.length < 2 || GENERIC_COMPANY_CORE.test(core)) return false;
  // the locale's own word (我区数据中心, 本市企业, 全省矿企): the firms of a place, no name
  if (/^(?:我|本|全|各|该)[省市县区州旗盟镇乡]/.test(core)) return false;
  // a coin (以太币(Ether), 莱特币) is never a firm
  if (/^(?:以太|莱特|瑞波|狗狗|泰达|艾达|门罗|达世|波场|柚子|涂鸦|尔格|比特|瑞泰|元宝)币$|^以太坊$/.test(core))
    return false;
  if (
    /犯罪|诈骗|团伙|传销|利益|黑恶|虚拟|货币|比特币|加密|^数字|平台|企业|机构|所有|全部|部分|各大|主流|知名|合规|正规|非法|境外|境内|离岸|^国际|海外|本土|本地|国内|国外|大型|中小|小型|去中心化|分布式|这些|那些|上述|有关|相关|一些/.test(
      core,
    )
  )
    return false;
  if (/^\d+$/.test(core) || /(个|家|所|些|的|间)$/.test(core)) return false;
  // a line of business alone (加拿大广播公司 once its country is taken off, 一家科技公司, 保险公司): a kind, no name
  if (
    /^(?:广播|电视|通讯|出版|物流|快递|保险|证券|网络|信息|投资|贸易|媒体|传媒|广告|咨询|会计|律师|基金|信托|担保|租赁|科技)$/.test(
      core,
    )
  )
    return false;
  // an amount inside (人士200万元银行户口, 5000万元公司债) names a sum, not a firm
  if (
    /\d(?:余|多)?[万亿]?(?:元|港元|美元|港币)|[一二三四五六七八九十百千](?:余|多)?[万亿](?:元|港元|美元|港币)/.test(
      core,
    )
  )
    return false;
  // a firm being set up (在重庆新建公司, 另行注册公司) or a pool being reached (终端访问矿池): a verb, not a name
  if (/^(?:注册|设立|开设|组建|筹建)|新建(?!设)|新设|新成立|另设|另行|访问|连接|接入|登录/.test(core)) return false;
  // a verb of overseeing before a kind of firm (加强数据中心…管理, 规范交易平台): what is done to firms, no name
  if (/^(?:加强|强化|规范|推进|推动|督促|指导|引导|严格|全面|排查|核查|清查)/.test(core)) return false;
  // a verb taking the venue as its object, or a modal opening a clause (需注意交易所合规性, 可能面临银行风控, 操控矿池):
  // what is done to firms of a kind, no name
  if (
    /(?:注意|面临|关注|警惕|遭遇|遭到|受到|操控|操纵|控制|掌控|进入|使用|选择|依赖|借助|登录|访问|连接|利用|规避|绕过|绕开|避开|逃避|躲避)$/.test(
      core,
    ) ||
    /^(?:需要?|可能|应当?|须|必须)/.test(core)
  )
    return false;
  // a crackdown told before the kind (北京打压交易所, 全面清退交易所): a verb of regulating, not a name
  if (/打压|打击|整治|取缔|关停|关闭|清理|清退|叫停|禁止|封杀|查处|约谈|管控/.test(core)) return false;
  // a phrase opening with a joining word, a verb of holding a post, a quantity of firms or a verb of starting one
  // (而国内交易所, 在担任X公司总经理期间, 许多中国公司, 2009年开始经营公司), or a kind told by its age or stage (初代交易所, 创业公司, 老牌交易所): no name
  if (
    /^(?:而|但|并|且|却|则|即|担任|出任|任职|曾任|兼任|历任|许多|不少|很多|大量|众多|诸多|少数|一批|大批|开始|开办|经营|创业|初创|初代|早期|新兴|传统|老牌|小型|中型|新型)/.test(
      core,
    )
  )
    return false;
  // a point of a list (一要联络银行, 二是加强…, 其三): the text's own numbering, no name
  if (/^(?:[一二三四五六七八九十]+(?:要|是|则)|其[一二三四五六七八九十]|第[一二三四五六七八九十]+[，,、]?)/.test(core))
    return false;
  // what is left or only there (仅剩下银行, 只有交易所, 还剩公司): an adverb and a verb of remaining, no name
  if (/(?:仅|只|还|尚)(?:剩下?|剩余|有|余)|剩下/.test(core)) return false;
  // a rank among firms (中国三大交易所, 四大银行, 两大平台): a kind, not a name
  if (/[一二两三四五六七八九十几数多\d]大$/.test(core)) return false;
  // an anonymized name (某某科技, XX, X科技) is no node; one masked but for its first character (上海勤某实业, 勤某) is
  // the firm a judgment names so
  if ((/某/.test(core) && !maskedTradeName(core)) || /^[XＸ×*＊]+(?![A-Za-z0-9])/.test(core)) return false;
  return true;
}

/** A case's party written right before a masked name (被告某公司, 上诉人某科技, 案外人某公司). */
const PARTY_BEFORE_MASK = /(?:被告|原告|上诉人|被上诉人|申请人|被申请人|第三人|案外人|被执行人)$/;

/** Does a name read from `s` start with the last character of a party's role, then 某 (被|告某公司: no firm named)? */
const partyCut = (text: string, s: number): boolean =>
  text[s + 1] === "某" && PARTY_BEFORE_MASK.test(text.slice(Math.max(0, s - 4), s + 1));

/**
 * Where a name starts whose reading leftwards stopped at the 某 of a masked trade name (上海勤某|实业有限公司): at the
 * name's first character, or at the divisions written before it; `s` when no masked name stands before it.
 */
function maskedStart(text: string, s: number): number {
  if (text[s - 1] !== "某" || s < 2 || !isCjk(text[s - 2]) || NAME_STOPS.includes(text[s - 2]!)) return s;
  // (a place's name right before 某, 上海某实业: a firm left unnamed)
  for (let k = Math.min(8, s - 1); k >= 2; k--) if (divisionAt(text, s - 1 - k, null)?.len === k) return s;
  let at = s - 2;
  for (let again = true; again;) {
    again = false;
    for (let k = Math.min(8, at); k >= 2; k--)
      if (divisionAt(text, at - k, null)?.len === k) {
        at -= k;
        again = true;
        break;
      }
  }
  return at;
}

/**
 * The chain of divisions `core` opens with from `from` (四川省成都市X科技: two), leaving at least one character after
 * it: where the chain ends, and how many divisions it holds.
 */
function divisionsOpening(core: string, from: number): { end: number; count: number } {
  let end = from;
  let count = 0;
  for (let d = divisionAt(core, end, null); d && end + d.len < core.length; d = divisionAt(core, end, null)) {
    end += d.len;
    count++;
  }
  return { end, count };
}

/**
 * Does `core` hold a trade name a judgment masks but for its first character (上海勤某实业, 北京云某计算科技, 秦某): after
 * the divisions it opens with, one character of the name, then 某, and no 某 after.
 */
function maskedTradeName(core: string): boolean {
  const s = divisionsOpening(core, 0).end;
  return /^[\u4e00-\u9fff]某(?!某)[^某]*$/.test(core.slice(s)) && !/^[该其本此各每这那]/.test(core.slice(s));
}

const PROVINCES = [...DIVISION_BY_CODE.values()].filter((d) => d.level === "province");
/** The provinces' full names (河南省, 内蒙古自治区), longest first. */
const PROVINCE_FULL_NAMES = PROVINCES.map((d) => d.name).sort((a, b) => b.length - a.length);
/** A province's full name, then a registered name's words up to its legal form: no clause break, verb or function word. */
const PROVINCE_OPENED = new RegExp(
  `(?:${PROVINCE_FULL_NAMES.join("|")})(?:(?!公司|[了的在是为将被把由从向对给与])[\u4e00-\u9fff（）()]){2,24}$`,
);

/** Where a registered name ending at `p` starts when it opens with its province's full name, else null. */
function provinceOpenedName(text: string, p: number): number | null {
  const m = text.slice(Math.max(0, p - 32), p).match(PROVINCE_OPENED);
  // (a body or a party of a case between is no part of one name: 北京市X区人民法院审理原告上海X实业有限公司)
  return m && !REGISTERED_NAME_BREAK.test(m[0]) ? p - m[0].length : null;
}
/** What no registered name holds: a body's or a court's words, or a second province. */
const REGISTERED_NAME_BREAK = new RegExp(
  `法院|人民|政府|公安|[局厅]|委员会|审理|原告|被告|上诉|起诉|判决|.(?:${PROVINCES.flatMap((d) => d.forms.filter((f) => f !== d.name)).join("|")})`,
);

/** Parentheses inside a name, full-width (内蒙古电力（集团）). */
const canonicalParens = (s: string): string => s.replace(/\(/g, "（").replace(/\)/g, "）");

export const canonicalAcademic = (name: string): string => {
  const full = name.replace(/^中国社科院|^社科院/, "中国社会科学院").replace(/^中科院/, "中国科学院");
  // an institute of the academy by its short form (中科院计算所): its registered name
  const institute = full.startsWith("中国科学院") ? ACADEMY_INSTITUTES[full.slice(5)] : undefined;
  return institute ? `中国科学院${institute}` : full;
};

/**
 * Sub-units a text acts through, written right after their body (X县公安局反诈中心, X供电公司纪委, X公安厅经侦总队,
 * X分局刑侦九队: a numbered squad, X市物价局价格认定中心: a centre that certifies, monitors or inspects, X省人民政府驻北京
 * 办事处: its office in another city, where its officials serve).
 */
const SUB_UNIT = new RegExp(
  "^(党委|党组|纪委|纪检组|纪检监察组|原?派?驻[\\u4e00-\\u9fff]{2,10}?(?:纪检监察组|纪检组)|驻[\\u4e00-\\u9fff]{1,4}?办事处|[\\u4e00-\\u9fff]{2,14}?领导小组办公室|反诈中心|指挥中心|情报中心|(?:(?!的)[\\u4e00-\\u9fff]){0,4}?(?:认定|鉴定|监测|检测|稽查|举报|受理|调度)中心|[\\u4e00-\\u9fff]{2,4}?(?:总队|大队|支队|派出所)|(?:经济犯罪侦查|刑事侦查|网络安全保卫|治安管理)(?:总队|支队|大队)|[\\u4e00-\\u9fff]{2}[一二三四五六七八九十]{1,3}中?队" +
    `|第[一二三四五六七八九十]{1,3}(?:${NUMBERED_UNITS.join("|")})|${BODY_UNITS.join("|")})`,
);
/**
 * A body's department that acts in the text (X营业管理部支付结算处1月17日下发了《…》, X发改委价格处约谈…): a 处 named by
 * its field, then the act (a day may stand between). Without the act, the 处 only says where an official works.
 */
const DEPARTMENT_ACTING =
  /^([\u4e00-\u9fff]{0,6}?(?:管理|监管|结算|稽查|调节|运行|法规|统计|信贷|保护|政策|规划|执法|综合|金银|反洗钱|稳定|价格|电力|能源|产业|科技)处)(?:于?(?:\d{1,2}月)?\d{1,2}日|近日|日前|近期)?(?:下发|印发|发布|发出|约谈|召开|组织|联合|会同|出具|制定)/;
/**
 * A national body's internal department written right after it (工业和信息化部办公厅, 中国人民银行支付结算司, 公安部刑事
 * 侦查局, 工信部信息通信管理局): 办公厅, or a field's name then 司 or 局. No function word, list mark or other body
 * inside (公安部会同国家税务总局 is two bodies), and no firm (中国人民银行下属公司).
 */
const NATIONAL_DEPARTMENT =
  /^(办公厅|(?:(?![的了在是和与及或、等对向从把被将为由同])[\u4e00-\u9fff]){2,10}?[司局])(?![\u4e00-\u9fff]{0,1}(?:公司|分局|总局))/;

/**
 * A police bureau's district branch (X市公安局Y分局, short X市公安局Y局), Y a division's name or short form, or a zone's
 * name of up to ten characters (X市公安局东湖新技术开发区分局).
 */
const POLICE_BRANCH = /^([\u4e00-\u9fff]{2,5}?)(分局|局)|^([\u4e00-\u9fff]{2,8}(?:开发区|高新区|新区|园区|港区))(分局)/;
/**
 * Words that make Y of a 分局 a determiner, not a branch's name (各分局, 所属分局, 辖区分局). 直属分局 right after the
 * bureau is the branch of that name (忻州市公安局直属分局破获…); 直属各分局 is not.
 */
const NOT_A_BRANCH =
  /^(各|该|本|其|所属|下属|辖区|相关|有关|直属(?!分局)|派出|所辖|下设|近期|近日|目前|此前|随后|今年|去年|全市|全省)/;
/** A unit of a police unit (X公安厅经侦总队联勤中心, X支队Y大队); 和/及/与 there opens a sibling (支队和治安大队), no unit below. */
const SUB_SUB_UNIT = /^(?![和及与])([\u4e00-\u9fff]{2,4}?(?:中心|大队|中队))/;
/**
 * What follows a sub-unit's name when it only qualifies a title (党委书记, 纪委副书记): no body acts. A police
 * station is a body with its own seat and its head's office (派出所所长), and so is a discipline team stationed at
 * another body (纪委驻县委办纪检监察组组长): they stay agencies before a title.
 */
const TITLE_AFTER = /^(书记|副|主任|委员|组长|常委|成员|队长|所长|干部|班子)/;
/**
 * After a police unit, its own head's title (经侦支队支队长X, 刑侦大队大队长X) or its officer (刑警大队民警X, 政委X): the
 * unit only says where the official works, who serves at the bureau (as the title after any other unit says).
 */
const POLICE_TITLE_AFTER = /^(?:[总支大中]队长|政委|教导员|民警|警官|队员)/;
/** A police unit's name: a squad of a field or a number (刑侦支队, 治安大队, 刑侦九队). */
const POLICE_SQUAD = /(?:总队|支队|大队|中队|[一二三四五六七八九十]中?队)$/;
/** A name, then a verb of saying (X高有铁认为, X张三介绍): the unit is the speaker's, and does not act itself. */
const SPEAKER_AFTER = new RegExp(`^[\\u4e00-\\u9fff]{2,3}?(?:${SAYING})`);
const titleOnly = (unit: string, after: string): boolean =>
  (!/派出所$|^原?派?驻.+(?:纪检监察组|纪检组|办事处)$/.test(unit) && TITLE_AFTER.test(after)) ||
  (POLICE_SQUAD.test(unit) && (POLICE_TITLE_AFTER.test(after) || speakerAfter(after))) ||
  // a numbered department's head (第二检察部负责人X介绍) speaks for the body; the department does not act
  (/^第/.test(unit) && /^(负责|主任|部长|检察)/.test(after));
/** `after` opens with a person's name (its surname known) and then a verb of saying. */
const speakerAfter = (after: string): boolean => SURNAMES.has(after[0] ?? "") && SPEAKER_AFTER.test(after);
/** After a party unit, 的 introduces what it leads (县公安局党委的领导下…): the unit is a possessor of a title-like word. */
const PARTY_UNIT = /^(党委|党组|纪委|纪检组|纪检监察组)$/;

/**
 * The district branch written after a city's police bureau (X市公安局Y分局): Y a division of that name (科尔沁 of
 * 科尔沁区; then 局 alone is the branch's short form, 开平局), or any name when a unit of the branch follows
 * (X市公安局油田分局刑侦九队). Returns the written span's length and the branch's canonical tail (Y分局).
 */
function policeBranch(
  text: string,
  at: number,
  city: Division | undefined,
): { len: number; unit: string; district?: Division } | null {
  // (a zone's branch may have a longer name: 东湖新技术开发区分局)
  const m = text.slice(at, at + 12).match(POLICE_BRANCH);
  if (!m || NOT_A_BRANCH.test(text.slice(at, at + 8))) return null;
  const b = m[1] ? [m[0], m[1], m[2]] : [m[0], m[3], m[4]];
  const y = b[1]!;
  const division = ["", "区", "县", "旗", "市"].some((l) => divisionAt(y + l, 0, null)?.len === y.length + l.length);
  const unitAfter = SUB_UNIT.test(text.slice(at + b[0].length, at + b[0].length + 8));
  // a two-character name before 分局 names a branch too (延河分局, 油田分局), and so does a road's or a street's name
  // (光明路分局) or a zone's (工业园区分局); 局 alone needs a division and a unit
  const named =
    b[2] === "分局" &&
    (y.length === 2 ||
      /^[\u4e00-\u9fff]{2,3}[路街]$/.test(y) ||
      /^[\u4e00-\u9fff]{0,8}(?:园区|开发区|高新区|新区|港区)$/.test(y)) &&
    !/^[和及与或、]|[和及与或]$/.test(y);
  if (b[2] === "局" ? !(division && unitAfter) : !(division || unitAfter || named)) return null;
  return { len: b[0].length, unit: `${y}分局`, district: city && districtOf(y, city) };
}

/** The district or county of `city` named `y` or by `y` as its short form (开平 → 唐山市开平区). */
function districtOf(y: string, city: Division): Division | undefined {
  for (const l of ["区", "县", "旗", "市", ""]) {
    const m = divisionAt(y + l, 0, city);
    if (m?.len === y.length + l.length && m.divs.length === 1) return m.divs[0];
  }
  return undefined;
}

/** The division a local body is LOCATED_IN, when it is a city's (a prefecture's). */
function cityOf(c: Cand): Division | undefined {
  const d = divisionOfRef(seatOf(c));
  return d?.level === "prefecture" ? d : undefined;
}

/**
 * The other branches of a city's police bureau written bare once one is named in full (唐山市公安局开平分局 … 古冶分局):
 * Z分局, Z the short form of another district of that city, at a clause's start or after a preposition or list
 * word; each that city bureau's branch in its district.
 */
function siblingBranches(text: string, bureau: Cand, city: Division, own: string): Cand[] {
  const out: Cand[] = [];
  for (const m of text.matchAll(/([\u4e00-\u9fff]{2})分局/g)) {
    const before = text[m.index! - 1];
    if (m[1] === own || (isCjk(before) && !SIBLING_BEFORE.includes(before!))) continue;
    const d = districtOf(m[1]!, city);
    if (!d || d.level !== "county") continue;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      ref: agencyRef(`${bureau.ref!.name}${m[0]}`, "county", d.name.endsWith("区") ? [`${d.name}公安分局`] : []),
      priority: bureau.priority,
      role: "gov",
      links: divisionLinks(d),
    });
  }
  return out;
}
const SIBLING_BEFORE = "由被和与及、在据对向经";

/**
 * A sub-unit of an agency or company acting in the text (衡东县公安局党委高度重视, 某市公安局经侦支队的指导下):
 * an Agency of its own, its body kept as an inner mention (`subUnit`: index.ts keeps an agency body only when the
 * text names it outside its sub-units too). A district branch written again bare (海南分局) is that branch.
 */
export function subUnits(text: string, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  const add = (c: Cand, written: number, unit: string, level: string, chained: boolean): Cand => {
    // (a team once stationed at another body, 中央纪委原派驻X纪检组: its name has no 原, and the body's name as
    // written before it is an alias, 中央纪委派驻X纪检组)
    const bare = unit.replace(/^原(?=派?驻)/, "");
    const ref = agencyRef(c.ref!.name + (UNIT_FULL_NAMES[bare] ?? bare), level);
    const writtenName = text.slice(c.start, c.end) + bare;
    // (a body's party committee by its formal name, 中共X公安局委员会, as an alias)
    // (and a police station by its own name, 双桥派出所 of X市公安局Y分局双桥派出所, as the press writes it)
    const aliases =
      unit === "党委" && c.ref!.label === "Agency"
        ? [`中共${c.ref!.name}委员会`]
        : /驻/.test(bare) && writtenName !== ref.name
          ? [writtenName]
          : /^[\u4e00-\u9fff]{2,4}派出所$/.test(bare) && c.ref!.label === "Agency"
            ? [bare]
            : // (a district branch's unit also by the branch's district form, 下城区公安分局网警大队 of X市公安局下城分局…)
              c.ref!.aliases.filter((a) => /区公安分局$/.test(a)).map((a) => a + bare);
    const sub: Cand = {
      start: c.start,
      end: c.end + written,
      ref: aliases.length ? { ...ref, aliases: [...ref.aliases, ...aliases] } : ref,
      priority: c.priority,
      role: "gov",
      inner: [{ ...c, subUnit: true }],
      // its LOCATED_IN is its body's, with that place's IN_PROVINCE (the body keeps its own links as the inner mention)
      links:
        c.ref!.label === "Agency" || chained
          ? (c.links ?? []).filter((l) => (l.type === "LOCATED_IN" && !l.from) || l.type === "IN_PROVINCE")
          : [],
    };
    out.push(sub);
    return sub;
  };
  // the units under a sub-unit: a branch's unit (分局刑警大队), a unit's unit (总队联勤中心)
  const below = (sub: Cand, unit: string, level: string): void => {
    const at = sub.end;
    const m = /分局$/.test(unit)
      ? text.slice(at, at + 8).match(SUB_UNIT)
      : /(总队|支队|大队)$/.test(unit)
        ? text.slice(at, at + 6).match(SUB_SUB_UNIT)
        : null;
    if (!m || titleOnly(m[0], text.slice(at + m[0].length, at + m[0].length + 8))) return;
    below(add(sub, m[0].length, m[0], level, true), m[0], level);
  };
  for (const c of cands) {
    if (!c.ref || (c.ref.label !== "Agency" && c.ref.label !== "Company")) continue;
    const level =
      c.ref.label === "Agency"
        ? ((c.ref.properties.level as string | undefined) ?? "county")
        : /县|区/.test(c.ref.name)
          ? "county"
          : /市/.test(c.ref.name)
            ? "prefectural"
            : /省/.test(c.ref.name)
              ? "provincial"
              : "central";
    const dept = c.ref.label === "Agency" ? text.slice(c.end, c.end + 24).match(DEPARTMENT_ACTING) : null;
    const national = c.ref.label === "Agency" && level === "central" ? nationalDepartment(text, c, cands) : null;
    // the unit as written right after the body, if any
    // (a joint conference's or leading group's office, which acts for it: 处置非法集资部际联席会议办公室)
    const office =
      c.ref.label === "Agency" && /(联席会议|领导小组)$/.test(c.ref.name) && text.startsWith("办公室", c.end)
        ? "办公室"
        : null;
    const m = dept?.[1] ?? national ?? office ?? text.slice(c.end, c.end + 20).match(SUB_UNIT)?.[0];
    // a bureau's district branch (X市公安局Y分局, and as well X市市场监督管理局Y分局, X市税务局Y分局)
    const city = c.ref.label === "Agency" ? cityOf(c) : undefined;
    const branch = !m && c.ref.label === "Agency" && /局$/.test(c.ref.name) ? policeBranch(text, c.end, city) : null;
    if (!m && !branch) continue;
    const written = m ? m.length : branch!.len;
    const unit = m ?? branch!.unit;
    const after = text.slice(c.end + written, c.end + written + 8);
    // (a national department's titles were weighed where it was read: its present head serves there)
    if ((!national && titleOnly(unit, after)) || (PARTY_UNIT.test(unit) && after.startsWith("的"))) continue;
    const sub = add(c, written, unit, level, false);
    // a city bureau's district branch is in its district (唐山市公安局开平分局 in 开平区)
    if (branch?.district) {
      sub.links = divisionLinks(branch.district);
      if (/公安局$/.test(c.ref.name) && branch.district.name.endsWith("区"))
        sub.ref = { ...sub.ref!, aliases: [`${branch.district.name}公安分局`] };
    }
    below(sub, unit, level);
    if (branch) out.push(...bareBranch(text, branch.unit, sub));
    if (branch?.district && /公安局$/.test(c.ref.name))
      out.push(...siblingBranches(text, c, city!, branch.unit.slice(0, -2)));
    // the units listed after it are units of the same body, each written alone (no inner mention of the body)
    for (const [at, u] of siblingUnits(text, sub.end, unit))
      out.push({ ...sub, start: at, end: at + u.length, ref: agencyRef(c.ref.name + u, level), inner: undefined });
  }
  out.push(...shortBureauUnits(text, cands));
  return out;
}

/** Titles after a department's name (司长, 原局长, 有关负责人, 新闻发言人). */
const DEPARTMENT_TITLE_AFTER =
  /^(?:原|前|副|时任|现任)?(?:司长|局长|主任|巡视员|副巡视员|处长|总监|专员|调研员|首席|秘书长|总经济师|总工程师|督察|负责人|有关负责人|相关负责人|主要负责人|新闻发言人|发言人|一级|二级|干部|工作人员|官员|人士)/;
/** A department head's own title (司长, 副局长, 主任), which a name follows. */
const DEPARTMENT_HEAD = /^(?:副)?(?:司长|局长|主任|处长|巡视员)/;
/** The department written right after national body `c` (NATIONAL_DEPARTMENT), unless another body starts inside it. */
function nationalDepartment(text: string, c: Cand, cands: Cand[]): string | null {
  const m = text.slice(c.end, c.end + 14).match(NATIONAL_DEPARTMENT)?.[1];
  // (有关司局, 各司局: the departments in general, no one of them)
  if (!m || /公司$|司局$|^(?:总|分|下属|所属|直属|各|该|本|其|有关|相关|其他|其它|部分|内设)/.test(m)) return null;
  const end = c.end + m.length;
  // a department that only qualifies a former title (调查统计司原司长) or a nameless one (有关负责人): the official is
  // the body's; no unit acts. Its present head (金融消费权益保护局局长X, 刑侦局局长X) serves at the department.
  const after = text.slice(end, end + 5);
  if (DEPARTMENT_TITLE_AFTER.test(after) && (/^(?:原|前|时任)/.test(after) || !DEPARTMENT_HEAD.test(after)))
    return null;
  if (cands.some((o) => o !== c && o.ref?.label === "Agency" && o.start > c.start && o.start < end && o.end >= end))
    return null;
  return m;
}

/** A police unit's name (刑侦支队, 经侦总队, 治安大队): listed units are units of one body. */
const POLICE_UNIT = /^[\u4e00-\u9fff]{2,4}?(?:总队|支队|大队)/;

/**
 * The units listed after a police unit (X市公安局刑侦支队、网安支队): each a unit of the same body. Returns each one's
 * start and name; only units of the listed kind's shape, and none that qualifies a title (网安支队支队长).
 */
function siblingUnits(text: string, from: number, unit: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  if (!/(总队|支队|大队)$/.test(unit)) return out;
  for (let p = from; ;) {
    const sep = text.slice(p, p + 2).match(/^(、|和|及|与)/);
    const m = sep ? text.slice(p + sep[0].length, p + sep[0].length + 8).match(POLICE_UNIT) : null;
    // 市局网安支队 after a county bureau's unit is the city bureau's unit (shortBureauUnits), no sibling
    if (
      !m ||
      /^(市局|县局|区局)/.test(m[0]) ||
      titleOnly(m[0], text.slice(p + sep![0].length + m[0].length, p + sep![0].length + m[0].length + 8))
    )
      return out;
    out.push([p + sep![0].length, m[0]]);
    p += sep![0].length + m[0].length;
  }
}

/**
 * 市局刑侦支队, 县局治安大队: a police unit of the bureau of that level the text names (市局 is the city's 公安局 in
 * police writing), and the units listed after it; none when the text names no such bureau, or more than one.
 */
function shortBureauUnits(text: string, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  const LEVEL: Record<string, string> = { 市局: "prefectural", 县局: "county", 区局: "county" };
  for (const m of text.matchAll(/(市局|县局|区局)(?=[\u4e00-\u9fff]{2,4}?(?:总队|支队|大队))/g)) {
    const level = LEVEL[m[1]!]!;
    const bureaus = new Map<string, Cand>();
    for (const c of cands)
      if (c.ref?.label === "Agency" && /公安局$/.test(c.ref.name) && c.ref.properties.level === level)
        bureaus.set(c.ref.name, c);
    if (bureaus.size !== 1) continue;
    const b = [...bureaus.values()][0]!;
    const at = m.index! + m[1]!.length;
    const u = text.slice(at, at + 8).match(POLICE_UNIT)![0];
    if (titleOnly(u, text.slice(at + u.length, at + u.length + 8))) continue;
    const unit = (start: number, name: string, end: number): Cand => ({
      start,
      end,
      ref: agencyRef(b.ref!.name + name, level),
      priority: b.priority,
      role: "gov",
      links: (b.links ?? []).filter((l) => l.type === "LOCATED_IN" && !l.from),
    });
    out.push(unit(m.index!, u, at + u.length));
    for (const [p, v] of siblingUnits(text, at + u.length, u)) out.push(unit(p, v, p + v.length));
  }
  return out;
}

/** The later bare mentions of a branch (海南分局侦查部门 after 乌海市公安局海南分局): the branch, not a province's body. */
function bareBranch(text: string, unit: string, sub: Cand): Cand[] {
  const out: Cand[] = [];
  for (let p = text.indexOf(unit); p >= 0; p = text.indexOf(unit, p + unit.length))
    if (p < sub.start || p >= sub.end)
      out.push({ start: p, end: p + unit.length, ref: sub.ref, priority: sub.priority, role: "gov", links: sub.links });
  return out;
}

/** Determiners and counts before a kind of firm (一家, 多家, 3家, 这家, 该, 园区一处): what follows them is a kind, not a name. */
const COUNT_BEFORE =
  /(?:[一二两三四五六七八九十几多数\d]+|这|那|每|该|此|各|某)家|^[一二两三四五六七八九十几多数\d]+[名位个]|^(?:该|此|各|其|本|贵|某+|[家个所])|[一二两三四五六七八九十几多数\d]+[处座个间栋]$/;
/**
 * Characters that open a clause, never a trade name: prepositions, adverbs and modals (按公司要求, 确保公司…, 严格按…,
 * 是否…), the way a bare two-to-four-character "name" before 公司 turns out to be a clause about the company.
 */
const CLAUSE_OPENER =
  /^[按把给让使确进向到去来在从经由为被是否严坚要应可将已未不没请对与和同跟随凡如若经仍均都亦又再须必]/;
/**
 * A firm's core that a report leaves unnamed by its place then 一 and its trade's words (北京一营销科技, 深圳一网络科技
 * 有限, "a marketing firm of Beijing"): the length of the place, where the unnamed part starts; 0 for a name (上海一号
 * 矿业, 四川一元科技).
 */
function unnamedAfterPlace(core: string): number {
  if (!core.includes("一")) return 0;
  const place = divisionAt(core, 0, null);
  if (!place || core[place.len] !== "一" || /^[号期带级流线]/.test(core.slice(place.len + 1))) return 0;
  // (the unnamed firm is told by its trade's words alone: 一元科技 is a name)
  const rest = core.slice(place.len + 1);
  return rest.length >= 2 && rest.length <= 9 && industryOnly(rest.replace(/有限$/, "")) ? place.len : 0;
}

/** Trade names that are anonymized (某某, XX) or numbers: no node (勤某, masked but for its first character, is a name). */
const ANONYMOUS = /^某|某某|^[XＸ×*＊]+$|^\d+$/;

/**
 * [a division] + trade name + [industry words]: the trade name, or null when the core names a kind of firm; and
 * `address`, the length of a chain of two or more divisions opening the core (大庆市某区X厂): where the firm is, not
 * part of its name (a registered name carries one division).
 */
function tradeName(core: string, latinMin = 3): { trade: string; address: number } | null {
  let s = 0;
  // a country opening the name (中国…公司, 美国…公司) is its place too
  for (let k = 4; k >= 2; k--)
    if (core.length > k && (core.startsWith("中国") ? k === 2 : COUNTRY_BY_FORM.has(core.slice(0, k)))) {
      s = k;
      break;
    }
  // a chain of divisions opening the name (抚州市, 四川省成都市): the place, not the trade name
  const opening = divisionsOpening(core, s);
  const chain = opening.count;
  s = opening.end;
  let e = core.length;
  for (let again = true; again;) {
    again = false;
    for (const w of INDUSTRY_WORDS)
      if (e - w.length >= s && core.startsWith(w, e - w.length)) {
        e -= w.length;
        again = true;
        break;
      }
  }
  const trade = core.slice(s, e);
  if (!trade || GENERIC_TRADE.has(trade) || ANONYMOUS.test(trade)) return null;
  // a region (北美矿业公司) or where a firm is listed (美股上市公司, 港股上市公司) tells a kind of firm, not its name
  if (WORLD_REGIONS.has(trade) || /上市$/.test(trade)) return null;
  // a bare trade name of two to four characters; with industry words or a place, up to six
  const max = s > 0 || e < core.length ? 6 : 4;
  if (/^[A-Za-z]/.test(trade) ? trade.length < latinMin : trade.length < 2) return null;
  // a bare trade name (no place, no industry word) that opens like a clause is one
  if (s === 0 && e === core.length && CLAUSE_OPENER.test(trade)) return null;
  return trade.length <= max ? { trade, address: chain >= 2 ? s : 0 } : null;
}

/** A legal form or kind word closing a company's name. */
const LEGAL_FORM = /(股份有限公司|有限责任公司|有限公司|集团公司|集团|公司)$/;

/**
 * A company's name without its legal form and industry words (上海X实业有限公司 → 上海X, X公司 → X): a short name
 * written with a bare 公司 is the company whose name this ends with.
 */
export function nameStem(name: string): string {
  const core = name.replace(LEGAL_FORM, "");
  let e = core.length;
  for (let again = true; again;) {
    again = false;
    for (const w of INDUSTRY_WORDS)
      if (e - w.length >= 2 && core.startsWith(w, e - w.length)) {
        e -= w.length;
        again = true;
        break;
      }
  }
  return core.slice(0, e);
}

/** The last clause verb inside `s` ends where a name may start (0 when none). */
function afterClauseVerb(s: string): number {
  let cut = 0;
  for (const v of CLAUSE_VERBS) {
    const p = s.lastIndexOf(v);
    if (p >= 0 && p + v.length > cut) cut = p + v.length;
  }
  return cut;
}

/**
 * The name after 一家 in `core` (一家米云科技 → 米云科技), when it is a trade name with industry words and the text
 * writes the trade name again: a firm the report introduces, then names. Null otherwise (一家科技公司, 一家知名矿业公司).
 */
function firmAfterCount(text: string, core: string): string | null {
  const m = /^(?:另)?一家([\u4e00-\u9fff]{3,8})$/.exec(core);
  if (!m || !plausibleCompanyCore(m[1]!)) return null;
  const t = tradeName(m[1]!);
  if (!t || t.trade.length >= m[1]!.length - t.address || t.trade.length < 2) return null;
  return text.split(t.trade).length > 2 ? m[1]! : null;
}

/**
 * The words before a firm's short name, when the text writes that short name alone elsewhere (…赔偿勤鞠公司的损失, 收益归勤鞠公司所有
 * and ，勤鞠公司要求…): a verb before the name, no part of it. A division or a country before it is kept (上海勤鞠公司 is
 * the full name), as is a firm's known name. 0 when none.
 */
function verbBeforeShortName(text: string, core: string, form: string): number {
  if (divisionAt(core, 0, null) || COMPANY_BY_FORM.has(core.toLowerCase())) return 0;
  if (/^(?:中国|中资|内地|大陆|国内|国外|海外|境外)/.test(core)) return 0;
  // (a one-character verb too: 归 of 收益归勤鞠公司所有, 给, 让)
  for (let k = /^[归给让替帮]/.test(core) ? 1 : 2; k <= core.length - 2; k++) {
    if (LEX_BY_FORM.has(core.slice(0, k).toLowerCase())) return 0;
    // (the short name is a trade name of its own, not industry words alone: 科技公司 is a kind)
    if (!plausibleCompanyCore(core.slice(k)) || !tradeName(core.slice(k))) continue;
    const alone = core.slice(k) + form;
    for (let p = text.indexOf(alone); p >= 0; p = text.indexOf(alone, p + 1))
      if (p === 0 || /[\s,，。;；:：、“”"（）()]/.test(text[p - 1]!)) return k;
  }
  return 0;
}

/** A verb ending what stands before a bare 公司, which is then its object (掌控公司, 离开公司), not a name's last word. */
const OBJECT_VERB_END =
  /(掌控|控制|寻找|离开|加入|创办|创立|收购|入股|搬离|拥有|持有|接管|负责管理|管理着|经营着|带领|领导|做|当|担任|出任|削弱|损害|拖累|打击|冲击|提振|帮助|伤害)$/;

/**
 * Companies written with a bare 公司 (the longest kind word there: 集团公司, not 集团): [division] + trade name +
 * [industry words] + 公司, read leftwards from the kind word to punctuation, a function word, a clause's verb or
 * another entity's end (约谈了X公司, 对X公司, 县纪委约谈X公司). A kind of firm (科技公司, 涉案公司), a count or
 * determiner (一家公司, 该公司) and an anonymized name (某某科技公司, XX公司) name none. The other company suffixes
 * (有限公司, 电力公司…) are read by `patternOrgs`; this one yields where one of them ends at the same place.
 */
export function bareCompanies(text: string, out: Cand[]): void {
  let walls: Set<number> | null = null;
  for (const kind of BARE_KINDS)
    for (let p = text.indexOf(kind.form); p >= 0; p = text.indexOf(kind.form, p + kind.form.length)) {
      const end = p + kind.form.length;
      const before = text.slice(Math.max(0, p - 4), p);
      if (kind.after.test(before)) continue;
      let kindStart = kind.form === "公司" && before.endsWith("集团") ? p - 2 : p;
      // a Latin gloss between the Chinese name and the kind (战略风险(Strategy Risks)公司): read the name before it
      const gloss = /[(（]([A-Za-z][A-Za-z0-9 .&'-]{1,40})[)）]$/.exec(
        text.slice(Math.max(0, kindStart - 44), kindStart),
      );
      if (gloss && isCjk(text[kindStart - gloss[0].length - 1])) kindStart -= gloss[0].length;
      else if (gloss) continue;
      // a branch's place in brackets between the trade name and the kind (上海甲乙（杭州）律师事务所): the name's own
      const branch = /[(（]([\u4e00-\u9fff]{2,5})[)）]$/.exec(text.slice(Math.max(0, kindStart - 7), kindStart));
      if (
        branch &&
        divisionAt(branch[1]!, 0, null)?.len === branch[1]!.length &&
        isCjk(text[kindStart - branch[0].length - 1])
      )
        kindStart -= branch[0].length;
      walls ??= new Set(
        out.filter((c) => c.ref && c.ref.label !== "Province" && c.ref.label !== "Place").map((c) => c.end),
      );
      let s = leftBoundary(text, kindStart, 14, COMPANY_STOPS, inNameWord);
      for (let k = kindStart - 1; k > s; k--)
        if (walls.has(k)) {
          s = k;
          break;
        }
      s += afterClauseVerb(text.slice(s, kindStart));
      s = trimVerbs(text, s, kindStart);
      // a Latin trade name after Chinese words (认定GM基金会): the name is the Latin run
      const latin = /[\u4e00-\u9fff]([A-Za-z][A-Za-z0-9.-]*)$/.exec(text.slice(s, kindStart));
      if (latin) s = kindStart - latin[1]!.length;
      s = maskedStart(text, s);
      if (partyCut(text, s)) continue;
      let core = text.slice(s, kindStart);
      // (an anonymized firm whose 某 the boundary left out: 某软件设计公司)
      if (text[s - 1] === "某" || unnamedAfterPlace(core)) continue;
      // (a firm of a country or a place told as "one of them": 与该国一公司签署, 当地一公司)
      if (/^(?:该国|该地|当地|本地|国内|境外|海外|国外|外国|国)?一$/.test(core)) continue;
      // (a verb taking the firm as its object, 掌控公司的方向, 寻找公司基地: the company the text is about, no name)
      if (OBJECT_VERB_END.test(core)) continue;
      const verb = verbBeforeShortName(text, core, kind.form);
      if (verb) {
        s += verb;
        core = core.slice(verb);
      }
      // (a place on the net before the firm, 发现网络上公司的余额不足: where, not a name)
      if (/^(?:网络|网上|线上|链上)上?$|[\u4e00-\u9fff]{2}[上里]$/.test(core) && !COMPANY_BY_FORM.has(core)) continue;
      // a firm introduced by 一家 and named again in the text (成立了一家米云科技公司…米云公司): the name after the count
      const counted = firmAfterCount(text, core);
      if (counted) s += core.length - counted.length;
      else if (COUNT_BEFORE.test(core) || !plausibleCompanyCore(core)) continue;
      // (an abbreviation of a thing or a body, ICO公司, SEC公司, unless the lexicon knows a firm by it)
      if (LATIN_NOT_A_FIRM.test(core) && !COMPANY_BY_FORM.has(core.toLowerCase())) continue;
      if (kind.opensAfter && !kind.opensAfter.test(text.slice(Math.max(0, s - 1), s))) continue;
      // a division alone before the kind (北京市数据中心: the city's data centres) names no firm, nor does a country
      // (美国公司: American firms)
      if (divisionAt(core, 0, null)?.len === core.length) continue;
      if (LEX_BY_FORM.get(core.toLowerCase())?.some((e) => e.ref.label === "Country")) continue;
      // (nor does China's, 中国公司: Chinese firms; 中国铝业公司 has a trade's words after it)
      if (/^(?:中国|中资|内地|大陆)$/.test(core)) continue;
      // a kind of firm right before a known firm's name (电动车公司特斯拉): the kind, in apposition
      if (!COMPANY_BY_FORM.has(core.toLowerCase()) && knownFirmAt(text, end)) continue;
      const t = tradeName(core, kind.latinMin);
      // a kind that needs its trade's words (宏利达电修厂, not 水泥厂 or 该厂)
      if (!t || (kind.industry && t.trade.length === core.length - t.address)) continue;
      s += t.address;
      const trade = text.slice(s, kindStart);
      const name = gloss ? trade + kind.form : canonicalParens(text.slice(s, end));
      const known = COMPANY_BY_FORM.get(trade.toLowerCase()) ?? COMPANY_BY_FORM.get(name.toLowerCase());
      const aliases = gloss ? [trade, gloss[1]!] : [];
      out.push(companyCand(s, end, known, { name, aliases, sector: kind.sector }, 3));
    }
}

/**
 * A platform named by a Latin trade name (PlusToken平台, Plus Token平台, VeryHash算力平台, and a scheme by its case or
 * wallet: PlusToken传销案, PlusToken钱包: the schemes, exchanges and hash-power sellers the genre reports on): a Company. A Chinese name before 平台 is too often a kind (交易平台, 投资平台) to be read here.
 */
export function latinPlatforms(text: string, out: Cand[]): void {
  for (const m of text.matchAll(
    /(?<![A-Za-z0-9.-])([A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)?)\s?(?:(?:算力|云算力|矿池)?平台|传销案|传销|骗局|资金盘|钱包)/g,
  )) {
    const name = m[1]!;
    // an acronym of a kind (App, API, P2P, OTC) or a coin's name (USDT, Bitcoin) names none
    if (
      name.length < 4 ||
      /^(App|APP|API|OTC|P2P|ICO|IEO|DeFi|NFT|Web\d?|USDT|BTC|ETH|Bitcoin|Ethereum|IPFS|Token|Crypto)$/i.test(name)
    )
      continue;
    const known = COMPANY_BY_FORM.get(name.toLowerCase()) ?? COMPANY_BY_FORM.get(name.replace(/ /g, "").toLowerCase());
    out.push(companyCand(m.index, m.index + name.length, known, { name, aliases: [], sector: "platform" }, 3));
  }
}

/** Words that make what stands before a branch word a determiner, not the branch's place (各分行, 下属支行). */
const NOT_A_PLACE =
  /^(各|该|本|其|总|所属|下属|辖区|相关|有关|多家|部分|当地|本地|属地|所在地|附近|上级|基层)|[的在和与及对向由是为等了]/;

/** The provinces' short names (陕西, 内蒙古), longest first, for the carriers' provincial companies. */
const PROVINCE_SHORT_NAMES = PROVINCES.map((d) => d.forms.at(-1)!)
  .filter((f) => f.length >= 2)
  .sort((a, b) => b.length - a.length);
/** A carrier's provincial company (陕西移动, 四川电信) and its branch (陕西移动榆林分公司), then what may follow the name. */
const PROVINCIAL_CARRIER = new RegExp(
  `(?:${PROVINCE_SHORT_NAMES.join("|")})(?:移动|联通|电信)(?:[\u4e00-\u9fff]{2,4}?分公司)?(?=分公司|公司|联合|协助|配合|发现|表示|称|已|将|与|和|[、，,。；;])`,
  "g",
);

/**
 * A carrier's provincial company written by the province's short name (陕西移动联合…, 四川电信表示) and a branch of it
 * by its place (陕西移动榆林分公司): a Company named as written (not 移动支付 or 电信诈骗, which no verb or break
 * follows).
 */
export function provincialCarriers(text: string, out: Cand[]): void {
  if (!/移动|联通|电信/.test(text)) return;
  for (const m of text.matchAll(PROVINCIAL_CARRIER))
    out.push(companyCand(m.index, m.index + m[0].length, undefined, { name: m[0], aliases: [], sector: "telecom" }, 6));
}

/**
 * A company's branch written after it (X公司Y分公司, X银行Y分行, X银行Y分行Z支行): a company of its own named by its
 * parent's name + Y + the branch word (lexicon/companies.ts BRANCH_WORDS), Y a division or a short place name of two
 * to four characters (a sub-branch's up to seven, opening with its city: 杭州科技城支行); the parent stays a node as the
 * inner mention. A grid company's county unit (…供电分公司) is
 * read with its suffix by `patternOrgs`.
 */
export function branchCompanies(text: string, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  if (!BRANCH_WORDS.some((w) => text.includes(w))) return out;
  const byEnd = new Map<number, Cand>();
  const keep = (c: Cand): void => {
    const b = byEnd.get(c.end);
    if (!b || c.end - c.start > b.end - b.start) byEnd.set(c.end, c);
  };
  for (const c of cands) if (c.ref?.label === "Company") keep(c);
  if (!byEnd.size) return out;
  const hits: Array<[number, string]> = [];
  for (const w of BRANCH_WORDS)
    for (let p = text.indexOf(w); p >= 0; p = text.indexOf(w, p + w.length)) hits.push([p, w]);
  hits.sort((a, b) => a[0] - b[0]);
  for (const [p, w] of hits) {
    if (w === "分公司" && text.slice(p - 2, p) === "供电") continue;
    for (let len = 2; len <= 7; len++) {
      const parent = byEnd.get(p - len);
      if (!parent) continue;
      const place = text.slice(p - len, p);
      if (!/^[\u4e00-\u9fff]+$/.test(place) || NOT_A_PLACE.test(place)) break;
      // (a sub-branch's name longer than a place's opens with its city: 杭州科技城支行)
      if (len > 4 && (w !== "支行" || !divisionAt(place, 0, null))) break;
      // as written: a known parent written in full (中国电信股份有限公司四川分公司) or by a name (农业银行余杭支行) keeps
      // that form; a bank's two-character name (招行西二旗支行) gives way to the bank's name, the form as written an alias
      const written = canonicalParens(text.slice(parent.start, p + w.length));
      const short = text.slice(parent.start, parent.end) in BANK_SHORT_NAMES;
      const branch: Cand = {
        start: parent.start,
        end: p + w.length,
        ref: newCompany({
          name: short ? parent.ref!.name + text.slice(parent.end, p + w.length) : written,
          aliases: short ? [written] : [],
          sector: parent.ref!.properties.sector as string | null,
        }),
        // over the lexicon's reading of a known company's branch (agencies.ts), which keeps no parent
        priority: 8,
        role: "company",
        inner: [parent],
      };
      out.push(branch);
      keep(branch);
      break;
    }
  }
  return out;
}

/** A state grid company's prefix before its division (国网四川省电力公司, 国家电网江西省电力有限公司). */
const GRID_PREFIX = /^(国网|国家电网)/;

/** The division a chain of divisions starting at `i` ends in (四川省雅安市 → 雅安市), when each step is one division. */
function chainAt(text: string, i: number, end: number): { div: Division; end: number } | null {
  let found = divisionAt(text, i, null);
  if (!found || found.divs.length !== 1 || i + found.len > end) return null;
  let div = found.divs[0]!;
  let j = i + found.len;
  while ((found = divisionAt(text, j, div)) && found.divs.length === 1 && j + found.len <= end) {
    div = found.divs[0]!;
    j += found.len;
  }
  return { div, end: j };
}

/**
 * Where a company is registered, as its name says (企业名称登记管理规定: a name opens with the division of the
 * authority that registered it; a branch's name ends with its own place before 分公司/分行): a LOCATED_IN link on each
 * company candidate naming a division there (鄂尔多斯市X科技有限公司 → 鄂尔多斯市, 国网四川省电力公司 → 四川省,
 * X银行雅安市分行 → 雅安市). Returns new candidates; the others are returned as they are.
 */
export function companyLocations(text: string, chosen: Cand[]): Cand[] {
  return chosen.map((c) => {
    if (c.ref?.label !== "Company" || c.links?.some((l) => l.type === "LOCATED_IN")) return c;
    const span = text.slice(c.start, c.end);
    let div: Division | null = null;
    // a branch's place, right before its branch word
    const branch = BRANCH_WORDS.find((w) => span.endsWith(w));
    if (branch) {
      const at = c.end - branch.length;
      for (let len = 2; len <= 8 && !div; len++) {
        const p = at - len;
        if (p <= c.start) break;
        const chain = chainAt(text, p, at);
        if (chain?.end === at) div = chain.div;
      }
    }
    // else the division opening the name (after a grid company's prefix)
    if (!div) {
      const grid = span.match(GRID_PREFIX)?.[0].length ?? 0;
      const chain = chainAt(text, c.start + grid, c.end);
      // the division is the place, not the whole name (四川 of 四川电力交易中心; not 雅安市 alone)
      if (chain && chain.end < c.end) div = chain.div;
    }
    // or the division in parentheses after the trade name (X（北京）科技有限公司)
    const paren = div ? null : /[(（]([\u4e00-\u9fff]{2,8})[)）]/.exec(span);
    if (paren) {
      const at = c.start + paren.index + 1;
      const chain = chainAt(text, at, at + paren[1]!.length);
      if (chain?.end === at + paren[1]!.length) div = chain.div;
    }
    // or, written by a short name (港交所), the division its full name opens with (香港交易所)
    if (!div && c.ref.name !== span) {
      const chain = chainAt(c.ref.name, 0, c.ref.name.length);
      if (chain && chain.end < c.ref.name.length) div = chain.div;
    }
    if (!div) return c;
    // (and the place's province, as a place named in the text has it)
    return { ...c, links: [...(c.links ?? []), ...divisionLinks(div)] };
  });
}

/**
 * A firm's Latin gloss in brackets right after its name (火币商城(Huobi), 莱比特矿池(BTC.TOP)) glosses that firm, even
 * when the lexicon knows the Latin name as another's (Huobi of 火币): an alias of the name before it, no mention of
 * its own. Returns new candidates.
 */
export function glossedFirms(text: string, chosen: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (const c of chosen) {
    const prev = out.at(-1);
    if (
      prev?.ref?.label === "Company" &&
      c.ref?.label === "Company" &&
      c.ref !== prev.ref &&
      c.ref.name !== prev.ref.name &&
      /^[（(]\s?$/.test(text.slice(prev.end, c.start)) &&
      /^\s?[）)]/.test(text.slice(c.end, c.end + 2)) &&
      /^[A-Za-z][A-Za-z0-9 .-]*$/.test(text.slice(c.start, c.end))
    ) {
      const alias = text.slice(c.start, c.end);
      out[out.length - 1] = { ...prev, ref: { ...prev.ref, aliases: [...new Set([...prev.ref.aliases, alias])] } };
      continue;
    }
    out.push(c);
  }
  return out;
}

/** A registered name with its place of registration in brackets after the brand: 支付宝（中国）网络技术有限公司. */
const BRAND_REGISTERED =
  /^(.{2,12}?)[（(][\u4e00-\u9fff]{2,3}[)）][\u4e00-\u9fff]{0,12}?(?:股份有限|有限责任|有限)公司$/;

/**
 * One firm per brand in a document: a registered name with its place in brackets after the brand (支付宝（中国）网络技术
 * 有限公司) is the firm the text also names by that brand (支付宝), the registered name an alias; alone, it stays a
 * firm of its own. Every candidate's ref and links are moved. Returns new candidates.
 */
export function unifyRegisteredNames(chosen: Cand[]): Cand[] {
  const brands = new Map<string, EntityRef>();
  for (const c of chosen)
    if (c.ref?.label === "Company") for (const f of [c.ref.name, ...c.ref.aliases]) brands.set(f.toLowerCase(), c.ref);
  const moved = new Map<string, EntityRef>();
  for (const c of chosen) {
    const brand = c.ref?.label === "Company" ? c.ref.name.match(BRAND_REGISTERED)?.[1] : undefined;
    const to = brand ? brands.get(brand.toLowerCase()) : undefined;
    if (to && to.name !== c.ref!.name && !moved.has(c.ref!.name))
      moved.set(c.ref!.name, { ...to, aliases: [...new Set([...to.aliases, c.ref!.name, ...c.ref!.aliases])] });
  }
  if (!moved.size) return chosen;
  // (the brand's own candidates take the aliases too, so that every mention carries one ref)
  for (const [, ref] of [...moved]) moved.set(ref.name, ref);
  const swap = (r: EntityRef): EntityRef => (r.label === "Company" ? (moved.get(r.name) ?? r) : r);
  return chosen.map((c) =>
    c.ref?.label !== "Company" && !c.links?.length
      ? c
      : {
          ...c,
          ref: c.ref && swap(c.ref),
          links: relinked(c.links, swap),
        },
  );
}

/**
 * One firm (or measure) per place-led name in a document: a name opening with a division's short form (镇江供电公司,
 * 江苏电力条例) is the one the text also names with the division's full name (镇江市供电公司, 江苏省电力条例), which
 * wins; and a firm's name that another firm's name ends with after divisions or the grid's prefix (江宁区供电公司 of
 * 国网南京市江宁区供电公司) is that firm. The other names become aliases. Returns new candidates (refs are copied).
 */
export function unifyFirmPlaces(chosen: Cand[]): Cand[] {
  const keyOf = (name: string): string | null => {
    const d = divisionAt(name, 0, null);
    return d && d.divs.length === 1 ? `${d.divs[0]!.code}|${name.slice(d.len)}` : null;
  };
  const full = new Map<string, EntityRef>();
  const firms: EntityRef[] = [];
  for (const c of chosen) {
    if (c.ref?.label !== "Company" && c.ref?.label !== "Measure") continue;
    if (c.ref.label === "Company") firms.push(c.ref);
    const k = keyOf(c.ref.name);
    const d = divisionAt(c.ref.name, 0, null);
    if (k && d && c.ref.name.startsWith(d.divs[0]!.name)) full.set(`${c.ref.label}|${k}`, c.ref);
  }
  // the longer firm whose name ends with this one after a prefix of divisions (and 国网)
  const longer = (name: string): EntityRef | undefined =>
    firms.find((f) => {
      if (f.name.length <= name.length || !f.name.endsWith(name)) return false;
      let rest = f.name.slice(0, -name.length).replace(/^(国网|国家电网)/, "");
      for (let d = divisionAt(rest, 0, null); rest && d; d = divisionAt(rest, 0, null)) rest = rest.slice(d.len);
      return rest === "";
    });
  return chosen.map((c) => {
    if (c.ref?.label !== "Company" && c.ref?.label !== "Measure") return c;
    const k = keyOf(c.ref.name);
    const byPlace = k ? full.get(`${c.ref.label}|${k}`) : undefined;
    const to =
      (byPlace && byPlace.name !== c.ref.name ? byPlace : undefined) ??
      (c.ref.label === "Company" ? longer(c.ref.name) : undefined);
    if (!to || to === c.ref || to.name === c.ref.name) return c;
    const old = c.ref;
    const ref = { ...to, aliases: [...new Set([...to.aliases, old.name])] };
    const links = relinked(c.links, (r) => (r === old ? ref : r));
    return { ...c, ref, links };
  });
}

/** The campaigns' leading-group offices a body sets up for itself (互联网金融风险专项整治工作领导小组办公室, 处非办). */
const GROUP_OFFICE = /领导小组办公室$/;

/**
 * A campaign's office written right after a body (人民银行上海总部互金整治办): that body's own office, named by the body
 * and the office's full name (中国人民银行上海总部互联网金融风险专项整治工作领导小组办公室), the body's links its; the
 * body is then no node of its own there. Returns new candidates.
 */
export function bodiesOwnOffices(text: string, chosen: Cand[]): Cand[] {
  const out: Cand[] = [];
  // (links elsewhere naming the office or the body, 《…》's ISSUED from the office before it, name the body's office)
  const moved = new Map<EntityRef, EntityRef>();
  for (let k = 0; k < chosen.length; k++) {
    const a = chosen[k]!;
    const b = chosen[k + 1];
    if (
      !b ||
      a.ref?.label !== "Agency" ||
      b.ref?.label !== "Agency" ||
      b.start !== a.end ||
      GROUP_OFFICE.test(a.ref.name) ||
      !GROUP_OFFICE.test(b.ref.name) ||
      // (an office with its own division, 上海市互金整治办, is the division's, not the body's before it)
      divisionAt(b.ref.name, 0, null)
    ) {
      out.push(a);
      continue;
    }
    const written = text.slice(a.start, b.end);
    const name = a.ref.name + b.ref.name;
    const ref = agencyRef(
      name,
      (a.ref.properties.level as string | undefined) ?? "county",
      written === name ? [] : [written],
    );
    moved.set(a.ref, ref).set(b.ref, ref);
    out.push({
      start: a.start,
      end: b.end,
      ref,
      priority: Math.max(a.priority, b.priority),
      role: "gov",
      links: (a.links ?? []).filter((l) => (l.type === "LOCATED_IN" && !l.from) || l.type === "IN_PROVINCE"),
    });
    k++;
  }
  if (!moved.size) return out;
  const swap = (r: EntityRef): EntityRef => moved.get(r) ?? r;
  return out.map((c) =>
    c.links?.some((l) => (l.from && moved.has(l.from)) || moved.has(l.to))
      ? { ...c, links: relinked(c.links, swap) }
      : c,
  );
}

/**
 * A firm's China arm written as its name and 中国 (火币中国, OKEx中国): a firm of its own, named as written (the firm
 * itself is not mentioned there); not the firm's China market or users (火币中国区, 火币中国用户, 火币中国大陆业务).
 */
export function chinaArms(text: string, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (const c of cands) {
    if (c.ref?.label !== "Company" || text.slice(c.end, c.end + 2) !== "中国") continue;
    if (/^[区大市用业境人内地站]|^(?:银行|人民|证监|政府)/.test(text.slice(c.end + 2, c.end + 4))) continue;
    const name = text.slice(c.start, c.end) + "中国";
    out.push({
      start: c.start,
      end: c.end + 2,
      ref: newCompany({ name, aliases: [], sector: (c.ref.properties.sector as string | null) ?? null }),
      priority: c.priority + 1,
      role: "company",
    });
  }
  return out;
}
