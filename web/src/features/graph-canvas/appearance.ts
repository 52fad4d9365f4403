/**
 * Appearance derived from the data graph: node sizes (degree, PageRank or
 * uniform) and colours (by kind or Louvain community). Pure functions of the
 * data and the modes; the render graph (render-graph.ts) writes them where
 * sigma reads them. The data graph never holds them.
 */
import pagerank from "graphology-metrics/centrality/pagerank.js";
import louvain from "graphology-communities-louvain";
import type { DataGraph } from "../../core/graph.js";
import { LABEL_COLORS } from "../../core/schema.js";
import type { ColorMode, SizeMode } from "./types.js";

export const EDGE_COLOR = "#c9ced6";
export const EDGE_SIZE = 1;
export const UNIFORM_SIZE = 6;

export const COMMUNITY_PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
  "#86bcb6",
  "#d37295",
];

/** Each node's size for a mode: 4–20 by the square root of its degree or PageRank, or uniform. */
export function nodeSizes(g: DataGraph, mode: SizeMode): Map<string, number> {
  const out = new Map<string, number>();
  if (mode === "uniform" || g.order === 0) {
    g.forEachNode((n) => out.set(n, UNIFORM_SIZE));
    return out;
  }
  let score: Record<string, number> = {};
  if (mode === "pagerank" && g.size > 0) {
    try {
      score = pagerank(g, { getEdgeWeight: null });
    } catch {
      score = {};
    }
  } else g.forEachNode((n) => (score[n] = g.degree(n)));
  const vals = Object.values(score);
  const max = Math.max(...vals, 1e-9);
  const min = Math.min(...vals, 0);
  g.forEachNode((n) => out.set(n, 4 + 16 * Math.sqrt(((score[n] ?? min) - min) / (max - min || 1))));
  return out;
}

/** Each node's colour (and community, when colouring by community). */
export function nodeColors(
  g: DataGraph,
  mode: ColorMode,
): { color: Map<string, string>; community: Map<string, number> | null } {
  const color = new Map<string, string>();
  if (mode === "community" && g.size > 0) {
    const comm = louvain(g, { getEdgeWeight: null, rng: () => 0.42 });
    const community = new Map<string, number>();
    g.forEachNode((n) => {
      community.set(n, comm[n]);
      color.set(n, COMMUNITY_PALETTE[comm[n] % COMMUNITY_PALETTE.length]);
    });
    return { color, community };
  }
  g.forEachNode((n, a) => color.set(n, LABEL_COLORS[a.kind] ?? "#999"));
  return { color, community: null };
}
