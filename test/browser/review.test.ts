/**
 * Entity review in the inspector, in Chromium against the built app and a real server on the seeds (a writable
 * store, as the server that owns the store holds it): "Merge with…" finds 火币大学 by search and merges it into 火币
 * (the inspector then shows its name among 火币's aliases, and it leaves the search); "Split alias" moves 发改委 off
 * the national NDRC.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Server } from "node:http";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { ROOT, ensureBuilt, launchBrowser, newPage, realErrors, screenshot, searchAndSelect } from "./harness.js";
import { seededStore, type SeededStore } from "../helpers/seeded-store.js";
import { startServer } from "../../server/http.js";
import { reviewService } from "../../cli/commands/review.js";

let seeded: SeededStore;
let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  seeded = await seededStore();
  server = await startServer(seeded.store, 0, "127.0.0.1", {
    webDir: join(ROOT, "dist", "web"),
    review: reviewService(seeded.store, seeded.dataDir),
  });
  const addr = server.address();
  if (!addr || typeof addr !== "object") throw new Error("server did not bind");
  url = `http://127.0.0.1:${addr.port}/`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  await seeded?.cleanup();
});

const aliasesShown = (page: Page) =>
  page.$$eval('[data-testid="review-aliases"] li span[lang="zh"]', (els) => els.map((e) => e.textContent ?? ""));

describe("entity review in the inspector", () => {
  it("Merge with… merges a company found by search; Split alias splits an agency's alias", async () => {
    const { page, problems } = await newPage(browser, url);
    await searchAndSelect(page, "火币");
    await page.waitForSelector('[data-testid="review-panel"]');
    expect(await aliasesShown(page)).not.toContain("火币大学");
    await page.click('[data-testid="review-panel"] >> text=Merge with…');
    await page.fill('[aria-label="Entity to merge into this one"]', "火币大学");
    await page.waitForSelector('[data-testid="review-hits"] button');
    await page.click('[data-testid="review-hits"] button >> nth=0');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid="review-aliases"] li span[lang="zh"]')].some(
          (e) => e.textContent === "火币大学",
        ),
      undefined,
      { timeout: 30_000 },
    );
    await screenshot(page, "review-merge");
    const search = (await (await fetch(`${url}api/search?q=${encodeURIComponent("火币大学")}`)).json()) as {
      hits: Array<{ id: string }>;
    };
    expect(search.hits.map((h) => h.id)).not.toContain("company:火币大学");
    expect(search.hits[0]?.id).toBe("company:火币");

    await searchAndSelect(page, "国家发展和改革委员会");
    await page.waitForSelector('[data-testid="review-aliases"]');
    expect(await aliasesShown(page)).toContain("发改委");
    await page.click('[aria-label="Split alias 发改委"]');
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll('[data-testid="review-aliases"] li span[lang="zh"]')].some(
          (e) => e.textContent === "发改委",
        ),
      undefined,
      { timeout: 30_000 },
    );
    const node = await fetch(`${url}api/nodes/${encodeURIComponent("agency:发改委")}`);
    expect(node.status).toBe(200);
    expect(realErrors(problems)).toEqual([]);
  });
});
