/**
 * Focused views at 1440×900: edges coloured by relationship type (one table,
 * REL_COLORS) with captions once zoomed in, and the legend listing the types with
 * their colours; edges picked from beside the line (wider picking) with a hover
 * highlight, the click opening the edge's evidence; "only" and "Show all" in the
 * legend; shift+drag box selection, and bulk hide / keep only / expand each undone
 * by one Ctrl+Z; a text search's words marked exactly in the snippet and in the
 * article (Simplified or Traditional query); toolbar icons drawn, not emoji.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { readCsv } from "../helpers/csv.js";
import { REL_COLORS, relCaption } from "../../schema/index.js";
import {
  exportDownloads,
  realErrors,
  screenshot,
  searchAndSelect,
  startSuite,
  stopSuite,
  type Suite,
} from "./harness.js";
import { cameraAtRest } from "./views.js";

const VIEWPORT = { width: 1440, height: 900 };
let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(() => stopSuite(suite));

/** Wait for the camera to rest (edge picking is suspended while it moves). */
async function settled(page: Page) {
  await cameraAtRest(page);
  await page.waitForFunction(() => window.__kg?.sigma?.getSetting("enableEdgeEvents") === true);
  await page.waitForTimeout(250);
}

/** Nodes the reducers draw (not hidden). */
function visibleNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { graph, sigma } = window.__kg!;
    return graph.filterNodes((n) => sigma!.getNodeDisplayData(n)?.visibility !== "hidden");
  });
}

