/**
 * The same graph exports to the same bytes from either store: the whole graph
 * and the overview, in every format, from each target (Kuzu always, Neo4j with
 * NEO4J_URI set) against the embedded store's bytes; and the export writer's
 * order does not depend on the order a store returns rows in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_FORMATS, exportGraph } from "../../schema/export/index.js";
import type { GraphBatch } from "../../schema/index.js";
import type { GraphStore } from "../../store/index.js";
import { overview, wholeGraph } from "../../server/graph.js";
import { STORE_TARGETS } from "../helpers/targets.js";
import { TINY } from "../fixtures/tiny-graph.js";

/** TINY plus a node whose optional properties are NULL (absent on Neo4j). */
const GRAPH: GraphBatch = {
  nodes: [
    ...TINY.nodes,
    {
      id: "place:甲县",
      label: "Place",
      properties: { name: "甲县", aliases: [], search: "甲县", code: null, level: null },
    },
  ],
  edges: TINY.edges,
};

const exportsOf = (batch: GraphBatch) =>
  Object.fromEntries(EXPORT_FORMATS.map((f) => [f, exportGraph(batch, f).map((x) => x.text)]));

describe("export order", () => {
  it("does not depend on the order nodes and edges come in", () => {
    const reversed = { nodes: [...GRAPH.nodes].reverse(), edges: [...GRAPH.edges].reverse() };
    expect(exportsOf(reversed)).toEqual(exportsOf(GRAPH));
  });
});

const reference: Record<string, Record<string, string[]>> = {};

describe.each(STORE_TARGETS)("exports from $name", (target) => {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await target.open());
    // loaded in reverse, so no store can pass by keeping insertion order
    await store.upsert({ nodes: [...GRAPH.nodes].reverse(), edges: [...GRAPH.edges].reverse() });
  });
  afterAll(async () => cleanup?.());

  it.each([
    ["whole graph", wholeGraph],
    ["overview", overview],
  ] as const)("%s: the same bytes as the embedded store, in every format", async (what, read) => {
    const files = exportsOf(await read(store));
    if (!reference[what]) reference[what] = files; // the first target is the embedded store
    expect(files).toEqual(reference[what]);
    if (what === "whole graph") {
      const json = JSON.parse(files.json[0]) as { nodes: Array<{ key: string; attributes: Record<string, unknown> }> };
      expect(json.nodes).toHaveLength(GRAPH.nodes.length);
      const place = json.nodes.find((n) => n.key === "place:甲县")!;
      expect(place.attributes).toMatchObject({ code: null, level: null, aliases: [] });
    }
  });
});
