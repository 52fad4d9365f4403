/**
 * The path action: select two nodes (inspector "+ Select"), ask for the shortest
 * paths. The national and the Inner Mongolia development and reform commissions
 * are "not connected within N steps"; the central bank and a notice it issued get
 * their path, drawn on the canvas, with the hop's evidence sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { realErrors, screenshot, searchAndSelect, startSuite, stopSuite, type Suite } from "./harness.js";

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(() => stopSuite(suite));

async function pick(page: Page, name: string) {
  await searchAndSelect(page, name);
  await page.click('[data-testid="multi-select-add"]');
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
]) {
  describe(`paths at ${viewport.width}×${viewport.height}`, () => {
    it("国家发展和改革委员会 and 内蒙古自治区发展和改革委员会: not connected within N steps", async () => {
      const { page, problems } = await suite.open("/", { viewport });
      await pick(page, "国家发展和改革委员会");
      await pick(page, "内蒙古自治区发展和改革委员会");
      expect(await page.getAttribute('[data-testid="selection-count"]', "data-count")).toBe("2");
      await page.click('[data-testid="paths-find"]');
      await page.waitForSelector('[data-testid="paths-result"][data-status="done"]');
      const text = await page.textContent('[data-testid="paths-none"]');
      expect(text).toMatch(/not connected within 4 steps/);
      expect(text).toContain("国家发展和改革委员会");
      expect(text).toContain("内蒙古自治区发展和改革委员会");
      await screenshot(page, `paths-none-${viewport.width}`);
      expect(realErrors(problems)).toEqual([]);
      await page.context().close();
    });

    it("two connected nodes: the path with each hop's evidence, drawn on the canvas", async () => {
      const { page } = await suite.open("/", { viewport });
      await pick(page, "中国人民银行");
      await pick(page, "关于防范比特币风险的通知");
      await page.click('[data-testid="paths-find"]');
      await page.waitForSelector('[data-testid="paths-result"][data-status="done"]');
      expect(await page.textContent('[data-testid="paths-summary"]')).toMatch(/shortest path/);
      const hops = await page.locator('[data-testid="path-hop"]').count();
      expect(hops).toBeGreaterThan(0);
      const evidence = await page.locator('[data-testid="path-evidence"]').count();
      expect(evidence).toBeGreaterThanOrEqual(1);
      expect((await page.textContent('[data-testid="path-evidence"] >> nth=0'))!.length).toBeGreaterThan(5);
      // every node of the path is on the canvas
      const onCanvas = await page.evaluate(() => ["agency:中国人民银行"].every((id) => window.__kg!.graph.hasNode(id)));
      expect(onCanvas).toBe(true);
      await screenshot(page, `paths-found-${viewport.width}`);
      // "keep only these" leaves the two selected nodes visible
      await page.click('[data-testid="selection-keep"]');
      await page.waitForTimeout(300);
      const visible = await page.evaluate(() => {
        const { graph, sigma } = window.__kg!;
        return graph.filterNodes((n) => sigma!.getNodeDisplayData(n)?.visibility !== "hidden").length;
      });
      expect(visible).toBe(2);
      await page.context().close();
    });
  });
}
