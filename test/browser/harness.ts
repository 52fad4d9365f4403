/**
 * Browser test harness, the one way the suites start things: builds the web
 * app when dist/web is missing or older than its sources, copies the run's
 * seed store (global-setup.ts; else ingests the seed articles) into a fresh
 * temporary KG_DATA_DIR, starts `kg serve` on a free
 * port, waits for /api/stats, and launches Debian Chromium (headless,
 * software GL) through playwright-core. Every page it opens records page
 * errors, console errors and Content-Security-Policy violations (the
 * `securitypolicyviolation` event, and Chromium's console report of it);
 * `stopSuite` fails the suite if any CSP violation was seen.
 *
 * @example
 *   let suite: Suite;
 *   beforeAll(async () => { suite = await startSuite(); });
 *   afterAll(() => stopSuite(suite));
 *   it("…", async () => { const { page, problems } = await suite.open("/"); … });
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { chromium, type Browser, type Download, type Page } from "playwright-core";
import { inject } from "vitest";

export const ROOT = resolve(import.meta.dirname, "../..");
export const ARTIFACTS = join(ROOT, "test-artifacts");
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];

/** Newest mtime (ms) of the files under `path` (a file or a directory). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const e of readdirSync(path)) max = Math.max(max, newest(join(path, e)));
  return max;
}

/** Build dist/web with `npm run build` unless it is newer than web/, schema/ and vite.config.ts. */
export function ensureBuilt(): void {
  const built = join(ROOT, "dist/web/index.html");
  const sources = Math.max(
    newest(join(ROOT, "web")),
    newest(join(ROOT, "schema")),
    newest(join(ROOT, "vite.config.ts")),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  const r = spawnSync("npm", ["run", "build"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0)
    throw new Error(`harness: \`npm run build\` failed (exit ${r.status}).\n${r.stdout}\n${r.stderr}`);
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

async function waitFor(url: string, ms: number, proc?: ChildProcess, log?: () => string): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (proc && proc.exitCode !== null)
      throw new Error(
        `harness: the server exited with code ${proc.exitCode} before answering ${url}.\n${log?.() ?? ""}`,
      );
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`harness: ${url} did not answer within ${ms} ms.\n${log?.() ?? ""}`);
}

export interface RunningApp {
  url: string;
  dataDir: string | null;
  stop(): Promise<void>;
}

/** The seeds' store made once by global-setup.ts, or "" (Neo4j, or a suite run outside that config). */
function seedTemplate(): string {
  try {
    return inject("seedTemplate") ?? "";
  } catch {
    return "";
  }
}

/**
 * A fresh temp store holding the seeds, served on a free port: a copy of the run's template store when there is
 * one, else the seeds ingested by `kg ingest` as a user would.
 */
export async function startApp(): Promise<RunningApp> {
  ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), "kg-browser-"));
  // GRAPH_STORE=neo4j (with NEO4J_URI…) runs the suites against Neo4j; the seeds are ingested into it (idempotent).
  const env = { ...process.env, KG_DATA_DIR: dataDir, GRAPH_STORE: process.env.GRAPH_STORE ?? "embedded" };
  const template = seedTemplate();
  if (template && existsSync(template)) {
    cpSync(template, dataDir, { recursive: true });
  } else {
    const ingest = spawnSync("npx", ["tsx", "cli/main.ts", "ingest", "seeds"], {
      cwd: ROOT,
      env,
      encoding: "utf8",
      timeout: 180_000,
    });
    if (ingest.status !== 0) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`harness: ingest of seeds/ failed (exit ${ingest.status}).\n${ingest.stdout}\n${ingest.stderr}`);
    }
  }
  const port = await freePort();
  let output = "";
  const server = spawn("npx", ["tsx", "cli/main.ts", "serve"], {
    cwd: ROOT,
    env: { ...env, PORT: String(port) },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (d) => (output += d));
  server.stderr?.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (server.exitCode === null && server.pid) {
      try {
        process.kill(-server.pid, "SIGTERM"); // the process group we started (npx → tsx → node)
      } catch {
        /* already gone */
      }
      await new Promise((r) => setTimeout(r, 300));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor(`${url}/api/stats`, 60_000, server, () => output);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, dataDir, stop };
}

/** Launch Debian Chromium headless, or fail loudly with the install command. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface PageProblems {
  /** Uncaught page errors and console errors. */
  errors: string[];
  /** Content-Security-Policy violations: `directive blocked-uri` (from the event) or Chromium's console line. */
  csp: string[];
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Wait until the canvas holds at least this many nodes (default 1); `0`: do not navigate or wait. */
  minNodes?: number;
}

/**
 * A page in a fresh context (clean localStorage) that records its problems; it
 * opens `url` and waits for the graph unless `minNodes` is 0 (for a test that
 * intercepts requests before navigating).
 */
export async function newPage(
  browser: Browser,
  url: string,
  opts: OpenOptions = {},
): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  const problems: PageProblems = { errors: [], csp: [] };
  await context.exposeBinding("__kgCspViolation", (_source, text: string) => problems.csp.push(text));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __kgCspViolation(t: string): void }).__kgCspViolation(
        `${e.effectiveDirective} ${e.blockedURI || "(inline)"} at ${e.sourceFile || "?"}:${e.lineNumber}`,
      ),
    );
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => problems.errors.push(e.message));
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) problems.csp.push(m.text());
    if (m.type() === "error") problems.errors.push(m.text());
  });
  if (opts.minNodes !== 0) {
    await page.goto(url);
    await waitForGraph(page, opts.minNodes ?? 1);
  }
  return { page, problems };
}

