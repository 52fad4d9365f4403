/**
 * Document viewer state: which article is open and which sentence to highlight.
 * Opening fetches GET /api/documents/:id (the whole text, its sentences and the
 * entity mentions with offsets into the original characters).
 */
import { atom } from "../../core/atom.js";
import { api } from "../../api/client.js";
import type { DocumentResponse } from "../../api/types.js";

export interface DocumentViewState {
  docId: string | null;
  sentenceId: string | null;
  /** Offsets of the mentions that led here (a node's mention, or an edge's two ends), highlighted more strongly. */
  focus: Array<{ start: number; end: number }>;
  /** Offsets of a text search's matched words in the document, marked exactly in the viewer. */
  marks: Array<{ start: number; end: number }>;
  status: "closed" | "loading" | "ready" | "error";
  data: DocumentResponse | null;
  error: string | null;
}

export const CLOSED: DocumentViewState = {
  docId: null,
  sentenceId: null,
  focus: [],
  marks: [],
  status: "closed",
  data: null,
  error: null,
};
export const documentAtom = atom<DocumentViewState>(CLOSED);

export const documentActions = {
  async open(
    docId: string,
    sentenceId: string | null,
    focus: Array<{ start: number; end: number }> = [],
    marks: Array<{ start: number; end: number }> = [],
  ) {
    const cur = documentAtom.get();
    if (cur.docId === docId && cur.data) {
      documentAtom.set({ ...cur, sentenceId, focus, marks, status: "ready" });
      return;
    }
    documentAtom.set({ docId, sentenceId, focus, marks, status: "loading", data: null, error: null });
    try {
      const data = await api.document(docId);
      if (documentAtom.get().docId !== docId) return;
      documentAtom.set({ docId, sentenceId, focus, marks, status: "ready", data, error: null });
    } catch (err) {
      documentAtom.set({
        docId,
        sentenceId,
        focus,
        marks,
        status: "error",
        data: null,
        error: (err as Error).message,
      });
    }
  },
  close() {
    documentAtom.set(CLOSED);
  },
};

export interface Segment {
  text: string;
  start: number;
  end: number;
  mention?: { entityId: string; label: string; name: string };
}

/**
 * Cut a span of the document text into plain and mention segments (mentions
 * sorted by start; overlapping ones keep the first).
 * @example segments("ab央行cd", 0, 6, [{start:2,end:4,...}]) → ["ab", "央行", "cd"]
 */
export function segments(text: string, from: number, to: number, mentions: DocumentResponse["mentions"]): Segment[] {
  const out: Segment[] = [];
  let pos = from;
  const ms = mentions
    .filter((m) => m.start >= from && m.end <= to && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of ms) {
    if (m.start < pos) continue;
    if (m.start > pos) out.push({ text: text.slice(pos, m.start), start: pos, end: m.start });
    out.push({
      text: text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
      mention: { entityId: m.entityId, label: m.label, name: m.name },
    });
    pos = m.end;
  }
  if (pos < to) out.push({ text: text.slice(pos, to), start: pos, end: to });
  return out;
}
