/**
 * Inspector state: follows the selection and loads the selected node
 * (GET /api/nodes/:id: properties, neighbour total, evidence sentences) or edge
 * (GET /api/edges/:id: endpoints and supporting sentences).
 */
import { atom } from "../../core/atom.js";
import { api } from "../../api/client.js";
import type { EdgeResponse, NodeResponse } from "../../api/types.js";
import { selectionAtom, type Selection } from "../graph-canvas/index.js";

export interface InspectorState {
  selection: Selection;
  status: "idle" | "loading" | "ready" | "error";
  node: NodeResponse | null;
  edge: EdgeResponse | null;
  error: string | null;
}

export const inspectorAtom = atom<InspectorState>({
  selection: null,
  status: "idle",
  node: null,
  edge: null,
  error: null,
});

async function load(sel: Selection) {
  if (!sel) {
    inspectorAtom.set({ selection: null, status: "idle", node: null, edge: null, error: null });
    return;
  }
  inspectorAtom.set({ selection: sel, status: "loading", node: null, edge: null, error: null });
  try {
    if (sel.type === "node") {
      const node = await api.node(sel.id, { limit: 50 });
      if (selectionAtom.get() !== sel) return;
      inspectorAtom.set({ selection: sel, status: "ready", node, edge: null, error: null });
    } else {
      const edge = await api.edge(sel.id);
      if (selectionAtom.get() !== sel) return;
      inspectorAtom.set({ selection: sel, status: "ready", node: null, edge, error: null });
    }
  } catch (err) {
    if (selectionAtom.get() !== sel) return;
    inspectorAtom.set({ selection: sel, status: "error", node: null, edge: null, error: (err as Error).message });
  }
}

/** The inspector follows the selection (set up in the app's effect; returns the unsubscribe). */
export function subscribeInspector(): () => void {
  return selectionAtom.subscribe(() => void load(selectionAtom.get()));
}

export const inspectorActions = { reload: () => void load(selectionAtom.get()) };
