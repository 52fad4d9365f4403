/** Measure dates told by a document's layout: a signature's date line, a publication line under the heading. */
import { type RelateContext } from "./context.js";

/** Dates of measures from signature and publication lines. */
export function layoutDates(c: RelateContext): void {
  const { text, ranges, inRange, rels, bySentence, normStart, normEnd, measureDate, heading, headingAt } = c;
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
}
