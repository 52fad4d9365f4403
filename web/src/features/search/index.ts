/**
 * Search: suggestions as you type from GET /api/search (Simplified or
 * Traditional input, aliases, substrings), latest request wins; choosing a hit
 * selects the node on the canvas (fetching it if needed) and focuses the camera.
 */
import { atom } from "../../core/atom.js";
import { api } from "../../api/client.js";
import type { SearchHit } from "../../api/types.js";
import { canvasActions } from "../graph-canvas/index.js";
import { EMPTY_SEARCH, type SearchState } from "./types.js";

export * from "./types.js";

export const searchAtom = atom<SearchState>(EMPTY_SEARCH);

let controller: AbortController | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

export const searchActions = {
  /** Update the query; suggestions are fetched after a short debounce. */
  setQuery(query: string) {
    searchAtom.set((s) => ({ ...s, query, open: query.trim().length > 0, active: 0 }));
    if (timer) clearTimeout(timer);
    const q = query.trim();
    if (!q) {
      controller?.abort();
      searchAtom.set((s) => ({ ...s, hits: [], hitsFor: "", loading: false, error: null }));
      return;
    }
    timer = setTimeout(() => void searchActions.run(q), 120);
  },

  async run(q: string) {
    controller?.abort();
    const c = new AbortController();
    controller = c;
    searchAtom.set((s) => ({ ...s, loading: true, error: null }));
    try {
      const res = await api.search(q, 20, c.signal);
      if (c.signal.aborted) return;
      searchAtom.set((s) => ({
        ...s,
        hits: res.hits,
        hitsFor: q,
        normalized: res.normalized,
        loading: false,
        active: 0,
      }));
    } catch (err) {
      if (c.signal.aborted) return;
      searchAtom.set((s) => ({ ...s, hits: [], hitsFor: q, loading: false, error: (err as Error).message }));
    }
  },

  move(delta: number) {
    searchAtom.set((s) => ({
      ...s,
      open: true,
      active: s.hits.length ? (s.active + delta + s.hits.length) % s.hits.length : 0,
    }));
  },

  close() {
    searchAtom.set((s) => ({ ...s, open: false }));
  },

  async choose(hit: SearchHit) {
    searchAtom.set((s) => ({ ...s, query: hit.name, open: false }));
    await canvasActions.selectNode(hit.id, { focus: true });
  },

  /** Enter: choose the active suggestion (running the search first if it has not answered yet). */
  async chooseActive() {
    let s = searchAtom.get();
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    // (hits shown for an earlier query, while the debounce waits or the request runs, are not this query's)
    if (s.query.trim() && (s.loading || s.hitsFor !== s.query.trim())) {
      await searchActions.run(s.query.trim());
      s = searchAtom.get();
    }
    const hit = s.hits[s.active] ?? s.hits[0];
    if (hit) await searchActions.choose(hit);
  },
};
