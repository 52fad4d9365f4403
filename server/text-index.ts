/**
 * The text index: a character-bigram inverted index over every sentence's
 * normalized text (Simplified, pinyin glosses and residue removed, lower
 * case; schema/text.ts normalize), built in the server from the store
 * (cypher/text-index-*.cypher) and rebuilt when the sentences' fingerprint
 * changes (after an ingest). A query's candidates are the intersection of
 * the posting lists of every bigram of every word: no scan of the sentences
 * per query, on either store, and Simplified or Traditional queries alike
 * (both are normalized to Simplified before lookup). Postings are Int32Array,
 * so memory is about 4 bytes per character of text, plus the sentences'
 * text itself (kept to answer without a store round trip).
 */
import { normalize } from "../schema/text.js";
import type { GraphStore } from "../store/types.js";
import { derivedFromStore, fingerprintOf } from "./store-derived.js";

export interface IndexedSentence {
  id: string;
  docId: string;
  text: string;
  idx: number;
  start: number;
  end: number;
}

export interface IndexedDocument {
  id: string;
  /** The title, if the article has one (title matches). */
  title: string | null;
  /** Title, else the display name. */
  docTitle: string | null;
  published: string | null;
  outlet: string | null;
  /** Normalized title, lower case ("" without one). */
  key: string;
}

export interface TextIndex {
  sentences: IndexedSentence[];
  documents: Map<string, IndexedDocument>;
  /** bigram → indexes into `sentences`, ascending. */
  postings: Map<string, Int32Array>;
  fingerprint: string;
}

/** The normalized, lower-case form text is matched on (as findMatch in text-search.ts). */
export const matchKey = (text: string): string => normalize(text).text.toLowerCase();

function bigrams(s: string): string[] {
  const cs = [...s];
  const out: string[] = [];
  for (let i = 0; i + 1 < cs.length; i++) out.push(cs[i]! + cs[i + 1]!);
  return out;
}

/** Build an index (pure). */
export function buildTextIndex(
  sentences: IndexedSentence[],
  documents: IndexedDocument[],
  fingerprint = "",
): TextIndex {
  const lists = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    const seen = new Set<string>();
    for (const g of bigrams(matchKey(s.text))) {
      if (seen.has(g)) continue;
      seen.add(g);
      const l = lists.get(g);
      if (l) l.push(i);
      else lists.set(g, [i]);
    }
  });
  const postings = new Map<string, Int32Array>();
  for (const [g, l] of lists) postings.set(g, Int32Array.from(l));
  return { sentences, documents: new Map(documents.map((d) => [d.id, d])), postings, fingerprint };
}

/**
 * Sentences whose normalized text may contain every word (normalized, lower case): the intersection of the
 * posting lists of the words' bigrams. Null when a word has a single character (no bigram to look up): the
 * caller falls back to the store. The caller checks the whole words (findMatch).
 */
export function textCandidates(index: TextIndex, words: string[]): IndexedSentence[] | null {
  const keys = new Set<string>();
  for (const w of words) {
    const b = bigrams(w);
    if (!b.length) return null;
    b.forEach((g) => keys.add(g));
  }
  const lists: Int32Array[] = [];
  for (const k of keys) {
    const l = index.postings.get(k);
    if (!l) return [];
    lists.push(l);
  }
  lists.sort((a, b) => a.length - b.length);
  let candidates: number[] = Array.from(lists[0]!);
  for (const l of lists.slice(1)) {
    const set = new Set(l);
    candidates = candidates.filter((i) => set.has(i));
    if (!candidates.length) return [];
  }
  return candidates.map((i) => index.sentences[i]!);
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

async function load(store: GraphStore): Promise<TextIndex> {
  const [fp, sentenceRows, documentRows] = await Promise.all([
    store.run("text-index-fingerprint"),
    store.run("text-index-sentences"),
    store.run("text-index-documents"),
  ]);
  const sentences = sentenceRows.map((r) => ({
    id: String(r.id),
    docId: String(r.docId),
    text: String(r.text ?? ""),
    idx: Number(r.idx ?? 0),
    start: Number(r.sentenceStart ?? 0),
    end: Number(r.sentenceEnd ?? 0),
  }));
  const documents = documentRows.map((r) => ({
    id: String(r.id),
    title: str(r.title),
    docTitle: str(r.docTitle),
    published: str(r.published),
    outlet: str(r.outlet),
    key: r.title ? matchKey(String(r.title)) : "",
  }));
  return buildTextIndex(sentences, documents, fingerprintOf(fp[0]));
}

/**
 * How long (ms) a fingerprint check stays good: a store that can change is checked on every search (one
 * aggregate over an integer column; concurrent searches share it); a read-only embedded store cannot change
 * while open, so once a minute at most.
 */
export const TEXT_INDEX_CHECK_MS = { readWrite: 0, readOnly: 60_000 };

/** The current text index of a store: built on first use, rebuilt when the sentences' fingerprint changes. */
export const textIndex = derivedFromStore({
  load,
  fingerprint: "text-index-fingerprint",
  interval: TEXT_INDEX_CHECK_MS,
});