describe("edges by relationship type", () => {
  it("every edge is drawn in its type's colour; captions appear zoomed in; the legend lists the types with those colours", async () => {
    const { page, problems } = await suite.open("/", { viewport: VIEWPORT, minNodes: 30 });
    await settled(page);
    const drawn = await page.evaluate(() => {
      const { graph, sigma } = window.__kg!;
      return graph.mapEdges((e, a) => ({ kind: a.kind as string, color: sigma!.getEdgeDisplayData(e)?.color }));
    });
    expect(drawn.length).toBeGreaterThan(20);
    for (const d of drawn) expect(d.color).toBe(REL_COLORS[d.kind as keyof typeof REL_COLORS]);
    const kinds = [...new Set(drawn.map((d) => d.kind))].sort();
    expect(kinds.length).toBeGreaterThan(3);
    expect(new Set(kinds.map((k) => REL_COLORS[k as keyof typeof REL_COLORS])).size).toBe(kinds.length);

    // the legend: one row per relationship type on the canvas, its swatch in the type's colour
    const rows = await page.$$eval('[data-testid="legend-rel"]', (els) =>
      els.map((el) => ({
        type: el.getAttribute("data-type"),
        color: el.querySelector(".swatch")?.getAttribute("data-color"),
        bg: getComputedStyle(el.querySelector(".swatch")!).backgroundColor,
        text: el.textContent,
      })),
    );
    expect(rows.map((r) => r.type).sort()).toEqual(kinds);
    for (const r of rows) {
      expect(r.color).toBe(REL_COLORS[r.type as keyof typeof REL_COLORS]);
      expect(r.bg).not.toBe("rgba(0, 0, 0, 0)");
      expect(r.text).toContain(relCaption(r.type!));
    }

    // the overview (110 nodes) at rest: no caption on every edge
    expect(await page.evaluate(() => window.__kg!.sigma!.getEdgeDisplayedLabels().size)).toBe(0);
    // zoomed in around the biggest hub: captions (the relationship type) on the edges drawn there
    const hub = await page.evaluate(() => {
      const { graph, sigma } = window.__kg!;
      const h = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0];
      const d = sigma!.getNodeDisplayData(h)!;
      void sigma!.getCamera().animate({ x: d.x, y: d.y, ratio: 0.3 }, { duration: 50 });
      return h;
    });
    await settled(page);
    const captions = await page.evaluate(() => {
      const { graph, sigma } = window.__kg!;
      return [...sigma!.getEdgeDisplayedLabels()].map((e) => ({
        kind: graph.getEdgeAttribute(e, "kind") as string,
        label: sigma!.getEdgeDisplayData(e)?.label,
      }));
    });
    expect(captions.length).toBeGreaterThan(0);
    for (const c of captions) expect(c.label).toBe(relCaption(c.kind));
    expect(hub).toBeTruthy();
    await screenshot(page, "edge-captions");
    expect(realErrors(problems)).toEqual([]);
    await page.context().close();
  });

  it("an edge is hovered and clicked 6 px beside its line (wider picking): highlighted, then its evidence in the inspector", async () => {
    const { page, problems } = await suite.open("/", { viewport: VIEWPORT, minNodes: 30 });
    await settled(page);
    const OFFSET = 6; // pixels beside the line: out of reach with sigma's default picking padding (4: under 3 px)
    // the edge with evidence whose offset midpoint is farthest from every other node and edge
    const target = await page.evaluate((off) => {
      const { graph, sigma } = window.__kg!;
      const r = sigma!.getContainer().getBoundingClientRect();
      const vp = (n: string) => sigma!.framedGraphToViewport(sigma!.getNodeDisplayData(n)!);
      const segDist = (p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }) => {
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
        return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
      };
      let best: { edge: string; x: number; y: number; clear: number } | null = null;
      graph.forEachEdge((e, a, s, t) => {
        if (!(a.properties.evidence as string[] | null)?.length) return;
        const p = vp(s);
        const q = vp(t);
        const len = Math.hypot(q.x - p.x, q.y - p.y);
        if (len < 80) return;
        const m = { x: (p.x + q.x) / 2 + (-(q.y - p.y) / len) * off, y: (p.y + q.y) / 2 + ((q.x - p.x) / len) * off };
        if (m.x < 20 || m.y < 60 || m.x > r.width - 20 || m.y > r.height - 60) return;
        let clear = Infinity;
        graph.forEachNode((n) => (clear = Math.min(clear, Math.hypot(vp(n).x - m.x, vp(n).y - m.y) - 15)));
        graph.forEachEdge((f, _a, fs, ft) => {
          if (f !== e) clear = Math.min(clear, segDist(m, vp(fs), vp(ft)));
        });
        if (!best || clear > best.clear) best = { edge: e, x: r.left + m.x, y: r.top + m.y, clear };
      });
      return best as { edge: string; x: number; y: number; clear: number } | null;
    }, OFFSET);
    expect(target).not.toBeNull();
    expect(target!.clear).toBeGreaterThan(12);
    const size = () =>
      page.evaluate((e) => window.__kg!.sigma!.getEdgeDisplayData(e)?.size ?? 0, target!.edge) as Promise<number>;
    const before = await size();
    // sigma resolves what is under the pointer from its picking buffer on pointer moves: move there, then jiggle
    await page.mouse.move(5, 5);
    await page.mouse.move(target!.x, target!.y, { steps: 3 });
    for (let i = 0; i < 10 && (await size()) < 3; i++) {
      await page.waitForTimeout(300);
      await page.mouse.move(target!.x + (i % 2 ? 0.5 : -0.5), target!.y, { steps: 2 });
    }
    expect(await size()).toBeGreaterThan(before);
    // the hovered edge shows its caption
    expect(await page.evaluate((e) => window.__kg!.sigma!.getEdgeDisplayData(e)?.labelVisibility, target!.edge)).toBe(
      "visible",
    );
    await screenshot(page, "edge-hover");
    await page.mouse.click(target!.x, target!.y);
    await page.waitForSelector('[data-testid="inspector"][data-status="ready"]');
    const kind = await page.evaluate((e) => window.__kg!.graph.getEdgeAttribute(e, "kind"), target!.edge);
    expect(await page.textContent('[data-testid="inspector"] .kind-badge')).toBe(kind);
    const evidence = await page.evaluate(
      (e) => window.__kg!.graph.getEdgeAttribute(e, "properties").evidence as string[],
      target!.edge,
    );
    const sid = await page.getAttribute('[data-testid="evidence-item"] >> nth=0', "data-sentence-id");
    expect(evidence).toContain(sid);
    expect(realErrors(problems)).toEqual([]);
    await page.context().close();
  });
});

