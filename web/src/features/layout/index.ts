/**
 * Layouts: the first layout (circular seed + a fixed number of ForceAtlas2
 * iterations, deterministic) computed in a one-shot web worker
 * (layout.worker.ts) — only tiny graphs are laid out on the main thread — and
 * ForceAtlas2 in a web worker behind start/stop/kill
 * (graphology-layout-forceatlas2/worker). The continuous worker is killed when
 * the canvas unmounts or the graph is replaced.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { atom } from "../../core/atom.js";
import { hash01, type DataGraph } from "../../core/graph.js";
import type { GraphBatch } from "../../core/schema.js";
import { fa2SettingsFor } from "./settings.js";
import type { LayoutAnswer, LayoutRequest } from "./types.js";

export const layoutRunningAtom = atom(false);

/** Iterations of the synchronous first layout, by graph size (keeps first draw under ~300 ms). */
export function initialIterations(order: number): number {
  if (order <= 300) return 400;
  if (order <= 2000) return 150;
  if (order <= 10000) return 40;
  return 10;
}

export const fa2Settings = (graph: DataGraph) => fa2SettingsFor(graph);

/** Up to this many nodes the first layout may run on the main thread (a few ms); above, in the worker. */
export const SYNC_LAYOUT_MAX = 200;

/** Seed positions on a circle (by kind, so kinds start apart) with deterministic jitter. */
function seed(nodes: Array<{ id: string; kind: string }>): Map<string, { x: number; y: number }> {
  const n = nodes.length;
  const sorted = [...nodes].sort((a, b) => a.kind.localeCompare(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const R = 10 * Math.sqrt(n);
  const out = new Map<string, { x: number; y: number }>();
  sorted.forEach(({ id }, i) => {
    const a = (2 * Math.PI * i) / n;
    const j = 0.85 + 0.3 * hash01(id);
    out.set(id, { x: R * j * Math.cos(a), y: R * j * Math.sin(a) });
  });
  return out;
}

/** Seed, then run ForceAtlas2 on the main thread: only for graphs up to SYNC_LAYOUT_MAX nodes. */
export function runInitialLayout(graph: DataGraph): void {
  const n = graph.order;
  if (n === 0) return;
  const pos = seed(graph.mapNodes((id, a) => ({ id, kind: a.kind })));
  graph.updateEachNodeAttributes((id, a) => ({ ...a, ...pos.get(id)! }));
  forceAtlas2.assign(graph, { iterations: initialIterations(n), settings: fa2Settings(graph), getEdgeWeight: null });
}

let requests = 0;

/**
 * The first layout of a batch, computed in a one-shot web worker: the same seed and iterations as
 * runInitialLayout, so the same positions. Resolves to every node's position.
 * @example const positions = await layoutInWorker(batch); canvasActions.replace(batch, { positions });
 */
export function layoutInWorker(batch: GraphBatch): Promise<Map<string, { x: number; y: number }>> {
  const pos = seed(batch.nodes.map((n) => ({ id: n.id, kind: n.label })));
  const ids = [...pos.keys()];
  if (ids.length <= 1) return Promise.resolve(pos);
  const index = new Map(ids.map((id, i) => [id, i]));
  const xy = new Float32Array(2 * ids.length);
  ids.forEach((id, i) => {
    const p = pos.get(id)!;
    xy[2 * i] = p.x;
    xy[2 * i + 1] = p.y;
  });
  const pairs: number[] = [];
  for (const e of batch.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s !== undefined && t !== undefined) pairs.push(s, t);
  }
  const request: LayoutRequest = {
    id: ++requests,
    xy,
    edges: Uint32Array.from(pairs),
    iterations: initialIterations(ids.length),
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<LayoutAnswer>) => {
      worker.terminate();
      const out = new Map<string, { x: number; y: number }>();
      ids.forEach((id, i) => out.set(id, { x: e.data.xy[2 * i], y: e.data.xy[2 * i + 1] }));
      resolve(out);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`layout: the layout worker failed (${e.message}).`));
    };
    worker.postMessage(request, [request.xy.buffer, request.edges.buffer]);
  });
}

let supervisor: FA2Layout | null = null;
let supervisedGraph: DataGraph | null = null;

/**
 * Let newly added nodes find their place: every other node is held fixed
 * while ForceAtlas2 runs a few iterations, so the existing layout does not move.
 */
export function settleNodes(graph: DataGraph, added: string[], iterations = 120): void {
  if (!added.length || graph.order > 5000 || supervisor?.isRunning()) return;
  const fresh = new Set(added);
  const wasFixed = new Map<string, boolean>();
  graph.forEachNode((n, a) => {
    wasFixed.set(n, !!a.fixed);
    if (!fresh.has(n)) graph.setNodeAttribute(n, "fixed", true);
  });
  forceAtlas2.assign(graph, { iterations, settings: fa2Settings(graph), getEdgeWeight: null });
  graph.forEachNode((n) => graph.setNodeAttribute(n, "fixed", wasFixed.get(n) ?? false));
}

export const layoutActions = {
  start(graph: DataGraph) {
    if (supervisor && supervisedGraph !== graph) layoutActions.kill();
    if (!supervisor) {
      supervisor = new FA2Layout(graph, { settings: fa2Settings(graph), getEdgeWeight: null });
      supervisedGraph = graph;
    }
    supervisor.start();
    layoutRunningAtom.set(true);
  },
  stop() {
    supervisor?.stop();
    layoutRunningAtom.set(false);
  },
  toggle(graph: DataGraph) {
    if (supervisor?.isRunning()) layoutActions.stop();
    else layoutActions.start(graph);
  },
  /** Terminate the worker (on unmount, or before the graph is replaced). */
  kill() {
    supervisor?.kill();
    supervisor = null;
    supervisedGraph = null;
    layoutRunningAtom.set(false);
  },
  isRunning: () => !!supervisor?.isRunning(),
};
