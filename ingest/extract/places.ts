/** Places and the local agencies composed from them: division chains, bare 省/市/区 short forms resolved to the text or the document's locale, bare body lists after 联合/会同. */
import { divisionFromUrl, outletDivision } from "./url-locale.js";
import type { EntityRef } from "../types.js";
import { FREE_SUFFIX_FULL, FREE_SUFFIXES, POLICE_WORDS, REGION_SUFFIXES } from "../lexicon/agencies.js";
import {
  COUNTY_SHORT_FORMS,
  REGION_SHORT_FORMS,
  SHORT_IN_LISTS,
  DIVISION_BY_CODE,
  DIVISION_FORMS,
  DIVISIONS,
  MUNICIPALITIES,
  provinceOf,
  within,
  type Division,
  PROVINCE_ABBREVIATIONS,
} from "../lexicon/divisions.js";
import {
  type Cand,
  CJK,
  balancedQuotes,
  isCjk,
  agencyRef,
  divisionLinks,
  divisionRef,
  divisionOfRef,
  LEX_BY_FORM,
  divisionAt,
  COUNTRY_BEFORE,
  COUNTRY_BY_FORM,
  COUNTRY_STATE_BEFORE,
  LEVEL_OF,
  localAgencyName,
  located,
  suffixAt,
  agencyPrefix,
  NAME_STOPS,
} from "./shared.js";

/**
 * Words after a division name that make it an outlet (北京商报, 萧山网, 江西日报, 香港星岛日报 with the paper's own name
 * between, 香港《文汇报》 with its name in brackets): not a mention of the place.
 */
export const OUTLET_AFTER =
  /^(《[^《》\n]{1,10}(?:报|報|网|網|周刊|週刊|杂志|雜誌)》|(?:[\u4e00-\u9fff]{1,2})?(?:日报|晚报|早报|时报)(?!道)|商报|手机报|电视台|广播电视台|广播电台|新闻网|新闻|融媒体?中心|融媒|[\u4e00-\u9fff]{0,3}客户端|在线(?=$|[\s,，。;；:：”」）)]|记者|讯|消息|报道|\d{1,2}月|\d{1,2}日|发布|发文|刊发|刊文|援引|称)|发布(?=$|[\s,，。;；:：”」）)])|网(?=$|[\s,，。;；:：”」）)])|(?:新浪|搜狐|腾讯|凤凰|网易|人民|新华|中新|央视|东方|财新|和讯)网?(?=$|[\s,，。;；:：讯]))/;

/**
 * Words after a division name that make it no mention of the place: a dateline (北京1月11日电/讯, 北京24日综合外电报导,
 * 香港9月27日 - after a wire's name, （吉隆坡彭博电）, （东京共同社电） with the wire's name and no day), a time zone
 * (香港时间, 北京时间), a street of an address (遵义路18号), the media of a place (香港媒体), a new area named after
 * its city (兰州新区: a zone, no division; its 管委会 is read by townships.ts), the city of an anonymized party in a case's
 * name (上海某公司诉北京某科技公司…纠纷案: the parties are no one the reader can name, nor is their city a subject).
 */
export const NOT_A_PLACE_AFTER =
  /^(\s?(?:\d{1,2}\s?月\s?)?\d{1,2}\s?日\s?(电|讯|综合外电|综合报导|综合报道|[-－—–])|(?:[\u4e00-\u9fff]{1,3}社|彭博|路透|综合)?电(?=[)）])|(?:[\u4e00-\u9fff]{1,3}社|彭博|路透|综合)电(?=\s)|时间|(路|街|大道|大街)\s?\d|媒体|新区(?!管|党|工)|某[^，,。；;\s]{0,14}?诉|某[^，,。；;\s]{0,20}?纠纷案)/;

/** A police unit's name (刑侦大队, 经侦支队, 网安总队). */
const POLICE_UNIT_AFTER_PLACE = /^(刑侦|刑警|经侦|治安|网安|网警|禁毒|交警|特警|巡警|反诈)(总队|支队|大队)/;

/**
 * What follows the capital's bare name when it stands for the central government (北京宣布, 北京严打, 北京当局, 北京政府
 * as the press outside the mainland writes it, 北京5月呼吁,
 * 北京一贯坚持…政策, 北京打压政策, 北京就禁止, 北京2021年以…为由, 北京各机构首次联手, 北京对…的意图, 北京的严厉打压,
 * 北京 5 月份宣布, 北京的最新严打措施, 北京加大力度).
 */
const CAPITAL_FOR_GOVERNMENT =
  /^(?:\s?\d{4}\s?年)?(?:\s?\d{1,2}\s?月份?(?:\d{1,2}日)?)?(?:就|也|已经?|早已|曾|还|则|又|再次|再度|随即|一直)*(宣布|严打|严厉打击|打击|下令|禁止|当局|加大|加强|收紧|出台|重拳|政府(?!采购|网|官网|办公|工作报告|门户)|方面|出手|叫停|欢迎|担心|认为|希望|呼吁|一贯|坚持|奉行|打压|镇压|施压|高层|监管层|各机构|各部门|各部委|对[^，,。]{1,16}?的(?:意图|态度|立场|容忍|打压|打击|监管|担忧|不满|警惕)|的(?:最新|严厉|严格|强力|全面)*(?:严打|打压|打击|禁令|管控|镇压|态度|立场)|以(?![南北东西内外上下])[^，,。]{2,16}为由)/;

/** The words naming a division's police in general (北京警方, 我省公安机关), which no body's table names. */
const POLICE_FORM = new RegExp(`^(${POLICE_WORDS.join("|")})$`);

/** A division's public-security body: a province's is its 公安厅, a municipality's and any lower division's its 公安局. */
const policeBureau = (d: Division): string =>
  d.level === "province" && !MUNICIPALITIES.has(d.name) ? "公安厅" : "公安局";

/** The divisions above (and including) `d`, by level. */
export function levelsOf(d: Division): Map<string, Division> {
  const m = new Map<string, Division>([[d.level, d]]);
  if (d.level === "county" && d.cityCode) {
    const city = DIVISION_BY_CODE.get(d.cityCode);
    if (city) m.set("prefecture", city);
  }
  if (d.level !== "province") m.set("province", provinceOf(d));
  else if (MUNICIPALITIES.has(d.name)) m.set("prefecture", d);
  return m;
}

/**
 * The document's locale from its metadata (title, outlet, author, a government site's address): the most specific
 * division named there, e.g. 萧山网 → 萧山区, 嘉兴市发展和改革委员会 → 嘉兴市, www.yaan.gov.cn → 雅安市. Empty when none
 * is named or two disagree.
 * @example documentLocale({ title: null, outlet: "萧山网" }).get("county")?.name === "萧山区"
 */
export function documentLocale(meta: DocumentMeta | undefined): Map<string, Division> {
  const found: Division[] = [];
  /** Divisions guessed from an outlet's bare name (东方日报 → 东方市?): yield to any other evidence that disagrees. */
  const guessed = new Set<Division>();
  for (const raw of [meta?.title, meta?.outlet, meta?.author]) {
    if (!raw) continue;
    const t = raw.replace(/\s+/g, "");
    // a Hong Kong or Taiwan outlet's masthead (东方日报, 中央社): its region, whatever place its name holds
    const region = raw === meta?.title ? null : outletDivision(t);
    if (region) {
      found.push(region);
      continue;
    }
    let best: Division | null = null;
    for (let i = 0; i < t.length && !best; i++) {
      const first = divisionAt(t, i, null);
      if (!first || first.divs.length !== 1) continue;
      let d = first.divs[0]!;
      let j = i + first.len;
      for (;;) {
        const next = divisionAt(t, j, d);
        if (!next || next.divs.length !== 1) break;
        d = next.divs[0]!;
        j += next.len;
      }
      best = d;
    }
    // an outlet named after a county or district (萧山网, 余杭发布): the bare name + 区/县/市
    const bare = t.match(/^([\u4e00-\u9fff]{2,4}?)(网|发布|日报|新闻|融媒|发改|在线|头条)/)?.[1];
    if (!best && bare)
      for (const suffix of ["区", "县", "市"]) {
        const divs = DIVISION_FORMS.get(bare + suffix) ?? [];
        if (divs.length === 1) {
          best = divs[0]!;
          guessed.add(best);
          break;
        }
      }
    if (best) found.push(best);
  }
  // a government site's address (www.yaan.gov.cn, fgw.ganzhou.gov.cn): url-locale.ts
  const fromUrl = divisionFromUrl(meta?.url);
  if (fromUrl) found.push(fromUrl);
  return agreed(found) ?? agreed(found.filter((d) => !guessed.has(d))) ?? new Map();
}

/** The levels of the most specific of `found` when all agree (lie within one another); null when none or not. */
function agreed(found: Division[]): Map<string, Division> | null {
  if (!found.length) return null;
  const top = [...found].sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level])[0]!;
  return found.every((d) => within(top, d)) ? levelsOf(top) : null;
}
export const LEVEL_RANK: Record<Division["level"], number> = { province: 0, prefecture: 1, county: 2 };

