/**
 * Text search over the articles (GET /api/text-search) and the article list
 * (GET /api/documents) on a real Kuzu store with the seeds: Simplified input
 * finds Traditional sentences, a phrase broken by 002's raw pinyin glosses is
 * found and highlighted over the original characters, facets count what they say.
 */
import { describe, expect, it } from "vitest";
import { serveSeeds } from "../helpers/served-seeds.js";
import type { DocumentListItem, TextSearchResponse } from "../../schema/api.js";
import { findMatch, findMatches, probe } from "../../server/text-search.js";

const app = serveSeeds();

const get = async <T>(path: string) => {
  const res = await fetch(app.base + path);
  return { status: res.status, body: (await res.json()) as T };
};
const ts = (q: string, extra = "") => get<TextSearchResponse>(`/api/text-search?q=${encodeURIComponent(q)}${extra}`);

describe("errors first", () => {
  it.each([
    ["", /text-search: invalid `q`/],
    ["   ", /text-search: invalid `q`/],
  ])("q=%j → 400", async (q, msg) => {
    const { status, body } = await get<{ error: string }>(`/api/text-search?q=${encodeURIComponent(q)}`);
    expect(status).toBe(400);
    expect(body.error).toMatch(msg);
  });
  it("year must be YYYY or undated", async () => {
    const { status, body } = await ts("挖矿", "&year=last");
    expect(status).toBe(400);
    expect(body as unknown as { error: string }).toMatchObject({ error: expect.stringMatching(/`year`/) });
  });
});

describe("pure helpers", () => {
  it.each([
    ["虚拟货币挖矿", "挖矿"],
    ["924", "924"],
    ["比特币", "特币"],
    ["btc", "btc"],
  ])("probe(%j) = %j", (w, p) => expect(probe(w)).toBe(p));
  it("findMatch maps a match on normalized text back over the original characters (glosses included)", () => {
    const text = "將嚴(yán)查嚴(yán)處國有單位";
    const m = findMatch(text, ["严查严处"])!;
    expect(text.slice(m.start, m.end)).toBe("嚴(yán)查嚴(yán)處");
    expect(findMatch(text, ["严查", "没有"])).toBeNull();
  });
});

describe("text search", () => {
  it("Simplified input finds the Traditional sentence of 003, with the match over its original characters", async () => {
    const { status, body } = await ts("史上最严");
    expect(status).toBe(200);
    expect(body.hits.length).toBeGreaterThan(0);
    const hit = body.hits.find((h) => h.docId.includes("003"))!;
    expect(hit).toBeTruthy();
    expect(hit.text.slice(hit.matchStart, hit.matchEnd)).toBe("史上最嚴");
    expect(hit.sentenceEnd).toBeGreaterThan(hit.sentenceStart);
    // Traditional input gives the same sentences
    const trad = await ts("史上最嚴");
    expect(trad.body.hits.map((h) => h.sentenceId)).toEqual(body.hits.map((h) => h.sentenceId));
  });

  it("a phrase 002 writes with glued pinyin glosses is found", async () => {
    const { body } = await ts("严查严处国有单位");
    const hit = body.hits.find((h) => h.docId.includes("002"));
    expect(hit, JSON.stringify(body.hits.map((h) => h.docId))).toBeTruthy();
    expect(hit!.text.slice(hit!.matchStart, hit!.matchEnd)).toMatch(/^嚴\(yán\)查/);
  });

  it("several words must all occur; facets count the hits by document, year and entity; a facet filters", async () => {
    const { body } = await ts("虚拟货币 挖矿");
    expect(body.total).toBeGreaterThan(2);
    for (const h of body.hits) {
      const m = findMatch(h.text, ["虚拟货币", "挖矿"]);
      expect(m).not.toBeNull();
    }
    const byDoc = body.facets.documents.reduce((a, f) => a + f.count, 0);
    expect(byDoc).toBe(body.total);
    expect(body.facets.dates.reduce((a, f) => a + f.count, 0)).toBe(body.total);
    expect(body.facets.entities.length).toBeGreaterThan(0);
    const doc = body.facets.documents[0];
    const only = await ts("虚拟货币 挖矿", `&doc=${encodeURIComponent(doc.key)}`);
    expect(only.body.total).toBe(doc.count);
    expect(new Set(only.body.hits.map((h) => h.docId))).toEqual(new Set([doc.key]));
    const ent = body.facets.entities[0];
    const byEnt = await ts("虚拟货币 挖矿", `&entity=${encodeURIComponent(ent.key)}`);
    expect(byEnt.body.total).toBe(ent.count);
    for (const h of byEnt.body.hits) expect(h.entities).toContain(ent.key);
  });

  it("a word in no article finds nothing", async () => {
    const { body } = await ts("量子纠缠望远镜");
    expect(body).toMatchObject({ total: 0, hits: [], documents: [] });
  });
});

