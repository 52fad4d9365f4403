/**
 * Multi-selection: several nodes picked by shift-click on the canvas, by shift+drag
 * (a box), or "Select" in the inspector, with bulk actions — hide, expand, keep only
 * these — each one undo step (Ctrl+Z), and the two-node path question. The single
 * selection (inspector) stays in graph-canvas.
 */
import { atom } from "../../core/atom.js";
import { canvasActions, graphAtom, hiddenNodesAtom, recordStep, sigmaAtom } from "../graph-canvas/index.js";
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
    hiddenNodesAtom.set(graphAtom.get().filterNodes((n) => !keep.has(n)));
  },
  /** Expand each selected node (one page each), as one undo step. */
  async expand() {
    const ids = multiSelectionAtom.get();
    if (!ids.length) return;
    recordStep(`expand ${count(ids.length)}`);
    for (const id of ids) await canvasActions.expand(id, { record: false });
  },
};

/**
 * Nodes removed from the canvas leave the selection; shift-click on a node adds it to (or removes it
 * from) the multi-selection, shift+drag selects a box. Set up in the app's effect; returns the unsubscribe.
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
  let attached: ReturnType<typeof sigmaAtom.get> = null;
  let uninstallBox: (() => void) | null = null;
  const attach = () => {
    attached?.off("clickNode", onClick);
    uninstallBox?.();
    uninstallBox = null;
    attached = sigmaAtom.get();
    if (!attached) return;
    attached.on("clickNode", onClick);
    uninstallBox = installBoxSelect(attached, (ids) => selectionActions.addAll(ids));
  };
  attach();
  const follow = sigmaAtom.subscribe(attach);
  return () => {
    prune();
    follow();
    attached?.off("clickNode", onClick);
    uninstallBox?.();
  };
}
