/**
 * Session files in the browser (issue 12 part 3): save a session, reload the
 * page with storage cleared, open the file, and the same nodes sit at the same
 * positions with the same filters, pins and selection; a session naming nodes
 * this store lacks opens all the same, and lists them as missing.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { realErrors, searchAndSelect, startSuite, stopSuite, waitForGraph, type Suite } from "./harness.js";
import type { SessionFile } from "../../schema/session.js";

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(() => stopSuite(suite));

const PBOC = "agency:中国人民银行";
const GHOST = "agency:不存在的监管机构";

const positions = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(window.__kg!.data.mapNodes((n, a) => [n, [a.x, a.y] as [number, number]])),
  ) as Promise<Record<string, [number, number]>>;

/** The view's filters as the address writes them (the url-state feature mirrors the filters atom). */
const urlFilters = async (page: Page) => {
  await page.waitForTimeout(400);
  const p = new URL(page.url()).searchParams;
  return { hide: p.get("hide"), from: p.get("from"), to: p.get("to") };
};

/** Reload at the bare address with storage cleared: nothing of the old view survives but the file. */
async function freshPage(page: Page) {
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  await page.goto(suite.app.url + "/");
  await waitForGraph(page, 10);
  expect(await urlFilters(page)).toEqual({ hide: null, from: null, to: null });
}

async function openSession(page: Page, file: SessionFile, name = "investigation.kg-session.json") {
  await page.setInputFiles('[data-testid="session-file"]', {
    name,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.waitForSelector('[data-testid="session-notice"][data-status="open"]', { timeout: 20_000 });
}

describe("session files", () => {
  let saved: SessionFile;
  let before: Record<string, [number, number]>;

  it("save, reload with storage cleared, open: same nodes at the same positions, same filters", async () => {
    const { page, problems } = await suite.open("/?hide=Person&from=2017-01-01&to=2021-12-31", { minNodes: 10 });
    await searchAndSelect(page, "中国人民银行");
    await page.click('[data-testid="inspector-actions"] button:has-text("Pin")');
    // move the nodes away from their first layout: positions come from what is drawn
    await page.click('[data-testid="layout-toggle"]');
    await page.waitForTimeout(1500);
    await page.click('[data-testid="layout-toggle"]');
    before = await positions(page);
    expect(Object.keys(before).length).toBeGreaterThan(10);
    const filters = await urlFilters(page);
    expect(filters).toEqual({ hide: "Person", from: "2017-01-01", to: "2021-12-31" });

    const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="session-save"]')]);
    expect(download.suggestedFilename()).toMatch(/\.kg-session\.json$/);
    saved = JSON.parse(readFileSync((await download.path())!, "utf8")) as SessionFile;
    expect(saved.version).toBe(1);
    expect(saved.store?.id).toMatch(/^embedded:/);
    expect(saved.filters).toMatchObject({ hiddenKinds: ["Person"], dateFrom: "2017-01-01", dateTo: "2021-12-31" });
    expect(saved.pinned).toEqual([PBOC]);
    expect(saved.selection).toEqual({ type: "node", id: PBOC });
    expect(saved.graph.nodes.map((n) => n.key).sort()).toEqual(Object.keys(before).sort());

    await freshPage(page);
    // the overview's first layout is not the saved one
    expect(await positions(page)).not.toEqual(before);

    await openSession(page, saved);
    expect(await page.getAttribute('[data-testid="session-notice"]', "data-missing")).toBe("0");
    expect(await positions(page)).toEqual(before);
    expect(await urlFilters(page)).toEqual(filters);
    expect(await page.evaluate((id) => window.__kg!.data.getNodeAttribute(id, "fixed"), PBOC)).toBe(true);
    await page.waitForSelector('[data-testid="inspector"][data-status="ready"]');
    expect(await page.textContent('[data-testid="inspector-title"]')).toContain("中国人民银行");
    // filters act on what is drawn: no Person is visible
    const visiblePeople = await page.evaluate(() => {
      const s = window.__kg!.sigma!;
      return window.__kg!.graph.filterNodes(
        (n, a) => a.kind === "Person" && s.getNodeDisplayData(n)?.visibility !== "hidden",
      ).length;
    });
    expect(visiblePeople).toBe(0);
    expect(realErrors(problems)).toEqual([]);
    await page.context().close();
  });

  it("a session naming nodes this store lacks opens, draws the rest where they were, and lists the missing", async () => {
    expect(saved).toBeDefined();
    const withGhost: SessionFile = {
      ...saved,
      graph: {
        ...saved.graph,
        nodes: [
          ...saved.graph.nodes,
          {
            key: GHOST,
            attributes: { label: "不存在的监管机构", kind: "Agency", name: "不存在的监管机构", x: 1, y: 2 },
          },
        ],
        edges: [
          ...saved.graph.edges,
          { key: `WORKED_WITH:${GHOST}->${PBOC}`, source: GHOST, target: PBOC, attributes: { kind: "WORKED_WITH" } },
        ],
      },
      pinned: [...saved.pinned, GHOST],
    };
    const { page, problems } = await suite.open("/", { minNodes: 10 });
    await openSession(page, withGhost, "with-missing.kg-session.json");
    const notice = page.locator('[data-testid="session-notice"]');
    expect(await notice.getAttribute("data-missing")).toBe("1");
    expect(await page.textContent(`[data-testid="session-missing"] li[data-id="${GHOST}"]`)).toContain(
      "不存在的监管机构",
    );
    expect(await page.evaluate((id) => window.__kg!.data.hasNode(id), GHOST)).toBe(false);
    expect(await positions(page)).toEqual(before);
    expect(realErrors(problems)).toEqual([]);
    await page.context().close();
  });

  it("a file that is not a session is refused with its name and the problem, and the canvas stays", async () => {
    const { page } = await suite.open("/", { minNodes: 10 });
    const order = await page.evaluate(() => window.__kg!.data.order);
    await page.setInputFiles('[data-testid="session-file"]', {
      name: "old.kg-session.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ ...saved, version: 7 })),
    });
    await page.waitForSelector('[data-testid="session-notice"][data-status="error"]');
    expect(await page.textContent('[data-testid="session-notice"]')).toMatch(
      /session old\.kg-session\.json: invalid `version` 7\. Expecting 1\./,
    );
    expect(await page.evaluate(() => window.__kg!.data.order)).toBe(order);
    await page.context().close();
  });
});
