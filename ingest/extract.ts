/**
 * extract: normalized text + sentences → entity mentions and the links that
 * a mention itself carries (an agency's division, a place's province, an
 * official's post, a meeting's convener).
 *
 * Recognizers (all on the normalized, Simplified text; offsets mapped back to
 * the original body at the end):
 *  - divisions from GB/T 2260 data, chained (新疆昌吉回族自治州), and when a body
 *    suffix follows, a local agency (内蒙古发改委 → 内蒙古自治区发展和改革委员会);
 *  - lexicon agencies, companies, countries and named measures, with short forms;
 *  - patterns: 国家…委员会/办公室, 中国…协会, …大学…研究所, …有限公司/集团/交易所/矿池,
 *    《…》 titles, meetings (…召开第N次会议), campaigns (“断卡”行动), country + 央行;
 *  - people: [org][dept]title(、title)* + name → Official (public office at a
 *    government body) or Person (expert, analyst, manager), then every later
 *    occurrence of a found name;
 *  - aliases defined in the text: X（以下简称“Y”） makes Y a name of X.
 * Overlaps are settled longest-first.
 */
import type { EntityLabel, MeasureKind, PropValue, RelType } from "../schema/index.js";
import { AGENCIES, AMBIGUOUS_FORMS, FOREIGN_SUFFIXES, FREE_SUFFIXES, LOCAL_SUFFIXES } from "./lexicon/agencies.js";
import { COMPANIES, COMPANY_SUFFIXES, GENERIC_COMPANY_CORE } from "./lexicon/companies.js";
import { COUNTRIES } from "./lexicon/countries.js";
import { DIVISION_BY_CODE, DIVISION_FORMS, provinceOf, within, type Division } from "./lexicon/divisions.js";
import { GENERIC_CAMPAIGN, NAMED_MEASURES, NOT_MEASURE_TITLE, TITLE_KINDS } from "./lexicon/measures.js";
import {
  COMPOUND_SURNAMES,
  EXPERT_TITLES,
  GENERIC_PEOPLE,
  NAME_STOP,
  OFFICIAL_TITLES,
  SURNAMES,
} from "./lexicon/people.js";
import type { Mention, NormalizedText, SentenceSpan } from "./types.js";

/** An entity as named by the extractor, before resolution. */
export interface EntityRef {
  label: EntityLabel;
  /** Canonical Simplified name (the id key). */
  name: string;
  aliases: string[];
  properties: Record<string, PropValue>;
}

/** A relationship implied by a mention itself (not by sentence-level verbs). */
export interface Link {
  type: Exclude<RelType, "MENTIONS" | "HAS_SENTENCE">;
  from: EntityRef;
  to: EntityRef;
  sentenceId: string;
  properties: Record<string, PropValue>;
}

export interface Extraction {
  mentions: Mention[];
  links: Link[];
  warnings: string[];
}

interface Cand {
  start: number;
  end: number;
  ref: EntityRef | null; // null = blocker (a span that must not yield mentions, e.g. 《区块链日报》)
  priority: number;
  links?: Array<Omit<Link, "sentenceId" | "from"> & { from?: EntityRef }>;
  role?: string; // "gov" | "assoc" | "academic" | "company" for people's orgs
  /** Mentions inside this one that stand on their own (the issuers written in a title). */
  inner?: Cand[];
}

const CJK = "[\\u4e00-\\u9fff]";
const isCjk = (c: string | undefined): boolean => !!c && c >= "\u4e00" && c <= "\u9fff";
const isWord = (c: string | undefined): boolean => !!c && /[A-Za-z0-9]/.test(c);

/** Canonical form of a title or name: Simplified already; unify quotes and brackets. */
export function canonicalTitle(s: string): string {
  return s
    .replace(/[「『"]/g, "“")
    .replace(/[」』]/g, "”")
    .replace(/“([^“”]*)“/g, "“$1”")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/\s+/g, "");
}

// ------------------------------------------------------------------ lexicon index

interface LexEntry {
  form: string;
  ref: EntityRef;
  priority: number;
  role?: string;
}

const agencyRef = (name: string, level: string, aliases: string[] = []): EntityRef => ({
  label: "Agency",
  name,
  aliases,
  properties: { level },
});
const divisionRef = (d: Division): EntityRef =>
  d.level === "province"
    ? { label: "Province", name: d.key, aliases: d.forms.filter((f) => f !== d.name), properties: { code: d.code } }
    : {
        label: "Place",
        name: d.key,
        aliases: d.forms.filter((f) => f !== d.key),
        properties: { code: d.code, level: d.level },
      };

const LEX: LexEntry[] = [];
for (const a of AGENCIES) {
  const ref = agencyRef(a.name, a.level, a.aliases);
  const role = a.level === "association" ? "assoc" : a.level === "academic" ? "academic" : "gov";
  for (const f of [a.name, ...a.aliases]) LEX.push({ form: f, ref, priority: 5, role });
}
for (const c of COMPANIES) {
  const ref: EntityRef = { label: "Company", name: c.name, aliases: c.aliases, properties: { sector: c.sector } };
  for (const f of [c.name, ...c.aliases]) LEX.push({ form: f, ref, priority: 5, role: "company" });
}
const COUNTRY_BY_FORM = new Map<string, EntityRef>();
for (const c of COUNTRIES) {
  const ref: EntityRef = { label: "Country", name: c.name, aliases: c.aliases, properties: {} };
  for (const f of [c.name, ...c.aliases]) {
    LEX.push({ form: f, ref, priority: 4 });
    COUNTRY_BY_FORM.set(f, ref);
  }
}
for (const m of NAMED_MEASURES) {
  const ref: EntityRef = {
    label: "Measure",
    name: m.name,
    aliases: m.aliases,
    properties: { kind: m.kind, date: null, status: null },
  };
  for (const f of m.aliases) LEX.push({ form: f, ref, priority: 5 });
}
const LEX_BY_FORM = new Map<string, LexEntry[]>();
for (const e of LEX) {
  const k = e.form.toLowerCase();
  LEX_BY_FORM.set(k, [...(LEX_BY_FORM.get(k) ?? []), e]);
}
const COMPANY_BY_FORM = new Map(LEX.filter((e) => e.ref.label === "Company").map((e) => [e.form.toLowerCase(), e.ref]));

/** A character trie over written forms: `matches(text, i)` lists the values of every form starting at i, longest first, without allocating substrings. */
class Trie<V> {
  private root = new Map<string, { next: Map<string, unknown>; value?: V }>();
  add(form: string, value: V): void {
    let level = this.root as Map<string, { next: Map<string, unknown>; value?: V }>;
    let node: { next: Map<string, unknown>; value?: V } | undefined;
    for (const c of form) {
      node = level.get(c);
      if (!node) {
        node = { next: new Map() };
        level.set(c, node);
      }
      level = node.next as Map<string, { next: Map<string, unknown>; value?: V }>;
    }
    node!.value = value;
  }
  matches(text: string, i: number): Array<{ len: number; value: V }> {
    const out: Array<{ len: number; value: V }> = [];
    let level = this.root;
    for (let k = i; k < text.length; k++) {
      const node = level.get(text[k]!);
      if (!node) break;
      if (node.value !== undefined) out.push({ len: k - i + 1, value: node.value });
      level = node.next as typeof level;
    }
    return out.reverse();
  }
}

const LEX_TRIE = new Trie<LexEntry[]>();
for (const [form, list] of LEX_BY_FORM) LEX_TRIE.add(form, list);

/** Longest lexicon form starting at i (case-insensitive for Latin forms, which need word boundaries). */
function lexAt(text: string, lower: string, i: number): LexEntry[] {
  for (const { len, value: list } of LEX_TRIE.matches(lower, i)) {
    const latin = /[A-Za-z]/.test(list[0]!.form);
    if (latin && (isWord(text[i - 1]) || isWord(text[i + len]))) continue;
    const amb = AMBIGUOUS_FORMS[list[0]!.form];
    if (
      amb &&
      ((amb.before && amb.before.test(text.slice(Math.max(0, i - 2), i))) ||
        (amb.after && amb.after.test(text.slice(i + len, i + len + 2))))
    )
      continue;
    return list;
  }
  return [];
}

/** Longest division form starting at i, optionally restricted to divisions within `parent`. */
const DIVISION_TRIE = new Trie<Division[]>();
for (const [form, divs] of DIVISION_FORMS) DIVISION_TRIE.add(form, divs);
function divisionAt(text: string, i: number, parent: Division | null): { len: number; divs: Division[] } | null {
  for (const { len, value } of DIVISION_TRIE.matches(text, i)) {
    if (len < 2) continue;
    const divs = parent
      ? value.filter((d) => d !== parent && within(d, parent))
      : value.filter((d) => !(d.level === "county" && len <= 2));
    if (divs.length) return { len, divs };
  }
  return null;
}

const startsWithAny = (text: string, i: number, forms: string[]): string | null => {
  let best: string | null = null;
  for (const f of forms) if (text.startsWith(f, i) && (!best || f.length > best.length)) best = f;
  return best;
};

const COUNTRY_BEFORE = new RegExp(`(${COUNTRIES.flatMap((c) => [c.name, ...c.aliases]).join("|")})$`);

const LEVEL_OF: Record<Division["level"], string> = {
  province: "provincial",
  prefecture: "prefectural",
  county: "county",
};

// ------------------------------------------------------------------ recognizers

/** Words after a division name that make it an outlet (北京商报, 萧山网, 江西日报): not a mention of the place. */
const OUTLET_AFTER =
  /^(日报|晚报|商报|早报|时报|电视台|广播电视台|广播电台|新闻网|新闻|融媒体?中心|融媒|网(?=$|[\s,，。;；:：”」）)]))/;

