/**
 * Relations from the clause reader (clauses.ts): subject × verb class × objects, for every predicate told as done.
 *
 * - issue: each subject ISSUED each measure object (a local issuer's measure APPLIES_TO its division);
 * - act: each agency of the subject ACTED_ON each company object (passive: each agent on each patient);
 * - joint: the first body of the subject WORKED_WITH each body after the verb, and with the co-subjects written
 *   before the verb (A、B联合印发; 共同 only right before an issuing, acting or carrying-out verb); none when the
 *   subject was inherited (its bodies are linked where they were read);
 * - lead / follow: the bodies leading (由A牵头) WORKED_WITH the subject of a later follow verb of the sentence
 *   (B配合), and with the bodies listed after 牵头.
 */
import { idOf } from "../resolve.js";
import type { ResolvedMention } from "../types.js";
import { readClauses, type Reading } from "./clauses.js";
import { announcementOwners, type RelateContext, type SentenceContext } from "./context.js";
import { CITING, LEAD_DAY_CLOSE, TOLD_BEFORE } from "./dates.js";

/** A clause opening with a word that cites what follows as the sentence's ground (根据X发布的…, 按照X印发的…). */
const CITED_BEFORE = new RegExp(`(?:^|[,，;；])\\s*${CITING}[^,，。;；]{0,40}$`);

/** The last full day written in the clause that ends at `at` (from its last comma or the sentence's start), if any. */
function clauseDay(c: RelateContext, s: number, at: number): string | null {
  let from = at;
  while (from > s && !/[,，;；。]/.test(c.text[from - 1]!)) from--;
  return (
    c
      .inRange(from, at)
      .filter((d) => d.precision === "day" && d.value)
      .at(-1)?.value ?? null
  );
}

