/**
 * Text search over the articles in the explorer: a phrase from a seed sentence
 * (typed in Simplified, the article is Traditional) finds that sentence with its
 * snippet and the match marked, and opens the article at it; the article list
 * shows every article with outlet, date and entity count and opens the viewer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { realErrors, screenshot, startSuite, stopSuite, type Suite } from "./harness.js";

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(() => stopSuite(suite));

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
]) {
  describe(`articles at ${viewport.width}×${viewport.height}`, () => {
    it("a phrase from a seed sentence finds it, with its snippet, and opens the article at it", async () => {
      const { page, problems } = await suite.open("/", { viewport });
      await page.click('[data-testid="articles-toggle"]');
      await page.fill('[data-testid="text-search-input"]', "史上最严");
      await page.click('[data-testid="text-search-run"]');
      await page.waitForSelector('[data-testid="text-hit"]');
      const snippet = await page.textContent('[data-testid="text-hit-snippet"] >> nth=0');
      expect(snippet).toContain("史上最嚴");
      expect(await page.textContent('[data-testid="text-hit-snippet"] >> nth=0 >> mark')).toBe("史上最嚴");
      const sentenceId = await page.getAttribute('[data-testid="text-hit"] >> nth=0', "data-sentence");
      expect(sentenceId).toMatch(/#/);
      await screenshot(page, `text-search-${viewport.width}`);
      await page.click('[data-testid="text-hit"] >> nth=0 >> button');
      await page.waitForSelector('[data-testid="document-viewer"][data-status="ready"]');
      const highlighted = await page.textContent('[data-testid="highlighted-sentence"]');
      expect(highlighted).toContain("史上最嚴");
      expect(await page.isVisible('[data-testid="highlighted-sentence"]')).toBe(true);
      await screenshot(page, `text-search-opened-${viewport.width}`);
      expect(realErrors(problems)).toEqual([]);
      await page.context().close();
    });

    it("the article list shows title, outlet, date and entity count, and opens the viewer", async () => {
      const { page } = await suite.open("/", { viewport });
      await page.click('[data-testid="articles-toggle"]');
      await page.click('[data-testid="articles-tab-list"]');
      await page.waitForSelector('[data-testid="document-item"]');
      expect(await page.locator('[data-testid="document-item"]').count()).toBe(5);
      const cells = await page.$$eval('[data-testid="document-item"] >> nth=0 >> td', (tds) =>
        tds.map((t) => t.textContent ?? ""),
      );
      expect(Number(cells[3])).toBeGreaterThan(0);
      await page.click('[data-testid="document-item"] >> nth=0 >> button');
      await page.waitForSelector('[data-testid="document-viewer"][data-status="ready"]');
      await page.context().close();
    });
  });
}
