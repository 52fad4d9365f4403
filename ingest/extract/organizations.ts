/** Organizations found by pattern: 国家…委员会, 中国…协会, universities and institutes, companies by suffix, banks. */
import { BANK_CORES, COMPANY_SUFFIXES, GENERIC_COMPANY_CORE } from "../lexicon/companies.js";
import { ACADEMY_INSTITUTES } from "../lexicon/agencies.js";
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
  divisionRef,
  LEX_BY_FORM,
  leftBoundary,
  NAME_STOPS,
  ANNOUNCED,
  glossesPerson,
} from "./shared.js";
import {
  namedCompany,
  companyCand,
  industryOnly,
  BANK_SHORT_NAMES,
  SECTOR_OF,
  GENERIC_BANK,
  CLAUSE_IN_CORE,
  partyPerson,
  trimVerbs,
  COMPANY_STOPS,
  inNameWord,
  placeOpenedTradeName,
  latinFirmName,
  LATIN_NOT_A_FIRM,
  LATIN_REGISTERED,
  GROUP_BEFORE_FIRM,
  divisionWhole,
  plausibleCompanyCore,
  partyCut,
  maskedStart,
  provinceOpenedName,
  canonicalParens,
} from "./company-names.js";
import { unnamedAfterPlace } from "./bare-companies.js";

/** A kind of firm, a name, then a role held in it (矿池X创始人Y, 托管平台X CEO Y). */
const KIND_THEN_ROLE =
  /(交易所|交易平台|托管平台|服务平台|矿池|矿企|矿商|钱包)([\u4e00-\u9fff]{2,6}?) ?(?=的?(?:联合创始人|创始人|创办人|CEO|首席执行官|董事长|总裁|副总裁|总经理|合伙人)(?: )?[\u4e00-\u9fff]{2,3}(?:[，,。；;：:]|表示|称|说|认为|指出|对|介绍|透露|坦言))/g;
/** Words between a firm's kind and a role that name a part or a quality of firms, not one firm (运营, 技术, 官方, 相关). */
const NOT_A_FIRM_BEFORE_ROLE =
  /^(?:运营|技术|官方|相关|有关|业务|项目|市场|行业|国内|海外|中国|全球|头部|大型|知名|主流)|[的和与及等]/;

/** Words that make 国家… a clause rather than a body's name. */
export const NOT_BODY_MIDDLE =
  /(鼓励|支持|要求|推进|加强|落实|贯彻|部署|规定|明确|禁止|严禁|引导|推动|开展|提出|政策|产业|战略|层面|相关|有关|重点|大力|积极|坚决|全面|已经|正在|已|将|把|从|向|以)/;

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
    // (a title set off by spaces after the firm's name, 哈希时代 CEO 郑巡, is no Latin name of it)
    if (/^(?:CEO|CFO|CTO|COO|CIO|CMO|CSO|VP|GM|SVP|EVP)$/.test(m[3]!)) continue;
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
  // a firm named after its kind word and right before a role held in it (矿池X创始人Y, 托管平台X CEO Y, 交易平台X网的
  // 董事长Y): the firm, unless the words between name a part or a kind of it (交易平台运营负责人, 矿池技术总监)
  for (const r of text.matchAll(KIND_THEN_ROLE)) {
    const core = r[2]!;
    if (!plausibleCompanyCore(core) || GENERIC_COMPANY_CORE.test(core) || NOT_A_FIRM_BEFORE_ROLE.test(core)) continue;
    const start = r.index + r[1]!.length;
    out.push(
      companyCand(
        start,
        start + core.length,
        COMPANY_BY_FORM.get(core.toLowerCase()),
        { name: core, aliases: [], sector: null },
        3,
      ),
    );
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

/** Words describing a firm before its kind (老牌交易所, 全球最大的交易所, 头部矿池): no part of a name. */
const DESCRIBED_KIND =
  /^(?:老牌|知名|著名|头部|主流|大型|国际|全球|国内|全球最大|国内最大|最大|第一大|全球第一大|全球领先|领先)的?(?:数字货币|加密货币|虚拟货币|比特币)?(?:交易所|交易平台|矿池|平台)$/;

/** X资本 at a clause's or a list's start, before a role held in a firm (节点资本创始人, 硬币资本的合伙人). */
const CAPITAL_FIRM_BEFORE_ROLE =
  /(?<=^|[、，,。；;：:“"「（(\s和与及])([\u4e00-\u9fff]{2,4}?)资本(?=的?(?:联合创始人|创始人|创办人|(?:创办|创始|管理|执行)?合伙人|CEO|首席执行官|董事长|总裁|老板))/gm;
/** Capital told by its owner or kind, or drawn in, no firm's name (国有资本, 社会资本, 引入外资资本). */
const CAPITAL_KIND =
  /(?:国有|国家|社会|民间|民营|金融|境外|境内|外国|外资|海外|国际|产业|风险|私募|工商|商业)$|^(?:引入|吸引|引进|利用|撬动)/;

export const canonicalAcademic = (name: string): string => {
  const full = name.replace(/^中国社科院|^社科院/, "中国社会科学院").replace(/^中科院/, "中国科学院");
  // an institute of the academy by its short form (中科院计算所): its registered name
  const institute = full.startsWith("中国科学院") ? ACADEMY_INSTITUTES[full.slice(5)] : undefined;
  return institute ? `中国科学院${institute}` : full;
};
