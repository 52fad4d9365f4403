/**
 * The canvas's data graph: one graphology MultiDirectedGraph per state of what
 * is on screen — the KgNode / KgEdge data, positions and pins — treated as
 * immutable (producers in core/producers.ts return a new graph). What sigma
 * draws (sizes, colours, communities) is derived from it into a separate
 * SigmaGraph (features/graph-canvas/render-graph.ts), never stored here.
 */
import { MultiDirectedGraph } from "graphology";
import type { GraphBatch, KgEdge, KgNode, NodeLabel, PropValue, RelType } from "./schema.js";
import { displayName } from "./schema.js";

/** A node of the data graph: what it is, where it sits, whether it is pinned. */
export interface NodeData {
  x: number;
  y: number;
  /** Display name (what sigma draws). */
  label: string;
  kind: NodeLabel;
  /** A date to filter by in time ranges (measures: their date), or null. */
  date: string | null;
  properties: Record<string, PropValue>;
  /** Pinned nodes keep their position while the layout runs (FA2 reads `fixed`). */
  fixed?: boolean;
  [k: string]: unknown;
}

export interface EdgeData {
  kind: RelType;
  date: string | null;
  properties: Record<string, PropValue>;
  [k: string]: unknown;
}

/** The data graph (one state of the canvas atom). */
export type DataGraph = MultiDirectedGraph<NodeData, EdgeData>;

/** What sigma draws: the data plus the appearance derived from it. */
export interface NodeAttrs extends NodeData {
  size: number;
  color: string;
  /** Louvain community, when colouring by community. */
  community?: number;
}
export interface EdgeAttrs extends EdgeData {
  size: number;
  color: string;
}
export type SigmaGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export function createGraph(): DataGraph {
  return new MultiDirectedGraph<NodeData, EdgeData>();
}

export function createSigmaGraph(): SigmaGraph {
  return new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
}

const asDate = (v: PropValue | undefined): string | null =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null;

/** Node data for a KgNode (position given by the caller). */
export function nodeAttributes(node: KgNode, pos: { x: number; y: number }): NodeData {
  return {
    x: pos.x,
    y: pos.y,
    label: displayName(node),
    kind: node.label,
    date: asDate(node.properties.date),
    properties: node.properties,
  };
}

export function edgeAttributes(edge: KgEdge): EdgeData {
  return { kind: edge.type, date: asDate(edge.properties.date), properties: edge.properties };
}

/** A deterministic pseudo-random in [0,1) from a string (so layouts are reproducible). */
export function hash01(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100000) / 100000;
}

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
}

/** Where new nodes go: around a point (a hub being expanded), at `spread` from it. */
export interface Anchor {
  x: number;
  y: number;
  spread?: number;
}

/**
 * Merge a batch into a graph the caller owns (a fresh copy: producers use it on
 * their own copy, never on a published state). Existing nodes keep their
 * position; properties are refreshed. New nodes are placed around `anchor` if
 * given, else on a disc by hash.
 */
export function mergeBatch(graph: DataGraph, batch: GraphBatch, anchor?: Anchor): MergeResult {
  const addedNodes: string[] = [];
  const addedEdges: string[] = [];
  const spread = anchor?.spread ?? 10;
  for (const n of batch.nodes) {
    if (graph.hasNode(n.id)) {
      graph.mergeNodeAttributes(n.id, {
        properties: { ...graph.getNodeAttribute(n.id, "properties"), ...n.properties },
      });
      continue;
    }
    const a = hash01(n.id) * Math.PI * 2;
    const r = anchor ? spread * (0.6 + 0.4 * hash01(n.id + "r")) : 100 * Math.sqrt(hash01(n.id + "r"));
    const pos = anchor
      ? { x: anchor.x + r * Math.cos(a), y: anchor.y + r * Math.sin(a) }
      : { x: r * Math.cos(a), y: r * Math.sin(a) };
    graph.addNode(n.id, nodeAttributes(n, pos));
    addedNodes.push(n.id);
  }
  for (const e of batch.edges) {
    if (graph.hasEdge(e.id) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, edgeAttributes(e));
    addedEdges.push(e.id);
  }
  return { addedNodes, addedEdges };
}

/** A new data graph holding a batch. */
export function fromBatch(batch: GraphBatch): DataGraph {
  const g = createGraph();
  mergeBatch(g, batch);
  return g;
}

/** Back to the API's shapes: what is on the canvas, as a GraphBatch (for exports). */
export function toBatch(graph: DataGraph, keep: (node: string) => boolean = () => true): GraphBatch {
  const nodes: KgNode[] = [];
  graph.forEachNode((id, a) => {
    if (keep(id)) nodes.push({ id, label: a.kind, properties: a.properties });
  });
  const ids = new Set(nodes.map((n) => n.id));
  const edges: KgEdge[] = [];
  graph.forEachEdge((id, a, source, target) => {
    if (ids.has(source) && ids.has(target)) edges.push({ id, type: a.kind, source, target, properties: a.properties });
  });
  return { nodes, edges };
}

/** Every node's position. */
export function positionsOf(graph: DataGraph): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  graph.forEachNode((n, a) => out.set(n, { x: a.x, y: a.y }));
  return out;
}
