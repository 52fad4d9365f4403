/** APPLIES_TO: a measure of a local issuer, or one whose title opens with a division, applies to that division. */
import { edgeId } from "../../schema/index.js";
import { idOf } from "../resolve.js";
import { type RelateContext } from "./context.js";

/** APPLIES_TO from the ISSUED relations found and from measure titles. */
export function appliesTo(c: RelateContext): void {
  const { mentions, add, rels, locatedIn, isMeeting } = c;
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
}
