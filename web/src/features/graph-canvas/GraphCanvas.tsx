/**
 * The sigma canvas: one Sigma over a render graph derived from the data atom
 * (render-graph.ts), created when there is something to draw and killed on
 * unmount (with the layout worker). Every subscription lives in this
 * component's effect: data changes are diffed into the render graph; hover,
 * selection, filters, hidden nodes and theme only re-run the reducers
 * (`refresh({ skipIndexation: true })`); size and colour modes restyle it.
 */
import { useEffect, useRef, useState } from "react";
import Sigma from "sigma";
import { useAtom } from "../../core/atom.js";
import { createSigmaGraph, type EdgeAttrs, type NodeAttrs } from "../../core/graph.js";
import { filtersAtom } from "../filters/index.js";
import { layoutActions } from "../layout/index.js";
import { themeAtom } from "../theme/index.js";
import { multiSelectionAtom } from "../selection/index.js";
import { buildContext, edgeReducer, nodeReducer, type ReducerContext } from "./reducers.js";
import { syncRenderGraph, type Look } from "./render-graph.js";
import { PRIMITIVES, STYLES, captionsFor, isBig, settingsForSize, suspendEdgePickingWhileMoving } from "./settings.js";
import {
  canvasActions,
  colorModeAtom,
  graphAtom,
  hiddenNodesAtom,
  hoverAtom,
  hoverEdgeAtom,
  labelDensityAtom,
  selectionAtom,
  sigmaAtom,
  sizeModeAtom,
  type KgSigma,
} from "./index.js";
import type { DataGraph, SigmaGraph } from "../../core/graph.js";

declare global {
  interface Window {
    /** Read-only test handle: the graph sigma draws, the data graph, and the sigma instance. */
    __kg?: { readonly graph: SigmaGraph; readonly data: DataGraph; readonly sigma: KgSigma | null };
  }
}

function currentContext(cameraRatio = 1): ReducerContext {
  const graph = graphAtom.get();
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

const currentLook = (): Look => ({ sizeMode: sizeModeAtom.get(), colorMode: colorModeAtom.get() });

export function GraphCanvas() {
  const container = useRef<HTMLDivElement>(null);
  const data = useAtom(graphAtom);
  const big = isBig(data.order, data.size);
  // sigma is created once the graph has had content, with settings for the size of what it draws first
  const [hasContent, setHasContent] = useState(() => data.order > 0);
  if (data.order > 0 && !hasContent) setHasContent(true);

  // One sigma for the canvas's life: created when there is something to draw, with the settings for its
  // size; later size changes only change settings (never a kill and rebuild).
  useEffect(() => {
    if (!container.current || !hasContent) return;
    const render = createSigmaGraph();
    let shown = graphAtom.get();
    let look = currentLook();
    syncRenderGraph(render, null, shown, look, null);
    const ctx = { current: currentContext() };
    let nr = nodeReducer(ctx.current);
    let er = edgeReducer(ctx.current);
    const rebuildReducers = () => {
      ctx.current = currentContext(sigmaAtom.get()?.getCamera().ratio ?? 1);
      nr = nodeReducer(ctx.current);
      er = edgeReducer(ctx.current);
    };
    // the arrowhead program is kept whatever the size (the edge style turns heads off on big graphs), so a
    // graph that grows or shrinks past BIG_NODES only changes settings
    const sigma = new Sigma<NodeAttrs, EdgeAttrs>(render, container.current, {
      settings: settingsForSize(render.order, render.size, labelDensityAtom.get()),
      primitives: PRIMITIVES as never,
      styles: STYLES as never,
      nodeReducer: (key, d) => nr(key, d),
      edgeReducer: (key, d) => er(key, d),
    }) as KgSigma;
    sigmaAtom.set(sigma);
    const unsuspend = suspendEdgePickingWhileMoving(sigma);
    Object.defineProperty(window, "__kg", {
      configurable: true,
      value: Object.freeze({
        get graph() {
          return sigmaAtom.get()?.getGraph() ?? render;
        },
        get data() {
          return graphAtom.get();
        },
        get sigma() {
          return sigmaAtom.get();
        },
      }),
    });

    // hover, selection, filters, hidden nodes, theme: the reducers change, not the graph
    const restyle = () => {
      rebuildReducers();
      sigma.refresh({ skipIndexation: true });
    };
    const applySettings = () => sigma.setSettings(settingsForSize(render.order, render.size, labelDensityAtom.get()));
    // a new data state: the reducers' context first (sigma calls them as the render graph changes), then the diff
    const onData = () => {
      const next = graphAtom.get();
      if (next === shown) return;
      rebuildReducers();
      const structural = syncRenderGraph(render, shown, next, look, look);
      shown = next;
      if (structural) applySettings();
      sigma.refresh();
    };
    const onLook = () => {
      const next = currentLook();
      syncRenderGraph(render, shown, shown, next, look);
      look = next;
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
      if (captionsFor(render.order, render.size, sigma.getCamera().ratio) !== !!ctx.current.captions) restyle();
    };
    sigma.getCamera().on("updated", onCamera);
    sigma.on("enterNode", ({ node }) => hoverAtom.set(node));
    sigma.on("leaveNode", () => hoverAtom.set(null));
    sigma.on("nodeDragEnd", ({ node }) => {
      if (render.hasNode(node))
        canvasActions.pinAt(node, { x: render.getNodeAttribute(node, "x"), y: render.getNodeAttribute(node, "y") });
    });

    // the canvas area changes size when the workbench opens or the window resizes
    const ro = new ResizeObserver(() => {
      sigma.resize();
      sigma.refresh();
    });
    ro.observe(container.current);

    const unsubs = [
      graphAtom.subscribe(onData),
      ...[selectionAtom, hoverAtom, hoverEdgeAtom, multiSelectionAtom, filtersAtom, hiddenNodesAtom, themeAtom].map(
        (a) => a.subscribe(restyle),
      ),
      sizeModeAtom.subscribe(onLook),
      colorModeAtom.subscribe(onLook),
      labelDensityAtom.subscribe(applySettings),
    ];
    // a state published between the render and this effect
    onData();
    return () => {
      ro.disconnect();
      unsuspend();
      sigma.getCamera().off("updated", onCamera);
      unsubs.forEach((u) => u());
      layoutActions.kill();
      sigma.kill();
      sigmaAtom.set(null);
    };
  }, [hasContent]);

  // the layout worker belongs to the canvas: killed when it unmounts
  useEffect(() => () => layoutActions.kill(), []);

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" data-big={big} />;
}
