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

export interface AppFigure {
  what: string;
  nodes: number;
  edges: number;
  /** From navigation start to the first animation frame after sigma drew the overview. */
  firstFrameMs: number;
  /** Frames per second while the camera zooms in and out (animated, as the mouse wheel does). */
  zoomFps: number;
  /** The longest main-thread task before the first frame (ms), from the Long Tasks API. */
  longestTaskMs: number;
}

/**
 * The explorer itself in headless Chromium against running `kg serve`s: time to the first frame of the
 * overview and the frame rate while zooming, for each server given (e.g. the seeds and the 5,000-article
 * store), in one browser run.
 */
export async function appRenderBench(servers: Array<{ what: string; url: string }>, seconds = 4): Promise<AppFigure[]> {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const figures: AppFigure[] = [];
  try {
    for (const { what, url } of servers) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(() => {
        const w = window as unknown as { __longest: number };
        w.__longest = 0;
        try {
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
          }).observe({ type: "longtask", buffered: true });
        } catch {
          /* no Long Tasks API */
        }
      });
      await page.goto(url);
      type Kg = { graph: { order: number; size: number }; sigma: { getCamera(): unknown } | null };
      await page.waitForFunction(
        () => {
          const kg = (window as unknown as { __kg?: Kg }).__kg;
          return !!kg?.sigma && kg.graph.order > 0;
        },
        null,
        { timeout: 300_000, polling: "raf" },
      );
      const first = await page.evaluate(
        () =>
          new Promise<{ t: number; nodes: number; edges: number; longest: number }>((resolve) =>
            requestAnimationFrame(() => {
              const w = window as unknown as { __kg: Kg; __longest: number };
              resolve({
                t: performance.now(),
                nodes: w.__kg.graph.order,
                edges: w.__kg.graph.size,
                longest: w.__longest,
              });
            }),
          ),
      );
      await page.waitForTimeout(1_000); // let the overview settle before measuring zoom
      const stages = await page.evaluate(() =>
        performance.getEntriesByType("measure").map((m) => `${m.name} ${Math.round(m.duration)} ms`),
      );
      if (stages.length) console.log(`  ${what}: ${stages.join(", ")}`);
      // a string, not a function: tsx would wrap the inner named function in a helper the page lacks
      const fps = (await page.evaluate(`new Promise((resolve) => {
        const camera = window.__kg.sigma.getCamera();
        const start = performance.now();
        let frames = 0;
        // zoom as the wheel does: animated camera moves, in and out, back to back
        let zoomIn = true;
        const zoom = () => {
          if ((performance.now() - start) / 1000 >= ${seconds}) return;
          zoomIn = !zoomIn;
          camera.animate({ ratio: zoomIn ? 0.35 : 0.95 }, { duration: 400 }).then(zoom);
        };
        zoom();
        const tick = () => {
          frames++;
          const t = (performance.now() - start) / 1000;
          if (t < ${seconds}) requestAnimationFrame(tick);
          else resolve(frames / t);
        };
        requestAnimationFrame(tick);
      })`)) as number;
      figures.push({
        what,
        nodes: first.nodes,
        edges: first.edges,
        firstFrameMs: first.t,
        zoomFps: fps,
        longestTaskMs: first.longest,
      });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return figures;
}

/** Ingest the seed articles into a fresh temp data dir through the CLI (what a user does first). */
async function seedsStore(): Promise<string> {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { spawnSync } = await import("node:child_process");
  const dir = mkdtempSync(join(tmpdir(), "kg-bench-seeds-"));
  const r = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "cli", "main.ts"), "ingest"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, KG_DATA_DIR: dir, GRAPH_STORE: "embedded" },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`bench: seed ingest failed: ${r.stderr}`);
  return dir;
}

/**
 * The explorer's first frame and zoom rate on the seeds and on the 5,000-article store (same browser run),
 * next to plain sigma on a random graph of the overview's size. `BENCH_RENDER_BEFORE_URL` adds a row for
 * another build's server on the big store (before/after).
 */
export async function printAppRenderBench(): Promise<void> {
  const { startServe } = await import("./api.js");
  const { bigStore } = await import("./api-store.js");
  const { rmSync } = await import("node:fs");
  const seeds = await seedsStore();
  const big = await bigStore();
  const a = await startServe(seeds);
  const b = await startServe(big.dataDir);
  try {
    const servers = [
      { what: "explorer, seeds (5 articles)", url: `${a.url}/` },
      { what: "explorer, 5,000 articles", url: `${b.url}/` },
    ];
    if (process.env.BENCH_RENDER_BEFORE_URL)
      servers.push({ what: "explorer, 5,000 articles, other build", url: process.env.BENCH_RENDER_BEFORE_URL });
    const figures = await appRenderBench(servers);
    const seed = figures[0];
    console.log("| what | nodes | edges | first frame (ms) | vs seeds | longest task (ms) | zoom fps | vs seeds |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const f of figures)
      console.log(
        `| ${f.what} | ${f.nodes.toLocaleString("en")} | ${f.edges.toLocaleString("en")} | ${Math.round(f.firstFrameMs)} | ${(f.firstFrameMs / seed.firstFrameMs).toFixed(2)}× | ${Math.round(f.longestTaskMs)} | ${f.zoomFps.toFixed(1)} | ${(f.zoomFps / seed.zoomFps).toFixed(2)}× |`,
      );
    const overview = figures[1];
    const plain = await renderBench([overview.nodes]);
    for (const p of plain)
      console.log(
        `| random graph, ${p.mode === "app" ? "explorer settings" : "plain sigma"} (pan fps) | ${p.n.toLocaleString("en")} | ${p.edges.toLocaleString("en")} | ${Math.round(p.firstDrawMs)} | | | ${p.fps.toFixed(1)} | |`,
      );
  } finally {
    a.child.kill();
    b.child.kill();
    rmSync(seeds, { recursive: true, force: true });
  }
}
