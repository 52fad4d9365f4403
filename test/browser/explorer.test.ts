/**
 * The explorer end to end on the seed graph (real store, built app, Debian
 * Chromium): the overview is drawn, search (Simplified and Traditional) selects
 * and focuses 中国人民银行, the inspector shows its evidence sentences, and an
 * evidence sentence opens the article with that sentence highlighted.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  colouredPixels,
  newPage,
  nodeCount,
  realErrors,
  screenshot,
  searchAndSelect,
  startSuite,
  stopSuite,
  type PageProblems,
  type Suite,
} from "./harness.js";

const PBOC = "中国人民银行";
const PBOC_FORMS = /人民银行|人民銀行/;

let suite: Suite;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  suite = await startSuite();
  ({ page, problems } = await suite.open("/"));
});
afterAll(() => stopSuite(suite));

describe("explorer", () => {
  it("draws the overview graph with more than 30 nodes, coloured by kind, with a legend", async () => {
    const order = await nodeCount(page);
    expect(order).toBeGreaterThan(30);
    // sigma has display data for the nodes and drew labels
    const drawn = await page.evaluate(() => {
      const { graph, sigma } = window.__kg!;
      return {
        withData: graph.nodes().filter((n) => sigma!.getNodeDisplayData(n)).length,
        labels: sigma!.getNodeDisplayedLabels().size,
      };
    });
    expect(drawn.withData).toBe(order);
    expect(drawn.labels).toBeGreaterThan(5);
    // the pixels are really there: plenty of saturated (kind-coloured) pixels on the canvas
    expect(await colouredPixels(page, '[data-testid="graph-canvas"]')).toBeGreaterThan(2000);
    // the status bar and legend agree with the graph
    expect(await page.getAttribute('[data-testid="node-count"]', "data-count")).toBe(String(order));
    const legendKinds = await page.$$eval('[data-testid="legend-item"]', (els) =>
      els.map((e) => e.getAttribute("data-kind")),
    );
    for (const k of ["Agency", "Province", "Measure"]) expect(legendKinds).toContain(k);
    await screenshot(page, "explorer-overview");
  });

  it(`search ${PBOC} selects it, focuses the camera on it, and the inspector lists evidence`, async () => {
    await page.fill('[data-testid="search-input"]', PBOC);
    await page.waitForSelector('[data-testid="search-result"]');
    const first = await page.textContent('[data-testid="search-result"] >> nth=0');
    expect(first).toContain(PBOC);
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="inspector"][data-status="ready"]');
    expect(await page.textContent('[data-testid="inspector-title"]')).toContain(PBOC);
    // the camera animates to it: after the animation the node sits at the centre of the canvas
    await page.waitForTimeout(800);
    const offCentre = await page.evaluate((name) => {
      const { graph, sigma } = window.__kg!;
      const id = graph.findNode((_, a) => a.label === name)!;
      const d = sigma!.getNodeDisplayData(id)!;
      const p = sigma!.framedGraphToViewport(d);
      const { width, height } = sigma!.getDimensions();
      return Math.hypot(p.x - width / 2, p.y - height / 2);
    }, PBOC);
    expect(offCentre).toBeLessThan(30);
    const items = await page.$$eval('[data-testid="evidence-item"]', (els) => els.map((e) => e.textContent ?? ""));
    expect(items.length).toBeGreaterThanOrEqual(1);
    expect(items.some((t) => PBOC_FORMS.test(t))).toBe(true);
    // each evidence item names its article
    expect(await page.textContent('[data-testid="evidence-item"] .evidence-title >> nth=0')).toBeTruthy();
    await screenshot(page, "explorer", { docs: true });
  });

  it("finds 中国人民银行 from Traditional input (人民銀行)", async () => {
    await page.click('[data-testid="graph-canvas"]', { position: { x: 5, y: 200 } }); // clear selection
    await searchAndSelect(page, "人民銀行");
    expect(await page.textContent('[data-testid="inspector-title"]')).toContain(PBOC);
  });

  it("an evidence sentence opens the article with that sentence highlighted and entities marked", async () => {
    const sentenceId = await page.getAttribute('[data-testid="evidence-item"] >> nth=0', "data-sentence-id");
    const sentenceText = (await page.textContent('[data-testid="evidence-item"] .evidence-text >> nth=0'))!;
    await page.click('[data-testid="evidence-item"] button >> nth=0');
    await page.waitForSelector('[data-testid="document-viewer"][data-status="ready"]');
    const hit = page.locator('[data-testid="highlighted-sentence"]');
    expect(await hit.getAttribute("data-sentence-id")).toBe(sentenceId);
    expect((await hit.textContent())!.trim()).toBe(sentenceText.trim());
    expect(
      await page.locator('[data-testid="highlighted-sentence"] [data-testid="mention"]').count(),
    ).toBeGreaterThanOrEqual(1);
    expect(await page.textContent('[data-testid="document-title"]')).toBeTruthy();
    await screenshot(page, "document-viewer", { docs: true });
    await page.keyboard.press("Escape");
    await page.waitForSelector('[data-testid="document-viewer"]', { state: "detached" });
  });

  it("a node's relationships are listed by type and lead to their own evidence", async () => {
    await searchAndSelect(page, PBOC);
    const groups = await page.$$eval('[data-testid="relationships"] .neighbour-kind', (els) =>
      els.map((e) => e.textContent ?? ""),
    );
    expect(groups.some((g) => /ISSUED →/.test(g))).toBe(true);
    await page.click('[data-testid="relationship-evidence"] >> nth=0');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="inspector-title"]')?.textContent?.includes("→"),
    );
    await page.waitForSelector('[data-testid="inspector"][data-status="ready"]');
    expect(await page.locator('[data-testid="evidence-item"]').count()).toBeGreaterThanOrEqual(1);
  });

  it("shows an error with Retry when the API fails, and recovers", async () => {
    // not navigated yet: the route is intercepted first
    const { page: p2 } = await suite.open("/", { viewport: { width: 1280, height: 800 }, minNodes: 0 });
    await p2.route("**/api/graph", (r) =>
      r.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({ error: "store unavailable (test)" }),
      }),
    );
    await p2.goto(suite.app.url);
    const err = p2.locator(".canvas-empty.error");
    await err.waitFor();
    expect(await err.textContent()).toContain("store unavailable (test)");
    await screenshot(p2, "error-state");
    await p2.unroute("**/api/graph");
    await p2.click('.canvas-empty.error button:has-text("Retry")');
    await p2.waitForFunction(() => (window.__kg?.graph.order ?? 0) > 30);
    await p2.context().close();
  });

  it("raised no page errors", () => {
    expect(realErrors(problems)).toEqual([]);
  });
});

describe("Content-Security-Policy", () => {
  it("the page is served with the policy, and the built app runs under it without a violation", async () => {
    const res = await page.request.get(suite.app.url + "/");
    expect(res.headers()["content-security-policy"]).toMatch(/script-src 'self'/);
    // the layout worker (started from a blob: URL) runs under the policy too
    await page.keyboard.press("l");
    await page.waitForTimeout(1_000);
    await page.keyboard.press("l");
    expect(suite.problems().flatMap((p) => p.csp)).toEqual([]);
  });

  it("the harness does see a violation: an injected inline script is blocked and reported", async () => {
    // a page of its own, outside the suite's list, so this deliberate violation does not fail the suite
    const { page: p, problems: seen } = await newPage(suite.browser, suite.app.url + "/");
    const ran = await p.evaluate(() => {
      const w = window as unknown as { __injected?: boolean };
      const s = document.createElement("script");
      s.textContent = "window.__injected = true";
      document.body.appendChild(s);
      return w.__injected === true;
    });
    await p.waitForTimeout(300);
    expect(ran).toBe(false);
    expect(seen.csp.some((v) => /script-src/.test(v))).toBe(true);
    await p.context().close();
  });
});
