/**
 * One contract suite for both stores: the same tiny graph, the same answers.
 * Runs against Kuzu always, against Neo4j when NEO4J_URI is set (helpers/targets.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueryRejected, type GraphStore } from "../../store/index.js";
import { STORE_TARGETS } from "../helpers/targets.js";
import { around, getDocument, getEdge, neighbourhood, nodesByIds, search } from "../../server/graph.js";
import { TINY } from "../fixtures/tiny-graph.js";
import { loadExamples } from "../../server/http.js";

describe.each(STORE_TARGETS)("store contract: $name", (target) => {
  let store: GraphStore;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ store, cleanup } = await target.open());
    await store.upsert(TINY);
  });
  afterAll(async () => cleanup?.());

  // ---- error cases first
  it.each([
    ["CREATE (n:Agency {id: 'evil'})", "write"],
    ["create (n:Agency {id: 'evil'})", "write"],
    ["MATCH (n:Agency) SET n.name = 'x'", "write"],
    ["MATCH (n:Agency) DETACH DELETE n", "write"],
    ["MATCH (n) RETURN n; CREATE (m:Agency {id: 'evil'})", "invalid"],
    ["MATCH (n RETURN n", "syntax"],
  ])("rejects %s (%s) and leaves the graph unchanged", async (q, reason) => {
    const before = await store.counts();
    const err = await store.readQuery(q).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryRejected);
    expect((err as QueryRejected).reason).toBe(reason);
    expect(await store.counts()).toEqual(before);
  });

  it("loads the fixture: counts by label and type", async () => {
    const c = await store.counts();
    expect(c.nodes).toBe(TINY.nodes.length);
    expect(c.edges).toBe(TINY.edges.length);
    expect(c.byLabel.Agency).toBe(3);
    expect(c.byType.MENTIONS).toBe(3);
  });

  it("is idempotent: a second upsert changes no counts, and evidence is unioned not duplicated", async () => {
    const before = await store.counts();
    await store.upsert(TINY);
    expect(await store.counts()).toEqual(before);
    const e = await getEdge(
      store,
      "ISSUED:agency:中国人民银行->measure:关于进一步防范和处置虚拟货币交易炒作风险的通知",
    );
    expect(e?.edge.properties.evidence).toEqual(["doc:t#0"]);
  });

  it("returns one result shape: nodes, relationships, scalars, lists, maps, dates", async () => {
    const r = await store.readQuery(
      "MATCH (a:Agency)-[r:ISSUED]->(m:Measure) RETURN a, r, m.date AS date, m.name AS name, [1, 2] AS list, {k: 'v'} AS map, count(*) AS c",
    );
    expect(r.columns).toEqual(["a", "r", "date", "name", "list", "map", "c"]);
    const row = r.rows[0];
    expect(row.a).toMatchObject({ _type: "node", id: "agency:中国人民银行", label: "Agency" });
    expect(row.r).toMatchObject({ _type: "relationship", type: "ISSUED", source: "agency:中国人民银行" });
    expect(row.date).toBe("2021-09-24");
    expect(row.list).toEqual([1, 2]);
    expect(row.map).toEqual({ k: "v" });
    expect(row.c).toBe(1);
    // The graph of a result holds exactly the nodes and relationships it returned.
    expect(r.graph.nodes.map((n) => n.id)).toEqual(["agency:中国人民银行"]);
    expect(r.graph.edges.map((e) => e.type)).toEqual(["ISSUED"]);
  });

  it("caps rows and says so", async () => {
    const r = await store.readQuery("UNWIND range(1, 100) AS x RETURN x", {}, { rowLimit: 10 });
    expect(r.rows).toHaveLength(10);
    expect(r.truncated).toBe(true);
  });

  it("searches Simplified and Traditional, names and aliases", async () => {
    expect((await search(store, "中国人民银行")).hits[0]?.id).toBe("agency:中国人民银行");
    expect((await search(store, "人民銀行")).hits[0]?.id).toBe("agency:中国人民银行");
    expect((await search(store, "央行")).hits[0]?.id).toBe("agency:中国人民银行");
    expect((await search(store, "不存在的机构")).hits).toEqual([]);
  });

  it("pages a neighbourhood without repeating or skipping, with the total", async () => {
    const all = await neighbourhood(store, "province:内蒙古自治区", { limit: 100 });
    expect(all?.total).toBe(2);
    const p1 = await neighbourhood(store, "province:内蒙古自治区", { limit: 1, offset: 0 });
    const p2 = await neighbourhood(store, "province:内蒙古自治区", { limit: 1, offset: 1 });
    const ids = [...(p1?.neighbours ?? []), ...(p2?.neighbours ?? [])].map((n) => n.id).sort();
    expect(ids).toEqual(all!.neighbours.map((n) => n.id).sort());
    expect(new Set(ids).size).toBe(2);
    expect(p1?.total).toBe(2);
    expect(p1?.edges).toHaveLength(1);
  });

  it("pages neighbours of given kinds only, with their own total", async () => {
    const agencies = await neighbourhood(store, "province:内蒙古自治区", { kinds: ["Agency"] });
    expect(agencies?.neighbours.map((n) => n.id)).toEqual(["agency:内蒙古自治区发展和改革委员会"]);
    expect(agencies?.total).toBe(1);
    const none = await neighbourhood(store, "province:内蒙古自治区", { kinds: ["Company"] });
    expect(none?.total).toBe(0);
    expect(none?.neighbours).toEqual([]);
  });

  it("lists the sentences that mention a node, as written", async () => {
    const hood = await neighbourhood(store, "agency:中国人民银行");
    expect(hood?.evidence[0]).toMatchObject({ docTitle: "测试文章", surface: "中國人民銀行", start: 0, end: 6 });
    expect(hood?.evidence.map((e) => e.text)).toContain(
      "中國人民銀行等十部門聯合發布《關於進一步防範和處置虛擬貨幣交易炒作風險的通知》。",
    );
  });

  it("serves a document with sentences and mentions in original characters", async () => {
    const d = await getDocument(store, "doc:t");
    expect(d?.document.title).toBe("测试文章");
    expect(d?.sentences).toHaveLength(2);
    const m = d!.mentions.find((x) => x.entityId === "agency:中国人民银行")!;
    expect(d!.document.text.slice(m.start, m.end)).toBe("中國人民銀行");
  });

  it("walks a neighbourhood at depth 2", async () => {
    const g = await around(store, "province:内蒙古自治区", 2);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(
      [
        "agency:中国人民银行",
        "agency:内蒙古自治区发展和改革委员会",
        "measure:关于进一步防范和处置虚拟货币交易炒作风险的通知",
        "province:内蒙古自治区",
      ].sort(),
    );
    expect(g.nodes.map((n) => n.id)).not.toContain("agency:国家发展和改革委员会");
    expect(g.edges).toHaveLength(3);
  });

  it("finds nodes by ids (unknown ones left out) and only the relationships among them", async () => {
    const ids = [
      "agency:中国人民银行",
      "province:内蒙古自治区",
      "measure:关于进一步防范和处置虚拟货币交易炒作风险的通知",
      "doc:t#0",
      "agency:不存在",
      "no-label-here",
    ];
    const g = await nodesByIds(store, ids);
    const known = new Set(TINY.nodes.map((n) => n.id));
    expect(g.nodes.map((n) => n.id).sort()).toEqual(ids.filter((id) => known.has(id)).sort());
    const among = TINY.edges.filter((e) => ids.includes(e.source) && ids.includes(e.target));
    expect(among.length).toBeGreaterThan(1);
    expect(g.edges.map((e) => e.id).sort()).toEqual(among.map((e) => e.id).sort());
    expect(await nodesByIds(store, [])).toEqual({ nodes: [], edges: [] });
  });

  it.each(loadExamples().map((e) => [e.name, e.query]))("runs the example query %s", async (_name, query) => {
    const r = await store.readQuery(query);
    expect(r.columns.length).toBeGreaterThan(0);
  });

  it("upserts a batch whose first rows hold NULLs and empty lists where later rows have values", async () => {
    const rows = [
      {
        id: "place:甲县",
        label: "Place" as const,
        properties: { name: "甲县", aliases: [], search: "甲县", code: null, level: null },
      },
      {
        id: "place:乙市",
        label: "Place" as const,
        properties: { name: "乙市", aliases: ["乙"], search: "乙市|乙", code: "999900", level: "prefecture" },
      },
    ];
    await store.upsert({ nodes: rows, edges: [] });
    const r = await store.readQuery(
      "MATCH (p:Place) WHERE p.id IN ['place:甲县', 'place:乙市'] RETURN p ORDER BY p.id",
    );
    const props = r.rows.map((x) => (x.p as { properties: Record<string, unknown> }).properties);
    expect(props).toEqual([
      expect.objectContaining({ name: "乙市", aliases: ["乙"], code: "999900" }),
      expect.objectContaining({ name: "甲县", aliases: [], code: null }),
    ]);
  });

  it("merges a second article's view of the same entity and edge: aliases and evidence unioned, nothing lost", async () => {
    const pboc = TINY.nodes.find((n) => n.id === "agency:中国人民银行")!;
    const issued = TINY.edges.find((e) => e.type === "ISSUED")!;
    await store.upsert({
      nodes: [
        { ...pboc, properties: { ...pboc.properties, aliases: ["人行"], search: "中国人民银行|人行", level: null } },
      ],
      edges: [{ ...issued, properties: { evidence: ["doc:u#3"], date: null } }],
    });
    const node = (await store.readQuery("MATCH (a:Agency {id: 'agency:中国人民银行'}) RETURN a")).rows[0].a as {
      properties: Record<string, unknown>;
    };
    expect([...(node.properties.aliases as string[])].sort()).toEqual(
      ["中國人民銀行", "人民银行", "人行", "央行"].sort(),
    );
    expect(node.properties.level).toBe("central");
    expect((await search(store, "人行")).hits[0]?.id).toBe("agency:中国人民银行");
    const edge = await getEdge(store, issued.id);
    expect(edge?.edge.properties.evidence).toEqual(["doc:t#0", "doc:u#3"]);
    expect(edge?.edge.properties.date).toBe("2021-09-24");
  });

  it("returns paths, and integers beyond 32 bits, in the same shape", async () => {
    const r = await store.readQuery(
      "MATCH p = (a:Agency {id: 'agency:中国人民银行'})-[:ISSUED]->(m:Measure)-[:APPLIES_TO]->(x:Province) RETURN p, 8589934592 AS big",
    );
    const p = r.rows[0].p as {
      _type: string;
      nodes: Array<{ id: string }>;
      edges: Array<{ type: string; source: string; target: string }>;
    };
    expect(p._type).toBe("path");
    expect(p.nodes.map((n) => n.id)).toEqual([
      "agency:中国人民银行",
      "measure:关于进一步防范和处置虚拟货币交易炒作风险的通知",
      "province:内蒙古自治区",
    ]);
    expect(p.edges.map((e) => e.type)).toEqual(["ISSUED", "APPLIES_TO"]);
    expect(p.edges[1]).toMatchObject({
      source: "measure:关于进一步防范和处置虚拟货币交易炒作风险的通知",
      target: "province:内蒙古自治区",
    });
    expect(r.rows[0].big).toBe(8589934592);
    expect(r.graph.nodes).toHaveLength(3);
    expect(r.graph.edges).toHaveLength(2);
  });
});
