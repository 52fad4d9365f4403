/**
 * Multi-selection: several nodes picked by shift-click on the canvas (or "Select"
 * in the inspector), with bulk actions — hide, expand, keep only these — and the
 * two-node path question. The single selection (inspector) stays in graph-canvas.
 */
import { atom } from "../../core/atom.js";
import { canvasActions, graphAtom, hiddenNodesAtom, sigmaAtom } from "../graph-canvas/index.js";

export const multiSelectionAtom = atom<string[]>([]);

const toggleIn = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

export const selectionActions = {
  toggle(id: string) {
    multiSelectionAtom.set((s) => toggleIn(s, id));
  },
  add(id: string) {
    multiSelectionAtom.set((s) => (s.includes(id) ? s : [...s, id]));
  },
  clear() {
    multiSelectionAtom.set([]);
  },
  /** Hide the selected nodes. */
  hide() {
    const ids = multiSelectionAtom.get();
    hiddenNodesAtom.set((h) => [...new Set([...h, ...ids])]);
    multiSelectionAtom.set([]);
  },
  /** Hide everything but the selected nodes. */
  keepOnly() {
    const keep = new Set(multiSelectionAtom.get());
    hiddenNodesAtom.set(graphAtom.get().filterNodes((n) => !keep.has(n)));
  },
  /** Expand each selected node (one page each). */
  async expand() {
    for (const id of multiSelectionAtom.get()) await canvasActions.expand(id);
  },
};

/**
 * Nodes removed from the canvas leave the selection; shift-click on a node adds it to (or removes it
 * from) the multi-selection. Set up in the app's effect; returns the unsubscribe.
 */
export function subscribeMultiSelection(): () => void {
  const prune = graphAtom.subscribe(() => {
    const g = graphAtom.get();
    const s = multiSelectionAtom.get();
    if (s.some((id) => !g.hasNode(id))) multiSelectionAtom.set(s.filter((id) => g.hasNode(id)));
  });
  const onClick = (e: { node: string }) => {
    const original = (e as unknown as { event?: { original?: MouseEvent } }).event?.original;
    if (original?.shiftKey) selectionActions.toggle(e.node);
  };
  let attached = sigmaAtom.get();
  attached?.on("clickNode", onClick);
  const follow = sigmaAtom.subscribe(() => {
    attached?.off("clickNode", onClick);
    attached = sigmaAtom.get();
    attached?.on("clickNode", onClick);
  });
  return () => {
    prune();
    follow();
    attached?.off("clickNode", onClick);
  };
}
