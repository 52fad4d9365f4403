/**
 * Render benchmark page (bench/render.ts drives it in headless Chromium):
 * a seeded random graph of `?n=` nodes and 4n edges with realistic Chinese
 * labels, drawn by sigma with either its default settings (`?mode=baseline`)
 * or the explorer's own (`?mode=app`). Reports time to first draw and frames
 * per second while the camera pans, on window.__bench.
 */
import Graph from "graphology";
import Sigma from "sigma";
import { LABEL_COLORS, NODE_LABELS } from "../../../schema/index.js";
import { canvasOptions, suspendEdgePickingWhileMoving } from "../features/graph-canvas/settings.js";
import { rng } from "./rng.js";

const params = new URLSearchParams(location.search);
const n = Number(params.get("n") ?? 1000);
const mode = params.get("mode") ?? "app";
const seconds = Number(params.get("seconds") ?? 3);

const PLACES = ["北京市", "内蒙古", "四川省", "新疆", "青海省", "云南省", "江苏省", "浙江省", "江西省"];
const BODIES = ["发展和改革委员会", "工业和信息化厅", "经济和信息化局", "通信管理局", "公安厅", "能源局"];
const rand = rng(2021);
const graph = new Graph({ multi: true });
for (let i = 0; i < n; i++) {
  const kind = NODE_LABELS[Math.floor(rand() * 8)];
  graph.addNode(`n${i}`, {
    x: rand() * 1000,
    y: rand() * 1000,
    size: 3 + rand() * 6,
    color: LABEL_COLORS[kind],
    label: `${PLACES[Math.floor(rand() * PLACES.length)]}${BODIES[Math.floor(rand() * BODIES.length)]}${i}`,
  });
}
for (let i = 0; i < 4 * n; i++) {
  graph.addEdge(`n${Math.floor(rand() * n)}`, `n${Math.floor(rand() * n)}`, { size: 1, color: "#ccc" });
}

const stage = document.getElementById("stage")!;
const t0 = performance.now();
const sigma =
  mode === "baseline"
    ? new Sigma(graph, stage)
    : (() => {
        const o = canvasOptions(graph.order, graph.size);
        const s = new Sigma(graph, stage, {
          settings: o.settings,
          primitives: o.primitives as never,
          styles: o.styles as never,
        });
        suspendEdgePickingWhileMoving(s); // as the explorer's canvas does
        return s;
      })();

let firstDrawMs: number | null = null;
sigma.on("afterRender", () => {
  if (firstDrawMs === null) firstDrawMs = performance.now() - t0;
});
// Frames per second = animation frames the page manages while the camera
// moves every frame (sigma renders at most once per frame, so a slow render
// shows as fewer frames).
requestAnimationFrame(() => {
  if (firstDrawMs === null) firstDrawMs = performance.now() - t0;
  const camera = sigma.getCamera();
  const start = performance.now();
  let frames = 0;
  const tick = () => {
    frames++;
    const t = (performance.now() - start) / 1000;
    camera.setState({ x: 0.5 + 0.2 * Math.cos(t * 2), y: 0.5 + 0.2 * Math.sin(t * 2) });
    if (t < seconds) requestAnimationFrame(tick);
    else
      (window as unknown as { __bench: unknown }).__bench = {
        n: graph.order,
        edges: graph.size,
        mode,
        firstDrawMs,
        fps: frames / t,
      };
  };
  requestAnimationFrame(tick);
});