describe("the legend focuses in one click", () => {
  it("'only' on a kind, then on a relationship type; 'Show all' undoes both", async () => {
    const { page, problems } = await suite.open("/", { viewport: VIEWPORT, minNodes: 30 });
    const all = (await visibleNodes(page)).length;
    await page.click('[data-testid="legend-item-only"][data-kind="Agency"]');
    await page.waitForTimeout(200);
    const agencies = await page.evaluate(() => {
      const { graph, sigma } = window.__kg!;
      const vis = graph.filterNodes((n) => sigma!.getNodeDisplayData(n)?.visibility !== "hidden");
      return { vis: vis.length, kinds: [...new Set(vis.map((n) => graph.getNodeAttribute(n, "kind")))] };
    });
    expect(agencies.kinds).toEqual(["Agency"]);
    expect(agencies.vis).toBeLessThan(all);
    expect(await page.getAttribute('[data-testid="legend-item-only"][data-kind="Agency"]', "aria-pressed")).toBe(
      "true",
    );
    await page.click('[data-testid="legend-show-all"]');
    await page.waitForTimeout(200);
    expect((await visibleNodes(page)).length).toBe(all);

    await page.click('[data-testid="legend-rel-only"][data-type="ISSUED"]');
    await page.waitForTimeout(200);
    const edges = await page.evaluate(() => {
      const { graph, sigma } = window.__kg!;
      return [
        ...new Set(
          graph
            .filterEdges((e) => sigma!.getEdgeDisplayData(e)?.visibility !== "hidden")
            .map((e) => graph.getEdgeAttribute(e, "kind")),
        ),
      ];
    });
    expect(edges).toEqual(["ISSUED"]);
    await screenshot(page, "legend-only-issued");
    await page.click('[data-testid="legend-show-all"]');
    await page.waitForSelector('[data-testid="legend-show-all"]', { state: "detached" });
    const types = await page.evaluate(() => {
      const { graph, sigma } = window.__kg!;
      return new Set(
        graph
          .filterEdges((e) => sigma!.getEdgeDisplayData(e)?.visibility !== "hidden")
          .map((e) => graph.getEdgeAttribute(e, "kind")),
      ).size;
    });
    expect(types).toBeGreaterThan(3);
    expect(realErrors(problems)).toEqual([]);
    await page.context().close();
  });
});

