/** What the recognisers share: candidate spans, the lexicon index (agencies, companies, countries, named measures), division and body-suffix lookups, canonical names. */
import { createRequire } from "node:module";
import {
  AGENCIES,
  AMBIGUOUS_FORMS,
  LOCAL_SUFFIXES,
  OWN_BODY_NAMES,
  REGION_SUFFIXES,
  TAIWAN_TERMS,
} from "../lexicon/agencies.js";
import { COMPANIES, LISTING_VENUES } from "../lexicon/companies.js";
import { COUNTRIES } from "../lexicon/countries.js";
import { FOREIGN_PLACE_NOT_BEFORE, FOREIGN_PLACES } from "../lexicon/foreign-places.js";
import {
  COUNTY_SHORT_FORMS,
  DIVISION_BY_CODE,
  DIVISION_FORMS,
  provinceOf,
  within,
  type Division,
} from "../lexicon/divisions.js";
import { NAMED_MEASURES } from "../lexicon/measures.js";
import { SURNAMES, TRANSLIT_CHARS } from "../lexicon/people.js";
import { Trie } from "./trie.js";
import type { EntityRef, Link } from "../types.js";
import type { MeasureKind } from "../../schema/index.js";

export interface Cand {
  start: number;
  end: number;
  ref: EntityRef | null; // null = blocker (a span that must not yield mentions, e.g. 《区块链日报》)
  priority: number;
  links?: Array<Omit<Link, "sentenceId" | "from"> & { from?: EntityRef }>;
  role?: string; // "gov" | "assoc" | "academic" | "company" for people's orgs
  /** Mentions inside this one that stand on their own (the issuers written in a title). */
  inner?: Cand[];
  /** A measure whose title stands as a heading line of its own: the document is that measure. */
  heading?: boolean;
  /** The span names the entity only through a shared list (满洲里市、二连浩特市发改委): its text is no alias. */
  noAlias?: boolean;
  /** The body of a sub-unit, written inside the sub-unit's name (X公安厅 of X公安厅经侦总队). */
  subUnit?: boolean;
}

/** A candidate's links with each end `swap` gives (a link's missing `from`, the candidate's own ref, stays missing). */
export const relinked = (links: Cand["links"], swap: (r: EntityRef) => EntityRef): Cand["links"] =>
  links?.map((l) => ({ ...l, ...(l.from ? { from: swap(l.from) } : {}), to: swap(l.to) }));

export const CJK = "[\\u4e00-\\u9fff]";
export const isCjk = (c: string | undefined): boolean => !!c && c >= "\u4e00" && c <= "\u9fff";
export const isWord = (c: string | undefined): boolean => !!c && /[A-Za-z0-9]/.test(c);

/** A document number as written (整治办函【2017】99号, 皖能源电力〔2021〕99号): an issuer's short name, the year, the number. */
export const DOC_NUMBER = String.raw`[\u4e00-\u9fff]{1,10}[〔[［(（【]\d{4}[〕\]］)）】]\d{1,4}号`;

/** Verbs of saying after a speaker's name (张三认为, 李四介绍): one alternation, for the rules reading a speaker. */
export const SAYING = "认为|表示|介绍|说|称|指出|告诉|坦言|透露";

/** Are the curly double quotes of `s` balanced (every “ closed by a ”)? */
export const balancedQuotes = (s: string): boolean => (s.match(/“/g) ?? []).length === (s.match(/”/g) ?? []).length;

/**
 * The known measures' titles with their inner quotes left out → the title as issued, and so the titles they are
 * known to be miswritten with (关于防范数字货币发行融资风险的公告).
 */
const NAMED_WITHOUT_QUOTES = new Map([
  ...NAMED_MEASURES.filter((m) => m.name.includes("“")).map((m): [string, string] => [
    m.name.replace(/[“”]/g, ""),
    m.name,
  ]),
  ...NAMED_MEASURES.flatMap((m) =>
    m.aliases.filter((a) => a.startsWith("关于")).map((a): [string, string] => [a, m.name]),
  ),
]);

/** Canonical form of a title or name: Simplified already; unify quotes and brackets. */
export function canonicalTitle(s: string): string {
  const t = writtenTitle(s);
  // a known measure's title written without its inner quotes (关于整治虚拟货币挖矿活动的通知) is that measure, and so
  // is one written with one character slipped (关于整顿虚拟货币“挖矿”活动的通知)
  return (!t.includes("“") && NAMED_WITHOUT_QUOTES.get(t)) || oneSlipFrom(t, NAMED_TITLES) || t;
}

