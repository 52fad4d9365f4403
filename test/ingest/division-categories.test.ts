/**
 * Division categories of the data: counties since made cities or districts, as articles of 2013–2022 still write
 * them (ingest/lexicon/divisions.ts formerCounties): the county is a place of its own, in today's province, and its
 * bodies are named after it; the statistics bureau's functional zones (新区, 开发区 listed beside the counties) are
 * no places. Sentences written for these tests; each runs the real pipeline.
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, mentionedIds as mentioned, relationLines } from "../helpers/extract.js";
import { DIVISIONS } from "../../ingest/lexicon/divisions.js";

describe("a county that is a city or district today", () => {
  it("龙南县 (a city since 2020): its party committee and the county, in 江西省", () => {
    const r = run("去年，龙南县委召开专题会议，龙南县发改委随后开展排查。");
    expect(mentioned(r).filter((id) => id.startsWith("agency:"))).toEqual([
      "agency:中共龙南县委员会",
      "agency:龙南县发展和改革委员会",
    ]);
    expect(relationLines(r, "IN_PROVINCE")).toContain("IN_PROVINCE place:龙南县 -> province:江西省");
  });
  it("today's name is today's division", () => {
    expect(mentioned(run("龙南市发改委发布通知。"))).toEqual(["agency:龙南市发展和改革委员会"]);
  });
  it("a county of that name today is that county, not a former one", () => {
    const chaoyang = DIVISIONS.filter((d) => d.name === "朝阳县");
    expect(chaoyang.length).toBe(1);
    expect(chaoyang[0]!.successor).toBeUndefined();
  });
  it("two of today's divisions with one stem leave no former county", () => {
    const stems = new Map<string, number>();
    for (const d of DIVISIONS.filter((x) => x.level === "county" && !x.successor)) {
      const stem = d.name.match(/^(.{2,})[市区]$/)?.[1];
      if (stem) stems.set(stem, (stems.get(stem) ?? 0) + 1);
    }
    const shared = [...stems].filter(([, n]) => n > 1).map(([s]) => `${s}县`);
    expect(shared.length).toBeGreaterThan(0);
    const former = new Set(DIVISIONS.filter((d) => d.successor).map((d) => d.name));
    expect(shared.filter((n) => former.has(n))).toEqual([]);
  });
});

// (a functional zone was no node until round 23 of issue 10: the golds of unseen articles annotate zones as places,
// 鄂尔多斯高新区 with its province, and so it is a place outside the division table, never its city)
describe("a functional zone is a place outside the division table, not its city", () => {
  it.each([
    ["兰州新区发布通知，要求园区企业自查。", ["place:兰州新区"]],
    ["镇江新区警方破获一起窃电案。", ["place:镇江新区"]],
    ["天津滨海新区发布通知。", ["place:滨海新区", "province:天津市"]],
  ])("%s", (body, want) => {
    expect(mentioned(run(body)).filter((id) => /^(place|province):/.test(id))).toEqual(want);
  });
  it("no division has a functional zone's code (xxxx71–79)", () => {
    expect(DIVISIONS.filter((d) => d.level === "county" && d.code[4] === "7").map((d) => d.name)).toEqual([]);
  });
  it("the zone's committee is still read", () => {
    expect(mentioned(run("兰州新区管委会发布通知。"))).toContain("agency:兰州新区管理委员会");
  });
});