/** The document's locale by level, as the recognisers read it (a Map, or a lazy view of one). */
export type Locale = Pick<Map<string, Division>, "get">;

/**
 * The locale from the metadata, completed from the text (`textLocale`) only when a recogniser first asks for a
 * level the metadata lacks: most articles name their division before its short forms and never pay for the scan.
 */
export function lazyLocale(text: string, meta: Map<string, Division>): Locale {
  let full: Map<string, Division> | null = null;
  return { get: (level) => meta.get(level) ?? (full ??= textLocale(text, meta)).get(level) };
}

const SELF_LEVEL: Record<string, Division["level"]> = { 区: "county", 县: "county", 市: "prefecture", 省: "province" };

/**
 * The locale completed from the text itself: a source or author line (来源：某区人民政府网站) counts as metadata, and
 * an article speaking of itself as 我区/全区/我市/全市/本县 is about the one division of that level it names (the
 * most named, when it names several; a district or county named counts for its city too); a text dated 民国1xx年 is
 * Taiwan's. Levels the metadata already gives are kept.
 * @example textLocale("区发改局召开会议……我区……七里河区", new Map()).get("county")?.name === "七里河区"
 */
export function textLocale(text: string, locale: Map<string, Division>): Map<string, Division> {
  let out = locale;
  if (!out.has("county") || !out.has("prefecture")) {
    const lines = [...text.matchAll(/(?:来源|稿源|作者|发布单位|发布机构|供稿)[:：]\s*([^\n)）]{2,30})/g)].map(
      (m) => m[1]!,
    );
    if (lines.length) {
      const fromLines = documentLocale({ title: null, outlet: lines.join(" "), author: null });
      if (fromLines.size && [...out.values()].every((d) => [...fromLines.values()].some((f) => within(f, d))))
        out = new Map([...fromLines, ...out]);
    }
  }
  // a text dated by the Republic's calendar of these years (民国110年) is Taiwan's
  if (!out.has("province") && /民国\s*1\d\d\s*年/.test(text)) {
    const taiwan = DIVISION_FORMS.get("台湾省")?.find((d) => d.level === "province");
    if (taiwan) out = new Map([...out, ["province", taiwan]]);
  }
  // a report opening with a Hong Kong or Taiwan outlet's byline or dateline ((中央社记者X台北17日电), 【明报专讯】) is
  // that region's, as its masthead in the metadata would say
  if (!out.has("province")) {
    const opening = text.slice(0, 60).match(/^[\s（(【[]*([^\s（）()【】[\]，,。:：]{2,12}?)(?=记者|专讯|讯|电|报道)/);
    const region = opening ? outletDivision(opening[1]!) : null;
    if (region) out = new Map([...out, ["province", region]]);
  }
  const selves = new Set([...text.matchAll(/[我全本]([区县市省])(?![场民值])/g)].map((m) => SELF_LEVEL[m[1]!]!));
  const missing = [...selves].filter((l) => !out.has(l));
  if (!missing.length) return out;
  const counts = new Map<Division, number>();
  for (let i = 0; i < text.length; i++) {
    const d = divisionAt(text, i, null);
    if (!d || d.divs.length !== 1) continue;
    const div = d.divs[0]!;
    if (missing.includes(div.level)) counts.set(div, (counts.get(div) ?? 0) + 1);
    // a district or county named counts for its city too (我市 … 镇江新区 … 镇江本地人: the city is 镇江)
    const city = div.level === "county" && div.cityCode ? DIVISION_BY_CODE.get(div.cityCode) : undefined;
    if (city && missing.includes("prefecture")) counts.set(city, (counts.get(city) ?? 0) + 1);
    i += d.len - 1;
  }
  for (const level of missing) {
    const ranked = [...counts].filter(([d]) => d.level === level).sort((a, b) => b[1] - a[1]);
    if (!ranked.length || (ranked[1] && ranked[1][1] === ranked[0]![1])) continue;
    const top = ranked[0]![0];
    // it must agree with what is known (the district lies in the city of the locale)
    if ([...out.values()].every((d) => within(top, d) || within(d, top))) out = new Map([...levelsOf(top), ...out]);
  }
  return out;
}

/** Document metadata the extractor reads for the locale (Simplified). */
export interface DocumentMeta {
  title: string | null;
  outlet: string | null;
  author?: string | null;
  /** The page's address: a government site's host names its division (url-locale.ts). */
  url?: string | null;
}

/** What joins the bodies of a list (省教育厅和公安厅, 网信办、公安局). */
const LIST_SEPARATOR = /^(、|和|及|与)/;

/** The first characters of the joint-action words (联合, 会同, 联同, 召集) before a list of bare bodies. */
const JOINT_START = "联会召";
/** What before 会同 makes it the verb at a clause's start (牵头，会同, 并会同, 由…会同). */
const JOINT_CLAUSE_BEFORE = /(?:^|[，,；;、：:\n]|牵头|并|将|要|应|需|负责|主动|积极|还|也|同时)\s?$/;
/** A body's last character, then a joint-action word (局会同, 委联合): the word is a verb, whatever name it starts. */
const JOINT_AFTER_BODY = /^[局委厅院所队办部组室处科站庭府行司心关](联合|会同|联同|召集)$/;

/** Each free suffix with its pattern: a free middle part of 2–16 characters right before it (FREE_SUFFIXES). */
const FREE_SUFFIX_AFTER: Array<[string, RegExp]> = FREE_SUFFIXES.map((f) => [
  f,
  // (the subject's quotes may stand inside: X市虚拟货币“挖矿”整治工作领导小组)
  new RegExp(`^((?:${CJK}|[“”]){2,18}?)${f}`),
]);
/** The free suffixes' last characters. */
const FREE_SUFFIX_TAILS = [...new Set(FREE_SUFFIXES.map((f) => f.slice(-1)))];
/** Words of a clause, not a body's name, before a free suffix (十堰市近日召开联席会议, 第二次联席会议). */
const NOT_A_FREE_BODY =
  /[的是在了对将]|学院|大学|学校|公司|集团|召开|举行|成立|组建|建立|组织|印发|发布|第.{1,3}次|近日|日前/;

/**
 * A free middle and a free suffix right at `j` (能耗双控应急 + 指挥部办公室): the body's name after its division (the
 * suffix in full: 金融稳定联席办 is 金融稳定联席会议办公室) and its length; null when none, or when the middle is a clause's (a school's or a firm's office is theirs, no
 * division's: 威海职业学院…领导小组办公室; nor is a clause's verb a name's: 十堰市近日召开联席会议).
 */
function freeBodyAt(text: string, j: number): { name: string; len: number } | null {
  const window = text.slice(j, j + 30);
  // (the suffixes' last characters first: most places name no such body)
  if (!FREE_SUFFIX_TAILS.some((t) => window.includes(t))) return null;
  for (const [f, re] of FREE_SUFFIX_AFTER) {
    const m = window.match(re);
    if (m && !NOT_A_FREE_BODY.test(m[1]!) && balancedQuotes(m[1]!))
      return { name: m[1]! + (FREE_SUFFIX_FULL[f] ?? f), len: m[0].length };
  }
  return null;
}

/** Divisions, chains of divisions, and local agencies composed from them. */
export function divisionsAndLocalAgencies(text: string, out: Cand[], locale: Locale): void {
  const lastByLevel = new Map<string, Division>();
  let lastLocal: { end: number; div: Division } | null = null;
  // the division named last and where its name ends (瑞金市 of 瑞金市市长、市委书记)
  let recent: { end: number; div: Division } | null = null;
  const pending: Array<{ start: number; end: number; div: Division }> = [];
  const branches = [...text.matchAll(/分局/g)].map((m) => m.index!);
  let branchAt = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isCjk(text[i])) continue;
    const ctx = contextualAgency(text, i, lastByLevel, locale, out, lastLocal, recent);
    if (ctx) {
      lastLocal = ctx;
      // 省教育厅和公安厅: bodies listed right after one named by a bare level word are of the same division
      const sep = LIST_SEPARATOR.exec(text.slice(ctx.end, ctx.end + 2));
      if (sep) bareList(text, ctx.end + sep[0].length, ctx.div, out);
    }
    contextualCompany(text, i, lastByLevel, locale, out);
    // 丹徒公安分局, 开平环保分局: a district's branch of a city bureau named by the district's short form
    while (branchAt < branches.length && branches[branchAt]! < i + 4) branchAt++;
    if (branchAt < branches.length && branches[branchAt]! <= i + 8) {
      const branch = districtBranch(text, i, branches[branchAt]!, lastByLevel, locale);
      if (branch) out.push(branch);
    }
    // a list of bare bodies after a joint-action word names bodies of the local agency just before (宿豫区发改局联合网信办、公安局…)
    if (
      lastLocal &&
      i - lastLocal.end <= 40 &&
      JOINT_START.includes(text[i]!) &&
      /^(联合|会同|联同|召集)$/.test(text.slice(i, i + 2))
    ) {
      if (!/[。;；\n]/.test(text.slice(lastLocal.end, i))) bareList(text, i + 2, lastLocal.div, out);
    }
    const first = divisionAt(text, i, null) ?? countyShortBeforeBody(text, i, lastByLevel, locale);
    if (!first) {
      const court = shortCourt(text, i);
      if (court) out.push(court);
      continue;
    }
    // 国内江苏: 内 closes a word (国内, 境内, 省内) and a division starts right after it; 内江 is no city there
    if (text[i] === "内" && /[国境省市区县域以之年期在体海辖]/.test(text[i - 1] ?? "") && divisionAt(text, i + 1, null))
      continue;
    // 美国德州 is Texas: a foreign country right before a division name makes it foreign
    if (COUNTRY_BEFORE.test(text.slice(Math.max(0, i - 6), i))) continue;
    // 美国马利兰州: a foreign state's name ending in a division's (兰州) after its country
    if (text[i + first.len - 1] === "州" && COUNTRY_STATE_BEFORE.test(text.slice(Math.max(0, i - 9), i))) continue;
    // 德州 in a text about the United States that names no Shandong is Texas (得克萨斯州's short name)
    if (first.len === 2 && text.startsWith("德州", i) && texas(text)) continue;
    // 公安局会同县发改局: a division whose name opens with a word of joint action (会同县), right after a body's
    // name, is that word and a bare level (the county's bureau), not the division
    if (JOINT_START.includes(text[i]!) && JOINT_AFTER_BODY.test(text.slice(Math.max(0, i - 1), i + 2))) continue;
    // (and after a clause's start or a lead word, 县经信局牵头，会同县发改局: the verb, unless the document is that
    // county's own)
    if (
      text.startsWith("会同", i) &&
      JOINT_CLAUSE_BEFORE.test(text.slice(Math.max(0, i - 3), i)) &&
      suffixAt(text, i + first.len) &&
      !first.divs.some((d) => locale.get(d.level)?.code === d.code)
    )
      continue;
    // prefer the province/prefecture reading; ambiguous lower divisions need a parent in the chain
    const chain: Array<{ start: number; end: number; div: Division }> = [];
    const pick = (divs: Division[]): Division | null =>
      divs.length === 1 ? divs[0]! : (divs.find((d) => d.level === "province") ?? null);
    // an ambiguous name alone (朝阳区) is the one inside the province or city the text named last or the locale gives
    const around =
      lastByLevel.get("prefecture") ??
      lastByLevel.get("province") ??
      locale.get("prefecture") ??
      locale.get("province");
    const inside = around ? first.divs.filter((d) => d !== around && within(d, around)) : [];
    const named = inside.length ? [] : namedUnder(text, first.divs);
    const d0 = pick(first.divs) ?? (inside.length === 1 ? inside[0]! : named.length === 1 ? named[0]! : null);
    let j = i + first.len;
    if (d0) chain.push({ start: i, end: j, div: d0 });
    else {
      // else, before a body's name, the body as written (朝阳区人民法院: no one division's), located in the place as
      // written, and the level word inside it starts no body of the locale's
      const suf = suffixAt(text, j);
      if (suf && suf.entry.canonical !== "能源监管办公室" && !/^(警方|法院|公安机关)$/.test(suf.form)) {
        const written = { ...first.divs[0]!, key: text.slice(i, j) };
        const end = j + suf.form.length;
        // (located in the place as written, a node of its own with no province: the short form itself is the node)
        const place: EntityRef = {
          label: "Place",
          name: written.key,
          aliases: [],
          properties: { code: null, level: written.level },
        };
        out.push({
          start: i,
          end,
          ref: agencyRef(localAgencyName(written, suf.entry.canonical), LEVEL_OF[written.level]),
          priority: 6,
          role: "gov",
          links: [{ type: "LOCATED_IN", to: place, properties: {} }],
        });
        i = end - 1;
      }
      continue;
    }
    for (;;) {
      const next = divisionAt(text, j, chain.at(-1)!.div);
      if (!next) break;
      const d = pick(next.divs) ?? next.divs[0]!;
      chain.push({ start: j, end: j + next.len, div: d });
      j += next.len;
    }
    const last = chain.at(-1)!.div;
    // 北京宣布, 北京严打, 不受北京欢迎: the capital's name standing for the central government, no mention of the city
    // (not after a word of place or motion: 从北京加大投资, 在北京出台的…)
    const metonym =
      text.slice(i, j) === "北京" &&
      CAPITAL_FOR_GOVERNMENT.test(text.slice(j, j + 30)) &&
      !/[从在去赴来于至往]$/.test(text.slice(Math.max(0, i - 1), i));
    const outlet =
      text.slice(j, j + 16).match(OUTLET_AFTER) ??
      text.slice(j, j + 24).match(NOT_A_PLACE_AFTER) ??
      (metonym ? [""] : null);
    // 平安X: the police's public account (平安通辽) or a campaign (平安中国), no mention of the place
    // X公安 + 官方账号/微博/公众号 (赤峰公安官方账号): the police's account, named after the place, is an outlet too
    const account =
      (text.slice(i - 2, i) === "平安" && !suffixAt(text, j)) ||
      /^公安(官方|官微|微博|微信|公众号|账号|抖音|头条|发布)/.test(text.slice(j, j + 6));
    if (outlet || account) {
      const len = outlet?.[0].length ?? 0;
      out.push({ start: i, end: j + len, ref: null, priority: 9 });
      i = j + len - 1;
      continue;
    }
    recent = { end: j, div: last };
    for (const c of chain) {
      lastByLevel.set(c.div.level, c.div);
      if (c.div.level === "province" && MUNICIPALITIES.has(c.div.name)) lastByLevel.set("prefecture", c.div);
      // (the last city of any level a bare 市 may stand for: a county-level city as well, 赤水市 … 市公安局)
      if (c.div.name.endsWith("市")) lastByLevel.set(CITY, c.div);
    }
    // local agency: chain + suffix
    let agency: Cand | null = null;
    const energy = text.startsWith("能源监管办公室", j)
      ? "能源监管办公室"
      : text.startsWith("能源监管办", j)
        ? "能源监管办"
        : null;
    // 北京法院, 江西法院: the courts of a province or city together; one court's name says its level (北京市高级人民法院)
    // 香港警方, 台湾警方: the region's police in general (its force is 警务处), no body
    // 台湾政府: the island's authorities in general, no body of that name
    const collective = (f: string): boolean =>
      (f === "法院" && last.level !== "county") ||
      (POLICE_FORM.test(f) && REGION_NAME.test(last.name)) ||
      (/政府$/.test(f) && /^台湾/.test(last.name));
    const suf = suffixAt(text, j);
    if (suf && collective(suf.form)) {
      // the division stays a mention of the place; the words after it name no body
      out.push({ start: j, end: j + suf.form.length, ref: null, priority: 1 });
    } else if (suf && !(energy && suf.entry.canonical !== "能源监管办公室")) {
      const s = suf.entry;
      let name: string;
      let level = LEVEL_OF[last.level];
      if (s.canonical === "能源监管办公室") {
        const short = provinceOf(last).forms.at(-1)!;
        name = `国家能源局${short}监管办公室`;
        level = "provincial";
      } else if (POLICE_FORM.test(suf.form) && last.level === "province")
        name = localAgencyName(last, policeBureau(last));
      // a city district's police (唐山开平警方, 北京市朝阳区警方) are the city bureau's branch there (唐山市公安局开平分局)
      else if (POLICE_FORM.test(suf.form) && districtCity(last))
        name = `${localAgencyName(districtCity(last)!, "公安局")}${last.name.slice(0, -1)}分局`;
      // the special administrative regions' and Taiwan's governments are 政府, not 人民政府 (香港特别行政区政府, 台北市政府)
      else if (s.canonical === "人民政府" && REGION_NAME.test(provinceOf(last).name)) name = `${last.name}政府`;
      else name = localAgencyName(last, s.canonical);
      // 中共江西省委(宣传部): the party's name before the division is part of the body's name
      let start = text.startsWith("中共", i - 2) ? i - 2 : text.startsWith("中国共产党", i - 5) ? i - 5 : i;
      // 政协江西省委员会, 中国人民政治协商会议江西省委员会: the consultative conference, not the party committee
      const cppcc = text.slice(Math.max(0, i - 10), i).match(/(中国人民政治协商会议|政协)$/);
      if (s.canonical === "党委员会" && cppcc) {
        name = localAgencyName(last, "政协");
        start = i - cppcc[0].length;
      }
      agency = { start, end: j + suf.form.length, ref: agencyRef(name, level), priority: 6, role: "gov" };
      // (the branch's name as EXTRACTION.md builds it from the district, 开平区公安分局, is its alias)
      if (POLICE_FORM.test(suf.form) && districtCity(last) && last.name.endsWith("区"))
        agency.ref!.aliases = [`${last.name}公安分局`];
    }
    // a police unit written right after its division, its bureau left out (江门开平刑侦大队, 通辽经侦支队): the unit of
    // that division's public-security bureau (a province's 公安厅)
    const unit = suf ? null : text.slice(j, j + 6).match(POLICE_UNIT_AFTER_PLACE);
    if (!agency && unit) {
      agency = {
        start: i,
        end: j + unit[0].length,
        ref: agencyRef(localAgencyName(last, policeBureau(last)) + unit[0], LEVEL_OF[last.level]),
        priority: 6,
        role: "gov",
      };
    }
    const free = agency ? null : freeBodyAt(text, j);
    if (free)
      agency = {
        start: i,
        end: j + free.len,
        ref: agencyRef(agencyPrefix(chain.map((c) => c.div)) + free.name, LEVEL_OF[last.level]),
        priority: 6,
        role: "gov",
      };
    if (agency) {
      agency.links = divisionLinks(last);
      out.push(agency);
      lastLocal = { end: agency.end, div: last };
      // 满洲里市、二连浩特市发展改革委、工业和信息化局: the divisions listed before share the body, and bodies
      // listed after it (、工业和信息化局) belong to each of them
      const listed: Division[] = [];
      for (let k = pending.length - 1, at = i; k >= 0; k--) {
        const q = pending[k]!;
        if (q.end !== at - 1 || !/[、和及与]/.test(text[q.end] ?? "")) break;
        listed.unshift(q.div);
        at = q.start;
        const suf0 = suffixAt(text, j)!;
        out.push({ ...located(q.start, q.end, q.div, localAgencyName(q.div, suf0.entry.canonical)), noAlias: true });
      }
      let p = agency.end;
      for (;;) {
        const sep = LIST_SEPARATOR.exec(text.slice(p, p + 2));
        const suf2 = sep ? suffixAt(text, p + sep[0].length) : null;
        if (!suf2 || suf2.entry.canonical === "人民政府" || suf2.entry.canonical === "能源监管办公室") break;
        const b = p + sep![0].length;
        const e = b + suf2.form.length;
        const main = located(b, e, last, localAgencyName(last, suf2.entry.canonical));
        main.priority = 5;
        main.inner = listed.map((d) => ({
          ...located(b, e, d, localAgencyName(d, suf2.entry.canonical)),
          noAlias: true,
        }));
        out.push(main);
        p = e;
      }
    }
    pending.push(...chain.map((c) => ({ start: c.start, end: c.end, div: c.div })));
    if (pending.length > 8) pending.splice(0, pending.length - 8);
    for (const c of chain) {
      const cand: Cand = { start: c.start, end: c.end, ref: divisionRef(c.div), priority: 3 };
      if (c.div.level !== "province")
        cand.links = [{ type: "IN_PROVINCE", to: divisionRef(provinceOf(c.div)), properties: {} }];
      out.push(cand);
    }
  }
}

