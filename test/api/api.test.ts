/**
 * The HTTP API against a running server on 127.0.0.1 (real socket, real Kuzu
 * store with the seeds ingested).
 */
import { describe, expect, it } from "vitest";
import { serveSeeds } from "../helpers/served-seeds.js";

const app = serveSeeds();

const get = async (path: string) => {
  const res = await fetch(app.base + path);
  return { status: res.status, body: await res.json() };
};
const cypher = async (query: unknown) => {
  const res = await fetch(app.base + "/api/cypher", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: await res.json() };
};

describe("errors first", () => {
  it.each([
    ["CREATE (n:Agency {id: 'agency:evil', name: 'evil'})", /read-only|not allowed/i],
    ["MATCH (n:Agency) DETACH DELETE n", /read-only|not allowed/i],
    ["MATCH (n RETURN n", /Parser exception/],
    ["", /Expecting a non-empty string/],
  ])("POST /api/cypher %j → 400 with a clear message, graph unchanged, server up", async (q, message) => {
    const before = (await get("/api/stats")).body.nodes;
    const { status, body } = await cypher(q);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
    const after = await get("/api/stats");
    expect(after.status).toBe(200);
    expect(after.body.nodes).toBe(before);
  });

  it.each([
    ["/api/search", 400, /`q`/],
    ["/api/search?q=%20", 400, /`q`/],
    ["/api/nodes/agency%3A%E4%B8%8D%E5%AD%98%E5%9C%A8", 404, /no node/],
    ["/api/nodes/agency%3A%E4%B8%AD%E5%9B%BD%E4%BA%BA%E6%B0%91%E9%93%B6%E8%A1%8C?limit=0", 400, /`limit`/],
    ["/api/documents/doc%3Anope", 404, /no document/],
    ["/api/export?format=pdf", 400, /`format`/],
    ["/api/nothing", 404, /no route/],
  ])("GET %s → %i", async (path, status, message) => {
    const r = await get(path);
    expect(r.status).toBe(status);
    expect(r.body.error).toMatch(message);
  });
});

describe("a query that crashes the embedded engine", () => {
  it("is answered with 400 and a clear message; the graph is unchanged and the server keeps answering", async () => {
    const before = (await get("/api/stats")).body;
    const res = await fetch(app.base + "/api/cypher", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "MATCH (n) WHERE n.id IN $ids OPTIONAL MATCH (n)-[r]->(m) WHERE m.id IN $ids RETURN n, r, m",
        params: { ids: ["agency:中国人民银行"] },
      }),
    });
    const body = await res.json();
    expect(res.status).toBe(400);
    expect(body.reason).toBe("crash");
    expect(body.error).toMatch(/engine crashed on this query/);
    const after = await get("/api/stats");
    expect(after.body.nodes).toBe(before.nodes);
    expect(after.body.edges).toBe(before.edges);
    const next = await cypher("MATCH (a:Agency {id: 'agency:中国人民银行'}) RETURN a.name AS name");
    expect(next.status).toBe(200);
    expect(next.body.rows[0].name).toBe("中国人民银行");
  });
});

describe("a runaway query", () => {
  it("is cut at the time limit with a clear error while the server keeps answering", async () => {
    const runaway = cypher(
      "MATCH (a), (b), (c), (d) WHERE a.id < b.id AND b.id < c.id AND c.id < d.id RETURN count(*)",
    );
    // while it runs, browsing still answers: the search comes back before the runaway is cut
    let cutYet = false;
    const cut = runaway.then((r) => {
      cutYet = true;
      return r;
    });
    const during = await get(`/api/search?q=${encodeURIComponent("央行")}`);
    const answeredWhileRunning = !cutYet;
    expect(during.status).toBe(200);
    const { status, body } = await cut;
    expect(status).toBe(400);
    expect(body.reason).toBe("timeout");
    expect(body.error).toMatch(/time limit of 5000 ms/);
    expect(answeredWhileRunning).toBe(true);
    expect((await get("/api/stats")).status).toBe(200);
  });
});