describe("multi-selection", () => {
  /** A shift+drag box that starts on empty canvas and holds 3–12 drawn nodes, with the nodes inside it. */
  async function findBox(page: Page) {
    return page.evaluate(() => {
      const { graph, sigma } = window.__kg!;
      const r = sigma!.getContainer().getBoundingClientRect();
      const pts = graph
        .filterNodes((n) => sigma!.getNodeDisplayData(n)?.visibility !== "hidden")
        .map((n) => ({ id: n, ...sigma!.framedGraphToViewport(sigma!.getNodeDisplayData(n)!) }));
      const segs = graph.mapEdges((_e, _a, s, t) => [
        sigma!.framedGraphToViewport(sigma!.getNodeDisplayData(s)!),
        sigma!.framedGraphToViewport(sigma!.getNodeDisplayData(t)!),
      ]);
      const clearAt = (x: number, y: number) =>
        pts.every((p) => Math.hypot(p.x - x, p.y - y) > 30) &&
        segs.every(([a, b]) => {
          const dx = b.x - a.x;
          const dy = b.y - a.y;
          const t = Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / (dx * dx + dy * dy || 1)));
          return Math.hypot(x - (a.x + t * dx), y - (a.y + t * dy)) > 18;
        });
      for (let y = 80; y < r.height - 200; y += 20)
        for (let x = 60; x < r.width - 260; x += 20) {
          if (!clearAt(x, y)) continue;
          for (const [w, h] of [
            [220, 180],
            [160, 140],
            [280, 220],
          ]) {
            const inside = pts.filter((p) => p.x >= x && p.x <= x + w && p.y >= y && p.y <= y + h).map((p) => p.id);
            if (inside.length >= 3 && inside.length <= 12)
              return { x0: r.left + x, y0: r.top + y, x1: r.left + x + w, y1: r.top + y + h, inside };
          }
        }
      return null;
    });
  }

  async function dragBox(page: Page, b: { x0: number; y0: number; x1: number; y1: number }) {
    await page.keyboard.down("Shift");
    await page.mouse.move(b.x0, b.y0);
    await page.mouse.down();
    await page.mouse.move((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2, { steps: 4 });
    await page.mouse.move(b.x1, b.y1, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up("Shift");
  }

  it("shift+drag selects the nodes inside the box without moving the camera; bulk hide and keep-only undo with one Ctrl+Z", async () => {
    const { page, problems } = await suite.open("/", { viewport: VIEWPORT, minNodes: 30 });
    await settled(page);
    const all = (await visibleNodes(page)).length;
    const box = await findBox(page);
    expect(box).not.toBeNull();
    const camera = () => page.evaluate(() => JSON.stringify(window.__kg!.sigma!.getCamera().getState()));
    const cam = await camera();
    await dragBox(page, box!);
    await page.waitForSelector('[data-testid="selection-count"]');
    expect(Number(await page.getAttribute('[data-testid="selection-count"]', "data-count"))).toBe(box!.inside.length);
    expect(await camera()).toBe(cam);
    // the selected nodes are drawn highlighted, each with its label
    await page.waitForTimeout(200);
    const marked = await page.evaluate(
      (ids) => ids.filter((n) => window.__kg!.sigma!.getNodeDisplayData(n)?.labelVisibility === "visible").length,
      box!.inside,
    );
    expect(marked).toBe(box!.inside.length);
    expect(await page.locator('[data-testid="box-select"]').count()).toBe(0);
    await screenshot(page, "box-selected");

    // keep only these, then one Ctrl+Z brings everything back
    await page.click('[data-testid="selection-keep"]');
    await page.waitForTimeout(200);
    expect((await visibleNodes(page)).sort()).toEqual([...box!.inside].sort());
    await page.click('[data-testid="graph-canvas"]', { position: { x: 3, y: 400 } });
    await page.keyboard.press("Control+z");
    await page.waitForTimeout(200);
    expect((await visibleNodes(page)).length).toBe(all);

    // hide them, then one Ctrl+Z shows them again
    await page.click('[data-testid="selection-hide"]');
    await page.waitForTimeout(200);
    const hidden = await visibleNodes(page);
    expect(hidden.length).toBe(all - box!.inside.length);
    expect(hidden.some((n) => box!.inside.includes(n))).toBe(false);
    await page.keyboard.press("Control+z");
    await page.waitForTimeout(200);
    expect((await visibleNodes(page)).length).toBe(all);
    expect(realErrors(problems)).toEqual([]);
    await page.context().close();
  });

  it("bulk expand of two selected nodes is one undo step", async () => {
    const { page, problems } = await suite.open("/?expandLimit=3", { viewport: VIEWPORT, minNodes: 30 });
    await page.click('[data-testid="clear-canvas"]');
    for (const name of ["中国人民银行", "国家发展和改革委员会"]) {
      await searchAndSelect(page, name);
      await page.click('[data-testid="multi-select-add"]');
    }
    expect(await page.getAttribute('[data-testid="selection-count"]', "data-count")).toBe("2");
    const before = await page.evaluate(() => window.__kg!.graph.order);
    expect(before).toBe(2);
    await page.click('[data-testid="selection-expand"]');
    // both expanded (one page of 3 each), the second after the first
    await page.waitForFunction(() => window.__kg!.graph.order > 4);
    await page.waitForFunction(
      () => !/Expanding/.test(document.querySelector('[data-testid="status-bar"]')?.textContent ?? ""),
    );
    await page.waitForTimeout(500);
    const expanded = await page.evaluate(() => ({
      order: window.__kg!.graph.order,
      a: window.__kg!.graph.neighbors("agency:中国人民银行").length,
      b: window.__kg!.graph.neighbors("agency:国家发展和改革委员会").length,
    }));
    expect(expanded.a).toBeGreaterThanOrEqual(3);
    expect(expanded.b).toBeGreaterThanOrEqual(1);
    await page.click('[data-testid="graph-canvas"]', { position: { x: 3, y: 400 } });
    await page.keyboard.press("Control+z");
    await page.waitForFunction((n) => window.__kg!.graph.order === n, before);
    expect(realErrors(problems)).toEqual([]);
    await page.context().close();
  });
});

describe("text search marks the words exactly", () => {
  for (const query of ["史上最严 挖矿", "史上最嚴 挖礦"]) {
    it(`"${query}": each word marked in the snippet and in the article, nothing between`, async () => {
      const { page, problems } = await suite.open("/", { viewport: VIEWPORT });
      await page.click('[data-testid="articles-toggle"]');
      await page.fill('[data-testid="text-search-input"]', query);
      await page.click('[data-testid="text-search-run"]');
      await page.waitForSelector('[data-testid="text-hit"]');
      const hit = page.locator('[data-testid="text-hit"]', { hasText: "史上最嚴" }).first();
      const marks = await hit.locator("mark").allTextContents();
      expect(marks[0]).toBe("史上最嚴");
      expect(marks.slice(1).length).toBeGreaterThanOrEqual(1);
      for (const m of marks.slice(1)) expect(m).toBe("挖礦");
      await screenshot(page, "text-search-marks");
      await hit.locator("button").click();
      await page.waitForSelector('[data-testid="document-viewer"][data-status="ready"]');
      const inArticle = await page
        .locator('[data-testid="highlighted-sentence"] [data-testid="text-match"]')
        .allTextContents();
      expect(inArticle[0]).toBe("史上最嚴");
      expect(inArticle.length).toBeGreaterThanOrEqual(2);
      for (const m of inArticle.slice(1)) expect(m).toBe("挖礦");
      expect(await page.isVisible('[data-testid="text-match"] >> nth=0')).toBe(true);
      await screenshot(page, "text-search-marks-article");
      expect(realErrors(problems)).toEqual([]);
      await page.context().close();
    });
  }
});