/**
 * Characters that make a level word the end of another word (直辖市, 城市, 社区, 辖区, 全省, 外县), or the division an
 * unnamed one (某市水利局: an anonymised body is no node).
 */
export const WORD_BEFORE_LEVEL: Record<string, string> = {
  // 团 of 团市委/团县委: the youth league's committee, not the party's; 省市金融办: every province's and city's body
  市: "辖城都超夜股楼上门县盟各地某区团省",
  区: "治社园城郊辖景片新山牧港特老矿校地湾发营县市各某团",
  省: "本外跨全各地某团",
  // 市县政府, 区县公安局, 旗县: the bodies of every city and county together, no one county's
  县: "郡外本全各地某团市区旗",
  州: "神九市某",
  // 国旗, 红旗, 党旗; 欧盟, 联盟, 加盟: no banner and no league
  旗: "国红彩锦战升军党队校会某",
  盟: "欧联同结加非东某",
};

/**
 * A district's branch of its city's bureau written with the district's two-character short form and the body's
 * (丹徒公安分局, 开平环保分局): 镇江市公安局丹徒分局, 唐山市环境保护局开平分局, when one district of the city the text or
 * locale names (else of all China) has that short form. `at` is where 分局 is written; the body between is a local
 * body's form (公安局, 环保局 → 环境保护局). A city's police branch also goes by the district's full name
 * (丹徒区公安分局, the form EXTRACTION.md builds), kept as an alias.
 */
