/** Types of the Cypher workbench. */
import type { CypherExample, CypherResponse } from "../../api/types.js";

export const RESULT_VIEWS = ["table", "graph", "json"] as const;
export type ResultView = (typeof RESULT_VIEWS)[number];

/** One kept result (Neo4j Browser's frame): its query, parameters and answer. Pinned frames survive new runs. */
export interface Frame {
  id: number;
  query: string;
  params: Record<string, string>;
  result: CypherResponse;
  view: ResultView;
  pinned: boolean;
}

/** A saved, named query; `params` holds the last values of its `$parameters`. */
export interface SavedQuery {
  name: string;
  query: string;
  params: Record<string, string>;
}

export interface WorkbenchState {
  open: boolean;
  query: string;
  /** Values of the current query's `$parameters`, by name. */
  params: Record<string, string>;
  status: "idle" | "running" | "done" | "error";
  /** How many queries have finished (a test hook and a React key). */
  runs: number;
  result: CypherResponse | null;
  error: string | null;
  view: ResultView;
  history: string[];
  examples: CypherExample[];
  examplesError: string | null;
  /** Pinned frames kept beside the current result, newest first. */
  pinned: Frame[];
  saved: SavedQuery[];
}