/** Local agency name: division + body; regulators' branches take the short place name (中国银行保险监督管理委员会十堰监管分局). */
function localAgencyName(div: Division, canonical: string): string {
  if (canonical === "银保监局") {
    const short = div.forms.at(-1)!;
    return div.level === "province"
      ? `中国银行保险监督管理委员会${short}监管局`
      : `中国银行保险监督管理委员会${short}监管分局`;
  }
  return agencyPrefix([div]) + canonical;
}

/** The divisions above (and including) `d`, by level. */
function levelsOf(d: Division): Map<string, Division> {
  const m = new Map<string, Division>([[d.level, d]]);
  if (d.level === "county" && d.cityCode) {
    const city = DIVISION_BY_CODE.get(d.cityCode);
    if (city) m.set("prefecture", city);
  }
  if (d.level !== "province") m.set("province", provinceOf(d));
  else if (/^(北京|天津|上海|重庆)/.test(d.name)) m.set("prefecture", d);
  return m;
}

/**
 * The document's locale from its metadata (title, outlet, author): the most specific division named
 * there, e.g. 萧山网 → 萧山区, 嘉兴市发展和改革委员会 → 嘉兴市. Empty when none is named or two disagree.
 * @example documentLocale({ title: null, outlet: "萧山网" }).get("county")?.name === "萧山区"
 */
export function documentLocale(meta: DocumentMeta | undefined): Map<string, Division> {
  const found: Division[] = [];
  for (const raw of [meta?.title, meta?.outlet, meta?.author]) {
    if (!raw) continue;
    const t = raw.replace(/\s+/g, "");
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
          break;
        }
      }
    if (best) found.push(best);
  }
  if (!found.length) return new Map();
  // the most specific; all must agree (lie within one another)
  const sorted = [...found].sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level]);
  const top = sorted[0]!;
  if (!found.every((d) => within(top, d))) return new Map();
  return levelsOf(top);
}
const LEVEL_RANK: Record<Division["level"], number> = { province: 0, prefecture: 1, county: 2 };

/** Document metadata the extractor reads for the locale (Simplified). */
export interface DocumentMeta {
  title: string | null;
  outlet: string | null;
  author?: string | null;
}

