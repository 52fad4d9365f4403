/** Search state: the query, its suggestions and which one is active. */
import type { SearchHit } from "../../api/types.js";

export interface SearchState {
  query: string;
  normalized: string | null;
  hits: SearchHit[];
  /** The query the hits answer (the hits of an earlier query stay shown while the next one runs). */
  hitsFor: string;
  loading: boolean;
  error: string | null;
  open: boolean;
  active: number;
}

export const EMPTY_SEARCH: SearchState = {
  query: "",
  normalized: null,
  hits: [],
  hitsFor: "",
  loading: false,
  error: null,
  open: false,
  active: 0,
};
