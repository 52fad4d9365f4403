/**
 * Large batches on every store: new rows take the bulk path (COPY on Kuzu),
 * stored rows the MERGE path; either way the counts are exact and a second
 * upsert of the same batch changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../store/index.js";
import { STORE_TARGETS } from "../helpers/targets.js";
import { syntheticBatch } from "../../bench/synthetic.js";
import { edgeId } from "../../schema/index.js";

describe.each(STORE_TARGETS)("bulk upserts: $name", (target) => {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  const batch = syntheticBatch(1_500, 4_000, 3);

  beforeAll(async () => {
    ({ store, cleanup } = await target.open());
  });
  afterAll(async () => cleanup?.());

  it("loads a 4,000-relationship batch exactly", async () => {
    await store.upsert(batch);
    const c = await store.counts();
    expect(c.nodes).toBe(batch.nodes.length);
    expect(c.edges).toBe(batch.edges.length);
  });

  it("a second upsert changes nothing", async () => {
    const before = await store.counts();
    await store.upsert(batch);
    expect(await store.counts()).toEqual(before);
  });

  it("a mixed batch (some stored, some new) merges the stored and adds the new", async () => {
    const extra = syntheticBatch(1_500, 600, 99);
    // renamed so they are new ids
    const nodes = extra.nodes
      .filter((n) => n.label === "Measure")
      .slice(0, 600)
      .map((n) => ({ ...n, id: n.id + "-new" }));
    const target = batch.nodes.find((n) => n.label === "Province")!.id;
    const edges = nodes.map((n) => ({
      id: edgeId("APPLIES_TO", n.id, target),
      type: "APPLIES_TO" as const,
      source: n.id,
      target,
      properties: { evidence: ["x#1"], date: null },
    }));
    const stored = batch.edges
      .slice(0, 10)
      .map((e) => ({ ...e, properties: { ...e.properties, evidence: ["doc:z#9"] } }));
    const before = await store.counts();
    await store.upsert({ nodes, edges: [...edges, ...stored] });
    const after = await store.counts();
    expect(after.nodes).toBe(before.nodes + nodes.length);
    expect(after.edges).toBe(before.edges + edges.length);
    const r = await store.readQuery("MATCH ()-[r]->() WHERE r.id = $id RETURN r.evidence AS ev", { id: stored[0].id });
    expect(r.rows[0].ev).toEqual(["doc:z#9"]);
  });
});
