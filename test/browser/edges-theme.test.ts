/**
 * Provenance of relationships and the polish around the canvas: clicking an
 * edge shows its evidence (endpoint names marked) and opens the article at
 * that sentence; dark theme, keyboard shortcuts, hover highlighting via
 * reducers (the graph itself is not mutated).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { apiGet, realErrors, screenshot, startSuite, stopSuite, type PageProblems, type Suite } from "./harness.js";
import { cameraAtRest } from "./views.js";

let suite: Suite;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  suite = await startSuite();
  ({ page, problems } = await suite.open("/", { minNodes: 30 }));
});
afterAll(() => stopSuite(suite));

/** Viewport position of a point along an edge (t in 0..1), in page coordinates. */
async function alongEdge(p: Page, edge: string, t = 0.5) {
  return p.evaluate(
    ([e, t]) => {
      const { graph, sigma } = window.__kg!;
      const [s, d] = graph.extremities(e as string);
      const a = sigma!.framedGraphToViewport(sigma!.getNodeDisplayData(s)!);
      const b = sigma!.framedGraphToViewport(sigma!.getNodeDisplayData(d)!);
      const r = sigma!.getContainer().getBoundingClientRect();
      return { x: r.left + a.x + (b.x - a.x) * (t as number), y: r.top + a.y + (b.y - a.y) * (t as number) };
    },
    [edge, t] as const,
  );
}

describe("edges", () => {
  it("clicking an edge opens the inspector with its evidence, endpoint names marked", async () => {
    // the camera frames the graph after it loads (an animation); edge picking is suspended while it moves
    // and comes back 150 ms after it rests (graph-canvas/settings.ts). Picking is on before the animation
    // starts too, so wait for the camera to rest first, then for picking, then measure in a render.
    await cameraAtRest(page);
    await page.waitForFunction(() => window.__kg?.sigma?.getSetting("enableEdgeEvents") === true);
    // the longest ISSUED edge with evidence whose midpoint is on the bare canvas, clear of every node
    const edge = await page.evaluate(
      () =>
        new Promise<string | null>((resolve) => {
          const { graph, sigma } = window.__kg!;
          sigma!.once("afterRender", () => {
            const r = sigma!.getContainer().getBoundingClientRect();
            const at = (n: string) => {
              const d = sigma!.getNodeDisplayData(n)!;
              return { ...sigma!.framedGraphToViewport(d), size: d.size };
            };
            const nodes = graph.nodes().map(at);
            let best: string | null = null;
            let len = 0;
            graph.forEachEdge((e, a, s, t) => {
              if (a.kind !== "ISSUED" || !(a.properties.evidence as string[] | null)?.length) return;
              const p = at(s);
              const q = at(t);
              const m = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
              const l = Math.hypot(p.x - q.x, p.y - q.y);
              if (l <= len || m.x < 20 || m.y < 20 || m.x > r.width - 20 || m.y > r.height - 20) return;
              if (nodes.some((n) => Math.hypot(n.x - m.x, n.y - m.y) < n.size + 12)) return;
              const hit = document.elementFromPoint(r.left + m.x, r.top + m.y);
              if (!hit || !sigma!.getContainer().contains(hit)) return;
              len = l;
              best = e;
            });
            resolve(best);
          });
          sigma!.scheduleRender();
        }),
    );
    const pos = await alongEdge(page, edge!, 0.5);
    await page.mouse.move(pos.x, pos.y);
    await page.mouse.click(pos.x, pos.y);
    await page.waitForSelector('[data-testid="inspector"][data-status="ready"]');
    expect(await page.textContent('[data-testid="inspector-title"]')).toContain("→");
    expect(await page.textContent('[data-testid="inspector"] .kind-badge')).toBe("ISSUED");
    const items = page.locator('[data-testid="evidence-item"]');
    expect(await items.count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('[data-testid="evidence-item"] mark').count()).toBeGreaterThanOrEqual(1);
    const evidence = await page.evaluate(
      (e) => window.__kg!.graph.getEdgeAttribute(e, "properties").evidence as string[],
      edge!,
    );
    const sid = await items.first().getAttribute("data-sentence-id");
    expect(evidence).toContain(sid);
    await screenshot(page, "edge-inspector", { docs: true });
    await items.first().locator("button").click();
    await page.waitForSelector('[data-testid="document-viewer"][data-status="ready"]');
    expect(await page.getAttribute('[data-testid="highlighted-sentence"]', "data-sentence-id")).toBe(sid);
    // the edge's two ends, as the API marks them in that sentence, are emphasised in the article
    const api = await apiGet<{
      evidence: Array<{ sentenceId: string; marks?: Array<{ start: number; end: number }> }>;
    }>(suite.app, `/api/edges/${encodeURIComponent(edge!)}`);
    const marks = api.evidence.find((e) => e.sentenceId === sid)?.marks ?? [];
    expect(marks.length).toBeGreaterThanOrEqual(1);
    expect(await page.locator('[data-testid="highlighted-sentence"] .mention.focus').count()).toBe(
      new Set(marks.map((m) => `${m.start}:${m.end}`)).size,
    );
    await screenshot(page, "edge-document", { docs: true });
    await page.keyboard.press("Escape");
  });

  it("hovering a node highlights its neighbourhood through reducers, without touching the graph", async () => {
    const hub = await page.evaluate(() => {
      const g = window.__kg!.graph;
      return g.nodes().sort((a, b) => g.degree(b) - g.degree(a))[0];
    });
    const before = await page.evaluate(() => JSON.stringify(window.__kg!.graph.export()));
    const pos = await page.evaluate((n) => {
      const s = window.__kg!.sigma!;
      const p = s.framedGraphToViewport(s.getNodeDisplayData(n)!);
      const r = s.getContainer().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }, hub);
    await page.keyboard.press("Escape");
    await page.mouse.move(pos.x, pos.y);
    await page.waitForTimeout(300);
    const r = await page.evaluate((n) => {
      const { graph, sigma } = window.__kg!;
      const near = new Set([n, ...graph.neighbors(n)]);
      const far = graph.nodes().filter((x) => !near.has(x));
      return {
        neighboursLabelled: [...near].every((x) => sigma!.getNodeDisplayData(x)!.labelVisibility === "visible"),
        farDimmed: far.every((x) => sigma!.getNodeDisplayData(x)!.color !== graph.getNodeAttribute(x, "color")),
      };
    }, hub);
    expect(r).toEqual({ neighboursLabelled: true, farDimmed: true });
    expect(await page.evaluate(() => JSON.stringify(window.__kg!.graph.export()))).toBe(before);
    await screenshot(page, "hover");
    await page.mouse.move(5, 5);
  });
});

