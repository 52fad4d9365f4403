/**
 * Layouts: a synchronous first layout (circular seed + a fixed number of
 * ForceAtlas2 iterations, deterministic) and ForceAtlas2 in a web worker behind
 * start/stop/kill (graphology-layout-forceatlas2/worker). The worker is killed
 * when the canvas unmounts or the graph is replaced.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { atom } from "../../core/atom.js";
import { hash01, type SigmaGraph } from "../../core/graph.js";

export const layoutRunningAtom = atom(false);

/** Iterations of the synchronous first layout, by graph size (keeps first draw under ~300 ms). */
export function initialIterations(order: number): number {
  if (order <= 300) return 400;
  if (order <= 2000) return 150;
  if (order <= 10000) return 40;
  return 10;
}

export function fa2Settings(graph: SigmaGraph) {
  return {
    ...forceAtlas2.inferSettings(graph),
    adjustSizes: false,
    barnesHutOptimize: graph.order > 500,
    strongGravityMode: true,
    gravity: 1.5,
    scalingRatio: 12,
  };
}

/** Seed positions on a circle (by kind, so kinds start apart) with deterministic jitter, then run ForceAtlas2. */
export function runInitialLayout(graph: SigmaGraph): void {
  const n = graph.order;
  if (n === 0) return;
  const nodes = graph
    .nodes()
    .sort(
      (a, b) =>
        graph.getNodeAttribute(a, "kind").localeCompare(graph.getNodeAttribute(b, "kind")) || a.localeCompare(b),
    );
  const R = 10 * Math.sqrt(n);
  nodes.forEach((id, i) => {
    const a = (2 * Math.PI * i) / n;
    const j = 0.85 + 0.3 * hash01(id);
    graph.mergeNodeAttributes(id, { x: R * j * Math.cos(a), y: R * j * Math.sin(a) });
  });
  forceAtlas2.assign(graph, { iterations: initialIterations(n), settings: fa2Settings(graph), getEdgeWeight: null });
}

let supervisor: FA2Layout | null = null;
let supervisedGraph: SigmaGraph | null = null;

/**
 * Let newly added nodes find their place: every other node is held fixed
 * while ForceAtlas2 runs a few iterations, so the existing layout does not move.
 */
export function settleNodes(graph: SigmaGraph, added: string[], iterations = 120): void {
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
  start(graph: SigmaGraph) {
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
  toggle(graph: SigmaGraph) {
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
