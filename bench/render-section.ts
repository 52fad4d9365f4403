/** The render section of `npm run bench`: sigma first draw and fps in Chromium. */
import { renderBench } from "./render.js";

export async function renderSection(): Promise<void> {
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
