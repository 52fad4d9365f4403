/**
 * Every export format, read back by an independent parser where one exists
 * (graphology-gexf, graphology-graphml, graphology's own import), on the tiny
 * fixture and on the seed graph.
 */
import { describe, expect, it, beforeAll, afterAll } from "vitest";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { exportGraph, EXPORT_FORMATS } from "../../schema/export/index.js";
import { toSerializedGraph, type GraphBatch } from "../../schema/index.js";
import { TINY } from "../fixtures/tiny-graph.js";
import { readCsv } from "../helpers/csv.js";
import { overview } from "../../server/graph.js";
import { seededStore, type SeededStore } from "../helpers/seeded-store.js";

let seeded: SeededStore;
let seeds: GraphBatch;
beforeAll(async () => {
  seeded = await seededStore();
  seeds = await overview(seeded.store);
});
afterAll(async () => seeded?.cleanup());

describe.each([
  ["tiny fixture", () => TINY],
  ["seed graph", () => seeds],
])("exports of the %s", (_name, batch) => {
  it("rejects an unknown format", () => {
    expect(() => exportGraph(batch(), "pdf" as never)).toThrow(/invalid `format`/);
  });

  it("JSON imports into graphology with the same counts, labels and kinds", () => {
    const [file] = exportGraph(batch(), "json");
    const g = new Graph({ multi: true });
    g.import(JSON.parse(file.text));
    expect(g.order).toBe(batch().nodes.length);
    expect(g.size).toBe(batch().edges.length);
    const n = batch().nodes[0];
    expect(g.getNodeAttribute(n.id, "kind")).toBe(n.label);
  });

  it("GEXF parses back with graphology-gexf, same counts, Chinese labels intact", () => {
    const [file] = exportGraph(batch(), "gexf");
    const g = parseGexf(Graph, file.text, { allowUndeclaredAttributes: true });
    expect(g.order).toBe(batch().nodes.length);
    expect(g.size).toBe(batch().edges.length);
    const agency = batch().nodes.find((n) => n.label === "Agency")!;
    expect(g.getNodeAttribute(agency.id, "label")).toBe(agency.properties.name);
  });

  it("GraphML parses back with graphology-graphml, same counts", () => {
    const [file] = exportGraph(batch(), "graphml");
    const g = parseGraphml(Graph, file.text);
    expect(g.order).toBe(batch().nodes.length);
    expect(g.size).toBe(batch().edges.length);
  });

  it("CSV is two files with a header and one row per node / edge", () => {
    const [nodes, edges] = exportGraph(batch(), "csv");
    const n = readCsv(nodes.text);
    const e = readCsv(edges.text);
    expect(n[0].slice(0, 4)).toEqual(["id", "label", "kind", "name"]);
    expect(e[0].slice(0, 4)).toEqual(["id", "source", "target", "kind"]);
    expect(n.length - 1).toBe(batch().nodes.length);
    expect(e.length - 1).toBe(batch().edges.length);
    expect(new Set(n.slice(1).map((r) => r.length))).toEqual(new Set([n[0].length]));
  });

  it("Cypher script has one MERGE per node and per edge", () => {
    const [file] = exportGraph(batch(), "cypher");
    const lines = file.text.split("\n");
    expect(lines.filter((l) => l.startsWith("MERGE (n:")).length).toBe(batch().nodes.length);
    expect(lines.filter((l) => l.startsWith("MATCH (a:")).length).toBe(batch().edges.length);
  });
});

it("keeps a Measure's own kind as measureKind, and `kind` as the node label", () => {
  const s = toSerializedGraph(TINY);
  const m = s.nodes.find((n) => n.key.startsWith("measure:"))!;
  expect(m.attributes.kind).toBe("Measure");
  expect(m.attributes.measureKind).toBe("notice");
  expect(m.attributes).not.toHaveProperty("search");
});

it("lists every format", () => {
  expect([...EXPORT_FORMATS].sort()).toEqual(["csv", "cypher", "gexf", "graphml", "json"]);
});
