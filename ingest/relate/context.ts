/**
 * The context the relation rules of one document share: its text and sentences, mentions by sentence with their
 * normalized offsets, sentence dates, the document's heading, and the sink the rules add relations to (the
 * relations and measure dates being built for this one document; nothing outside it is changed).
 */
import { connects, edgeId, type PropValue } from "../../schema/index.js";
import type { DateMention } from "../dates.js";
import { opensWithDivisionName } from "../lexicon/divisions.js";
import { ADDRESSEE_LINE } from "../lexicon/measures.js";
import { partitionPoint } from "../partition.js";
import { idOf } from "../resolve.js";
import type { Entity, Link, NormalizedText, Relation, ResolvedMention, SentenceSpan } from "../types.js";
import { datesIn, sentenceDates, toldAsNews } from "./dates.js";

export interface RelateInput {
  text: NormalizedText;
  sentences: SentenceSpan[];
  /** Normalized-text ranges of the sentences (same order). */
  ranges: Array<[number, number]>;
  mentions: ResolvedMention[];
  entities: Entity[];
  links: Link[];
  dates: DateMention[];
  published: string | null;
}

/** An action of an agency on a company, or of a measure naming one. */
export const ACTION_VERB = /(约谈|责令|关停|查处|处罚|叫停|取缔|封禁|查封|立案调查|罚款|警告|下架|冻结|关闭|清退|整改)/;

/**
 * What may stand between two listed mentions: joining words, quotes, a bracketed alias (火币网(Huobi)、“X”“Y”), the
 * country before a national body (、中国国家能源局), one short item shaped like a body the tables do not read (、省厅、:
 * a word dropped from its name) that does not end the list.
 */
const LIST_GAP = /^[、,，和及与以“”"「」『』\s]*(?:[\u4e00-\u9fff]{1,4}?[厅局委办院署]、)?(?:中国)?[(（]?$/;

/** Mentions of a kind listed right after `pos`: X、Y和Z等, X(别名)、“Y”“Z” (Division = Province or Place). */
export function listAfter(
  sorted: ResolvedMention[],
  text: string,
  pos: number,
  kind: "Company" | "Division" | "Agency",
  normStart: (m: ResolvedMention) => number,
  normEnd: (m: ResolvedMention) => number,
): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  let p = pos;
  if (text[p] === "了") p++;
  for (const m of sorted) {
    const ms = normStart(m);
    const ok = kind === "Division" ? m.label === "Province" || m.label === "Place" : m.label === kind;
    // (bodies a group shorthand names stand at one span, 银证保三会: each is in the list)
    const last = out.at(-1);
    if (last && ok && ms === normStart(last) && normEnd(m) === normEnd(last)) {
      out.push(m);
      continue;
    }
    if (ms < p) continue;
    if (!ok || !LIST_GAP.test(text.slice(p, ms).replace(/[(（][^()（）]{0,24}[)）]/g, ""))) break;
    out.push(m);
    p = normEnd(m);
    if (/[)）]/.test(text[p] ?? "")) p++;
  }
  return out;
}

/**
 * The bodies of `ms` that are where a text appeared, not who acted (X在银保监会官网发布《…》, X通过Y微信公众号通报): a body
 * right after 在/于/通过 and before its website or account. Only when another body of `ms` is left to act.
 */
export function withoutVenues(c: RelateContext, ms: ResolvedMention[]): ResolvedMention[] {
  const venue = (m: ResolvedMention): boolean =>
    /[在于通过]\s*$/.test(c.text.slice(Math.max(0, c.normStart(m) - 2), c.normStart(m))) &&
    /^\s*(?:的)?(?:官网|官方网站|网站|门户网站|官方微信|微信公众号|官方微博)/.test(
      c.text.slice(c.normEnd(m), c.normEnd(m) + 6),
    );
  const rest = ms.filter((m) => !venue(m));
  return rest.length && rest.length < ms.length && rest.some((m) => m.label === "Agency") ? rest : ms;
}

/** The firms of `firms` a measure is named after as their announcement (币安公告 of 币安): its only issuers among them. */
export function announcementOwners(c: RelateContext, measureId: string, firms: ResolvedMention[]): ResolvedMention[] {
  const name = String(c.entityById.get(measureId)?.name ?? "");
  if (!name.endsWith("公告")) return [];
  return firms.filter((f) => f.label === "Company" && `${String(c.entityById.get(f.entityId)?.name)}公告` === name);
}

