/**
 * `npm run bench [load|extract|api|app|render]`: prints the figures; asserts nothing.
 * load: store upsert throughput beside Kuzu COPY FROM; extract: pipeline
 * throughput beside opencc-js; render: sigma first draw and fps in Chromium
 * (needs `npm run build`).
 */
import { loadBench } from "./load.js";
import { printAppRenderBench, renderBench } from "./render.js";
import { extractBench } from "./extract.js";
import { printApiBench } from "./api.js";

const only = process.argv[2];

if (!only || only === "load") {
  const edges = Number(process.env.BENCH_EDGES ?? 100_000);
  console.log(`\n== load: ${edges.toLocaleString("en")} synthetic relationships (seeded) ==`);
  const figures = await loadBench(edges);
  console.log("| what | nodes | relationships | seconds | relationships/s |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const f of figures) {
    console.log(
      `| ${f.what} | ${f.nodes.toLocaleString("en")} | ${f.edges.toLocaleString("en")} | ${f.seconds.toFixed(2)} | ${Math.round(f.edges / f.seconds).toLocaleString("en")} |`,
    );
  }
}

if (!only || only === "extract") {
  console.log("\n== extract: the five seed articles, 20 rounds ==");
  const figures = extractBench(20);
  console.log("| what | MB | seconds | MB/s |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const f of figures)
    console.log(
      `| ${f.what} | ${f.megabytes.toFixed(2)} | ${f.seconds.toFixed(2)} | ${(f.megabytes / f.seconds).toFixed(2)} |`,
    );
}

if (!only || only === "api")
  await (console.log("\n== api: 5,000-article store, kg serve on loopback =="), printApiBench());

if (!only || only === "app")
  await (console.log("\n== app: the explorer on the seeds and on 5,000 articles, same run =="), printAppRenderBench());

if (!only || only === "render") {
  console.log("\n== render: headless Chromium, software WebGL, camera panning every frame ==");
  const figures = await renderBench();
  console.log("| nodes | edges | settings | first draw (ms) | fps while panning | fps vs sigma defaults |");
  console.log("| ---: | ---: | --- | ---: | ---: | ---: |");
  for (const f of figures) {
    const base = figures.find((b) => b.n === f.n && b.mode === "baseline")!;
    console.log(
      `| ${f.n.toLocaleString("en")} | ${f.edges.toLocaleString("en")} | ${f.mode === "app" ? "explorer" : "sigma defaults"} | ${Math.round(f.firstDrawMs)} | ${f.fps.toFixed(2)} | ${(f.fps / base.fps).toFixed(2)}× |`,
    );
  }
}
