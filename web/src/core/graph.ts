/**
 * The canvas graph: one graphology MultiDirectedGraph holding what is on screen,
 * with the attributes sigma draws (x, y, size, color, label) plus the KgNode /
 * KgEdge data they came from. Pure helpers to merge API batches into it.
 */
import { MultiDirectedGraph } from "graphology";
import type { GraphBatch, KgEdge, KgNode, NodeLabel, PropValue, RelType } from "./schema.js";
import { LABEL_COLORS, displayName } from "./schema.js";

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  /** Display name (what sigma draws). */
  label: string;
  kind: NodeLabel;
  /** A date to filter by in time ranges (measures: their date), or null. */
  date: string | null;
  properties: Record<string, PropValue>;
  /** Pinned nodes keep their position while the layout runs (FA2 reads `fixed`). */
  fixed?: boolean;
  /** Louvain community, when computed. */
  community?: number;
  [k: string]: unknown;
}

export interface EdgeAttrs {
  kind: RelType;
  color: string;
  size: number;
  date: string | null;
  properties: Record<string, PropValue>;
  [k: string]: unknown;
}

export type SigmaGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export function createGraph(): SigmaGraph {
  return new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
}

const asDate = (v: PropValue | undefined): string | null =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null;

/** Node attributes for a KgNode (position given by the caller). */
export function nodeAttributes(node: KgNode, pos: { x: number; y: number }): NodeAttrs {
  return {
    x: pos.x,
    y: pos.y,
    size: 6,
    color: LABEL_COLORS[node.label] ?? "#999",
    label: displayName(node),
    kind: node.label,
    date: asDate(node.properties.date),
    properties: node.properties,
  };
}

export function edgeAttributes(edge: KgEdge): EdgeAttrs {
  return {
    kind: edge.type,
    color: "#c9ced6",
    size: 1,
    date: asDate(edge.properties.date),
    properties: edge.properties,
  };
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

/**
 * Merge a batch into the graph (existing nodes keep position; properties are refreshed).
 * New nodes are placed around `anchor` if given, else on a circle by hash.
 */
export function mergeBatch(
  graph: SigmaGraph,
  batch: GraphBatch,
  anchor?: { x: number; y: number; spread?: number },
): MergeResult {
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

/** Back to the API's shapes: what is on the canvas, as a GraphBatch (for exports). */
export function toBatch(graph: SigmaGraph, keep: (node: string) => boolean = () => true): GraphBatch {
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
