/**
 * The workbench at 1440×900 and 1280×800: the Table/Graph/JSON tabs are visible
 * and clickable; Ctrl+Enter sends exactly one request (counted with
 * page.on('request')) and closes the autocomplete popup; path rows name their
 * nodes; a pinned result stays beside the next one; a saved query with
 * `$province` runs with its parameter and round-trips through an exported file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { ARTIFACTS, realErrors, screenshot, startSuite, stopSuite, type Suite } from "./harness.js";

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(() => stopSuite(suite));

async function setQuery(p: Page, q: string) {
  await p.click('[data-testid="cypher-editor"] .cm-content');
  await p.keyboard.press("Control+A");
  await p.keyboard.press("Delete");
  await p.locator('[data-testid="cypher-editor"] .cm-content').fill(q);
}

async function runs(p: Page) {
  return Number(await p.getAttribute('[data-testid="workbench"]', "data-runs"));
}
async function waitRuns(p: Page, n: number) {
  await p.waitForFunction(
    (k) => Number(document.querySelector('[data-testid="workbench"]')?.getAttribute("data-runs")) >= k,
    n,
  );
}

/** Whether the element's centre is inside the viewport and the topmost element there is the element itself. */
async function clickable(p: Page, selector: string): Promise<boolean> {
  return p.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (r.width < 20 || x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    const top = document.elementFromPoint(x, y);
    const parent = el.parentElement!.getBoundingClientRect();
    // not clipped by its strip
    return !!top && (top === el || el.contains(top)) && r.right <= parent.right + 1;
  });
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
]) {
  describe(`workbench at ${viewport.width}×${viewport.height}`, () => {
    it("tabs fit and switch; Ctrl+Enter sends one request and closes the popup", async () => {
      const { page, problems } = await suite.open("/", { viewport });
      await page.click('[data-testid="cypher-toggle"]');
      const posts: string[] = [];
      page.on("request", (r) => r.url().endsWith("/api/cypher") && r.method() === "POST" && posts.push(r.postData()!));
      // a query being typed, with the autocomplete popup open: Ctrl+Enter sends one request, gets one error, closes the popup
      await setQuery(page, "MATCH (a:Ag");
      await page.keyboard.press("Control+Space");
      await page.waitForSelector(".cm-tooltip-autocomplete", { timeout: 5000 });
      const b0 = await runs(page);
      await page.keyboard.press("Control+Enter");
      await waitRuns(page, b0 + 1);
      await page.waitForTimeout(500);
      expect(posts.length).toBe(1);
      expect(await page.locator('[data-testid="cypher-error"]').count()).toBe(1);
      expect(await page.locator(".cm-tooltip-autocomplete").count()).toBe(0);

      posts.length = 0;
      await setQuery(page, "MATCH (a:Agency)-[r:ISSUED]->(m:Measure) RETURN a, r, m LIMIT 5");
      const before = await runs(page);
      await page.keyboard.press("Control+Enter");
      await waitRuns(page, before + 1);
      await page.waitForTimeout(500);
      expect(posts.length).toBe(1);
      for (const v of ["table", "graph", "json"]) {
        expect(await clickable(page, `[data-testid="cypher-view-${v}"]`)).toBe(true);
        await page.click(`[data-testid="cypher-view-${v}"]`);
        expect(await page.getAttribute(`[data-testid="cypher-view-${v}"]`, "aria-selected")).toBe("true");
      }
      await page.waitForSelector('[data-testid="cypher-json"]');
      await page.click('[data-testid="cypher-view-table"]');
      await screenshot(page, `workbench-tabs-${viewport.width}`);
      expect(realErrors(problems).filter((e) => !/400/.test(e))).toEqual([]);
      await page.context().close();
    });

    it("path rows name their nodes; a pinned frame stays beside the next result", async () => {
      const { page } = await suite.open("/", { viewport });
      await page.click('[data-testid="cypher-toggle"]');
      await setQuery(page, "MATCH p = (a:Agency)-[:ISSUED]->(m:Measure) RETURN p LIMIT 3");
      const b = await runs(page);
      await page.click('[data-testid="cypher-run"]');
      await waitRuns(page, b + 1);
      const path = await page.textContent('[data-testid="cypher-table"] [data-testid="cypher-path"] >> nth=0');
      expect(path).toMatch(/:ISSUED/);
      expect(path).not.toMatch(/path of/);
      // both ends are named (Chinese names, not ids)
      expect(
        await page.locator('[data-testid="cypher-table"] [data-testid="cypher-path"] >> nth=0 >> .node-link').count(),
      ).toBe(2);

      await page.click('[data-testid="cypher-pin"]');
      await setQuery(page, "MATCH (p:Province) RETURN p.name AS province ORDER BY province");
      await page.click('[data-testid="cypher-run"]');
      await waitRuns(page, b + 2);
      expect(await page.locator('[data-testid="cypher-frame"]').count()).toBe(1);
      expect(await page.textContent('[data-testid="cypher-frame"] [data-testid="frame-table"]')).toMatch(/:ISSUED/);
      expect(await page.textContent('[data-testid="cypher-table"]')).toMatch(/内蒙古/);
      // side by side: the pinned frame is to the right of the current one, at the same height
      const cur = (await page.locator('[data-testid="cypher-current"]').boundingBox())!;
      const pin = (await page.locator('[data-testid="cypher-frame"]').boundingBox())!;
      expect(pin.x).toBeGreaterThanOrEqual(cur.x + cur.width - 1);
      expect(Math.abs(pin.y - cur.y)).toBeLessThan(5);
      await screenshot(page, `workbench-frames-${viewport.width}`);
      await page.context().close();
    });
  });
}

