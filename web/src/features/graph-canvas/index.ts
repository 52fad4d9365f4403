/**
 * The canvas feature: the data graph on screen (an atom of immutable states), the sigma instance, the
 * selection/hover state, and the actions that change what is drawn (load the
 * overview, select and focus, expand with paging, hide/remove/pin, undo/redo).
 */
import { atom } from "../../core/atom.js";
import { createGraph, fromBatch, mergeBatch, positionsOf, type DataGraph } from "../../core/graph.js";
import { clearGraph, removeNodes, setPinned, setPositions } from "../../core/producers.js";
import type { GraphBatch, KgEdge, KgNode } from "../../core/schema.js";
import { serializedToBatch } from "../../core/serialized.js";
import { ENTITY_LABELS, displayName } from "../../core/schema.js";
import { filtersAtom } from "../filters/index.js";
import { api } from "../../api/client.js";
import { SYNC_LAYOUT_MAX, layoutActions, layoutInWorker, runInitialLayout, settleNodes } from "../layout/index.js";
import { withEdgeIds, type OverviewAggregate } from "../../api/types.js";
import { structureChanged } from "./render-graph.js";
import type { CanvasStatus, ColorMode, Expansion, KgSigma, LabelDensity, Selection, SizeMode } from "./types.js";

export * from "./types.js";

/**
 * What is on the canvas: the data graph (entities, relationships, positions, pins), one immutable
 * state per change, set only with producers (core/producers.ts) through the actions below.
 * Sigma draws a graph derived from it (render-graph.ts) with the appearance of appearance.ts.
 */
export const graphAtom = atom<DataGraph>(createGraph());

export const sigmaAtom = atom<KgSigma | null>(null);
export const selectionAtom = atom<Selection>(null);
export const hoverAtom = atom<string | null>(null);
/** The edge under the pointer (drawn thicker, with its caption). */
export const hoverEdgeAtom = atom<string | null>(null);
export const statusAtom = atom<CanvasStatus>({ loading: false, error: null, message: null });
export const sizeModeAtom = atom<SizeMode>("degree");
export const colorModeAtom = atom<ColorMode>("kind");
export const labelDensityAtom = atom<LabelDensity>("normal");
/** Expansion paging per node id. */
export const expansionsAtom = atom<Record<string, Expansion>>({});
/** Nodes hidden by the user (not by filters). */
export const hiddenNodesAtom = atom<string[]>([]);

/** The overview on the canvas: how many entities the server ranked and how many it sent (the "N more" control). */
export interface OverviewState {
  total: number;
  limit: number;
  /** The filters the overview was asked with (kinds, province, dates), if any. */
  filtered: boolean;
  /** Counts by kind and province, shown instead of drawing more than MAX_DRAW nodes. */
  aggregate: OverviewAggregate | null;
}
export const overviewAtom = atom<OverviewState | null>(null);
/** The overview's page: its first view and each "more" step. */
export const OVERVIEW_STEP = 1_000;
/** Past this many nodes the explorer warns and offers the aggregate instead of drawing (software WebGL ~1 fps at 10k). */
export const MAX_DRAW = 5_000;

/** Where the canvas content came from; `dirty` once it was changed by hand (expanded, removed…). Read by url-state. */
export type CanvasSource =
  | { type: "overview" }
  | { type: "around"; id: string; depth: number }
  | { type: "query"; query: string }
  | { type: "nodes"; ids: string[] };
export const sourceAtom = atom<{ source: CanvasSource; dirty: boolean; graph: DataGraph }>({
  source: { type: "overview" },
  dirty: false,
  graph: graphAtom.get(),
});
/** Whether the canvas was changed by hand since its source was drawn (nodes or edges added or removed). */
export function sourceDirty(): boolean {
  const s = sourceAtom.get();
  return s.dirty || structureChanged(s.graph, graphAtom.get());
}

/** The page size of an expansion (URL `?expandLimit=N` overrides it, e.g. to see paging on a small graph). */
export const EXPAND_LIMIT = (() => {
  const n = typeof location !== "undefined" ? Number(new URLSearchParams(location.search).get("expandLimit")) : NaN;
  return Number.isInteger(n) && n > 0 && n <= 500 ? n : 20;
})();

