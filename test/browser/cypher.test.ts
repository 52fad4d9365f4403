/**
 * The Cypher workbench: examples come from the server (cypher/examples), one
 * runs with Ctrl+Enter and shows a table with its RETURN columns; a graph
 * query switches to the graph view and can replace the canvas; a write query
 * shows the server's rejection inline; history survives a reload.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  apiGet,
  nodeCount,
  realErrors,
  screenshot,
  startSuite,
  stopSuite,
  waitForGraph,
  type PageProblems,
  type Suite,
} from "./harness.js";

let suite: Suite;
let page: Page;
let problems: PageProblems;
let examples: Array<{ name: string; description: string; query: string }>;

beforeAll(async () => {
  suite = await startSuite();
  ({ page, problems } = await suite.open("/"));
  const r = await apiGet<{ examples: typeof examples } | typeof examples>(suite.app, "/api/examples");
  examples = Array.isArray(r) ? r : r.examples;
});
afterAll(() => stopSuite(suite));

/** Run the query in the editor by clicking Run (or pressing Ctrl+Enter) and wait for this run to finish. */
async function run(p: Page, how: "click" | "keys" = "click") {
  const before = Number(await p.getAttribute('[data-testid="workbench"]', "data-runs"));
  if (how === "click") await p.click('[data-testid="cypher-run"]');
  else {
    await p.click('[data-testid="cypher-editor"] .cm-content');
    await p.keyboard.press("Control+Enter");
  }
  await p.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="workbench"]')?.getAttribute("data-runs")) > n,
    before,
  );
}

async function setQuery(p: Page, q: string) {
  await p.click('[data-testid="cypher-editor"] .cm-content');
  await p.keyboard.press("Control+A");
  await p.keyboard.press("Delete");
  await p.locator('[data-testid="cypher-editor"] .cm-content').fill(q);
}

describe("cypher workbench", () => {
  it("opens with the server's example queries", async () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    await page.click('[data-testid="cypher-toggle"]');
    await page.waitForSelector('[data-testid="cypher-example"]');
    const names = await page.$$eval('[data-testid="cypher-example"] .wb-name', (els) => els.map((e) => e.textContent));
    expect(names).toEqual(examples.map((e) => e.name));
  });

  it("an example runs with Ctrl+Enter and shows a table with its RETURN columns", async () => {
    const ex =
      examples.find((e) => /RETURN m\.date AS date, m\.name AS measure/.test(e.query) && !/RETURN p\b/.test(e.query)) ??
      examples[0];
    const expected = [...ex.query.slice(ex.query.lastIndexOf("RETURN")).matchAll(/\bAS\s+(\w+)/g)].map((m) => m[1]);
    expect(expected.length).toBeGreaterThan(1);
    await page.click(`[data-testid="cypher-example"]:has-text("${ex.name}")`);
    await run(page, "keys");
    await page.waitForSelector('[data-testid="cypher-table"]');
    const headers = await page.$$eval('[data-testid="cypher-table"] th', (els) =>
      els.map((e) => e.textContent).slice(1),
    );
    expect(headers).toEqual(expected);
    const rows = await page.locator('[data-testid="cypher-table"] tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    await screenshot(page, "cypher-table", { docs: true });
  });

  it("a graph query switches to the graph view and can replace the canvas", async () => {
    const ex = examples.find((e) => /RETURN p\b/.test(e.query));
    expect(ex, "an example returning a path").toBeTruthy();
    await page.click(`[data-testid="cypher-example"]:has-text("${ex!.name}")`);
    await run(page);
    await page.waitForSelector('[data-testid="cypher-table"]');
    expect(
      await page.$$eval('[data-testid="cypher-table"] th', (els) => els.map((e) => e.textContent).slice(1)),
    ).toEqual(["p"]);
    await page.click('[data-testid="cypher-view-graph"]');
    const g = page.locator('[data-testid="cypher-graph"]');
    await g.waitFor();
    const n = Number(await g.getAttribute("data-nodes"));
    expect(n).toBeGreaterThan(1);
    await page.waitForTimeout(500);
    await screenshot(page, "cypher-graph", { docs: true });
    // the result's graph exports on its own
    const download = page.waitForEvent("download");
    await page.selectOption('[data-testid="cypher-export"]', "json");
    const exported = JSON.parse(readFileSync((await (await download).path())!, "utf8")) as { nodes: unknown[] };
    expect(exported.nodes.length).toBe(n);
    await page.click('[data-testid="cypher-replace"]');
    await waitForGraph(page);
    expect(await nodeCount(page)).toBe(n);
    await page.click('[data-testid="cypher-view-json"]');
    const json = JSON.parse((await page.textContent('[data-testid="cypher-json"]'))!);
    expect(json.columns).toEqual(["p"]);
  });

  it("a write query shows the server's rejection inline", async () => {
    await setQuery(page, "CREATE (n:Agency {id: 'agency:test', name: 'test'}) RETURN n");
    await run(page);
    const err = page.locator('[data-testid="cypher-error"]');
    await err.waitFor();
    const text = (await err.textContent())!;
    const server = await fetch(suite.app.url + "/api/cypher", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "CREATE (n:Agency {id: 'agency:test', name: 'test'}) RETURN n" }),
    });
    expect(server.status).toBe(400);
    expect(text).toBe(((await server.json()) as { error: string }).error);
    await screenshot(page, "cypher-error");
  });

  it("history is kept across a reload", async () => {
    await page.reload();
    await waitForGraph(page);
    await page.keyboard.press("c");
    await page.waitForSelector('[data-testid="cypher-history-item"]');
    const hist = await page.$$eval('[data-testid="cypher-history-item"]', (els) => els.map((e) => e.textContent ?? ""));
    expect(hist[0]).toContain("CREATE (n:Agency");
    expect(hist.length).toBeGreaterThanOrEqual(3);
  });

  it("raised no page errors other than the rejected query's 400", () => {
    expect(realErrors(problems).filter((e) => !/400/.test(e))).toEqual([]);
  });
});