/** Divisions, chains of divisions, and local agencies composed from them. */
function divisionsAndLocalAgencies(text: string, out: Cand[], locale: Map<string, Division>): void {
  const lastByLevel = new Map<string, Division>();
  let lastLocal: { end: number; div: Division } | null = null;
  for (let i = 0; i < text.length; i++) {
    if (!isCjk(text[i])) continue;
    const ctx = contextualAgency(text, i, lastByLevel, locale, out);
    if (ctx) lastLocal = ctx;
    // a list of bare bodies after a joint-action word names bodies of the local agency just before (宿豫区发改局联合网信办、公安局…)
    if (lastLocal && i - lastLocal.end <= 40 && /^(联合|会同|联同|召集)$/.test(text.slice(i, i + 2))) {
      if (!/[。;；\n]/.test(text.slice(lastLocal.end, i))) bareList(text, i + 2, lastLocal.div, out);
    }
    const first = divisionAt(text, i, null);
    if (!first) continue;
    // 美国德州 is Texas: a foreign country right before a division name makes it foreign
    if (COUNTRY_BEFORE.test(text.slice(Math.max(0, i - 6), i))) continue;
    // prefer the province/prefecture reading; ambiguous lower divisions need a parent in the chain
    const chain: Array<{ start: number; end: number; div: Division }> = [];
    const pick = (divs: Division[]): Division | null =>
      divs.length === 1 ? divs[0]! : (divs.find((d) => d.level === "province") ?? null);
    const d0 = pick(first.divs);
    let j = i + first.len;
    if (d0) chain.push({ start: i, end: j, div: d0 });
    else {
      // ambiguous alone (朝阳区): resolve only through a following child? no: skip
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
    const outlet = text.slice(j, j + 8).match(OUTLET_AFTER);
    if (outlet) {
      out.push({ start: i, end: j + outlet[0].length, ref: null, priority: 9 });
      i = j + outlet[0].length - 1;
      continue;
    }
    for (const c of chain) {
      lastByLevel.set(c.div.level, c.div);
      if (c.div.level === "province" && /^(北京|天津|上海|重庆)/.test(c.div.name)) lastByLevel.set("prefecture", c.div);
    }
    // local agency: chain + suffix
    let agency: Cand | null = null;
    const energy = text.startsWith("能源监管办公室", j)
      ? "能源监管办公室"
      : text.startsWith("能源监管办", j)
        ? "能源监管办"
        : null;
    const suf = suffixAt(text, j);
    if (suf && !(energy && suf.entry.canonical !== "能源监管办公室")) {
      const s = suf.entry;
      let name: string;
      let level = LEVEL_OF[last.level];
      if (s.canonical === "能源监管办公室") {
        const short = provinceOf(last).forms.at(-1)!;
        name = `国家能源局${short}监管办公室`;
        level = "provincial";
      } else name = localAgencyName(last, s.canonical);
      agency = { start: i, end: j + suf.form.length, ref: agencyRef(name, level), priority: 6, role: "gov" };
    }
    if (!agency) {
      for (const f of FREE_SUFFIXES) {
        const m = text.slice(j, j + 30).match(new RegExp(`^(${CJK}{2,16}?)${f}`));
        if (m && !/[的是在了对将]/.test(m[1]!)) {
          agency = {
            start: i,
            end: j + m[0].length,
            ref: agencyRef(agencyPrefix(chain.map((c) => c.div)) + m[1] + f, LEVEL_OF[last.level]),
            priority: 6,
            role: "gov",
          };
          break;
        }
      }
    }
    if (agency) {
      agency.links = [{ type: "LOCATED_IN", to: divisionRef(last), properties: {} }];
      if (last.level !== "province")
        agency.links.push({
          type: "IN_PROVINCE",
          from: divisionRef(last),
          to: divisionRef(provinceOf(last)),
          properties: {},
        });
      out.push(agency);
      lastLocal = { end: agency.end, div: last };
    }
    for (const c of chain) {
      const cand: Cand = { start: c.start, end: c.end, ref: divisionRef(c.div), priority: 3 };
      if (c.div.level !== "province")
        cand.links = [{ type: "IN_PROVINCE", to: divisionRef(provinceOf(c.div)), properties: {} }];
      out.push(cand);
    }
  }
}

/** All local-suffix forms, longest first (人民政府办公厅 before 人民政府). */
const SUFFIX_TRIE = new Trie<{ form: string; entry: (typeof LOCAL_SUFFIXES)[number] }>();
for (const entry of LOCAL_SUFFIXES) for (const form of entry.forms) SUFFIX_TRIE.add(form, { form, entry });
function suffixAt(text: string, j: number): { form: string; entry: (typeof LOCAL_SUFFIXES)[number] } | null {
  return SUFFIX_TRIE.matches(text, j)[0]?.value ?? null;
}

/** The level a bare 省/市/州/县/区 prefix refers to. */
const BARE_LEVEL: Record<string, Division["level"]> = {
  省: "province",
  自治区: "province",
  市: "prefecture",
  州: "prefecture",
  县: "county",
  区: "county",
};

/**
 * 省发改委, 市经信局, 区委网信办: a bare level word + a body suffix names the agency of the division of that
 * level last mentioned in the article, else of the document's locale (title, outlet); with neither, the
 * short form itself is the node (never a guessed division, and never the national 发改委).
 * 省、市发改委 names both levels' bodies. Returns the division used, for the bare lists that follow.
 */
function contextualAgency(
  text: string,
  i: number,
  lastByLevel: Map<string, Division>,
  locale: Map<string, Division>,
  out: Cand[],
): { end: number; div: Division } | null {
  // 国家、省发改委: the national body of the same name (国家发改委), when the lexicon knows it
  if (text.startsWith("国家、", i) && BARE_LEVEL[text[i + 3]!]) {
    const suf = suffixAt(text, i + 4);
    const national = suf && LEX_BY_FORM.get(`国家${suf.form}`)?.find((e) => e.ref.label === "Agency");
    if (national) out.push({ start: i, end: i + 2, ref: national.ref, priority: 2, role: "gov" });
    return null;
  }
  const bare = text.startsWith("自治区", i) ? "自治区" : text[i]!;
  const level = BARE_LEVEL[bare];
  if (!level) return null;
  let j = i + bare.length;
  // 省、市发改委: the first level shares the body of the second
  const coord = text[j] === "、" && BARE_LEVEL[text[j + 1]!] ? text[j + 1]! : null;
  const sj = coord ? j + 2 : j;
  const suf = suffixAt(text, sj);
  if (!suf || suf.entry.canonical === "能源监管办公室") return null;
  const s = suf.entry;
  const div = lastByLevel.get(level) ?? locale.get(level) ?? null;
  const end = coord ? i + 1 : sj + suf.form.length;
  if (!div) {
    // locale unclear: the short form itself names the node
    const short = coord ? bare + suf.form : text.slice(i, end);
    out.push({ start: i, end, ref: agencyRef(short, LEVEL_OF[level]), priority: 2, role: "gov" });
    return null;
  }
  const c: Cand = {
    start: i,
    end,
    ref: agencyRef(localAgencyName(div, s.canonical), LEVEL_OF[div.level]),
    priority: 2,
    role: "gov",
  };
  c.links = [{ type: "LOCATED_IN", to: divisionRef(div), properties: {} }];
  if (div.level !== "province")
    c.links.push({ type: "IN_PROVINCE", from: divisionRef(div), to: divisionRef(provinceOf(div)), properties: {} });
  out.push(c);
  return { end, div };
}

/** Bare body names listed from `p` (网信办、公安局、工信局和市场监管局), each of division `div`. */
function bareList(text: string, p: number, div: Division, out: Cand[]): void {
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

/** The division part of a local agency's canonical name: the most specific division, qualified when its name is not unique. */
function agencyPrefix(chain: Division[]): string {
  const last = chain.at(-1)!;
  return last.key;
}

/** Lexicon entries (agencies, companies, countries, named measures), plus foreign bodies (土耳其央行). */
function lexicon(text: string, out: Cand[]): void {
  const lower = text.toLowerCase();
  for (let i = 0; i < text.length; i++) {
    const found = lexAt(text, lower, i);
    if (!found.length) continue;
    const e = found[0]!;
    const end = i + e.form.length;
    if (e.ref.label === "Country") {
      const s = FOREIGN_SUFFIXES.find((x) => startsWithAny(text, end, x.forms));
      if (s) {
        const f = startsWithAny(text, end, s.forms)!;
        out.push({
          start: i,
          end: end + f.length,
          ref: agencyRef(e.ref.name + s.canonical, "foreign"),
          priority: 6,
          role: "gov",
          links: [{ type: "LOCATED_IN", to: e.ref, properties: {} }],
        });
      }
    }
    // 中国人民银行X中心支行 / 国家能源局X监管办公室
    if (e.ref.name === "中国人民银行") {
      // 中國人民銀行(中國央行)營業管理部: a parenthesized short form may stand between the bank and its branch
      const paren = text.slice(end, end + 8).match(/^[(（][^()（）]{1,6}[)）]/)?.[0] ?? "";
      const m0 = text
        .slice(end + paren.length, end + paren.length + 12)
        .match(new RegExp(`^(${CJK}{0,5}?)(中心支行|中支|分行|营业管理部|总部)`));
      const m = m0 && (!paren || m0[2] === "营业管理部") ? ([paren + m0[0], m0[1], m0[2]] as const) : null;
      if (m && (m[1]!.length >= 2 || m[2] === "营业管理部") && !(m[2] === "总部" && !m[1])) {
        const d = m[1] ? divisionAt(m[1], 0, null) : null;
        const name = `中国人民银行${m[1]}${m[2] === "中支" ? "中心支行" : m[2]}`;
        const c: Cand = {
          start: i,
          end: end + m[0].length,
          ref: agencyRef(
            name,
            m[2] === "中心支行" || m[2] === "中支"
              ? "prefectural"
              : m[2] === "分行" || m[2] === "营业管理部"
                ? "provincial"
                : "central",
          ),
          priority: 7,
          role: "gov",
        };
        const div = d?.divs.length === 1 ? d.divs[0]! : null;
        if (div) c.links = [{ type: "LOCATED_IN", to: divisionRef(div), properties: {} }];
        if (div && div.level !== "province")
          c.links!.push({
            type: "IN_PROVINCE",
            from: divisionRef(div),
            to: divisionRef(provinceOf(div)),
            properties: {},
          });
        out.push(c);
      }
    }
    // a company's branch named by its place: 中国移动运城分公司
    if (e.ref.label === "Company") {
      const m = text.slice(end, end + 10).match(new RegExp(`^(${CJK}{2,5}?)(分公司|子公司)`));
      const d = m ? divisionAt(m[1]!, 0, null) : null;
      if (m && d && d.len === m[1]!.length)
        out.push({
          start: i,
          end: end + m[0].length,
          ref: {
            label: "Company",
            name: e.ref.name + m[0],
            aliases: [],
            properties: { sector: e.ref.properties.sector ?? null },
          },
          priority: 7,
          role: "company",
        });
    }
    if (e.ref.name === "国家能源局") {
      const d = divisionAt(text, end, null);
      if (d && d.divs.length === 1 && d.divs[0]!.level === "province") {
        const f = startsWithAny(text, end + d.len, ["监管办公室", "监管办"]);
        if (f) {
          const short = d.divs[0]!.forms.at(-1)!;
          out.push({
            start: i,
            end: end + d.len + f.length,
            ref: agencyRef(`国家能源局${short}监管办公室`, "provincial"),
            priority: 7,
            role: "gov",
            links: [{ type: "LOCATED_IN", to: divisionRef(d.divs[0]!), properties: {} }],
          });
        }
      }
    }
    out.push({ start: i, end, ref: e.ref, priority: e.priority, role: e.role });
  }
}

/** Walk left from `end` over name characters (no punctuation, no function words) and return the start. */
function leftBoundary(
  text: string,
  end: number,
  max: number,
  stops = "的在和与及对向由是为从据称将被把让给等了着过也都还就又并或即于以其该这那此各每某自来到者些",
): number {
  let s = end;
  while (s > 0 && end - s < max) {
    const c = text[s - 1]!;
    if (!(isCjk(c) || /[A-Za-z0-9.]/.test(c)) || stops.includes(c)) break;
    s--;
  }
  return s;
}

/** Words that make 国家… a clause rather than a body's name. */
const NOT_BODY_MIDDLE =
  /(鼓励|支持|要求|推进|加强|落实|贯彻|部署|规定|明确|禁止|严禁|引导|推动|开展|提出|政策|产业|战略|层面|相关|有关|重点|大力|积极|坚决|全面|已经|正在|已|将|把|从|向|以)/;

/** Pattern-built organizations: 国家…委员会, 中国…协会(…专委会), …大学(…研究所), companies by suffix. */
function patternOrgs(text: string, out: Cand[]): void {
  let m: RegExpExecArray | null;
  const national = new RegExp(`国家(${CJK}{2,14}?)(委员会|领导小组办公室|小组办公室|办公室|管理局|总局|局|中心)`, "g");
  while ((m = national.exec(text))) {
    // a sentence fragment that starts like a body's name (国家鼓励发展数据中心, 国家产业政策要求…办公室) is not one
    if (/[的是在了对将和与为等]/.test(m[1]!) || NOT_BODY_MIDDLE.test(m[1]!)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, ref: agencyRef(m[0], "central"), priority: 4, role: "gov" });
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
  const unit = `(${CJK}{1,12}?(研究所|研究院|研究中心|实验室|学院|所)(${CJK}{2,10}?(研究中心|实验室|中心))?)?`;
  const academic = new RegExp(
    `(中国社会科学院|中国社科院|社科院|中国科学院|中科院|${CJK}{2,10}?(大学|科学院|财经学院|研究院))${unit}`,
    "g",
  );
  while ((m = academic.exec(text))) {
    let start = m.index;
    if (!/^(中国社会科学院|中国社科院|社科院|中国科学院|中科院)/.test(m[0])) {
      const core = m[1]!;
      const coreEnd = m.index + core.length;
      start = leftBoundary(text, coreEnd - (m[2]?.length ?? 0), 10);
      const name = text.slice(start, coreEnd);
      if (name.length < 4 || COMPANY_BY_FORM.has(name.slice(0, -2).toLowerCase())) continue;
    }
    const end = m.index + m[0].length;
    const name = text.slice(start, end);
    out.push({ start, end, ref: agencyRef(canonicalAcademic(name), "academic"), priority: 4, role: "academic" });
  }
  for (const suffix of COMPANY_SUFFIXES) {
    let from = 0;
    for (;;) {
      const p = text.indexOf(suffix, from);
      if (p < 0) break;
      from = p + suffix.length;
      const s = trimVerbs(text, leftBoundary(text, p, 12), p);
      const core = text.slice(s, p);
      if (!plausibleCompanyCore(core)) continue;
      const latin = /^[A-Za-z][A-Za-z0-9.\-]*$/.test(core);
      if (suffix === "交易所" && !latin && !COMPANY_BY_FORM.has(core.toLowerCase()) && core.length > 4) continue;
      const known = COMPANY_BY_FORM.get(core.toLowerCase()) ?? COMPANY_BY_FORM.get((core + suffix).toLowerCase());
      // a Latin name is the company's name (Bitget交易所 → Bitget); a Chinese one keeps its suffix (虎符交易所)
      const name = latin && suffix === "交易所" ? core : core + suffix;
      const ref: EntityRef = known ?? {
        label: "Company",
        name,
        aliases: name === core ? [core + suffix] : [],
        properties: { sector: SECTOR_OF[suffix] ?? null },
      };
      out.push({ start: s, end: p + suffix.length, ref, priority: known ? 6 : 3, role: "company" });
    }
  }
  // a Latin brand right after its category (矿池BTC.com, 交易所Bitget, 钱包imToken), or written as a domain (Gate.io)
  const latinBrand =
    /(交易所|矿池|平台|钱包)\s?([A-Z][A-Za-z0-9]*(?:\.(?:com|io|net|org|cc|top|pro))?)(?![A-Za-z0-9])|(?<![A-Za-z0-9/.@])([A-Za-z][A-Za-z0-9]{1,20}\.(?:com|io|net|cc|pro))(?![A-Za-z0-9/.])/g;
  while ((m = latinBrand.exec(text))) {
    const name = m[2] ?? m[3]!;
    if (name.length < 3 || /^(OTC|ICO|IMO|IP|App|APP|VPN|USDT)$/i.test(name)) continue;
    const start = m.index + m[0].length - name.length;
    const known = COMPANY_BY_FORM.get(name.toLowerCase());
    const sector = m[1] === "交易所" ? "exchange" : m[1] === "矿池" ? "pool" : null;
    out.push({
      start,
      end: start + name.length,
      ref: known ?? { label: "Company", name, aliases: [], properties: { sector } },
      priority: known ? 6 : 3,
      role: "company",
    });
  }
  // a Chinese brand glossed with its Latin name: 交易平台币赢网（CoinW）, ，币印矿池（Poolin） → company, Latin name as alias
  const glossed =
    /(交易平台|交易所|平台|矿池|钱包|矿企|厂商|^|[,，。、;；:：“\n])([\u4e00-\u9fff]{2,6}?)[(（]([A-Z][A-Za-z0-9.\- ]{1,20}[a-z][A-Za-z0-9.\- ]*)[)）]/gm;
  while ((m = glossed.exec(text))) {
    const cn = m[2]!;
    const latin = m[3]!.trim();
    if (!plausibleCompanyCore(cn) || /(大学|学院|研究|协会|委员会|银行|政府|通讯|日报|新闻)/.test(cn)) continue;
    const start = m.index + m[1]!.length;
    const known = COMPANY_BY_FORM.get(cn.toLowerCase()) ?? COMPANY_BY_FORM.get(latin.toLowerCase());
    const sector =
      /矿池$/.test(cn) || m[1] === "矿池" ? "pool" : /交易/.test(m[1]!) || /交易所$/.test(cn) ? "exchange" : null;
    out.push({
      start,
      end: start + cn.length,
      ref: known ?? { label: "Company", name: cn, aliases: [latin], properties: { sector } },
      priority: known ? 6 : 3,
      role: "company",
    });
  }
  // banks: 工商银行, 中国建设银行, 兴业银行 (not 人民银行, 商业银行, 银行业, 银行卡)
  const bank = /银行(?![业卡账间])/g;
  while ((m = bank.exec(text))) {
    const s = trimVerbs(text, leftBoundary(text, m.index, 6), m.index);
    const core = text.slice(s, m.index);
    if (core.length < 2 || core.length > 6 || !plausibleCompanyCore(core) || GENERIC_BANK.test(core)) continue;
    // a clause before 银行 (衢州银保监分局约谈银行) is not a bank's name
    if (/[局委厅办署]|约谈|要求|督促|指导|通报|提醒/.test(core)) continue;
    const known = COMPANY_BY_FORM.get((core + "银行").toLowerCase());
    out.push({
      start: s,
      end: m.index + 2,
      ref: known ?? { label: "Company", name: core + "银行", aliases: [], properties: { sector: "bank" } },
      priority: known ? 6 : 3,
      role: "company",
    });
  }
}

const SECTOR_OF: Record<string, string> = {
  交易所: "exchange",
  矿池: "pool",
  电力公司: "utility",
  电网公司: "utility",
};
/** Bank-name cores that are kinds of bank, not names. */
const GENERIC_BANK =
  /(准|人民|中央|商业|政策性|世界|民营|地方|网络|国有|大型|中小|外资|投资|农村|城市|村镇|托管|合作|开户|收款|发卡|代理|结算|清算|各|该|多家|部分|相关|境外|境内|国内|传统|影子|数字|虚拟)$|^(中国)?人民$/;

/** Verbs that may precede a name without punctuation (要求国网…公司, 约谈工商银行): skipped at the start of a name. */
const LEADING_VERBS =
  /^(要求|责令|约谈|督促|通知|组织|协调|联合|包括|其中|比如|例如|如|像|即|由|和|与|及|对|向|据|称|指导|推动|支持|鼓励|查处|处罚|关停|关闭|屏蔽|封禁|取缔|清理|整顿|打击|监管|访问|注册|登录|使用|通过|进入|成立|设立|上线|下架|针对|涉及|涉嫌)+/;
function trimVerbs(text: string, start: number, end: number): number {
  // an appositive names the company last: OKEx母公司OK集团 → OK集团
  const rel = text.slice(start, end).match(/^.*(母公司|子公司|旗下|控股股东|关联公司|运营方)/);
  if (rel) start += rel[0].length;
  const m = text.slice(start, end).match(LEADING_VERBS);
  return m ? start + m[0].length : start;
}

/** Could `core` (the text before …公司/集团/交易所/银行) be a company name? */
function plausibleCompanyCore(core: string): boolean {
  if (core.length < 2 || GENERIC_COMPANY_CORE.test(core)) return false;
  if (
    /犯罪|诈骗|团伙|传销|利益|黑恶|虚拟|货币|比特币|加密|数字|平台|企业|机构|所有|全部|部分|各大|主流|知名|合规|正规|非法|境外|境内|离岸|国际|海外|大型|中小|这些|那些|上述|有关|相关|一些/.test(
      core,
    )
  )
    return false;
  if (/^\d+$/.test(core) || /(个|家|所|些|的)$/.test(core)) return false;
  return true;
}

const canonicalAcademic = (name: string): string =>
  name.replace(/^中国社科院|^社科院/, "中国社会科学院").replace(/^中科院/, "中国科学院");

/**
 * The issuers written at the head of a title before 关于 (国家发展改革委等部门关于…, 国家发改委关于…,
 * 中国人民银行 工业和信息化部关于…): every piece must be an agency form, else null.
 */
function issuerPrefix(inner: string, offset: number): { length: number; agencies: Cand[] } | null {
  const k = inner.indexOf("关于");
  if (k < 2) return null;
  const head = inner.slice(0, k);
  const tail = head.match(/(?:等(?:[一二三四五六七八九十\d]+个?)?(?:部门|部委|单位|机构)?)$/)?.[0] ?? "";
  const body = head.slice(0, head.length - tail.length);
  const agencies: Cand[] = [];
  let p = 0;
  while (p < body.length) {
    const sep = body.slice(p).match(/^[、\s]+/);
    if (sep) {
      p += sep[0].length;
      continue;
    }
    const lower = body.toLowerCase();
    const lex = lexAt(body, lower, p).find((e) => e.ref.label === "Agency");
    if (lex) {
      agencies.push({
        start: offset + p,
        end: offset + p + lex.form.length,
        ref: lex.ref,
        priority: 5,
        role: lex.role,
      });
      p += lex.form.length;
      continue;
    }
    const d = divisionAt(body, p, null);
    const suf = d && d.divs.length === 1 ? suffixAt(body, p + d.len) : null;
    if (!d || !suf) return null;
    const div = d.divs[0]!;
    const len = d.len + suf.form.length;
    agencies.push({
      start: offset + p,
      end: offset + p + len,
      ref: agencyRef(localAgencyName(div, suf.entry.canonical), LEVEL_OF[div.level]),
      priority: 6,
      role: "gov",
      links: [{ type: "LOCATED_IN", to: divisionRef(div), properties: {} }],
    });
    p += len;
  }
  return agencies.length ? { length: k, agencies } : null;
}

/** Titles of measures written without 《》: after an issuing verb (发布了关于…的提示, 发布「关于…的通知」), and catalogues with their edition (市场准入负面清单(2021版)). */
function untitledMeasures(text: string, out: Cand[]): void {
  let m: RegExpExecArray | null;
  const after =
    /(?:发布|印发|下发|出台|公布|发出|下达)了?\s*([「“"]?)(关于[^。；;！？!?\n「」《》]{4,60}?的(?:紧急通知|通知|公告|通告|风险提示|提示|指导意见|意见|决定|规定|办法|方案))([」”"]?)/g;
  while ((m = after.exec(text))) {
    if (m[1] && !m[3]) continue;
    const start = m.index + m[0].length - m[2]!.length - m[3]!.length;
    const title = m[2]!;
    const kind: MeasureKind = TITLE_KINDS.find(([re]) => re.test(title))?.[1] ?? "other";
    out.push({
      start,
      end: start + title.length,
      ref: {
        label: "Measure",
        name: canonicalTitle(title),
        aliases: [],
        properties: { kind, date: null, status: null },
      },
      priority: 7,
    });
  }
  // laws named without 《》: 中华人民共和国反洗钱法
  const law = /中华人民共和国[\u4e00-\u9fff]{2,14}?法(?![院官律人规典庭制治理定])/g;
  while ((m = law.exec(text))) {
    if (text[m.index - 1] === "《") continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      ref: { label: "Measure", name: m[0], aliases: [], properties: { kind: "law", date: null, status: null } },
      priority: 7,
    });
  }
  const catalogue = /([\u4e00-\u9fff]{4,16}(?:目录|清单))\s*[(（](\d{4}\s*年?\s*[本版])[)）]/g;
  while ((m = catalogue.exec(text))) {
    if (text[m.index - 1] === "《") continue;
    const core = m[1]!.replace(/^.*(就|将|把|在|对|与|和|及|了|的|为|是|被|发布|印发|公布|出台|修订|列入|纳入)/, "");
    if (core.length < 4) continue;
    const s0 = m.index + (m[1]!.length - core.length);
    out.push({
      start: s0,
      end: m.index + m[0].length,
      ref: {
        label: "Measure",
        name: canonicalTitle(`${core}（${m[2]!.replace(/\s+/g, "")}）`),
        aliases: [],
        properties: { kind: "catalogue", date: null, status: null },
      },
      priority: 7,
    });
  }
}