let replacements = 0;

const nameOf = (id: string) => {
  const g = graphAtom.get();
  return g.hasNode(id) ? g.getNodeAttribute(id, "label") : id;
};

/** The render graph's positions (they move while the layout runs) written back to the data. */
function commitPositions(): void {
  const sigma = sigmaAtom.get();
  if (sigma) graphAtom.set(setPositions(positionsOf(sigma.getGraph())));
}

/** Go back to the state before step `index` of the history (undoing every step after it). */
export function undoTo(index: number): void {
  const n = historyAtom.get().past.length - index;
  for (let i = 0; i < n; i++) canvasActions.undo();
}

/** Position of a node in graph coordinates (for placing new neighbours around it). */
function anchorOf(id: string) {
  // positions as drawn (a running layout moves them before they are written back to the data)
  const g: DataGraph = sigmaAtom.get()?.getGraph() ?? graphAtom.get();
  const a = g.hasNode(id) ? g.getNodeAttributes(id) : graphAtom.get().getNodeAttributes(id);
  // spread scales with the current layout's extent, so new nodes land near their hub
  let minX = Infinity,
    maxX = -Infinity;
  g.forEachNode((_, b) => {
    if (b.x < minX) minX = b.x;
    if (b.x > maxX) maxX = b.x;
  });
  const extent = Number.isFinite(maxX - minX) && maxX > minX ? maxX - minX : 100;
  return { x: a.x, y: a.y, spread: extent / 12 };
}

// ------------------------------------------------------------ undo / redo

/** A step of the history: the data graph as it was (states are immutable, so kept as they are). */
interface Snapshot {
  graph: DataGraph;
  expansions: Record<string, Expansion>;
  hidden: string[];
  label: string;
}
export const historyAtom = atom<{ past: Snapshot[]; future: Snapshot[] }>({ past: [], future: [] });

function snapshot(label: string): Snapshot {
  commitPositions();
  return { graph: graphAtom.get(), expansions: expansionsAtom.get(), hidden: hiddenNodesAtom.get(), label };
}
function restore(s: Snapshot) {
  layoutActions.kill();
  graphAtom.set(s.graph);
  expansionsAtom.set(s.expansions);
  hiddenNodesAtom.set(s.hidden);
  const sel = selectionAtom.get();
  if (sel && ((sel.type === "node" && !s.graph.hasNode(sel.id)) || (sel.type === "edge" && !s.graph.hasEdge(sel.id))))
    selectionAtom.set(null);
}
/** Record the state before a step, so it can be undone. */
function record(label: string) {
  const snap = snapshot(label);
  historyAtom.set((h) => ({ past: [...h.past.slice(-49), snap], future: [] }));
}
/** Record one undo step for an action made of several (the multi-selection's bulk hide, expand, keep only). */
export const recordStep = (label: string): void => record(label);

// ------------------------------------------------------------ actions

async function withStatus<T>(message: string, fn: () => Promise<T>): Promise<T | undefined> {
  statusAtom.set({ loading: true, error: null, message });
  try {
    const r = await fn();
    statusAtom.set({ loading: false, error: null, message: null });
    return r;
  } catch (err) {
    statusAtom.set({ loading: false, error: (err as Error).message, message: null });
    return undefined;
  }
}

