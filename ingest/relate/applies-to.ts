/** APPLIES_TO: a measure of a local issuer, or one whose title opens with a division, applies to that division. */
import { edgeId } from "../../schema/index.js";
import { idOf } from "../resolve.js";
import { listAfter, type RelateContext, type SentenceContext } from "./context.js";

/** APPLIES_TO from the ISSUED relations found and from measure titles. */
export function appliesTo(c: RelateContext): void {
  const { mentions, add, rels, governedPlaces, isMeeting } = c;
  // APPLIES_TO: a measure issued by a local body (by any rule above: title, joint list, passive) applies to the
  // issuer's province or place (not a meeting, 座谈会/第51次会议: it governs no place);
  // a measure whose title opens with a division's name (大庆市关于…) applies to it
  for (const r of [...rels.values()]
    .filter((x) => x.type === "ISSUED" && !isMeeting(x.target))
    .sort((a, b) => (edgeId(a.type, a.source, a.target) < edgeId(b.type, b.source, b.target) ? -1 : 1)))
    for (const l of governedPlaces(r.source)) add("APPLIES_TO", r.target, idOf(l.to), r.evidence, r.date);
  // (or with its year before it, 2021年内蒙古自治区能耗双控措施, or its subject right after, X省虚拟货币挖矿整治工作方案)
  for (const me of mentions.filter((m) => m.label === "Measure")) {
    const title = me.normalized.replace(/^《?\d{4}年度?/, "");
    for (const d of mentions.filter((m) => m.label === "Province" || m.label === "Place")) {
      const rest = title.startsWith(d.normalized) ? title.slice(d.normalized.length) : null;
      if (
        d.normalized.length >= 2 &&
        rest !== null &&
        (/^(关于|《|“)/.test(rest) ||
          (/^[\u4e00-\u9fff]/.test(rest) && PLAN_KIND.test(title) && !title.includes("关于")))
      )
        add("APPLIES_TO", me.entityId, d.entityId, [me.sentenceId], null);
    }
  }
}

/** The kinds of a plan a division gives itself (…工作方案, …措施, …实施意见). */
const PLAN_KIND = /(?:方案|措施|意见|办法|细则|规定|计划|规划|要点|通知)$/;

/** What follows the places a measure is carried out in (…等6个市州分别开展试点, …率先实施). */
const CARRIED_OUT =
  /^(?:等\s*(?:\d+|[一二三四五六七八九十]+)\s*个?(?:市州|市县|县市|地市|市|州|县|区|地区|省份|省区)?)?[,，]?(?:分别|先行|率先|同步|逐步)?(?:开展|实施|建设|推进|试点|布局|设立|建立)/;

/**
 * APPLIES_TO for the places a measure says it is carried out in, in the same sentence (《…方案》，确定将在A、B、C等6个市州分别
 * 开展试点): each place of the list after 在, when only a few words stand between the measure and 在.
 */
export function appliesToPlacesInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, add, normStart, normEnd } = c;
  const { sid, sorted } = x;
  for (const m of sorted) {
    if (m.label !== "Measure") continue;
    const at = text.slice(normEnd(m), normEnd(m) + 14).search(/在/);
    if (at < 0) continue;
    const between = text.slice(normEnd(m), normEnd(m) + at);
    if (/[。;；]/.test(between) || sorted.some((o) => normStart(o) >= normEnd(m) && normEnd(o) <= normEnd(m) + at))
      continue;
    const places = listAfter(sorted, text, normEnd(m) + at + 1, "Division", normStart, normEnd);
    if (!places.length || normStart(places[0]!) !== normEnd(m) + at + 1) continue;
    if (!CARRIED_OUT.test(text.slice(normEnd(places.at(-1)!), normEnd(places.at(-1)!) + 16))) continue;
    for (const p of places) add("APPLIES_TO", m.entityId, p.entityId, [sid], null);
  }
}

/** A document saying where it applies (本通知适用于…, 本方案的适用范围为…, 《X》适用于…): the word it names itself by. */
const APPLIES_IN =
  /(?:本(通知|方案|实施方案|工作方案|办法|意见|规定|措施|细则)|《[^《》]{2,60}》)的?适用(?:范围)?(?:于|为|是|包括)?[:：]?/g;

/**
 * APPLIES_TO for the places a document says it applies in (本通知适用于西宁市、海东市及海西州): each division of the list
 * right after, from the titled measure or, for 本通知/本方案, the document's own measure (its heading, the plan it
 * transmits, or the first measure whose title carries the word).
 */
export function appliesInListedPlaces(c: RelateContext, x: SentenceContext): void {
  const { text, add, normStart, normEnd, heading, transmitted, measuresByIndex } = c;
  if (!x.text.includes("适用")) return;
  for (const m of x.text.matchAll(APPLIES_IN)) {
    const at = x.s + m.index;
    const end = at + m[0].length;
    const own = m[1]
      ? (heading ?? transmitted ?? measuresByIndex.find((y) => y.m.normalized.includes(m[1]!))?.m)
      : x.sorted.find((y) => y.label === "Measure" && normStart(y) <= at + 1 && normEnd(y) >= at + m[0].indexOf("》"));
    if (!own) continue;
    const places = listAfter(x.sorted, text, end, "Division", normStart, normEnd);
    if (!places.length || normStart(places[0]!) - end > 2) continue;
    for (const p of places) add("APPLIES_TO", own.entityId, p.entityId, [x.sid], null);
  }
}