/** A company's own announcement, untitled (比特币中国官方微信公众号14日发布公告称, 比特币中国公告，…): a Measure it issued. */
function companyAnnouncements(text: string, chosen: Cand[], out: Cand[]): void {
  for (const c of chosen) {
    if (c.ref?.label !== "Company" || /官方$/.test(text.slice(Math.max(0, c.start - 2), c.start))) continue;
    const m = text
      .slice(c.end, c.end + 24)
      .match(
        /^(?:官方微信公众号|官方微博|官方网站|官网|官方)?(?:\d{1,2}日|今天|今日|昨天|昨日|日前|近日|当天|当日)?(?:正式)?(?:发布|发出|发表)?了?公告(?=[,，:：称表说])/,
      );
    if (!m) continue;
    const start = c.end + m[0].length - 2;
    const ref: EntityRef = {
      label: "Measure",
      name: `${c.ref.name}公告`,
      aliases: [],
      properties: { kind: "announcement", date: null, status: null },
    };
    out.push({
      start,
      end: start + 2,
      ref,
      priority: 7,
      links: [{ type: "ISSUED", from: c.ref, to: ref, properties: {} }],
    });
  }
}

/** 《…》 titles, named meetings and campaigns. */
function measures(text: string, out: Cand[]): void {
  let m: RegExpExecArray | null;
  const titled = /《([^《》\n]{2,90})》/g;
  while ((m = titled.exec(text))) {
    let inner = m[1]!;
    const start = m.index;
    let end = m.index + m[0].length;
    // the edition written after a catalogue's title: 《…目录》(2019年本,征求意见稿)
    const edition = text.slice(end, end + 20).match(/^\s*[(（](\d{4}\s*年?\s*[本版])(?:[,，、]\s*(征求意见稿))?[)）]/);
    if (edition && /(目录|清单|名录)$/.test(inner)) {
      inner = `${inner}（${edition[1]!.replace(/\s+/g, "")}）${edition[2] ? "（征求意见稿）" : ""}`;
      end += edition[0].length;
    }
    // the issuers written before 关于 (国家发展改革委等部门关于…的通知): mentions of their own, the title starts at 关于
    const issuers = issuerPrefix(inner, start + 1);
    const fullTitle = inner;
    if (issuers) inner = inner.slice(issuers.length);
    const plain = inner
      .replace(/[(（][^()（）]{0,6}(征求意见稿|草案|试行|暂行)[)）]$/, "")
      .replace(/草案$/, "")
      .replace(/[(（]\d{4}\s*年?\s*[本版][)）]$/, "");
    let kind: MeasureKind | null = TITLE_KINDS.find(([re]) => re.test(plain))?.[1] ?? null;
    if (NOT_MEASURE_TITLE.test(plain) && !/(通知|公告|规定|办法)$/.test(plain)) kind = null;
    // a body's name in 《》 (a regulator's full name) is never a measure
    if (lexAt(plain, plain.toLowerCase(), 0).some((e) => e.ref.label === "Agency" && e.form.length === plain.length))
      kind = null;
    else if (!kind && /(发布|印发|下发|出台|公布|颁布|发出)了?的?\s*$/.test(text.slice(Math.max(0, start - 6), start)))
      kind = "other";
    if (!kind) {
      out.push({ start, end, ref: null, priority: 9 });
      continue;
    }
    const status = /征求意见稿/.test(inner + (edition?.[2] ?? ""))
      ? "征求意见稿"
      : /草案[)）]?$/.test(inner)
        ? "草案"
        : /[(（]试行[)）]$/.test(inner)
          ? "试行"
          : null;
    const named = NAMED_MEASURES.find((n) => n.name === canonicalTitle(inner));
    // a document number right after the title (皖能源电力〔2021〕99号) is kept as an alias
    const docNo = text
      .slice(end, end + 30)
      .match(/^[(（]([\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号)[)）]/);
    // a counted short name inside the title (…八项措施, …十条) also names it: 八项措施
    const counted = plain.match(/([一二三四五六七八九十两\d]+(?:项措施|条措施|条意见|条))$/);
    const aliases = [
      ...(named?.aliases ?? []),
      ...(docNo ? [docNo[1]!] : []),
      ...(counted ? [counted[1]!] : []),
      ...(issuers ? [canonicalTitle(fullTitle)] : []),
    ];
    const ref: EntityRef = {
      label: "Measure",
      name: canonicalTitle(inner),
      aliases,
      properties: { kind, date: null, status },
    };
    const cand: Cand = { start, end, ref, priority: 8 };
    // a title that starts with a division (浙江省整治…工作方案) applies to it
    const place = issuers ? null : divisionAt(plain, 0, null);
    if (
      place &&
      place.divs.length === 1 &&
      /^(关于|整治|贯彻|加强|进一步|做好|开展|全面|深入|推进|实施|防范|打击|清理)/.test(plain.slice(place.len))
    )
      cand.links = [{ type: "APPLIES_TO", from: ref, to: divisionRef(place.divs[0]!), properties: {} }];
    if (issuers) {
      cand.inner = issuers.agencies;
      cand.links = issuers.agencies.map((a) => ({ type: "ISSUED", from: a.ref!, to: ref, properties: {} }));
    }
    out.push(cand);
  }
  const campaign = /[“"]([^”"\s,，。]{2,8})[”"](?:专项)?行动/g;
  while ((m = campaign.exec(text))) {
    if (GENERIC_CAMPAIGN.test(m[1]!)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      ref: {
        label: "Measure",
        name: `${m[1]}行动`,
        aliases: [`“${m[1]}”行动`],
        properties: { kind: "campaign", date: null, status: null },
      },
      priority: 6,
    });
  }
}

