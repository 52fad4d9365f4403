/**
 * Table tests for more relationship and date categories of the genre (ingest/relate/): issuing told in more sentence
 * shapes, a notice's addressees and objects, bodies placed by their names, people's firms, enforcement against a
 * company, and measure dates whose year follows from the article. Sentences written for these tests (never copied
 * from an article); each runs the real pipeline.
 */
import { describe, expect, it } from "vitest";
import { processDocument } from "../../ingest/pipeline.js";
import type { DocumentResult } from "../../ingest/types.js";

const run = (body: string, published?: string): DocumentResult =>
  processDocument("t.txt", Buffer.from(published ? `---\npublished: ${published}\n---\n${body}` : body));
const rels = (r: DocumentResult, type: string): string[] =>
  r.relations.filter((x) => x.type === type).map((x) => `${x.source} -> ${x.target}`);
const dateOf = (r: DocumentResult, measure: string): unknown =>
  r.entities.find((e) => e.id === `measure:${measure}`)?.properties.date ?? null;

describe("ISSUED: more ways of telling that a body issued a measure", () => {
  const M = "measure:关于清理违规数据中心的通知";
  it.each([
    ["下发了一份名为《…》", "湖南省通信管理局在3月向各分支机构下发了一份名为《关于清理违规数据中心的通知》的文件。"],
    [
      "印发通知，《…》要求 (the title in the next clause)",
      "湖南省通信管理局近日印发通知，《关于清理违规数据中心的通知》要求各地排查。",
    ],
    [
      "发布了一份文件。《…》明确 (the title in the next sentence)",
      "湖南省通信管理局发布了一份文件。《关于清理违规数据中心的通知》明确了排查范围。",
    ],
    ["作出《…》", "湖南省通信管理局作出《关于清理违规数据中心的通知》。"],
  ])("%s", (_c, body) => {
    expect(rels(run(body), "ISSUED")).toContain(`agency:湖南省通信管理局 -> ${M}`);
  });

  it("the passive with its day names the issuer (《…》于10月16日由X印发)", () => {
    expect(
      rels(run(`《关于清理违规数据中心的通知》于10月16日由湖南省通信管理局印发。`, "2021-10-20"), "ISSUED"),
    ).toEqual([`agency:湖南省通信管理局 -> ${M}`]);
  });

  it("co-issuers in the clause before the verb (A联合B和C等部门，发布联合“…”的通知), with no pair made by the second 联合", () => {
    const r = run("湖南省发展和改革委员会联合湖南省教育厅和湖南省公安厅等部门，发布联合“开展数据中心清理整治”的通知。");
    const got = rels(r, "ISSUED");
    for (const a of ["湖南省发展和改革委员会", "湖南省教育厅", "湖南省公安厅"])
      expect(got).toContain(`agency:${a} -> measure:开展数据中心清理整治的通知`);
    expect(rels(r, "WORKED_WITH")).not.toContain("agency:湖南省教育厅 -> agency:湖南省公安厅");
  });

  it("a subject clause ending in 等部门 keeps the bodies it names when one of them is not recognised", () => {
    const r = run("9月14日，湖南省某某网联合湖南省教育厅等部门，发布“开展数据中心清理整治”的通知。", "2021-09-20");
    expect(rels(r, "ISSUED")).toEqual(["agency:湖南省教育厅 -> measure:开展数据中心清理整治的通知"]);
    expect(dateOf(r, "开展数据中心清理整治的通知")).toBe("2021-09-14");
  });

  it("a generic document word with nothing named after it issues nothing", () => {
    expect(
      rels(
        run("湖南省公安厅发布通知，要求各地严查。\n《关于清理违规数据中心的通知》由湖南省通信管理局印发。"),
        "ISSUED",
      ),
    ).toEqual(["agency:湖南省通信管理局 -> measure:关于清理违规数据中心的通知"]);
  });
});

describe("dates: a measure's issue date when the text fixes it, else none", () => {
  const M = "关于清理违规数据中心的通知";
  it.each([
    ["a month-day in the article's year", `9月14日，湖南省通信管理局发布《${M}》。`, "2021-09-20", "2021-09-14"],
    [
      "the clause before the co-issuers",
      `9月14日，湖南省通信管理局联合湖南省教育厅，印发《${M}》。`,
      "2021-09-20",
      "2021-09-14",
    ],
    [
      "its day told after it (于…审议通过)",
      `据湖南省通信管理局消息，《${M}》于2021年12月27日审议通过。`,
      "2022-01-11",
      "2021-12-27",
    ],
    ["昨天（9日）", `昨天（9日），湖南省通信管理局发布《${M}》。`, "2021-06-10", "2021-06-09"],
    [
      "a month-day of the year before (an article of early January)",
      `12月28日，湖南省通信管理局发布《${M}》。`,
      "2022-01-05",
      "2021-12-28",
    ],
    [
      "the passive with its day (《…》于10月16日由X印发)",
      `《${M}》于10月16日由湖南省通信管理局印发。`,
      "2021-10-20",
      "2021-10-16",
    ],
    [
      "a report's day, the issuing 日前 (none)",
      `12月5日，湖南省通信管理局网站发布消息称，湖南省通信管理局日前印发了《${M}》。`,
      "2021-12-06",
      null,
    ],
    [
      "a report's day, issuers in the title, 日前 (none)",
      `12月5日，有消息称，湖南省通信管理局、湖南省教育厅日前联合印发了《湖南省通信管理局 湖南省教育厅${M}》。`,
      "2021-12-06",
      null,
    ],
    ["a dateline's day (none)", `长沙1月11日电 《湖南省通信管理局${M}》要求各地排查。`, "2022-01-11", null],
    ["a month-day with no year known (none)", `湖南省通信管理局5月14日发布了《${M}》。`, undefined, null],
  ])("%s", (_c, body, published, want) => {
    expect(dateOf(run(body, published), M)).toBe(want);
  });
});

