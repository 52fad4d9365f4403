/**
 * Text search over what the articles say: sentences (and document titles) whose
 * normalized text contains every word of the query. Chinese has no word
 * boundaries and the stores' full-text indexes differ (Kuzu's does not tokenize
 * Chinese), so both stores are asked the same named statement for candidates —
 * sentences containing one CJK bigram (or word) of the query in its Simplified,
 * Traditional or typed form — and the whole query is matched here on normalized
 * text (Simplified, glosses and residue removed), with the match mapped back to
 * the original characters for highlighting. Facets by document, year and entity.
 *
 * @example await textSearch(store, "虛擬貨幣挖礦") // hits in Simplified and Traditional articles alike
 */
import { publicPath } from "./public-path.js";
import * as OpenCC from "opencc-js";
import { labelOfId } from "../schema/index.js";
import type { DocumentListItem, Facet, TextHit, TextSearchResponse } from "../schema/api.js";
import { normalize, normalizeQuery } from "../schema/text.js";
import type { GraphStore, NodeValue } from "../store/types.js";
import { textCandidates, textIndex, type IndexedSentence } from "./text-index.js";

const cnToTw = OpenCC.Converter({ from: "cn", to: "tw" });
const cnToHk = OpenCC.Converter({ from: "cn", to: "hk" });

/** Candidates fetched from the store per query (before the whole query is matched). */
export const CANDIDATE_LIMIT = 5_000;

const isCjk = (c: string) => /[\u3400-\u9fff\uf900-\ufaff]/.test(c);

/** The store-side probe: the query's rarest-looking piece (its last CJK bigram, else its longest word). */
export function probe(word: string): string {
  const chars = [...word];
  const cjk = chars.filter(isCjk);
  if (cjk.length >= 2) {
    for (let i = chars.length - 2; i >= 0; i--)
      if (isCjk(chars[i]) && isCjk(chars[i + 1])) return chars[i] + chars[i + 1];
  }
  return word;
}

/** Up to four forms of a probe to look for in original text: Simplified, Traditional (tw, hk), and as typed. */
export function variants(p: string, typed: string): [string, string, string, string] {
  const set = [...new Set([p, cnToTw(p), cnToHk(p), typed.includes(p) ? p : p.toUpperCase()])];
  while (set.length < 4) set.push(set[0]);
  return set.slice(0, 4) as [string, string, string, string];
}

/** Where every word of `words` occurs in `text` (normalized), as original offsets of the first word's match… to the last. */
export function findMatch(text: string, words: string[]): { start: number; end: number } | null {
  const n = normalize(text);
  const hay = n.text.toLowerCase();
  let start = Infinity;
  let end = -1;
  for (const w of words) {
    const i = hay.indexOf(w);
    if (i < 0) return null;
    start = Math.min(start, n.toOriginal[i]);
    end = Math.max(end, n.toOriginal[i + w.length - 1] + 1);
  }
  return { start, end };
}

/**
 * Every occurrence of every word in `text`, as original offsets, sorted and merged where they
 * overlap: what the snippet and the article viewer mark (the words, not the span between them).
 * @example findMatches("史上最嚴的虛擬貨幣挖礦", ["史上最严", "挖矿"]) // [{start:0,end:4},{start:9,end:11}]
 */
