/**
 * The web app's pure functions, as tables (no browser needed): URL state
 * round-trips, graphology JSON back to batches, evidence marking, article
 * segmentation, month bins, date filters, query history, merging batches.
 */
import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS, inDateRange, isNodeVisible, type FiltersState } from "../../web/src/features/filters/index.js";
import { formatUrl, parseUrl, type UrlState } from "../../web/src/features/url-state/index.js";
import { serializedToBatch } from "../../web/src/core/serialized.js";
import { toSerializedGraph, type GraphBatch } from "../../schema/index.js";
import { markRanges } from "../../web/src/features/inspector/Evidence.js";
import { segments } from "../../web/src/features/documents/index.js";
import { monthEnd, monthRange, monthlyBins, type DatedItem } from "../../web/src/features/timeline/index.js";
import { pushHistory } from "../../web/src/features/cypher-editor/index.js";
import { createGraph, mergeBatch } from "../../web/src/core/graph.js";

const BATCH: GraphBatch = {
  nodes: [
    {
      id: "agency:中国人民银行",
      label: "Agency",
      properties: { name: "中国人民银行", aliases: ["央行", "人民银行"], level: "central" },
    },
    {
      id: "measure:关于防范比特币风险的通知",
      label: "Measure",
      properties: { name: "关于防范比特币风险的通知", aliases: [], kind: "notice", date: "2013-12-05", status: null },
    },
    {
      id: "province:内蒙古自治区",
      label: "Province",
      properties: { name: "内蒙古自治区", aliases: ["内蒙古"], code: "150000" },
    },
  ],
  edges: [
    {
      id: "ISSUED:agency:中国人民银行->measure:关于防范比特币风险的通知",
      type: "ISSUED",
      source: "agency:中国人民银行",
      target: "measure:关于防范比特币风险的通知",
      properties: { evidence: ["doc:001#58"], date: "2013-12-05" },
    },
    {
      id: "APPLIES_TO:measure:x->province:y",
      type: "APPLIES_TO",
      source: "measure:missing",
      target: "province:内蒙古自治区",
      properties: { evidence: [], date: null },
    },
  ],
};

describe("url state", () => {
  const states: Array<[string, UrlState]> = [
    [
      "overview, nothing selected",
      { source: { type: "overview" }, selection: null, filters: EMPTY_FILTERS, hidden: [] },
    ],
    [
      "selection, filters and dates",
      {
        source: { type: "overview" },
        selection: { type: "node", id: "agency:中国人民银行" },
        filters: {
          ...EMPTY_FILTERS,
          hiddenKinds: ["Person", "Place"],
          hiddenRelTypes: ["MENTIONS"],
          dateFrom: "2021-09-01",
          dateTo: "2021-12-31",
          province: "province:内蒙古自治区",
        },
        hidden: ["official:李波"],
      },
    ],
    [
      "a neighbourhood",
      {
        source: { type: "around", id: "agency:中国人民银行", depth: 2 },
        selection: { type: "edge", id: "ISSUED:a->b" },
        filters: EMPTY_FILTERS,
        hidden: [],
      },
    ],
    [
      "a query",
      {
        source: { type: "query", query: "MATCH (n:Agency) RETURN n LIMIT 5" },
        selection: null,
        filters: EMPTY_FILTERS,
        hidden: [],
      },
    ],
    [
      "hand-picked nodes (ids with ',' and ':')",
      {
        source: { type: "nodes", ids: ["agency:a,b", "measure:《关于…的通知》"] },
        selection: null,
        filters: EMPTY_FILTERS,
        hidden: [],
      },
    ],
  ];
  it.each(states)("round-trips: %s", (_, state) => {
    expect(parseUrl(formatUrl(state))).toEqual(state);
  });
  it("ignores what it does not understand", () => {
    expect(parseUrl("?hide=Agency,Nonsense&from=yesterday&depth=99&around=x")).toEqual({
      source: { type: "around", id: "x", depth: 1 },
      selection: null,
      filters: { ...EMPTY_FILTERS, hiddenKinds: ["Agency"] },
      hidden: [],
    });
  });
  it("keeps expandLimit", () => {
    expect(formatUrl(states[0][1], new URLSearchParams("expandLimit=3&junk=1"))).toBe("?expandLimit=3");
  });
});

describe("graphology JSON back to a batch", () => {
  it("restores labels, properties (a Measure's own kind too) and drops edges to missing nodes", () => {
    const back = serializedToBatch(toSerializedGraph(BATCH));
    expect(back.nodes).toEqual(BATCH.nodes);
    expect(back.edges).toEqual([BATCH.edges[0]]);
  });
});

describe("evidence marks", () => {
  const text = "7月，中国人民银行副行长潘功胜表示";
  const base = { text, sentenceStart: 100, surface: null, start: null, end: null };
  const cases: Array<[string, Parameters<typeof markRanges>[0], string[], Array<[number, number]>]> = [
    ["the mention's offsets", { ...base, surface: "中国人民银行", start: 103, end: 109 }, [], [[3, 9]]],
    [
      "offsets that do not match the surface fall back to finding it",
      { ...base, surface: "中国人民银行", start: 90, end: 96 },
      [],
      [[3, 9]],
    ],
    [
      "edge marks (both ends), sorted",
      {
        ...base,
        marks: [
          { entityId: "b", surface: "潘功胜", start: 112, end: 115 },
          { entityId: "a", surface: "中国人民银行", start: 103, end: 109 },
        ],
      },
      [],
      [
        [3, 9],
        [12, 15],
      ],
    ],
    [
      "names and aliases, longest first, no overlaps",
      base,
      ["人民银行", "中国人民银行", "潘功胜"],
      [
        [3, 9],
        [12, 15],
      ],
    ],
    ["nothing to mark", base, ["央行"], []],
  ];
  it.each(cases)("%s", (_, ev, terms, expected) => {
    expect(markRanges(ev, terms)).toEqual(expected);
  });
});

