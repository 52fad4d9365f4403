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
 *
 * One file per recogniser: places.ts (divisions, local agencies, the document's locale), agencies.ts
 * (lexicon entries and what composes on them), organizations.ts (orgs by pattern: 国家…委员会, 中国…协会, universities,
 * companies by suffix), company-names.ts (what a firm's name may be, shared by the company recognisers),
 * company-lists.ts (firms in lists), bare-companies.ts (X公司 read leftwards), sub-units.ts (a body's 处/科/中心,
 * police branches), company-links.ts (after the choice: branches, places, registered names), measures.ts,
 * people.ts; anaphora.ts (a bare national short form naming the local body of that kind again); shared.ts
 * (candidates, lexicon index, canonical names), trie.ts, overlap.ts.
 */
import { departmentLists } from "./department-lists.js";
import { LOCAL_SUFFIXES, POLICE_WORDS } from "../lexicon/agencies.js";
import { MUNICIPALITIES } from "../lexicon/divisions.js";
import { agencyGroups } from "./groups.js";
import {
  type Cand,
  balancedQuotes,
  canonicalTitle,
  divisionAt,
  divisionRef,
  DOC_NUMBER,
  relinked,
  seatOf,
  writtenTitle,
} from "./shared.js";
import {
  documentLocale,
  type DocumentMeta,
  divisionsAndLocalAgencies,
  lazyLocale,
  selfReferences,
  portCustoms,
  localAssociations,
  regionBodies,
  listedShortPlaces,
  barePoliceBranches,
  namedInFullShortPlaces,
  provinceNamedShortPlaces,
  oneCharacterProvinces,
  countedProvinceAbbreviations,
  oneCharacterCountries,
  regionShortPlaces,
} from "./places.js";
import { lexicon, nationalListItems } from "./agencies.js";
import { subCountyBodies } from "./townships.js";
import { bylines, withoutPageTrailer } from "./bylines.js";
import { inspectionGroups } from "./inspection-groups.js";
import { patternOrgs } from "./organizations.js";
import { nameStem } from "./company-names.js";
import {
  announcingShortName,
  latinListedWithFirms,
  listedBankShortNames,
  listedByCode,
  listedCompanies,
  listedIntroduced,
} from "./company-lists.js";
import { bareCompanies, latinPlatforms, provincialCarriers } from "./bare-companies.js";
import { bodiesOwnOffices, subUnits } from "./sub-units.js";
import {
  branchCompanies,
  chinaArms,
  companyLocations,
  glossedFirms,
  unifyFirmPlaces,
  unifyRegisteredNames,
} from "./company-links.js";
import {
  untitledMeasures,
  companyAnnouncements,
  addressedAnnouncement,
  numberedPage,
  heldMeetings,
  headerNumbers,
  issuersBefore,
  measures,
  meetings,
  divisionLedMeetings,
} from "./measures.js";
import { unifyPeople, people, pseudonyms } from "./people.js";
import { choose } from "./overlap.js";
import { backReferences, kindBackReferences, localAnaphora } from "./anaphora.js";
import type { EntityRef, Link, Extraction, Mention, NormalizedText, SentenceSpan } from "../types.js";

export type { EntityRef, Extraction, Link } from "../types.js";
export { documentLocale, type DocumentMeta } from "./places.js";

/** The aliases of a mention's entity: lexicon/text-defined ones plus the forms seen (brackets stripped, name excluded). */
export function aliasForms(ref: EntityRef, seen: string[]): string[] {
  // (a measure's title as written stays an alias beside its known form: 整顿 for 整治 is what the article says)
  const forms = seen.flatMap((f) =>
    ref.label === "Measure"
      ? [canonicalTitle(f.replace(/^《|》$/g, "")), writtenTitle(f.replace(/^《|》$/g, ""))]
      : [f.replace(/\s+/g, " ").trim()],
  );
  // (a government's own office, X市人民政府金融工作办公室, is as often named without 人民政府: X市金融工作办公室)
  const office = ref.label === "Agency" ? /^(.+?[省市区县州旗盟])人民政府(.{2,}办公室)$/.exec(ref.name) : null;
  if (office) forms.push(office[1]! + office[2]!);
  return [...new Set([...ref.aliases, ...forms])].filter((f) => f && f !== ref.name && !f.includes("\uFFFD"));
}

const QUOTES = /[“”"「」『』‘’]/g;

/**
 * One measure per title in a document: a title written once with a quote mark missing (…虚拟货币挖矿”活动的通知), or
 * with no quotes and no 活动 (a headline's 关于整治虚拟货币挖矿的通知), is the same measure as its well-quoted form;
 * the well-quoted name wins (the fuller one, of two) and the other becomes an alias.
 * Returns new candidates (refs are copied, never changed).
 */
export function unifyTitles(chosen: Cand[]): Cand[] {
  const best = new Map<string, EntityRef>();
  // a Latin company name written in two cases or spacings (SparkPool, Sparkpool, Plus Token) is one company: the
  // first form wins, or the first written without a space
  const key = (r: EntityRef): string =>
    r.label === "Measure"
      ? `M ${r.name.replace(QUOTES, "").replace(/活动(?=的)/, "")}`
      : `C ${r.name.toLowerCase().replace(/ /g, "")}`;
  const agencies = new Map<string, EntityRef>();
  const companies = new Map<string, EntityRef>();
  for (const c of chosen) {
    if (c.ref?.label === "Agency") agencies.set(c.ref.name, c.ref);
    if (c.ref?.label === "Company") companies.set(c.ref.name, c.ref);
    if (c.ref?.label !== "Measure" && !(c.ref?.label === "Company" && /^[A-Za-z]/.test(c.ref.name))) continue;
    const k = key(c.ref);
    const b = best.get(k);
    if (
      !b ||
      (c.ref.label === "Measure" &&
        balancedQuotes(c.ref.name) &&
        (!balancedQuotes(b.name) || c.ref.name.length > b.name.length)) ||
      (c.ref.label === "Company" && b.name.includes(" ") && !c.ref.name.includes(" "))
    )
      best.set(k, c.ref);
  }
  // the names that change, by label and name
  const renames = new Map<string, EntityRef>();
  for (const c of chosen) {
    if (c.ref?.label !== "Measure" && c.ref?.label !== "Company") continue;
    const b = best.get(key(c.ref));
    if (b && b.name !== c.ref.name) renames.set(`${c.ref.label} ${c.ref.name}`, b);
  }
  // a catalogue named again without its edition (产业结构调整目录 after 产业结构调整目录（2019年本）) is the one edition
  // the document names
  const measures = [...new Set(chosen.filter((c) => c.ref?.label === "Measure").map((c) => c.ref!))];
  for (const r of measures) {
    if (!r.name.endsWith("目录")) continue;
    const editions = [
      ...new Map(
        measures
          .filter((e) => EDITION.test(e.name.slice(r.name.length)) && e.name.startsWith(r.name))
          .map((e) => [e.name, e]),
      ).values(),
    ];
    if (editions.length === 1) renames.set(`Measure ${r.name}`, editions[0]!);
  }
  // a local body named by a short form whose expansion is one or two characters short of a body written in full
  // in the same document (贵州省大数据管理局 from 大数据局, beside 贵州省大数据发展管理局) is that body
  for (const [a] of agencies)
    for (const [b, ref] of agencies) if (a !== b && nearExpansion(a, b)) renames.set(`Agency ${a}`, ref);
  // a body written under the name another body of the document has as its alias (旌阳区公安分局 beside 德阳市公安局
  // 旌阳区分局, whose alias it is) is that body
  for (const [a] of agencies)
    for (const [b, ref] of agencies)
      if (a !== b && ref.aliases.includes(a) && !renames.has(`Agency ${b}`)) renames.set(`Agency ${a}`, ref);
  // a court named by a shared short place name (朝阳法院) is the one basic court of that name the document names in
  // full (北京市朝阳区人民法院)
  for (const [a] of agencies) {
    const short = a.match(/^([\u4e00-\u9fff]{2})法院$/)?.[1];
    const full = short ? [...agencies].filter(([b]) => new RegExp(`${short}[区县市]人民法院$`).test(b)) : [];
    if (full.length === 1) renames.set(`Agency ${a}`, full[0]![1]);
  }
  // a company named once with its city (抚州市X科技有限公司) and once without (X科技有限公司) is one company, and so is
  // one named in full (X电网有限责任公司) and by its short form (X电网公司)
  for (const [a] of companies)
    for (const [b, ref] of companies) {
      const legal = b.match(/^(.{2,}?)(?:股份有限公司|有限责任公司|有限公司)$/);
      if (a !== b && legal && a === `${legal[1]}公司`) renames.set(`Company ${a}`, ref);
      const prefix = b.slice(0, b.length - a.length);
      if (a.length >= 4 && b.endsWith(a) && prefix && divisionAt(prefix, 0, null)?.len === prefix.length)
        renames.set(`Company ${a}`, ref);
    }
  // a short name with a bare 公司 (X公司) is the one company whose longer full name's stem ends with X (上海X实业有限公司,
  // X科技公司; the longer one only, or X科技公司 and X公司 would each take the other's name)
  for (const [a] of companies) {
    const short = /^[\u4e00-\u9fff]{2,4}公司$/.test(a) ? nameStem(a) : "";
    const full = short
      ? [...companies.values()].filter((r) => r.name.length > a.length && nameStem(r.name).endsWith(short))
      : [];
    if (full.length === 1 && !renames.has(`Company ${a}`)) renames.set(`Company ${a}`, full[0]!);
  }
  if (!renames.size) return chosen;
  const to = (r: EntityRef): EntityRef => {
    const b = renames.get(`${r.label} ${r.name}`);
    return b ? { ...b, aliases: [...new Set([...b.aliases, ...r.aliases, r.name])] } : r;
  };
  const renamed = (c: Cand): Cand =>
    !c.ref
      ? c
      : {
          ...c,
          ref: to(c.ref),
          links: c.links?.map((l) => ({ ...l, from: l.from && to(l.from), to: l.to && to(l.to) })),
          inner: c.inner?.map(renamed),
        };
  return chosen.map(renamed);
}

/** A catalogue's edition after its name, alone: （2019年本）, （2024年版）. */
const EDITION = /^[（(]\d{4}年[本版][）)]$/;

/** Is `short` (a body's name from an abbreviation) `full` with one or two middle characters left out? */
function nearExpansion(short: string, full: string): boolean {
  const d = full.length - short.length;
  if (d < 1 || d > 2 || short.at(-1) !== full.at(-1) || short.slice(0, 3) !== full.slice(0, 3)) return false;
  let k = 0;
  for (const c of full) if (k < short.length && c === short[k]) k++;
  return k === short.length;
}

/**
 * A short name the text defines right after a name (X（以下简称“Y”）, X（即Y）), a title's number standing between
 * (《…的通知》整治办函【2017】99号(下称99号文)): the opening quote, the short name, the closing quote.
 */
const SHORT_NAME_DEFINED = new RegExp(
  `^(?:\\s?[(（]?${DOC_NUMBER}[)）]?)?\\s*[(（](?:以下简称|以下称|下称|简称|以下统称|即)[:：]?([“"《「]?)([^“”"《》「」)）]{1,14}|[^“”"「」)）《》]{1,8}《[^《》]{1,8}》)([”"》」]?)[)）]`,
);

/**
 * A body's website reporting news (据中央纪委国家监委网站消息, X网站发布了Y的处分通报, 来源：X网站) is an outlet, as a paper is:
 * no mention of the body. Its website publishing the body's own notice (X网站发布公告, 据X官网发布，…) is the body's.
 */
const WEBSITE_AFTER = /^(?:官方)?(?:网站|官网)/;
const REPORTING_AFTER =
  /^(?:\d{1,2}月\d{1,2}日)?(?:消息|报道|讯|刊文|刊发|发文|文章|发布了?[^。；;\n]{0,40}?(?:通报|消息|文章|报道))/;
const CITED_BEFORE = /(?:据|来源[:：]?|来自|转自|转载自)\s*$/;
function reportingWebsite(text: string, c: Cand): boolean {
  if (c.ref?.label !== "Agency") return false;
  const site = text.slice(c.end, c.end + 4).match(WEBSITE_AFTER);
  if (!site) return false;
  // (据X官网发布，…: the body published there what the clause goes on to tell, its own act)
  if (/^发布[,，]/.test(text.slice(c.end + site[0].length, c.end + site[0].length + 3))) return false;
  return (
    CITED_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start)) ||
    REPORTING_AFTER.test(text.slice(c.end + site[0].length, c.end + site[0].length + 48))
  );
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
  // (what a site sets after the article, its other stories and tags, is none of the article's)
  const text = withoutPageTrailer(norm.text);
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
  const locale = lazyLocale(text, documentLocale(meta));
  divisionsAndLocalAgencies(text, cands, locale);
  cands.push(...departmentLists(text, cands, locale));
  subCountyBodies(text, cands, locale);
  selfReferences(text, cands, locale);
  portCustoms(text, cands);
  barePoliceBranches(text, cands, locale);
  localAssociations(text, cands);
  regionBodies(text, cands, locale);
  listedShortPlaces(text, cands, locale);
  namedInFullShortPlaces(text, cands);
  provinceNamedShortPlaces(text, cands);
  regionShortPlaces(text, cands, locale);
  oneCharacterProvinces(text, cands);
  countedProvinceAbbreviations(text, cands);
  oneCharacterCountries(text, cands);
  bylines(text, cands);
  lexicon(text, cands);
  cands.push(...agencyGroups(text));
  cands.push(...inspectionGroups(text));
  cands.push(...nationalListItems(text, cands));
  patternOrgs(text, cands);
  bareCompanies(text, cands);
  latinPlatforms(text, cands);
  listedByCode(text, cands);
  listedIntroduced(text, cands);
  announcingShortName(text, cands);
  listedCompanies(text, cands);
  latinListedWithFirms(text, cands);
  listedBankShortNames(text, cands);
  cands.push(...branchCompanies(text, cands));
  cands.push(...chinaArms(text, cands));
  provincialCarriers(text, cands);
  measures(text, cands);
  untitledMeasures(text, cands);
  numberedPage(text, meta?.title ?? null, cands);
  heldMeetings(text, cands);
  cands.push(...subUnits(text, cands));
  const inSentence = (c: Cand): boolean => {
    const s = sentenceOf(c.start);
    return s >= 0 && s === sentenceOf(c.end - 1) && !text.slice(c.start, c.end).includes("\uFFFD");
  };
  let chosen = choose(cands.filter(inSentence));
  const meet: Cand[] = [];
  meetings(text, chosen, meet);
  companyAnnouncements(text, chosen, meet);
  addressedAnnouncement(text, chosen, meta?.title ?? null, meet);
  chosen = choose(meet.filter(inSentence), chosen);
  chosen = localAnaphora(text, chosen);
  chosen = issuersBefore(text, chosen);
  const found = unifyPeople([...people(text, chosen, sentenceOf, locale), ...pseudonyms(text, chosen)]);
  // (a division read inside a titled name, 所长穆长春's 长春, gives way to the name)
  chosen = choose(found, withoutDivisionsInNames(chosen, found));

  // aliases defined in the text: X（以下简称“Y”）; then later occurrences of aliases and of found names
  const extra: Array<{ form: string; ref: EntityRef }> = [];
  // the companies the text gave a short name (X实业有限公司（以下简称“X公司”）)
  const definedFirms = new Set<EntityRef>();
  // the bodies the text gave a short name (东莞市金融工作局（即东莞金融局）): that short name is the body wherever written
  const definedAgencies = new Map<string, EntityRef>();
  const defs: Cand[] = [];
  const titleAliases = new Map<string, EntityRef>();
  for (const c of chosen) {
    if (!c.ref) continue;
    // (a title's number may stand between: 《…的通知》整治办函【2017】99号(下称99号文))
    const after = text.slice(c.end, c.end + 44).match(SHORT_NAME_DEFINED);
    if (after) {
      const alias = after[2]!;
      const open = after[1]!;
      if (c.ref.label === "Measure") titleAliases.set(alias, c.ref);
      // a new ref: the lexicon's (shared by every document) is never written to
      c.ref = { ...c.ref, aliases: [...new Set([...c.ref.aliases, alias])] };
      // a generic alias (《公告》, “通知”) is only matched as written, in its brackets
      const generic = alias.length < 3 || /^(公告|通知|规定|意见|办法|文件|措施|政策|条例)$/.test(alias);
      const written = open ? `${open}${alias}${after[3]}` : alias;
      extra.push({ form: generic ? written : alias, ref: c.ref });
      if (c.ref.label === "Company") definedFirms.add(c.ref);
      if (c.ref.label === "Agency") definedAgencies.set(alias, c.ref);
      const aStart = c.end + after[0].indexOf(alias) - (generic ? open.length : 0);
      defs.push({ start: aStart, end: aStart + (generic ? written.length : alias.length), ref: c.ref, priority: 10 });
    }
    // a local body's short form glossed by a fuller form of its name (区处非办（防范和处置非法集资办公室）): that form,
    // with the body's place, is a name of it too
    const gloss =
      c.ref.label === "Agency" ? text.slice(c.end, c.end + 34).match(/^[(（]([\u4e00-\u9fff]{4,30})[)）]/) : null;
    const entry = gloss && LOCAL_SUFFIXES.find((e) => e.forms.includes(gloss[1]!) && c.ref!.name.endsWith(e.canonical));
    if (entry && gloss![1] !== entry.canonical) {
      const alias = c.ref.name.slice(0, -entry.canonical.length) + gloss![1]!;
      c.ref = { ...c.ref, aliases: [...new Set([...c.ref.aliases, alias])] };
    }
    if (c.ref.label === "Official" || c.ref.label === "Person") extra.push({ form: c.ref.name, ref: c.ref });
    // a company found by a pattern once (币赢网（CoinW）, Bitget交易所) is found again bare; its Latin gloss too
    if (c.ref.label === "Company" && c.priority <= 3)
      for (const f of [c.ref.name, ...c.ref.aliases])
        if (f.length >= 3 || /[\u4e00-\u9fff]{2}/.test(f)) extra.push({ form: f, ref: c.ref });
    if (c.ref.label === "Measure")
      for (const a of c.ref.aliases)
        if (/^[一二三四五六七八九十两\d]+(项措施|条措施|条意见)$/.test(a)) extra.push({ form: a, ref: c.ref });
    // a meeting named once is found again by its name, written bare (召开的X州全州…座谈会 before 决定召开全州…座谈会)
    if (c.ref.label === "Measure" && c.ref.properties.kind === "meeting" && c.ref.name.length >= 8)
      extra.push({ form: c.ref.name, ref: c.ref });
  }
  // the alias inside its definition replaces whatever was found there (《公告》 is not a measure of its own)
  chosen = choose(
    chosen.filter((c) => !defs.some((d) => d.start < c.end && c.start < d.end)),
    defs,
  );
  // a title written later as the alias a text defined for a measure (以下简称《风险提示》 … 《风险提示》指出) is that measure
  chosen = chosen.map((c) => {
    const target = c.ref?.label === "Measure" ? titleAliases.get(c.ref.name) : undefined;
    if (!target || target === c.ref) return c;
    const old = c.ref;
    const links = relinked(c.links, (r) => (r === old ? target : r));
    return { ...c, ref: target, links };
  });
  // a post or a tie to a firm by the short name the text defined for it (张三是X公司的业务员, X公司 defined for X科技有限
  //公司): the firm's own ref, not a firm named by the short name
  const firmByShortName = new Map<string, EntityRef>();
  for (const f of definedFirms) for (const a of f.aliases) firmByShortName.set(a, f);
  const toDefined = (r: EntityRef): EntityRef =>
    r.label === "Company" && !definedFirms.has(r) ? (firmByShortName.get(r.name) ?? r) : r;
  if (firmByShortName.size)
    chosen = chosen.map((c) =>
      c.links?.some((l) => toDefined(l.from ?? c.ref!) !== (l.from ?? c.ref) || toDefined(l.to) !== l.to)
        ? {
            ...c,
            links: relinked(c.links, toDefined),
          }
        : c,
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
  // a firm's defined short name read as a firm of its own, or with words glued before it (归X公司): that firm
  const shortNames = more.filter((m) => definedFirms.has(m.ref!));
  const gluedToShortName = (c: Cand): boolean =>
    c.ref?.label === "Company" &&
    !definedFirms.has(c.ref) &&
    shortNames.some((a) => a.end === c.end && a.start >= c.start);
  chosen = chosen.filter((c) => !gluedToShortName(c));
  chosen = chosen.map((c) => {
    const defined = c.ref?.label === "Agency" ? definedAgencies.get(text.slice(c.start, c.end)) : undefined;
    return defined && defined !== c.ref ? { ...c, ref: defined, links: c.links?.filter((l) => l.from) } : c;
  });
  const again = more.filter((c) => inSentence(c) && !gluedToShortName(c));
  chosen = choose(again, withoutDivisionsInNames(chosen, again));
  // (a firm found again, 上市公司——X … 近日，X公告称, announces as a firm found at once does: the firms found again read
  // for their announcements, the other firms' were read above)
  const foundAgain = new Set(again);
  const announcedAgain: Cand[] = [];
  companyAnnouncements(
    text,
    chosen.filter((c) => foundAgain.has(c) || c.ref?.label !== "Company"),
    announcedAgain,
  );
  chosen = choose(
    announcedAgain.filter((c) => inSentence(c) && !chosen.some((k) => k.start === c.start && k.end === c.end)),
    chosen,
  );
  chosen = choose(kindBackReferences(text, chosen).filter(inSentence), chosen);
  chosen = choose(backReferences(text, chosen).filter(inSentence), chosen);
  chosen = chosen.filter((c) => !reportingWebsite(text, c));
  chosen = withoutPoliceByWordAlone(text, chosen);

  // the issuers written inside a chosen title are mentions of their own
  // an agency written only inside its sub-units' names (X公安厅 of X公安厅经侦总队) is no node of its own; a company
  // is (国网X供电公司 of its 纪委)
  const named = new Set(chosen.map((c) => c.ref && `${c.ref.label} ${c.ref.name}`));
  const inner = chosen
    .flatMap((c) => c.inner ?? [])
    .filter((c) => !c.subUnit || c.ref?.label !== "Agency" || named.has(`Agency ${c.ref.name}`));
  chosen = [...chosen, ...inner].sort((a, b) => a.start - b.start);

  chosen = unifyTitles(chosen);
  chosen = headerNumbers(text, chosen);
  chosen = unifyFirmPlaces(chosen);
  chosen = unifyRegisteredNames(chosen);
  chosen = divisionLedMeetings(text, chosen);
  chosen = bodiesOwnOffices(text, chosen);
  chosen = glossedFirms(text, chosen);
  chosen = companyLocations(text, chosen);

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
    let clean = "";
    for (let k = c.start; k < c.end; k++) clean += body[norm.toOriginal[k]!] ?? "";
    mentions.push({
      label: c.ref.label,
      surface: body.slice(start, end),
      normalized: c.ref.name,
      start,
      end,
      sentenceId: sentence.id,
      properties: {
        ...c.ref.properties,
        aliases: aliasForms(c.ref, c.noAlias ? [] : [text.slice(c.start, c.end), clean]),
      },
    });
    for (const l of c.links ?? []) {
      const from = l.from ?? c.ref;
      const to = l.to ?? c.ref;
      links.push({ type: l.type, from, to, sentenceId: sentence.id, properties: l.properties });
    }
  }
  return { mentions, links, warnings };
}

/** `chosen` less the divisions read inside a person's name of `names` (所长穆长春's 长春: a given name, no place) or inside a firm's found again (信阳毛尖). */
function withoutDivisionsInNames(chosen: Cand[], names: Cand[]): Cand[] {
  // (each position strictly inside a name, with the name's end: a name is two to four characters)
  const inside = new Map<number, number>();
  for (const f of names)
    if (f.ref?.label === "Official" || f.ref?.label === "Person")
      for (let k = f.start + 1; k < f.end; k++) inside.set(k, Math.max(inside.get(k) ?? 0, f.end));
    // (and a firm's name found again that opens with its home's, 信阳毛尖: the place is part of it)
    else if (f.ref?.label === "Company")
      for (let k = f.start; k < f.end - 1; k++) inside.set(k, Math.max(inside.get(k) ?? 0, f.end));
  const inName = (c: Cand): boolean =>
    (c.ref?.label === "Place" || c.ref?.label === "Province") && c.end <= (inside.get(c.start) ?? -1);
  return inside.size && chosen.some(inName) ? chosen.filter((c) => !inName(c)) : chosen;
}

/** A place's police named by the word for them (北京警方, 湖北省公安机关), as the bureau's short form. */
const POLICE_WORD = new RegExp(`(${POLICE_WORDS.join("|")})$`);

/**
 * A city's or province's police bureau the text names only as its police (北京警方破获…, 湖北省公安机关办理…): the
 * police as a force, no body of the graph; named once by its own name (北京市公安局) or through a unit of it, every
 * mention stands. A county's or a branch's police named so (延川县警方, 唐山开平警方) are specific enough to stand.
 */
function withoutPoliceByWordAlone(text: string, chosen: Cand[]): Cand[] {
  const byWord = (c: Cand): boolean =>
    c.ref?.label === "Agency" &&
    /(公安局|公安厅)$/.test(c.ref.name) &&
    /^(prefectural|provincial)$/.test(String(c.ref.properties.level)) &&
    POLICE_WORD.test(text.slice(c.start, c.end));
  const named = new Set<string>();
  for (const c of chosen)
    // (not inside its sub-units' or branches' names, which keep no body of their own: 延安市公安局 of 延安市公安局延河分局)
    for (const x of [c, ...(c.inner ?? []).filter((y) => !y.subUnit)])
      if (x.ref?.label === "Agency" && !byWord(x)) named.add(x.ref.name);
  // the city the word is said of stays named (江苏盐城公安机关: 盐城市, in 江苏省)
  return chosen.flatMap((c) => {
    if (!byWord(c) || named.has(c.ref!.name)) return [c];
    const seat = seatOf(c);
    const word = POLICE_WORD.exec(text.slice(c.start, c.end));
    if (!seat || !word?.index) return [];
    // (a province's, 湖北省公安机关: the province stays named; a municipality's, 北京警方, names the city's force only)
    if (seat.label === "Province" && !MUNICIPALITIES.has(seat.name))
      return [{ start: c.start, end: c.start + word.index, ref: seat, priority: c.priority }];
    if (seat.label !== "Place") return [];
    const links = (c.links ?? [])
      .filter((l) => l.from?.name === seat.name && l.from.label === seat.label)
      .map(({ from: _, ...l }) => l);
    // (the province written before the city, 江苏盐城: a mention of its own)
    const first = divisionAt(text, c.start, null);
    const province = first?.divs.find((d) => d.level === "province");
    const split = province && first!.len < word.index ? divisionRef(province) : null;
    return [
      ...(split && split.name !== seat.name
        ? [{ start: c.start, end: c.start + first!.len, ref: split, priority: c.priority }]
        : []),
      {
        start: split ? c.start + first!.len : c.start,
        end: c.start + word.index,
        ref: seat,
        priority: c.priority,
        links,
      },
    ];
  });
}
