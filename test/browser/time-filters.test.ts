/**
 * Time and filters: the time range 2021-09-01…2021-12-31 hides measures dated
 * before it (and keeps the ones inside); kind and relationship-type filters hide
 * what they name; the filtered state is shown and resettable.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { realErrors, screenshot, startSuite, stopSuite, type PageProblems, type Suite } from "./harness.js";

let suite: Suite;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  suite = await startSuite();
  ({ page, problems } = await suite.open("/", { minNodes: 30 }));
});
afterAll(() => stopSuite(suite));

/** Measures on the canvas with their date and whether sigma draws them. */
function measures(p: Page) {
  return p.evaluate(() => {
    const { graph, sigma } = window.__kg!;
    return graph
      .filterNodes((_, a) => a.kind === "Measure")
      .map((id) => ({
        id,
        date: graph.getNodeAttribute(id, "date") as string | null,
        hidden: sigma!.getNodeDisplayData(id)?.visibility === "hidden",
      }));
  });
}

describe("time range", () => {
  it("the seed graph has measures dated before and inside 2021-09-01…2021-12-31", async () => {
    const ms = await measures(page);
    expect(ms.some((m) => m.date && m.date < "2021-09-01")).toBe(true);
    expect(ms.some((m) => m.date && m.date >= "2021-09-01" && m.date <= "2021-12-31")).toBe(true);
    expect(ms.every((m) => !m.hidden)).toBe(true);
  });

  it("setting 2021-09-01…2021-12-31 hides measures dated before it and keeps those inside", async () => {
    await page.fill('[data-testid="date-from"]', "2021-09-01");
    await page.fill('[data-testid="date-to"]', "2021-12-31");
    await page.waitForTimeout(300);
    const ms = await measures(page);
    for (const m of ms) {
      if (m.date && (m.date < "2021-09-01" || m.date > "2021-12-31"))
        expect(m, `${m.id} (${m.date}) should be hidden`).toMatchObject({ hidden: true });
      if (m.date && m.date >= "2021-09-01" && m.date <= "2021-12-31")
        expect(m, `${m.id} (${m.date}) should be visible`).toMatchObject({ hidden: false });
    }
    // dated relationships outside the range are hidden too
    const edges = await page.evaluate(() => {
      const { graph, sigma } = window.__kg!;
      return graph.mapEdges((e, a) => ({
        date: a.date as string | null,
        hidden: sigma!.getEdgeDisplayData(e)?.visibility === "hidden",
      }));
    });
    for (const e of edges) if (e.date && e.date < "2021-09-01") expect(e.hidden).toBe(true);
    // the chronological list marks what is in range; the summary shows the filter
    const items = await page.$$eval('[data-testid="measure-item"]', (els) =>
      els.map((e) => ({ date: e.getAttribute("data-date")!, on: e.getAttribute("data-in-range") === "true" })),
    );
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((i) => i.date)).toEqual([...items.map((i) => i.date)].sort());
    for (const i of items) expect(i.on).toBe(i.date >= "2021-09-01" && i.date <= "2021-12-31");
    expect(await page.textContent('[data-testid="filter-summary"]')).toContain("2021-09-01");
    // each measure says who issued it (question 1: in date order, and who signed each)
    const issued = await page.evaluate(() => {
      const g = window.__kg!.graph;
      return g.filterNodes(
        (n, a) =>
          a.kind === "Measure" && !!a.date && g.inEdges(n).some((e) => g.getEdgeAttribute(e, "kind") === "ISSUED"),
      ).length;
    });
    expect(await page.locator('[data-testid="measure-issuers"]').count()).toBe(issued);
    const visible = Number(await page.getAttribute('[data-testid="node-count"]', "data-visible"));
    const total = Number(await page.getAttribute('[data-testid="node-count"]', "data-count"));
    expect(visible).toBeLessThan(total);
    await screenshot(page, "time-range", { docs: true });
  });

  it("reset shows everything again", async () => {
    await page.click('[data-testid="reset-filters"]');
    const ms = await measures(page);
    expect(ms.every((m) => !m.hidden)).toBe(true);
    expect(await page.$('[data-testid="filter-summary"]')).toBeNull();
  });
});

describe("filters", () => {
  it("hiding a kind in the legend hides its nodes (and only them)", async () => {
    await page.click('[data-testid="legend-item"][data-kind="Agency"]');
    const r = await page.evaluate(() => {
      const { graph, sigma } = window.__kg!;
      const hidden = (n: string) => sigma!.getNodeDisplayData(n)?.visibility === "hidden";
      return {
        agencies: graph.filterNodes((_, a) => a.kind === "Agency").every(hidden),
        others: graph.filterNodes((_, a) => a.kind !== "Agency").some((n) => !hidden(n)),
      };
    });
    expect(r).toEqual({ agencies: true, others: true });
    expect(await page.getAttribute('[data-testid="legend-item"][data-kind="Agency"]', "aria-pressed")).toBe("false");
    await page.click('[data-testid="legend-item"][data-kind="Agency"]');
  });

  it("hiding a relationship type hides those edges", async () => {
    await page.click('[data-testid="rel-filter"][data-type="ISSUED"]');
    const r = await page.evaluate(() => {
      const { graph, sigma } = window.__kg!;
      return graph.mapEdges((e, a) => ({
        kind: a.kind as string,
        hidden: sigma!.getEdgeDisplayData(e)?.visibility === "hidden",
      }));
    });
    expect(r.filter((e) => e.kind === "ISSUED").every((e) => e.hidden)).toBe(true);
    expect(r.filter((e) => e.kind !== "ISSUED").some((e) => !e.hidden)).toBe(true);
    await screenshot(page, "filters");
    await page.click('[data-testid="reset-filters"]');
  });

  it("the province filter keeps the province and what is linked to it", async () => {
    const id = "province:内蒙古自治区";
    await page.selectOption('[data-testid="province-filter"]', id);
    const r = await page.evaluate((p) => {
      const { graph, sigma } = window.__kg!;
      const shown = graph.nodes().filter((n) => sigma!.getNodeDisplayData(n)?.visibility !== "hidden");
      return { shown, neighbours: graph.neighbors(p), total: graph.order };
    }, id);
    expect(r.shown).toContain(id);
    for (const n of r.neighbours) expect(r.shown).toContain(n);
    expect(r.shown.length).toBeLessThan(r.total / 2);
    expect(await page.textContent('[data-testid="filter-summary"]')).toContain("内蒙古自治区");
    await screenshot(page, "province-filter");
    await page.click('[data-testid="reset-filters"]');
  });

  it("raised no page errors", () => {
    expect(realErrors(problems)).toEqual([]);
  });
});
