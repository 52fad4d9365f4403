/** ForceAtlas2 settings shared by the page (the continuous worker) and the first-layout worker. */
import forceAtlas2 from "graphology-layout-forceatlas2";
import type Graph from "graphology";

export function fa2SettingsFor(graph: Graph) {
  return {
    ...forceAtlas2.inferSettings(graph),
    adjustSizes: false,
    barnesHutOptimize: graph.order > 500,
    strongGravityMode: true,
    gravity: 1.5,
    scalingRatio: 12,
  };
}
