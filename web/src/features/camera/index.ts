/**
 * Camera fitting: whenever the visible graph changes (a replaced canvas — overview,
 * neighbourhood, query result, restored view —, a filter, hidden nodes, an undo),
 * the camera is animated to frame every visible node, and small visible sets get
 * all their labels. One job, called after the visible graph changes; the canvas
 * and the layout call `cameraActions.fitVisible()` when positions move on their own.
 *
 * @example
 *   cameraActions.fitVisible(); // frame what the filters and hidden nodes leave
 */
import type { Settings } from "sigma/settings";
import { filtersAtom, isNodeVisible, provinceScope } from "../filters/index.js";
import { graphAtom, hiddenNodesAtom, sigmaAtom, sourceAtom, type KgSigma } from "../graph-canvas/index.js";
import { structureChanged } from "../graph-canvas/render-graph.js";
import { cameraFor, type Box, type FramedPoint } from "./utils.js";

export * from "./utils.js";

/** At most this many visible nodes: every label is drawn (a small result set is always labelled). */
export const SMALL_SET = 40;

/** Ids of the nodes the reducers draw (not hidden by the user, not filtered out). */
export function visibleNodes(): string[] {
  const f = filtersAtom.get();
  const hidden = new Set(hiddenNodesAtom.get());
  const graph = graphAtom.get();
  const scope = provinceScope(graph, f.province);
  return graph.filterNodes((n) => !hidden.has(n) && isNodeVisible(graph, n, f, scope));
}

/** Framed positions of nodes, as sigma last processed them (call after a render: see `schedule`). */
function framedPoints(sigma: KgSigma, ids: string[]): FramedPoint[] {
  // positions as drawn (the layout moves them in sigma's graph)
  const graph = sigma.getGraph();
  return ids
    .filter((id) => graph.hasNode(id))
    .map((id) => {
      const a = graph.getNodeAttributes(id);
      const d = sigma.getNodeDisplayData(id) as { size?: number } | undefined;
      return { ...sigma.graphToFramedGraph({ x: a.x, y: a.y }), size: d?.size ?? a.size };
    });
}

/** Labels: all of them when few nodes are visible, else the canvas's own density settings stay. */
let forcedLabels: Partial<Settings> | null = null;
function labelSmallSets(sigma: KgSigma, count: number) {
  if (count > 0 && count <= SMALL_SET) {
    if (!forcedLabels)
      forcedLabels = {
        labelDensity: sigma.getSetting("labelDensity"),
        labelGridCellSize: sigma.getSetting("labelGridCellSize"),
        labelRenderedSizeThreshold: sigma.getSetting("labelRenderedSizeThreshold"),
      };
    sigma.setSettings({ labelDensity: 100, labelGridCellSize: 1, labelRenderedSizeThreshold: 0 });
  } else if (forcedLabels) {
    sigma.setSettings(forcedLabels);
    forcedLabels = null;
  }
}

export const cameraActions = {
  /** Animate the camera so that every visible node (with its disc) is inside the canvas. */
  fitVisible(opts: { duration?: number } = {}) {
    const sigma = sigmaAtom.get();
    if (!sigma) return;
    const ids = visibleNodes();
    labelSmallSets(sigma, ids.length);
    if (!ids.length) return;
    const pts = framedPoints(sigma, ids);
    if (!pts.length) return;
    const { width, height } = sigma.getDimensions();
    if (!width || !height) return;
    const toViewport = (p: { x: number; y: number }, state: { x: number; y: number; ratio: number; angle: number }) =>
      sigma.framedGraphToViewport(p, { cameraState: state });
    const box: Box = { width, height };
    const state = cameraFor(pts, box, toViewport, sigma.getCamera().angle);
    void sigma.getCamera().animate(state, { duration: opts.duration ?? 350 });
  },

  /** Whether every visible node is inside the canvas at the camera's current state. */
  allVisibleInside(): boolean {
    const sigma = sigmaAtom.get();
    if (!sigma) return true;
    const { width, height } = sigma.getDimensions();
    return framedPoints(sigma, visibleNodes()).every((p) => {
      const v = sigma.framedGraphToViewport(p);
      return v.x >= 0 && v.y >= 0 && v.x <= width && v.y <= height;
    });
  },
};

