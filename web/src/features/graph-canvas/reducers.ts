/**
 * Node and edge reducers: selection, hover-neighbourhood, filters, user-hidden
 * nodes and theme, applied at draw time. Pure functions of a context built from
 * the atoms; the graph itself is never mutated for display.
 */
import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import type { DataGraph } from "../../core/graph.js";
import { isEdgeVisible, isNodeVisible, provinceScope, type FiltersState } from "../filters/index.js";
import { REL_COLORS, relCaption } from "../../core/schema.js";
import { CANVAS_COLORS, type Theme } from "../theme/index.js";
import type { Selection } from "./types.js";

export interface ReducerContext {
  /** The data graph (what the filters and the focus are computed on). */
  graph: DataGraph;
  selection: Selection;
  hover: string | null;
  /** Nodes in the multi-selection (shift-click, box): drawn highlighted and labelled. */
  multi?: ReadonlySet<string>;
  /** The edge under the pointer (drawn thicker, its caption shown). */
  hoverEdge?: string | null;
  filters: FiltersState;
  hidden: Set<string>;
  theme: Theme;
  /** Relationship captions on every drawn edge (small graphs, or zoomed in); else only on hovered/selected/focused ones. */
  captions?: boolean;
  /** Derived: nodes in focus (selected/hovered node + neighbours), or null when nothing is focused. */
  focus: Set<string> | null;
  focusEdges: Set<string> | null;
  scope: Set<string> | null;
}

export function buildContext(c: Omit<ReducerContext, "focus" | "focusEdges" | "scope">): ReducerContext {
  const { graph, selection, hover } = c;
  let focus: Set<string> | null = null;
  let focusEdges: Set<string> | null = null;
  const center =
    hover && graph.hasNode(hover)
      ? hover
      : selection?.type === "node" && graph.hasNode(selection.id)
        ? selection.id
        : null;
  if (center) {
    focus = new Set([center, ...graph.neighbors(center)]);
    focusEdges = new Set(graph.edges(center));
  } else if (selection?.type === "edge" && graph.hasEdge(selection.id)) {
    focus = new Set(graph.extremities(selection.id));
    focusEdges = new Set([selection.id]);
  }
  return { ...c, focus, focusEdges, scope: provinceScope(graph, c.filters.province) };
}

export function nodeReducer(ctx: ReducerContext) {
  const colors = CANVAS_COLORS[ctx.theme];
  return (node: string, data: NodeDisplayData): Partial<NodeDisplayData> => {
    if (!ctx.graph.hasNode(node)) return {};
    if (ctx.hidden.has(node) || !isNodeVisible(ctx.graph, node, ctx.filters, ctx.scope))
      return { visibility: "hidden" };
    const out: Partial<NodeDisplayData> = { labelColor: colors.label, backdropColor: colors.backdrop };
    const selected = ctx.selection?.type === "node" && ctx.selection.id === node;
    if (selected) {
      out.highlighted = true;
      out.labelVisibility = "visible";
      out.backdropVisibility = "visible";
      out.depth = "topNodes";
      out.labelDepth = "topNodes";
      out.size = data.size * 1.25;
      out.zIndex = 2;
    } else if (ctx.multi?.has(node)) {
      out.highlighted = true;
      out.labelVisibility = "visible";
      out.depth = "topNodes";
      out.labelDepth = "topNodes";
      out.zIndex = 1;
    } else if (ctx.focus) {
      if (ctx.focus.has(node)) {
        out.labelVisibility = "visible";
        out.depth = "topNodes";
        out.labelDepth = "topNodes";
        out.zIndex = 1;
      } else {
        out.color = colors.dim;
        out.label = "";
      }
    }
    return out;
  };
}

/** An edge's colour by relationship type (one table: REL_COLORS in schema/). */
export const relColor = (kind: string): string => REL_COLORS[kind as keyof typeof REL_COLORS] ?? "#9aa3b0";

export function edgeReducer(ctx: ReducerContext) {
  const colors = CANVAS_COLORS[ctx.theme];
  const caption = { labelColor: colors.label, labelBackgroundColor: colors.backdrop, labelBackgroundPadding: 2 };
  return (edge: string, data: EdgeDisplayData): Partial<EdgeDisplayData> => {
    if (!ctx.graph.hasEdge(edge)) return {};
    const [s, t] = ctx.graph.extremities(edge);
    if (
      !isEdgeVisible(ctx.graph, edge, ctx.filters) ||
      ctx.hidden.has(s) ||
      ctx.hidden.has(t) ||
      !isNodeVisible(ctx.graph, s, ctx.filters, ctx.scope) ||
      !isNodeVisible(ctx.graph, t, ctx.filters, ctx.scope)
    )
      return { visibility: "hidden" };
    const kind = ctx.graph.getEdgeAttribute(edge, "kind");
    const color = relColor(kind);
    const label = relCaption(kind);
    if (ctx.selection?.type === "edge" && ctx.selection.id === edge)
      return {
        ...caption,
        color: "#e8590c",
        label,
        labelVisibility: "visible",
        size: Math.max(3, data.size * 3),
        depth: "topEdges",
        labelDepth: "topEdges",
      };
    if (ctx.hoverEdge === edge)
      return {
        ...caption,
        color,
        label,
        labelVisibility: "visible",
        size: Math.max(3, data.size * 3),
        depth: "topEdges",
        labelDepth: "topEdges",
      };
    if (ctx.focusEdges) {
      if (ctx.focusEdges.has(edge))
        return {
          ...caption,
          color,
          label,
          size: Math.max(1.5, data.size * 1.5),
          depth: "topEdges",
          labelDepth: "topEdges",
        };
      return { color: colors.dimEdge, label: "" };
    }
    return ctx.captions ? { ...caption, color, label } : { color, label: "" };
  };
}
