/**
 * Table tests per entity category of the genre's third dev-set round: police bodies and the sub-units a text acts
 * through, bodies below the county, special national bodies and their local offices, regulators' branches.
 * Sentences written for these tests (never copied from an article); each runs the real pipeline.
 */
import { describe, expect, it } from "vitest";
import { processDocument } from "../../ingest/pipeline.js";
import type { DocumentResult } from "../../ingest/types.js";

function run(body: string): DocumentResult {
  return processDocument("t.txt", Buffer.from(body));
}
const mentioned = (r: DocumentResult): string[] => [...new Set(r.mentions.map((m) => m.entityId))].sort();
const located = (r: DocumentResult, from: string): string[] =>
  r.relations.filter((x) => x.type === "LOCATED_IN" && x.source === from).map((x) => x.target);

describe("police bodies and the sub-units a text acts through", () => {
  it.each([
    [
      "在湖南省公安厅刑侦总队的指导下，岳阳市公安局网安支队破获一起案件。",
      ["agency:湖南省公安厅刑侦总队", "agency:岳阳市公安局网安支队"],
    ],
    ["岳阳市公安局岳阳楼分局近日抓获嫌疑人五名。", ["agency:岳阳市公安局岳阳楼分局"]],
    ["湖南省公安厅刑侦总队合成作战中心发出预警。", ["agency:湖南省公安厅刑侦总队合成作战中心"]],
    ["梧州警方近日捣毁一个窝点。", ["agency:梧州市公安局"]],
    ["湖南警方通报了三起案件。", ["agency:湖南省公安厅"]],
  ])("%s", (body, want) => {
    expect(mentioned(run(body))).toEqual(expect.arrayContaining(want));
  });
  it("a body written only inside its sub-units' names is no node of its own", () => {
    const r = run("湖南省公安厅刑侦总队通报了案情。");
    expect(mentioned(r)).not.toContain("agency:湖南省公安厅");
    expect(located(r, "agency:湖南省公安厅刑侦总队")).toEqual(["province:湖南省"]);
  });
  it("a body also named on its own stays a node", () => {
    const r = run("岳阳市公安局发布通报。岳阳市公安局网安支队的民警随后赶到。");
    expect(mentioned(r)).toEqual(expect.arrayContaining(["agency:岳阳市公安局", "agency:岳阳市公安局网安支队"]));
  });
  it("a unit followed by a title is no sub-unit (支队长)", () => {
    expect(mentioned(run("岳阳市公安局网安支队队长王强介绍。"))).not.toContain("agency:岳阳市公安局网安支队队长");
  });
});

describe("regulators' branches and special national bodies", () => {
  it("a People's Bank branch named by its city (人民银行X支行) is the bank's branch", () => {
    const r = run("人民银行南宁支行发出风险预警。");
    expect(mentioned(r)).toContain("agency:中国人民银行南宁支行");
    expect(mentioned(r)).not.toContain("agency:中国人民银行");
    expect(located(r, "agency:中国人民银行南宁支行")).toEqual(["place:南宁市"]);
  });
  it("国家 before a national body's own name is that body", () => {
    const r = run("记者从国家互联网金融风险专项整治小组办公室获悉，排查将继续。");
    expect(mentioned(r)).toEqual(["agency:互联网金融风险专项整治工作领导小组办公室"]);
  });
  it.each([
    [
      "杭州市互联网金融风险专项整治工作领导小组办公室发布提示。",
      "agency:杭州市互联网金融风险专项整治工作领导小组办公室",
    ],
    ["杭州市整治办发布提示。", "agency:杭州市互联网金融风险专项整治工作领导小组办公室"],
    ["天津市金融稳定联席会议办公室表示将加强监测。", "agency:天津市金融稳定联席会议办公室"],
  ])("a local office of a campaign or joint conference: %s", (body, want) => {
    expect(mentioned(run(body))).toContain(want);
  });
});

describe("offices of a town's government", () => {
  it.each([
    ["南海区狮山镇经济发展局会同供电部门开展排查。", "agency:狮山镇经济发展局"],
    ["桂城街道综合执法办对出租屋进行检查。", "agency:桂城街道综合行政执法办公室"],
    ["佛山市南海区狮山镇派出所出警处置。", "agency:狮山镇派出所"],
  ])("%s", (body, want) => {
    expect(mentioned(run(body))).toContain(want);
  });
  it("a town office is located in the county or city named before it in the paragraph", () => {
    const r = run("佛山市近日开展排查，其中狮山镇经济发展局查获矿机三十台。");
    expect(located(r, "agency:狮山镇经济发展局")).toEqual(["place:佛山市"]);
  });
});