/** The relations one sentence's clauses tell. */
export function clauseRelationsInSentence(c: RelateContext, x: SentenceContext): void {
  const { add, governedPlaces } = c;
  const { sid, date } = x;
  let leads: ResolvedMention[] = [];
  const readings = readClauses(c, x);
  for (const [k, r] of readings.entries()) {
    if (r.unreal) continue;
    const lead = r.subject[0];
    switch (r.cls) {
      case "issue": {
        // (a document the sentence rests on, 根据X发布的《Y》要求，…于9月26日…: issued before the day it tells of)
        const day = CITED_BEFORE.test(c.text.slice(x.s, r.at)) ? null : date;
        // (A和B分别发布了《X》和《Y》: each issued one, in order, when the titles are as many as the issuers)
        const respective =
          r.subject.length >= 2 &&
          r.objects.length === r.subject.length &&
          r.objects.every((m) => m.label === "Measure") &&
          /分别\s*(?:于[^,，。]{0,12})?$/.test(c.text.slice(Math.max(0, r.at - 20), r.at));
        // (an issuing after 由A牵头，B配合: the lead issued it with the subject it is told of)
        for (const a of r.inherited ? [...new Set([...leads, ...r.subject])] : r.subject)
          for (const m of r.objects) {
            if (respective && r.subject.indexOf(a) !== r.objects.indexOf(m)) continue;
            // (a firm's announcement named after it is its own, not its co-subjects': 火币、OKEx和币安先后发布公告)
            const owners = announcementOwners(c, m.entityId, r.subject);
            if (owners.length && !owners.includes(a)) continue;
            add("ISSUED", a.entityId, m.entityId, [sid], day);
            // (the sentence's lead day dates it: 10月8日上午，X召开新闻发布会，发布《Y》)
            if (m.label === "Measure" && !c.measureDate.has(m.entityId)) c.dateMeasure(m.entityId, leadDayOf(c, x, m));
            if (a.label === "Agency")
              for (const l of governedPlaces(a.entityId)) add("APPLIES_TO", m.entityId, idOf(l.to), [sid], day);
          }
        break;
      }
      case "act": {
        // (the act's own day in its clause, 央行于16日约谈了X, over the sentence's first, 继本月5日…后)
        const day = clauseDay(c, x.s, r.at) ?? date;
        if (r.passive) {
          for (const a of r.agents)
            for (const f of r.subject) if (f.label === "Company") add("ACTED_ON", a.entityId, f.entityId, [sid], day);
        } else
          for (const a of r.subject)
            if (a.label === "Agency")
              for (const f of r.objects) if (f.label === "Company") add("ACTED_ON", a.entityId, f.entityId, [sid], day);
        break;
      }
      case "joint":
      case "convene":
      case "lead": {
        if (!lead || lead.label !== "Agency") break;
        // a body that leads (A牵头，B会同C联合下发): the lead of the whole act, B and C its partners
        if (r.cls !== "lead" && leads.length && !r.subject.some((m) => leads.includes(m))) {
          for (const l of leads)
            for (const o of [...r.subject, ...r.objects])
              if (o.label === "Agency") add("WORKED_WITH", l.entityId, o.entityId, [sid], date);
          break;
        }
        const co = r.inherited ? [] : r.subject.slice(1).filter((m) => m.label === "Agency");
        // the lead and each body after the verb; co-subjects (A、B联合C) with the lead and each of those bodies
        for (const o of r.objects) add("WORKED_WITH", lead.entityId, o.entityId, [sid], date);
        if (r.objects.length)
          for (const y of co) {
            add("WORKED_WITH", lead.entityId, y.entityId, [sid], date);
            for (const o of r.objects) add("WORKED_WITH", y.entityId, o.entityId, [sid], date);
          }
        // co-subjects acting together with no partner after the word (A、B联合印发; A和B共同开展, not 共同努力)
        else if (r.cls === "joint" && goesOn(r, readings[k + 1]))
          for (const o of co) add("WORKED_WITH", lead.entityId, o.entityId, [sid], date);
        if (r.cls === "lead") leads = r.subject.filter((m) => m.label === "Agency");
        break;
      }
      case "follow":
        if (!lead || lead.label !== "Agency") break;
        for (const o of r.objects) add("WORKED_WITH", lead.entityId, o.entityId, [sid], date);
        if (r.inherited) break;
        for (const l of leads)
          for (const o of r.subject) if (o.label === "Agency") add("WORKED_WITH", l.entityId, o.entityId, [sid], date);
        break;
    }
  }
}

/** 共同 tells a joint act only when it runs straight into an issuing, acting, carrying-out or taking-part verb (共同印发, 共同开展, 共同参与;
 * 共同努力 tells none); the other joint words always do. */
const goesOn = (r: Reading, next: Reading | undefined): boolean =>
  r.verb !== "共同" ||
  (!!next &&
    next.clause === r.clause &&
    (next.cls === "issue" || next.cls === "act" || next.cls === "do" || next.cls === "follow") &&
    next.at - (r.at + r.verb.length) <= 2);

/**
 * The day a sentence opens with (10月8日上午，…), when the issuing of `m` is told in the same sentence with no word of
 * it being done before (日前, 此前) or resting on it (根据): that day; undefined otherwise.
 */
function leadDayOf(c: RelateContext, x: SentenceContext, m: ResolvedMention): string | undefined {
  const lead = c.inRange(x.s, c.normStart(m)).filter((d) => d.precision === "day" && d.value)[0];
  if (!lead || lead.form === "relative" || !/^\s*$/.test(c.text.slice(x.s, lead.start))) return undefined;
  // (closed by a comma: 9月4日下午3点，X发布…)
  const close = LEAD_DAY_CLOSE.exec(c.text.slice(lead.end, lead.end + 16));
  if (!close || !/[,，]$/.test(close[0])) return undefined;
  const between = c.text.slice(lead.end, c.normStart(m));
  if (/[。;；]/.test(between) || TOLD_BEFORE.test(between) || /(根据|依据|按照|贯彻|落实|援引|获悉|报道)/.test(between))
    return undefined;
  return lead.value!;
}