describe("appearance", () => {
  it("node size switches between degree, PageRank and uniform; colour between kind and Louvain communities", async () => {
    const sizes = () => page.evaluate(() => window.__kg!.graph.mapNodes((_, a) => a.size as number));
    const byDegree = await sizes();
    await page.selectOption('[data-testid="size-mode"]', "pagerank");
    const byRank = await sizes();
    expect(byRank).not.toEqual(byDegree);
    await page.selectOption('[data-testid="size-mode"]', "uniform");
    expect(new Set(await sizes()).size).toBe(1);
    await page.selectOption('[data-testid="size-mode"]', "degree");
    await page.selectOption('[data-testid="color-mode"]', "community");
    const communities = await page.evaluate(() => new Set(window.__kg!.graph.mapNodes((_, a) => a.community)).size);
    expect(communities).toBeGreaterThan(3);
    await page.waitForTimeout(300);
    await screenshot(page, "communities");
    await page.selectOption('[data-testid="color-mode"]', "kind");
  });
});

describe("big graphs", () => {
  it("above 3,000 nodes / 8,000 edges the canvas degrades: no arrowheads, no edge picking, edges hidden while moving, fewer labels", async () => {
    const N = 3500;
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const nodes = Array.from({ length: N }, (_, i) => ({
      key: `agency:测试机构${i}`,
      attributes: { kind: "Agency", label: `测试机构${i}`, name: `测试机构${i}`, x: rnd() * 1000, y: rnd() * 1000 },
    }));
    const edges = Array.from({ length: 9000 }, (_, i) => ({
      key: `e${i}`,
      source: nodes[Math.floor(rnd() * N)].key,
      target: nodes[Math.floor(rnd() * N)].key,
      attributes: { kind: "ACTED_ON" },
    }));
    const json = JSON.stringify({
      attributes: {},
      options: { type: "directed", multi: true, allowSelfLoops: true },
      nodes,
      edges,
    });
    await page.click('[data-testid="export-menu"]');
    await page.setInputFiles('[data-testid="open-file"]', {
      name: "big.json",
      mimeType: "application/json",
      buffer: Buffer.from(json),
    });
    await page.waitForFunction((n) => window.__kg!.graph.order === n, N, { timeout: 60_000 });
    await page.waitForSelector('[data-testid="graph-canvas"][data-big="true"]');
    await page.waitForFunction(() => !!window.__kg!.sigma && window.__kg!.sigma.getGraph().order > 3000);
    const s = await page.evaluate(() => {
      const sigma = window.__kg!.sigma!;
      const e = sigma.getGraph().edges()[0];
      return {
        edgeEvents: sigma.getSetting("enableEdgeEvents"),
        hideEdgesOnMove: sigma.getSetting("hideEdgesOnMove"),
        density: sigma.getSetting("labelDensity"),
        head: sigma.getEdgeDisplayData(e)?.head,
      };
    });
    expect(s).toEqual({ edgeEvents: false, hideEdgesOnMove: true, density: 0.25, head: "none" });
    await screenshot(page, "big-graph");
    await page.click('[data-testid="reload-overview"]');
    await page.waitForSelector('[data-testid="graph-canvas"][data-big="false"]');
    await page.waitForFunction(() => window.__kg!.graph.order < 1000 && !!window.__kg!.sigma);
    expect(await page.evaluate(() => window.__kg!.sigma!.getSetting("enableEdgeEvents"))).toBe(true);
  });
});