function districtBranch(
  text: string,
  i: number,
  at: number,
  lastByLevel: Map<string, Division>,
  locale: Locale,
): Cand | null {
  const body = `${text.slice(i + 2, at)}局`;
  const suffix = suffixAt(body, 0);
  if (!suffix || suffix.form !== body || !/局$/.test(suffix.entry.canonical)) return null;
  const short = text.slice(i, i + 2);
  // (in the city or the province the text or its page names: with neither, the one district of that short form in
  // the country is a guess, and 江南分局 of a Jinhua report is no Nanning branch)
  const area =
    lastByLevel.get("prefecture") ?? locale.get("prefecture") ?? lastByLevel.get("province") ?? locale.get("province");
  // (the short form itself is then the node, as written)
  if (!area)
    return COUNTY_SHORT_FORMS.has(short)
      ? { start: i, end: at + 2, ref: agencyRef(text.slice(i, at + 2), "county"), priority: 6, role: "gov" }
      : null;
  const divs = (COUNTY_SHORT_FORMS.get(short) ?? []).filter(
    (d) => d.name.endsWith("区") && d.cityCode && within(d, area),
  );
  const parent = divs.length === 1 ? DIVISION_BY_CODE.get(divs[0]!.cityCode!) : undefined;
  if (!parent) return null;
  const c = located(i, at + 2, divs[0]!, `${localAgencyName(parent, suffix.entry.canonical)}${short}分局`);
  if (suffix.entry.canonical === "公安局") c.ref!.aliases = [`${divs[0]!.name}公安分局`];
  return c;
}

/** Does a name start at i: after a non-CJK character or one of `before` (function words, by default)? */
const atWordStart = (text: string, i: number, before: string = NAME_STOPS): boolean =>
  !isCjk(text[i - 1]) || before.includes(text[i - 1]!);

/** The regions' names (Hong Kong, Macau, Taiwan), whose bodies are not the mainland's kinds. */
const REGION_NAME = /^(香港|澳门|台湾)/;

/** Does the text speak of Texas as 德州: it names the United States or Texas in full, and no Shandong or 德州市? */
function texas(text: string): boolean {
  return /美国|得克萨斯|德克萨斯|Texas/.test(text) && !/山东|德州市|鲁/.test(text);
}

/**
 * Of the divisions sharing a name (朝阳区 of Beijing and of Changchun), the ones the text names somewhere under their
 * city or province (北京市朝阳区): a headline's bare 朝阳区 is the body's 北京市朝阳区.
 */
function namedUnder(text: string, divs: Division[]): Division[] {
  if (divs.length < 2) return [];
  return divs.filter((d) => {
    const province = DIVISION_BY_CODE.get(d.provinceCode);
    const parents = [districtCity(d), d.cityCode ? DIVISION_BY_CODE.get(d.cityCode) : undefined, province];
    return parents.some((p) => p && p !== d && p.forms.some((f) => d.forms.some((g) => text.includes(f + g))));
  });
}

/** The city a district belongs to: its prefecture, or the municipality (北京市) a municipal district lies in. */
function districtCity(d: Division): Division | undefined {
  if (d.level !== "county" || !/区$/.test(d.name)) return undefined;
  const city = d.cityCode ? DIVISION_BY_CODE.get(d.cityCode) : undefined;
  if (city?.level === "prefecture") return city;
  const province = DIVISION_BY_CODE.get(d.provinceCode);
  return province && MUNICIPALITIES.has(province.name) ? province : undefined;
}

/** Bodies a county's short form names alone before them (肇东公安局, 昭苏法院): its state and party bodies. */
const SHORT_FORM_BODIES = /^(公安局|人民法院|法院|人民检察院|检察院|人民政府|政府|县委|市委|发改局|供电局)/;
const SHORT_FORM_BODY_FIRST = new Set("公人法检政县市发供");

/**
 * A county's two-character short form right before one of its bodies' names (与肇东公安局联合出警): the county, when
 * the short form names one county, or one in the province the text or the locale names. Only at a word's start (after
 * punctuation or a function word), so the two characters end no other word.
 */
function countyShortBeforeBody(
  text: string,
  i: number,
  lastByLevel: Map<string, Division>,
  locale: Locale,
): { len: number; divs: Division[] } | null {
  // (called at most characters: the cheap test of the body's first character comes first)
  if (!SHORT_FORM_BODY_FIRST.has(text[i + 2]!)) return null;
  const all = COUNTY_SHORT_FORMS.get(text.slice(i, i + 2));
  if (!all || !SHORT_FORM_BODIES.test(text.slice(i + 2, i + 7)) || !atWordStart(text, i)) return null;
  const province = lastByLevel.get("province") ?? locale.get("province");
  const divs = all.length === 1 ? all : all.filter((d) => province && within(d, province));
  return divs.length === 1 ? { len: 2, divs } : null;
}

