/**
 * relate: typed relationships from sentence-level evidence.
 *
 * - links carried by mentions (LOCATED_IN, IN_PROVINCE, SERVES_AT, AFFILIATED_WITH, ISSUED for meetings);
 * - ISSUED: agencies in the clause before an issuing verb that precedes a measure
 *   (中国人民银行等十部门联合发布《…》; three associations 联合发布);
 * - APPLIES_TO: a local measure applies to its issuer's division;
 * - TARGETS / ACTED_ON: a measure or agency, an action verb, then a company;
 * - SANCTIONED: a discipline body, a sanction word and an official in one sentence;
 * - MOVED_TO: a company, a move word and a country in one sentence (or the company
 *   in the sentence before, same paragraph).
 * Each relation carries its sentence ids and the sentence's date (day precision) where known.
 */
import { edgeId, type PropValue } from "../schema/index.js";
import type { DateMention } from "./dates.js";
import type { Link } from "./types.js";
import { idOf } from "./resolve.js";
import { OFFICIAL_TITLES } from "./lexicon/people.js";
import type { Entity, NormalizedText, Relation, ResolvedMention, SentenceSpan } from "./types.js";

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

const ISSUE_VERB =
  /(?:联合|共同|再次|正式|先后|便|又|已|日前|近日|专门|今日|今天|昨日|昨天)*(?:发布|印发|下发|出台|公布|颁布|发出|下达|制定|推出|联合制定|作出|做出)了?(?:一份|一则|一个|一项)?(?:名为|题为|标题为|名称为)?(?:联合)?的?\s*[「“"]?$/;
/** An issuing verb and a generic document word, the document's title coming after it (印发通知，《…》…). */
const ISSUE_NOUN =
  /(?:发布|印发|下发|出台|公布|颁布|发出|下达|制定|作出|做出)了?(?:一份|一则|一个|一项)?(?:紧急)?(?:通知|文件|公告|意见|方案|通告|办法)/;
/** Agencies acting together: 牵头, 会同, 联合, 召集, 联同 (the lead before, the partners listed after). */
const JOINT = /(牵头|会同|联合|召集|联同|协同)/g;
/** A measure carried out (IMPLEMENTS) or rested on (CITES), written right before it. */
const CARRIES_OUT = /(贯彻落实|贯彻|落实|执行|实施)(?:好)?$/;
const RESTS_ON = /(依据|根据|按照|依照|遵照)$/;
/** A career: 历任X书记、Y主任; 曾任; 先后任; 现任; 兼任; 升任/转任/调任 (a bare 任 only after a clause or a date). */
const CAREER =
  /(历任|曾任|先后任|先后担任|曾担任|现任|兼任|升任|转任|调任|出任|担任|(?<=^|[,，;；、\s年月日后起])任(?![务何意性期命免职])|(?<=^|[,，;；、\s年月日后起])任职于)/;
/** A title after a body's name (书记, 副市长, 主任, 党组成员、副主席, 局长). */
const POST_TITLE = new RegExp(
  `^(?:原|前)?(?:[\\u4e00-\\u9fff]{0,8}?)(${[...OFFICIAL_TITLES, "常委", "委员", "秘书长", "院长", "党组书记", "党组成员"].sort((a, b) => b.length - a.length).join("|")})$`,
);
/** Reported as news without a date of its own: the article's date is the event's. */
const NEWS_NOW = /(日前|近日|今天|今日|本周|当天|当日)/;
const ACTION_VERB = /(约谈|责令|关停|查处|处罚|叫停|取缔|封禁|查封|立案调查|罚款|警告|下架|冻结|关闭|清退|整改)/;
/** Enforcement by a police or market body, the company named after a description (破获…交易所X诈骗案). */
const ENFORCE = /(破获|侦破|捣毁|查获|查处了?|查封了?|关停了?|取缔了?|约谈了?|立案调查了?|立案侦查了?)(?:一[家个起])?/g;
const SANCTION =
  /(双开|开除党籍|开除公职|党纪处分|政务处分|处分|立案审查|审查调查|纪律审查|监察调查|违纪违法|留置|移送检察|被查|落马|问责|诫勉|警告处分|记过|撤职|降级|通报批评)/;
/** Criminal steps a procuratorate or court takes against a person. */
const PROSECUTION = /(逮捕|批捕|提起公诉|公诉|判处|判决|一审宣判|立案侦查|刑事拘留)/;
/** A measure directing or naming a company: 《…》要求国网…公司… */
const TARGET_VERB = /(要求|责令|约谈|点名|处罚|关停|叫停|取缔|督促|通报)$/;
/** A sentence that refers back to the last measure: 通知要求，雅安市、甘孜州…等地… */
const ANAPHOR =
  /^(该|上述|这份|此次)?(通知|公告|意见|措施|办法|规定|文件|方案)(还|并|同时)?(要求|明确|规定|提出)[,，:：]?/;
const MOVE =
  /(出海|迁往|迁至|迁移|转移至|转移到|搬迁|搬到|落户|进军|布局|自营挖矿|设立|建设|转战|移师|前往|撤离|退出中国|退出大陆|迁出)/;
const SAME_DAY = /(同一天|同日|当天|当日|同天)/;

/** Mentions of a kind listed right after `pos`: X、Y和Z等 (Division = Province or Place). */
function listAfter(
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
    if (ms < p) continue;
    const ok = kind === "Division" ? m.label === "Province" || m.label === "Place" : m.label === kind;
    if (!ok || !/^[、,，和及与以及]*$/.test(text.slice(p, ms))) break;
    out.push(m);
    p = normEnd(m);
  }
  return out;
}

/** Dates (sorted by start) lying within [s, e), by binary search. */
function datesIn(dates: DateMention[]): (s: number, e: number) => DateMention[] {
  return (s, e) => {
    let lo = 0;
    let hi = dates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (dates[mid]!.start < s) lo = mid + 1;
      else hi = mid;
    }
    const out: DateMention[] = [];
    for (let k = lo; k < dates.length && dates[k]!.start < e; k++) if (dates[k]!.end <= e) out.push(dates[k]!);
    return out;
  };
}

/** Is a date a deadline or a cut-off rather than the day something happened? */
function isDeadline(text: string, d: DateMention): boolean {
  const after = text.slice(d.end, d.end + 10);
  const before = text.slice(Math.max(0, d.start - 3), d.start);
  return (
    /^(\d{1,2}[时点:：]\d{0,2}分?|中午|下午|上午|晚|24时)*(前|之前|以前|起|止|为止)/.test(after) ||
    /(截至|截止|截止到)$/.test(before) ||
    /(将于|将在|定于)(当年|今年|明年|次年)?$/.test(text.slice(Math.max(0, d.start - 6), d.start))
  );
}

