/**
 * Pure producers over the canvas's data graph: each takes the current graph and
 * returns a new one (a copy with the change), never touching its input, so the
 * graph atom's old states stay valid (undo keeps them as they are).
 *
 * @example
 *   graphAtom.set(addNodes(batch, { x: 0, y: 0, spread: 20 }));
 *   graphAtom.set(setPositions(new Map([["agency:…", { x: 1, y: 2 }]])));
 */
import type { Producer } from "./atom.js";
import { edgeAttributes, mergeBatch, nodeAttributes, type Anchor, type DataGraph } from "./graph.js";
import type { GraphBatch, KgNode } from "./schema.js";

export type GraphProducer<A extends unknown[] = []> = Producer<DataGraph, A>;

/** Add a batch's nodes and edges (known nodes keep their position; their properties are refreshed). */
export const addNodes: GraphProducer<[GraphBatch, Anchor?]> = (batch, anchor) => (g) => {
  const next = g.copy();
  const r = mergeBatch(next, batch, anchor);
  return r.addedNodes.length || r.addedEdges.length || batch.nodes.length ? next : g;
};

/** Remove nodes (and their edges). Unknown ids are ignored. */
export const removeNodes: GraphProducer<[Iterable<string>]> = (ids) => (g) => {
  const drop = [...ids].filter((id) => g.hasNode(id));
  if (!drop.length) return g;
  const next = g.copy();
  for (const id of drop) next.dropNode(id);
  return next;
};

/** Move nodes (unknown ids ignored); unchanged positions give back the same graph. */
export const setPositions: GraphProducer<[ReadonlyMap<string, { x: number; y: number }>]> = (positions) => (g) => {
  const moved = [...positions].filter(([id, p]) => {
    if (!g.hasNode(id)) return false;
    const a = g.getNodeAttributes(id);
    return a.x !== p.x || a.y !== p.y;
  });
  if (!moved.length) return g;
  const next = g.copy();
  for (const [id, p] of moved) next.mergeNodeAttributes(id, { x: p.x, y: p.y });
  return next;
};

/** Pin or unpin nodes (a pinned node keeps its place while the layout runs). */
export const setPinned: GraphProducer<[Iterable<string>, boolean]> = (ids, pinned) => (g) => {
  const change = [...ids].filter((id) => g.hasNode(id) && !!g.getNodeAttribute(id, "fixed") !== pinned);
  if (!change.length) return g;
  const next = g.copy();
  for (const id of change) next.setNodeAttribute(id, "fixed", pinned);
  return next;
};

/** Nothing on the canvas. */
export const clearGraph: GraphProducer = () => (g) => (g.order === 0 ? g : g.nullCopy());

/** An entity merge decided in review: `from` ids become `into`. */
export interface MergeDecision {
  /** The surviving entity (its id and, if known, its merged data). */
  into: string | KgNode;
  /** The entities merged into it. */
  from: string[];
}

/**
 * Apply an entity merge to what is on the canvas: the merged nodes' relationships
 * move to the survivor (edge ids rebuilt as `TYPE:source->target`, duplicates and
 * loops between the merged nodes dropped), the merged nodes go, the survivor is
 * added (at the first merged node's place) if it was not drawn.
 */
export const applyMerge: GraphProducer<[MergeDecision]> = (m) => (g) => {
  const intoId = typeof m.into === "string" ? m.into : m.into.id;
  const from = m.from.filter((id) => id !== intoId && g.hasNode(id));
  const node = typeof m.into === "string" ? null : m.into;
  if (!from.length && !(node && g.hasNode(intoId))) return g;
  const next = g.copy();
  if (!next.hasNode(intoId)) {
    const first = next.getNodeAttributes(from[0]);
    next.addNode(intoId, node ? nodeAttributes(node, first) : { ...first });
  } else if (node) {
    const { x, y, fixed } = next.getNodeAttributes(intoId);
    next.replaceNodeAttributes(intoId, { ...nodeAttributes(node, { x, y }), ...(fixed ? { fixed } : {}) });
  }
  const merged = new Set(from);
  const moveEnd = (id: string) => (merged.has(id) ? intoId : id);
  for (const id of from) {
    next.forEachEdge(id, (e, a, s, t) => {
      const [s2, t2] = [moveEnd(s), moveEnd(t)];
      if (s2 === t2) return;
      const key = `${a.kind}:${s2}->${t2}`;
      if (!next.hasEdge(key))
        next.addDirectedEdgeWithKey(
          key,
          s2,
          t2,
          edgeAttributes({ id: key, type: a.kind, source: s2, target: t2, properties: a.properties }),
        );
    });
  }
  for (const id of from) next.dropNode(id);
  return next;
};
