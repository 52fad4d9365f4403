/**
 * Quotes beside sentence ids in every export (schema/export: the writers the CLI,
 * the API and the canvas share): given the sentence texts, each edge with
 * evidence carries `quotes` in the order of `evidence`, in JSON, CSV, GEXF,
 * GraphML and the Cypher script; without texts nothing is added; the input
 * batch is not changed.
 */
import { describe, expect, it } from "vitest";
import { evidenceIds, exportGraph, withQuotes } from "../../schema/export/index.js";
import { REL_COLORS, type GraphBatch } from "../../schema/index.js";
import { readCsv } from "../helpers/csv.js";

const BATCH: GraphBatch = {
  nodes: [
    { id: "agency:中国人民银行", label: "Agency", properties: { name: "中国人民银行" } },
    { id: "measure:924通知", label: "Measure", properties: { name: "关于进一步防范和处置虚拟货币交易炒作风险的通知" } },
    { id: "province:内蒙古自治区", label: "Province", properties: { name: "内蒙古自治区" } },
  ],
  edges: [
    {
      id: "ISSUED|agency:中国人民银行|measure:924通知",
      type: "ISSUED",
      source: "agency:中国人民银行",
      target: "measure:924通知",
      properties: { evidence: ["doc:003#1", "doc:001#4"] },
    },
    {
      id: "APPLIES_TO|measure:924通知|province:内蒙古自治区",
      type: "APPLIES_TO",
      source: "measure:924通知",
      target: "province:内蒙古自治区",
      properties: { evidence: null },
    },
  ],
};
const TEXTS = new Map([
  ["doc:003#1", "中國人民銀行等十部門聯合發布《通知》,這份被業界稱為“史上最嚴”的文件"],
  ["doc:001#4", "人民银行发布通知, 明确虚拟货币相关业务活动属于非法金融活动"],
]);

describe("quotes in exports", () => {
  it("evidenceIds lists each cited sentence once", () => {
    expect(evidenceIds(BATCH).sort()).toEqual(["doc:001#4", "doc:003#1"]);
  });

  it("withQuotes returns a new batch; the input is unchanged", () => {
    const before = JSON.stringify(BATCH);
    const out = withQuotes(BATCH, TEXTS);
    expect(JSON.stringify(BATCH)).toBe(before);
    expect(out.edges[0].properties.quotes).toEqual([TEXTS.get("doc:003#1"), TEXTS.get("doc:001#4")]);
    expect(out.edges[1].properties.quotes).toBeUndefined();
  });

  it("JSON: quotes beside evidence, in its order, Traditional kept", () => {
    const g = JSON.parse(exportGraph(BATCH, "json", { quotes: TEXTS })[0].text) as {
      edges: Array<{ source: string; attributes: { evidence: string[] | null; quotes?: string[] } }>;
    };
    const issued = g.edges.find((e) => e.source === "agency:中国人民银行")!;
    expect(issued.attributes.evidence).toEqual(["doc:003#1", "doc:001#4"]);
    expect(issued.attributes.quotes![0]).toContain("史上最嚴");
    expect(issued.attributes.quotes![1]).toContain("非法金融活动");
  });

  it("CSV: a quotes column beside evidence (comma-bearing quotes stay one cell)", () => {
    const [, edges] = exportGraph(BATCH, "csv", { quotes: TEXTS });
    const rows = readCsv(edges.text.replace(/^\uFEFF/, "")).filter((r) => r.length > 1);
    const qi = rows[0].indexOf("quotes");
    const ei = rows[0].indexOf("evidence");
    expect(qi).toBeGreaterThan(0);
    const issued = rows.find((r) => r[1] === "agency:中国人民银行")!;
    expect(issued[ei]).toBe("doc:003#1|doc:001#4");
    expect(issued[qi]).toBe(`${TEXTS.get("doc:003#1")}|${TEXTS.get("doc:001#4")}`);
  });

  it("GEXF, GraphML and the Cypher script carry the quote text too", () => {
    for (const format of ["gexf", "graphml", "cypher"] as const)
      expect(exportGraph(BATCH, format, { quotes: TEXTS })[0].text).toContain("史上最嚴");
  });

  it("without texts no quotes column appears", () => {
    const [, edges] = exportGraph(BATCH, "csv");
    expect(readCsv(edges.text.replace(/^\uFEFF/, ""))[0]).not.toContain("quotes");
  });

  it("GEXF edges are coloured by relationship type (the canvas's REL_COLORS), for Gephi", () => {
    const text = exportGraph(BATCH, "gexf")[0].text;
    const n = parseInt(REL_COLORS.ISSUED.slice(1), 16);
    const start = text.indexOf('source="agency:中国人民银行"');
    const edge = text.slice(start, text.indexOf("</edge>", start));
    expect(edge).toContain(`<viz:color r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"/>`);
  });
});