/**
 * A court named by a short place name several divisions share (朝阳法院: 朝阳区 of Beijing or Changchun, 朝阳市), at a
 * word's start: the court as written, no one division's (a basic court the document names in full, 朝阳区人民法院, is
 * the same court: unifyTitles in index.ts).
 */
function shortCourt(text: string, i: number): Cand | null {
  if (text[i + 2] !== "法" || text[i + 3] !== "院") return null;
  const short = text.slice(i, i + 2);
  if (!SHORT_IN_LISTS.has(short) || !atWordStart(text, i)) return null;
  return { start: i, end: i + 4, ref: agencyRef(`${short}法院`, "county"), priority: 5, role: "gov" };
}

/** 各 + level words listed with 、 before a bare level word (各市、县、自治县…): every division of those levels. */
const ADDRESSEE_LEVELS =
  /各(?:[省市县区州旗盟]|自治[区州县])(?:[（(][市县区、]+[)）])?(?:、(?:[省市县区州旗盟]|自治[区州县]))*、(?:自治)?$/;

/** Words before a bare level word that make its body each case's own (相关市发改委, 所在区金融办). */
const DISTRIBUTIVE_BEFORE = /(相关|有关|所在|当地|属地)$/;

/** The first characters of a contextual agency: 国 of 国家、, and the bare level words (自 of 自治区/州/县). */
const CONTEXT_START = "国自省市州县区旗盟";

/** The level a bare 省/市/州/县/区 prefix refers to. */
export const BARE_LEVEL: Record<string, Division["level"]> = {
  省: "province",
  自治区: "province",
  市: "prefecture",
  州: "prefecture",
  县: "county",
  区: "county",
  // Inner Mongolia's levels (a 盟 is a prefecture, a 旗 a county) and the autonomous prefectures and counties
  盟: "prefecture",
  旗: "county",
  自治州: "prefecture",
  自治县: "county",
};

/** The key under which the last city of any level named is kept beside the levels' (see bareDivision). */
const CITY = "city";

/**
 * The division a bare level word stands for: the last one of its level the text named, else the locale's. A bare 市
 * is the last city the text named, a county-level city as well (赤水市召开会议，市公安局…), and in a county-level
 * city's document (its title, outlet, address) that city.
 */
function bareDivision(
  bare: string,
  level: Division["level"],
  lastByLevel: Map<string, Division>,
  locale: Locale,
): Division | null {
  const byLevel = lastByLevel.get(level) ?? locale.get(level) ?? null;
  if (bare !== "市") return byLevel;
  const last = lastByLevel.get(CITY);
  if (last && last.level !== "county") return last;
  // a county-level city, the last named or the locale's own, unless the locale is a prefecture it lies in (我市 … 宜兴市
  // … 市供电公司: 我市 is the prefecture the text speaks as)
  const county = locale.get("county");
  const countyCity = last ?? (county?.name.endsWith("市") ? county : null);
  if (countyCity && (!locale.get("prefecture") || county === countyCity)) return countyCity;
  return byLevel;
}

/**
 * 省发改委, 市经信局, 区委网信办: a bare level word + a body suffix names the agency of the division of that
 * level last mentioned in the article, else of the document's locale (title, outlet); with neither, the
 * short form itself is the node (never a guessed division, and never the national 发改委).
 * 省、市发改委 names both levels' bodies. Returns the division used, for the bare lists that follow.
 */
export function contextualAgency(
  text: string,
  i: number,
  lastByLevel: Map<string, Division>,
  locale: Locale,
  out: Cand[],
  lead: { end: number; div: Division } | null = null,
  recent: { end: number; div: Division } | null = null,
): { end: number; div: Division } | null {
  // called at every CJK character: only 国 (国家、) and the level words can start one
  if (!CONTEXT_START.includes(text[i]!)) return null;
  // 国家、省发改委: the national body of the same name (国家发改委), when the lexicon knows it
  if (text.startsWith("国家、", i) && BARE_LEVEL[text[i + 3]!]) {
    const suf = suffixAt(text, i + 4);
    const national = suf && LEX_BY_FORM.get(`国家${suf.form}`)?.find((e) => e.ref.label === "Agency");
    if (national) out.push({ start: i, end: i + 2, ref: national.ref, priority: 2, role: "gov" });
    return null;
  }
  const bare = text[i] === "自" ? text.slice(i, i + 3) : text[i]!;
  const level = BARE_LEVEL[bare];
  if (!level) return null;
  // the level word ending another word (直辖市, 城市, 社区, 园区, 开发区, 全省) is no bare prefix
  // the bare level and the body after it name no one body: a blocking span over both (no candidate is made)
  const noBody = (): null => {
    const suf0 = suffixAt(text, i + bare.length);
    if (suf0) out.push({ start: i, end: i + bare.length + suf0.form.length, ref: null, priority: 1 });
    return null;
  };
  // 各盟市发展改革委: a generic body of those divisions, not the national one the bare form would name
  if (i > 0 && WORD_BEFORE_LEVEL[bare]?.includes(text[i - 1]!)) return noBody();
  // 相关市发改委, 注册地所在区金融办: the body of whichever division each case concerns, no one body
  if (DISTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, i - 2), i))) return noBody();
  // 各市、县、自治县发展改革委: the bodies of every division of those levels (a notice's addressees), no one body
  if ((text[i - 1] === "、" || text[i - 1] === "治") && ADDRESSEE_LEVELS.test(text.slice(Math.max(0, i - 16), i)))
    return noBody();
  // 州 after a name's character ends that place's name (定州警方, a city the divisions data may not know): bare only
  // after a separator, a connective, a word pointing back or a verb taking the body as its object (该旗发改局, 本州,
  // 从州公安局, 给予盟发改委…科长, 责令旗能源局, 督促州公安局)
  // (and so do a banner's and a league's: 旗, 盟)
  if (
    (bare === "州" || bare === "旗" || bare === "盟") &&
    i > 0 &&
    isCjk(text[i - 1]) &&
    !/[、和及与在由对向经将被同合集该本从据到至予给令求请促导助]/.test(text[i - 1]!)
  )
    return null;
  const j = i + bare.length;
  // 省、市发改委: the first level shares the body of the second
  const coord = text[j] === "、" && BARE_LEVEL[text[j + 1]!] ? text[j + 1]! : null;
  const sj = coord ? j + 2 : j;
  const suf = suffixAt(text, sj);
  // (a bare level word opening a clause, then a free middle and a group's or a headquarters' office: 自治区能耗双控应急
  // 指挥部办公室, the locale's)
  if (!suf && !coord && !isCjk(text[i - 1])) {
    const free = freeBodyAt(text, sj);
    const div = free && bareDivision(bare, level, lastByLevel, locale);
    if (!free || !div || REGION_NAME.test(div.name)) return null;
    const end = sj + free.len;
    const ref = agencyRef(agencyPrefix([div]) + free.name, LEVEL_OF[div.level]);
    out.push({
      start: i,
      end,
      ref: { ...ref, aliases: [text.slice(i, end)] },
      priority: 2,
      role: "gov",
      links: divisionLinks(div),
    });
    return { end, div };
  }
  if (!suf || suf.entry.canonical === "能源监管办公室") return null;
  const s = suf.entry;
  // 龙南市委宣传部、市委网信办: a bare level word listed right after a body of a division whose name ends in that word
  // (a county-level city's 市) is that division again, whatever its level
  const listed = lead && lead.end === i - 1 && /[、和及与]/.test(text[i - 1]!) && lead.div.name.endsWith(bare);
  // 瑞金市市长、市委书记: a bare level word in a list of titles held in a county-level city is that city
  const titled =
    recent &&
    recent.div.level === "county" &&
    recent.div.name.endsWith(bare) &&
    /^[\u4e00-\u9fff]{1,6}、$/.test(text.slice(recent.end, i));
  const found =
    (listed ? lead.div : null) ?? (titled ? recent.div : null) ?? bareDivision(bare, level, lastByLevel, locale);
  // (Hong Kong, Macau and Taiwan have no 省/市 bodies of the mainland's kinds: a bare level word there is no one's)
  const div = found && REGION_NAME.test(found.name) ? null : found;
  const end = coord ? i + 1 : sj + suf.form.length;
  if (!div) {
    // locale unclear: the short form itself names the node
    const short = coord ? bare + suf.form : text.slice(i, end);
    out.push({ start: i, end, ref: agencyRef(short, LEVEL_OF[level]), priority: 2, role: "gov" });
    return null;
  }
  // (省公安机关, 我省警方: the province's police is its 公安厅)
  const police = POLICE_FORM.test(suf.form) && div.level === "province";
  const c: Cand = {
    start: i,
    end,
    ref: agencyRef(localAgencyName(div, police ? policeBureau(div) : s.canonical), LEVEL_OF[div.level]),
    priority: 2,
    role: "gov",
  };
  c.links = divisionLinks(div);
  out.push(c);
  return { end, div };
}

