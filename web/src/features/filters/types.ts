/** Filter state: what the canvas hides. Empty lists and null dates mean "no filter". */
import type { NodeLabel, RelType } from "../../core/schema.js";

export interface FiltersState {
  hiddenKinds: NodeLabel[];
  hiddenRelTypes: RelType[];
  /** Inclusive ISO dates (YYYY-MM-DD). Dated nodes and edges outside the range are hidden; undated ones stay. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Only show what lies in (or is linked to) this province, by node id. */
  province: string | null;
}

export const EMPTY_FILTERS: FiltersState = {
  hiddenKinds: [],
  hiddenRelTypes: [],
  dateFrom: null,
  dateTo: null,
  province: null,
};
