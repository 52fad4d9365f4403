/**
 * The embedded store's query worker (store/query-isolation.ts) on a real Kuzu
 * database: the supervisor's own kill at the time limit is a `timeout` (not a
 * crash), a query queued behind it goes to a fresh worker and answers, the
 * memory limit stops a list that would exhaust the machine, and the crash
 * message gives advice only where it applies.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, storeConfig, QueryRejected, type GraphStore } from "../../store/index.js";
import { QueryIsolation, crashAdvice } from "../../store/query-isolation.js";
import { syntheticBatch } from "../../bench/synthetic.js";

// 10^10 rows from two small lists: far past any time limit here, and far below the worker's memory limit
// (two lists of 10^6 could reach the memory limit first on a loaded machine, and then the reason is "memory").
const CROSS_PRODUCT = "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y RETURN sum(x % 7 + y % 5) AS s";

let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "kg-isolation-"));
  const writer = await openStore(storeConfig({}, { kind: "embedded", dataDir }));
  await writer.upsert(syntheticBatch(2_000, 6_000, 7));
  await writer.close();
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function rejection(p: Promise<unknown>): Promise<QueryRejected> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(QueryRejected);
  return e as QueryRejected;
}

describe("query worker: who stopped it decides the reason", () => {
  let iso: QueryIsolation;
  // The supervisor kills at the time limit itself (no grace), while Kuzu's own limit is far away:
  // the kill below is always the supervisor's, never the engine's interrupt.
  beforeAll(() => {
    iso = new QueryIsolation(dataDir, { killGraceMs: 0, memoryLimitMb: 500 });
  });
  afterAll(() => iso.close());

  it("the cross product on a loaded worker is a timeout, and RETURN 1 sent at once answers 1", async () => {
    const warm = await iso.query("MATCH (n:Province) RETURN count(n) AS c", {}, {}, 60_000);
    expect(Number(warm.rows[0].c)).toBeGreaterThan(0);
    const cross = iso.query(CROSS_PRODUCT, {}, { timeoutMs: 120_000 }, 1_500);
    const next = iso.query("RETURN 1 AS one", {}, {}, 60_000);
    const err = await rejection(cross);
    expect(err.reason).toBe("timeout");
    expect(err.message).toMatch(/time limit of 1500 ms/);
    expect(err.message).not.toMatch(/crash/i);
    expect((await next).rows).toEqual([{ one: 1 }]);
  });

  it("several queries queued behind a killed one all answer", async () => {
    const slow = iso.query(CROSS_PRODUCT, {}, { timeoutMs: 120_000 }, 1_000);
    const queued = [1, 2, 3].map((n) => iso.query(`RETURN ${n} AS n`, {}, {}, 60_000));
    expect((await rejection(slow)).reason).toBe("timeout");
    expect((await Promise.all(queued)).map((r) => r.rows[0].n)).toEqual([1, 2, 3]);
  });

  it("a list bigger than the memory limit is stopped as `memory`, and the next query answers", async () => {
    // bounds computed in the query, so the guard cannot see them: only the memory limit stops it
    const big = iso.query("WITH 10000000 AS n UNWIND range(1, n) AS x RETURN count(*) AS c", {}, {}, 120_000);
    const next = iso.query("RETURN 1 AS one", {}, {}, 60_000);
    const err = await rejection(big);
    expect(err.reason).toBe("memory");
    expect(err.message).toMatch(/more than 500 MB/);
    expect((await next).rows).toEqual([{ one: 1 }]);
  });
});

describe("the store as served: a runaway query, then another", () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await openStore(storeConfig({}, { kind: "embedded", dataDir }), { readOnly: true, isolateQueries: true });
  });
  afterAll(() => store.close());

  it("is a timeout, then RETURN 1 answers 1", async () => {
    // (2,000 nested parentheses, the case, parse in under a second on a quiet machine: not a runaway)
    const parens = store.readQuery(CROSS_PRODUCT, {}, { timeoutMs: 1_000 });
    const next = store.readQuery("RETURN 1 AS one");
    expect((await rejection(parens)).reason).toBe("timeout");
    expect((await next).rows).toEqual([{ one: 1 }]);
  });

  it("an engine crash is a crash, with the OPTIONAL MATCH advice because the query has both", async () => {
    const q = "MATCH (n) WHERE n.id IN $ids OPTIONAL MATCH (n)-[r]->(m) WHERE m.id IN $ids RETURN n, r, m";
    const err = await rejection(store.readQuery(q, { ids: ["agency:x"] }));
    expect(err.reason).toBe("crash");
    expect(err.message).toMatch(/OPTIONAL MATCH … WHERE/);
    expect((await store.readQuery("RETURN 1 AS one")).rows).toEqual([{ one: 1 }]);
  });
});

describe("crash advice", () => {
  it.each([
    ["MATCH (n) OPTIONAL MATCH (n)-[r]->(m) WHERE m.id IN $ids RETURN m", { ids: [] }, true],
    ["MATCH (n) OPTIONAL MATCH (n)-[r]->(m) WHERE m.id = 'x' RETURN m", {}, false],
    ["RETURN ((1))", {}, false],
    ["UNWIND range(1, 1000000) AS x RETURN count(*)", {}, false],
    ["MATCH (n) WHERE n.id = $id RETURN n", { id: "x" }, false],
  ])("%s", (q, params, applies) => {
    expect(crashAdvice(q, params).includes("OPTIONAL MATCH")).toBe(applies);
  });
});
