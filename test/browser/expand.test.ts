/**
 * Exploration: from an empty canvas, search adds one node; expanding it adds
 * the API's neighbours up to the cap; "show more (N left)" pages through the
 * rest without repeating; undo and redo replay the steps; double-click expands.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  apiGet,
  nodeCount,
  realErrors,
  screenshot,
  searchAndSelect,
  startSuite,
  stopSuite,
  type PageProblems,
  type Suite,
} from "./harness.js";

const ID = "agency:中国人民银行";
const CAP = 3;

let suite: Suite;
let page: Page;
let problems: PageProblems;
let total: number;
let allNeighbours: string[];

beforeAll(async () => {
  suite = await startSuite();
  ({ page, problems } = await suite.open(`/?expandLimit=${CAP}`));
  const res = await apiGet<{ total: number; neighbours: Array<{ id: string }> }>(
    suite.app,
    `/api/nodes/${encodeURIComponent(ID)}?limit=1000`,
  );
  total = res.total;
  allNeighbours = res.neighbours.map((n) => n.id);
});
afterAll(() => stopSuite(suite));

describe("expand", () => {
  it("the central bank has more neighbours than the cap (so paging is exercised)", () => {
    expect(total).toBeGreaterThan(CAP);
    expect(allNeighbours.length).toBe(total);
  });

  it("clear, then search adds the node alone", async () => {
    await page.click('[data-testid="clear-canvas"]');
    expect(await nodeCount(page)).toBe(0);
    await searchAndSelect(page, "中国人民银行");
    expect(await nodeCount(page)).toBe(1);
    expect(await page.textContent('[data-testid="expand-button"]')).toContain(`Expand (${total})`);
  });

  it(`expand adds min(total, ${CAP}) neighbours, then "show more (N left)" pages without repeats`, async () => {
    await page.click('[data-testid="expand-button"]');
    await page.waitForFunction((n) => window.__kg!.graph.order === n, 1 + Math.min(total, CAP));
    let shown = Math.min(total, CAP);
    while (shown < total) {
      const left = total - shown;
      expect(await page.textContent('[data-testid="show-more"]')).toContain(`Show more (${left} left)`);
      await page.click('[data-testid="show-more"]');
      shown = Math.min(total, shown + CAP);
      await page.waitForFunction((n) => window.__kg!.graph.order === n, 1 + shown);
    }
    expect(await page.textContent('[data-testid="show-more"]')).toContain("(0 left)");
    expect(await page.isDisabled('[data-testid="show-more"]')).toBe(true);
    // exactly the API's neighbours, each once
    const onCanvas = await page.evaluate((id) => window.__kg!.graph.neighbors(id).sort(), ID);
    expect(onCanvas).toEqual([...allNeighbours].sort());
    await screenshot(page, "expand", { docs: true });
  });

  it("collapse removes the leaves the expansion brought; undo restores them", async () => {
    const before = await nodeCount(page);
    await page.click('[data-testid="collapse-button"]');
    const after = await nodeCount(page);
    expect(after).toBeLessThan(before);
    await page.keyboard.press("Control+z");
    expect(await nodeCount(page)).toBe(before);
  });

  it("undo removes the last page, redo brings it back", async () => {
    const before = await nodeCount(page);
    await page.click('[data-testid="undo"]');
    const afterUndo = await nodeCount(page);
    expect(afterUndo).toBeLessThan(before);
    expect(before - afterUndo).toBeLessThanOrEqual(CAP);
    await page.keyboard.press("Control+Shift+Z");
    expect(await nodeCount(page)).toBe(before);
  });

  it("double-clicking a node expands it", async () => {
    // a neighbour that has neighbours of its own not yet on the canvas
    const target = await page.evaluate(() => {
      const g = window.__kg!.graph;
      return g.nodes().find((n) => n !== "agency:中国人民银行" && g.degree(n) === 1) ?? null;
    });
    expect(target).not.toBeNull();
    const res = await apiGet<{ total: number; neighbours: Array<{ id: string }> }>(
      suite.app,
      `/api/nodes/${encodeURIComponent(target!)}?limit=${CAP}`,
    );
    const before = await nodeCount(page);
    const known = await page.evaluate(
      (ids) => ids.filter((i) => window.__kg!.graph.hasNode(i)).length,
      res.neighbours.map((n) => n.id),
    );
    const pos = await page.evaluate((id) => {
      const s = window.__kg!.sigma!;
      const p = s.framedGraphToViewport(s.getNodeDisplayData(id)!);
      const r = s.getContainer().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }, target!);
    await page.mouse.dblclick(pos.x, pos.y);
    await page.waitForFunction((n) => window.__kg!.graph.order === n, before + res.neighbours.length - known, {
      timeout: 10_000,
    });
    expect(await nodeCount(page)).toBe(before + res.neighbours.length - known);
  });

  it("hide, pin and remove a node; undo brings a removed node back", async () => {
    await searchAndSelect(page, "周小川");
    const id = await page.evaluate(() => window.__kg!.graph.findNode((_, a) => a.label === "周小川")!);
    const hidden = () => page.evaluate((n) => window.__kg!.sigma!.getNodeDisplayData(n)?.visibility === "hidden", id);
    await page.click('[data-testid="inspector"] button:has-text("Pin")');
    expect(await page.evaluate((n) => window.__kg!.graph.getNodeAttribute(n, "fixed"), id)).toBe(true);
    expect(await page.textContent('[data-testid="inspector-actions"]')).toContain("Unpin");
    await page.click('[data-testid="inspector"] button:has-text("Hide")');
    expect(await hidden()).toBe(true);
    expect(await page.textContent('[data-testid="filter-summary"]')).toContain("1 node hidden by hand");
    await page.click('[data-testid="reset-filters"]');
    expect(await hidden()).toBe(false);
    const before = await nodeCount(page);
    await searchAndSelect(page, "周小川");
    await page.click('[data-testid="inspector"] button:has-text("Remove")');
    expect(await nodeCount(page)).toBe(before - 1);
    await page.keyboard.press("Control+z");
    expect(await nodeCount(page)).toBe(before);
  });

  it("dragging a node moves it and pins it", async () => {
    await page.click('[data-testid="fit-button"]');
    await page.waitForTimeout(700); // let the camera animation end
    // the node under the pointer is the one sigma drags: record it from sigma's own event
    await page.evaluate(() => {
      const w = window as unknown as { dragged: string[] };
      w.dragged = [];
      window.__kg!.sigma!.on("nodeDragEnd", ({ node }) => w.dragged.push(node));
    });
    const id = await page.evaluate(() => window.__kg!.graph.findNode((_, a) => a.label === "中国人民银行")!);
    const a = await page.evaluate((n) => {
      const s = window.__kg!.sigma!;
      const p = s.framedGraphToViewport(s.getNodeDisplayData(n)!);
      const r = s.getContainer().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }, id);
    const before = await page.evaluate(() =>
      Object.fromEntries(window.__kg!.graph.mapNodes((n, at) => [n, [at.x, at.y]])),
    );
    await page.mouse.move(a.x, a.y);
    await page.waitForTimeout(200); // sigma resolves hover/picking asynchronously
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) {
      await page.mouse.move(a.x + i * 8, a.y + i * 5);
      await page.waitForTimeout(20);
    }
    await page.mouse.up();
    const dragged = await page.evaluate(() => (window as unknown as { dragged: string[] }).dragged);
    expect(dragged.length).toBe(1);
    const node = dragged[0];
    const after = await page.evaluate((n) => {
      const g = window.__kg!.graph;
      const s = window.__kg!.sigma!;
      const p = s.framedGraphToViewport(s.getNodeDisplayData(n)!);
      const r = s.getContainer().getBoundingClientRect();
      return {
        xy: [g.getNodeAttribute(n, "x"), g.getNodeAttribute(n, "y")],
        fixed: g.getNodeAttribute(n, "fixed"),
        screen: { x: r.left + p.x, y: r.top + p.y },
      };
    }, node);
    expect(after.xy).not.toEqual(before[node]);
    expect(after.fixed).toBe(true);
    // it followed the pointer (moved by ~(80, 50) px on screen)
    expect(Math.hypot(after.screen.x - a.x, after.screen.y - a.y)).toBeGreaterThan(60);
  });

  it("raised no page errors", () => {
    expect(realErrors(problems)).toEqual([]);
  });
});

describe("expansion respects the legend", () => {
  it("with Official hidden, expanding the central bank fetches no officials, and pages only the rest", async () => {
    const opened = await suite.open(`/?expandLimit=${CAP}`);
    const p = opened.page;
    const kinds = await apiGet<{ neighbours: Array<{ id: string; label: string }> }>(
      suite.app,
      `/api/nodes/${encodeURIComponent(ID)}?limit=1000`,
    );
    const officials = kinds.neighbours.filter((n) => n.label === "Official").map((n) => n.id);
    const others = kinds.neighbours.filter((n) => n.label !== "Official").map((n) => n.id);
    expect(officials.length).toBeGreaterThan(0);
    await p.click('[data-testid="legend-item"][data-kind="Official"]');
    await p.click('[data-testid="clear-canvas"]');
    await searchAndSelect(p, "中国人民银行");
    await p.click('[data-testid="expand-button"]');
    await p.waitForFunction((n) => window.__kg!.graph.order === n, 1 + Math.min(others.length, CAP));
    while ((await p.textContent('[data-testid="show-more"]'))?.match(/\(([1-9]\d*) left\)/)) {
      const order = await nodeCount(p);
      await p.click('[data-testid="show-more"]');
      await p.waitForFunction((n) => window.__kg!.graph.order > n, order);
    }
    const onCanvas = await p.evaluate((id) => window.__kg!.graph.neighbors(id).sort(), ID);
    expect(onCanvas).toEqual([...others].sort());
    for (const o of officials) expect(onCanvas).not.toContain(o);
    expect(realErrors(opened.problems)).toEqual([]);
  });
});