describe("canvas exports carry the quotes", () => {
  /** The export menu's downloads, as text. */
  const exportAs = async (page: Page, format: string, n = 1) =>
    (await exportDownloads(page, format, n)).map((f) => ({ name: f.name, text: f.data.toString("utf8") }));

  it("JSON and CSV from the export menu: the evidence sentences' text beside their ids", async () => {
    const { page, problems } = await suite.open("/", { viewport: VIEWPORT, minNodes: 30 });
    const [json] = await exportAs(page, "json");
    const g = JSON.parse(json.text) as {
      edges: Array<{ attributes: { evidence?: string[] | null; quotes?: string[] } }>;
    };
    const withEv = g.edges.filter((e) => (e.attributes.evidence ?? []).length > 0);
    expect(withEv.length).toBeGreaterThan(10);
    for (const e of withEv) {
      expect(e.attributes.quotes).toHaveLength(e.attributes.evidence!.length);
      for (const q of e.attributes.quotes!) expect(q).toMatch(/[\u4e00-\u9fff]/);
    }
    // each quote is the sentence the API serves for that id
    const first = withEv[0].attributes;
    const edge = await fetch(`${suite.app.url}/api/sentences`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ids: [first.evidence![0]] }),
    });
    const served = (await edge.json()) as { sentences: Array<{ text: string }> };
    expect(first.quotes![0]).toBe(served.sentences[0].text);

    const files = await exportAs(page, "csv", 2);
    const edges = files.find((f) => /edges/.test(f.name))!;
    const rows = readCsv(edges.text.replace(/^\uFEFF/, "")).filter((r) => r.length > 1);
    const qi = rows[0].indexOf("quotes");
    const ei = rows[0].indexOf("evidence");
    expect(qi).toBeGreaterThan(0);
    const rowsWithEv = rows.slice(1).filter((r) => r[ei]);
    expect(rowsWithEv.length).toBe(withEv.length);
    for (const r of rowsWithEv) expect(r[qi]).toMatch(/[\u4e00-\u9fff]/);
    expect(realErrors(problems)).toEqual([]);
    await page.context().close();
  });
});

describe("toolbar icons", () => {
  it("Copy link, Articles and Pin carry drawn SVG icons, no emoji (Debian's fonts have none)", async () => {
    const { page, problems } = await suite.open("/", { viewport: VIEWPORT });
    const emoji = /\p{Extended_Pictographic}/u;
    for (const id of ["copy-link", "articles-toggle"]) {
      const text = (await page.textContent(`[data-testid="${id}"]`)) ?? "";
      expect(text).not.toMatch(/[\u{1F300}-\u{1FAFF}]/u);
      const box = await page.locator(`[data-testid="${id}"] svg.icon`).boundingBox();
      expect(box!.width).toBeGreaterThan(8);
    }
    const topbar = (await page.textContent(".topbar-actions")) ?? "";
    expect([...topbar].filter((c) => emoji.test(c) && c.codePointAt(0)! > 0xffff)).toEqual([]);
    // the workbench's Pin, once a query has run
    await page.click('[data-testid="cypher-toggle"]');
    await page.click('[data-testid="cypher-editor"] .cm-content');
    await page.locator('[data-testid="cypher-editor"] .cm-content').fill("MATCH (a:Agency) RETURN a LIMIT 2");
    await page.keyboard.press("Control+Enter");
    await page.waitForSelector('[data-testid="cypher-pin"]');
    expect(await page.textContent('[data-testid="cypher-pin"]')).not.toMatch(/[\u{1F300}-\u{1FAFF}]/u);
    expect(await page.locator('[data-testid="cypher-pin"] svg.icon').count()).toBe(1);
    await screenshot(page, "toolbar-icons");
    expect(realErrors(problems)).toEqual([]);
    await page.context().close();
  });
});