/** The mentions listed together ending with `last` (A、B和C: joined by 、 和 及 与 以及), in text order. */
export function runEndingAt(
  sorted: ResolvedMention[],
  last: ResolvedMention,
  text: string,
  normStart: (m: ResolvedMention) => number,
  normEnd: (m: ResolvedMention) => number,
): ResolvedMention[] {
  const before = sorted.filter((m) => m.label === last.label && normEnd(m) <= normStart(last));
  const run = [last];
  for (let k = before.length - 1; k >= 0; k--) {
    if (!/^(?:[、和及与]|以及)$/.test(text.slice(normEnd(before[k]!), normStart(run[0]!)).trim())) break;
    run.unshift(before[k]!);
  }
  return run;
}

/** Bodies whose documents govern no place (an association's guide, a university's notice). */
/** The words after a title telling that its whole text follows (关于…的通知原文：, 全文如下：). */
const TEXT_FOLLOWS = /(?:原文|全文)(?:如下)?\s*[:：]?$/;
const NOT_GOVERNING = /(协会|学会|商会|联合会|研究会|大学|学院|研究院|研究所)$/;

/** Adds a relation (merging evidence, the earliest date and the longest title with one already found). */
export type Add = (
  type: Relation["type"],
  source: string,
  target: string,
  sentenceIds: string[],
  date: string | null,
  properties?: Record<string, PropValue>,
) => void;

export interface RelateContext {
  input: RelateInput;
  text: string;
  sentences: SentenceSpan[];
  ranges: Array<[number, number]>;
  mentions: ResolvedMention[];
  entityById: Map<string, Entity>;
  sdates: Array<string | null>;
  inRange: (s: number, e: number) => DateMention[];
  sIndex: Map<string, number>;
  bySentence: Map<number, ResolvedMention[]>;
  normStart: (m: ResolvedMention) => number;
  normEnd: (m: ResolvedMention) => number;
  /** The text of [from, to) with the spans of those of `ms` lying inside it taken out (nested ones with the outer). */
  without: (from: number, to: number, ms: Iterable<ResolvedMention>) => string;
  locatedIn: Map<string, Link[]>;
  /** The province or place a body's documents apply to: where a governing body is (no association's, no school's). */
  governedPlaces: (id: string) => Link[];
  linksBySentence: Map<string, Link[]>;
  measuresByIndex: Array<{ m: ResolvedMention; i: number }>;
  isMeeting: (id: string) => boolean;
  /** The document's own measure: a title standing alone on one of the first lines, and its line. */
  heading: ResolvedMention | undefined;
  headingAt: number;
  /**
   * The measure a notice with no title line of its own transmits (关于印发《X》的通知 as the page's title only, the body
   * telling 现将《X》印发给你们): the document's own measure when it has no heading.
   */
  transmitted: ResolvedMention | undefined;
  /** The relations found so far (by edge id) and the sink adding to them. */
  rels: Map<string, Relation>;
  add: Add;
  /** Measure dates told with their issuing (measure id to day). */
  measureDate: Map<string, string>;
  /** Tell a measure's issue day: kept when it is the first or earlier than the one told before. */
  dateMeasure: (id: string, day: string | null | undefined) => void;
}

/** One sentence with mentions: its index, start, id, date, sorted mentions and its text. */
export interface SentenceContext {
  i: number;
  s: number;
  sid: string;
  date: string | null;
  sorted: ResolvedMention[];
  agencies: ResolvedMention[];
  companies: ResolvedMention[];
  text: string;
}