/** Day-precision date of each sentence: its first full date; 同一天 → the previous one; a bare date line → the next sentence. */
export function sentenceDates(input: Pick<RelateInput, "ranges" | "dates" | "text">): Array<string | null> {
  const out: Array<string | null> = [];
  let headline: string | null = null;
  const inRange = datesIn(input.dates);
  input.ranges.forEach(([s, e], i) => {
    // event dates only: not deadlines or cut-offs (于6月15日前, 截至9日15时, 10月1日起)
    const inside = inRange(s, e).filter((d) => d.precision === "day" && d.value && !isDeadline(input.text.text, d));
    const own = inside[0]?.value ?? null;
    const t = input.text.text.slice(s, e);
    let date = own;
    // 同日/当天 is the day of the last event told before it, however many sentences back
    if (!date && SAME_DAY.test(t))
      date =
        out
          .slice(0, i)
          .reverse()
          .find((d) => d) ?? null;
    if (!date && headline) date = headline;
    headline = inside.length === 1 && t.replace(/\s/g, "").length <= inside[0]!.end - inside[0]!.start + 1 ? own : null;
    out.push(date);
  });
  return out;
}

/**
 * Build the relations of one document, and its entities with the measure dates stated with their issuing
 * (new objects; the input is not changed).
 * @example relate(input).relations.find(r => r.type === "ISSUED")
 */
