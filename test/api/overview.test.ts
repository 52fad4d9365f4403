/**
 * The ranked overview, its filters and aggregate, the precomputed ranking (store/ranking.ts) and the
 * search index, on real stores (Kuzu always, Neo4j when NEO4J_URI is set) holding a seeded synthetic
 * graph; every answer is checked against the same thing computed here from the batch.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../store/index.js";
import { refreshRanking } from "../../store/ranking.js";
import { rankedOverview, overviewAggregate, search, neighbourhood } from "../../server/graph.js";
import { buildSearchIndex, lookup } from "../../server/search-index.js";
import { STORE_TARGETS } from "../helpers/targets.js";
import { syntheticBatch } from "../fixtures/synthetic.js";
import { ENTITY_LABELS, edgeId, labelOfId, type GraphBatch, type KgEdge } from "../../schema/index.js";

const BATCH: GraphBatch = syntheticBatch(300, 900, 7);

/** Distinct related entities per id (what `degree` must be). */
function degrees(edges: KgEdge[]): Map<string, number> {
  const nb = new Map<string, Set<string>>();
  for (const e of edges) {
    if (!nb.has(e.source)) nb.set(e.source, new Set());
    if (!nb.has(e.target)) nb.set(e.target, new Set());
    nb.get(e.source)!.add(e.target);
    nb.get(e.target)!.add(e.source);
  }
  return new Map([...nb].map(([k, v]) => [k, v.size]));
}

const byRank = (deg: Map<string, number>) => (a: string, b: string) =>
  (deg.get(b) ?? 0) - (deg.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);

