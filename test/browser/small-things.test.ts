/**
 * Small things: "copy link" copies the view's address; the open article is kept
 * in the URL and a copied link reopens it at its sentence; 002's raw pinyin glosses
 * and markup residue are marked as the source's; test screenshots never rewrite
 * docs/screenshots (only `npm run screenshots` does).
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, screenshot, startSuite, stopSuite, type Suite } from "./harness.js";

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(() => stopSuite(suite));

describe("small things", () => {
  it("a new query's Enter chooses its own hit, not the last query's still shown (marked stale until it answers)", async () => {
    const { page } = await suite.open("/");
    await page.fill('[data-testid="search-input"]', "中国人民银行");
    await page.waitForSelector('[data-testid="search-results"][data-current="true"] [data-testid="search-result"]');
    await page.fill('[data-testid="search-input"]', "国家发展和改革委员会");
    // the first query's hits are still listed, marked as not this query's
    expect(await page.getAttribute('[data-testid="search-results"]', "data-current")).toBe("false");
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="inspector"][data-status="ready"]');
    expect(await page.textContent('[data-testid="inspector-title"]')).toContain("国家发展和改革委员会");
    await page.context().close();
  });
  it("the open article is kept in the URL; the copied link reopens it at its sentence", async () => {
    const { page } = await suite.open("/");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: suite.app.url });
    await page.click('[data-testid="articles-toggle"]');
    await page.fill('[data-testid="text-search-input"]', "史上最严");
    await page.click('[data-testid="text-search-run"]');
    await page.click('[data-testid="text-hit"] >> nth=0 >> button');
    await page.waitForSelector('[data-testid="document-viewer"][data-status="ready"]');
    await page.waitForFunction(() => new URLSearchParams(location.search).has("doc"));
    const sent = await page.evaluate(() => new URLSearchParams(location.search).get("sent"));
    expect(sent).toMatch(/#/);
    await page.click('[data-testid="copy-link"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="copy-link"]')?.getAttribute("data-copied"));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    await page.context().close();

    const other = await suite.open(new URL(copied).pathname + new URL(copied).search);
    await other.page.waitForSelector('[data-testid="document-viewer"][data-status="ready"]');
    expect(await other.page.textContent('[data-testid="highlighted-sentence"]')).toContain("史上最嚴");
    await other.page.context().close();
  });

  it("002's raw glosses and markup residue are marked as the source's", async () => {
    const docsShot = join(ROOT, "docs/screenshots/viewer-002-residue.png");
    const before = existsSync(docsShot) ? statSync(docsShot).mtimeMs : null;
    const { page } = await suite.open("/");
    await page.click('[data-testid="articles-toggle"]');
    await page.click('[data-testid="articles-tab-list"]');
    await page.waitForSelector('[data-testid="document-item"]');
    const ids = await page.$$eval('[data-testid="document-item"]', (els) =>
      els.map((e) => e.getAttribute("data-doc")!),
    );
    const i002 = ids.findIndex((id) => id.includes("002"));
    expect(i002).toBeGreaterThanOrEqual(0);
    await page.click(`[data-testid="document-item"] >> nth=${i002} >> button`);
    await page.waitForSelector('[data-testid="document-viewer"][data-status="ready"]');
    expect(await page.textContent('[data-testid="source-residue"]')).toMatch(/pinyin gloss/);
    await screenshot(page, "viewer-002-residue", { docs: true });
    // a clean article has no such note
    await page.click('[data-testid="document-close"]');
    const clean = ids.findIndex((id) => id.includes("004"));
    await page.click(`[data-testid="document-item"] >> nth=${clean} >> button`);
    await page.waitForSelector('[data-testid="document-viewer"][data-status="ready"]');
    expect(await page.locator('[data-testid="source-residue"]').count()).toBe(0);
    // test runs never write docs/screenshots (only `npm run screenshots` does): the file is as it was
    expect(existsSync(docsShot) ? statSync(docsShot).mtimeMs : null).toBe(before);
    await page.context().close();
  });
});