/** Meetings convened by an agency: 金融委召开第五十一次会议; 发改委组织召开…专题视频会议. Runs after agencies are chosen. */
function meetings(text: string, chosen: Cand[], out: Cand[]): void {
  for (const a of chosen) {
    if (a.ref?.label !== "Agency") continue;
    const after = text.slice(a.end, a.end + 60);
    // 金融委召开第五十一次会议, or the meeting named right after its body: 国务院金融稳定发展委员会第五十一次会议
    const m =
      after.match(
        /^(?:也|再次|日前|近日|当天|今天|昨天|随后|还)?(?:牵头)?(?:组织|召集[^,，。;；]{0,8}?|召集[^。;；]{0,50}?等[一二三四五六七八九十\d]+个?(?:部门|单位))?(?:召开了?|举行了?)[,，]?/,
      ) ?? (/^第[一二三四五六七八九十百零〇\d]+次(?:全体)?会议/.test(after) ? [""] : null);
    if (!m) continue;
    const rest = after.slice(m[0].length);
    const numbered = rest.match(/^第[一二三四五六七八九十百零〇\d]+次(?:全体)?会议/);
    const named = rest.match(
      /^[^\s,，。;；、]{2,26}?(?:专题会议|视频会议|工作会议|座谈会|推进会|调度会|部署会|现场会|工作会|会议|专题会)/,
    );
    const hit =
      numbered ??
      (named &&
      !/^(专题|工作|视频|调度|推进|部署|专项|电视电话|党组|常务|全体|现场)*(会议|座谈会|专题会|推进会|调度会|部署会|现场会|工作会)$/.test(
        named[0],
      )
        ? named
        : null);
    if (!hit) continue;
    const start = a.end + m[0].length;
    const name = numbered ? `${a.ref.name}${hit[0]}` : canonicalTitle(hit[0]);
    out.push({
      start,
      end: start + hit[0].length,
      ref: {
        label: "Measure",
        name,
        aliases: numbered ? [hit[0]] : [],
        properties: { kind: "meeting", date: null, status: null },
      },
      priority: 7,
      links: [{ type: "ISSUED", from: a.ref, to: null as unknown as EntityRef, properties: {} }],
    });
  }
}