// ------------------------------------------------------------ wiring: fit after the visible graph changes

let pending = 0;
let token = 0;
type Reason = "replace" | "filter" | "change";
const STRENGTH: Record<Reason, number> = { change: 0, filter: 1, replace: 2 };
let pendingReason: Reason | null = null;
/**
 * Fit once sigma has processed the change: the canvas refreshes sigma from the same atoms,
 * and display data hold framed coordinates only after the next render has processed them.
 */
function schedule(next: Reason) {
  cancelAnimationFrame(pending);
  const reason: Reason = pendingReason && STRENGTH[pendingReason] > STRENGTH[next] ? pendingReason : next;
  pendingReason = reason;
  const mine = ++token;
  pending = requestAnimationFrame(() => {
    const sigma = sigmaAtom.get();
    if (!sigma) return;
    sigma.once("afterRender", () => {
      if (mine !== token) return;
      pendingReason = null;
      afterChange(sigma, reason);
    });
    sigma.scheduleRender();
  });
}

function afterChange(sigma: KgSigma, reason: Reason) {
  {
    // an expansion frames its hub itself (canvasActions.frame): only step in when something would be off-screen
    if (reason === "change" && (sigma.getCamera().isAnimating() || cameraActions.allVisibleInside())) {
      labelSmallSets(sigma, visibleNodes().length);
      return;
    }
    cameraActions.fitVisible();
  }
}

/** Whether a fit waits for sigma's next render or the camera is still moving (the browser suites wait on it). */
export function cameraBusy(): boolean {
  return pendingReason !== null || !!sigmaAtom.get()?.getCamera().isAnimating();
}

declare global {
  interface Window {
    /** Test hook: `busy()` is true while a fit is pending or animating. */
    __kgCamera?: { readonly busy: () => boolean };
  }
}

/**
 * Fit after the visible graph changes: a new source drawn ("replace"), nodes added or removed ("change"),
 * filters or hidden nodes ("filter"), a new sigma. Set up in the app's effect; returns the unsubscribe.
 */
export function subscribeCameraFit(): () => void {
  let lastGraph = graphAtom.get();
  let lastSourceGraph: unknown = null;
  let lastFilters = JSON.stringify(filtersAtom.get());
  // only a real change of the hidden set (selecting a node re-sets the list with the same ids)
  let lastHidden = hiddenNodesAtom.get().join("\u001f");
  const unsubs = [
    graphAtom.subscribe(() => {
      const next = graphAtom.get();
      const changed = structureChanged(lastGraph, next);
      lastGraph = next;
      // positions and pins alone (a layout written back, a dropped node) do not move the camera
      if (!changed) return;
      const s = sourceAtom.get();
      const replaced = s.graph === next && s.graph !== lastSourceGraph;
      if (replaced) lastSourceGraph = s.graph;
      schedule(replaced ? "replace" : "change");
    }),
    sourceAtom.subscribe(() => {
      const s = sourceAtom.get();
      if (s.graph !== lastSourceGraph && s.graph === graphAtom.get()) {
        lastSourceGraph = s.graph;
        schedule("replace");
      }
    }),
    filtersAtom.subscribe(() => {
      const now = JSON.stringify(filtersAtom.get());
      if (now === lastFilters) return;
      lastFilters = now;
      schedule("filter");
    }),
    hiddenNodesAtom.subscribe(() => {
      const now = hiddenNodesAtom.get().join("\u001f");
      if (now === lastHidden) return;
      lastHidden = now;
      schedule("filter");
    }),
    // a new sigma (first mount) starts from the default camera
    sigmaAtom.subscribe(() => schedule("replace")),
  ];
  Object.defineProperty(window, "__kgCamera", { configurable: true, value: Object.freeze({ busy: cameraBusy }) });
  return () => {
    cancelAnimationFrame(pending);
    pendingReason = null;
    delete window.__kgCamera;
    unsubs.forEach((u) => u());
  };
}
