/**
 * References back: a national body's bare short form that is also a local body's suffix (发改委) naming the local
 * body the text names (陕西省发改委); a bare kind in 《》 or after 该/此 (《通知》, 该通知) naming the last measure of
 * that kind; 该公司/该交易所/该委/该局 naming the last firm or body of that kind. Each returns new candidates.
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
  // a bare short form listed with national bodies (发改委、中宣部、公安部等11部委) is the national one
  const central = (o: Cand): boolean =>
    o.ref?.label === "Agency" && o.ref.properties.level === "central" && !bareKind(o);
  const listedWithCentral = (c: Cand): boolean =>
    chosen.some(
      (o) =>
        central(o) &&
        (o.start >= c.end
          ? /^[、和及与]$/.test(text.slice(c.end, o.start))
          : /^[、和及与]$/.test(text.slice(o.end, c.start))),
    );
  return chosen.map((c) => {
    const kind = bareKind(c);
    if (!kind || explicit.has(c.ref!.name) || listedWithCentral(c)) return c;
    const locals = chosen.filter(
      (o) => o.ref?.label === "Agency" && o.ref.properties.level !== "central" && o.ref.name.endsWith(kind),
    );
    const local = locals.filter((o) => o.end <= c.start).at(-1) ?? locals.find((o) => o.start >= c.end);
    return local ? { ...c, ref: local.ref, links: local.links?.filter((l) => l.type === "LOCATED_IN" && !l.from) } : c;
  });
}

/**
 * Mentions of what phrases refer back to: for each match of `pattern` that no chosen candidate covers, the last
 * chosen candidate before it that `refersTo` accepts. New candidates; the chosen ones are not changed.
 */
function referBack(
  text: string,
  chosen: Cand[],
  pattern: RegExp,
  refersTo: (c: Cand, m: RegExpMatchArray) => boolean,
): Cand[] {
  const before = [...chosen].sort((a, b) => a.start - b.start);
  const out: Cand[] = [];
  for (const m of text.matchAll(pattern)) {
    const at = m.index;
    const end = at + m[0].length;
    if (chosen.some((c) => c.start < end && at < c.end)) continue;
    const prior = before.filter((c) => c.end <= at && refersTo(c, m)).at(-1);
    if (prior) out.push({ start: at, end, ref: prior.ref, priority: 4, noAlias: true });
  }
  return out;
}

/** A measure's kind, as a bare 《》 or after 该/此/上述 names it. */
const KIND = "(通知|公告|意见|办法|规定|方案|决定|通告|细则|指导意见|实施方案|条例|目录|清单|名录)";
const KIND_REFERENCE = new RegExp(`《${KIND}》|(?<=^|[，,。；;：:\\s])(?:该|此|这份|这一|上述)${KIND}`, "gm");

/**
 * A bare kind in 《》 (《通知》称, 《意见》要求), or after 该/此/上述 at a clause's start (该通知由…印发), refers back to
 * the last measure of that kind named before it.
 */
export function kindBackReferences(text: string, chosen: Cand[]): Cand[] {
  return referBack(
    text,
    chosen,
    KIND_REFERENCE,
    // (a catalogue's edition after its kind: …目录（2019年本）)
    (c, m) => c.ref?.label === "Measure" && c.ref.name.replace(/（[^（）]*）$/, "").endsWith(m[1] ?? m[2]!),
  );
}

/** How the names 该委, 该局, 该办… refer back to end (委 of 发展和改革委员会). */
const BODY_END: Record<string, RegExp> = {
  委: /(委|委员会)$/,
  局: /局$/,
  厅: /厅$/,
  部: /部$/,
  院: /院$/,
  办: /(办|办公室)$/,
};
/** 该 + a kind of firm or body (not 该局长, a title). */
const FIRM_OR_BODY_REFERENCE = /该(公司|交易所|平台|企业|集团|委|局|厅|部|院|办)(?!长)/g;
const FIRM_KINDS = /^(公司|交易所|平台|企业|集团)$/;

/**
 * 该公司, 该交易所, 该委, 该局 refer back to the last firm (or body of that kind: …委, …局) named before them within
 * the paragraph or the one before (at most 300 characters back), unless a firm of that kind is told of without a name
 * in between.
 */
export function backReferences(text: string, chosen: Cand[]): Cand[] {
  // (a firm of that kind told of without a name in between, 破获了X木马黑产公司。该公司位于…, is the one referred to)
  const unnamedKind = (from: number, to: number, kind: string): boolean => {
    for (let p = text.indexOf(kind, from); p >= 0 && p + kind.length <= to; p = text.indexOf(kind, p + 1))
      if (text.slice(p - 1, p) !== "该" && !chosen.some((c) => c.start <= p && p + kind.length <= c.end)) return true;
    return false;
  };
  return referBack(text, chosen, FIRM_OR_BODY_REFERENCE, (c, m) => {
    const at = m.index!;
    return (
      at - c.end <= 300 &&
      (FIRM_KINDS.test(m[1]!)
        ? c.ref?.label === "Company" && !unnamedKind(c.end, at, m[1]!)
        : c.ref?.label === "Agency" && BODY_END[m[1]!]!.test(c.ref.name)) &&
      (text.slice(c.end, at).match(/\n/g) ?? []).length <= 1
    );
  });
}
