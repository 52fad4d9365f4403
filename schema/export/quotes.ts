/**
 * Quotes beside evidence: an exported relationship carries the text of its supporting
 * sentences (`quotes`, in the order of `evidence`), so a spreadsheet or Gephi shows
 * what was said, not only sentence ids. Pure: returns a new batch.
 *
 * @example withQuotes(batch, new Map([["doc:001#58", "中国人民银行等五部委发布…"]]))
 */
import type { GraphBatch } from "../index.js";

/** Sentence ids every edge of the batch cites as evidence (deduplicated). */
export function evidenceIds(batch: GraphBatch): string[] {
  const ids = new Set<string>();
  for (const e of batch.edges) {
    const ev = e.properties.evidence;
    if (Array.isArray(ev)) for (const id of ev) ids.add(String(id));
  }
  return [...ids];
}

/** The batch with `quotes` on every edge that has evidence (sentences missing from `texts` are skipped). */
export function withQuotes(batch: GraphBatch, texts: ReadonlyMap<string, string>): GraphBatch {
  return {
    nodes: batch.nodes,
    edges: batch.edges.map((e) => {
      const ev = e.properties.evidence;
      if (!Array.isArray(ev) || !ev.length) return e;
      const quotes = ev.map((id) => texts.get(String(id))).filter((t): t is string => typeof t === "string");
      return { ...e, properties: { ...e.properties, quotes } };
    }),
  };
}