describe("TARGETS: a notice → the companies it names as addressees or objects", () => {
  it.each([
    [
      "要求X、Y和Z等平台… after the measure",
      "湖南省通信管理局印发《关于清理违规数据中心的通知》，要求币安、火币和OKEx等平台立即停止服务。",
      "关于清理违规数据中心的通知",
      ["币安", "火币", "OKEx"],
    ],
    [
      "通知要求X、Y等平台… (the measure of the sentence before)",
      "湖南省地方金融监督管理局发布《关于防范非法交易平台的通知》。\n通知要求抹茶、库币等平台限期整改。",
      "关于防范非法交易平台的通知",
      ["抹茶", "库币"],
    ],
    [
      "向A、B发出《…》",
      "湖南省通信管理局向中币、比特儿发出《关于限期整改的通知》。",
      "关于限期整改的通知",
      ["中币", "比特儿"],
    ],
    [
      "a list the document holds (名单), then one per line after 见下：",
      "湖南省公安厅印发《关于打击非法交易的通知》。\n文件列出了一份平台名单，其中包括比特币中国等。名单见下：\n- Bybit\n- BitMax\n此外，FTX宣布停止服务。",
      "关于打击非法交易的通知",
      ["比特币中国", "Bybit", "BitMax"],
    ],
    [
      "the addressee line under a title written without 《》",
      "湖南省发展和改革委员会印发《关于清理违规数据中心的通知》。\n\n湖南省发展和改革委员会关于清理违规数据中心的通知(湘发改运行〔2022〕12号)\n\n各市州发展改革委，国家电网、中国移动：\n\n一、立即开展排查。",
      "关于清理违规数据中心的通知",
      ["国家电网", "中国移动"],
    ],
  ])("%s", (_c, body, measure, companies) => {
    const got = rels(run(body), "TARGETS");
    expect(got.sort()).toEqual(companies.map((c) => `measure:${measure} -> company:${c}`).sort());
  });

  it("companies announcing their own step after a notice are not its targets", () => {
    const body =
      "2013年，中国人民银行发布了《关于防范比特币风险的通知》。\n2014年，比特币中国、火币等平台宣布停止人民币充值。";
    expect(rels(run(body), "TARGETS")).toEqual([]);
  });
});

describe("LOCATED_IN: a body whose place is only in its name", () => {
  it.each([
    [
      "a sub-unit of a placed body (X市公安局经侦支队)",
      "长沙市公安局经侦支队会同长沙市公安局开展行动。",
      "长沙市公安局经侦支队",
      "place:长沙市",
    ],
    [
      "a central bank branch (中国人民银行X中心支行)",
      "中国人民银行长沙中心支行在长沙市召开会议。",
      "中国人民银行长沙中心支行",
      "place:长沙市",
    ],
  ])("%s", (_c, body, agency, place) => {
    expect(rels(run(body), "LOCATED_IN")).toContain(`agency:${agency} -> ${place}`);
  });

  it("a university is not placed by its name", () => {
    const got = rels(run("湖南大学经济学院教授在长沙市表示，湖南省应当加强监管。"), "LOCATED_IN");
    expect(got.filter((g) => g.includes("大学"))).toEqual([]);
  });
});

describe("AFFILIATED_WITH: a person introduced by a company's role", () => {
  it("其创始人Y (the company told of before)", () => {
    const r = run("10月16日，OKEx发布公告称暂停提币。据媒体报道，其创始人徐明星已被警方带走。", "2020-10-17");
    expect(rels(r, "AFFILIATED_WITH")).toContain("person:徐明星 -> company:OKEx");
  });
});

