/**
 * Table tests for measures named in running text without 《》 (issue 10): a title anywhere, opened by the verb a
 * title opens with; a division written right before it; a known title written without its inner quotes. Sentences
 * written for these tests (never copied from an article); each runs the real pipeline.
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, mentionedIds as mentioned, relationLines } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";

const measures = (r: DocumentResult): string[] => mentioned(r).filter((id) => id.startsWith("measure:"));

describe("a title in running text, without 《》 and without an issuing verb before it", () => {
  it.each([
    // after 贯彻落实 + an issuer's name
    ["学院贯彻落实上级关于全面清理校园算力资源的通知要求，逐栋排查。", "measure:关于全面清理校园算力资源的通知"],
    // after 按照, followed by 精神
    ["各乡镇按照关于加快淘汰高耗能数据机房的实施意见精神，制定清单。", "measure:关于加快淘汰高耗能数据机房的实施意见"],
    // opened by 印发, a plan inside it, read to the kind word
    ["办公室关于印发全县算力设施摸底方案的通知已下发各单位。", "measure:关于印发全县算力设施摸底方案的通知"],
  ])("%s", (body, want) => {
    expect(measures(run(body))).toEqual([want]);
  });
  it.each([
    // a topic, not a title: 关于 + a noun
    ["根据国家关于虚拟货币的规定，任何机构不得开展兑换业务。"],
    // across a comma: no title
    ["关于整治工作，要求各地在月底前完成的通知另行下发。"],
  ])("no measure: %s", (body) => {
    expect(measures(run(body))).toEqual([]);
  });
  it("inside 《》 the title is read once", () => {
    expect(measures(run("省里印发《关于加快淘汰高耗能数据机房的实施意见》。"))).toEqual([
      "measure:关于加快淘汰高耗能数据机房的实施意见",
    ]);
  });
});

describe("a division written right before 关于 is part of the title", () => {
  it("after a verb of issuing: the measure applies to the division", () => {
    const r = run("今年3月，当地发布临沧市关于开展清理违规用电专项检查的通告。");
    expect(measures(r)).toEqual(["measure:临沧市关于开展清理违规用电专项检查的通告"]);
    expect(relationLines(r, "APPLIES_TO")).toContain(
      "APPLIES_TO measure:临沧市关于开展清理违规用电专项检查的通告 -> place:临沧市",
    );
  });
});

describe("a known title written without its inner quotes is that measure", () => {
  it.each([["县里贯彻国家关于整治虚拟货币挖矿活动的通知，逐户排查。"], ["县里印发了关于整治虚拟货币挖矿活动的通知。"]])(
    "%s",
    (body) => {
      expect(measures(run(body))).toEqual(["measure:关于整治虚拟货币“挖矿”活动的通知"]);
    },
  );
});

describe("a division's plan titled on a heading line without 关于", () => {
  const NOTICE = "measure:关于整治虚拟货币“挖矿”活动的通知";
  it("the heading is the document's measure: it applies to the division and carries out the notice it names", () => {
    const r = run(
      "宜春市虚拟货币挖矿项目排查清理工作方案\n\n为贯彻落实《关于整治虚拟货币“挖矿”活动的通知》要求，结合我市实际，制定本方案。",
    );
    const plan = "measure:宜春市虚拟货币挖矿项目排查清理工作方案";
    expect(measures(r)).toEqual([NOTICE, plan].sort());
    expect(relationLines(r, "APPLIES_TO")).toEqual([`APPLIES_TO ${plan} -> place:宜春市`]);
    expect(relationLines(r, "IMPLEMENTS")).toEqual([`IMPLEMENTS ${plan} -> ${NOTICE}`]);
  });
  it.each([
    // a news headline telling of a plan
    ["宜春市出台虚拟货币挖矿项目排查清理工作方案\n\n近日，该市印发了方案。"],
    // a division alone before the kind word
    ["宜春市方案\n\n正文。"],
  ])("no title: %s", (body) => {
    expect(measures(run(body))).toEqual([]);
  });
  it("a notice handing a plan out (现将《B》印发给你们) carries out what it names first", () => {
    const r = run(
      "各县（市、区）人民政府：为贯彻落实《关于整治虚拟货币“挖矿”活动的通知》精神，现将《宜春市挖矿项目清理方案》印发给你们，请认真执行。",
    );
    expect(relationLines(r, "IMPLEMENTS")).toEqual([`IMPLEMENTS measure:宜春市挖矿项目清理方案 -> ${NOTICE}`]);
  });
});

describe("a document named by its number", () => {
  it.each([
    // a known document by its number alone
    ["银发〔2021〕237号文件明确了有关业务活动的性质。", ["measure:关于进一步防范和处置虚拟货币交易炒作风险的通知"]],
    ["根据发改运行[2021]1283号文件要求，全市开展排查。", ["measure:关于整治虚拟货币“挖矿”活动的通知"]],
    // an unknown one: named by its number, the brackets written 〔〕
    ["根据湘发改能源[2021]27号文件要求，全市开展排查。", ["measure:湘发改能源〔2021〕27号"]],
    // named again alone after its title: that title
    [
      "省发改委印发《关于做好清理工作的通知》（湘发改能源〔2021〕27号）。根据湘发改能源〔2021〕27号文件，各市开展清理。",
      ["measure:关于做好清理工作的通知"],
    ],
  ])("%s", (body, want) => {
    expect(measures(run(body))).toEqual(want);
  });
});