describe("reads", () => {
  it("search finds 中国人民银行 from Simplified and from Traditional input", async () => {
    for (const q of ["中国人民银行", "人民銀行", "央行"]) {
      const { status, body } = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(status).toBe(200);
      expect(body.hits[0].id).toBe("agency:中国人民银行");
    }
  });

  it("node + neighbourhood: capped, with the total and evidence from two articles", async () => {
    const id = encodeURIComponent("agency:中国人民银行");
    const full = await get(`/api/nodes/${id}?limit=1000`);
    expect(full.status).toBe(200);
    expect(full.body.node.properties.name).toBe("中国人民银行");
    expect(full.body.total).toBeGreaterThan(1);
    expect(full.body.neighbours).toHaveLength(full.body.total);
    const capped = await get(`/api/nodes/${id}?limit=1`);
    expect(capped.body.neighbours).toHaveLength(1);
    expect(capped.body.total).toBe(full.body.total);
    const docs = new Set(full.body.evidence.map((e: { docId: string }) => e.docId));
    expect(docs.size).toBeGreaterThanOrEqual(2);
    expect(full.body.evidence.some((e: { text: string }) => /人民银行|人民銀行/.test(e.text))).toBe(true);
  });

  it("expansion by kind: only neighbours of those kinds, paged and counted", async () => {
    const id = encodeURIComponent("agency:中国人民银行");
    const all = await get(`/api/nodes/${id}?limit=1000`);
    const officials = await get(`/api/nodes/${id}?limit=1000&kinds=Official`);
    expect(officials.status).toBe(200);
    const expected = all.body.neighbours
      .filter((n: { label: string }) => n.label === "Official")
      .map((n: { id: string }) => n.id);
    expect(expected.length).toBeGreaterThan(1);
    expect(officials.body.neighbours.map((n: { id: string }) => n.id)).toEqual(expected);
    expect(officials.body.total).toBe(expected.length);
    const page2 = await get(`/api/nodes/${id}?limit=1&offset=1&kinds=Official`);
    expect(page2.body.neighbours.map((n: { id: string }) => n.id)).toEqual([expected[1]]);
    const bad = await get(`/api/nodes/${id}?kinds=Official,Sentence`);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/invalid `kinds` \(Sentence\)/);
  });

  it("a read query answers rows and the graph they contain", async () => {
    const { status, body } = await cypher("MATCH (a:Agency) RETURN a.name AS name, a ORDER BY name LIMIT 5");
    expect(status).toBe(200);
    expect(body.columns).toEqual(["name", "a"]);
    expect(body.rows).toHaveLength(5);
    expect(body.graph.nodes).toHaveLength(5);
  });

  it("documents come with text in original characters and sentence offsets", async () => {
    const { status, body } = await get(`/api/documents/${encodeURIComponent("doc:002_14c42f6263d7a414")}`);
    expect(status).toBe(200);
    expect(body.document.text).toContain("國家發");
    // 002 has no title: it is named by its opening words, and evidence cites that name
    expect(body.document.title).toBeNull();
    expect(body.document.name).toMatch(/^監/);
    for (const s of body.sentences) expect(body.document.text.slice(s.start, s.end)).toBe(s.text);
    for (const m of body.mentions) expect(body.document.text.slice(m.start, m.end)).toBe(m.surface);
  });

  it("an edge comes with its evidence sentences", async () => {
    const { body } = await cypher("MATCH ()-[r:ISSUED]->() RETURN r LIMIT 1");
    const id = body.rows[0].r.id as string;
    const edge = await get(`/api/edges/${encodeURIComponent(id)}`);
    expect(edge.status).toBe(200);
    expect(edge.body.evidence.length).toBeGreaterThan(0);
    // both ends are marked inside the sentence, in original characters
    const doc = await get(`/api/documents/${encodeURIComponent(edge.body.evidence[0].docId)}`);
    const marks = edge.body.evidence[0].marks as Array<{
      entityId: string;
      surface: string;
      start: number;
      end: number;
    }>;
    expect(new Set(marks.map((m) => m.entityId))).toEqual(new Set([edge.body.edge.source, edge.body.edge.target]));
    for (const m of marks) expect(doc.body.document.text.slice(m.start, m.end)).toBe(m.surface);
  });

  it("exports graphology JSON with display labels and kinds", async () => {
    const { status, body } = await get("/api/export?format=json");
    expect(status).toBe(200);
    expect(body.nodes.length).toBeGreaterThan(30);
    const pboc = body.nodes.find((n: { key: string }) => n.key === "agency:中国人民银行");
    expect(pboc.attributes).toMatchObject({ label: "中国人民银行", kind: "Agency", name: "中国人民银行" });
    expect(body.edges.every((e: { attributes: { kind: string } }) => typeof e.attributes.kind === "string")).toBe(true);
  });

  it("serves the example queries", async () => {
    const { body } = await get("/api/examples");
    expect(body.examples.length).toBeGreaterThanOrEqual(8);
    expect(body.examples[0]).toHaveProperty("query");
  });
});
