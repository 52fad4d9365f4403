/** Types of the canvas feature: what can be selected, how nodes are sized and coloured. */
import type Sigma from "sigma";
import type { EdgeAttrs, NodeAttrs } from "../../core/graph.js";

export type Selection = { type: "node"; id: string } | { type: "edge"; id: string } | null;

export const SIZE_MODES = ["degree", "pagerank", "uniform"] as const;
export type SizeMode = (typeof SIZE_MODES)[number];

export const COLOR_MODES = ["kind", "community"] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export type KgSigma = Sigma<NodeAttrs, EdgeAttrs>;

export interface CanvasStatus {
  loading: boolean;
  error: string | null;
  message: string | null;
}

/** Paging state of a node's expansion ("show more (N left)"). */
export interface Expansion {
  offset: number;
  total: number;
  /** The kinds the expansion was limited to ("" = all), from the legend's filter when it was made. */
  kinds?: string;
}

export const LABEL_DENSITIES = ["few", "normal", "many"] as const;
export type LabelDensity = (typeof LABEL_DENSITIES)[number];
