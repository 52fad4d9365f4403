/**
 * Entity review on both stores (part of the store contract: Kuzu always, Neo4j when NEO4J_URI is set; see
 * helpers/targets.ts): merge two seed companies, the merge survives `ingest --force` and a new article naming the
 * merged one, undo restores both; split an alias off a seed agency, with its mention, and undo it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../store/index.js";
import { PROJECT_ROOT } from "../../store/index.js";
import { STORE_TARGETS } from "../helpers/targets.js";
import { resolveNode } from "../../server/graph.js";
import { ingestFiles } from "../../ingest/ingest.js";
import { readOverrides } from "../../ingest/overrides.js";
import { reviewMerge, reviewSplit, reviewUndo, reviewList, type ReviewContext } from "../../ingest/overrides-apply.js";

const SEEDS = join(PROJECT_ROOT, "seeds");
const NEW_ARTICLE = join(PROJECT_ROOT, "test/fixtures/review/huobi_university.txt");
const A = "company:火币";
const B = "company:火币大学";

interface EntityState {
  aliases: string[];
  mentions: string[];
  edges: string[];
}

async function state(store: GraphStore, id: string): Promise<EntityState | null> {
  const node = (await store.readQuery(`MATCH (n:Company) WHERE n.id = $id RETURN n.aliases AS aliases`, { id }))
    .rows[0];
  if (!node) return null;
  const mentions = await store.readQuery(
    `MATCH (s:Sentence)-[m:MENTIONS]->(n) WHERE n.id = $id RETURN s.id AS sid ORDER BY sid`,
    { id },
  );
  const edges = await store.readQuery(
    `MATCH (n)-[r]-(o) WHERE n.id = $id AND NOT o.id STARTS WITH 'doc:' RETURN r.id AS rid, r.evidence AS ev ORDER BY rid`,
    { id },
  );
  return {
    aliases: [...((node.aliases as string[]) ?? [])].sort(),
    mentions: mentions.rows.map((r) => String(r.sid)),
    edges: edges.rows.map((r) => `${String(r.rid)} ${JSON.stringify([...((r.ev as string[]) ?? [])].sort())}`).sort(),
  };
}

describe.each(STORE_TARGETS)("entity review contract: $name", (target) => {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  let dataDir: string;
  let ctx: ReviewContext;
  let a0: EntityState;
  let b0: EntityState;
  const ingest = (paths: string[], force = false) =>
    ingestFiles(store, paths, { force, workers: 0, overrides: readOverrides(dataDir) });

  beforeAll(async () => {
    ({ store, cleanup } = await target.open());
    dataDir = mkdtempSync(join(tmpdir(), "kg-review-"));
    ctx = { store, dataDir, find: (x) => resolveNode(store, x) };
    const r = await ingest([SEEDS]);
    expect(r.errors).toEqual([]);
    a0 = (await state(store, A))!;
    b0 = (await state(store, B))!;
  });
  afterAll(async () => {
    await cleanup?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("the seeds hold both companies, each with its own mentions", () => {
    expect(a0.mentions.length).toBeGreaterThan(5);
    expect(b0.mentions.length).toBe(1);
    expect(a0.aliases).toContain("Huobi");
  });

  it("merge: one entity with both sets of aliases, mentions and evidence; the other is gone", async () => {
    const r = await reviewMerge(ctx, "火币", B);
    expect(r.override).toMatchObject({ id: 1, op: "merge", target: { id: A, name: "火币" }, source: { id: B } });
    expect(await state(store, B)).toBeNull();
    const a = (await state(store, A))!;
    expect(a.aliases).toEqual([...new Set([...a0.aliases, ...b0.aliases, "火币大学"])].sort());
    expect(a.mentions).toEqual([...new Set([...a0.mentions, ...b0.mentions])].sort());
    // every sentence that supported a relationship of either still supports one of the merged entity
    const evidence = (s: EntityState) => new Set(s.edges.flatMap((e) => JSON.parse(e.slice(e.indexOf(" ") + 1))));
    for (const s of [...evidence(a0), ...evidence(b0)]) expect(evidence(a)).toContain(s);
    expect(reviewList(ctx)).toHaveLength(1);
    // search finds the merged entity by the other's name
    expect((await resolveNode(store, "火币大学"))?.id).toBe(A);
  });

  it("the merge survives `ingest --force`", async () => {
    const before = await state(store, A);
    const r = await ingest([SEEDS], true);
    expect(r.loaded).toBe(5);
    expect(await state(store, B)).toBeNull();
    expect(await state(store, A)).toEqual(before);
  });

  it("a new article naming the merged entity lands on the merged one", async () => {
    const r = await ingest([NEW_ARTICLE]);
    expect(r.errors).toEqual([]);
    expect(r.loaded).toBe(1);
    expect(await state(store, B)).toBeNull();
    const a = (await state(store, A))!;
    expect(a.mentions.filter((s) => s.startsWith("doc:huobi_university#"))).toHaveLength(2);
  });

  it("undo restores both entities from their evidence", async () => {
    const r = await reviewUndo(ctx, 1);
    expect(r.ingest.errors).toEqual([]);
    expect(reviewList(ctx)).toEqual([]);
    const a = (await state(store, A))!;
    const b = (await state(store, B))!;
    expect(a).toEqual(a0);
    expect(b.aliases).toEqual(b0.aliases);
    expect(b.mentions).toEqual([...b0.mentions, "doc:huobi_university#0", "doc:huobi_university#1"].sort());
  });

  it("split: the alias and the mention written that way move to a new entity; survives ingest --force; undo", async () => {
    const NDRC = "agency:国家发展和改革委员会";
    const agency = async (id: string) =>
      (
        await store.readQuery(
          `MATCH (n:Agency) WHERE n.id = $id OPTIONAL MATCH (s:Sentence)-[m:MENTIONS]->(n) RETURN n.aliases AS aliases, collect(m.surface) AS surfaces`,
          { id },
        )
      ).rows[0] ?? null;
    const before = (await agency(NDRC))!;
    expect(before.surfaces).toContain("發(fā)改委");
    const r = await reviewSplit(ctx, "国家发展和改革委员会", "发改委");
    expect(r.override).toMatchObject({
      op: "split",
      entity: { id: NDRC },
      into: { id: "agency:发改委", name: "发改委" },
    });
    const check = async () => {
      const national = (await agency(NDRC))!;
      const split = (await agency("agency:发改委"))!;
      expect(national.aliases).not.toContain("发改委");
      expect(national.aliases).not.toContain("發改委");
      expect(national.aliases).toContain("国家发改委");
      expect(national.surfaces).not.toContain("發(fā)改委");
      expect((national.surfaces as string[]).length).toBe((before.surfaces as string[]).length - 1);
      expect(split.surfaces).toEqual(["發(fā)改委"]);
    };
    await check();
    await ingest([SEEDS], true);
    await check();
    await reviewUndo(ctx, r.override.id);
    expect(await agency("agency:发改委")).toBeNull();
    const after = (await agency(NDRC))!;
    expect([...(after.aliases as string[])].sort()).toEqual([...(before.aliases as string[])].sort());
    expect([...(after.surfaces as string[])].sort()).toEqual([...(before.surfaces as string[])].sort());
  });
});
