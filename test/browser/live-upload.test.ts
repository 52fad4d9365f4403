/**
 * The explorer learns of new articles without a reload. With `kg serve`
 * running, `kg ingest <new article>` (through the server) makes the page show
 * "N new entities, M new relationships — show them"; showing them puts the
 * new entities on the canvas, on the same page (no reload), and a pinned node
 * stays pinned where it was. Articles added in the explorer ("Add articles")
 * show each file's outcome, a binary file rejected with its reason.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  ROOT,
  apiGet,
  realErrors,
  screenshot,
  searchAndSelect,
  startSuite,
  stopSuite,
  type PageProblems,
  type Suite,
} from "./harness.js";

const PINNED = "agency:中国人民银行";
let suite: Suite;
let page: Page;
let problems: PageProblems;

/** The id of the first search hit whose name contains `text`. */
async function idOf(text: string): Promise<string | undefined> {
  const r = await apiGet<{ hits: Array<{ id: string; name: string }> }>(
    suite.app,
    `/api/search?q=${encodeURIComponent(text)}`,
  );
  return r.hits.find((h) => h.name.includes(text))?.id;
}

const attrs = (id: string) =>
  page.evaluate((n) => {
    const g = window.__kg!.graph;
    return g.hasNode(n)
      ? { x: g.getNodeAttribute(n, "x"), y: g.getNodeAttribute(n, "y"), fixed: !!g.getNodeAttribute(n, "fixed") }
      : null;
  }, id);

beforeAll(async () => {
  suite = await startSuite();
  ({ page, problems } = await suite.open("/"));
}, 300_000);
afterAll(() => stopSuite(suite));

describe("live updates", () => {
  it("kg ingest while the page is open: the notice, then the new entities on the canvas, same page, pin kept", async () => {
    // pin a node from the inspector
    await searchAndSelect(page, "中国人民银行");
    await page.click('[data-testid="inspector"] button:text-is("Pin")');
    await page.waitForFunction((n) => !!window.__kg?.graph.getNodeAttribute(n, "fixed"), PINNED);
    const before = await attrs(PINNED);
    expect(before?.fixed).toBe(true);
    // a mark that a reload would wipe
    await page.evaluate(() => ((window as unknown as { __samePage: string }).__samePage = "yes"));
    expect(await idOf("雅安")).toBeUndefined();
    const order = await page.evaluate(() => window.__kg!.graph.order);

    const r = spawnSync(
      process.execPath,
      [
        join(ROOT, "node_modules/tsx/dist/cli.mjs"),
        "cli/main.ts",
        "ingest",
        "test/fixtures/articles/sichuan_shutdown.txt",
      ],
      {
        cwd: ROOT,
        env: { ...process.env, KG_DATA_DIR: suite.app.dataDir!, GRAPH_STORE: "embedded" },
        encoding: "utf8",
        timeout: 180_000,
      },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/through `kg serve`/);

    await page.waitForSelector('[data-testid="live-notice"]', { timeout: 20_000 });
    const text = await page.textContent('[data-testid="live-notice"]');
    expect(text).toMatch(/[1-9]\d* new entit(y|ies), \d+ new relationships? — show them/);
    const yaan = await idOf("雅安");
    expect(yaan).toBeDefined();
    expect(await attrs(yaan!)).toBeNull();

    await page.click('[data-testid="live-show"]');
    await page.waitForFunction((n) => window.__kg!.graph.hasNode(n), yaan!, { timeout: 20_000 });
    expect(await page.evaluate(() => window.__kg!.graph.order)).toBeGreaterThan(order);
    expect(await page.$('[data-testid="live-notice"]')).toBeNull();
    // the same page, and the pinned node where it was, still pinned
    expect(await page.evaluate(() => (window as unknown as { __samePage?: string }).__samePage)).toBe("yes");
    await page.waitForTimeout(1500);
    const after = await attrs(PINNED);
    expect(after).toEqual(before);
    await screenshot(page, "live-new-entities");
  }, 300_000);
});

describe("Add articles", () => {
  it("uploads an article and a binary file: the article loaded, the binary file rejected with its reason", async () => {
    await page.click('[data-testid="add-articles"]');
    await page.waitForSelector('[data-testid="drop-zone"]');
    const binary = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0, 0, 0xff, 0xfe, 0, 1]);
    await page.setInputFiles('[data-testid="upload-input"]', [
      {
        name: "official_disciplined.txt",
        mimeType: "text/plain",
        buffer: readFileSync(join(ROOT, "test/fixtures/articles/official_disciplined.txt")),
      },
      { name: "export.txt", mimeType: "text/plain", buffer: binary },
      { name: "scan.pdf", mimeType: "application/pdf", buffer: binary },
    ]);
    const file = (name: string) => `[data-testid="upload-file"][data-name="${name}"]`;
    await page.waitForSelector(`${file("official_disciplined.txt")}[data-state="loaded"]`, { timeout: 120_000 });
    await page.waitForSelector(`${file("export.txt")}[data-state="rejected"]`);
    expect(await page.textContent(`${file("export.txt")} [data-testid="upload-reason"]`)).toMatch(/binary file/);
    expect(await page.textContent(`${file("scan.pdf")} [data-testid="upload-reason"]`)).toMatch(/PDF is not read/);
    expect(await page.getAttribute('[data-testid="upload-progress"]', "value")).toBe("3");
    // the server has the article, and the page hears of it
    expect(await idOf("鄂尔多斯")).toBeDefined();
    await page.waitForSelector('[data-testid="live-notice"]', { timeout: 20_000 });
    await screenshot(page, "upload-panel");

    // the drop zone takes dropped files the same way
    const dropped = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])], "memo.docx"));
      return dt;
    });
    await page.dispatchEvent('[data-testid="drop-zone"]', "drop", { dataTransfer: dropped });
    await page.waitForSelector(`${file("memo.docx")}[data-state="rejected"]`, { timeout: 60_000 });
    expect(await page.textContent(`${file("memo.docx")} [data-testid="upload-reason"]`)).toMatch(
      /word-processor document is not read/,
    );
    expect(realErrors(problems).filter((e) => !/40\d|Failed to load resource/.test(e))).toEqual([]);
  }, 300_000);
});
