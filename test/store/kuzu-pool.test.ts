/**
 * The read pool (store/kuzu-pool.ts) on a real Kuzu database: sizing, errors, many statements in flight
 * at once on a read-only handle (more than there are connections) all answered correctly.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import kuzu from "kuzu";
import { KuzuReadPool, readPoolSize } from "../../store/kuzu-pool.js";
import { openStore, storeConfig, type GraphStore } from "../../store/index.js";
import { syntheticBatch } from "../fixtures/synthetic.js";
import { labelOfId } from "../../schema/index.js";

describe("readPoolSize", () => {
  it.each(["0", "-1", "1.5", "x", "65"])("KG_READ_CONNECTIONS=%s is refused with a clear message", (v) => {
    expect(() => readPoolSize({ KG_READ_CONNECTIONS: v })).toThrow(
      /invalid `KG_READ_CONNECTIONS`.*Expecting an integer/,
    );
  });
  it("defaults to the cores (2 at least) and takes an override", () => {
    expect(readPoolSize({})).toBeGreaterThanOrEqual(2);
    expect(readPoolSize({ KG_READ_CONNECTIONS: "3" })).toBe(3);
  });
});

describe("a read-only store reads through the pool", () => {
  let dir: string;
  let store: GraphStore;
  const batch = syntheticBatch(200, 600, 3);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kg-pool-"));
    const writer = await openStore(storeConfig({}, { kind: "embedded", dataDir: dir }));
    await writer.upsert(batch);
    await writer.close();
    store = await openStore(storeConfig({}, { kind: "embedded", dataDir: dir }), { readOnly: true });
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers 60 statements in flight at once exactly as one at a time", async () => {
    const ids = batch.nodes.slice(0, 60).map((n) => n.id);
    const one = async (id: string) => (await store.run("node", { id }, { label: labelOfId(id)! }))[0];
    const sequential = [];
    for (const id of ids) sequential.push(await one(id));
    const concurrent = await Promise.all(ids.map(one));
    expect(concurrent).toEqual(sequential);
    expect(concurrent.map((r) => (r.n as { id: string }).id)).toEqual(ids);
  });

  it("a failing statement frees its connection: later ones still run", async () => {
    const pool = new KuzuReadPool(new kuzu.Database(join(dir, "kuzu.db"), 0, true, true), 1);
    await expect(pool.run("MATCH (n:Nope) RETURN n", {})).rejects.toThrow(/embedded store/);
    const rows = await Promise.all([1, 2, 3].map((k) => pool.run("RETURN $k AS k", { k })));
    expect(rows.map((r) => Number(r[0].k))).toEqual([1, 2, 3]);
    await pool.close();
    await expect(pool.run("RETURN 1", {})).rejects.toThrow(/closed/);
  });

  it("refuses a pool of no connections", () => {
    expect(() => new KuzuReadPool({} as never, 0)).toThrow(/invalid `size`/);
  });
});
