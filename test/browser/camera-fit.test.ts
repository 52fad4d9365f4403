/**
 * Every change of the visible graph fits the camera: a depth-2 neighbourhood
 * after zooming in, a province filter, a Cypher result added to the canvas.
 * Small result sets carry every label. At 1440×900 and 1280×800.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { realErrors, screenshot, searchAndSelect, startSuite, stopSuite, type Suite } from "./harness.js";
import { placement } from "./views.js";

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(() => stopSuite(suite));

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
]) {
  describe(`camera fit at ${viewport.width}×${viewport.height}`, () => {
    it("after a depth-2 neighbourhood every node is inside the canvas", async () => {
      const { page, problems } = await suite.open("/", { viewport });
      await searchAndSelect(page, "中国人民银行");
      // zoom far in first: the old behaviour kept this camera and left most of the neighbourhood off-screen
      await page.evaluate(() => window.__kg!.sigma!.getCamera().setState({ x: 0.9, y: 0.9, ratio: 0.1 }));
      const before = await page.evaluate(() => window.__kg!.graph.order);
      await page.click('[data-testid="depth-2"]');
      await page.waitForFunction((n) => window.__kg!.graph.order !== n, before, { timeout: 20_000 });
      const p = await placement(page);
      expect(p.visible).toBeGreaterThan(3);
      expect(p.outside).toEqual([]);
      // with the selection cleared (it dims what is not next to it), a small set shows every label
      await page.keyboard.press("Escape");
      const q = await placement(page);
      expect(q.visible).toBeLessThanOrEqual(40);
      expect(q.labelled).toBe(q.visible);
      await screenshot(page, `camera-depth2-${viewport.width}`);
      expect(realErrors(problems)).toEqual([]);
      await page.context().close();
    });

    it("after a province filter the few nodes left are framed and labelled", async () => {
      const { page } = await suite.open("/", { viewport });
      await page.evaluate(() => window.__kg!.sigma!.getCamera().setState({ x: 0.1, y: 0.1, ratio: 0.2 }));
      await page.selectOption('[data-testid="province-filter"]', "province:内蒙古自治区");
      const p = await placement(page);
      expect(p.visible).toBeGreaterThan(1);
      expect(p.visible).toBeLessThan(await page.evaluate(() => window.__kg!.graph.order));
      expect(p.outside).toEqual([]);
      expect(p.labelled).toBe(p.visible);
      // and the nodes are spread over the canvas, not in a corner: their bounding box covers a good part of it
      const spread = await page.evaluate(() => {
        const sigma = window.__kg!.sigma!;
        const xs: number[] = [];
        const ys: number[] = [];
        window.__kg!.graph.forEachNode((id) => {
          const d = sigma.getNodeDisplayData(id) as unknown as { x: number; y: number; visibility?: string };
          if (!d || d.visibility === "hidden") return;
          const v = sigma.framedGraphToViewport(d);
          xs.push(v.x);
          ys.push(v.y);
        });
        const { width, height } = sigma.getDimensions();
        return Math.max((Math.max(...xs) - Math.min(...xs)) / width, (Math.max(...ys) - Math.min(...ys)) / height);
      });
      expect(spread).toBeGreaterThan(0.4);
      await screenshot(page, `camera-province-${viewport.width}`);
      await page.context().close();
    });
  });
}
