/**
 * Multi-selection: several nodes picked by shift-click on the canvas, by shift+drag
 * (a box), or "Select" in the inspector, with bulk actions — hide, expand, keep only
 * these — each one undo step (Ctrl+Z), and the two-node path question. The single
 * selection (inspector) stays in graph-canvas.
 */
import { atom } from "../../core/atom.js";
import { canvasActions, graph, hiddenNodesAtom, recordStep, sigmaAtom, versionAtom } from "../graph-canvas/index.js";
import { installBoxSelect } from "./box.js";

export const multiSelectionAtom = atom<string[]>([]);

const toggleIn = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
const count = (n: number) => `${n} node${n === 1 ? "" : "s"}`;

export const selectionActions = {
  toggle(id: string) {
    multiSelectionAtom.set((s) => toggleIn(s, id));
  },
  add(id: string) {
    multiSelectionAtom.set((s) => (s.includes(id) ? s : [...s, id]));
  },
  /** Add several nodes (a box) to the selection. */
  addAll(ids: string[]) {
    multiSelectionAtom.set((s) => [...s, ...ids.filter((id) => !s.includes(id))]);
  },
  clear() {
    multiSelectionAtom.set([]);
  },
  /** Hide the selected nodes (one undo step). */
  hide() {
    const ids = multiSelectionAtom.get();
    if (!ids.length) return;
    recordStep(`hide ${count(ids.length)}`);
    hiddenNodesAtom.set((h) => [...new Set([...h, ...ids])]);
    multiSelectionAtom.set([]);
  },
  /** Hide everything but the selected nodes (one undo step). */
  keepOnly() {
    const keep = new Set(multiSelectionAtom.get());
    if (!keep.size) return;
    recordStep(`keep only ${count(keep.size)}`);
    hiddenNodesAtom.set(graph.filterNodes((n) => !keep.has(n)));
  },
  /** Expand each selected node (one page each), as one undo step. */
  async expand() {
    const ids = multiSelectionAtom.get();
    if (!ids.length) return;
    recordStep(`expand ${count(ids.length)}`);
    for (const id of ids) await canvasActions.expand(id, { record: false });
  },
};

// nodes removed from the canvas leave the selection
versionAtom.subscribe(() => {
  const s = multiSelectionAtom.get();
  if (s.some((id) => !graph.hasNode(id))) multiSelectionAtom.set(s.filter((id) => graph.hasNode(id)));
});

// shift-click on a node adds it to (or removes it from) the multi-selection; shift+drag selects a box
if (typeof window !== "undefined") {
  let uninstall: (() => void) | null = null;
  sigmaAtom.subscribe(() => {
    uninstall?.();
    uninstall = null;
    const sigma = sigmaAtom.get();
    if (!sigma) return;
    sigma.on("clickNode", (e) => {
      const original = (e as unknown as { event?: { original?: MouseEvent } }).event?.original;
      if (original?.shiftKey) selectionActions.toggle(e.node);
    });
    uninstall = installBoxSelect(sigma, (ids) => selectionActions.addAll(ids));
  });
}
