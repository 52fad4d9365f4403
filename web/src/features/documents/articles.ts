/**
 * The articles panel's state: open or closed, which tab (text search or the list of
 * articles), the text query with its facet filters and answer, and the article list.
 */
import { atom } from "../../core/atom.js";
import { api } from "../../api/client.js";
import type { DocumentListItem, TextSearchResponse } from "../../api/types.js";

export type ArticlesTab = "search" | "list";
export interface TextFilters {
  doc?: string;
  entity?: string;
  year?: string;
}
export interface ArticlesState {
  open: boolean;
  tab: ArticlesTab;
  query: string;
  filters: TextFilters;
  status: "idle" | "loading" | "done" | "error";
  result: TextSearchResponse | null;
  error: string | null;
  documents: DocumentListItem[] | null;
}

export const articlesAtom = atom<ArticlesState>({
  open: false,
  tab: "search",
  query: "",
  filters: {},
  status: "idle",
  result: null,
  error: null,
  documents: null,
});

/** A snippet around the match: up to `context` characters either side, with ellipses where cut. */
export function snippet(text: string, start: number, end: number, context = 40) {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  return {
    before: (from > 0 ? "…" : "") + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? "…" : ""),
  };
}

/** A piece of text, marked when it is a match of the query. */
export interface MarkedPiece {
  text: string;
  marked: boolean;
}

/**
 * Cut `text[from, to)` into plain and marked pieces, marking exactly the given spans
 * (offsets into `text`; spans outside the range are clipped).
 * @example markPieces("ab史上cd", 0, 6, [{start: 2, end: 4}]) // ["ab", *"史上"*, "cd"]
 */
export function markPieces(
  text: string,
  from: number,
  to: number,
  spans: ReadonlyArray<{ start: number; end: number }>,
): MarkedPiece[] {
  const out: MarkedPiece[] = [];
  let pos = from;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(s.start, pos);
    const end = Math.min(s.end, to);
    if (end <= start) continue;
    if (start > pos) out.push({ text: text.slice(pos, start), marked: false });
    out.push({ text: text.slice(start, end), marked: true });
    pos = end;
  }
  if (pos < to) out.push({ text: text.slice(pos, to), marked: false });
  return out;
}

/**
 * A snippet with every match marked: from `context` characters before the first match to
 * `context` after the last (at most `max` characters between), ellipses where cut.
 */
export function markedSnippet(
  text: string,
  spans: ReadonlyArray<{ start: number; end: number }>,
  context = 40,
  max = 160,
): MarkedPiece[] {
  if (!spans.length) return [{ text: text.slice(0, max) + (text.length > max ? "…" : ""), marked: false }];
  const first = Math.min(...spans.map((s) => s.start));
  const from = Math.max(0, first - context);
  const to = Math.min(text.length, Math.max(...spans.map((s) => s.end)) + context, from + max);
  const pieces = markPieces(text, from, to, spans);
  if (from > 0) pieces.unshift({ text: "…", marked: false });
  if (to < text.length) pieces.push({ text: "…", marked: false });
  return pieces;
}

let controller: AbortController | null = null;

export const articlesActions = {
  open(tab: ArticlesTab = articlesAtom.get().tab) {
    articlesAtom.set((s) => ({ ...s, open: true, tab }));
    if (tab === "list") void articlesActions.loadDocuments();
  },
  close() {
    articlesAtom.set((s) => ({ ...s, open: false }));
  },
  setTab(tab: ArticlesTab) {
    articlesActions.open(tab);
  },
  async loadDocuments() {
    if (articlesAtom.get().documents) return;
    try {
      const documents = await api.documents();
      articlesAtom.set((s) => ({ ...s, documents }));
    } catch (err) {
      articlesAtom.set((s) => ({ ...s, error: (err as Error).message }));
    }
  },
  /** Search the articles' text (a new query clears the facet filters). */
  async search(query: string, filters: TextFilters = {}) {
    const q = query.trim();
    articlesAtom.set((s) => ({ ...s, open: true, tab: "search", query, filters }));
    if (!q) return;
    controller?.abort();
    controller = new AbortController();
    articlesAtom.set((s) => ({ ...s, status: "loading", error: null }));
    try {
      const result = await api.textSearch(q, filters, controller.signal);
      articlesAtom.set((s) => ({ ...s, status: "done", result }));
    } catch (err) {
      if ((err as Error).name === "AbortError") return;
      articlesAtom.set((s) => ({ ...s, status: "error", error: (err as Error).message }));
    }
  },
  /** Narrow (or widen, with undefined) by a facet. */
  facet(key: keyof TextFilters, value: string | undefined) {
    const s = articlesAtom.get();
    void articlesActions.search(s.query, { ...s.filters, [key]: value });
  },
};
