/**
 * Shareable URL: the address encodes the selection, filters, time range and
 * what is on the canvas (overview, a neighbourhood, or hand-picked nodes);
 * opening it in a fresh browser context restores the same view.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  nodeCount,
  realErrors,
  screenshot,
  searchAndSelect,
  startSuite,
  stopSuite,
  type PageProblems,
  type Suite,
} from "./harness.js";

const PBOC = "agency:中国人民银行";
let suite: Suite;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  suite = await startSuite();
  ({ page, problems } = await suite.open("/", { minNodes: 30 }));
});
afterAll(() => stopSuite(suite));

/** The URL once the app has written it (it debounces). */
async function sharedUrl(p: Page, mustContain: string): Promise<string> {
  await p.waitForFunction((s) => decodeURIComponent(location.search).includes(s), mustContain);
  return p.url();
}

async function visibleState(p: Page) {
  return p.evaluate(() => {
    const { graph, sigma } = window.__kg!;
    return graph
      .nodes()
      .filter((n) => sigma!.getNodeDisplayData(n)?.visibility !== "hidden")
      .sort();
  });
}

describe("shareable URL", () => {
  it("encodes selection, filters and time range, and a fresh page restores them", async () => {
    await searchAndSelect(page, "中国人民银行");
    await page.click('[data-testid="legend-item"][data-kind="Person"]');
    await page.fill('[data-testid="date-from"]', "2021-01-01");
    await page.fill('[data-testid="date-to"]', "2021-12-31");
    const url = await sharedUrl(page, "to=2021-12-31");
    expect(decodeURIComponent(url)).toContain(`sel=n:${PBOC}`);
    expect(url).toContain("hide=Person");
    const before = await visibleState(page);

    const { page: other } = await suite.open(url.slice(suite.app.url.length), { minNodes: 30 });
    await other.waitForSelector('[data-testid="inspector"][data-status="ready"]');
    expect(await other.textContent('[data-testid="inspector-title"]')).toContain("中国人民银行");
    expect(await other.getAttribute('[data-testid="legend-item"][data-kind="Person"]', "aria-pressed")).toBe("false");
    expect(await other.inputValue('[data-testid="date-from"]')).toBe("2021-01-01");
    expect(await other.inputValue('[data-testid="date-to"]')).toBe("2021-12-31");
    expect(await visibleState(other)).toEqual(before);
    await screenshot(other, "url-restored", { docs: true });
    await other.context().close();
  });

  it("a neighbourhood view is restored from its URL", async () => {
    await page.click('[data-testid="reset-filters"]');
    await page.click('[data-testid="depth-1"]');
    await page.waitForFunction((id) => window.__kg!.graph.hasNode(id) && window.__kg!.graph.order < 30, PBOC);
    const url = await sharedUrl(page, `around=${PBOC}`);
    const nodes = (await page.evaluate(() => window.__kg!.graph.nodes())).sort();
    const { page: other } = await suite.open(url.slice(suite.app.url.length));
    expect((await other.evaluate(() => window.__kg!.graph.nodes())).sort()).toEqual(nodes);
    await other.context().close();
  });

  it("a canvas built by hand (clear, search, expand) is restored node for node", async () => {
    await page.click('[data-testid="clear-canvas"]');
    await searchAndSelect(page, "内蒙古自治区发展和改革委员会");
    await page.click('[data-testid="expand-button"]');
    await page.waitForFunction(() => window.__kg!.graph.order > 1);
    const nodes = (await page.evaluate(() => window.__kg!.graph.nodes())).sort();
    // wait until the written URL lists every node on the canvas (it is debounced)
    await page.waitForFunction((ids) => {
      const q = new URLSearchParams(location.search).get("nodes") ?? "";
      const listed = q.split("\u001f");
      return ids.every((id) => listed.includes(id));
    }, nodes);
    const url = page.url();
    const { page: other } = await suite.open(url.slice(suite.app.url.length));
    await other.waitForFunction((n) => window.__kg!.graph.order === n, nodes.length);
    expect((await other.evaluate(() => window.__kg!.graph.nodes())).sort()).toEqual(nodes);
    expect(await nodeCount(other)).toBe(nodes.length);
    await other.context().close();
  });

  it("raised no page errors", () => {
    expect(realErrors(problems)).toEqual([]);
  });
});
