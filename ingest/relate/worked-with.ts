/** WORKED_WITH told by 在X协调下，Y… and 在X配合下，Y… (the joint verbs themselves are read by the clause reader, clauses.ts). */
import { type RelateContext, type SentenceContext } from "./context.js";

/**
 * 在X（的）协调/组织/指挥下，Y…: X and the body opening the next clause acted together, X leading; 在X（的）（大力）配合/协助下，Y…:
 * the same, Y leading.
 */
const UNDER = /在([^,，。;；]{2,40}?)(?:的)?(?:统一|大力|积极|全力)?(?:(协调|组织|指挥)+|(配合|协助)+)下[,，]?/g;

/** WORKED_WITH for 在X协调下，Y…: the coordinating body and the body the next clause opens with. */
export function workedUnderInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, add, normStart, normEnd } = c;
  const { s, sid, date, agencies } = x;
  for (const um of x.text.matchAll(UNDER)) {
    const uAt = s + um.index!;
    const uEnd = uAt + um[0].length;
    const by = agencies.filter((a) => normStart(a) > uAt && normEnd(a) <= uEnd).at(-1);
    const next = agencies.find((a) => normStart(a) >= uEnd);
    // the partner opens the clause (…下，专案组会同X: X is not the one coordinated)
    if (by && next && /^(?:由|经)?$/.test(text.slice(uEnd, normStart(next)).trim()))
      if (um[3]) add("WORKED_WITH", next.entityId, by.entityId, [sid], date);
      else add("WORKED_WITH", by.entityId, next.entityId, [sid], date);
  }
}