/**
 * 省能源投资集团有限责任公司 in a list or at a clause's start: a firm of the province (or city) last named or of the
 * locale, named in full (四川省能源投资集团有限责任公司); the written form is an alias. Unknown division: the written
 * form stays the node (the company pattern's).
 */
const BARE_COMPANY =
  /^(?:[\u4e00-\u9fff]{2,12}?(集团有限责任公司|集团有限公司|股份有限公司|有限责任公司|有限公司)|供电公司|供电分公司|供电局)/;
/** Verbs after which a bare 市/县 company starts (专案组会同市供电公司). */
const VERB_BEFORE_BARE = /(会同|联合|通知|要求|协调|配合|拒绝|向|与|和|及)$/;
/** The last characters of those verbs: the cheap test before the pattern. */
const VERB_LAST = "同合知求调绝向与和及";
export function contextualCompany(
  text: string,
  i: number,
  lastByLevel: Map<string, Division>,
  locale: Locale,
  out: Cand[],
): void {
  const bare = text[i]!;
  if (bare !== "省" && bare !== "市" && bare !== "县" && bare !== "区") return;
  const prev = text[i - 1] ?? "";
  if (prev && isCjk(prev) && !(VERB_LAST.includes(prev) && VERB_BEFORE_BARE.test(text.slice(Math.max(0, i - 2), i))))
    return;
  // 市、县供电局: the offices of every level together, no one company
  if (prev === "、" && BARE_LEVEL[text[i - 2] ?? ""]) return;
  const m = text.slice(i + 1, i + 24).match(BARE_COMPANY);
  if (!m || /[的是在了对将和与及、]/.test(m[0])) return;
  const level = BARE_LEVEL[bare]!;
  const div = bareDivision(bare, level, lastByLevel, locale);
  const end = i + 1 + m[0].length;
  if (!div) return;
  const name = div.name + m[0];
  out.push({
    start: i,
    end,
    ref: {
      label: "Company",
      name,
      aliases: [bare + m[0]],
      properties: { sector: /^供电/.test(m[0]) ? "utility" : null },
    },
    priority: 4,
    role: "company",
  });
}

/** Bare body names listed from `p` (网信办、公安局、工信局和市场监管局), each of division `div`. */
export function bareList(text: string, p: number, div: Division, out: Cand[]): void {
  for (;;) {
    const suf = suffixAt(text, p);
    if (!suf || suf.entry.canonical === "能源监管办公室" || suf.entry.canonical === "人民政府") return;
    const end = p + suf.form.length;
    out.push({
      start: p,
      end,
      ref: agencyRef(localAgencyName(div, suf.entry.canonical), LEVEL_OF[div.level]),
      priority: 2,
      role: "gov",
      links: [{ type: "LOCATED_IN", to: divisionRef(div), properties: {} }],
    });
    const sep = text.slice(end, end + 2).match(/^(、|和|及|与|以及)/);
    if (!sep) return;
    p = end + sep[0].length;
  }
}

/** What stands after a place of a list: the next item, or the words closing a list of places (等地, 一带, 地区). */
const LIST_GOES_ON = /^(?:[、和及与]|等地|等偏远|等[\u4e00-\u9fff]{0,4}地区|等县|等市|地区|一带|境内)/;
/** The first characters of LIST_GOES_ON: a short place of a list ends right before one of them. */
const LIST_GOES_ON_FIRST = /[、和及与等地一境]/g;
/** What may stand before a place of a list: the previous item, or the words opening one (比如, 包括, 位于). */
const LIST_OPENS = /(?:^|[^\u4e00-\u9fff]|[、和及与如括在到于至从])$/;

/**
 * Taiwan's and Hong Kong's divisions by their short forms (台北出现…, 在湾仔拘捕) in a document of that region, at a
 * word's start (after punctuation, a line's start or a preposition). Pushes the candidates (low priority).
 */
export function regionShortPlaces(text: string, out: Cand[], locale: Locale): void {
  const region = locale.get("province");
  if (!region || !/^(台湾|香港)/.test(region.name)) return;
  for (const [short, div] of REGION_SHORT_FORMS) {
    if (div.provinceCode !== region.code) continue;
    for (let p = text.indexOf(short); p >= 0; p = text.indexOf(short, p + short.length)) {
      const after = text[p + short.length];
      // (nor a byline's place: 台北报导, 香港讯)
      if (
        !atWordStart(text, p, REGION_PLACE_BEFORE) ||
        after === "市" ||
        after === "县" ||
        after === "区" ||
        /^(报导|报道|讯|电|综合报导)/.test(text.slice(p + short.length, p + short.length + 4))
      )
        continue;
      out.push(divisionMention(p, p + short.length, div, 3));
    }
  }
}
/** What may stand right before a region's place named short: a preposition or a list word. */
const REGION_PLACE_BEFORE = "在于到从赴往至、和及与经由";

/**
 * The short forms of counties and prefectures matched nowhere else (汶川, 康定, 雅安: SHORT_IN_LISTS), written in a list
 * of places (比如汶川等地, 雅安、康定等偏远地区) of a province the text names (or names a place of) or the locale
 * gives: the one division of that province with that short form. Another item of the list must be a place too, or
 * the list be closed by 等地 / 地区 / 一带. Pushes the candidates (low priority: any longer name wins).
 */
export function listedShortPlaces(text: string, out: Cand[], locale: Locale): void {
  const provinces = new Set<string>();
  for (const c of out) if (c.ref?.label === "Province") provinces.add(c.ref.name);
  // (and the provinces of the places it names: 在仙桃、武汉两地 is in 湖北, 武汉's province)
  for (const c of out) {
    const d = c.ref?.label === "Place" ? divisionOfRef(c.ref) : undefined;
    if (d) provinces.add(provinceOf(d).name);
  }
  const local = locale.get("province");
  if (local) provinces.add(local.name);
  if (!provinces.size) return;
  const items: Array<{ start: number; end: number; div: Division }> = [];
  for (const after of text.matchAll(LIST_GOES_ON_FIRST)) {
    const i = after.index - 2;
    if (i < 0) continue;
    const divs = SHORT_IN_LISTS.get(text.slice(i, i + 2));
    if (!divs) continue;
    const inNamed = divs.filter((d) => provinces.has(provinceOf(d).name));
    if (inNamed.length !== 1 || !LIST_OPENS.test(text.slice(Math.max(0, i - 1), i))) continue;
    if (!LIST_GOES_ON.test(text.slice(i + 2, i + 12))) continue;
    items.push({ start: i, end: i + 2, div: inNamed[0]! });
  }
  const placeEnds = new Set(out.filter((c) => c.ref?.label === "Place").map((c) => c.end));
  const placeStarts = new Set(out.filter((c) => c.ref?.label === "Place").map((c) => c.start));
  const itemAt = new Set(items.flatMap((x) => [x.start, x.end]));
  for (const x of items) {
    // (a list that goes on after it needs a place as the next item; one closed by 等地/地区 needs none)
    const goesOn = /[、和及与]/.test(text[x.end] ?? "");
    const prevSep = /[、和及与]/.test(text[x.start - 1] ?? "") ? x.start - 1 : -1;
    const neighbour =
      (goesOn && (itemAt.has(x.end + 1) || placeStarts.has(x.end + 1))) ||
      (prevSep >= 0 && (itemAt.has(prevSep) || placeEnds.has(prevSep)));
    if (neighbour || !goesOn) out.push(divisionMention(x.start, x.end, x.div, 1));
  }
}

/**
 * The short forms of prefectures that are also common words (台州, 雅安, 金华: SHORT_IN_LISTS), alone anywhere in a
 * text that writes the city's full name too (浙江省台州市… 这是台州史上…): that city. Pushes the candidates (low
 * priority: any longer name wins).
 */
export function namedInFullShortPlaces(text: string, out: Cand[]): void {
  for (const [short, city] of AMBIGUOUS_CITIES) {
    if (!text.includes(short) || !text.includes(city.name)) continue;
    for (let i = text.indexOf(short); i >= 0; i = text.indexOf(short, i + short.length))
      if (text[i + short.length] !== "市") out.push(divisionMention(i, i + short.length, city, 1));
  }
}
/**
 * The short forms of SHORT_IN_LISTS (雅安, 吉安, 普洱) written right after their own province's name (四川雅安, 江西吉安,
 * 云南普洱茶区): the one division of that province with that short form. Pushes the candidates (a longer name wins;
 * over the county a province's chain of short forms reads, 江西吉安 → 吉安县, the prefecture).
 */
