/**
 * A national body's bare short form that is also a local body's suffix (发改委, 发展改革委), in a text that names a
 * local body of that kind (陕西省发改委) and never the national one in full or with 国家/中央: the short form names
 * that local body again. Returns new candidates; the others are returned as they are.
 */
import { type Cand, suffixAt } from "./shared.js";

/** Written forms that name the national body explicitly (国家发改委, 国家发展和改革委员会). */
const EXPLICIT = /^(国家|中央|国务院)/;

/**
 * Point bare national short forms at the local body of the same kind the text names (nearest before, else after).
 * @example localAnaphora("陕西省发改委……根据发改委提供的名单", chosen) // 发改委 → 陕西省发展和改革委员会
 */
export function localAnaphora(text: string, chosen: Cand[]): Cand[] {
  const written = (c: Cand): string => text.slice(c.start, c.end);
  const bareKind = (c: Cand): string | null => {
    if (c.ref?.label !== "Agency" || c.ref.properties.level !== "central") return null;
    const w = written(c);
    const s = suffixAt(w, 0);
    return s && s.form === w ? s.entry.canonical : null;
  };
  const explicit = new Set(
    chosen.filter((c) => c.ref?.label === "Agency" && EXPLICIT.test(written(c))).map((c) => c.ref!.name),
  );
  if (!chosen.some((c) => bareKind(c) && !explicit.has(c.ref!.name))) return chosen;
  return chosen.map((c) => {
    const kind = bareKind(c);
    if (!kind || explicit.has(c.ref!.name)) return c;
    const locals = chosen.filter(
      (o) => o.ref?.label === "Agency" && o.ref.properties.level !== "central" && o.ref.name.endsWith(kind),
    );
    const local = locals.filter((o) => o.end <= c.start).at(-1) ?? locals.find((o) => o.start >= c.end);
    return local ? { ...c, ref: local.ref, links: local.links?.filter((l) => l.type === "LOCATED_IN" && !l.from) } : c;
  });
}
