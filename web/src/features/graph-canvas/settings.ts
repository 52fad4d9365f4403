/**
 * The canvas's one settings object (sigma settings + primitives + base styles).
 * Dynamic appearance (selection, hover, filters, theme) is applied by the
 * reducers in reducers.ts, never by mutating the graph.
 */
import type { Settings } from "sigma/settings";
import type { LabelDensity } from "./types.js";
import { extremityArrow, layerFill, layerPlain, pathLine, pathLoop, sdfCircle } from "sigma/rendering";

/** CJK-capable fonts first (installed with Noto CJK on Debian), then platform defaults. */
export const LABEL_FONT = "Noto Sans CJK SC, PingFang SC, Microsoft YaHei, Source Han Sans SC, sans-serif";

export const SIGMA_SETTINGS: Partial<Settings> = {
  renderLabels: true,
  renderEdgeLabels: false,
  enableEdgeEvents: true,
  hideEdgesOnMove: false,
  hideLabelsOnMove: false,
  labelDensity: 0.6,
  labelGridCellSize: 110,
  labelRenderedSizeThreshold: 7,
  stagePadding: 40,
  minCameraRatio: 0.03,
  maxCameraRatio: 8,
  enableNodeDrag: true,
  itemSizesReference: "screen",
  zoomToSizeRatioFunction: (ratio: number) => Math.sqrt(ratio),
  doubleClickZoomingRatio: 1,
  zoomDuration: 200,
};

/** How many labels to draw: sigma's label grid density and the smallest node size that gets a label. */
export const LABEL_DENSITY_SETTINGS: Record<LabelDensity, Pick<Settings, "labelDensity" | "labelGridCellSize" | "labelRenderedSizeThreshold">> = {
  few: { labelDensity: 0.25, labelGridCellSize: 160, labelRenderedSizeThreshold: 10 },
  normal: { labelDensity: 0.6, labelGridCellSize: 110, labelRenderedSizeThreshold: 7 },
  many: { labelDensity: 2, labelGridCellSize: 60, labelRenderedSizeThreshold: 0 },
};

/** Settings for the graph's size (big graphs skip edges while the camera moves: see DESIGN.md's fps baseline) and the label density. */
export function settingsForSize(order: number, size: number, density: LabelDensity = "normal"): Partial<Settings> {
  const big = order > 3000 || size > 8000;
  const labels = LABEL_DENSITY_SETTINGS[big && density === "normal" ? "few" : density];
  return { ...SIGMA_SETTINGS, ...labels, hideEdgesOnMove: big, hideLabelsOnMove: order > 20000 };
}

export const PRIMITIVES = {
  nodes: { shapes: [sdfCircle()], layers: [layerFill()], label: { font: { family: LABEL_FONT, size: 13 }, margin: 4 } },
  edges: { paths: [pathLine(), pathLoop()], extremities: [extremityArrow({ lengthRatio: 3.5, widthRatio: 2.5 })], layers: [layerPlain()] },
} as const;

export const STYLES = {
  nodes: [
    {
      x: { attribute: "x" },
      y: { attribute: "y" },
      size: { attribute: "size", defaultValue: 6 },
      color: { attribute: "color", defaultValue: "#999" },
      label: { attribute: "label" },
      labelSize: 13,
      labelFont: LABEL_FONT,
      depth: { whenState: "isHovered", then: "topNodes", else: "nodes" },
      labelVisibility: { whenState: "isHovered", then: "visible", else: "auto" },
      backdropVisibility: { whenState: "isHovered", then: "visible", else: "hidden" },
      backdropPadding: 5,
      backdropShadowBlur: 10,
      backdropShadowColor: "rgba(0,0,0,0.25)",
      cursor: "pointer",
    },
  ],
  edges: [
    {
      size: { attribute: "size", defaultValue: 1 },
      color: { attribute: "color", defaultValue: "#ccc" },
      head: "arrow",
      depth: { whenState: ["isHighlighted", "isHovered"], then: "topEdges", else: "edges" },
      cursor: "pointer",
    },
  ],
} as const;
