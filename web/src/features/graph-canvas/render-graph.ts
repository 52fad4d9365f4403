/**
 * The graph sigma draws, derived from the data graph: the same nodes and edges
 * with the appearance of appearance.ts (sizes, colours). The canvas keeps one
 * per sigma and brings it up to date after each change of the data atom, by a
 * diff (added, removed and changed items only). Positions are copied only when
 * the data moved a node, so a running layout (which moves the render graph's
 * nodes) is not pulled back; the canvas writes positions back to the data with
 * the `setPositions` producer when the layout stops or a node is dropped.
 */
import type { DataGraph, SigmaGraph } from "../../core/graph.js";
import { EDGE_COLOR, EDGE_SIZE, nodeColors, nodeSizes } from "./appearance.js";
import type { ColorMode, SizeMode } from "./types.js";

/** Past this many items to drop, the render graph is cleared and rebuilt (sigma re-indexes once, not per item). */
export const MAX_DROPS = 50;

export interface Look {
  sizeMode: SizeMode;
  colorMode: ColorMode;
}

/** Whether two states of the data graph differ in their nodes or edges (not only in positions or pins). */
export function structureChanged(prev: DataGraph | null, next: DataGraph): boolean {
  if (prev === next) return false;
  if (!prev || prev.order !== next.order || prev.size !== next.size) return true;
  return next.someNode((n) => !prev.hasNode(n)) || next.someEdge((e) => !prev.hasEdge(e));
}

/**
 * Bring `render` up to date with `next` (which replaced `prev`), and with the look.
 * This is the one place that writes the render graph's data (sigma's drag and the layout move its nodes).
 * Returns whether the structure changed.
 */
export function syncRenderGraph(
  render: SigmaGraph,
  prev: DataGraph | null,
  next: DataGraph,
  look: Look,
  prevLook: Look | null,
): boolean {
  const structural = structureChanged(prev, next);
  const goneNodes = render.filterNodes((n) => !next.hasNode(n));
  const goneEdges = render.filterEdges((e) => !next.hasEdge(e));
  // sigma refreshes everything on each dropped item: many drops (a replaced canvas) are one clear instead
  let kept: Map<string, { x: number; y: number }> | null = null;
  if (goneNodes.length + goneEdges.length > MAX_DROPS) {
    kept = new Map();
    render.forEachNode((n, a) => next.hasNode(n) && kept!.set(n, { x: a.x, y: a.y }));
    render.clear();
  } else {
    for (const n of goneNodes) render.dropNode(n);
    for (const e of goneEdges) if (render.hasEdge(e)) render.dropEdge(e);
  }
  const restyle =
    structural || !prevLook || prevLook.sizeMode !== look.sizeMode || prevLook.colorMode !== look.colorMode;
  const sizes = restyle ? nodeSizes(next, look.sizeMode) : null;
  const colors = restyle ? nodeColors(next, look.colorMode) : null;
  next.forEachNode((n, a) => {
    if (!render.hasNode(n)) {
      // a node drawn before the clear keeps where the layout had put it, unless the data moved it
      const was = kept?.get(n);
      const p = was && prev?.hasNode(n) ? prev.getNodeAttributes(n) : null;
      const at = was && p && p.x === a.x && p.y === a.y ? was : { x: a.x, y: a.y };
      render.addNode(n, {
        ...a,
        ...at,
        size: sizes?.get(n) ?? 6,
        color: colors?.color.get(n) ?? "#999",
        ...(colors?.community ? { community: colors.community.get(n) } : {}),
      });
      return;
    }
    const r = render.getNodeAttributes(n);
    const p = prev?.hasNode(n) ? prev.getNodeAttributes(n) : null;
    const patch: Record<string, unknown> = {};
    if (!p || p.x !== a.x || p.y !== a.y) {
      if (r.x !== a.x) patch.x = a.x;
      if (r.y !== a.y) patch.y = a.y;
    }
    for (const k of ["label", "kind", "date", "properties"] as const) if (r[k] !== a[k]) patch[k] = a[k];
    if (!!r.fixed !== !!a.fixed) patch.fixed = !!a.fixed;
    if (sizes && r.size !== sizes.get(n)) patch.size = sizes.get(n);
    if (colors && r.color !== colors.color.get(n)) patch.color = colors.color.get(n);
    if (colors && r.community !== (colors.community?.get(n) ?? undefined)) patch.community = colors.community?.get(n);
    if (Object.keys(patch).length) render.mergeNodeAttributes(n, patch);
  });
  next.forEachEdge((e, a, s, t) => {
    if (!render.hasEdge(e)) render.addDirectedEdgeWithKey(e, s, t, { ...a, size: EDGE_SIZE, color: EDGE_COLOR });
    else if (render.getEdgeAttribute(e, "properties") !== a.properties)
      render.mergeEdgeAttributes(e, { properties: a.properties, date: a.date, kind: a.kind });
  });
  return structural;
}