describe("document list", () => {
  it("lists every article with outlet, date and entity count", async () => {
    const { body } = await get<{ documents: DocumentListItem[] }>("/api/documents");
    expect(body.documents.length).toBe(5);
    for (const d of body.documents) {
      expect(d.entities).toBeGreaterThan(0);
      expect(d.sentences).toBeGreaterThan(0);
    }
    expect(body.documents.some((d) => d.outlet)).toBe(true);
  });
});

describe("exports carry the quotes", () => {
  it("JSON edges have `quotes` (the evidence sentences' text) beside `evidence`; the CSV has a quotes column", async () => {
    const res = await fetch(app.base + "/api/export?format=json");
    const g = (await res.json()) as {
      edges: Array<{ attributes: { evidence?: string[]; quotes?: string[] } }>;
    };
    const withEv = g.edges.filter((e) => (e.attributes.evidence ?? []).length > 0);
    expect(withEv.length).toBeGreaterThan(0);
    for (const e of withEv) {
      expect(e.attributes.quotes!.length).toBe(e.attributes.evidence!.length);
      expect(e.attributes.quotes![0]).toMatch(/[\u4e00-\u9fff]/);
    }
    const csv = await (await fetch(app.base + "/api/export?format=csv&part=edges")).text();
    const header = csv.replace(/^\uFEFF/, "").split(/\r?\n/)[0];
    expect(header.split(",")).toContain("quotes");
    expect(csv).toContain(withEv[0].attributes.quotes![0].slice(0, 10));
  });
});

describe("each word marked exactly", () => {
  it("findMatches: every occurrence of every word, as original offsets, not the span between", () => {
    const text = "這份被業界稱為“史上最嚴”的虛擬貨幣監管文件,要求停止虛擬貨幣挖礦,分析對挖礦行業的沖擊";
    const spans = findMatches(text, ["史上最严", "挖矿"]);
    expect(spans.map((m) => text.slice(m.start, m.end))).toEqual(["史上最嚴", "挖礦", "挖礦"]);
    // overlapping words merge into one mark
    expect(findMatches("虛擬貨幣挖礦", ["虚拟货币", "货币挖矿"]).map((m) => [m.start, m.end])).toEqual([[0, 6]]);
    expect(findMatches("监(jiān)管", ["监管"])).toEqual([{ start: 0, end: 8 }]);
  });

  it("hits carry `matches`: one span per word occurrence, in Simplified or Traditional", async () => {
    for (const q of ["史上最严 挖矿", "史上最嚴 挖礦"]) {
      const { body } = await ts(q);
      const hit = body.hits.find((h) => h.text.includes("史上最嚴"))!;
      expect(hit).toBeDefined();
      const marked = hit.matches.map((m) => hit.text.slice(m.start, m.end));
      expect(marked[0]).toBe("史上最嚴");
      expect(marked.slice(1).every((m) => m === "挖礦")).toBe(true);
      expect(marked.length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("POST /api/sentences (the canvas exports' quotes)", () => {
  const post = async (body: unknown) => {
    const res = await fetch(app.base + "/api/sentences", {
      method: "POST",
      headers: { "content-type": "application/json", origin: app.base },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      body: (await res.json()) as { sentences?: Array<{ sentenceId: string; text: string }>; error?: string },
    };
  };

  it("answers the sentences asked for, in their original characters", async () => {
    const { body: hits } = await ts("史上最严");
    const id = hits.hits[0].sentenceId;
    const { status, body } = await post({ ids: [id, "doc:nope#1"] });
    expect(status).toBe(200);
    expect(body.sentences!.map((s) => s.sentenceId)).toEqual([id]);
    expect(body.sentences![0].text).toContain("史上最嚴");
  });

  it.each([[{}], [{ ids: "doc:1#1" }], [{ ids: [""] }], [{ ids: [1] }]])("%j → 400 naming `ids`", async (b) => {
    const { status, body } = await post(b);
    expect(status).toBe(400);
    expect(body.error).toMatch(/sentences: invalid `ids`/);
  });
});
