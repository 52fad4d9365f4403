/**
 * The bad-query corpus (test/fixtures/bad-queries.cypher) against every store:
 * each query is rejected before it runs or cut at the time limit, the store
 * stays usable, and the graph's counts are unchanged afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { existsSync } from "node:fs";
import { PROJECT_ROOT, QueryRejected, type Counts, type GraphStore } from "../../store/index.js";
import { STORE_TARGETS, openServedEmbedded } from "../helpers/targets.js";
import { syntheticBatch } from "../../bench/synthetic.js";

const CORPUS = readFileSync(join(PROJECT_ROOT, "test", "fixtures", "bad-queries.cypher"), "utf8")
  .split(/^----$/m)
  .map((q) => q.replace(/^\/\/ (The bad-query corpus|every entry|at the time|separated by).*$/gm, "").trim())
  .filter(Boolean);

const FIXTURE = syntheticBatch(2_000, 6_000, 7);

const TARGETS = [
  ...STORE_TARGETS.map((t) => ({
    name: t.name,
    open: async () => {
      const opened = await t.open();
      await opened.store.upsert(FIXTURE);
      return opened;
    },
  })),
  { name: "embedded (Kuzu) as served: read-only, queries in a child process", open: () => openServedEmbedded(FIXTURE) },
];

describe.each(TARGETS)("bad-query corpus: $name", (target) => {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  let before: Counts;

  beforeAll(async () => {
    ({ store, cleanup } = await target.open());
    before = await store.counts();
  });
  afterAll(async () => cleanup?.());

  it("has at least 25 entries", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(CORPUS.map((q) => [q.replace(/\s+/g, " ").slice(0, 70), q]))("%s", async (_title, q) => {
    const err = await store.readQuery(q, {}, { timeoutMs: 2_000, rowLimit: 100 }).catch((e: unknown) => e);
    expect(err, `expected a rejection for: ${q}`).toBeInstanceOf(QueryRejected);
    expect(await store.counts()).toEqual(before);
    // the store still answers
    expect((await store.readQuery("MATCH (n:Province) RETURN count(n) AS c")).rows[0].c).toBe(before.byLabel.Province);
  });

  it("nothing was written to disk by EXPORT", () => {
    expect(existsSync("/tmp/kg-evil-export")).toBe(false);
  });
});

const CRASHERS = readFileSync(join(PROJECT_ROOT, "test", "fixtures", "engine-crash-queries.cypher"), "utf8")
  .split(/^----$/m)
  .map((q) =>
    q
      .split("\n")
      .filter((l) => !l.startsWith("//"))
      .join("\n")
      .trim(),
  )
  .filter(Boolean);

describe("queries that crash the embedded engine, on the store as served", () => {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  let before: Counts;

  beforeAll(async () => {
    ({ store, cleanup } = await openServedEmbedded(FIXTURE));
    before = await store.counts();
  });
  afterAll(async () => cleanup?.());

  it.each(CRASHERS.map((q) => [q.slice(0, 70), q]))("%s", async (_title, q) => {
    const err = await store.readQuery(q, { ids: ["agency:x"] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryRejected);
    expect((err as QueryRejected).reason).toBe("crash");
    expect(await store.counts()).toEqual(before);
    expect((await store.readQuery("MATCH (n:Province) RETURN count(n) AS c")).rows[0].c).toBe(before.byLabel.Province);
  });
});
