/**
 * Table tests for relationship categories of the genre (ingest/relate/): a local measure applies to its issuer's
 * province or place however the issuing is written. Sentences written for these tests (never copied from an
 * article); each runs the real pipeline.
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";

const rels = (r: DocumentResult, type: string): string[] =>
  r.relations.filter((x) => x.type === type).map((x) => `${x.source} -> ${x.target}`);

describe("APPLIES_TO: a local measure applies to its issuer's division", () => {
  it.each([
    ["passive issuing (《…》由X印发)", "《关于清理违规数据中心的通知》由湖南省发展和改革委员会印发。", "湖南省"],
    [
      "consultation draft (X就《…》公开征求意见)",
      "湖南省发展和改革委员会就《关于清理违规数据中心的通知》公开征求意见。",
      "湖南省",
    ],
    ["a title opening with the place (X市关于…)", "《株洲市关于清理违规数据中心的通告》近日施行。", "株洲市"],
  ])("%s", (_c, body, place) => {
    const got = rels(run(body), "APPLIES_TO");
    expect(got.some((g) => g.endsWith(`:${place}`))).toBe(true);
  });

  it("a national measure cited by a local body does not apply to the body's province", () => {
    const got = rels(run("湖南省发展和改革委员会根据《关于整治虚拟货币“挖矿”活动的通知》开展排查。"), "APPLIES_TO");
    expect(got).toEqual([]);
  });

  it("a meeting a local body held governs no place", () => {
    const got = rels(run("湖南省发展和改革委员会召开虚拟货币“挖矿”有关情况的调研座谈会。"), "APPLIES_TO");
    expect(got).toEqual([]);
  });
});

describe("IMPLEMENTS: a local measure carrying out a national notice or a meeting's decision", () => {
  const doc = (s: string): string => `湖南省发展和改革委员会发布《关于清理违规数据中心的方案（征求意见稿）》。\n${s}\n`;
  it.each([
    [
      "the word further back: 按照X印发的《…》要求, said of 本次意见稿",
      doc("本次意见稿是按照国家发展和改革委员会等部门印发的《关于整治虚拟货币“挖矿”活动的通知》要求制定的。"),
      "measure:关于整治虚拟货币“挖矿”活动的通知",
    ],
    [
      "a meeting's deployment (按照…第51次会议…的部署要求) and a measure 落实 after it",
      doc(
        "本次意见稿是按照国务院金融稳定发展委员会第51次会议关于打击挖矿的部署要求，严格落实《湖南省关于确保完成能耗目标的若干措施》。",
      ),
      "measure:关于确保完成能耗目标的若干措施",
    ],
  ])("%s", (_c, body, target) => {
    const r = run(body);
    const got = rels(r, "IMPLEMENTS");
    expect(got).toContain(`measure:关于清理违规数据中心的方案（征求意见稿） -> ${target}`);
    // two measures the local one refers to are not linked to each other
    expect(got.filter((g) => !g.startsWith("measure:关于清理违规数据中心的方案"))).toEqual([]);
  });
});

describe("WORKED_WITH: co-leads listed before 联合 act with each partner after it", () => {
  it("A、B联合C、D: every pair of a lead and a partner, and the leads together", () => {
    const r = run("湖南省公安厅、湖南省通信管理局联合湖南省教育厅、湖南省发展和改革委员会开展专项排查。");
    const got = rels(r, "WORKED_WITH").map((g) => g.split(" -> ").sort().join(" ~ "));
    const pair = (a: string, b: string): string => [`agency:${a}`, `agency:${b}`].sort().join(" ~ ");
    for (const want of [
      pair("湖南省公安厅", "湖南省通信管理局"),
      pair("湖南省公安厅", "湖南省教育厅"),
      pair("湖南省公安厅", "湖南省发展和改革委员会"),
      pair("湖南省通信管理局", "湖南省教育厅"),
      pair("湖南省通信管理局", "湖南省发展和改革委员会"),
    ])
      expect(got).toContain(want);
  });
});
