/**
 * Pure functions of the researcher features, as tables: "show only" producers,
 * the time scope of a date range, the camera fit arithmetic, snippets, query
 * parameters and the saved-queries file, the viewer's source-residue note.
 */
import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS, onlyKind, onlyRelType, timeScope } from "../../web/src/features/filters/index.js";
import { cameraFor } from "../../web/src/features/camera/utils.js";
import { snippet } from "../../web/src/features/documents/articles.js";
import { paramValues, parseSavedFile, queryParams, toSavedFile } from "../../web/src/features/cypher-editor/saved.js";
import { sourceResidue } from "../../web/src/features/documents/DocumentViewer.js";
import { createGraph, mergeBatch } from "../../web/src/core/graph.js";
import type { GraphBatch } from "../../schema/index.js";

describe("errors first: saved-queries files", () => {
  it.each([
    ["not json", /x\.json is not JSON/],
    ['{"hello": 1}', /is not a saved-queries file/],
    ['{"format": "kg-saved-queries", "queries": [{"name": "", "query": "RETURN 1"}]}', /query 1: invalid `name`/],
  ])("%s → %s", (text, msg) => expect(() => parseSavedFile(text, "x.json")).toThrow(msg));
  it("round-trips", () => {
    const list = [
      { name: "a", query: "MATCH (p:Province {name: $province}) RETURN p", params: { province: "内蒙古自治区" } },
    ];
    expect(parseSavedFile(toSavedFile(list))).toEqual(list);
  });
});

describe("query parameters", () => {
  it.each([
    ["MATCH (p {name: $province}) WHERE m.date >= $from RETURN p", ["province", "from"]],
    ["RETURN '$notaparam', $x, $x // $comment", ["x"]],
    ["RETURN 1", []],
  ])("%s → %j", (q, names) => expect(queryParams(q)).toEqual(names));
  it("typed values", () =>
    expect(paramValues(["a", "b", "c", "d"], { a: "12", b: "2021-09-24", c: "true" })).toEqual({
      a: 12,
      b: "2021-09-24",
      c: true,
      d: "",
    }));
});

describe("show only", () => {
  const all = ["Agency", "Province", "Measure"] as const;
  it("hides every other kind, and shows all again when repeated", () => {
    const once = onlyKind("Measure", all)(EMPTY_FILTERS);
    expect(once.hiddenKinds).toEqual(["Agency", "Province"]);
    expect(onlyKind("Measure", all)(once).hiddenKinds).toEqual([]);
  });
  it("relationship types likewise", () => {
    const once = onlyRelType("ISSUED", ["ISSUED", "APPLIES_TO"])(EMPTY_FILTERS);
    expect(once.hiddenRelTypes).toEqual(["APPLIES_TO"]);
  });
});

const B: GraphBatch = {
  nodes: [
    { id: "agency:a", label: "Agency", properties: { name: "a" } },
    { id: "agency:b", label: "Agency", properties: { name: "b" } },
    { id: "official:x", label: "Official", properties: { name: "x" } },
    { id: "measure:old", label: "Measure", properties: { name: "old", date: "2017-09-04" } },
    { id: "measure:new", label: "Measure", properties: { name: "new", date: "2021-10-01" } },
    { id: "measure:undated", label: "Measure", properties: { name: "u", date: null } },
    { id: "province:p", label: "Province", properties: { name: "p" } },
  ],
  edges: [
    { id: "e1", type: "ISSUED", source: "agency:a", target: "measure:old", properties: {} },
    { id: "e2", type: "ISSUED", source: "agency:a", target: "measure:new", properties: {} },
    { id: "e3", type: "SANCTIONED", source: "agency:b", target: "official:x", properties: { date: "2021-11-02" } },
    { id: "e4", type: "SANCTIONED", source: "agency:a", target: "official:x", properties: {} },
    { id: "e5", type: "LOCATED_IN", source: "agency:b", target: "province:p", properties: {} },
  ],
};

describe("time scope: From = 2021-09-24", () => {
  const g = createGraph();
  mergeBatch(g, B);
  const t = timeScope(g, { ...EMPTY_FILTERS, dateFrom: "2021-09-24" })!;
  it("keeps the events after it and what they connect", () => {
    expect([...t.nodes].sort()).toEqual(["agency:a", "agency:b", "measure:new", "official:x"]);
    expect([...t.edges].sort()).toEqual(["e2", "e3"]);
  });
  it("lists the undated events apart (not an edge to a dated measure)", () => {
    expect(t.undatedNodes).toEqual(["measure:undated"]);
    expect(t.undatedEdges).toEqual(["e4"]);
  });
  it("no range, no scope", () => expect(timeScope(g, EMPTY_FILTERS)).toBeNull());
});

describe("camera fit arithmetic", () => {
  // a linear viewport: 1 framed unit = 1000 px at ratio 1
  const toViewport = (p: { x: number; y: number }, s: { x: number; y: number; ratio: number }) => ({
    x: 400 + ((p.x - s.x) * 1000) / s.ratio,
    y: 300 + ((p.y - s.y) * 1000) / s.ratio,
  });
  it.each([
    [
      [
        { x: 0.1, y: 0.1, size: 5 },
        { x: 0.3, y: 0.2, size: 5 },
      ],
      { x: 0.2, y: 0.15 },
    ],
    [[{ x: 0.5, y: 0.5, size: 5 }], { x: 0.5, y: 0.5 }],
  ])("centres on the points and fits them", (pts, centre) => {
    const s = cameraFor(pts, { width: 800, height: 600 }, toViewport);
    expect(s.x).toBeCloseTo(centre.x);
    expect(s.y).toBeCloseTo(centre.y);
    for (const p of pts) {
      const v = toViewport(p, s);
      expect(v.x).toBeGreaterThanOrEqual(0);
      expect(v.x).toBeLessThanOrEqual(800);
      expect(v.y).toBeGreaterThanOrEqual(0);
      expect(v.y).toBeLessThanOrEqual(600);
    }
  });
});

describe("snippets and source residue", () => {
  it("cuts around the match with ellipses", () =>
    expect(snippet("0123456789abcdefghij", 10, 12, 3)).toEqual({ before: "…789", match: "ab", after: "cde…" }));
  it.each([
    ["將嚴(yán)查嚴(yán)處", /2 pinyin glosses/],
    ['文字?span id="x" class="keyword">比特币', /markup residue/],
    ["干净的文字（2021年）", null],
  ])("%s", (text, expected) => {
    const r = sourceResidue(text);
    if (expected) expect(r).toMatch(expected);
    else expect(r).toBeNull();
  });
});