export function provinceNamedShortPlaces(text: string, out: Cand[]): void {
  const found: Cand[] = [];
  for (const c of out) {
    if (c.ref?.label !== "Province") continue;
    const province = divisionOfRef(c.ref);
    const divs = province ? SHORT_IN_LISTS.get(text.slice(c.end, c.end + 2)) : undefined;
    const own = divs?.filter((d) => provinceOf(d).code === province!.code) ?? [];
    // (a prefecture and a county of the same short form, 吉安市 and 吉安县: the prefecture, as the press writes it)
    const cities = own.filter((d) => d.level === "prefecture");
    const one = own.length === 1 ? own[0] : cities.length === 1 ? cities[0] : undefined;
    if (one) found.push(divisionMention(c.end, c.end + 2, one, 4));
  }
  out.push(...found);
}

/** The short forms of SHORT_IN_LISTS that stand for exactly one prefecture, with it (read once, not per document). */
const AMBIGUOUS_CITIES: Array<[string, Division]> = [...SHORT_IN_LISTS].flatMap(([short, divs]) => {
  const cities = divs.filter((d) => d.level === "prefecture");
  return cities.length === 1 ? [[short, cities[0]!] as [string, Division]] : [];
});

/**
 * The one-character names of provinces (京, 沪, 川, 港) that only these stand for, by code; the ones that are also common
 * words or open common words after 在 (晋升, 苏醒, 黑, 新, 台, 云, 青, 宁, 吉, 甘, 蒙, 辽, 藏, 贵, 桂林, 琼海) are left out.
 */
const ONE_CHARACTER_PROVINCES = new Map<string, string>([
  ["京", "11"],
  ["津", "12"],
  ["冀", "13"],
  ["沪", "31"],
  ["皖", "34"],
  ["闽", "35"],
  ["赣", "36"],
  ["鲁", "37"],
  ["豫", "41"],
  ["鄂", "42"],
  ["湘", "43"],
  ["粤", "44"],
  ["渝", "50"],
  ["川", "51"],
  ["黔", "52"],
  ["滇", "53"],
  ["陕", "61"],
  ["港", "81"],
]);
/**
 * A province by its one-character name after a verb of being or going there (在京机构, 来港上市, 在川企业, 赴沪): a mention
 * of the province, unless the character opens a word of its own (京东, 港口, 港股, 沪市, 川流, 湘江, 港交所) or a region
 * of several (川滇, 京津冀, 川渝).
 */
const ONE_CHARACTER = [...ONE_CHARACTER_PROVINCES.keys()].join("");
const ONE_CHARACTER_PLACE = new RegExp(
  `(?<=[在来赴驻])([${ONE_CHARACTER}])(?!交所|[东口股元币府市深指城剧澳台湾商区江流人菜${ONE_CHARACTER}藏桂琼浙苏])`,
  "g",
);

export function oneCharacterProvinces(text: string, out: Cand[]): void {
  for (const m of text.matchAll(ONE_CHARACTER_PLACE)) {
    // (the verb is no part of another word: 现在京东…, 未来港股… are other words)
    if (/^(?:[现存实好]在|[未原本后将往近以外带出起进回从向]来)$/.test(text.slice(Math.max(0, m.index - 2), m.index)))
      continue;
    const div = DIVISION_BY_CODE.get(ONE_CHARACTER_PROVINCES.get(m[1]!)!);
    if (div) out.push(divisionMention(m.index, m.index + 1, div, 1));
  }
}

/**
 * Provinces listed by their one-character names and counted (云、贵、川三省, 苏浙皖三省, 京津冀三省市, 川滇黔等省份): each a
 * mention of its province (lexicon/divisions.ts PROVINCE_ABBREVIATIONS, 黔 and 贵 alike). The count, which must be the
 * list's length, or 等 is what makes provinces of characters that are common words elsewhere (云, 新, 宁); a region
 * named without one (川渝地区, 江浙沪) is left.
 */
const ABBREVIATION = `[${[...PROVINCE_ABBREVIATIONS.keys()].join("")}]`;
const COUNTED_ABBREVIATIONS = new RegExp(
  `(${ABBREVIATION}(?:、?${ABBREVIATION}){1,7})(?:(等)(?:[两二三四五六七八九十]个?)?|([两二三四五六七八九十])个?)(?:省份|省区|省市|省)`,
  "g",
);
const COUNTS = "一二三四五六七八九十";

export function countedProvinceAbbreviations(text: string, out: Cand[]): void {
  for (const m of text.matchAll(COUNTED_ABBREVIATIONS)) {
    // (each character with where it stands and its province's code; the 、 between them are none)
    const listed = [...m[1]!].flatMap((c, i) => {
      const code = PROVINCE_ABBREVIATIONS.get(c);
      return code ? [{ at: m.index + i, code }] : [];
    });
    const count = m[3] === "两" ? 2 : COUNTS.indexOf(m[3] ?? "") + 1;
    if (!m[2] && count !== listed.length) continue;
    if (new Set(listed.map((x) => x.code)).size !== listed.length) continue;
    for (const { at, code } of listed) out.push(divisionMention(at, at + 1, DIVISION_BY_CODE.get(code)!, 4));
  }
}

/** The states the press names by one character (在美上市, 中美争端); 加 and 澳 are left: they open too many words. */
const ONE_CHARACTER_COUNTRIES: Record<string, string> = {
  美: "美国",
  日: "日本",
  英: "英国",
  韩: "韩国",
  俄: "俄罗斯",
  德: "德国",
};
/**
 * A state by its one character after a verb of being or going there (在美上市, 赴美, 驻日), or as China's counterpart
 * in a pair (中美争端, 中俄贸易; not 集中, 其中, 空中 before it): a mention of the country, unless the character opens a
 * word of its own (美元, 美化, 日常, 日前, 英文, 美股; 日本 and 德国 are read whole by the lexicon).
 */
const ONE_CHARACTER_COUNTRY =
  /(?<=[在赴驻]|(?<![集其空高居正途心手家在之当])中)([美日英韩俄德])(?![元金股媒方国本期前后子常文语军术化好丽观食容益均内报渐夜镑雄才韩俄德日美英])/g;

