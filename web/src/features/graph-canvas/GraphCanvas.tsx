/**
 * The sigma canvas: one Sigma over the shared graph, created on mount and
 * killed on unmount (with the layout worker). Listens to typed sigma events
 * and re-runs the reducers whenever selection, hover, filters or theme change.
 */
import { useEffect, useRef, useState } from "react";
import Sigma from "sigma";
import type { EdgeAttrs, NodeAttrs } from "../../core/graph.js";
import { filtersAtom } from "../filters/index.js";
import { layoutActions } from "../layout/index.js";
import { themeAtom } from "../theme/index.js";
import { multiSelectionAtom } from "../selection/index.js";
import { buildContext, edgeReducer, nodeReducer, type ReducerContext } from "./reducers.js";
import { PRIMITIVES, STYLES, captionsFor, isBig, settingsForSize, suspendEdgePickingWhileMoving } from "./settings.js";
import {
  canvasActions,
  graph,
  hiddenNodesAtom,
  hoverAtom,
  hoverEdgeAtom,
  labelDensityAtom,
  selectionAtom,
  sigmaAtom,
  versionAtom,
  type KgSigma,
} from "./index.js";

declare global {
  interface Window {
    /** Read-only test handle: the canvas graph and the sigma instance. */
    __kg?: { readonly graph: typeof graph; readonly sigma: KgSigma | null };
  }
}

function currentContext(cameraRatio = 1): ReducerContext {
  return buildContext({
    graph,
    selection: selectionAtom.get(),
    hover: hoverAtom.get(),
    hoverEdge: hoverEdgeAtom.get(),
    multi: new Set(multiSelectionAtom.get()),
    captions: captionsFor(graph.order, graph.size, cameraRatio),
    filters: filtersAtom.get(),
    hidden: new Set(hiddenNodesAtom.get()),
    theme: themeAtom.get(),
  });
}

/** Whether the canvas graph is "big" (lighter settings: no edge picking, edges hidden while moving, fewer labels). */
function useBig(): boolean {
  const [big, setBig] = useState(() => isBig(graph.order, graph.size));
  useEffect(() => versionAtom.subscribe(() => setBig(isBig(graph.order, graph.size))), []);
  return big;
}

/** True once the graph has had content: sigma is created then, with settings for the size of what it draws first. */
function useHasContent(): boolean {
  const [has, setHas] = useState(() => graph.order > 0);
  useEffect(() => versionAtom.subscribe(() => graph.order > 0 && setHas(true)), []);
  return has;
}

export function GraphCanvas() {
  const container = useRef<HTMLDivElement>(null);
  const big = useBig();
  const hasContent = useHasContent();

  // One sigma for the canvas's life: created when there is something to draw, with the settings for its
  // size; later size changes only change settings (never a kill and rebuild).
  useEffect(() => {
    if (!container.current || !hasContent) return;
    const ctx = { current: currentContext() };
    let nr = nodeReducer(ctx.current);
    let er = edgeReducer(ctx.current);
    // the arrowhead program is kept whatever the size (the edge style turns heads off on big graphs), so a
    // graph that grows or shrinks past BIG_NODES only changes settings
    const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container.current, {
      settings: settingsForSize(graph.order, graph.size, labelDensityAtom.get()),
      primitives: PRIMITIVES as never,
      styles: STYLES as never,
      nodeReducer: (key, data) => nr(key, data),
      edgeReducer: (key, data) => er(key, data),
    }) as KgSigma;
    sigmaAtom.set(sigma);
    const unsuspend = suspendEdgePickingWhileMoving(sigma);
    Object.defineProperty(window, "__kg", {
      configurable: true,
      value: Object.freeze({
        graph,
        get sigma() {
          return sigmaAtom.get();
        },
      }),
    });

    const refresh = () => {
      ctx.current = currentContext(sigma.getCamera().ratio);
      nr = nodeReducer(ctx.current);
      er = edgeReducer(ctx.current);
      sigma.refresh();
    };

    sigma.on("clickNode", ({ node }) => canvasActions.select({ type: "node", id: node }));
    sigma.on("doubleClickNode", (e) => {
      e.preventSigmaDefault();
      void canvasActions.expand(e.node);
    });
    sigma.on("clickEdge", ({ edge }) => canvasActions.select({ type: "edge", id: edge }));
    sigma.on("clickStage", () => canvasActions.select(null));
    sigma.on("enterEdge", ({ edge }) => hoverEdgeAtom.set(edge));
    sigma.on("leaveEdge", () => hoverEdgeAtom.set(null));
    // captions on every edge once zoomed in: re-run the reducers when the camera crosses the threshold
    const onCamera = () => {
      if (captionsFor(graph.order, graph.size, sigma.getCamera().ratio) !== !!ctx.current.captions) refresh();
    };
    sigma.getCamera().on("updated", onCamera);
    sigma.on("enterNode", ({ node }) => hoverAtom.set(node));
    sigma.on("leaveNode", () => hoverAtom.set(null));
    sigma.on("nodeDragEnd", ({ node }) => {
      if (graph.hasNode(node)) graph.setNodeAttribute(node, "fixed", true);
    });

    // the canvas area changes size when the workbench opens or the window resizes
    const ro = new ResizeObserver(() => {
      sigma.resize();
      sigma.refresh();
    });
    ro.observe(container.current);

    const unsubs = [
      selectionAtom,
      hoverAtom,
      hoverEdgeAtom,
      multiSelectionAtom,
      filtersAtom,
      hiddenNodesAtom,
      themeAtom,
      versionAtom,
    ].map((a) => a.subscribe(refresh));
    const applySettings = () => sigma.setSettings(settingsForSize(graph.order, graph.size, labelDensityAtom.get()));
    const unsubSize = [versionAtom.subscribe(applySettings), labelDensityAtom.subscribe(applySettings)];
    return () => {
      ro.disconnect();
      unsuspend();
      sigma.getCamera().off("updated", onCamera);
      unsubs.forEach((u) => u());
      unsubSize.forEach((u) => u());
      sigma.kill();
      sigmaAtom.set(null);
    };
  }, [hasContent]);

  // the layout worker belongs to the canvas: killed when it unmounts
  useEffect(() => () => layoutActions.kill(), []);

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" data-big={big} />;
}
