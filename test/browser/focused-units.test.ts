/**
 * Pure functions of the focused-views features, as tables: which nodes a box
 * holds, when every edge gets its caption, the legend's "Show all", marking the
 * query's words exactly in a snippet, and the edge colour table.
 */
import { describe, expect, it } from "vitest";
import { pointsInBox } from "../../web/src/features/selection/box.js";
import { edgeCaptions, CAPTION_NODES } from "../../web/src/features/graph-canvas/captions.js";
import { EMPTY_FILTERS, onlyKind, showAllKindsAndTypes } from "../../web/src/features/filters/index.js";
import { markPieces, markedSnippet } from "../../web/src/features/documents/articles.js";
import { relColor } from "../../web/src/features/graph-canvas/reducers.js";
import { ENTITY_LABELS, REL_COLORS, REL_TYPES, relCaption } from "../../schema/index.js";

describe("box selection", () => {
  const pts = [
    { id: "a", x: 10, y: 10 },
    { id: "b", x: 50, y: 60 },
    { id: "c", x: 200, y: 20 },
  ];
  it.each([
    [{ x0: 0, y0: 0, x1: 100, y1: 100 }, ["a", "b"]],
    [{ x0: 100, y0: 100, x1: 0, y1: 0 }, ["a", "b"]],
    [{ x0: 40, y0: 0, x1: 300, y1: 30 }, ["c"]],
    [{ x0: 60, y0: 70, x1: 90, y1: 90 }, []],
  ])("%j holds %j", (box, ids) => expect(pointsInBox(pts, box)).toEqual(ids));
});

describe("edge captions", () => {
  it.each([
    [12, 1, false, true],
    [CAPTION_NODES, 1, false, true],
    [CAPTION_NODES + 1, 1, false, false],
    [110, 0.5, false, true],
    [110, 0.8, false, false],
    [12, 0.1, true, false],
  ])("%i nodes at ratio %f (medium: %s) → %s", (order, ratio, medium, on) =>
    expect(edgeCaptions(order, ratio, medium)).toBe(on),
  );
  it("every relationship type has its own colour and a caption", () => {
    expect(new Set(REL_TYPES.map((t) => REL_COLORS[t])).size).toBe(REL_TYPES.length);
    expect(relColor("SERVES_AT")).toBe(REL_COLORS.SERVES_AT);
    expect(relCaption("AFFILIATED_WITH")).toBe("affiliated with");
  });
});

describe("the legend's Show all", () => {
  it("clears hidden kinds and relationship types, keeps province and dates", () => {
    const s = {
      ...onlyKind("Agency", ENTITY_LABELS)(EMPTY_FILTERS),
      hiddenRelTypes: ["CITES" as const],
      province: "province:内蒙古自治区",
      dateFrom: "2021-01-01",
    };
    expect(showAllKindsAndTypes()(s)).toEqual({ ...s, hiddenKinds: [], hiddenRelTypes: [] });
  });
});

describe("marking the query's words", () => {
  it("marks exactly the spans, not what lies between", () => {
    expect(
      markPieces("ab史上cd挖礦ef", 0, 10, [
        { start: 6, end: 8 },
        { start: 2, end: 4 },
      ]),
    ).toEqual([
      { text: "ab", marked: false },
      { text: "史上", marked: true },
      { text: "cd", marked: false },
      { text: "挖礦", marked: true },
      { text: "ef", marked: false },
    ]);
  });
  it("clips spans to the range (a mention segment inside a sentence)", () => {
    expect(
      markPieces("0123456789", 3, 6, [
        { start: 1, end: 4 },
        { start: 5, end: 9 },
      ]),
    ).toEqual([
      { text: "3", marked: true },
      { text: "4", marked: false },
      { text: "5", marked: true },
    ]);
  });
  it("a snippet from before the first match to after the last, with ellipses where cut", () => {
    const text = "x".repeat(50) + "史上最嚴" + "y".repeat(10) + "挖礦" + "z".repeat(50);
    const pieces = markedSnippet(
      text,
      [
        { start: 50, end: 54 },
        { start: 64, end: 66 },
      ],
      5,
    );
    expect(pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(["史上最嚴", "挖礦"]);
    expect(pieces.map((p) => p.text).join("")).toBe(`…xxxxx史上最嚴${"y".repeat(10)}挖礦zzzzz…`);
  });
});
