/** LINKS: relations carried by mentions (LOCATED_IN, IN_PROVINCE, SERVES_AT, AFFILIATED_WITH, ISSUED for meetings). */
import { type PropValue } from "../../schema/index.js";
import { idOf } from "../resolve.js";
import { type RelateContext } from "./context.js";

/** The links the mentions carry, dated by their sentence for posts, affiliations and meetings. */
export function linkRelations(c: RelateContext): void {
  const { sdates, sIndex, add } = c;
  const { links } = c.input;
  for (const l of links) {
    const i = sIndex.get(l.sentenceId)!;
    // (an issuer written in a cited title does not date it: l.properties.undated)
    const dated =
      l.type === "SERVES_AT" || l.type === "AFFILIATED_WITH" || (l.type === "ISSUED" && !l.properties.undated)
        ? (sdates[i] ?? null)
        : null;
    const props: Record<string, PropValue> | undefined =
      l.type === "SERVES_AT"
        ? { title: l.properties.title ?? null, former: l.properties.former ?? false }
        : l.type === "AFFILIATED_WITH"
          ? { title: l.properties.title ?? null }
          : undefined;
    add(l.type, idOf(l.from), idOf(l.to), [l.sentenceId], dated, props);
  }
}
