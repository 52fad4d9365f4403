/**
 * The five seeds through the real pipeline into every store: the stored graph
 * is exactly what the pipeline produced (same ids, same properties), so two
 * stores that pass hold identical graphs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { PROJECT_ROOT, type GraphStore } from "../../store/index.js";
import { STORE_TARGETS } from "../helpers/targets.js";
import { listArticleFiles, processFiles } from "../../ingest/pipeline.js";
import { load } from "../../ingest/load.js";
import { wholeGraph } from "../../server/graph.js";
import { planUpsert } from "../../store/upsert-plan.js";
import type { PropValue } from "../../schema/index.js";

const { results } = processFiles(listArticleFiles([join(PROJECT_ROOT, "seeds")]));
const expected = planUpsert({
  nodes: results.flatMap((r) => r.batch.nodes),
  edges: results.flatMap((r) => r.batch.edges),
});
const expectedNodes = new Map(
  expected.nodes.flatMap((g) => g.rows.map((r) => [String(r.id), { label: g.label, row: r }] as const)),
);
const expectedEdges = new Map(
  expected.edges.flatMap((g) => g.rows.map((r) => [String(r.id), { type: g.type, row: r }] as const)),
);

/** Lists compare as sets (union order differs between merge paths). */
const norm = (v: PropValue | undefined): unknown => (Array.isArray(v) ? [...v].sort() : (v ?? null));

describe.each(STORE_TARGETS)("the seed graph in $name", (target) => {
  let store: GraphStore;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ store, cleanup } = await target.open());
    const report = await load(store, results);
    expect(report.errors).toEqual([]);
  });
  afterAll(async () => cleanup?.());

  it("holds exactly the pipeline's nodes and relationships", async () => {
    const c = await store.counts();
    expect(c.nodes).toBe(expectedNodes.size);
    expect(c.edges).toBe(expectedEdges.size);
  });

  it("with the same labels and properties, dates as dates", async () => {
    const g = await wholeGraph(store);
    for (const n of g.nodes) {
      const want = expectedNodes.get(n.id);
      expect(want, n.id).toBeDefined();
      expect(n.label).toBe(want!.label);
      for (const [k, v] of Object.entries(want!.row))
        if (k !== "id") expect(norm(n.properties[k]), `${n.id}.${k}`).toEqual(norm(v));
    }
    for (const e of g.edges) {
      const want = expectedEdges.get(e.id);
      expect(want, e.id).toBeDefined();
      expect(e.type).toBe(want!.type);
      expect([e.source, e.target]).toEqual([want!.row.source, want!.row.target]);
      for (const [k, v] of Object.entries(want!.row))
        if (!["id", "source", "target"].includes(k)) expect(norm(e.properties[k]), `${e.id}.${k}`).toEqual(norm(v));
    }
  });

  it("types dates as dates in the store", async () => {
    const r = await store.readQuery(
      "MATCH (m:Measure) WHERE m.date >= date('2021-09-24') RETURN m.name AS name, m.date AS date",
    );
    expect(r.rows.map((x) => x.name)).toContain("关于进一步防范和处置虚拟货币交易炒作风险的通知");
  });
});
