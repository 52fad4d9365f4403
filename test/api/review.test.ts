/**
 * /api/review on a real socket and a real Kuzu store: merge, list, export, undo, split and their bad input on the
 * seeds; merge candidates on a small graph of real-looking agencies; `kg review` going through a running server
 * (its lock file) instead of opening the store the server holds.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Server } from "node:http";
import { startServer } from "../../server/http.js";
import { openStore, storeConfig, PROJECT_ROOT, type GraphStore } from "../../store/index.js";
import { seededStore, type SeededStore } from "../helpers/seeded-store.js";
import { hostedReviewService, reviewService } from "../../cli/commands/review.js";
import { writeLock } from "../../cli/server-lock.js";
import { StoreHost } from "../../server/store-host.js";
import type { GraphBatch, KgNode } from "../../schema/index.js";
import { searchKey } from "../../schema/text.js";
import type { CandidatesResponse, Override } from "../../schema/review.js";

async function serve(store: GraphStore, dataDir: string): Promise<{ server: Server; base: string }> {
  const server = await startServer(store, 0, "127.0.0.1", { review: reviewService(store, dataDir) });
  const addr = server.address();
  if (!addr || typeof addr !== "object") throw new Error("server did not bind");
  return { server, base: `http://127.0.0.1:${addr.port}` };
}

const post = (base: string, path: string, body: unknown, type = "application/json") =>
  fetch(base + path, { method: "POST", headers: { "content-type": type }, body: JSON.stringify(body) });

describe("/api/review on the seeds", { timeout: 180_000 }, () => {
  let seeded: SeededStore;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    seeded = await seededStore();
    ({ server, base } = await serve(seeded.store, seeded.dataDir));
  }, 180_000);
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await seeded?.cleanup();
  });

  it("merge: one entity with both sets of aliases; the other is gone; search finds it by the other's name", async () => {
    const res = await post(base, "/api/review/merge", { a: "company:火币", b: "火币大学", name: "火币集团" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { override: Override; entities: KgNode[] };
    expect(body.override).toMatchObject({ id: 1, op: "merge", name: "火币集团" });
    expect(body.entities[0].id).toBe("company:火币");
    expect(body.entities[0].properties.name).toBe("火币集团");
    expect(body.entities[0].properties.aliases).toEqual(expect.arrayContaining(["火币", "火币大学", "Huobi"]));
    expect((await fetch(`${base}/api/nodes/${encodeURIComponent("company:火币大学")}`)).status).toBe(404);
    const node = (await (await fetch(`${base}/api/nodes/${encodeURIComponent("company:火币")}`)).json()) as {
      evidence: Array<{ sentenceId: string }>;
    };
    expect(node.evidence.length).toBeGreaterThan(5);
    const search = (await (await fetch(`${base}/api/search?q=${encodeURIComponent("火币大学")}`)).json()) as {
      hits: Array<{ id: string }>;
    };
    expect(search.hits[0]?.id).toBe("company:火币");
  });

  it("lists and exports the decision", async () => {
    const list = (await (await fetch(`${base}/api/review`)).json()) as { overrides: Override[] };
    expect(list.overrides.map((o) => o.op)).toEqual(["merge"]);
    const res = await fetch(`${base}/api/review/export`);
    expect(res.headers.get("content-disposition")).toContain("overrides.json");
    expect(((await res.json()) as { overrides: Override[] }).overrides).toHaveLength(1);
  });

  it("undo restores both companies", async () => {
    const res = await post(base, "/api/review/undo", { n: 1 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { entities: KgNode[]; documents: number };
    expect(body.entities.map((e) => e.id).sort()).toEqual(["company:火币", "company:火币大学"]);
    expect(body.entities.find((e) => e.id === "company:火币")!.properties.name).toBe("火币");
    expect((await fetch(`${base}/api/nodes/${encodeURIComponent("company:火币大学")}`)).status).toBe(200);
  });

  it("split through the API", async () => {
    const res = await post(base, "/api/review/split", { a: "agency:国家发展和改革委员会", alias: "发改委" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { entities: KgNode[] };
    expect(body.entities.map((e) => e.id).sort()).toEqual(["agency:发改委", "agency:国家发展和改革委员会"]);
  });

  it.each([
    ["/api/review/merge", { a: "火币" }, 400, "review/merge: invalid `b`. Expecting a non-empty string"],
    ["/api/review/merge", { a: "火币", b: "火币" }, 400, "same entity"],
    ["/api/review/split", { a: "火币", alias: "nope" }, 400, "has no alias `nope`"],
    ["/api/review/undo", { n: "x" }, 400, "review/undo: invalid `n`"],
    ["/api/review/undo", { n: 42 }, 400, "no decision 42"],
    ["/api/review/import", { overrides: [{ id: 1 }] }, 400, "import: decision 1: invalid `at`"],
  ])("POST %s %j → %i", async (path, body, status, message) => {
    const before = await (await fetch(`${base}/api/review`)).text();
    const res = await post(base, path, body);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toContain(message);
    expect(await (await fetch(`${base}/api/review`)).text()).toBe(before);
  });

  it("POSTs must be JSON, and a GET cannot merge", async () => {
    expect((await post(base, "/api/review/merge", { a: "火币", b: "火币大学" }, "text/plain")).status).toBe(415);
    expect((await fetch(`${base}/api/review/merge?a=火币&b=火币大学`)).status).toBe(405);
  });

  it("`kg review list` goes through the running server named by the data directory's lock file", async () => {
    writeLock(seeded.dataDir, { command: "kg serve", store: "embedded", url: base });
    // asynchronously: this process serves the answer
    const r = await promisify(execFile)(
      process.execPath,
      [join(PROJECT_ROOT, "node_modules/tsx/dist/cli.mjs"), join(PROJECT_ROOT, "cli/main.ts"), "review", "list"],
      { env: { ...process.env, KG_DATA_DIR: seeded.dataDir, GRAPH_STORE: "embedded" }, encoding: "utf8" },
    );
    // the store is held by this process (read-write): opening it directly would fail on Kuzu's lock
    expect(r.stderr).toBe("");
    // the merge was undone; the split is what is recorded
    expect(r.stdout).toMatch(/^#1 .* split alias 发改委 of 国家发展和改革委员会/m);
    expect(r.stdout).toMatch(/^1 review decision$/m);
  });
});

describe(
  "/api/review on a store served as `kg serve` serves it (read-only, swapped for a writer per decision)",
  {
    timeout: 180_000,
  },
  () => {
    let seeded: SeededStore;
    let host: StoreHost;
    let server: Server;
    let base: string;
    beforeAll(async () => {
      seeded = await seededStore({ asServed: true });
      const cfg = storeConfig({}, { kind: "embedded", dataDir: seeded.dataDir });
      host = new StoreHost(seeded.store, {
        openWriter: () => openStore(cfg),
        openReader: () => openStore(cfg, { readOnly: true, isolateQueries: true }),
      });
      server = await startServer(host, 0, "127.0.0.1", { review: hostedReviewService(host, seeded.dataDir) });
      const addr = server.address();
      if (!addr || typeof addr !== "object") throw new Error("server did not bind");
      base = `http://127.0.0.1:${addr.port}`;
    }, 180_000);
    afterAll(async () => {
      await new Promise((r) => server?.close(r));
      await host?.close();
      rmSync(seeded.dataDir, { recursive: true, force: true });
    });

    it("a merge is carried out on the served store, and reads made meanwhile see its result", async () => {
      const merge = post(base, "/api/review/merge", { a: "company:火币", b: "火币大学" });
      const read = fetch(`${base}/api/nodes/${encodeURIComponent("company:火币大学")}`);
      const res = await merge;
      const body = (await res.json()) as { entities?: KgNode[]; error?: string };
      expect(body.error).toBeUndefined();
      expect(res.status).toBe(200);
      expect(body.entities?.[0].properties.aliases).toEqual(expect.arrayContaining(["火币大学"]));
      // answered (never refused), before or after the merge
      expect([200, 404]).toContain((await read).status);
      expect((await fetch(`${base}/api/nodes/${encodeURIComponent("company:火币大学")}`)).status).toBe(404);
      expect((host.current as { readOnly?: boolean }).readOnly).toBe(true);
      const list = (await (await fetch(`${base}/api/review`)).json()) as { overrides: Override[] };
      expect(list.overrides.map((o) => o.op)).toEqual(["merge"]);
    });

    it("undo through the served store brings the company back", async () => {
      const res = await post(base, "/api/review/undo", { n: 1 });
      expect(res.status).toBe(200);
      expect((await fetch(`${base}/api/nodes/${encodeURIComponent("company:火币大学")}`)).status).toBe(200);
    });
  },
);

describe("/api/review/candidates", { timeout: 120_000 }, () => {
  let store: GraphStore;
  let dir: string;
  let server: Server;
  let base: string;
  const agency = (name: string, aliases: string[]): KgNode => ({
    id: `agency:${name}`,
    label: "Agency",
    properties: { name, aliases, search: searchKey(name, aliases), level: "provincial" },
  });
  const province = (name: string): KgNode => ({
    id: `province:${name}`,
    label: "Province",
    properties: { name, aliases: [], search: searchKey(name, []), code: null },
  });
  const located = (a: string, p: string) => ({
    id: `LOCATED_IN:agency:${a}->province:${p}`,
    type: "LOCATED_IN" as const,
    source: `agency:${a}`,
    target: `province:${p}`,
    properties: { evidence: [], date: null },
  });
  const GRAPH: GraphBatch = {
    nodes: [
      province("江西省"),
      province("内蒙古自治区"),
      agency("江西省发展和改革委员会", ["江西省发改委", "省发改委"]),
      agency("江西省發展和改革委員會", []), // the same name in Traditional characters
      agency("江西省发改委", []), // a short form that became its own node
      agency("江西省发展改革委", ["省发改委"]), // the same short form, same province
      agency("内蒙古自治区发展和改革委员会", ["省发改委"]), // the same short form, another province
      agency("江西省能源局", []),
    ],
    edges: [
      located("江西省发展和改革委员会", "江西省"),
      located("江西省发展改革委", "江西省"),
      located("内蒙古自治区发展和改革委员会", "内蒙古自治区"),
    ],
  };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kg-candidates-"));
    store = await openStore(storeConfig({}, { kind: "embedded", dataDir: dir }));
    await store.upsert(GRAPH);
    ({ server, base } = await serve(store, dir));
  });
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("same normalized name, name is an alias, the same short form in one province; not another province's", async () => {
    const res = await fetch(`${base}/api/review/candidates?id=${encodeURIComponent("agency:江西省发展和改革委员会")}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as CandidatesResponse;
    expect(body.candidates.map((c) => [c.id, c.reason])).toEqual([
      ["agency:江西省發展和改革委員會", "same-name"],
      ["agency:江西省发改委", "name-is-alias"],
      ["agency:江西省发展改革委", "short-form-in-province"],
    ]);
    expect(body.candidates[2]).toMatchObject({ shared: ["省发改委"], province: "province:江西省" });
  });

  it("answers 400 without an id and 404 for an unknown one", async () => {
    expect((await fetch(`${base}/api/review/candidates`)).status).toBe(400);
    expect((await fetch(`${base}/api/review/candidates?id=agency:nope`)).status).toBe(404);
  });
});