export function oneCharacterCountries(text: string, out: Cand[]): void {
  for (const m of text.matchAll(ONE_CHARACTER_COUNTRY)) {
    const ref = COUNTRY_BY_FORM.get(ONE_CHARACTER_COUNTRIES[m[1]!]!);
    // (现在美… and 存在美… are other words: the verb is no part of one)
    if (!ref || /^[现存实好所]在$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    out.push({ start: m.index, end: m.index + 1, ref, priority: 1 });
  }
  // a list of states by one character each after a verb of being or going there (在美、加、澳洲等地, 赴英、法、德): each
  // one, 加 and 澳 too, when another state closes the list
  for (const m of text.matchAll(ONE_CHARACTER_LIST)) {
    const at = m.index + 1;
    const run = m[1]!;
    const after = text.slice(at + run.length, at + run.length + 6);
    const closing = ONE_CHARACTER_LISTED[after[0]!] && /^.[等和及、地国两]/.test(after) ? 1 : 0;
    if (!closing && !COUNTRY_NAMES.some((n) => after.startsWith(n))) continue;
    for (let k = 0; k < run.length + closing; k++) {
      const ref = COUNTRY_BY_FORM.get(ONE_CHARACTER_LISTED[text[at + k]!] ?? "");
      if (ref) out.push({ start: at + k, end: at + k + 1, ref, priority: 1 });
    }
  }
}

/** The states a list names by one character each (the pair's and the counterpart's, and 加, 澳, 法 in a list only). */
const ONE_CHARACTER_LISTED: Record<string, string> = {
  ...ONE_CHARACTER_COUNTRIES,
  加: "加拿大",
  澳: "澳大利亚",
  法: "法国",
};
const ONE_CHARACTER_LIST = /[在赴驻到往]((?:[美日英韩俄德加澳法]、){1,5})/g;
/** The countries' names of two characters or more (what may close a list of one-character states: 在美、加、澳洲). */
const COUNTRY_NAMES = [...COUNTRY_BY_FORM.keys()].filter((n) => n.length >= 2);

/** A division's mention over [start, end), with its IN_PROVINCE when it is below a province. */
export function divisionMention(start: number, end: number, div: Division, priority: number): Cand {
  const c: Cand = { start, end, ref: divisionRef(div), priority };
  if (div.level !== "province")
    c.links = [{ type: "IN_PROVINCE", from: divisionRef(div), to: divisionRef(provinceOf(div)), properties: {} }];
  return c;
}

/** What follows a division speaking of itself as the one acting (我区据此对…, 我县已关停…, 我市印发…). */
const SELF_ACTS =
  /^(?:据此|随即|立即|及时|已经?|还|也|先后|再次|共同|专门|依法|\d{1,2}月\d{1,2}日?)*(?:对|向|制定|印发|出台|下发|关停|关闭|约谈|查处|召开|做出|作出|责令)/;

/**
 * A document's division speaking of itself (我区, 我县, 我市, 我省, 我旗; 我区 of an autonomous region too), when the
 * locale gives the division of that level: a mention of the division, or, as the subject of an act (我区对X做出关停
 * 的决定), its people's government acting. Pushes the candidates.
 */
export function selfReferences(text: string, out: Cand[], locale: Locale): void {
  for (const m of text.matchAll(/我(区|县|市|省|旗)(?![场民值内外])/g)) {
    const word = m[1]!;
    const county = locale.get("county");
    const province = locale.get("province");
    const div =
      word === "省"
        ? province
        : word === "市"
          ? (locale.get("prefecture") ?? (county?.name.endsWith("市") ? county : undefined))
          : county?.name.endsWith(word)
            ? county
            : word === "区" && province?.name.endsWith("自治区")
              ? province
              : undefined;
    if (!div || (word === "省" && !div.name.endsWith("省"))) continue;
    const start = m.index;
    const end = start + 2;
    if (
      SELF_ACTS.test(text.slice(end, end + 24)) &&
      (start === 0 || !isCjk(text[start - 1]) || /[日年]/.test(text[start - 1]!))
    ) {
      out.push(located(start, end, div, localAgencyName(div, "人民政府")));
      continue;
    }
    out.push(divisionMention(start, end, div, 3));
  }
  // Hong Kong's and Macau's papers call their region 本港, 本澳 (本港银行, 提请本澳所有银行); 本港口 is a port
  for (const m of text.matchAll(/本(港|澳)(?![口区务湾])/g)) {
    const div = divisionAt(m[1] === "港" ? "香港" : "澳门", 0, null)?.divs.find((d) => d.level === "province");
    if (div) out.push(divisionMention(m.index, m.index + 2, div, 3));
  }
}

/**
 * A division's own association (浙江省支付清算协会, 深圳市互联网金融协会): the division, its field, 协会, written
 * together; an Agency located in the division (an official association, as EXTRACTION.md counts them). Pushes the
 * candidates; the longer span wins over a national association's short form inside it (支付清算协会).
 */
export function localAssociations(text: string, out: Cand[]): void {
  for (const m of text.matchAll(/协会/g)) {
    const end = m.index + 2;
    for (let start = Math.max(0, m.index - 16); start <= m.index - 4; start++) {
      const d = divisionAt(text, start, null);
      if (!d || d.divs.length !== 1 || (d.divs[0]!.level === "county" && d.len === 2)) continue;
      const field = text.slice(start + d.len, m.index);
      if (field.length < 2 || /[^\u4e00-\u9fff]|[的在和与及对向由是为从据称将被把等了、其各该]/.test(field)) continue;
      if (isCjk(text[start - 1]) && !NAME_STOPS.includes(text[start - 1]!) && !/[省市县区]/.test(text[start - 1]!))
        continue;
      const div = d.divs[0]!;
      // (an association's head holds no public office: its people are affiliated with it)
      out.push({ ...located(start, end, div, agencyPrefix([div]) + field + "协会"), role: "assoc" });
      break;
    }
  }
}

/** A district's police branch written by the district's short form alone, then what only the police do (康巴什分局经侦大队). */
const BARE_POLICE_BRANCH =
  /([\u4e00-\u9fff]{2,3})分局(?=经侦|刑侦|治安|网安|禁毒|派出所|民警|刑警|巡特警|特警|交警|[大中]队|侦查|侦破|破获|抓获|刑拘|立案)/g;

/**
 * A city's police branch in a district named by the district's short form and 分局 alone, as the police's own
 * reports write it (康巴什分局经侦大队破获…): `X市公安局Y分局` of the one district of the document's city (or the city
 * named last before it) with that short form, its `Y区公安分局` form an alias. Pushes the candidates.
 */
export function barePoliceBranches(text: string, out: Cand[], locale: Locale): void {
  const found: Cand[] = [];
  for (const m of text.matchAll(BARE_POLICE_BRANCH)) {
    const named = out
      .filter((c) => c.end <= m.index && c.ref?.label === "Place")
      .map((c) => divisionOfRef(c.ref!))
      .filter((d) => d?.level === "prefecture")
      .at(-1);
    const city = locale.get("prefecture") ?? named;
    if (!city) continue;
    for (const x of [m[1]!, m[1]!.slice(1)]) {
      if (x.length < 2) continue;
      const divs = DIVISIONS.filter(
        (d) =>
          d.level === "county" &&
          !d.successor &&
          within(d, city) &&
          d.name.slice(0, -1) === x &&
          /[区县旗市]$/.test(d.name),
      );
      if (divs.length !== 1) continue;
      const start = m.index + m[1]!.length - x.length;
      const c = located(start, m.index + m[0].length, divs[0]!, `${localAgencyName(city, "公安局")}${x}分局`);
      c.ref!.aliases = [`${divs[0]!.name}公安分局`];
      found.push(c);
      break;
    }
  }
  out.push(...found);
}

/** Words before 海关 that name customs in general, or a division's (中国海关, 各地海关, 直属海关). */
const NOT_A_PORT = /^(中国|全国|各地|当地|本地|地方|直属|隶属|口岸|有关|相关|该地|驻地|所在)$/;

/**
 * A port's customs office written after its city (深圳皇岗海关, 珠海拱北海关): the Agency `X海关` located in that city,
 * and each later `X海关` the same office. Pushes the candidates.
 */
export function portCustoms(text: string, out: Cand[]): void {
  const ports = new Map<string, Division>();
  const at: Array<[number, string]> = [];
  for (const m of text.matchAll(/([\u4e00-\u9fff]{2})海关/g)) {
    const x = m[1]!;
    if (NOT_A_PORT.test(x) || [...x].some((c) => NAME_STOPS.includes(c)) || divisionAt(x, 0, null)) continue;
    at.push([m.index, x]);
    // (the nearest division written before the first of its mentions)
    for (let n = 2; n <= 8 && n <= m.index && !ports.has(x); n++) {
      const d = divisionAt(text, m.index - n, null);
      const div =
        d?.len === n ? (d.divs.length === 1 ? d.divs[0] : d.divs.find((v) => v.level !== "county")) : undefined;
      if (div) ports.set(x, div);
    }
  }
  for (const [start, x] of at) {
    const div = ports.get(x);
    if (div) out.push({ ...located(start, start + 4, div, `${x}海关`), priority: 7 });
  }
}

/**
 * The own bodies of Hong Kong, Macau and Taiwan named bare in a document of that region (an on.cc report's 证监会 and
 * 金管局 are the region's, not the mainland's; an Apple Daily Taiwan report's 金管会 and 央行 are Taiwan's): the forms of
 * REGION_SUFFIXES of that region, written with no division before them (a division written before one makes a longer
 * candidate, which wins). Pushes the candidates (they win over a national body of the same form).
 */
export function regionBodies(text: string, out: Cand[], locale: Locale): void {
  const local = locale.get("province");
  const pattern = local ? REGION_BODY.get(local.name.slice(0, 2)) : undefined;
  // a Taiwan report that names the mainland's central bank may call it 央行 too: bare 央行 is then no one's (中央银行
  // in full stays Taiwan's: the mainland's is 中国人民银行)
  const push = (at: number, form: string, region: Division): void => {
    const suf = suffixAt(text, at);
    if (!suf || suf.form !== form) return;
    if (form === "央行" && /人民银行|人行|中国央行|大陆央行|陆央行/.test(text)) return;
    out.push({ ...located(at, at + form.length, region, localAgencyName(region, suf.entry.canonical)), priority: 8 });
  };
  if (local && pattern) for (const m of text.matchAll(pattern)) push(m.index, m[0], local);
  // the forms only one region's body has (商业罪案调查科), in a document of any locale
  for (const m of text.matchAll(OWN_BODY)) {
    const region = OWN_REGION.get(m[0]);
    if (region && region !== local) push(m.index, m[0], region);
  }
}
/** Each region's pattern of the forms of its own bodies (REGION_SUFFIXES), longest first. */
const REGION_BODY = new Map<string, RegExp>(
  (["香港", "澳门", "台湾"] as const).map((r) => {
    const forms = REGION_SUFFIXES.filter((e) => e.regions.includes(r)).flatMap((e) => e.forms);
    return [r, new RegExp([...forms].sort((a, b) => b.length - a.length).join("|"), "g")];
  }),
);
/** The forms only one region's body is written with, and that region (its division by its short name: 香港). */
const OWN_REGION = new Map(
  REGION_SUFFIXES.filter((e) => e.own).flatMap((e) => {
    const region = DIVISION_FORMS.get(e.regions[0]!)!.find((d) => d.level === "province")!;
    return e.forms.map((f) => [f, region] as const);
  }),
);
const OWN_BODY = new RegExp([...OWN_REGION.keys()].sort((a, b) => b.length - a.length).join("|"), "g");
