/** Types of the Cypher workbench. */
import type { CypherExample, CypherResponse } from "../../api/types.js";

export const RESULT_VIEWS = ["table", "graph", "json"] as const;
export type ResultView = (typeof RESULT_VIEWS)[number];

export interface WorkbenchState {
  open: boolean;
  query: string;
  status: "idle" | "running" | "done" | "error";
  /** How many queries have finished (a test hook and a React key). */
  runs: number;
  result: CypherResponse | null;
  error: string | null;
  view: ResultView;
  history: string[];
  examples: CypherExample[];
  examplesError: string | null;
}