/** One label per name in a document: a name that holds a public post anywhere is an Official everywhere (and keeps only its posts). */
function unifyPeople(cands: Cand[]): Cand[] {
  const official = new Map<string, EntityRef>();
  for (const c of cands) if (c.ref?.label === "Official" && !official.has(c.ref.name)) official.set(c.ref.name, c.ref);
  for (const c of cands) {
    const o = c.ref?.label === "Person" ? official.get(c.ref.name) : undefined;
    if (!o) continue;
    c.ref = o;
    c.links = (c.links ?? []).filter((l) => l.type !== "AFFILIATED_WITH");
  }
  return cands;
}

/** Keep the longest non-overlapping candidates (ties: higher priority, earlier). */
function choose(cands: Cand[], taken: Cand[] = []): Cand[] {
  const sorted = cands
    .slice()
    .sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const chosen = taken.slice();
  let max = 0;
  for (const x of taken) if (x.end > max) max = x.end;
  for (const x of cands) if (x.end > max) max = x.end;
  const used = new Uint8Array(max + 1);
  for (const x of taken) used.fill(1, x.start, x.end);
  for (const c of sorted) {
    let free = true;
    for (let k = c.start; k < c.end && free; k++) if (used[k]) free = false;
    if (!free) continue;
    chosen.push(c);
    used.fill(1, c.start, c.end);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

// ------------------------------------------------------------------ people

const TITLES = [...new Set([...OFFICIAL_TITLES, ...EXPERT_TITLES])].sort((a, b) => b.length - a.length);
const TITLE_END = new RegExp(`(${TITLES.join("|")})$`);
const OFFICIAL_END = new RegExp(`(${[...OFFICIAL_TITLES].sort((a, b) => b.length - a.length).join("|")})$`);

/** A personal name starting at i: surname + 1–2 chars (or a Latin name); null if none. */
function nameAt(text: string, i: number): string | null {
  const latin = text.slice(i, i + 40).match(/^[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,3}/);
  if (latin) return latin[0];
  const two = text.slice(i, i + 2);
  const compound = COMPOUND_SURNAMES.includes(two);
  if (!compound && !SURNAMES.has(text[i]!)) return null;
  const sl = compound ? 2 : 1;
  const given = [text[i + sl], text[i + sl + 1]];
  if (!isCjk(given[0]) || "的是在了被与及对向从等".includes(given[0]!)) return null;
  if (isCjk(given[1]) && !NAME_STOP.has(given[1]!)) return text.slice(i, i + sl + 2);
  return text.slice(i, i + sl + 1);
}

/** 原/前 before a title (原司长, 调查统计司原司长, 原党组成员) marks a former post. */
const FORMER = /(^|、|[司局处部厅室所院会委行])(原|前)/;
const FORMER_G = /(^|、|[司局处部厅室所院会委行])(?:原|前)/g;

/** Is `s` shaped like a Chinese personal name (surname + 1–2 given characters)? */
function isName(s: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(s)) return false;
  const sl = COMPOUND_SURNAMES.includes(s.slice(0, 2)) ? 2 : SURNAMES.has(s[0]!) ? 1 : 0;
  if (!sl || s.length - sl < 1 || s.length - sl > 2) return false;
  return ![...s.slice(sl)].some((c) => "的是在了被与及对向从等表指认称说将已也都还就要会副原前".includes(c));
}

/** A person candidate from a name and its posts: Official when a public title is held at a government body, else Person. */
function personCand(name: string, start: number, posts: Post[]): Cand | null {
  if (!posts.length) return null;
  const lastTitle = posts.at(-1)!.title;
  if (GENERIC_PEOPLE.test(lastTitle)) return null;
  const govPost = posts.find(
    (p) =>
      ((p.org?.role === "gov" || !p.org) && OFFICIAL_END.test(p.title.split("、").at(-1)!)) || /^.长$/.test(p.title),
  );
  const isOfficial = !!govPost && (govPost.org?.role === "gov" || (!govPost.org && !posts.some((p) => p.org)));
  const label: EntityLabel = isOfficial ? "Official" : "Person";
  const plainTitle = lastTitle.match(TITLE_END)?.[1] ?? lastTitle.replace(FORMER_G, "$1").split("、").at(-1)!;
  const ref: EntityRef = { label, name, aliases: [], properties: { title: plainTitle } };
  const cand: Cand = { start, end: start + name.length, ref, priority: 5, links: [] };
  for (const p of posts) {
    if (!p.org?.ref) continue;
    if (isOfficial && p.org.role === "gov")
      cand.links!.push({
        type: "SERVES_AT",
        from: ref,
        to: p.org.ref,
        properties: { title: p.title.replace(FORMER_G, "$1"), former: p.former },
      });
    else if (label === "Person")
      cand.links!.push({ type: "AFFILIATED_WITH", from: ref, to: p.org.ref, properties: { title: p.title } });
  }
  return cand;
}

interface Post {
  org: Cand | null;
  title: string;
  former: boolean;
}

/** People introduced by titles: [org][dept]title(、[org]title)* + name. */
function people(text: string, chosen: Cand[], sentenceOf: (pos: number) => number): Cand[] {
  const out: Cand[] = [];
  const allOrgs = chosen.filter((c) => c.ref && (c.ref.label === "Agency" || c.ref.label === "Company"));
  const covered = new Uint8Array(text.length + 1);
  for (const c of chosen) for (let k = c.start; k < c.end; k++) covered[k] = 1;
  const overlapsChosen = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (covered[k]) return true;
    return false;
  };
  // orgs near a position (binary search on the sorted list)
  const orgsBetween = (a: number, b: number): Cand[] => {
    let lo = 0;
    let hi = allOrgs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (allOrgs[mid]!.start < a) lo = mid + 1;
      else hi = mid;
    }
    const res: Cand[] = [];
    for (let k = Math.max(0, lo - 1); k < allOrgs.length && allOrgs[k]!.start < b; k++) res.push(allOrgs[k]!);
    return res;
  };
  const titleRe = new RegExp(`(${TITLES.join("|")})`, "g");
  let m: RegExpExecArray | null;
  while ((m = titleRe.exec(text))) {
    const nameStart = m.index + m[0].length;
    const orgs = orgsBetween(m.index - 70, m.index + 1);
    const overlapped = orgs.find((o) => o.start < m!.index && m!.index < o.end);
    const titleStart = overlapped ? overlapped.end : m.index;
    const name = nameAt(text, nameStart);
    if (!name || overlapsChosen(nameStart, nameStart + name.length)) {
      // name + title: (org)潘功胜副行长表示 / 李波副行长指出
      if (
        !/^(表示|指出|称|认为|说|强调|介绍|透露|坦言|在|接受|告诉|[,，。:：])/.test(
          text.slice(nameStart, nameStart + 2),
        )
      )
        continue;
      for (const len of [3, 2]) {
        const ns = titleStart - len;
        if (ns < 0) continue;
        const nm = text.slice(ns, titleStart);
        if (!isName(nm) || overlapsChosen(ns, titleStart)) continue;
        const org = orgs.find((o) => o.end === ns) ?? null;
        if (!org && isCjk(text[ns - 1])) continue;
        const p = personCand(nm, ns, [{ org, title: text.slice(titleStart, nameStart), former: false }]);
        if (p) out.push(p);
        break;
      }
      continue;
    }
    // the chain region: back to punctuation or a sentence/clause start
    let rs = titleStart;
    while (rs > 0 && !/[,，。;；:：“”"!?！？()（）\n]/.test(text[rs - 1]!) && titleStart - rs < 60) rs--;
    const regionOrgs = orgs.filter(
      (o) => o.start >= rs && o.end <= titleStart && sentenceOf(o.start) === sentenceOf(nameStart),
    );
    // posts: each org followed by its title text; title text may contain 、-separated titles
    const posts: Post[] = [];
    const segs: Array<{ org: Cand | null; from: number; to: number }> = [];
    if (!regionOrgs.length) segs.push({ org: null, from: Math.max(rs, titleStart - 8), to: nameStart });
    regionOrgs.forEach((o, k) =>
      segs.push({ org: o, from: o.end, to: k + 1 < regionOrgs.length ? regionOrgs[k + 1]!.start : nameStart }),
    );
    let former = false;
    for (const seg of segs) {
      let t = text.slice(seg.from, seg.to).replace(/^[、,，]+|[、,，]+$/g, "");
      if (!seg.org) {
        const tm = t.match(new RegExp(`((原|前)?(${TITLES.join("|")}))$`));
        t = tm ? tm[1]! : "";
      }
      if (seg.org && /部$|局$|厅$/.test(seg.org.ref!.name) && t === "长") t = seg.org.ref!.name.slice(-1) + "长";
      if (!t || t.length > 22 || /[的在是了对将]/.test(t)) continue;
      if (!TITLE_END.test(t) && !/^.长$/.test(t)) continue;
      const isFormer = FORMER.test(t);
      if (isFormer) former = true;
      posts.push({ org: seg.org, title: t, former: isFormer || (former && !seg.org) });
    }
    const p = personCand(name, nameStart, posts);
    if (p) out.push(p);
  }
  return out;
}

// ------------------------------------------------------------------ main

/** The aliases of a mention's entity: lexicon/text-defined ones plus the forms seen (brackets stripped, name excluded). */
function aliasForms(ref: EntityRef, seen: string[]): string[] {
  const forms = seen.map((f) =>
    ref.label === "Measure" ? canonicalTitle(f.replace(/^《|》$/g, "")) : f.replace(/\s+/g, " ").trim(),
  );
  return [...new Set([...ref.aliases, ...forms])].filter((f) => f && f !== ref.name && !f.includes("\uFFFD"));
}

/**
 * Extract mentions and intrinsic links from one normalized document.
 * @example extract(body, norm, sentences, ranges).mentions.find(m => m.normalized === "中国人民银行")
 */
export function extract(
  body: string,
  norm: NormalizedText,
  sentences: SentenceSpan[],
  ranges: Array<[number, number]>,
  meta?: DocumentMeta,
): Extraction {
  const text = norm.text;
  const warnings: string[] = [];
  const sentenceOf = (pos: number): number => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = ranges[mid]!;
      if (pos < s) hi = mid - 1;
      else if (pos >= e) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  const cands: Cand[] = [];
  divisionsAndLocalAgencies(text, cands, documentLocale(meta));
  lexicon(text, cands);
  patternOrgs(text, cands);
  measures(text, cands);
  untitledMeasures(text, cands);
  const inSentence = (c: Cand): boolean => {
    const s = sentenceOf(c.start);
    return s >= 0 && s === sentenceOf(c.end - 1) && !text.slice(c.start, c.end).includes("\uFFFD");
  };
  let chosen = choose(cands.filter(inSentence));
  const meet: Cand[] = [];
  meetings(text, chosen, meet);
  companyAnnouncements(text, chosen, meet);
  chosen = choose(meet.filter(inSentence), chosen);
  const found = unifyPeople(people(text, chosen, sentenceOf));
  chosen = choose(found, chosen);

  // aliases defined in the text: X（以下简称“Y”）; then later occurrences of aliases and of found names
  const extra: Array<{ form: string; ref: EntityRef }> = [];
  const defs: Cand[] = [];
  for (const c of chosen) {
    if (!c.ref) continue;
    const after = text
      .slice(c.end, c.end + 24)
      .match(
        /^\s*[(（](?:以下简称|以下称|下称|简称|以下统称)[:：]?([“"《「]?)([^“”"《》「」)）]{1,14})([”"》」]?)[)）]/,
      );
    if (after) {
      const alias = after[2]!;
      const open = after[1]!;
      // a new ref: the lexicon's (shared by every document) is never written to
      c.ref = { ...c.ref, aliases: [...new Set([...c.ref.aliases, alias])] };
      // a generic alias (《公告》, “通知”) is only matched as written, in its brackets
      const generic = alias.length < 3 || /^(公告|通知|规定|意见|办法|文件|措施|政策|条例)$/.test(alias);
      const written = open ? `${open}${alias}${after[3]}` : alias;
      extra.push({ form: generic ? written : alias, ref: c.ref });
      const aStart = c.end + after[0].indexOf(alias) - (generic ? open.length : 0);
      defs.push({ start: aStart, end: aStart + (generic ? written.length : alias.length), ref: c.ref, priority: 10 });
    }
    if (c.ref.label === "Official" || c.ref.label === "Person") extra.push({ form: c.ref.name, ref: c.ref });
    // a company found by a pattern once (币赢网（CoinW）, Bitget交易所) is found again bare; its Latin gloss too
    if (c.ref.label === "Company" && c.priority <= 3)
      for (const f of [c.ref.name, ...c.ref.aliases])
        if (f.length >= 3 || /[\u4e00-\u9fff]{2}/.test(f)) extra.push({ form: f, ref: c.ref });
    if (c.ref.label === "Measure")
      for (const a of c.ref.aliases)
        if (/^[一二三四五六七八九十两\d]+(项措施|条措施|条意见)$/.test(a)) extra.push({ form: a, ref: c.ref });
  }
  // the alias inside its definition replaces whatever was found there (《公告》 is not a measure of its own)
  chosen = choose(
    chosen.filter((c) => !defs.some((d) => d.start < c.end && c.start < d.end)),
    defs,
  );
  const more: Cand[] = [];
  for (const { form, ref } of extra) {
    let from = 0;
    for (;;) {
      const p = text.indexOf(form, from);
      if (p < 0) break;
      from = p + form.length;
      more.push({ start: p, end: p + form.length, ref, priority: 4 });
    }
  }
  chosen = choose(more.filter(inSentence), chosen);

  // the issuers written inside a chosen title are mentions of their own
  chosen = [...chosen, ...chosen.flatMap((c) => c.inner ?? [])].sort((a, b) => a.start - b.start);

  // mentions and links
  const mentions: Mention[] = [];
  const links: Link[] = [];
  for (const c of chosen) {
    if (!c.ref) continue;
    const si = sentenceOf(c.start);
    const sentence = sentences[si];
    if (!sentence) continue;
    const start = norm.toOriginal[c.start]!;
    const end = norm.toOriginal[c.end - 1]! + 1;
    const clean = Array.from({ length: c.end - c.start }, (_, k) => body[norm.toOriginal[c.start + k]!]).join("");
    mentions.push({
      label: c.ref.label,
      surface: body.slice(start, end),
      normalized: c.ref.name,
      start,
      end,
      sentenceId: sentence.id,
      properties: { ...c.ref.properties, aliases: aliasForms(c.ref, [text.slice(c.start, c.end), clean]) },
    });
    for (const l of c.links ?? []) {
      const from = l.from ?? c.ref;
      const to = l.to ?? c.ref;
      links.push({ type: l.type, from, to, sentenceId: sentence.id, properties: l.properties });
    }
  }
  return { mentions, links, warnings };
}
