/**
 * The path question: the shortest paths between two selected entities (GET /api/paths),
 * drawn on the canvas, with each hop's evidence listed; or "not connected within N steps".
 */
import { atom } from "../../core/atom.js";
import { api } from "../../api/client.js";
import type { PathsResponse } from "../../api/types.js";
import { canvasActions } from "../graph-canvas/index.js";

export interface PathsState {
  status: "closed" | "loading" | "done" | "error";
  maxSteps: number;
  result: PathsResponse | null;
  error: string | null;
}

export const pathsAtom = atom<PathsState>({ status: "closed", maxSteps: 4, result: null, error: null });

export const pathsActions = {
  setMax(n: number) {
    pathsAtom.set((s) => ({ ...s, maxSteps: n }));
  },
  async find(a: string, b: string) {
    const maxSteps = pathsAtom.get().maxSteps;
    pathsAtom.set((s) => ({ ...s, status: "loading", error: null, result: null }));
    try {
      const result = await api.paths(a, b, maxSteps);
      pathsAtom.set((s) => ({ ...s, status: "done", result }));
      if (result.paths.length)
        canvasActions.add(
          {
            nodes: result.paths.flatMap((p) => p.nodes),
            edges: result.paths.flatMap((p) => p.hops.map((h) => h.edge)),
          },
          { record: "shortest paths", around: a },
        );
    } catch (err) {
      pathsAtom.set((s) => ({ ...s, status: "error", error: (err as Error).message }));
    }
  },
  close() {
    pathsAtom.set((s) => ({ ...s, status: "closed", result: null, error: null }));
  },
};
