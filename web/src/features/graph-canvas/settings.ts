/**
 * The canvas's one settings object (sigma settings + primitives + base styles).
 * Dynamic appearance (selection, hover, filters, theme) is applied by the
 * reducers in reducers.ts, never by mutating the graph.
 */
import type { Settings } from "sigma/settings";
import type { LabelDensity } from "./types.js";
import { edgeCaptions } from "./captions.js";
import { extremityArrow, layerFill, layerPlain, pathLine, pathLoop, sdfCircle } from "sigma/rendering";

/** CJK-capable fonts first (installed with Noto CJK on Debian), then platform defaults. */
export const LABEL_FONT = "Noto Sans CJK SC, PingFang SC, Microsoft YaHei, Source Han Sans SC, sans-serif";

/** Width (pixels) of the band around an edge that hovers and clicks it: about 8 px either side (sigma's default 4 reaches under 3). */
export const EDGE_PICKING_PADDING = 16;
export const SIGMA_SETTINGS: Partial<Settings> = {
  renderLabels: true,
  // relationship captions (the reducer decides which edges carry one: see edgeCaptions)
  renderEdgeLabels: true,
  enableEdgeEvents: true,
  // edges are thin: the picking area reaches this many pixels either side of an edge, so it is easy to hover and click
  edgePickingPadding: EDGE_PICKING_PADDING,
  // the picking buffer (which item is under the pointer) at 1/4 resolution: edges stay clickable, at a fraction of the cost
  pickingDownSizingRatio: 4,
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
export const LABEL_DENSITY_SETTINGS: Record<
  LabelDensity,
  Pick<Settings, "labelDensity" | "labelGridCellSize" | "labelRenderedSizeThreshold">
> = {
  few: { labelDensity: 0.25, labelGridCellSize: 160, labelRenderedSizeThreshold: 10 },
  normal: { labelDensity: 0.6, labelGridCellSize: 110, labelRenderedSizeThreshold: 7 },
  many: { labelDensity: 2, labelGridCellSize: 60, labelRenderedSizeThreshold: 0 },
};

/** Above these sizes the canvas degrades (see DESIGN.md's fps baseline): no arrowheads, edges hidden while moving, fewer labels. */
export const BIG_NODES = 3000;
export const BIG_EDGES = 8000;
export const isBig = (order: number, size: number) => order > BIG_NODES || size > BIG_EDGES;
/** From this size the camera moves without edges and labels (the default overview of a big store is here). */
export const MEDIUM_NODES = 400;
export const MEDIUM_EDGES = 1500;
export const isMedium = (order: number, size: number) => order > MEDIUM_NODES || size > MEDIUM_EDGES;

/** Whether every drawn edge shows its caption at this camera ratio (see captions.ts). */
export const captionsFor = (order: number, size: number, ratio: number): boolean =>
  edgeCaptions(order, ratio, isMedium(order, size));

/** Settings for the graph's size (big graphs skip edges while the camera moves) and the label density. */
export function settingsForSize(order: number, size: number, density: LabelDensity = "normal"): Partial<Settings> {
  const big = isBig(order, size);
  const labels = LABEL_DENSITY_SETTINGS[big && density === "normal" ? "few" : density];
  // edge picking draws every edge a second time (into the picking buffer): big graphs keep node events only
  return {
    ...SIGMA_SETTINGS,
    ...labels,
    // past a few hundred nodes, a moving camera (zoom, pan) draws nodes only: edges and label glyphs are
    // most of a frame's cost in software WebGL; both come back when the camera stops
    hideEdgesOnMove: big || isMedium(order, size),
    hideLabelsOnMove: big || isMedium(order, size),
    enableEdgeEvents: !big,
    renderEdgeLabels: !big,
  };
}

export const PRIMITIVES = {
  nodes: { shapes: [sdfCircle()], layers: [layerFill()], label: { font: { family: LABEL_FONT, size: 13 }, margin: 4 } },
  edges: {
    paths: [pathLine(), pathLoop()],
    extremities: [extremityArrow({ lengthRatio: 3.5, widthRatio: 2.5 })],
    layers: [layerPlain()],
    label: { margin: 3, keepUpright: true },
  },
} as const;

/** Big graphs: the same, without the arrowhead extremity (every edge pays for it in the one edge program). */
export const PRIMITIVES_BIG = {
  nodes: PRIMITIVES.nodes,
  edges: { paths: [pathLine(), pathLoop()], extremities: [], layers: [layerPlain()] },
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
      head: {
        when: (_a: unknown, _s: unknown, _g: unknown, graph: { size: number; order: number }) =>
          !isBig(graph.order, graph.size),
        then: "arrow",
        else: "none",
      },
      depth: { whenState: ["isHighlighted", "isHovered"], then: "topEdges", else: "edges" },
      labelSize: 10,
      labelFont: LABEL_FONT,
      cursor: "pointer",
    },
  ],
} as const;

/**
 * Everything a sigma for the canvas needs, by graph size: settings, primitives
 * and styles (the bench page uses this too, so it measures what the app draws).
 */
export function canvasOptions(order: number, size: number, density: LabelDensity = "normal") {
  return {
    settings: settingsForSize(order, size, density),
    primitives: isBig(order, size) ? PRIMITIVES_BIG : PRIMITIVES,
    styles: STYLES,
  };
}

/** The part of a Sigma instance that edge-picking suspension uses. */
export interface PickingControl {
  getCamera(): {
    on(event: "updated", listener: () => void): unknown;
    off(event: "updated", listener: () => void): unknown;
  };
  getSetting(key: "enableEdgeEvents"): boolean;
  setSetting(key: "enableEdgeEvents", value: boolean): unknown;
}

/**
 * While the camera moves, edge picking (a second pass over every edge, each
 * frame) is suspended; it comes back 150 ms after the camera stops. Edges are
 * not hovered or clicked mid-pan anyway. Returns a function that uninstalls it.
 */
export function suspendEdgePickingWhileMoving(sigma: PickingControl): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let suspended = false;
  const camera = sigma.getCamera();
  const onMove = () => {
    if (!suspended) {
      if (!sigma.getSetting("enableEdgeEvents")) return;
      suspended = true;
      sigma.setSetting("enableEdgeEvents", false);
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      suspended = false;
      timer = null;
      sigma.setSetting("enableEdgeEvents", true);
    }, 150);
  };
  camera.on("updated", onMove);
  return () => {
    if (timer) clearTimeout(timer);
    camera.off("updated", onMove);
  };
}