export function findMatches(text: string, words: string[]): Array<{ start: number; end: number }> {
  const n = normalize(text);
  const hay = n.text.toLowerCase();
  const spans: Array<{ start: number; end: number }> = [];
  for (const w of words) {
    if (!w) continue;
    for (let i = hay.indexOf(w); i >= 0; i = hay.indexOf(w, i + w.length))
      spans.push({ start: n.toOriginal[i], end: n.toOriginal[i + w.length - 1] + 1 });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Array<{ start: number; end: number }> = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

export interface TextSearchOptions {
  limit?: number;
  doc?: string | null;
  entity?: string | null;
  /** "YYYY", or "undated". */
  year?: string | null;
}

const facetsOf = (m: Map<string, { label: string; count: number }>): Facet[] =>
  [...m.entries()]
    .map(([key, v]) => ({ key, label: v.label, count: v.count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

function bump(m: Map<string, { label: string; count: number }>, key: string, label: string) {
  const v = m.get(key);
  if (v) v.count++;
  else m.set(key, { label, count: 1 });
}

export async function textSearch(
  store: GraphStore,
  q: string,
  opts: TextSearchOptions = {},
): Promise<TextSearchResponse> {
  const normalized = normalizeQuery(q);
  const limit = opts.limit ?? 50;
  const empty: TextSearchResponse = {
    query: q,
    normalized,
    total: 0,
    truncated: false,
    hits: [],
    documents: [],
    facets: { documents: [], dates: [], entities: [] },
  };
  const words = normalized.split(" ").filter(Boolean);
  if (!words.length) return empty;
  const longest = [...words].sort((a, b) => b.length - a.length)[0];
  const p = probe(longest);
  const [t1, t2, t3, t4] = variants(p, q);
  // the bigram index (server/text-index.ts) answers every query with a word of two characters or more; a
  // one-character word has no bigram, and falls back to the store's CONTAINS statements (a scan)
  const index = await textIndex(store);
  const candidates = textCandidates(index, words);
  const rows = candidates
    ? indexedRows(candidates, index.documents)
    : (await store.run("text-search-sentences", { t1, t2, t3, t4, limit: CANDIDATE_LIMIT })).map(storeRow);
  const found: TextHit[] = [];
  for (const r of rows) {
    const m = findMatch(r.text, words);
    if (!m) continue;
    found.push({
      sentenceId: r.id,
      docId: r.docId,
      docTitle: r.docTitle,
      published: r.published,
      outlet: r.outlet,
      text: r.text,
      matchStart: m.start,
      matchEnd: m.end,
      matches: findMatches(r.text, words),
      sentenceStart: r.start,
      sentenceEnd: r.end,
      entities: [],
    });
  }
  // entities mentioned by the matching sentences (facets, and the entity filter)
  const names = new Map<string, string>();
  if (found.length) {
    const byId = new Map(found.map((h) => [h.sentenceId, h]));
    for (const r of await store.run("sentence-entities", { ids: [...byId.keys()] })) {
      const h = byId.get(String(r.sentenceId));
      if (!h) continue;
      const id = String(r.entityId);
      if (!h.entities.includes(id)) h.entities.push(id);
      names.set(id, String(r.name ?? id));
    }
  }
  const year = (h: { published: string | null }) => (h.published ? h.published.slice(0, 4) : "undated");
  const filtered = found.filter(
    (h) =>
      (!opts.doc || h.docId === opts.doc) &&
      (!opts.entity || h.entities.includes(opts.entity)) &&
      (!opts.year || year(h) === opts.year),
  );
  const docF = new Map<string, { label: string; count: number }>();
  const dateF = new Map<string, { label: string; count: number }>();
  const entF = new Map<string, { label: string; count: number }>();
  for (const h of filtered) {
    bump(docF, h.docId, h.docTitle ?? h.docId);
    bump(dateF, year(h), year(h));
    for (const e of h.entities) bump(entF, e, `${names.get(e) ?? e} (${labelOfId(e) ?? "?"})`);
  }
  // documents: those holding matches, and those whose title matches
  const docs = new Map<string, TextSearchResponse["documents"][number]>();
  for (const h of filtered) {
    const d = docs.get(h.docId);
    if (d) d.sentences++;
    else
      docs.set(h.docId, {
        docId: h.docId,
        title: h.docTitle,
        published: h.published,
        outlet: h.outlet,
        sentences: 1,
        titleMatch: false,
      });
  }
  if (!opts.entity) {
    const titled = candidates
      ? [...index.documents.values()]
          .filter((d) => d.key && words.every((w) => d.key.includes(w)))
          .map((d) => ({ docId: d.id, docTitle: d.title, published: d.published, outlet: d.outlet }))
      : await store.run("text-search-documents", { t1, t2, t3, t4, limit: 500 });
    for (const r of titled) {
      const title = (r.docTitle as string | null) ?? "";
      if (!findMatch(title, words)) continue;
      const id = String(r.docId);
      if (opts.doc && id !== opts.doc) continue;
      const published = (r.published as string | null) ?? null;
      if (opts.year && (published ? published.slice(0, 4) : "undated") !== opts.year) continue;
      const d = docs.get(id);
      if (d) d.titleMatch = true;
      else
        docs.set(id, {
          docId: id,
          title,
          published,
          outlet: (r.outlet as string | null) ?? null,
          sentences: 0,
          titleMatch: true,
        });
    }
  }
  return {
    query: q,
    normalized,
    total: filtered.length,
    truncated: filtered.length > limit,
    hits: filtered.slice(0, limit),
    documents: [...docs.values()].sort(
      (a, b) =>
        Number(b.titleMatch) - Number(a.titleMatch) || b.sentences - a.sentences || a.docId.localeCompare(b.docId),
    ),
    facets: {
      documents: facetsOf(docF),
      dates: facetsOf(dateF).sort((a, b) => a.key.localeCompare(b.key)),
      entities: facetsOf(entF).slice(0, 30),
    },
  };
}

interface CandidateRow {
  id: string;
  docId: string;
  docTitle: string | null;
  published: string | null;
  outlet: string | null;
  text: string;
  idx: number;
  start: number;
  end: number;
}

/** Index candidates with their documents, in the store statement's order (date, document, position). */
function indexedRows(
  candidates: IndexedSentence[],
  documents: Map<string, { docTitle: string | null; published: string | null; outlet: string | null }>,
): CandidateRow[] {
  const rows = candidates.map((s) => {
    const d = documents.get(s.docId);
    return { ...s, docTitle: d?.docTitle ?? null, published: d?.published ?? null, outlet: d?.outlet ?? null };
  });
  const key = (v: string | null) => v ?? "\uffff";
  return rows
    .sort((a, b) => key(a.published).localeCompare(key(b.published)) || a.docId.localeCompare(b.docId) || a.idx - b.idx)
    .slice(0, CANDIDATE_LIMIT);
}

function storeRow(r: Record<string, unknown>): CandidateRow {
  const s = r.s as NodeValue;
  return {
    id: s.id,
    docId: String(r.docId),
    docTitle: (r.docTitle as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    text: String(s.properties.text ?? ""),
    idx: Number(s.properties.idx ?? 0),
    start: Number(s.properties.start ?? 0),
    end: Number(s.properties.end ?? 0),
  };
}

/** The article list with entity and sentence counts. */
export async function documentList(store: GraphStore): Promise<DocumentListItem[]> {
  return (await store.run("documents-with-counts")).map((r) => ({
    id: String(r.id),
    title: (r.title as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    path: typeof r.path === "string" ? publicPath(r.path) : null,
    entities: Number(r.entities ?? 0),
    sentences: Number(r.sentences ?? 0),
  }));
}
