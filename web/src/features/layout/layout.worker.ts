/**
 * The first layout, off the main thread: ForceAtlas2 for a fixed number of
 * iterations over positions seeded by the page (deterministic), answered as
 * one Float32Array of x, y pairs in the order the nodes were sent.
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { LayoutRequest, LayoutAnswer } from "./types.js";
import { fa2SettingsFor } from "./settings.js";

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const { id, xy, edges, iterations } = e.data;
  const n = xy.length / 2;
  const g = new Graph({ multi: true, type: "directed", allowSelfLoops: true });
  for (let i = 0; i < n; i++) g.addNode(i, { x: xy[2 * i], y: xy[2 * i + 1] });
  for (let k = 0; k < edges.length; k += 2) g.addEdge(edges[k], edges[k + 1]);
  forceAtlas2.assign(g, { iterations, settings: fa2SettingsFor(g), getEdgeWeight: null });
  const out = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const a = g.getNodeAttributes(i) as { x: number; y: number };
    out[2 * i] = a.x;
    out[2 * i + 1] = a.y;
  }
  const answer: LayoutAnswer = { id, xy: out };
  (self as unknown as Worker).postMessage(answer, [out.buffer]);
};