/** What right after a title says the document issues it to its readers (现将《X》印发给你们, 下发给各区县). */
const ISSUED_TO_READERS = /^[》」”"]?\s*(?:印发|下发|发)给(?:你们|各)/;

/** The shared context of one document (no relations or measure dates yet). */
export function relateContext(input: RelateInput): RelateContext {
  const { sentences, ranges, mentions, links } = input;
  const text = input.text.text;
  const entityById = new Map(input.entities.map((e) => [e.id, e]));
  const localTitle = (id: string): boolean => {
    const e = entityById.get(id);
    return e?.label === "Measure" && opensWithDivisionName(e.name);
  };
  const sdates = sentenceDates(input);
  const inRange = datesIn(input.dates);
  const sIndex = new Map(sentences.map((s, i) => [s.id, i]));
  // a sentence that reports news without its own date (日前, 近日, 今天) happened on the article's date
  const newsDate = (sid: string | undefined): string | null => {
    const i = sid === undefined ? undefined : sIndex.get(sid);
    if (i === undefined || !input.published) return null;
    return toldAsNews(text.slice(ranges[i]![0], ranges[i]![1])) ? input.published : null;
  };
  const rels = new Map<string, Relation>();
  const add: Add = (type, source, target, sentenceIds, date, properties) => {
    if (source === target) return;
    // (only between the kinds the schema joins: a clause whose objects hold a body issues no body)
    const [from, to] = [entityById.get(source)?.label, entityById.get(target)?.label];
    if (from && to && !connects(type, from, to)) return;
    // (a national body issues no division's own titled plan: 国家发展改革委等部门《A》和《陕西省…方案》 has it issue A)
    if (type === "ISSUED" && entityById.get(source)?.properties.level === "central" && localTitle(target)) return;
    if (!date && type !== "LOCATED_IN" && type !== "IN_PROVINCE") date = newsDate(sentenceIds.at(-1));
    const key = edgeId(type, source, target);
    const r = rels.get(key);
    if (!r)
      rels.set(key, { type, source, target, evidence: [...sentenceIds], date, ...(properties ? { properties } : {}) });
    else {
      for (const s of sentenceIds) if (!r.evidence.includes(s)) r.evidence.push(s);
      if (!r.date || (date && date < r.date)) r.date = date ?? r.date;
      if (properties && r.properties)
        for (const [k, v] of Object.entries(properties))
          if (
            r.properties[k] == null ||
            (k === "title" &&
              typeof v === "string" &&
              typeof r.properties[k] === "string" &&
              v.length > (r.properties[k] as string).length)
          )
            r.properties[k] = v;
    }
  };
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const m of mentions) {
    const i = sIndex.get(m.sentenceId)!;
    bySentence.set(i, [...(bySentence.get(i) ?? []), m]);
  }
  // normalized offsets of mentions (body offsets mapped back through toOriginal), computed once
  const arr = input.text.toOriginal;
  // the last offset stands for the end of the text: a position past every offset maps to it
  const lowerBound = (x: number): number => partitionPoint(arr.length - 1, (k) => arr[k]! >= x);
  const span = new Map<ResolvedMention, [number, number]>();
  for (const m of mentions) span.set(m, [lowerBound(m.start), lowerBound(m.end)]);
  const normStart = (m: ResolvedMention): number => span.get(m)![0];
  const normEnd = (m: ResolvedMention): number => span.get(m)![1];
  const without = (from: number, to: number, ms: Iterable<ResolvedMention>): string => {
    const inside = [...ms]
      .filter((m) => normStart(m) >= from && normEnd(m) <= to)
      .sort((a, b) => normStart(a) - normStart(b) || normEnd(b) - normEnd(a));
    let out = "";
    let at = from;
    for (const m of inside) {
      if (normStart(m) < at) continue;
      out += text.slice(at, normStart(m));
      at = normEnd(m);
    }
    return out + text.slice(at, to);
  };
  const locatedIn = new Map<string, Link[]>();
  for (const l of links)
    if (l.type === "LOCATED_IN") locatedIn.set(idOf(l.from), [...(locatedIn.get(idOf(l.from)) ?? []), l]);
  // (a body's places only: a firm's own notice governs no place, 桂林银行发布《…的提示》 applies to no city)
  const governedPlaces = (id: string): Link[] =>
    !id.startsWith("agency:") || NOT_GOVERNING.test(String(entityById.get(id)?.name ?? ""))
      ? []
      : (locatedIn.get(id) ?? []).filter((l) => l.to.label === "Province" || l.to.label === "Place");
  const linksBySentence = new Map<string, Link[]>();
  for (const l of links)
    if (l.type === "ISSUED") linksBySentence.set(l.sentenceId, [...(linksBySentence.get(l.sentenceId) ?? []), l]);
  const measuresByIndex = mentions
    .filter((m) => m.label === "Measure")
    .map((m) => ({ m, i: sIndex.get(m.sentenceId) ?? 0 }));
  const measureDate = new Map<string, string>();
  const dateMeasure = (id: string, day: string | null | undefined): void => {
    if (day && (!measureDate.has(id) || day < measureDate.get(id)!)) measureDate.set(id, day);
  };
  const isMeeting = (id: string): boolean => /(会议|座谈会|会)$/.test(String(entityById.get(id)?.name ?? id));
  // the document's own measure: a title standing alone on one of the first lines (the issuers may precede it; a report
  // quoting a document's whole text may follow it with 原文：)
  let heading: ResolvedMention | undefined;
  let headingAt = -1;
  for (let i = 0; i < Math.min(ranges.length, 12) && !heading; i++) {
    const ms = bySentence.get(i) ?? [];
    const m = ms.find((x) => x.label === "Measure");
    // (a title's span holds the issuers it names: they go with it)
    const rest = without(ranges[i]![0], ranges[i]![1], ms);
    // its document number aside (湘发改运行〔2022〕12号)
    // (and the words telling its text follows: 关于…的通知原文：, 全文如下)
    const bare = rest
      .replace(/[(（]?[\u4e00-\u9fff]{1,12}[〔[［(（]\d{4}[〕\]］)）]\d{1,4}号[)）]?/g, "")
      .trim()
      .replace(TEXT_FOLLOWS, "");
    if (!m) {
      // a title written without 《》 (its issuers aside) that the text names elsewhere in 《》 (a draft's mark after it)
      const title = bare.replace(/\(([^()]{2,8})\)$/, "（$1）");
      const e =
        /^关于.{4,}的?[\u4e00-\u9fff]{2}(?:（[\u4e00-\u9fff]{2,6}）)?$/.test(title) &&
        input.entities.find((x) => x.label === "Measure" && (x.name === title || x.aliases.includes(title)));
      const first = e && mentions.find((x) => x.entityId === e.id);
      if (first) {
        heading = first;
        headingAt = i;
      }
      continue;
    }
    // (a company's announcement heads its text with its name and a colon: X银行：关于…的公告; a page that opens with
    // its notice's addressees, 各市发展改革委，X公司：, reads the page title's notice on the first of them)
    const line = text.slice(ranges[i]![0], ranges[i]![1]).trim();
    const addressees = ADDRESSEE_LINE.test(line) && line.startsWith(text.slice(normStart(m), normEnd(m)));
    if (bare.replace(/[\s《》、,，。:：]/g, "").length === 0 || addressees) {
      heading = m;
      headingAt = i;
    }
  }
  const transmitted = heading
    ? undefined
    : mentions.find(
        (x) =>
          x.label === "Measure" &&
          ISSUED_TO_READERS.test(text.slice(normEnd(x), normEnd(x) + 8)) &&
          /将\s*[《「“"]?$/.test(text.slice(Math.max(0, normStart(x) - 3), normStart(x))),
      );
  return {
    input,
    text,
    sentences,
    ranges,
    mentions,
    entityById,
    sdates,
    inRange,
    sIndex,
    bySentence,
    normStart,
    normEnd,
    without,
    locatedIn,
    governedPlaces,
    linksBySentence,
    measuresByIndex,
    isMeeting,
    heading,
    headingAt,
    transmitted,
    rels,
    add,
    measureDate,
    dateMeasure,
  };
}

/** The sentence context of sentence i with its mentions. */
export function sentenceContext(c: RelateContext, i: number, ms: ResolvedMention[]): SentenceContext {
  const [s, e] = c.ranges[i]!;
  // a body named inside another's name (市公安局 of 市公安局刑警支队) is a mention, not an actor of its own
  const sorted = [...ms]
    .sort((a, b) => a.start - b.start)
    .filter(
      (m, k, all) =>
        !all.some((o, j) => j !== k && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
    );
  return {
    i,
    s,
    sid: c.sentences[i]!.id,
    date: c.sdates[i] ?? null,
    sorted,
    agencies: sorted.filter((m) => m.label === "Agency"),
    companies: sorted.filter((m) => m.label === "Company"),
    text: c.text.slice(s, e),
  };
}
