/** A query's graph result drawn in its own small sigma (same look as the canvas), laid out with a few FA2 iterations. */
import { useEffect, useRef } from "react";
import Sigma from "sigma";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { createGraph, mergeBatch, type EdgeAttrs, type NodeAttrs } from "../../core/graph.js";
import type { GraphBatch } from "../../core/schema.js";
import { PRIMITIVES, STYLES, SIGMA_SETTINGS } from "../graph-canvas/settings.js";
import { CANVAS_COLORS, themeAtom } from "../theme/index.js";

export function ResultGraph({ batch }: { batch: GraphBatch }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const g = createGraph();
    mergeBatch(g, batch);
    g.forEachNode((n) => g.setNodeAttribute(n, "size", 4 + 2 * Math.sqrt(g.degree(n))));
    if (g.order > 1) forceAtlas2.assign(g, { iterations: 150, settings: forceAtlas2.inferSettings(g), getEdgeWeight: null });
    const colors = CANVAS_COLORS[themeAtom.get()];
    const sigma = new Sigma<NodeAttrs, EdgeAttrs>(g, host.current!, {
      settings: { ...SIGMA_SETTINGS, enableNodeDrag: true },
      primitives: PRIMITIVES as never,
      styles: STYLES as never,
      nodeReducer: () => ({ labelColor: colors.label, backdropColor: colors.backdrop }),
      edgeReducer: () => ({ color: colors.edge }),
    });
    return () => sigma.kill();
  }, [batch]);
  return <div ref={host} className="result-graph" data-testid="cypher-graph" data-nodes={batch.nodes.length} data-edges={batch.edges.length} />;
}
