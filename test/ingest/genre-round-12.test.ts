/**
 * Table tests for the twelfth round of issue 10 (recall on unseen articles), one category per block. Sentences
 * written for these tests (never copied from an article); the people's names are made up.
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, relationLines } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";

const linesOf = (r: DocumentResult, type: string): string[] => relationLines(r).filter((l) => l.startsWith(`${type} `));

describe("firms listed before one announcing verb each issued their own announcement", () => {
  it.each([
    [
      "相继, Traditional",
      "2021年9月26日，中幣、比特幣中國與OKEx相繼發布公告稱，將停止服務。",
      ["OKEx", "中币", "比特币中国"],
    ],
    ["均", "中币、比特币中国和OKEx均发布公告称将清退用户。", ["OKEx", "中币", "比特币中国"]],
    ["分别", "中币与OKEx分别发布公告，宣布暂停注册。", ["OKEx", "中币"]],
  ])("%s", (_what, body, firms) => {
    expect(linesOf(run(body), "ISSUED").sort()).toEqual(
      firms.map((f) => `ISSUED company:${f} -> measure:${f}公告`).sort(),
    );
  });
  it("a firm named before the list in another role issued nothing", () => {
    expect(linesOf(run("中币的用户很多，OKEx发布公告称将停止服务。"), "ISSUED")).toEqual([
      "ISSUED company:OKEx -> measure:OKEx公告",
    ]);
  });
});