describe("article segments", () => {
  it("cuts a sentence into plain text and mentions, skipping overlaps", () => {
    const text = "央行联合工信部发布通知";
    const m = (start: number, end: number, name: string) => ({
      sentenceId: "s",
      entityId: name,
      label: "Agency" as const,
      name,
      surface: text.slice(start, end),
      start,
      end,
    });
    expect(
      segments(text, 0, text.length, [m(4, 7, "工信部"), m(0, 2, "央行"), m(5, 7, "overlap")]).map((s) => [
        s.text,
        s.mention?.name ?? null,
      ]),
    ).toEqual([
      ["央行", "央行"],
      ["联合", null],
      ["工信部", "工信部"],
      ["发布通知", null],
    ]);
  });
});

describe("time", () => {
  it("months between two dates, inclusive, across years", () => {
    expect(monthRange("2020-11-30", "2021-02-01")).toEqual(["2020-11", "2020-12", "2021-01", "2021-02"]);
  });
  it.each([
    ["2021-02", "2021-02-28"],
    ["2020-02", "2020-02-29"],
    ["2021-12", "2021-12-31"],
  ])("month end of %s is %s", (m, end) => expect(monthEnd(m)).toBe(end));
  it("bins measures and relationships by month, empty months included", () => {
    const items: DatedItem[] = [
      { id: "m1", date: "2021-05-18", kind: "node", label: "", nodeKind: "Measure" },
      { id: "e1", date: "2021-05-21", kind: "edge", label: "ISSUED" },
      { id: "m2", date: "2021-07-01", kind: "node", label: "", nodeKind: "Measure" },
    ];
    expect(monthlyBins(items)).toEqual([
      { month: "2021-05", measures: 1, relationships: 1 },
      { month: "2021-06", measures: 0, relationships: 0 },
      { month: "2021-07", measures: 1, relationships: 0 },
    ]);
  });
  const f = (from: string | null, to: string | null): FiltersState => ({
    ...EMPTY_FILTERS,
    dateFrom: from,
    dateTo: to,
  });
  it.each<[string | null, FiltersState, boolean]>([
    [null, f("2021-09-01", "2021-12-31"), true],
    ["2021-08-31", f("2021-09-01", "2021-12-31"), false],
    ["2021-09-01", f("2021-09-01", "2021-12-31"), true],
    ["2021-12-31", f("2021-09-01", "2021-12-31"), true],
    ["2022-01-01", f("2021-09-01", null), true],
    ["2022-01-01", f(null, "2021-12-31"), false],
  ])("date %s in range: %#", (date, filters, expected) => expect(inDateRange(date, filters)).toBe(expected));
});

describe("canvas graph", () => {
  it("merges batches idempotently, skips dangling edges, and hides filtered kinds and dates", () => {
    const g = createGraph();
    const first = mergeBatch(g, BATCH);
    expect(first.addedNodes.length).toBe(3);
    expect(first.addedEdges).toEqual([BATCH.edges[0].id]);
    expect(mergeBatch(g, BATCH)).toEqual({ addedNodes: [], addedEdges: [] });
    expect(g.getNodeAttribute("measure:关于防范比特币风险的通知", "date")).toBe("2013-12-05");
    const hideAgencies = { ...EMPTY_FILTERS, hiddenKinds: ["Agency" as const] };
    expect(isNodeVisible(g, "agency:中国人民银行", hideAgencies, null)).toBe(false);
    expect(
      isNodeVisible(g, "measure:关于防范比特币风险的通知", { ...EMPTY_FILTERS, dateFrom: "2021-01-01" }, null),
    ).toBe(false);
    // an undated entity stays only through an event in range: none here after 2021, one (the 2013 notice) from 2013
    expect(isNodeVisible(g, "agency:中国人民银行", { ...EMPTY_FILTERS, dateFrom: "2021-01-01" }, null)).toBe(false);
    expect(isNodeVisible(g, "agency:中国人民银行", { ...EMPTY_FILTERS, dateFrom: "2013-01-01" }, null)).toBe(true);
    expect(isNodeVisible(g, "province:内蒙古自治区", { ...EMPTY_FILTERS, dateFrom: "2013-01-01" }, null)).toBe(false);
  });
  it("places new nodes around an anchor", () => {
    const g = createGraph();
    mergeBatch(g, { nodes: [BATCH.nodes[0]], edges: [] }, { x: 50, y: 50, spread: 10 });
    const { x, y } = g.getNodeAttributes("agency:中国人民银行");
    expect(Math.hypot(x - 50, y - 50)).toBeLessThanOrEqual(10);
  });
});

describe("query history", () => {
  it("puts the latest first, without duplicates, capped at 50", () => {
    let h: string[] = [];
    for (let i = 0; i < 60; i++) h = pushHistory(`q${i}`)(h);
    h = pushHistory("q10")(h);
    expect(h.length).toBe(50);
    expect(h[0]).toBe("q10");
    expect(h.filter((q) => q === "q10").length).toBe(1);
  });
});