describe("saved queries with parameters", () => {
  it("save with $province, run with a value, export the file and import it into a fresh browser", async () => {
    const { page } = await suite.open("/");
    await page.click('[data-testid="cypher-toggle"]');
    await setQuery(
      page,
      "MATCH (m:Measure)-[:APPLIES_TO]->(p:Province) WHERE p.name = $province AND m.date >= $from RETURN m.name AS measure, m.date AS date ORDER BY date",
    );
    await page.fill('[data-testid="cypher-param-province"]', "内蒙古自治区");
    await page.fill('[data-testid="cypher-param-from"]', "2021-01-01");
    const posts: string[] = [];
    page.on("request", (r) => r.url().endsWith("/api/cypher") && posts.push(r.postData()!));
    const b = await runs(page);
    await page.click('[data-testid="cypher-run"]');
    await waitRuns(page, b + 1);
    expect(JSON.parse(posts[0]).params).toEqual({ province: "内蒙古自治区", from: "2021-01-01" });
    const rows = await page.locator('[data-testid="cypher-table"] tbody tr').count();
    expect(rows).toBeGreaterThan(0);

    await page.fill('[data-testid="cypher-save-name"]', "Provincial measures since");
    await page.click('[data-testid="cypher-save"]');
    expect(await page.textContent('[data-testid="cypher-saved"]')).toMatch(/Provincial measures since/);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click('[data-testid="cypher-saved-export"]'),
    ]);
    const file = join(ARTIFACTS, "saved-queries.json");
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, "utf8"));
    expect(saved.queries[0]).toMatchObject({
      name: "Provincial measures since",
      params: { province: "内蒙古自治区", from: "2021-01-01" },
    });
    await page.context().close();

    // a colleague's browser (fresh storage) imports the file and runs the query with its parameters
    const other = await suite.open("/");
    await other.page.click('[data-testid="cypher-toggle"]');
    expect(await other.page.locator('[data-testid="cypher-saved-item"]').count()).toBe(0);
    await other.page.setInputFiles('[data-testid="cypher-saved-file"]', file);
    await other.page.click('[data-testid="cypher-saved-item"]:has-text("Provincial measures since")');
    expect(await other.page.inputValue('[data-testid="cypher-param-province"]')).toBe("内蒙古自治区");
    const b2 = await runs(other.page);
    await other.page.click('[data-testid="cypher-run"]');
    await waitRuns(other.page, b2 + 1);
    expect(await other.page.locator('[data-testid="cypher-table"] tbody tr').count()).toBe(rows);
    // a broken file is refused with a message naming it
    const bad = join(ARTIFACTS, "not-saved-queries.json");
    writeFileSync(bad, '{"hello": 1}');
    await other.page.setInputFiles('[data-testid="cypher-saved-file"]', bad);
    await other.page.waitForFunction(() =>
      /not-saved-queries\.json/.test(document.querySelector('[data-testid="cypher-saved-message"]')?.textContent ?? ""),
    );
    await other.page.context().close();
  });
});