export async function waitForGraph(page: Page, min = 1): Promise<void> {
  await page.waitForFunction((n) => (window.__kg?.graph.order ?? 0) >= n && !!window.__kg?.sigma, min, {
    timeout: 30_000,
  });
  // let sigma draw a few frames (labels need their glyph atlas)
  await page.waitForTimeout(600);
}

/**
 * Screenshot into test-artifacts/. Shots marked `docs` are also copied to docs/screenshots/ (the README's)
 * only when KG_SCREENSHOTS=docs (`npm run screenshots`): test runs never rewrite tracked files.
 */
export async function screenshot(page: Page, name: string, opts: { docs?: boolean } = {}): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  if (opts.docs && process.env.KG_SCREENSHOTS === "docs") {
    const target = join(ROOT, "docs/screenshots", `${name}.png`);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  return file;
}

/** Count of nodes on the canvas (through the read-only test handle). */
export function nodeCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__kg?.graph.order ?? 0);
}

/**
 * Count pixels of an element's screenshot that are saturated colour (not the
 * grey/white/black of the background, edges and text): proof that sigma drew
 * coloured nodes, independent of the app's own state.
 */
export async function colouredPixels(page: Page, selector: string): Promise<number> {
  const el = await page.$(selector);
  if (!el) throw new Error(`harness: no element ${selector}`);
  return colouredPixelsOfPng(page, await el.screenshot());
}

/** The same count for any PNG (decoded by the page's own image decoder). */
export async function colouredPixelsOfPng(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) {
      const max = Math.max(d[i], d[i + 1], d[i + 2]);
      const min = Math.min(d[i], d[i + 1], d[i + 2]);
      if (max - min > 60) n++;
    }
    return n;
  }, png.toString("base64"));
}

/** Type into the search box and choose the first suggestion; resolves when the inspector shows the node. */
export async function searchAndSelect(page: Page, text: string): Promise<void> {
  await page.fill('[data-testid="search-input"]', "");
  await page.fill('[data-testid="search-input"]', text);
  // the results of this query, not the last one's still shown while it runs
  const current = '[data-testid="search-results"][data-current="true"] [data-testid="search-result"]';
  await page.waitForSelector(current, { timeout: 15_000 });
  const id = await page.getAttribute(`${current} >> nth=0`, "data-id");
  await page.click(`${current} >> nth=0`);
  // ready for this hit: the inspector still shows the last node, ready, until the new selection reaches it
  const ready = id
    ? `[data-testid="inspector"][data-status="ready"][data-selected=${JSON.stringify(id)}]`
    : '[data-testid="inspector"][data-status="ready"]';
  await page.waitForSelector(ready, { timeout: 15_000 });
}

/** One running app + browser per suite: start it in beforeAll, stop it in afterAll. */
export interface Suite {
  app: RunningApp;
  browser: Browser;
  /** Open a fresh explorer page (new context: clean localStorage) at `path`. */
  open(path?: string, opts?: OpenOptions): Promise<{ page: Page; problems: PageProblems }>;
  /** The problems of every page opened so far. */
  problems(): PageProblems[];
}

export async function startSuite(): Promise<Suite> {
  const app = await startApp();
  const browser = await launchBrowser();
  const all: PageProblems[] = [];
  return {
    app,
    browser,
    async open(path = "/", opts = {}) {
      const opened = await newPage(browser, app.url + path, opts);
      all.push(opened.problems);
      return opened;
    },
    problems: () => all,
  };
}

/** Close the browser and the app; then fail if any page saw a Content-Security-Policy violation. */
export async function stopSuite(s: Suite | undefined): Promise<void> {
  await s?.browser.close();
  await s?.app.stop();
  const csp = (s?.problems() ?? []).flatMap((p) => p.csp);
  if (csp.length) throw new Error(`harness: Content-Security-Policy violations:\n${csp.join("\n")}`);
}

/** GET a JSON API path from the test side (to compare the page with the API). */
export async function apiGet<T>(app: RunningApp, path: string): Promise<T> {
  const r = await fetch(app.url + path);
  if (!r.ok) throw new Error(`harness: GET ${path} → ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

/** Errors the page raised, minus the GPU driver's performance chatter. */
export function realErrors(p: PageProblems): string[] {
  return p.errors.filter((e) => !/GL Driver|GPU stall|WebGL/.test(e));
}

/** Click Export → format and collect the `n` downloads it triggers (CSV gives two: nodes and edges). */
export async function exportDownloads(
  page: Page,
  format: string,
  n = 1,
): Promise<Array<{ name: string; data: Buffer }>> {
  const downloads: Download[] = [];
  const got = new Promise<void>((resolve) => {
    const on = (d: Download) => {
      downloads.push(d);
      if (downloads.length === n) {
        page.off("download", on);
        resolve();
      }
    };
    page.on("download", on);
  });
  await page.click('[data-testid="export-menu"]');
  await page.click(`[data-testid="export-${format}"]`);
  await got;
  return Promise.all(
    downloads.map(async (d) => ({ name: d.suggestedFilename(), data: readFileSync((await d.path())!) })),
  );
}
