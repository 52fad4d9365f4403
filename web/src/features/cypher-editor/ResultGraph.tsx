/** A query's graph result drawn in its own small sigma (same look as the canvas), laid out with a few FA2 iterations. */
import { useEffect, useRef, useState } from "react";
import Sigma from "sigma";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { createSigmaGraph, fromBatch, type EdgeAttrs, type NodeAttrs } from "../../core/graph.js";
import { syncRenderGraph } from "../graph-canvas/render-graph.js";
import type { GraphBatch } from "../../core/schema.js";
import { PRIMITIVES, STYLES, SIGMA_SETTINGS } from "../graph-canvas/settings.js";
import { CANVAS_COLORS, themeAtom } from "../theme/index.js";

/** Above this many nodes the result is not drawn until asked (drawing could freeze the tab). */
export const LARGE_RESULT = 5000;

export function ResultGraph({ batch }: { batch: GraphBatch }) {
  const host = useRef<HTMLDivElement>(null);
  const [force, setForce] = useState(false);
  const large = batch.nodes.length > LARGE_RESULT && !force;
  useEffect(() => {
    if (large) return;
    const g = createSigmaGraph();
    syncRenderGraph(g, null, fromBatch(batch), { sizeMode: "uniform", colorMode: "kind" }, null);
    g.forEachNode((n) => g.setNodeAttribute(n, "size", 4 + 2 * Math.sqrt(g.degree(n))));
    if (g.order > 1)
      forceAtlas2.assign(g, {
        iterations: g.order > 2000 ? 30 : 150,
        settings: forceAtlas2.inferSettings(g),
        getEdgeWeight: null,
      });
    const colors = CANVAS_COLORS[themeAtom.get()];
    const sigma = new Sigma<NodeAttrs, EdgeAttrs>(g, host.current!, {
      settings: { ...SIGMA_SETTINGS, enableNodeDrag: true },
      primitives: PRIMITIVES as never,
      styles: STYLES as never,
      nodeReducer: () => ({ labelColor: colors.label, backdropColor: colors.backdrop }),
      edgeReducer: () => ({ color: colors.edge }),
    });
    return () => sigma.kill();
  }, [batch, large]);
  if (large)
    return (
      <div className="large-warning" data-testid="cypher-graph-large">
        <p>
          This result has {batch.nodes.length.toLocaleString()} nodes and {batch.edges.length.toLocaleString()}{" "}
          relationships; drawing it may make the page slow.
        </p>
        <button type="button" onClick={() => setForce(true)}>
          Draw anyway
        </button>
      </div>
    );
  return (
    <div
      ref={host}
      className="result-graph"
      data-testid="cypher-graph"
      data-nodes={batch.nodes.length}
      data-edges={batch.edges.length}
    />
  );
}