describe("theme and shortcuts", () => {
  it("'t' switches to the dark theme (remembered), and back", async () => {
    await page.click('[data-testid="graph-canvas"]', { position: { x: 3, y: 300 } });
    await page.keyboard.press("t");
    expect(await page.getAttribute("html", "data-theme")).toBe("dark");
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).not.toBe("rgb(244, 245, 248)");
    await page.waitForTimeout(300);
    await screenshot(page, "explorer-dark", { docs: true });
    expect(await page.evaluate(() => localStorage.getItem("kg.theme"))).toBe("dark");
    await page.click('[data-testid="theme-toggle"]');
    expect(await page.getAttribute("html", "data-theme")).toBe("light");
  });

  it("'/' focuses the search box, '?' lists the shortcuts, Esc closes", async () => {
    await page.click('[data-testid="graph-canvas"]', { position: { x: 3, y: 300 } });
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("search-input");
    await page.keyboard.press("Escape");
    await page.keyboard.press("?");
    await page.waitForSelector('[data-testid="shortcuts-help"]');
    expect(await page.textContent('[data-testid="shortcuts-help"]')).toContain("Ctrl");
    await page.keyboard.press("Escape");
    await page.waitForSelector('[data-testid="shortcuts-help"]', { state: "detached" });
  });

  it("'l' starts ForceAtlas2 in a worker and moves the nodes; 'l' stops it", async () => {
    const before = await page.evaluate(() => window.__kg!.graph.mapNodes((_, a) => [a.x, a.y]));
    await page.keyboard.press("l");
    expect(await page.textContent('[data-testid="layout-toggle"]')).toContain("Stop");
    await page.waitForTimeout(800);
    await page.keyboard.press("l");
    expect(await page.textContent('[data-testid="layout-toggle"]')).toContain("Layout");
    const after = await page.evaluate(() => window.__kg!.graph.mapNodes((_, a) => [a.x, a.y]));
    const moved = after.filter((p, i) => Math.hypot(p[0] - before[i][0], p[1] - before[i][1]) > 1e-6).length;
    expect(moved).toBeGreaterThan(10);
  });

  it("raised no page errors", () => {
    expect(realErrors(problems)).toEqual([]);
  });
});