describe("ACTED_ON: an enforcement on a company described before its name", () => {
  it.each([
    ["破获…交易平台X诈骗案", "近日，湖南省公安厅一举破获非法数字货币交易平台币安诈骗案。", "湖南省公安厅", "币安"],
    [
      "查处了一家…X",
      "湖南省市场监督管理局依法查处了一家矿机销售商比特大陆的违规行为。",
      "湖南省市场监督管理局",
      "比特大陆",
    ],
  ])("%s", (_c, body, agency, company) => {
    expect(rels(run(body), "ACTED_ON")).toContain(`agency:${agency} -> company:${company}`);
  });

  it.each([
    [
      "X对A、B等平台进行了约谈",
      "湖南省地方金融监督管理局近日对火币、OKEx等平台进行了约谈。",
      "湖南省地方金融监督管理局",
      ["火币", "OKEx"],
    ],
    ["X依法对A立案调查", "湖南省公安厅依法对比特大陆立案调查。", "湖南省公安厅", ["比特大陆"]],
  ])("%s", (_c, body, agency, companies) => {
    expect(rels(run(body), "ACTED_ON").sort()).toEqual(companies.map((c) => `agency:${agency} -> company:${c}`).sort());
  });

  it("a company told of in another clause is not acted on", () => {
    expect(rels(run("湖南省公安厅查处违规企业后，比特儿宣布退出。"), "ACTED_ON")).toEqual([]);
    expect(rels(run("湖南省公安厅表示，对火币的调查仍在进行。"), "ACTED_ON")).toEqual([]);
  });
});

describe("ISSUED: a company's own announcement", () => {
  it.each([
    [
      "发布“…”公告称, dated by the sentence, the firm's (its quoted subject an alias)",
      "10月16日，OKEx发布“暂停提币”公告称，用户提币暂停。",
      "2020-10-17",
      "OKEx",
      "OKEx公告",
      "2020-10-16",
    ],
    [
      "早前发布公告",
      "招商银行早前发布公告，关闭了比特币中国等平台的账户。",
      undefined,
      "招商银行",
      "招商银行公告",
      null,
    ],
  ])("%s", (_c, body, published, company, measure, date) => {
    const r = run(body, published);
    expect(rels(r, "ISSUED")).toContain(`company:${company} -> measure:${measure}`);
    expect(dateOf(r, measure)).toBe(date);
    // a company's own announcement names no target
    expect(rels(r, "TARGETS")).toEqual([]);
  });
});

describe("ISSUED: the body the news is from, and the passive", () => {
  it.each([
    [
      "据X消息，近日印发了《…》",
      "据湖南省通信管理局消息，近日印发了《关于清理违规数据中心的通知》。",
      ["湖南省通信管理局"],
    ],
    ["由X印发的《…》", "由湖南省通信管理局印发的《关于清理违规数据中心的通知》已经施行。", ["湖南省通信管理局"]],
    [
      "据X消息，Y近日发布了《…》 (Y, not X)",
      "据湖南省公安厅消息，长沙市公安局近日发布了《关于清理违规数据中心的通知》。",
      ["长沙市公安局"],
    ],
  ])("%s", (_c, body, issuers) => {
    expect(rels(run(body), "ISSUED").sort()).toEqual(
      issuers.map((a) => `agency:${a} -> measure:关于清理违规数据中心的通知`).sort(),
    );
  });
});

describe("SERVES_AT: an official glossed by the post in brackets", () => {
  it("Y（X原主任）", () => {
    const r = run("湖南省人民政府副省长张建国出席会议。\n会上，张建国（湖南省发展和改革委员会原主任）介绍了有关情况。");
    const s = r.relations.find(
      (x) => x.type === "SERVES_AT" && x.target === "agency:湖南省发展和改革委员会" && x.source === "official:张建国",
    );
    expect(s?.properties).toEqual({ title: "主任", former: true });
  });
});

describe("TARGETS: a company put on a list is not the document's target", () => {
  it("列入黑名单", () => {
    const body = "湖南省公安厅印发《关于打击非法交易的通知》。\n湖南省地方金融监督管理局将比特儿列入文件所附的黑名单。";
    expect(rels(run(body), "TARGETS")).toEqual([]);
  });
});

describe("CITES: the document's own title written without 《》 under a lead naming it in 《》", () => {
  it("根据《…》 in the body is said of the title line's measure", () => {
    const body =
      "湖南省发展和改革委员会印发《关于清理违规数据中心的通知》。\n\n湖南省发展和改革委员会关于清理违规数据中心的通知(湘发改运行〔2022〕12号)\n\n各市州发展改革委：\n\n根据《关于整治虚拟货币“挖矿”活动的通知》，现就有关事项通知如下。";
    expect(rels(run(body), "CITES")).toEqual([
      "measure:关于清理违规数据中心的通知 -> measure:关于整治虚拟货币“挖矿”活动的通知",
    ]);
  });
});

describe("ISSUED: a title after 印发通知 of another kind is not the one issued", () => {
  it("X印发通知。《…法》规定… (a law the next sentence quotes)", () => {
    expect(rels(run("湖南省通信管理局印发通知。\n《中华人民共和国节约能源法》规定了有关要求。"), "ISSUED")).toEqual([]);
  });
});

describe("APPLIES_TO: the divisions a measure requires something of", () => {
  it("《…》要求，X、Y等地…", () => {
    const r = run("《关于整治虚拟货币挖矿活动的通知》要求，内蒙古、新疆等地全面清理挖矿项目。");
    expect(rels(r, "APPLIES_TO").sort()).toEqual([
      "measure:关于整治虚拟货币“挖矿”活动的通知 -> province:内蒙古自治区",
      "measure:关于整治虚拟货币“挖矿”活动的通知 -> province:新疆维吾尔自治区",
    ]);
  });
});
