/**
 * The search index: an in-memory character-bigram index over every entity's
 * search key (normalized name and aliases), built from the store
 * (cypher/search-keys.cypher) and rebuilt when the keys change. A query finds
 * its candidates by intersecting the posting lists of its bigrams (one
 * character: that character's list) and checks them with a substring test:
 * no scan of the store per query. Bigrams need no word boundaries, so
 * Chinese (which Kuzu's full-text index does not tokenize) is found the same
 * way as Latin names. Memory is bounded by the entities' key lengths.
 */
import { labelOfId, type NodeLabel } from "../schema/index.js";
import { searchKeyParts } from "../schema/text.js";
import type { GraphStore } from "../store/types.js";
import { derivedFromStore, fingerprintOf } from "./store-derived.js";

export interface IndexedEntity {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
  /** The normalized parts of the search key (name first). */
  parts: string[];
  degree: number;
}

export interface SearchIndex {
  entities: IndexedEntity[];
  /** grams (1 and 2 characters) → indexes into `entities`, ascending. */
  postings: Map<string, number[]>;
  fingerprint: string;
}

/** The 1- and 2-character grams of a string (code points, so astral characters stay whole). */
function grams(s: string): string[] {
  const cs = [...s];
  const out: string[] = [...cs];
  for (let i = 0; i + 1 < cs.length; i++) out.push(cs[i] + cs[i + 1]);
  return out;
}

/** Build an index from entity rows (pure). */
export function buildSearchIndex(rows: IndexedEntity[], fingerprint = ""): SearchIndex {
  const postings = new Map<string, number[]>();
  rows.forEach((e, i) => {
    const seen = new Set<string>();
    for (const p of e.parts)
      for (const g of grams(p)) {
        if (seen.has(g)) continue;
        seen.add(g);
        const list = postings.get(g);
        if (list) list.push(i);
        else postings.set(g, [i]);
      }
  });
  return { entities: rows, postings, fingerprint };
}

/** Entities whose search key contains the normalized query `q` (any part), in index order. */
export function lookup(index: SearchIndex, q: string): IndexedEntity[] {
  const cs = [...q];
  if (!cs.length) return [];
  const keys = cs.length === 1 ? cs : cs.slice(0, -1).map((c, i) => c + cs[i + 1]);
  const lists: number[][] = [];
  for (const k of new Set(keys)) {
    const l = index.postings.get(k);
    if (!l) return [];
    lists.push(l);
  }
  lists.sort((a, b) => a.length - b.length);
  let candidates = lists[0];
  for (const l of lists.slice(1)) {
    const set = new Set(l);
    candidates = candidates.filter((i) => set.has(i));
    if (!candidates.length) return [];
  }
  return candidates.map((i) => index.entities[i]).filter((e) => e.parts.some((p) => p.includes(q)));
}

async function load(store: GraphStore): Promise<SearchIndex> {
  const [fp, rows] = await Promise.all([store.run("search-fingerprint"), store.run("search-keys")]);
  const entities: IndexedEntity[] = [];
  for (const r of rows) {
    const id = String(r.id);
    const label = labelOfId(id);
    if (!label) continue;
    const parts = searchKeyParts(r.search);
    entities.push({
      id,
      label,
      name: String(r.name ?? id),
      aliases: (r.aliases as string[] | null) ?? [],
      parts,
      degree: Number(r.degree ?? 0),
    });
  }
  return buildSearchIndex(entities, fingerprintOf(fp[0]));
}

/**
 * How long (ms) a fingerprint check stays good: on a store that can change, every search compares (one
 * small aggregate over the entities' key lengths; concurrent searches share one check in flight); a
 * read-only embedded store cannot change while open, so its index is checked once a minute at most.
 */
export const SEARCH_INDEX_CHECK_MS = { readWrite: 0, readOnly: 60_000 };

/**
 * The current index of a store: built on first use, and rebuilt when the fingerprint of the stored keys
 * (count and total length; see SEARCH_INDEX_CHECK_MS) differs from the index's.
 */
export const searchIndex = derivedFromStore({
  load,
  fingerprint: "search-fingerprint",
  interval: SEARCH_INDEX_CHECK_MS,
});