describe.each(STORE_TARGETS)("overview and ranking: $name", (target) => {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  const deg = degrees(BATCH.edges);
  const allIds = BATCH.nodes.map((n) => n.id);

  beforeAll(async () => {
    ({ store, cleanup } = await target.open());
    await store.upsert(BATCH);
    await refreshRanking(store);
  });
  afterAll(async () => cleanup?.());

  it("refuses nothing it should not: an empty id list refreshes nothing", async () => {
    expect(await refreshRanking(store, [])).toBe(0);
    expect(await refreshRanking(store, ["doc:x", "doc:x#1", "nonsense"])).toBe(0);
  });

  it("opens with the top entities by degree (ties by id), the relationships among them, and the total", async () => {
    const o = await rankedOverview(store, { limit: 40 });
    expect(o.total).toBe(BATCH.nodes.length);
    expect(o.nodes.map((n) => n.id)).toEqual([...allIds].sort(byRank(deg)).slice(0, 40));
    const shown = new Set(o.nodes.map((n) => n.id));
    const expected = BATCH.edges
      .filter((e) => shown.has(e.source) && shown.has(e.target))
      .map((e) => e.id)
      .sort();
    expect(o.edges.map((e) => edgeId(e.type, e.source, e.target)).sort()).toEqual(expected);
    expect(o.nodes.every((n) => !("search" in n.properties))).toBe(true);
  });

  it("filters by kind", async () => {
    const o = await rankedOverview(store, { limit: 1000, kinds: ["Province"] });
    expect(o.total).toBe(BATCH.nodes.filter((n) => n.label === "Province").length);
    expect(o.nodes.every((n) => n.label === "Province")).toBe(true);
  });

  it("filters by province: the province and the entities related to it", async () => {
    const province = BATCH.nodes.find((n) => n.label === "Province")!.id;
    const related = new Set([province]);
    for (const e of BATCH.edges) {
      if (e.source === province) related.add(e.target);
      if (e.target === province) related.add(e.source);
    }
    const o = await rankedOverview(store, { limit: 10_000, province });
    expect(o.total).toBe(related.size);
    expect(new Set(o.nodes.map((n) => n.id))).toEqual(related);
  });

  it("filters by time: entities with a relationship dated in the range", async () => {
    const inRange = new Set<string>();
    for (const e of BATCH.edges) {
      const d = e.properties.date as string | null;
      if (d && d >= "2021-03-01" && d <= "2021-05-31") inRange.add(e.source).add(e.target);
    }
    expect(inRange.size).toBeGreaterThan(0);
    const o = await rankedOverview(store, { limit: 10_000, from: "2021-03-01", to: "2021-05-31" });
    expect(o.total).toBe(inRange.size);
    expect(o.nodes.map((n) => n.id)).toEqual([...inRange].sort(byRank(deg)));
  });

  it("counts entities by kind and by province (the aggregate offered instead of a hairball)", async () => {
    const a = await overviewAggregate(store);
    for (const label of ENTITY_LABELS) {
      const n = BATCH.nodes.filter((x) => x.label === label).length;
      expect(a.kinds.find((k) => k.kind === label)?.count ?? 0).toBe(n);
    }
    const p = a.provinces[0];
    expect(p.count).toBe(deg.get(p.id));
    expect(a.provinces.map((x) => x.count)).toEqual([...a.provinces.map((x) => x.count)].sort((x, y) => y - x));
  });

  it("refreshRanking updates the touched entities, and an upsert of the same nodes keeps their degree", async () => {
    const measures = BATCH.nodes.filter((n) => n.label === "Measure");
    const measure = measures[measures.length - 1];
    const provinces = BATCH.nodes.filter((n) => n.label === "Province").slice(0, 6);
    const added: KgEdge[] = provinces.map((p) => ({
      id: edgeId("APPLIES_TO", measure.id, p.id),
      type: "APPLIES_TO",
      source: measure.id,
      target: p.id,
      properties: { evidence: [], date: null },
    }));
    const order = async () =>
      (await rankedOverview(store, { limit: 10_000, kinds: ["Measure"] })).nodes.map((n) => n.id);
    const ids = measures.map((n) => n.id);
    expect(await order()).toEqual([...ids].sort(byRank(deg)));
    // re-upserting the nodes (MERGE path) must not null the ranking; the new edges are not counted yet
    await store.upsert({ nodes: measures, edges: added });
    expect(await order()).toEqual([...ids].sort(byRank(deg)));
    const deg2 = degrees([...BATCH.edges, ...added]);
    expect(deg2.get(measure.id)).toBeGreaterThan(deg.get(measure.id) ?? 0);
    expect(await refreshRanking(store, [measure.id, ...provinces.map((p) => p.id)])).toBe(1 + provinces.length);
    expect(await order()).toEqual([...ids].sort(byRank(deg2)));
  });

  it("search finds what a substring test over every search key finds, best matches first", async () => {
    for (const q of ["内蒙古", "通知", "关于全面关停", "第1", "四川省"]) {
      const { hits } = await search(store, q, 500);
      const want = BATCH.nodes.filter((n) => String(n.properties.search).includes(q)).map((n) => n.id);
      expect(new Set(hits.map((h) => h.id)), q).toEqual(new Set(want));
      const exact = hits.findIndex((h) => h.name === q);
      if (exact >= 0) expect(exact).toBe(0);
    }
  });

  it("search sees a new entity as soon as it is stored (the index follows the store)", async () => {
    expect((await search(store, "测试新机构")).hits).toEqual([]);
    await store.upsert({
      nodes: [
        {
          id: "agency:测试新机构",
          label: "Agency",
          properties: { name: "测试新机构", aliases: [], search: "测试新机构", level: "central" },
        },
      ],
      edges: [],
    });
    expect((await search(store, "测试新机构")).hits.map((h) => h.id)).toEqual(["agency:测试新机构"]);
  });

  it("a neighbourhood page comes with exactly the relationships between the node and that page", async () => {
    const hub = [...allIds].sort(byRank(deg))[0];
    const label = labelOfId(hub);
    expect(label).not.toBeNull();
    const page = await neighbourhood(store, hub, { limit: 7, offset: 3 });
    const ids = new Set(page!.neighbours.map((n) => n.id));
    expect(page!.neighbours.map((n) => n.id)).toEqual([...page!.neighbours.map((n) => n.id)].sort());
    const want = BATCH.edges
      .filter((e) => (e.source === hub && ids.has(e.target)) || (e.target === hub && ids.has(e.source)))
      .map((e) => e.id)
      .sort();
    expect(page!.edges.map((e) => e.id).sort()).toEqual(want);
    expect(page!.total).toBe(deg.get(hub));
  });
});

describe("search index (pure)", () => {
  const rows = [
    {
      id: "agency:a",
      label: "Agency" as const,
      name: "中国人民银行",
      aliases: ["央行"],
      parts: ["中国人民银行", "央行"],
      degree: 3,
    },
    { id: "agency:b", label: "Agency" as const, name: "人民日报", aliases: [], parts: ["人民日报"], degree: 1 },
    { id: "company:c", label: "Company" as const, name: "OKX", aliases: [], parts: ["okx"], degree: 0 },
  ];
  const index = buildSearchIndex(rows);
  it.each([
    ["", []],
    ["z", []],
    ["央", ["agency:a"]],
    ["人民", ["agency:a", "agency:b"]],
    ["人民银行", ["agency:a"]],
    ["民日", ["agency:b"]],
    ["ok", ["company:c"]],
    ["银行央", []],
  ])("lookup(%j)", (q, ids) => {
    expect(lookup(index, q).map((e) => e.id)).toEqual(ids);
  });
});
