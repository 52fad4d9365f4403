/** WORKED_WITH: agencies acting together (牵头, 会同, 联合, 召集, 协调, 组织, 配合, 共同发布, 在X协调下). */
import { listAfter, type RelateContext, type SentenceContext } from "./context.js";

/**
 * Agencies acting together: 牵头, 会同, 联合, 召集, 联同, 协同, 协调, 组织, 配合, 联手, 携手 (the lead before, the partners
 * listed after), and 共同 before an issuing or acting verb (A、B及C共同公布《…》, A和B共同开展: the bodies listed before it).
 */
const JOINT =
  /(牵头|会同|联合|召集|联同|协同|协调|组织|配合|联手|携手|共同(?=(?:发布|印发|公布|出台|制定|下发|发出|签署|颁布|开展|召开|举办|组织|约谈|查处|部署)))/g;

/** Verbs naming their partners after them only (A、B协调一致, A组织召开 join no bodies). */
const PARTNERS_AFTER = new Set(["协调", "组织", "配合"]);

/** 在X（的）协调/组织/指挥下，Y…: X and the body opening the next clause acted together. */
const UNDER = /在([^,，。;；]{2,40}?)(?:的)?(?:统一)?(?:协调|组织|指挥)+下[,，]?/g;

/** WORKED_WITH in one sentence: the lead and each partner. */
export function workedWithInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, add, normStart, normEnd } = c;
  const { s, sid, date, sorted, agencies } = x;
  const st0 = x.text;
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
    // 协调 names its partners after it (A、B协调 is no joint action of A and B)
    if (PARTNERS_AFTER.has(jm[0]) && !after.length) continue;
    const partners = after.length ? after : run.slice(1);
    for (const x of partners) add("WORKED_WITH", lead.entityId, x.entityId, [sid], date);
    // co-leads listed before the verb (A、B联合C、D): each with each partner after it, and with the lead
    if (after.length)
      for (const y of run.slice(1)) {
        add("WORKED_WITH", lead.entityId, y.entityId, [sid], date);
        for (const x of after) add("WORKED_WITH", y.entityId, x.entityId, [sid], date);
      }
  }
}
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
      add("WORKED_WITH", by.entityId, next.entityId, [sid], date);
  }
}