export const canvasActions = {
  /** Replace the canvas with a batch (overview, a query result, a restored view), laid out from scratch. */
  replace(
    batch: GraphBatch,
    opts: {
      layout?: boolean;
      record?: string;
      source?: CanvasSource;
      positions?: Map<string, { x: number; y: number }>;
    } = {},
  ) {
    if (opts.record) record(opts.record);
    layoutActions.kill();
    let next = fromBatch(batch);
    const pos = opts.positions;
    const placed = !!pos && next.everyNode((n) => pos.has(n));
    const generation = ++replacements;
    if (placed) next = setPositions(pos!)(next);
    // the first layout of a small graph runs on the new state before it is published
    else if (opts.layout !== false && next.order <= SYNC_LAYOUT_MAX) runInitialLayout(next);
    else if (opts.layout !== false)
      // laid out in the worker; drawn meanwhile at the seed positions, moved once (if still the same content)
      void layoutInWorker(batch).then((p) => {
        if (generation === replacements) graphAtom.set(setPositions(p));
      });
    graphAtom.set(next);
    expansionsAtom.set({});
    hiddenNodesAtom.set([]);
    if (opts.source?.type !== "overview") overviewAtom.set(null);
    selectionAtom.set(null);
    sourceAtom.set({ source: opts.source ?? { type: "nodes", ids: next.nodes() }, dirty: !opts.source, graph: next });
  },

  /** Add a batch to what is on the canvas; new nodes appear near `around` if given. */
  add(batch: GraphBatch, opts: { around?: string; record?: string } = {}) {
    if (opts.record) record(opts.record);
    const prev = graphAtom.get();
    const next = prev.copy();
    const res = mergeBatch(next, batch, opts.around && prev.hasNode(opts.around) ? anchorOf(opts.around) : undefined);
    // new nodes find their place (the others held) on the new state, before it is published
    settleNodes(next, res.addedNodes);
    graphAtom.set(next);
    return res;
  },

  /**
   * Apply a producer to the data graph (live updates, review merges, sessions):
   * `canvasActions.update(applyMerge({ into, from }), { record: "merge" })`.
   */
  update(producer: (g: DataGraph) => DataGraph, opts: { record?: string } = {}) {
    if (opts.record) record(opts.record);
    graphAtom.set(producer);
    const g = graphAtom.get();
    const sel = selectionAtom.get();
    if (sel && ((sel.type === "node" && !g.hasNode(sel.id)) || (sel.type === "edge" && !g.hasEdge(sel.id))))
      selectionAtom.set(null);
  },

  /**
   * Fetch the overview (the top `limit` entities by degree; with `filtered`, only those matching the
   * filters panel's kinds, province and dates), lay it out in the worker, then draw it.
   */
  async loadOverview(opts: { limit?: number; filtered?: boolean } = {}) {
    const limit = opts.limit ?? OVERVIEW_STEP;
    await withStatus("Loading graph…", async () => {
      const f = filtersAtom.get();
      const filters = opts.filtered
        ? {
            kinds: f.hiddenKinds.length ? ENTITY_LABELS.filter((k) => !f.hiddenKinds.includes(k)) : undefined,
            province: f.province ?? undefined,
            from: f.dateFrom ?? undefined,
            to: f.dateTo ?? undefined,
          }
        : {};
      // the default view is a plain GET /api/graph
      performance.mark("overview:fetch");
      const res = withEdgeIds(await api.graph({ limit: limit === OVERVIEW_STEP ? undefined : limit, ...filters }));
      performance.mark("overview:layout");
      const positions = await layoutInWorker(res);
      performance.mark("overview:replace");
      canvasActions.replace(res, { source: { type: "overview" }, positions });
      performance.mark("overview:replaced");
      // the stages, for the app bench (bench/render.ts) and the browser's performance panel
      performance.measure("overview fetch", "overview:fetch", "overview:layout");
      performance.measure("overview layout (worker)", "overview:layout", "overview:replace");
      performance.measure("overview replace", "overview:replace", "overview:replaced");
      overviewAtom.set({ total: res.total, limit: res.limit, filtered: !!opts.filtered, aggregate: null });
    });
  },

  /** The next OVERVIEW_STEP entities of the overview; past MAX_DRAW, the aggregate instead (unless `force`). */
  async moreOverview(force = false) {
    const o = overviewAtom.get();
    if (!o) return;
    const limit = Math.min(o.total, o.limit + OVERVIEW_STEP);
    if (limit > MAX_DRAW && !force) {
      await withStatus("Counting…", async () => {
        const aggregate = await api.graphAggregate();
        overviewAtom.set({ ...o, aggregate });
      });
      return;
    }
    await canvasActions.loadOverview({ limit, filtered: o.filtered });
  },

  /** Empty the canvas (undoable). */
  clear() {
    record("clear");
    layoutActions.kill();
    graphAtom.set(clearGraph());
    expansionsAtom.set({});
    hiddenNodesAtom.set([]);
    selectionAtom.set(null);
  },

  /** Replace the canvas with the neighbourhood of a node at depth N (GET /api/export?format=json&around=…&depth=N). */
  async neighbourhood(id: string, depth: number) {
    await withStatus(`Loading depth-${depth} neighbourhood…`, async () => {
      const g = await api.around(id, depth);
      canvasActions.replace(serializedToBatch(g), {
        record: `neighbourhood (${depth})`,
        source: { type: "around", id, depth },
      });
      selectionAtom.set({ type: "node", id });
    });
  },

  select(sel: Selection) {
    selectionAtom.set(sel);
  },

  /**
   * Select a node, adding it to the canvas if it is not there (alone, linked to
   * any of its neighbours already drawn; expanding is a separate step); then
   * focus the camera on it.
   */
  async selectNode(id: string, opts: { focus?: boolean } = {}) {
    if (!graphAtom.get().hasNode(id)) {
      const ok = await withStatus("Loading node…", async () => {
        const res = await api.node(id, { limit: 200, offset: 0 });
        const anchorId = res.neighbours.find((n) => graphAtom.get().hasNode(n.id))?.id;
        canvasActions.add(
          { nodes: [res.node], edges: res.edges },
          { record: `add ${displayName(res.node)}`, around: anchorId },
        );
        return true;
      });
      if (!ok) return;
    }
    hiddenNodesAtom.set((h) => h.filter((x) => x !== id));
    selectionAtom.set({ type: "node", id });
    if (opts.focus !== false) canvasActions.focus(id);
  },

  /** Animate the camera to a node. */
  focus(id: string, ratio?: number) {
    const sigma = sigmaAtom.get();
    if (!sigma || !graphAtom.get().hasNode(id)) return;
    // display data is in sigma's normalized (framed) coordinates, which the camera uses
    const d = sigma.getNodeDisplayData(id);
    if (!d) {
      sigma.once("afterRender", () => canvasActions.focus(id, ratio));
      sigma.refresh();
      return;
    }
    const camera = sigma.getCamera();
    void camera.animate({ x: d.x, y: d.y, ratio: ratio ?? Math.min(camera.ratio, 0.6) }, { duration: 500 });
  },

  /** Select a relationship (adding it and its ends to the canvas if needed): the inspector shows its evidence. */
  async selectEdge(edge: KgEdge, ends: KgNode[] = []) {
    if (!graphAtom.get().hasEdge(edge.id))
      canvasActions.add(
        { nodes: ends, edges: [edge] },
        { record: `add ${edge.type}`, around: ends.find((n) => graphAtom.get().hasNode(n.id))?.id },
      );
    if (!graphAtom.get().hasEdge(edge.id)) return;
    selectionAtom.set({ type: "edge", id: edge.id });
  },

  /** Animate the camera to frame a set of nodes (e.g. a node and the neighbours an expansion added). */
  frame(ids: string[]) {
    const sigma = sigmaAtom.get();
    if (!sigma) return;
    sigma.refresh();
    const pts = ids.map((id) => sigma.getNodeDisplayData(id)).filter((d): d is NonNullable<typeof d> => !!d);
    if (!pts.length) return;
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const ratio = Math.min(1.2, Math.max(0.08, Math.max(x1 - x0, y1 - y0) * 1.4));
    void sigma.getCamera().animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration: 400 });
  },

  fit() {
    const sigma = sigmaAtom.get();
    void sigma?.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 400 });
  },

  /** Expand a node: add the next page of its neighbours (capped at EXPAND_LIMIT). Returns how many nodes were added. */
  async expand(id: string, opts: { record?: boolean } = {}): Promise<number> {
    // Kinds hidden in the legend are not fetched: expanding a hub does not flood the canvas with them.
    const hidden = filtersAtom.get().hiddenKinds;
    const kinds = hidden.length ? ENTITY_LABELS.filter((k) => !hidden.includes(k)) : undefined;
    const kindsKey = kinds?.join(",") ?? "";
    let page: Expansion | undefined = expansionsAtom.get()[id];
    // the filter changed since the last page: page again from the start (nodes already drawn are not added twice)
    if (page && (page.kinds ?? "") !== kindsKey) page = undefined;
    const offset = page ? page.offset : 0;
    if (page && page.offset >= page.total) return 0;
    const added = await withStatus("Expanding…", async () => {
      const res = await api.node(id, { limit: EXPAND_LIMIT, offset, kinds });
      const r = canvasActions.add(
        { nodes: [res.node, ...res.neighbours], edges: res.edges },
        { around: id, record: opts.record === false ? undefined : `expand ${nameOf(id)}` },
      );
      expansionsAtom.set((x) => ({
        ...x,
        [id]: { offset: offset + res.neighbours.length, total: res.total, kinds: kindsKey },
      }));
      if (r.addedNodes.length) canvasActions.frame([id, ...graphAtom.get().neighbors(id)]);
      return r.addedNodes.length;
    });
    return added ?? 0;
  },

  /** Collapse: remove the neighbours that only this node brought (degree-1 leaves hanging on it). */
  collapse(id: string) {
    const g = graphAtom.get();
    if (!g.hasNode(id)) return;
    record(`collapse ${nameOf(id)}`);
    // neighbours whose only neighbour is this node
    graphAtom.set(removeNodes(g.neighbors(id).filter((n) => g.neighbors(n).length === 1)));
    expansionsAtom.set((x) => {
      const { [id]: _, ...rest } = x;
      return rest;
    });
  },

  hide(id: string) {
    record(`hide ${nameOf(id)}`);
    hiddenNodesAtom.set((h) => (h.includes(id) ? h : [...h, id]));
    if (selectionAtom.get()?.id === id) selectionAtom.set(null);
  },

  showAll() {
    record("show hidden");
    hiddenNodesAtom.set([]);
  },

  remove(id: string) {
    if (!graphAtom.get().hasNode(id)) return;
    record(`remove ${nameOf(id)}`);
    graphAtom.set(removeNodes([id]));
    if (selectionAtom.get()?.id === id) selectionAtom.set(null);
  },

  togglePin(id: string) {
    const g = graphAtom.get();
    if (!g.hasNode(id)) return;
    graphAtom.set(setPinned([id], !g.getNodeAttribute(id, "fixed")));
  },

  /** A node dropped after a drag: it stays where it was put, pinned. */
  pinAt(id: string, pos: { x: number; y: number }) {
    graphAtom.set((g) => setPinned([id], true)(setPositions(new Map([[id, pos]]))(g)));
  },

  /** Run or stop ForceAtlas2 on what sigma draws; on stop, the positions are written back to the data. */
  toggleLayout() {
    const sigma = sigmaAtom.get();
    if (layoutActions.isRunning()) {
      layoutActions.stop();
      commitPositions();
    } else if (sigma) layoutActions.start(sigma.getGraph());
  },

  /** The data graph with the positions as drawn (for saving: a running layout's latest positions). */
  current(): DataGraph {
    commitPositions();
    return graphAtom.get();
  },

  undo() {
    const h = historyAtom.get();
    const prev = h.past[h.past.length - 1];
    if (!prev) return;
    const now = snapshot(prev.label);
    historyAtom.set({ past: h.past.slice(0, -1), future: [now, ...h.future] });
    restore(prev);
  },

  redo() {
    const h = historyAtom.get();
    const next = h.future[0];
    if (!next) return;
    const now = snapshot(next.label);
    historyAtom.set({ past: [...h.past, now], future: h.future.slice(1) });
    restore(next);
  },

  setSizeMode(mode: SizeMode) {
    sizeModeAtom.set(mode);
  },

  setColorMode(mode: ColorMode) {
    colorModeAtom.set(mode);
  },
};
