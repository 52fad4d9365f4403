/**
 * Exports of the canvas: every format downloads and is parsed back by an
 * independent parser (JSON.parse + graphology import, graphology-gexf,
 * graphology-graphml, a CSV reader, the Cypher script's statements) with the
 * same node and edge counts as the canvas; the PNG is a real, non-trivial image.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { readCsv } from "../helpers/csv.js";
import {
  ARTIFACTS,
  colouredPixelsOfPng,
  exportDownloads,
  realErrors,
  screenshot,
  startSuite,
  stopSuite,
  type PageProblems,
  type Suite,
} from "./harness.js";

let suite: Suite;
let page: Page;
let problems: PageProblems;
let canvas: { nodes: number; edges: number };

beforeAll(async () => {
  suite = await startSuite();
  ({ page, problems } = await suite.open("/", { minNodes: 30 }));
  canvas = {
    nodes: Number(await page.getAttribute('[data-testid="node-count"]', "data-visible")),
    edges: Number(await page.getAttribute('[data-testid="edge-count"]', "data-visible")),
  };
});
afterAll(() => stopSuite(suite));

const exportAs = (format: string, n = 1) => exportDownloads(page, format, n);

describe("export", () => {
  it("the canvas has nodes and edges to export", () => {
    expect(canvas.nodes).toBeGreaterThan(30);
    expect(canvas.edges).toBeGreaterThan(10);
  });

  it("graphology JSON parses and imports with the canvas's counts", async () => {
    const [f] = await exportAs("json");
    expect(f.name).toMatch(/\.json$/);
    const g = MultiDirectedGraph.from(JSON.parse(f.data.toString("utf8")));
    expect({ nodes: g.order, edges: g.size }).toEqual(canvas);
    expect(g.getNodeAttribute("agency:中国人民银行", "kind")).toBe("Agency");
  });

  it("GEXF parses with graphology-gexf with the canvas's counts", async () => {
    const [f] = await exportAs("gexf");
    const g = parseGexf(MultiDirectedGraph, f.data.toString("utf8"));
    expect({ nodes: g.order, edges: g.size }).toEqual(canvas);
  });

  it("GraphML parses with graphology-graphml with the canvas's counts", async () => {
    const [f] = await exportAs("graphml");
    const g = parseGraphml(MultiDirectedGraph, f.data.toString("utf8"));
    expect({ nodes: g.order, edges: g.size }).toEqual(canvas);
  });

  it("CSV downloads nodes and edges tables with the canvas's counts", async () => {
    const files = await exportAs("csv", 2);
    const nodes = files.find((f) => /nodes/.test(f.name))!;
    const edges = files.find((f) => /edges/.test(f.name))!;
    const nr = readCsv(nodes.data.toString("utf8")).filter((r) => r.length > 1);
    const er = readCsv(edges.data.toString("utf8")).filter((r) => r.length > 1);
    expect(nr.length - 1).toBe(canvas.nodes);
    expect(er.length - 1).toBe(canvas.edges);
    expect(nr[0][0]).toBe("id");
    expect(nr.some((r) => r[0] === "agency:中国人民银行")).toBe(true);
  });

  it("the Cypher script recreates the canvas's nodes and relationships", async () => {
    const [f] = await exportAs("cypher");
    const text = f.data.toString("utf8");
    const statements = text.split("\n").filter((l) => /;\s*$/.test(l));
    const creates = statements.filter((l) => /^\s*(MERGE|CREATE)\s*\(\w*:[A-Za-z]+\s*\{id:/.test(l)).length;
    const rels = statements.filter((l) => /(MERGE|CREATE)\s*\(a\)-\[\w*:[A-Z_]+/.test(l)).length;
    expect(creates).toBe(canvas.nodes);
    expect(rels).toBe(canvas.edges);
  });

  it("the PNG is a valid image of the canvas, of non-trivial size and content", async () => {
    const [f] = await exportAs("png");
    const png = f.data;
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, "export-canvas.png"), png);
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(400);
    expect(height).toBeGreaterThan(300);
    expect(png.length).toBeGreaterThan(20_000);
    // decode it in the page and count kind-coloured pixels: the nodes are in the image
    const coloured = await colouredPixelsOfPng(page, png);
    expect(coloured).toBeGreaterThan(2000);
    await screenshot(page, "export");
  });

  it("exports only what is visible when filters are on", async () => {
    await page.click('[data-testid="legend-item"][data-kind="Agency"]');
    const visible = Number(await page.getAttribute('[data-testid="node-count"]', "data-visible"));
    const visibleEdges = Number(await page.getAttribute('[data-testid="edge-count"]', "data-visible"));
    expect(visible).toBeLessThan(canvas.nodes);
    const [f] = await exportAs("json");
    const g = MultiDirectedGraph.from(JSON.parse(f.data.toString("utf8")));
    expect({ nodes: g.order, edges: g.size }).toEqual({ nodes: visible, edges: visibleEdges });
    expect(g.filterNodes((_, a) => a.kind === "Agency")).toEqual([]);
  });

  it("raised no page errors", () => {
    expect(realErrors(problems)).toEqual([]);
  });
});

describe("open a saved graph", () => {
  it("a JSON export opened again restores the same nodes, edges and positions", async () => {
    await page.click('[data-testid="legend-item"][data-kind="Agency"]'); // back on
    const [f] = await exportAs("json");
    const saved = JSON.parse(f.data.toString("utf8")) as {
      nodes: Array<{ key: string; attributes: { x: number; y: number } }>;
    };
    expect(saved.nodes.every((n) => typeof n.attributes.x === "number")).toBe(true);
    await page.click('[data-testid="clear-canvas"]');
    expect(await page.evaluate(() => window.__kg!.graph.order)).toBe(0);
    await page.setInputFiles('[data-testid="open-file"]', {
      name: "saved.json",
      mimeType: "application/json",
      buffer: f.data,
    });
    await page.waitForFunction((n) => window.__kg!.graph.order === n, saved.nodes.length);
    const positions = await page.evaluate(() =>
      Object.fromEntries(window.__kg!.graph.mapNodes((n, a) => [n, [a.x, a.y]])),
    );
    for (const n of saved.nodes) expect(positions[n.key]).toEqual([n.attributes.x, n.attributes.y]);
    expect(await page.textContent('[data-testid="export-status"]')).toContain("Opened saved.json");
  });
});
