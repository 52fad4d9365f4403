/**
 * Render benchmark: time to first draw and frames per second while panning,
 * for 1k, 10k and 50k-node seeded graphs (4 edges per node), in headless
 * Chromium (software WebGL), sigma's defaults (the DESIGN.md baseline) beside
 * the explorer's settings, all in one run. Needs `npm run build` and Chromium.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { PROJECT_ROOT } from "../store/index.js";
import { startStatic } from "./static.js";

export interface RenderFigure {
  n: number;
  edges: number;
  mode: string;
  firstDrawMs: number;
  fps: number;
}

export async function renderBench(sizes = [1_000, 10_000, 50_000]): Promise<RenderFigure[]> {
  const dist = join(PROJECT_ROOT, "dist", "web");
  if (!existsSync(join(dist, "bench.html")))
    throw new Error("bench: dist/web/bench.html is missing: run `npm run build` first.");
  if (!existsSync("/usr/bin/chromium"))
    throw new Error("bench: Chromium not found at /usr/bin/chromium: apt-get install -y chromium");
  const server = await startStatic(dist);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const figures: RenderFigure[] = [];
  try {
    for (const n of sizes) {
      for (const mode of ["baseline", "app"]) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(`${server.url}/bench.html?n=${n}&mode=${mode}&seconds=${n >= 50_000 ? 8 : 4}`);
        await page.waitForFunction(() => (window as unknown as { __bench?: unknown }).__bench, null, {
          timeout: 300_000,
          polling: 500,
        });
        figures.push(await page.evaluate(() => (window as unknown as { __bench: RenderFigure }).__bench));
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return figures;
}
