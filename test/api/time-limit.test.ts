/**
 * The query API's time limit on both stores, through `kg serve`'s HTTP server
 * on a real socket: a runaway query is cut at the limit with the same
 * `400 {reason: "timeout"}`, other requests are answered while it runs, and on
 * Neo4j (NEO4J_URI set) its transaction no longer runs on the server afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Server } from "node:http";
import { startServer } from "../../server/http.js";
import type { GraphStore } from "../../store/index.js";
import type { Neo4jStore } from "../../store/neo4j.js";
import { STORE_TARGETS, openServedEmbedded } from "../helpers/targets.js";
import { syntheticBatch } from "../fixtures/synthetic.js";

const FIXTURE = syntheticBatch(2_000, 6_000, 7);
const LIMIT_MS = 2_000;
const RUNAWAY = "MATCH (a), (b), (c), (d) WHERE a.id < b.id AND b.id < c.id AND c.id < d.id RETURN count(*)";

const TARGETS = [
  { name: "embedded (Kuzu) as served", open: () => openServedEmbedded(FIXTURE) },
  ...STORE_TARGETS.filter((t) => t.name.startsWith("neo4j")).map((t) => ({
    name: t.name,
    open: async () => {
      const opened = await t.open();
      await opened.store.upsert(FIXTURE);
      return opened;
    },
  })),
];

describe.each(TARGETS)("time limit through the API: $name", (target) => {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    ({ store, cleanup } = await target.open());
    server = await startServer(store, 0, "127.0.0.1", { timeoutMs: LIMIT_MS, rowLimit: 1_000 });
    const addr = server.address();
    if (!addr || typeof addr !== "object") throw new Error("server did not bind");
    base = `http://127.0.0.1:${addr.port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await cleanup?.();
  });

  const cypher = async (query: string) => {
    const res = await fetch(base + "/api/cypher", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    return { status: res.status, body: await res.json(), at: performance.now() };
  };

  it("cuts a runaway query at the limit with 400 timeout, answering other requests meanwhile", async () => {
    const runaway = cypher(RUNAWAY);
    const stats = await fetch(base + "/api/stats");
    const statsAt = performance.now();
    expect(stats.status).toBe(200);
    expect((await stats.json()).nodes).toBe(FIXTURE.nodes.length);
    const cut = await runaway;
    expect(cut.status).toBe(400);
    expect(cut.body.reason).toBe("timeout");
    expect(cut.body.error).toMatch(new RegExp(`time limit of ${LIMIT_MS} ms`));
    // answered while the runaway ran; the runaway ended by the limit (reason above), not by finishing
    expect(statsAt).toBeLessThan(cut.at);
    // and the store still answers queries
    const after = await cypher("MATCH (n:Province) RETURN count(n) AS c");
    expect(after.status).toBe(200);
    expect(after.body.rows[0].c).toBe(FIXTURE.nodes.filter((n) => n.label === "Province").length);
  });

  if (target.name.startsWith("neo4j")) {
    it("leaves no transaction of the cut query running on the server", async () => {
      const cut = await cypher(RUNAWAY);
      expect(cut.body.reason).toBe("timeout");
      let left = await (store as Neo4jStore).userQueries();
      for (let i = 0; i < 20 && left.length; i++) {
        await new Promise((r) => setTimeout(r, 250));
        left = await (store as Neo4jStore).userQueries();
      }
      expect(left).toEqual([]);
    });

    it("refuses SHOW TRANSACTIONS and TERMINATE TRANSACTIONS through the API", async () => {
      for (const q of ["SHOW TRANSACTIONS", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"]) {
        const r = await cypher(q);
        expect(r.status).toBe(400);
        expect(r.body.error).toMatch(/is not allowed here/);
      }
    });
  }
});