/** A title as written, its quotes, brackets and spaces in one form (no known title put in its place). */
export function writtenTitle(s: string): string {
  return (
    s
      .replace(/[「『"]/g, "“")
      .replace(/[」』]/g, "”")
      .replace(/“([^“”]*)“/g, "“$1”")
      .replace(/\(/g, "（")
      .replace(/\)/g, "）")
      .replace(/\s+/g, "")
      // a title named inside a title (〈…〉, <…> inside 《》) is written 《…》 once the outer marks are gone
      .replace(/[〈<‹]/g, "《")
      .replace(/[〉>›]/g, "》")
  );
}

export const NAMED_TITLES = NAMED_MEASURES.map((m) => m.name);

/**
 * The title among `titles` that `t` differs from by one Chinese character in place, added or left out, both at least
 * 12 characters long (a reporter's slip: 整顿 for 整治, 通讯 for 通信, 发行和融资 for 发行融资); undefined when none or
 * when `t` is one of them.
 */
export function oneSlipFrom(t: string, titles: readonly string[]): string | undefined {
  if (t.length < 12) return undefined;
  return titles.find((n) => {
    if (n === t || Math.abs(n.length - t.length) > 1) return false;
    if (n.length !== t.length) {
      // one character more in the longer one: the rest is the shorter one, in order
      const [long, short] = n.length > t.length ? [n, t] : [t, n];
      let i = 0;
      while (i < short.length && long[i] === short[i]) i++;
      return isCjk(long[i]) && long.slice(i + 1) === short.slice(i);
    }
    let diff = -1;
    for (let i = 0; i < n.length; i++)
      if (n[i] !== t[i]) {
        if (diff >= 0) return false;
        diff = i;
      }
    return isCjk(n[diff]) && isCjk(t[diff]);
  });
}

// ------------------------------------------------------------------ lexicon index

export interface LexEntry {
  form: string;
  ref: EntityRef;
  priority: number;
  role?: string;
}

/** A measure's reference: its kind, no date yet (relate dates it), a status when its title says one (征求意见稿). */
export const measureRef = (
  name: string,
  kind: MeasureKind,
  aliases: string[] = [],
  status: string | null = null,
): EntityRef => ({ label: "Measure", name, aliases, properties: { kind, date: null, status } });

/** The canonical names of the regions' own bodies (REGION_SUFFIXES). */
const REGION_BODY_NAMES = new Set(REGION_SUFFIXES.map((e) => e.canonical));

export const agencyRef = (name: string, level: string, aliases: string[] = []): EntityRef => {
  const more: string[] = [];
  // a party organ is written without 中共 as often as with it (浙江省委网信办 of 中共浙江省委网络安全和信息化委员会办公室)
  if (name.startsWith("中共") && /^中共.{2,}委/.test(name)) more.push(name.slice(2));
  // the discipline and the supervisory commission of a place share one office (浙江省纪委监委): known by each one's name
  const joint = name.match(/^(.{2,})纪委监委$/);
  if (joint) more.push(`${joint[1]}纪律检查委员会`, `${joint[1]}监察委员会`);
  // a region's own body is known by its own name without the region's (台湾中央银行: 中央银行, 金融监督管理委员会)
  const region = name.match(/^(?:台湾|香港特别行政区|澳门特别行政区)(.{3,})$/);
  if (region && REGION_BODY_NAMES.has(region[1]!)) more.push(region[1]!);
  return {
    label: "Agency",
    name,
    aliases: [...aliases, ...more.filter((a) => !aliases.includes(a))],
    properties: { level },
  };
};
/** The division a Province or Place ref stands for (by its code), else undefined: the inverse of divisionRef. */
export const divisionOfRef = (ref: EntityRef | null | undefined): Division | undefined =>
  ref && (ref.label === "Province" || ref.label === "Place")
    ? DIVISION_BY_CODE.get(String(ref.properties.code ?? ""))
    : undefined;
export const divisionRef = (d: Division): EntityRef =>
  d.level === "province"
    ? { label: "Province", name: d.key, aliases: d.forms.filter((f) => f !== d.name), properties: { code: d.code } }
    : {
        label: "Place",
        name: d.key,
        aliases: d.forms.filter((f) => f !== d.key),
        properties: { code: d.code, level: d.level },
      };

/** Where a candidate's own LOCATED_IN link puts it (its seat), if it has one. */
export const seatOf = (c: Cand): EntityRef | undefined => c.links?.find((l) => l.type === "LOCATED_IN" && !l.from)?.to;

/** A body or firm LOCATED_IN a division, with the division's IN_PROVINCE when it is below a province. */
export function divisionLinks(div: Division): NonNullable<Cand["links"]> {
  const links: NonNullable<Cand["links"]> = [{ type: "LOCATED_IN", to: divisionRef(div), properties: {} }];
  if (div.level !== "province")
    links.push({ type: "IN_PROVINCE", from: divisionRef(div), to: divisionRef(provinceOf(div)), properties: {} });
  return links;
}

/** A local agency candidate over [start, end) with its LOCATED_IN (and the division's IN_PROVINCE). */
export function located(start: number, end: number, div: Division, name: string): Cand {
  return { start, end, ref: agencyRef(name, LEVEL_OF[div.level]), priority: 6, role: "gov", links: divisionLinks(div) };
}

export const LEX: LexEntry[] = [];
for (const a of AGENCIES) {
  const ref = agencyRef(a.name, a.level, a.aliases);
  const role = a.level === "association" ? "assoc" : a.level === "academic" ? "academic" : "gov";
  for (const f of [a.name, ...a.aliases]) LEX.push({ form: f, ref, priority: 5, role });
  // (and as Taiwan's papers write its words: 中国网际网路金融协会)
  for (const f of [a.name, ...a.aliases])
    for (const [mainland, taiwan] of TAIWAN_TERMS)
      if (f.includes(mainland)) LEX.push({ form: f.replaceAll(mainland, taiwan), ref, priority: 5, role });
}
for (const c of COMPANIES) {
  const ref: EntityRef = { label: "Company", name: c.name, aliases: c.aliases, properties: { sector: c.sector } };
  for (const f of [c.name, ...c.aliases]) LEX.push({ form: f, ref, priority: 5, role: "company" });
}
export const COUNTRY_BY_FORM = new Map<string, EntityRef>();
for (const c of COUNTRIES) {
  const ref: EntityRef = { label: "Country", name: c.name, aliases: c.aliases, properties: {} };
  for (const f of [c.name, ...c.aliases]) {
    LEX.push({ form: f, ref, priority: 4 });
    COUNTRY_BY_FORM.set(f, ref);
  }
}
/**
 * The foreign country a name opens with (美国联邦储备委员会 → 美国, 英国剑桥大学 → 英国), when at least `rest`
 * characters follow it: the length of the form written and the country. China is no such country.
 */
export function countryOpening(name: string, rest: number): { len: number; country: EntityRef } | undefined {
  for (const k of [4, 3, 2]) {
    const c = COUNTRY_BY_FORM.get(name.slice(0, k));
    if (c && c.name !== "中国" && name.length - k >= rest) return { len: k, country: c };
  }
  return undefined;
}

// foreign states and cities: places with no division code (the schema links no Place to a Country: their country is the
// table's, for the reader)
for (const p of FOREIGN_PLACES) {
  const ref: EntityRef = {
    label: "Place",
    name: p.name,
    aliases: p.aliases,
    properties: { code: null, level: "foreign" },
  };
  for (const f of [p.name, ...p.aliases]) LEX.push({ form: f, ref, priority: 4 });
}
for (const m of NAMED_MEASURES) {
  const ref = measureRef(m.name, m.kind, m.aliases);
  for (const f of m.aliases) LEX.push({ form: f, ref, priority: 5 });
}
/** Forms read only outside the words they open or close: the lexicon's, and foreign cities' (纽约时报, 伦敦金属交易所). */
const AMBIGUOUS: Record<string, { before?: RegExp; after?: RegExp }> = {
  ...Object.fromEntries(
    FOREIGN_PLACES.flatMap((p) => [p.name, ...p.aliases]).map((f) => [f, { after: FOREIGN_PLACE_NOT_BEFORE }]),
  ),
  ...Object.fromEntries(
    COMPANIES.filter((c) => LISTING_VENUES.has(c.name))
      .flatMap((c) => [c.name, ...c.aliases])
      .map((f) => [f, { before: /(上市|登陆|挂牌)$/, after: /^(上市|挂牌)/ }]),
  ),
  ...AMBIGUOUS_FORMS,
};
// a country's name before 人 is a nationality (由日本人主导, 面向韩国人), no mention of the state (人民, 人大 are other words)
const NATIONALITY = /^人(?![民大])/;
for (const f of COUNTRIES.flatMap((c) => [c.name, ...c.aliases])) {
  const had = AMBIGUOUS[f];
  AMBIGUOUS[f] = { ...had, after: had?.after ? new RegExp(`${had.after.source}|${NATIONALITY.source}`) : NATIONALITY };
}
export const LEX_BY_FORM = new Map<string, LexEntry[]>();
for (const e of LEX) {
  const k = e.form.toLowerCase();
  LEX_BY_FORM.set(k, [...(LEX_BY_FORM.get(k) ?? []), e]);
}
export const COMPANY_BY_FORM = new Map(
  LEX.filter((e) => e.ref.label === "Company").map((e) => [e.form.toLowerCase(), e.ref]),
);

export const LEX_TRIE = new Trie<LexEntry[]>();
for (const [form, list] of LEX_BY_FORM) LEX_TRIE.add(form, list);

/** Longest lexicon form starting at i (case-insensitive for Latin forms, which need word boundaries). */
export function lexAt(text: string, lower: string, i: number): LexEntry[] {
  for (const { len, value: list } of LEX_TRIE.matches(lower, i)) {
    // (a Latin form needs word boundaries, on the side where it is Latin: OKCoin币行16日 is the form before a day)
    const form = list[0]!.form;
    if (/[A-Za-z]/.test(form)) {
      if (/[A-Za-z0-9]/.test(form[0]!) && isWord(text[i - 1])) continue;
      if (/[A-Za-z0-9]/.test(form.at(-1)!) && isWord(text[i + len])) continue;
    }
    // 司法部门, 公安部门, 财政部门: a kind of department, not the ministry
    if (list[0]!.form.endsWith("部") && text[i + len] === "门") continue;
    // 币安币, 波场币: a platform's token, a coin, not the firm
    if (list[0]!.ref.label === "Company" && text[i + len] === "币" && !/[币网行]/.test(text[i + len + 1] ?? ""))
      continue;
    const amb = AMBIGUOUS[list[0]!.form];
    if (
      amb &&
      ((amb.before && amb.before.test(text.slice(Math.max(0, i - 2), i))) ||
        (amb.after && amb.after.test(text.slice(i + len, i + len + 8))))
    )
      continue;
    return list;
  }
  return [];
}

/** Longest division form starting at i, optionally restricted to divisions within `parent`. */
export const DIVISION_TRIE = new Trie<Division[]>();
for (const [form, divs] of DIVISION_FORMS) DIVISION_TRIE.add(form, divs);
export function divisionAt(text: string, i: number, parent: Division | null): { len: number; divs: Division[] } | null {
  for (const { len, value } of DIVISION_TRIE.matches(text, i)) {
    if (len < 2) continue;
    const divs = parent
      ? value.filter((d) => d !== parent && within(d, parent))
      : value.filter(
          (d) => !(d.level === "county" && len <= 2) || (!DIRECTION_NAMED.test(d.name) && twoCharacterCounty(text, i)),
        );
    if (divs.length) return { len, divs };
  }
  // right after its city or province, a county's two-character short form (江门开平刑侦大队, 新疆昭苏警方), unless a
  // body's name starts there
  // (荆州公安局 is the city's bureau, not 公安县's)
  if (parent && parent.level !== "county") {
    const divs = COUNTY_SHORT_FORMS.get(text.slice(i, i + 2))?.filter((d) => within(d, parent));
    if (divs?.length && !suffixAt(text, i) && !isCjkLevel(text[i + 2])) return { len: 2, divs };
  }
  return null;
}
/**
 * Districts named by a direction or a kind of area alone (攀枝花's 东区 and 西区, 阳泉's 城区, 矿区 and 郊区): words any
 * city has (Hong Kong's 东区, a mine's 矿区), so they are read only right after their own city (攀枝花市东区).
 */
const DIRECTION_NAMED = /^(?:[东西南北中]|城|郊|矿)区$/;
/**
 * A county whose whole name is two characters (泸县, 沛县, 歙县) with no city or province before it: only where it stands
 * as a name, after no character it could make a word with (示范县, 信息县, 和县 of 市局和县局) and before a body's name,
 * 关于 (a title's issuer) or a word that ends a place's name.
 * @example twoCharacterCounty("泸县人民政府发布通知", 0) && !twoCharacterCounty("国家级示范县名单", 3)
 */
function twoCharacterCounty(text: string, i: number): boolean {
  const before = text[i - 1];
  if (isCjk(before) && !"在由对经据与及赴到往从至即".includes(before!)) return false;
  // (after a word of being or going somewhere, 在沛县工作, 赴泸县调研: the county, whatever follows)
  if (before && "在赴到往至".includes(before) && !/^[的之]/.test(text.slice(i + 2, i + 3))) return true;
  return (
    !!suffixAt(text, i + 2) || /^(?:关于|境内|辖区|全县|一带|等地|[,，、。;；:：\s])/.test(text.slice(i + 2, i + 4))
  );
}

/** A level word after a short form makes it a longer name the tables would have matched (开平区 is no 开平). */
const isCjkLevel = (c: string | undefined): boolean => !!c && "县区市镇乡".includes(c);

export const startsWithAny = (text: string, i: number, forms: string[]): string | null => {
  let best: string | null = null;
  for (const f of forms) if (text.startsWith(f, i) && (!best || f.length > best.length)) best = f;
  return best;
};

export const COUNTRY_BEFORE = new RegExp(`(${COUNTRIES.flatMap((c) => [c.name, ...c.aliases]).join("|")})$`);
/** A country and up to three characters right before a name ending in 州 (美国马利兰州: a foreign state, no 兰州). */
export const COUNTRY_STATE_BEFORE = new RegExp(
  `(${COUNTRIES.flatMap((c) => [c.name, ...c.aliases]).join("|")})[\u4e00-\u9fff]{1,3}$`,
);

export const LEVEL_OF: Record<Division["level"], string> = {
  province: "provincial",
  prefecture: "prefectural",
  county: "county",
};

/**
 * The national financial regulators' local offices by their short forms (四川银保监局, 北京保监局, 深圳证监局): named
 * after the regulator and the place's short name; `branches`: its prefecture offices are 监管分局 (source: the
 * regulators' own office names: 银监会 2003–2018, 保监会 to 2018, 银保监会 2018–2023, 证监会).
 */
const REGULATOR_OFFICES: Record<string, { parent: string; branches: boolean }> = {
  银保监局: { parent: "中国银行保险监督管理委员会", branches: true },
  银监局: { parent: "中国银行业监督管理委员会", branches: true },
  保监局: { parent: "中国保险监督管理委员会", branches: false },
  证监局: { parent: "中国证券监督管理委员会", branches: false },
};

/** Local agency name: division + body; regulators' branches take the short place name (中国银行保险监督管理委员会十堰监管分局). */
export function localAgencyName(div: Division, canonical: string): string {
  const office = REGULATOR_OFFICES[canonical];
  if (office) {
    const short = div.forms.at(-1)!;
    return div.level !== "province" && office.branches
      ? `${office.parent}${short}监管分局`
      : `${office.parent}${short}监管局`;
  }
  // (a city's customs by its short name, 深圳海关; Hong Kong's and Macau's by the region's full name)
  if (canonical === "海关") return /特别行政区$/.test(div.name) ? `${div.name}海关` : `${div.forms.at(-1)!}海关`;
  // (a city's arbitration commission by its short name too, 深圳仲裁委员会, 深圳国际仲裁院)
  if (canonical === "仲裁委员会" || canonical === "国际仲裁院") return `${div.forms.at(-1)!}${canonical}`;
  if (canonical === "党委员会") return `中共${agencyPrefix([div])}委员会`;
  // the committee's organs are the party's too (中共浙江省委网络安全和信息化委员会办公室, written 省委网信办); an
  // autonomous region's committee is named in full before its organ (中共内蒙古自治区委员会宣传部, written 自治区党委宣传部)
  if (canonical.startsWith("委"))
    return /自治区$/.test(div.name)
      ? `中共${agencyPrefix([div])}委员会${canonical.slice(1)}`
      : `中共${agencyPrefix([div])}${canonical}`;
  // the discipline commission is the party's (中共江西省纪律检查委员会), as its committee is
  if (canonical === "纪律检查委员会") return `中共${agencyPrefix([div])}纪律检查委员会`;
  if (canonical === "政协") return `中国人民政治协商会议${agencyPrefix([div])}委员会`;
  // (a division whose body of this kind had its own name: 上海市金融办 → 上海市金融服务办公室)
  return agencyPrefix([div]) + (OWN_BODY_NAMES[div.code]?.[canonical] ?? canonical);
}

/**
 * A body suffix that is only a word's beginning there: 委 of 委托/委派 after a place (江西省委托…), 人大 of
 * 人大代表 (a deputy, not the congress).
 */
export function suffixMisread(text: string, form: string, end: number): boolean {
  const next = text[end] ?? "";
  if (form === "委") return /[托派屈婉实靡员任]/.test(next);
  if (form === "人大") return /[代附学]/.test(next);
  // 局势: a body's 局 that opens a word
  if (form.endsWith("局")) return !!next && LOCAL_WORD_AFTER.includes(next);
  return false;
}

/**
 * Characters after a body's final 局 that make it a word's beginning (局势). Not 面/部/限: 局面对, 局部署, 局限期 read as
 * the body and a verb far more often than as 局面, 局部, 局限.
 */
export const LOCAL_WORD_AFTER = "势";

/** All local-suffix forms, longest first (人民政府办公厅 before 人民政府). */
export const SUFFIX_TRIE = new Trie<{ form: string; entry: (typeof LOCAL_SUFFIXES)[number] }>();
for (const entry of LOCAL_SUFFIXES) for (const form of entry.forms) SUFFIX_TRIE.add(form, { form, entry });
export function suffixAt(text: string, j: number): { form: string; entry: (typeof LOCAL_SUFFIXES)[number] } | null {
  for (const { len, value } of SUFFIX_TRIE.matches(text, j))
    if (!suffixMisread(text, value.form, j + len)) return value;
  return null;
}

/** The division part of a local agency's canonical name: the most specific division, qualified when its name is not unique. */
export function agencyPrefix(chain: Division[]): string {
  const last = chain.at(-1)!;
  // Taiwan's own bodies carry no 省 (台湾金融监督管理委员会)
  return last.key === "台湾省" ? "台湾" : last.key;
}

/** Function words that end a name read leftwards (据 of 据悉, 为 of 成为). */
export const NAME_STOPS = "的在和与及对向由是为从据称将被把让给等了着过也都还就又并或即于以其该这那此各每某自来到者些";

/**
 * Walk left from `end` over name characters (no punctuation, no function words) and return the start. `inWord`
 * tells a stop character that is part of a word of the name (据 of 数据, 都 of 成都): the walk goes on over it.
 */
export function leftBoundary(
  text: string,
  end: number,
  max: number,
  stops = NAME_STOPS,
  inWord?: (text: string, i: number) => boolean,
): number {
  let s = end;
  while (s > 0 && end - s < max) {
    const c = text[s - 1]!;
    if (!(isCjk(c) || /[A-Za-z0-9.]/.test(c))) break;
    if (stops.includes(c) && !inWord?.(text, s - 1)) break;
    s--;
  }
  return s;
}

/**
 * What follows a firm's name when it announced something (its gloss may stand first: X（Latin）发布公告称; 官网发布公告称,
 * 16日公告，, 在公告中强调, 三家平台相继发布公告, 15日晚间同时发布公告, 在9月26日发布的公告中表示,
 * 在网站上挂出通知，称, 昨晚发表声明): the announcement's words end the match (公告, 声明, or 通知 after a posting verb).
 */
const ANNOUNCED_LEAD = String.raw`^[》」』”“"]?\s?(?:[（(][^()（）\n]{1,30}[)）])?\s?(?:官方微信公众号|官方微博|官方网站|官网|官方|方面|安全中心|客服中心)?(?:(?:等|在内的)?(?:[两三四五六七八九十\d]+|多|几|数)[家个](?:大型|主流|头部|国内|知名)?(?:虚拟币|虚拟货币|比特币|数字货币|加密货币)?(?:交易平台|平台|交易所|公司|企业|矿池|网站|交易网站))?(?:[也则还又已均亦都曾]|再次|随后|同日|先后|相继|分别|同时|纷纷)*[于在]?(?:(?:\d{4}年|同年|当年)?\d{1,2}月\d{1,2}日|\d{1,2}日|[昨今前于]\s?[(（]\s?\d{1,2}\s?[)）]\s?日|今天|今日|昨天|昨日|[昨今当]晚|日前|近日|早前|此前|当天|当日|(?:周|星期)[一二三四五六日天](?:\s?[(（]\s?\d{1,2}\s?日\s?[)）])?)?\s?(?:[早晚]间|凌晨|上午|下午|中午|晚上|晚)?(?:\s?\d{1,2}\s?[时点](?:\d{1,2}分)?)?\s?(?:在其?(?:官网|官方网站|官方微博|网站|平台|官方平台|App|APP)上?|通过其?(?:官网|官方微博|官方网站|推特|Twitter|微博|官方推特))?(?:再次|正式|也|率先|抢先|首先|最先|紧急|同时|相继|先后|分别|均|都|一同|共同)*`;
const POSTED = "(?:发布|发出|发表|挂出|贴出|释出)";
export const ANNOUNCED = new RegExp(
  `${ANNOUNCED_LEAD}(?:${POSTED}?[了的]?(?:一则|一份|其)?(?:最新|紧急|重要)?(?:“[^“”\n]{1,12}”)?公告|${POSTED}?了?(?:一则|一份|一纸)?(?:相关|最新|紧急|郑重|严正)?(?:声明|宣告)|${POSTED}了?(?:一则|一份)?通知)(?=[,，:：称表说指宣]|[中里][,，]?(?:强调|表示|称|指出|说明|提到|宣布|提醒|写道)|(?:发布|发出|公布)后|一出)`,
);
/** The verbs of an exchange's exit (停止, 退出, 清退…): one alternation, for the rules reading an exit announced. */
export const EXIT_VERBS = "停止|退出|关闭|清退|暂停|终止|关停|下线|不再";
/**
 * A firm announcing its exit from China (火币宣布停止…, 三大交易所——A、B、C——宣布退出国内市场, X (Latin)，宣布暂停…,
 * X表示，计划…完成大陆存量用户的有序清退,
 * X于9月24日停止新用户注册，并宣布…完成存量用户清退):
 * its own announcement, as the annotation rules count an exchange's exit. 宣布, one of the exit's words after it, then
 * whom or what it leaves (用户, 大陆, 国内市场, 交易, 充值), or the users before the exit's word (完成中国大陆用户清退),
 * or a miner maker's halt of its sales (宣布现货矿机全球停售): not a halt of one line of business (暂停一切ICO业务).
 */
export const ANNOUNCED_EXIT = new RegExp(
  `${ANNOUNCED_LEAD}\\s?(?:——|—|[,，])?\\s?(?:(?:${EXIT_VERBS})[^。；;\\n，,]{0,24}?[,，]\\s?(?:并|同时|还|随后)?)?(?:宣布|表示)(?=[^。；;\\n]{0,16}?(?:${EXIT_VERBS})[^。；;\\n]{0,16}?(?:用户|大陆|国内市场|中国市场|中国业务|注册|交易|充值|提现|中文网站|中文站|中国站)|[^。；;\\n]{0,24}?(?:大陆|国内|中国|存量|境内|现有)用户的?(?:有序)?(?:${EXIT_VERBS})|[^。；;\\n]{0,16}?(?:停售|停止销售|暂停销售))`,
);
/** The same said on its website (X网站称，将于今日12点起关闭充值功能): an exit told on its site is its announcement. */
export const ANNOUNCED_ON_SITE = new RegExp(
  `${ANNOUNCED_LEAD}\\s?(?:通过|在)?(?:其)?(?:${POSTED}了?(?:一条|一则)?)?(?:网站|官网|官方网站|官方微博|(?:新浪)?微博|微信公众号|推特|推文)(?:上)?(?:称|表示|宣称|宣布)(?=[,，:：]?[^。；;\\n]{0,40}?(?:${EXIT_VERBS})[^。；;\\n]{0,20}?(?:用户|充值|提现|交易|注册|业务|服务|功能)|[,，:：]?[^。；;\\n]{0,6}?(?:禁止|严禁|不支持|不允许)[^。；;\\n]{0,16}?(?:虚拟货币|虚拟币|比特币|数字货币|加密货币))`,
);
/**
 * A firm declaring something on its own official channel (X3月26日在官方博客上宣布，…; X通过官方微博正式宣布): its
 * announcement, whatever it declares, as the rules count a company's own announcement; not a statement told elsewhere
 * (X表示, X对记者宣布) nor a channel not its own (在推特上宣布).
 */
export const ANNOUNCED_OFFICIALLY = new RegExp(
  `${ANNOUNCED_LEAD}\\s?(?:在|通过)其?(?:官方博客|官方网站|官网|官方微博|官方推特|官方公众号|官方微信公众号|官方社群|官方电报群)(?:上|中)?(?:正式)?宣布(?=[,，:：]|[^。；;\\n]{2})`,
);

/** The same with what it announced told before 的公告 or 的声明 (发布了停止交易的公告). */
export const ANNOUNCED_WHAT = new RegExp(
  `${ANNOUNCED_LEAD}${POSTED}了?(?:一则|一份|其)?[^，。,;；“”《》\n]{2,24}?的(?:公告|声明)(?=[,，:：。;；称表说指宣])`,
);

let pinyinOf: ((s: string) => string[]) | null = null;
/**
 * Does `latin` spell the personal name `cn` ends with (张雅迪 → Yadi Zhang or Zhang Yadi; 孙宇晨 → Justin Sun, an
 * English given name before the surname): the surname's pinyin, and the given name's where it is spelled, in either
 * order? (pinyin-pro, loaded on first use.)
 */
function spellsPersonalName(cn: string, latin: string): boolean {
  const words = latin.toLowerCase().split(/[\s-]+/);
  if (words.length !== 2 || !/^[A-Z][a-z]+[\s-][A-Z][a-z]+$/.test(latin)) return false;
  pinyinOf ??= (s: string) =>
    (
      createRequire(import.meta.url)("pinyin-pro") as {
        pinyin: (s: string, o: { toneType: "none"; type: "array" }) => string[];
      }
    ).pinyin(s, { toneType: "none", type: "array" });
  for (const n of [3, 2]) {
    const name = cn.slice(-n);
    if (name.length < n || !SURNAMES.has(name[0]!)) continue;
    const [surname, ...given] = pinyinOf(name).map((x) => x.toLowerCase());
    const g = given.join("");
    if ((words[0] === surname && words[1] === g) || words[1] === surname) return true;
  }
  return false;
}

/** Latin words of a firm's or a body's name (Huobi Global, Canaan Creative): a gloss holding one names no person. */
const FIRM_WORDS =
  /\b(?:Global|Group|Mining|Miner|Capital|Creative|Tech|Technology|Technologies|Labs?|Exchange|Pool|Bank|Network|Digital|International|Holdings?|Fund|Coin|Chain|Pay|Finance|Financial|Markets?|Trade|Trading|Assets?|Media|Cloud|Data|Energy|Power|Electric|Hash|Block|Crypto|Ventures|Partners|Research|Investments?|Securities|Wallet|Mall|Pro|Prime|Futures|Token|Protocol|Foundation|Systems|Solutions|Services|Resources|Inc|Corp|Ltd|Limited|Company|Asia|China|America|Hong|Kong|Singapore|Japan|Korea|Bureau|Commission|Council|Agency|Department|Ministry|University|College|Institute|School|Times|News|Post|Journal|Daily|Street|Square|Park|Center|Centre|Bitcoin|Ethereum|Archive|Magazine|Insider|Watch|Alert|Whale|Report|Review|Weekly|Club|Team|Official|Academy)\b/;

/** A Latin gloss shaped like a person's name: two or three capitalised words, none a firm's (Elon Musk, Justin Sun). */
export const personalLatin = (latin: string): boolean =>
  /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}$/.test(latin) && !FIRM_WORDS.test(latin);

/**
 * Is `cn` a person's name glossed with its Latin form: a run of transliteration characters (马斯克(Elon Musk)) or a
 * Chinese name the gloss spells (张雅迪（Yadi Zhang）, 孙宇晨（Justin Sun）)?
 */
export function glossesPerson(cn: string, latin: string): boolean {
  if (!personalLatin(latin) || cn.length < 2) return false;
  if ([...cn].every((c) => c === "·" || TRANSLIT_CHARS.includes(c))) return true;
  return spellsPersonalName(cn, latin);
}