export function relate(input: RelateInput): { relations: Relation[]; entities: Entity[] } {
  const { sentences, ranges, mentions, links } = input;
  const text = input.text.text;
  const entityById = new Map(input.entities.map((e) => [e.id, e]));
  const sdates = sentenceDates(input);
  const inRange = datesIn(input.dates);
  const sIndex = new Map(sentences.map((s, i) => [s.id, i]));
  // a sentence that reports news without its own date (日前, 近日, 今天) happened on the article's date
  const newsDate = (sid: string | undefined): string | null => {
    const i = sid === undefined ? undefined : sIndex.get(sid);
    if (i === undefined || !input.published) return null;
    return NEWS_NOW.test(text.slice(ranges[i]![0], ranges[i]![1])) ? input.published : null;
  };
  const rels = new Map<string, Relation>();
  const add = (
    type: Relation["type"],
    source: string,
    target: string,
    sentenceIds: string[],
    date: string | null,
    properties?: Record<string, PropValue>,
  ): void => {
    if (source === target) return;
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
  // 1. links carried by mentions
  for (const l of links) {
    const i = sIndex.get(l.sentenceId)!;
    const dated =
      l.type === "SERVES_AT" || l.type === "AFFILIATED_WITH" || l.type === "ISSUED" ? (sdates[i] ?? null) : null;
    const props: Record<string, PropValue> | undefined =
      l.type === "SERVES_AT"
        ? { title: l.properties.title ?? null, former: l.properties.former ?? false }
        : l.type === "AFFILIATED_WITH"
          ? { title: l.properties.title ?? null }
          : undefined;
    add(l.type, idOf(l.from), idOf(l.to), [l.sentenceId], dated, props);
  }
  // 2. sentence rules
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const m of mentions) {
    const i = sIndex.get(m.sentenceId)!;
    bySentence.set(i, [...(bySentence.get(i) ?? []), m]);
  }
  // normalized offsets of mentions (body offsets mapped back through toOriginal), computed once
  const arr = input.text.toOriginal;
  const lowerBound = (x: number): number => {
    let lo = 0;
    let hi = arr.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (arr[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const span = new Map<ResolvedMention, [number, number]>();
  for (const m of mentions) span.set(m, [lowerBound(m.start), lowerBound(m.end)]);
  const normStart = (m: ResolvedMention): number => span.get(m)![0];
  const normEnd = (m: ResolvedMention): number => span.get(m)![1];
  const locatedIn = new Map<string, Link[]>();
  for (const l of links)
    if (l.type === "LOCATED_IN") locatedIn.set(idOf(l.from), [...(locatedIn.get(idOf(l.from)) ?? []), l]);
  const linksBySentence = new Map<string, Link[]>();
  for (const l of links)
    if (l.type === "ISSUED") linksBySentence.set(l.sentenceId, [...(linksBySentence.get(l.sentenceId) ?? []), l]);
  const measuresByIndex = mentions
    .filter((m) => m.label === "Measure")
    .map((m) => ({ m, i: sIndex.get(m.sentenceId) ?? 0 }));
  const measureDate = new Map<string, string>();
  const isMeeting = (id: string): boolean => /(会议|座谈会|会)$/.test(String(entityById.get(id)?.name ?? id));
  // the document's own measure: a title standing alone on one of the first lines (the issuers may precede it)
  let heading: ResolvedMention | undefined;
  let headingAt = -1;
  for (let i = 0; i < Math.min(ranges.length, 12) && !heading; i++) {
    const line = text.slice(ranges[i]![0], ranges[i]![1]);
    const ms = bySentence.get(i) ?? [];
    const m = ms.find((x) => x.label === "Measure");
    let rest = line;
    for (const x of ms) rest = rest.split(text.slice(normStart(x), normEnd(x))).join("");
    if (!m) {
      // a title written without 《》 (its issuers and document number aside) that the text names elsewhere in 《》
      const bare = rest.replace(/[(（]?[\u4e00-\u9fff]{1,12}[〔[［(（]\d{4}[〕\]］)）]\d{1,4}号[)）]?/g, "").trim();
      const e =
        /^关于.{4,}的?[\u4e00-\u9fff]{2}$/.test(bare) &&
        input.entities.find((x) => x.label === "Measure" && (x.name === bare || x.aliases.includes(bare)));
      const first = e && mentions.find((x) => x.entityId === e.id);
      if (first) {
        heading = first;
        headingAt = i;
      }
      continue;
    }
    if (rest.replace(/[\s《》、,，。]/g, "").length === 0) {
      heading = m;
      headingAt = i;
    }
  }
  for (const [i, ms] of bySentence) {
    const [s] = ranges[i]!;
    const sid = sentences[i]!.id;
    const date = sdates[i] ?? null;
    const sorted = [...ms].sort((a, b) => a.start - b.start);
    const agencies = sorted.filter((m) => m.label === "Agency");
    const companies = sorted.filter((m) => m.label === "Company");
    // ISSUED
    for (const me of sorted.filter((m) => m.label === "Measure")) {
      const ms0 = normStart(me);
      const before = text.slice(s, ms0);
      const v = before.match(ISSUE_VERB);
      if (!v) {
        const after = text.slice(normEnd(me), ranges[i]![1]);
        // X就《…》公开征求意见: X drafted and published it
        if (/就\s*$/.test(before) && /^[,，]?(?:向社会)?(?:公开)?征求意见/.test(after)) {
          let cs = s;
          for (let k = ms0 - 1; k >= s; k--)
            if (/[,，;；:：。]/.test(text[k]!)) {
              cs = k + 1;
              break;
            }
          for (const a of agencies.filter((x) => normStart(x) >= cs && normEnd(x) <= ms0))
            add("ISSUED", a.entityId, me.entityId, [sid], date);
          continue;
        }
        // its day told after it: 《…》（以下简称《决定》）于2021年12月27日审议通过 / 《…》已于3月5日印发
        const when = after.match(/^(?:[(（][^()（）]{0,24}[)）])?[,，]?\s*(?:已经?|已)?(?:于|在)\s*/);
        if (when) {
          const d0 = normEnd(me) + when[0].length;
          const d = inRange(d0, ranges[i]![1]).find((x) => x.start === d0 && x.precision === "day" && x.value);
          if (
            d &&
            /^\s*(?:由[^,，。;；]{0,30}?)?(?:正式|联合)?(?:审议通过|印发|发布|公布|签发|通过|出台|下发)/.test(
              text.slice(d.end, d.end + 40),
            ) &&
            (!measureDate.has(me.entityId) || d.value! < measureDate.get(me.entityId)!)
          )
            measureDate.set(me.entityId, d.value!);
        }
        // passive: 《…》由国务院办公厅印发 / 《…》经X审议通过
        const pm = after.match(
          /^[,，]?(?:已|日前|近日)?(?:(?:于|在)[\d年月日号]{3,12})?(?:由|经)([^,，。;；]{2,60}?)(?:联合|共同)?(?:发布|印发|下发|出台|公布|颁布|审议通过|制定)/,
        );
        if (pm) {
          const a0 = normEnd(me);
          const a1 = a0 + pm[0].length;
          for (const a of agencies.filter((x) => normStart(x) >= a0 && normEnd(x) <= a1))
            add("ISSUED", a.entityId, me.entityId, [sid], date);
          if (
            date &&
            agencies.some((x) => normStart(x) >= a0 && normEnd(x) <= a1) &&
            (!measureDate.has(me.entityId) || date < measureDate.get(me.entityId)!)
          )
            measureDate.set(me.entityId, date);
        }
        continue;
      }
      const verbAt = s + (v.index ?? 0);
      let clauseStart = s;
      for (let k = verbAt - 1; k >= s; k--)
        if (/[,，;；:：。]/.test(text[k]!)) {
          clauseStart = k + 1;
          break;
        }
      let byAgency = agencies.filter((a) => normStart(a) >= clauseStart && normEnd(a) <= verbAt);
      // the issuers in the clause before, when this one has none (河北省网信办联合省教育厅和公安厅等部门，发布…):
      // that clause holds only the bodies, the words joining them and a date
      if (!byAgency.length && clauseStart > s) {
        let prevStart = s;
        for (let k = clauseStart - 2; k >= s; k--)
          if (/[,，;；:：。]/.test(text[k]!)) {
            prevStart = k + 1;
            break;
          }
        const prev = agencies.filter((a) => normStart(a) >= prevStart && normEnd(a) < clauseStart);
        let rest = text.slice(prevStart, clauseStart - 1);
        for (const a of prev) rest = rest.split(text.slice(normStart(a), normEnd(a))).join("");
        if (
          prev.length &&
          (/^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|今天|昨天)?(?:[、和及与]|以及|联合|会同|共同|等\d*个?(?:部门|单位|机构)|等)*$/.test(
            rest.replace(/\s/g, ""),
          ) ||
            // 据X消息，近日印发了《…》: the body the news is from
            /^据(?:官网|官方网站|网站|官方微信公众号|微信公众号|官方微博)?(?:\d{1,2}日)?(?:消息|通报|发布)$/.test(
              rest.replace(/\s/g, ""),
            ) ||
            // a subject clause ending in 等N个部门 (a body not recognised among them does not undo the rest)
            (/(联合|会同)/.test(rest) &&
              /等\d*个?(?:部门|单位|机构)$/.test(rest) &&
              !/(表示|称|要求|指出|认为|介绍)/.test(rest)))
        )
          byAgency = prev;
      }
      // no agency: a company issuing its own announcement (Huobi Global发布《…公告》)
      const issuers = byAgency.length
        ? byAgency
        : companies.filter((c) => normStart(c) >= clauseStart && normEnd(c) <= verbAt);
      // the date written in the clause (e.g. 2021年9月24日，…发布) or the sentence's date
      // a date of the sentence's own that is neither in this clause nor its lead (“綜合陸媒今天報導，…發布”) dates
      // something else: the measure's date stays empty rather than wrong
      const ownDates = inRange(s, ranges[i]![1]).filter((d) => d.precision === "day" && d.value);
      const leadDate = ownDates.find(
        (d) =>
          d.start < verbAt &&
          /(^|[,，;；:：]|^[^,，。]{0,12}(?:消息|讯|电|报道|获悉))\s*(此前的?|此后的?|早在|就在|而在|随后的?|同年|当年|今年|去年|在|于)?\s*$/.test(
            text.slice(s, d.start),
          ) &&
          /^(上午|下午|晚间|晚上|晚|早间|早上|凌晨|中午|当天|消息)?[,，\s]/.test(text.slice(d.end, d.end + 4)),
      );
      // the issuing told as done before the reported day (12月5日，X发布消息称，…日前联合印发了《…》): the day is the
      // report's, not the measure's
      const vague = /(日前|近日|此前|早前|前不久|不久前|前些天|前段时间)/.test(text.slice(clauseStart, ms0));
      const dateInClause =
        inRange(clauseStart, verbAt)
          .filter((d) => d.precision === "day" && d.value)
          .at(-1)?.value ?? (vague ? null : ownDates.length ? (leadDate?.value ?? null) : date);
      for (const a of issuers) add("ISSUED", a.entityId, me.entityId, [sid], dateInClause);
      if (
        issuers.length &&
        dateInClause &&
        (!measureDate.has(me.entityId) || dateInClause < measureDate.get(me.entityId)!)
      )
        measureDate.set(me.entityId, dateInClause);
      // APPLIES_TO: local issuers' divisions
      for (const a of issuers)
        for (const l of locatedIn.get(a.entityId) ?? [])
          if (l.to.label === "Province" || l.to.label === "Place")
            add("APPLIES_TO", me.entityId, idOf(l.to), [sid], dateInClause);
      // TARGETS: a company named after an action verb following the measure
      const afterM = text.slice(normEnd(me), ranges[i]![1]);
      // (not the company whose own announcement it is)
      // (a notice of a body: a company closing accounts in its own announcement names no target)
      if (byAgency.length && ACTION_VERB.test(afterM))
        for (const c of companies)
          if (normStart(c) > normEnd(me) && !rels.has(edgeId("ISSUED", c.entityId, me.entityId)))
            add("TARGETS", me.entityId, c.entityId, [sid], date);
    }
    // the measure named after the issuing: X近日印发通知，《…》要求… / X发布了一份文件，即《…》 / X印发通知。《…》明确…
    const generic = new RegExp(`${ISSUE_NOUN.source}(?=[,，。;；:：]|$)`, "g");
    for (const g of text.slice(s, ranges[i]![1]).matchAll(generic)) {
      const gEnd = s + g.index! + g[0].length;
      const vAt = gEnd - g[0].length + g[0].search(/(发布|印发|下发|出台|公布|颁布|发出|下达|制定|作出|做出)/);
      let cs = s;
      for (let k = vAt - 1; k >= s; k--)
        if (/[,，;；:：。]/.test(text[k]!)) {
          cs = k + 1;
          break;
        }
      const issuers = agencies.filter((a) => normStart(a) >= cs && normEnd(a) <= vAt);
      if (!issuers.length) continue;
      // the measure opening the next clause of this sentence, else the next sentence (same paragraph)
      const inNext = sorted.find(
        (m) =>
          m.label === "Measure" &&
          normStart(m) > gEnd &&
          /^[,，:：]?\s*(?:即|名为|题为|全称为?|为)?[《“"]?$/.test(text.slice(gEnd, normStart(m))),
      );
      let target = inNext;
      let ev = [sid];
      if (!target && i + 1 < ranges.length && /^[。;；]?$/.test(text.slice(gEnd, ranges[i]![1]).trim())) {
        const [s1] = ranges[i + 1]!;
        if (!text.slice(ranges[i]![1], s1).includes("\n\n"))
          target = (bySentence.get(i + 1) ?? []).find(
            (m) =>
              m.label === "Measure" &&
              /^\s*(?:该|这份|此)?(?:通知|文件|公告|意见|方案|通告|办法)?(?:即|名为|题为|全称为?)?[《“"]?$/.test(
                text.slice(s1, normStart(m)),
              ),
          );
        if (target) ev = [sid, sentences[i + 1]!.id];
      }
      // the title is of the kind the word named (通知 → …通知); a law or a catalogue is never what 文件 announced
      const noun = g[0].match(/(通知|文件|公告|意见|方案|通告|办法)$/)![1]!;
      const title = target ? String(entityById.get(target.entityId)?.name ?? "") : "";
      if (!target || (noun === "文件" ? /(^中华人民共和国|法$|目录)/.test(title) : !title.includes(noun))) continue;
      const own =
        inRange(cs, vAt)
          .filter((d) => d.precision === "day" && d.value)
          .at(-1)?.value ?? null;
      for (const a of issuers) add("ISSUED", a.entityId, target.entityId, ev, own ?? date);
      if (own && (!measureDate.has(target.entityId) || own < measureDate.get(target.entityId)!))
        measureDate.set(target.entityId, own);
    }
    // meetings: their ISSUED link got the sentence date; record as measure date
    // (a titled document whose issuers open its title takes it too, unless the sentence tells the issuing as done
    // before its day, 日前印发, or its day is a dateline's, 北京1月11日讯)
    for (const l of linksBySentence.get(sid) ?? []) {
      if (!date || measureDate.has(idOf(l.to))) continue;
      const at = sorted.find((m) => m.entityId === idOf(l.to));
      const lead = text.slice(s, at ? normStart(at) : ranges[i]![1]);
      if (
        isMeeting(idOf(l.to)) ||
        (!/(日前|近日|此前|早前|前不久|不久前)/.test(lead) && !/\d{1,2}日\s*(讯|电)/.test(lead))
      )
        measureDate.set(idOf(l.to), date);
    }
    // ACTED_ON: agency … action verb, then the listed companies (约谈了工商银行、农业银行和支付宝); or company 被 agency verb
    const st0 = text.slice(s, ranges[i]![1]);
    const verbRe = new RegExp(ACTION_VERB.source, "g");
    let vm: RegExpExecArray | null;
    while ((vm = verbRe.exec(st0))) {
      const vAt = s + vm.index;
      const listed = listAfter(sorted, text, vAt + vm[0].length, "Company", normStart, normEnd);
      const agent = agencies.filter((a) => normEnd(a) <= vAt).at(-1);
      if (agent && listed.length && !/被$/.test(text.slice(normEnd(agent), vAt)))
        for (const c of listed) add("ACTED_ON", agent.entityId, c.entityId, [sid], date);
    }
    // a police or enforcement action on a company described before its name, in the agency's own clause
    // (北京警方一举破获非法数字货币交易所X诈骗案; 县市场监管局依法查处了一家矿场运营商X公司)
    for (const em of st0.matchAll(ENFORCE)) {
      const vAt = s + em.index!;
      const vEnd = vAt + em[0].length;
      const agent = agencies.filter((a) => normEnd(a) <= vAt).at(-1);
      if (!agent) continue;
      const lead = text.slice(normEnd(agent), vAt);
      if (/[,，。;；:：]|被/.test(lead) || lead.length > 12) continue;
      const c = companies.find((x) => normStart(x) >= vEnd);
      if (!c) continue;
      const gap = text.slice(vEnd, normStart(c));
      if (gap.length <= 14 && !/[,，。;；:：、]|和|与|及/.test(gap))
        add("ACTED_ON", agent.entityId, c.entityId, [sid], date);
    }
    // X对A、B进行约谈 / 依法对A予以查处 / 对A立案调查: the agency of the clause and the companies after 对
    for (const dm of st0.matchAll(/对/g)) {
      const dAt = s + dm.index!;
      const listed = listAfter(sorted, text, dAt + 1, "Company", normStart, normEnd);
      if (!listed.length) continue;
      const tail = text.slice(normEnd(listed.at(-1)!), normEnd(listed.at(-1)!) + 16);
      if (
        !/^(?:等\d*[家个]?[\u4e00-\u9fff]{0,6}?)?(?:进行了?|予以|作出|依法|分别)*(?:约谈|查处|处罚|关停|查封|立案调查|立案侦查|行政处罚|责令整改|罚款)/.test(
          tail,
        )
      )
        continue;
      const agent = agencies.filter((a) => normEnd(a) <= dAt).at(-1);
      if (!agent) continue;
      const lead = text.slice(normEnd(agent), dAt);
      if (/[,，。;；:：]|被/.test(lead) || lead.length > 12) continue;
      for (const c of listed) add("ACTED_ON", agent.entityId, c.entityId, [sid], date);
    }
    for (const a of agencies)
      for (const c of companies) {
        if (normStart(c) >= normStart(a)) continue;
        const between = text.slice(normEnd(c), normStart(a));
        const afterA = text.slice(normEnd(a), Math.min(normEnd(a) + 8, ranges[i]![1]));
        if (/被$/.test(between) && ACTION_VERB.test(afterA)) add("ACTED_ON", a.entityId, c.entityId, [sid], date);
      }
    // TARGETS: the measure, then 要求/责令…, then the companies listed
    for (const me of sorted.filter((m) => m.label === "Measure")) {
      const after = text.slice(normEnd(me), ranges[i]![1]);
      // APPLIES_TO: 《…》要求，内蒙古、新疆等地… (the divisions listed right after what it requires)
      const req = after.match(/^[)）]?(?:还|并|同时)?(?:要求|明确)[,，:：]?/);
      if (req)
        for (const d of listAfter(sorted, text, normEnd(me) + req[0].length, "Division", normStart, normEnd))
          add("APPLIES_TO", me.entityId, d.entityId, [sid], date);
      for (const c of companies) {
        if (normStart(c) <= normEnd(me)) continue;
        const gap = text.slice(normEnd(me), normStart(c)).replace(/[,，]/g, "");
        if (gap.length <= 8 && TARGET_VERB.test(gap) && after.length) {
          add("TARGETS", me.entityId, c.entityId, [sid], date);
          // and the companies listed with it (要求X、Y和Z等平台…)
          for (const x of listAfter(sorted, text, normEnd(c), "Company", normStart, normEnd))
            add("TARGETS", me.entityId, x.entityId, [sid], date);
        }
      }
    }
    // TARGETS: 向A、B等平台发出《…》 (the addressees before the sending)
    for (const to of st0.matchAll(/向/g)) {
      const listed = listAfter(sorted, text, s + to.index! + 1, "Company", normStart, normEnd);
      if (!listed.length) continue;
      const tail = text.slice(normEnd(listed.at(-1)!), ranges[i]![1]);
      const sent = tail.match(
        /^(?:等\d*[家个]?[\u4e00-\u9fff]{0,6})?(?:分别)?(?:发出|下发|印发|发送|送达|下达)了?(?:一份|一则)?(?:名为|题为)?/,
      );
      if (!sent) continue;
      const at = normEnd(listed.at(-1)!) + sent[0].length;
      const me = sorted.find(
        (m) => m.label === "Measure" && normStart(m) >= at && /^[《“"]?$/.test(text.slice(at, normStart(m))),
      );
      if (me) for (const c of listed) add("TARGETS", me.entityId, c.entityId, [sid], date);
    }
    // APPLIES_TO by reference: 通知要求，雅安市、甘孜州…等地 → the last measure mentioned before
    const an = st0.match(ANAPHOR);
    if (an) {
      const prior = measuresByIndex.filter((x) => x.i < i && x.i >= i - 3).at(-1)?.m;
      if (prior)
        for (const d of listAfter(sorted, text, s + an[0].length, "Division", normStart, normEnd))
          add("APPLIES_TO", prior.entityId, d.entityId, [sid], date);
      // 通知要求X、Y、Z等平台…: the companies it directs
      if (prior && /(要求|明确)[,，:：]?$/.test(an[0]))
        for (const c of listAfter(sorted, text, s + an[0].length, "Company", normStart, normEnd))
          add("TARGETS", prior.entityId, c.entityId, [sid], date);
    }
    // WORKED_WITH: the lead (the first of the agencies listed before the verb, else the nearest before it) and
    // each partner listed after it (牵头召集A、B、C) or listed with it before (A、B、C联合印发)
    for (const jm of st0.matchAll(JOINT)) {
      const vAt = s + jm.index!;
      // 发布联合“…”的通知: the word qualifies the document, it joins no bodies
      if (/(发布|印发|下发|出台|公布)$/.test(text.slice(Math.max(s, vAt - 2), vAt))) continue;
      let p = vAt + jm[0].length;
      const more = text.slice(p, p + 4).match(/^(召集|会同|联合|组织)/);
      if (more) p += more[0].length;
      const after = listAfter(sorted, text, p, "Agency", normStart, normEnd);
      const before = agencies.filter((a) => normEnd(a) <= vAt);
      if (!before.length) continue;
      // the run of listed agencies ending right before the verb (A、B、C等N个部门近日联合…)
      const run = [before.at(-1)!];
      for (let k = before.length - 2; k >= 0; k--) {
        if (!/^[、,，和及与]*$/.test(text.slice(normEnd(before[k]!), normStart(run[0]!)))) break;
        run.unshift(before[k]!);
      }
      const gap = text.slice(normEnd(run.at(-1)!), vAt);
      if (/[。;；]/.test(gap) || gap.length > 24) continue;
      const lead = run[0]!;
      const partners = after.length ? after : run.slice(1);
      for (const x of partners) add("WORKED_WITH", lead.entityId, x.entityId, [sid], date);
      // co-leads listed before the verb (A、B联合C、D): each with each partner after it, and with the lead
      if (after.length)
        for (const y of run.slice(1)) {
          add("WORKED_WITH", lead.entityId, y.entityId, [sid], date);
          for (const x of after) add("WORKED_WITH", y.entityId, x.entityId, [sid], date);
        }
    }
    // IMPLEMENTS / CITES: 为贯彻落实《X》 / 根据《X》, said of the measure named before it in the sentence
    const sMeasures = sorted.filter((m) => m.label === "Measure");
    const referred: Array<"IMPLEMENTS" | "CITES" | null> = [];
    for (const [k, x] of sMeasures.entries()) {
      const lead = text.slice(Math.max(s, normStart(x) - 8), normStart(x)).replace(/[“"「《]$/, "");
      // a list after the word (依据《A》、《B》和《C》) is referred to as a whole
      const prev = k > 0 ? sMeasures[k - 1]! : null;
      const listed =
        prev &&
        referred[k - 1] &&
        /^[》」”"]?[、,，和及与以及\s]*[《「“"]?$/.test(text.slice(normEnd(prev), normStart(x)));
      // the word further back in the clause (按照国务院…第51次会议…的部署要求; 按照X等部门印发的《…》要求): carrying
      // out when a 要求/部署/精神 follows the measure or the word is 贯彻/落实, else resting on it
      const from = Math.max(s, prev ? normEnd(prev) : s, normStart(x) - 40);
      const clause = text
        .slice(from, normStart(x))
        .split(/[,，;；:：。]/)
        .at(-1)!;
      const far = clause.match(/(贯彻落实|贯彻|落实|按照|根据|依据|依照|遵照)/);
      const follows = /^[》」”"]?[^,，。;；《]{0,30}?(部署|要求|精神)/.test(text.slice(normEnd(x), normEnd(x) + 36));
      referred.push(
        listed
          ? referred[k - 1]!
          : CARRIES_OUT.test(lead.replace(/(深入|认真|全面|坚决|有效)/g, ""))
            ? "IMPLEMENTS"
            : RESTS_ON.test(lead)
              ? "CITES"
              : far && (/贯彻|落实/.test(far[1]!) || follows)
                ? "IMPLEMENTS"
                : far && !/要求|部署|精神/.test(clause)
                  ? "CITES"
                  : null,
      );
    }
    // a sentence about the document's own measure by name (本次意见稿, 本通知, 该方案): the first measure of the
    // document whose title carries that word
    const selfRef = text
      .slice(s, ranges[i]![1])
      .match(/^[^,，。]{0,4}?(?:本次|本|该|此次)(意见稿|通知|方案|措施|办法|公告|通告|意见)/);
    const selfMeasure = selfRef
      ? (heading ?? measuresByIndex.filter((x) => x.i < i && x.m.normalized.includes(selfRef[1]!)).at(0)?.m)
      : undefined;
    for (const [k, x] of sMeasures.entries()) {
      const type = referred[k];
      if (!type) continue;
      // the sentence's own measure: the last one before that is not itself referred to; else the document's own
      // (its title standing as a heading line above the sentence)
      const own =
        sMeasures
          .slice(0, k)
          .filter((_, j) => !referred[j])
          .at(-1) ??
        selfMeasure ??
        (headingAt >= 0 && i > headingAt ? heading : undefined);
      if (own) add(type, own.entityId, x.entityId, [sid], null);
    }
    // SERVES_AT from a career (…历任瑞金市委书记、省驻京办主任等职务；任省政协副主席，兼任市委书记): one per body
    const career = text.slice(s, ranges[i]![1]);
    const verb = CAREER.exec(career);
    if (verb) {
      const vAt = s + verb.index;
      const subject =
        sorted.filter((m) => m.label === "Official" && normEnd(m) <= vAt).at(-1) ??
        [i - 1, i - 2]
          .flatMap((k) => (bySentence.get(k) ?? []).filter((m) => m.label === "Official"))
          .sort((a, b) => b.start - a.start)[0];
      const posted = agencies.filter((a) => normStart(a) >= vAt);
      if (subject)
        for (const [k, a] of posted.entries()) {
          const next = k + 1 < posted.length ? normStart(posted[k + 1]!) : ranges[i]![1];
          const seg = text
            .slice(normEnd(a), next)
            .split(/[、,，;；。\s]/)[0]!
            .replace(/(等)?职务?$/, "");
          if (!seg || seg.length > 12 || !POST_TITLE.test(seg)) continue;
          const former = /^(历任|曾任|先后|曾担任)/.test(verb[0]) || /^(原|前)/.test(seg);
          add("SERVES_AT", subject.entityId, a.entityId, [sid], date, { title: seg, former });
        }
    }
    // SANCTIONED
    const st = text.slice(s, ranges[i]![1]);
    if (SANCTION.test(st))
      for (const a of agencies.filter((x) => /纪委|监委|纪律检查|监察/.test(x.normalized)))
        for (const o of sorted.filter((m) => m.label === "Official"))
          add("SANCTIONED", a.entityId, o.entityId, [sid], date);
    // a procuratorate's or court's criminal step against an official (最高检…对肖毅作出逮捕决定, 法院判处)
    if (PROSECUTION.test(st))
      for (const a of agencies.filter((x) => /检察院|法院|最高检|最高法/.test(x.normalized)))
        for (const o of sorted.filter((m) => m.label === "Official"))
          add("SANCTIONED", a.entityId, o.entityId, [sid], date);
    // MOVED_TO
    const countries = sorted.filter((m) => m.label === "Country");
    if (countries.length && MOVE.test(st)) {
      const moveAt = s + st.search(MOVE);
      const candidates = companies.filter(
        (c) => !/(platform|payment|research)/.test(String(entityById.get(c.entityId)?.properties.sector)),
      );
      // the mover is the company closest before the move word, with those listed together with it (A、B和C)
      const before = candidates.filter((c) => normEnd(c) <= moveAt);
      let movers: ResolvedMention[] = [];
      if (before.length) {
        movers = [before.at(-1)!];
        for (let k = before.length - 2; k >= 0; k--) {
          if (!/^[、,，和及与]*$/.test(text.slice(normEnd(before[k]!), normStart(movers[0]!)))) break;
          movers.unshift(before[k]!);
        }
      }
      const ev = [sid];
      if (!movers.length && i > 0 && !text.slice(ranges[i - 1]![1], s).includes("\n")) {
        movers = (bySentence.get(i - 1) ?? []).filter((m) => m.label === "Company");
        if (movers.length) ev.unshift(sentences[i - 1]!.id);
      }
      for (const c of movers) for (const k of countries) add("MOVED_TO", c.entityId, k.entityId, ev, date);
    }
  }
  // LOCATED_IN for a body whose place is only in its name: a sub-unit of a body placed in the text (X市公安局经侦支队
  // → X市公安局's place), a division of the document at the start of its name, after a national prefix
  // (中国人民银行X支行), or a country opening a foreign body's name (美国联邦储备委员会)
  const placedIn = (id: string): boolean => [...rels.values()].some((r) => r.type === "LOCATED_IN" && r.source === id);
  const divisions = input.entities.filter(
    (e) => e.label === "Province" || e.label === "Place" || e.label === "Country",
  );
  const firstMention = new Map<string, ResolvedMention>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start))
    if (!firstMention.has(m.entityId)) firstMention.set(m.entityId, m);
  const bodies = input.entities.filter((e) => e.label === "Agency" && firstMention.has(e.id));
  for (const a of bodies) {
    // (a university or research institute is placed by no rule: its name is not a government body's)
    if (placedIn(a.id) || /(大学|学院|研究院|研究所|研究中心|学校)/.test(a.name)) continue;
    const ev = [firstMention.get(a.id)!.sentenceId];
    const parent = bodies
      .filter((b) => b.id !== a.id && a.name.startsWith(b.name) && a.name.length > b.name.length && placedIn(b.id))
      .sort((x, y) => y.name.length - x.name.length)[0];
    if (parent) {
      for (const r of [...rels.values()].filter((x) => x.type === "LOCATED_IN" && x.source === parent.id))
        add("LOCATED_IN", a.id, r.target, ev, null);
      continue;
    }
    const body = a.name.replace(
      /^(中国人民银行|人民银行|国家金融监督管理总局|中国银行保险监督管理委员会|中共|中国共产党)/,
      "",
    );
    const forms = (d: Entity): string[] =>
      d.label === "Country"
        ? [d.name, ...d.aliases].filter((f) => !/^(中国|中华人民共和国)$/.test(f))
        : [
            d.name,
            d.name.replace(
              /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|省|市|县|区|州|盟|旗)$/,
              "",
            ),
          ].filter((f) => f.length >= 2);
    // the division the name opens with, and the one chained right after it (内蒙古自治区通辽市…)
    let at = 0;
    let found: Entity | undefined;
    for (;;) {
      const next = divisions
        .filter((d) => (d.label !== "Country" || at === 0) && forms(d).some((f) => body.startsWith(f, at)))
        .map((d) => ({
          d,
          len: Math.max(
            ...forms(d)
              .filter((f) => body.startsWith(f, at))
              .map((f) => f.length),
          ),
        }))
        .sort((x, y) => y.len - x.len)[0];
      if (!next) break;
      found = next.d;
      at += next.len;
    }
    if (found && at < body.length) add("LOCATED_IN", a.id, found.id, ev, null);
  }
  // AFFILIATED_WITH: a person introduced by the company's role in the text around (其创始人Y, 该公司CEO Y; Y（X负责人）)
  const ROLE =
    "(?:联合创始人|创始人|CEO|首席执行官|董事长|总裁|总经理|负责人|发言人|合伙人|行政总裁|首席[\\u4e00-\\u9fff]{1,4}官)";
  const byBack = new RegExp(`(?:其|该公司|该平台|该交易所)的?(${ROLE})\\s*$`);
  const byParen = new RegExp(`^\\s*[(（]\\s*$`);
  for (const p of mentions.filter((m) => m.label === "Person")) {
    const i = sIndex.get(p.sentenceId)!;
    const [s0] = ranges[i]!;
    const back = text.slice(s0, normStart(p)).match(byBack);
    if (back) {
      // the company told of last before, in this sentence or the two before it in the same paragraph
      let c: ResolvedMention | undefined;
      for (let k = i; k >= Math.max(0, i - 2) && !c; k--) {
        if (k < i && text.slice(ranges[k]![1], ranges[k + 1]![0]).includes("\n\n")) break;
        c = (bySentence.get(k) ?? [])
          .filter((m) => m.label === "Company" && (k < i || normEnd(m) <= normStart(p) - back[0].length))
          .sort((x, y) => x.start - y.start)
          .at(-1);
      }
      if (c) add("AFFILIATED_WITH", p.entityId, c.entityId, [p.sentenceId], null, { title: back[1]! });
      continue;
    }
    const c = (bySentence.get(i) ?? []).find(
      (m) => m.label === "Company" && normStart(m) > normEnd(p) && byParen.test(text.slice(normEnd(p), normStart(m))),
    );
    const role = c && text.slice(normEnd(c), normEnd(c) + 12).match(new RegExp(`^的?(${ROLE})\\s*[)）]`));
    if (c && role) add("AFFILIATED_WITH", p.entityId, c.entityId, [p.sentenceId], null, { title: role[1]! });
  }
  // SERVES_AT: an official glossed by the post in brackets after the name (Y（X局副局长）)
  for (const o of mentions.filter((m) => m.label === "Official")) {
    const i = sIndex.get(o.sentenceId)!;
    const a = (bySentence.get(i) ?? []).find(
      (m) =>
        m.label === "Agency" && normStart(m) > normEnd(o) && /^\s*[(（]\s*$/.test(text.slice(normEnd(o), normStart(m))),
    );
    const seg = a && text.slice(normEnd(a), normEnd(a) + 14).match(/^([^()（）、,，]{1,12})[)）]/);
    if (a && seg && POST_TITLE.test(seg[1]!))
      add("SERVES_AT", o.entityId, a.entityId, [o.sentenceId], null, {
        title: seg[1]!.replace(/^(原|前)/, ""),
        former: /^(原|前)/.test(seg[1]!),
      });
  }
  // TARGETS: the addressees of a notice (the line under its title ending in a colon: 各市发展改革委，X公司、Y公司：) and
  // the companies a sentence about it lists as its objects (文件列出的名单包括X、Y和Z; 名单见下：then one per line)
  const lineOf = (i: number): string => text.slice(ranges[i]![0], ranges[i]![1]).trim();
  const without = (i: number, labels: string[]): string => {
    let rest = lineOf(i);
    for (const m of bySentence.get(i) ?? [])
      if (labels.includes(m.label)) rest = rest.split(text.slice(normStart(m), normEnd(m))).join("");
    return rest;
  };
  const companiesIn = (i: number): ResolvedMention[] =>
    (bySentence.get(i) ?? []).filter((m) => m.label === "Company").sort((a, b) => a.start - b.start);
  const DOC_NO = /[(（]?[\u4e00-\u9fff]{1,12}[〔[［(（]\d{4}[〕\]］)）]\d{1,4}号[)）]?/g;
  for (let i = 1; i < ranges.length; i++) {
    const line = lineOf(i);
    if (!/[:：]$/.test(line) || /[。]/.test(line) || line.length > 300 || !companiesIn(i).length) continue;
    // only names, the generic addressees (各市(州)发展改革委, 各地方电网企业) and separators
    const rest = without(i, ["Company", "Agency", "Province", "Place"]);
    if (/(要求|表示|称|指出|说|如下|见下|以下|通知|发布|印发|公告|规定)/.test(rest)) continue;
    // the title line right above (its issuers, its document number aside)
    let title: string | undefined;
    for (let k = i - 1; k >= Math.max(0, i - 2) && !title; k--) {
      const ms = (bySentence.get(k) ?? []).filter((m) => m.label === "Measure");
      if (
        ms.length === 1 &&
        without(k, ["Measure", "Agency"])
          .replace(DOC_NO, "")
          .replace(/[\s《》()（）]/g, "") === ""
      )
        title = ms[0]!.entityId;
      // a title written without 《》 that the text names elsewhere in 《》: the same measure
      if (!title && !ms.length) {
        const bare = without(k, ["Agency"]).replace(DOC_NO, "").trim();
        const e = input.entities.find((x) => x.label === "Measure" && (x.name === bare || x.aliases.includes(bare)));
        if (e) title = e.id;
      }
    }
    if (title) for (const c of companiesIn(i)) add("TARGETS", title, c.entityId, [sentences[i]!.id], null);
  }
  const LISTS = /(名单|列出|列明|列举|点名)/;
  const DOC_WORD = /(文件|通知|公告|意见|通告|《)/;
  for (let i = 0; i < ranges.length; i++) {
    const line = lineOf(i);
    // (列入/纳入…名单 puts a company on a list; it is not the document's list)
    if (!LISTS.test(line) || !DOC_WORD.test(line) || /(列入|纳入|移出|黑名单|白名单)/.test(line)) continue;
    const own = (bySentence.get(i) ?? []).filter((m) => m.label === "Measure").sort((a, b) => a.start - b.start);
    const cs = companiesIn(i);
    const measure =
      own.find((m) => cs.some((c) => c.start > m.start)) ??
      (own.length ? undefined : measuresByIndex.filter((x) => x.i < i && x.i >= i - 6).at(-1)?.m);
    if (!measure) continue;
    for (const c of cs)
      if (c.start > (own.includes(measure) ? measure.start : -1))
        add("TARGETS", measure.entityId, c.entityId, [sentences[i]!.id], null);
    // the list itself on the lines after a lead ending in 如下：/见下： (this line or the next)
    let k = i;
    if (!/(如下|见下|以下|下列)[^,，。]{0,8}[:：]$/.test(line)) {
      if (i + 1 < ranges.length && /(如下|见下|以下|下列)[^,，。]{0,8}[:：]$/.test(lineOf(i + 1))) k = i + 1;
      else continue;
    }
    for (let j = k + 1; j < ranges.length; j++) {
      const item = lineOf(j);
      const cj = companiesIn(j);
      if (!cj.length || item.length > 40 || /[。]/.test(item)) break;
      for (const c of cj) add("TARGETS", measure.entityId, c.entityId, [sentences[j]!.id], null);
    }
  }
  // APPLIES_TO: a measure issued by a local body (by any rule above: title, joint list, passive) applies to the
  // issuer's province or place (not a meeting, 座谈会/第51次会议: it governs no place);
  // a measure whose title opens with a division's name (大庆市关于…) applies to it
  for (const r of [...rels.values()]
    .filter((x) => x.type === "ISSUED" && !isMeeting(x.target))
    .sort((a, b) => (edgeId(a.type, a.source, a.target) < edgeId(b.type, b.source, b.target) ? -1 : 1)))
    for (const l of locatedIn.get(r.source) ?? [])
      if (l.to.label === "Province" || l.to.label === "Place")
        add("APPLIES_TO", r.target, idOf(l.to), r.evidence, r.date);
  for (const me of mentions.filter((m) => m.label === "Measure")) {
    const title = me.normalized;
    for (const d of mentions.filter((m) => m.label === "Province" || m.label === "Place"))
      if (
        d.normalized.length >= 2 &&
        title.startsWith(d.normalized) &&
        /^(关于|《|“)/.test(title.slice(d.normalized.length))
      )
        add("APPLIES_TO", me.entityId, d.entityId, [me.sentenceId], null);
  }
  // a notice signed by its issuers, then a date line (嘉兴市发展和改革委员会 …\n2022年3月1日): that is its issue date
  ranges.forEach(([s0, e0], i) => {
    const line = text.slice(s0, e0).trim();
    const only = inRange(s0, e0).filter((d) => d.precision === "day" && d.value);
    if (only.length !== 1 || line.length > only[0]!.end - only[0]!.start + 1 || i === 0) return;
    const signers = new Set<string>();
    for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
      const ms = (bySentence.get(k) ?? []).filter((m) => m.label === "Agency");
      let rest = text.slice(ranges[k]![0], ranges[k]![1]);
      for (const m of ms) rest = rest.split(text.slice(normStart(m), normEnd(m))).join("");
      if (!ms.length || rest.replace(/[\s中共]/g, "").length > 0) break;
      for (const m of ms) signers.add(m.entityId);
    }
    if (!signers.size) return;
    for (const r of rels.values())
      if (r.type === "ISSUED" && signers.has(r.source) && !measureDate.has(r.target))
        measureDate.set(r.target, only[0]!.value!);
  });
  // the document's own measure (its heading) is dated by a publication line right under it (时间：2017-09-04,
  // 发布日期：…) or by a date standing alone as the document's last line (the signature's date)
  if (heading && !measureDate.has(heading.entityId)) {
    let found: string | null = null;
    for (let i = headingAt + 1; i <= headingAt + 2 && i < ranges.length && !found; i++) {
      const [s0, e0] = ranges[i]!;
      const d = inRange(s0, e0).find(
        (x) =>
          x.precision === "day" &&
          x.value &&
          /(时间|日期|发布于|发文日期|成文日期)\s*[:：]?\s*$/.test(text.slice(Math.max(s0, x.start - 8), x.start)),
      );
      if (d) found = d.value!;
    }
    // the signature: one of the last lines holding only the issuers' names and a date (an editor's line may follow)
    for (let i = ranges.length - 1; i > headingAt && i >= ranges.length - 3 && !found; i--) {
      const [s0, e0] = ranges[i]!;
      const only = inRange(s0, e0).filter((d) => d.precision === "day" && d.value);
      if (only.length !== 1) continue;
      let rest = text.slice(s0, e0).replace(/(编辑|责任编辑|来源|审核)[:：].*$/, "");
      for (const m of bySentence.get(i) ?? [])
        if (m.label === "Agency") rest = rest.split(text.slice(normStart(m), normEnd(m))).join("");
      rest = rest.split(text.slice(only[0]!.start, only[0]!.end)).join("");
      if (rest.replace(/[\s,，。]/g, "").length === 0) found = only[0]!.value!;
    }
    if (found) measureDate.set(heading.entityId, found);
  }
  // measure dates go into new entity objects: the input is left as it was
  const entities = input.entities.map((e) => {
    const d = measureDate.get(e.id);
    if (!d || e.label !== "Measure" || (e.properties.date && (e.properties.date as string) <= d)) return e;
    return { ...e, properties: { ...e.properties, date: d } };
  });
  return { relations: [...rels.values()], entities };
}
