/**
 * Issue 10, round thirty: table tests per category, on sentences written for these tests (never copied from an
 * article); the bodies are real, the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import { foldName } from "../../ingest/eval.js";
import { entityNames as names, extractArticle as run, measureDateOf, relationLines } from "../helpers/extract.js";

describe("a title inside a title written with spaced ASCII marks (关于修改 < Y > 的决定)", () => {
  it.each([
    ["spaced < >", "根据《国家发展改革委关于修改 < 产业结构调整指导目录(2019 年本)> 的决定》，对挖矿用电加价。"],
    ["< > unspaced", "根据《国家发展改革委关于修改<产业结构调整指导目录（2019年本）>的决定》，对挖矿用电加价。"],
    ["〈〉, as before", "根据《国家发展改革委关于修改〈产业结构调整指导目录（2019年本）〉的决定》，对挖矿用电加价。"],
  ])("%s: the amended catalogue is a measure the decision cites", (_what, text) => {
    const r = run(text, { title: "某省挖矿用电加价" });
    expect(names(r, "Measure")).toContain("产业结构调整指导目录（2019年本）");
    expect(relationLines(r)).toContain(
      "CITES measure:关于修改《产业结构调整指导目录（2019年本）》的决定 -> measure:产业结构调整指导目录（2019年本）",
    );
  });
  it("a promulgating decision with spaced marks names the regulation too", () => {
    const r = run("国务院此前发布《国务院关于发布实施 < 促进产业结构调整暂行规定 > 的决定》。", { title: "产业政策" });
    expect(names(r, "Measure")).toContain("促进产业结构调整暂行规定");
  });
});

describe("provinces listed by their one-character names and counted", () => {
  it.each([
    ["云、贵、川三省", "昭通地处云、贵、川三省交界，水电资源丰富。", ["云南省", "贵州省", "四川省"]],
    ["陕甘宁三省区", "陕甘宁三省区的矿场陆续关停。", ["陕西省", "甘肃省", "宁夏回族自治区"]],
    ["川滇黔等省份", "川滇黔等省份的小水电曾向矿场供电。", ["四川省", "云南省", "贵州省"]],
    ["云、贵两省", "云、贵两省的矿场迁往北方。", ["云南省", "贵州省"]],
    ["京津冀三省市", "京津冀三省市联合开展排查。", ["北京市", "天津市", "河北省"]],
  ])("%s", (_what, text, provinces) => {
    expect(names(run(text, { title: "矿场迁移" }), "Province").sort()).toEqual([...provinces].sort());
  });
  it.each([
    ["a region without a count", "川渝地区的矿场已经关停。"],
    ["a count that is not the list's length", "云、贵三省的矿场迁往北方。"],
    ["one character only", "川省的矿场已经关停。"],
    ["the same province twice", "黔贵两省的矿场迁往北方。"],
  ])("%s names none", (_what, text) => {
    expect(names(run(text, { title: "矿场迁移" }), "Province")).toEqual([]);
  });
});

describe("a firm declaring something on its official channel issues its announcement", () => {
  it.each([
    ["官方博客上宣布", "经过半年等待，甲乙科技有限公司3月26日在官方博客上宣布，其上市申请已经失效。"],
    ["通过官方微博正式宣布", "甲乙科技有限公司通过官方微博正式宣布，将暂停国内业务。"],
    ["在官网宣布", "甲乙科技有限公司今日在官网宣布，公司完成新一轮融资。"],
  ])("%s", (_what, text) => {
    const r = run(text, { title: "矿机厂商动态", date: "2019-03-27" });
    expect(relationLines(r)).toContain("ISSUED company:甲乙科技有限公司 -> measure:甲乙科技有限公司公告");
  });
  it("the day before the channel dates it", () => {
    const r = run("经过半年等待，甲乙科技有限公司3月26日在官方博客上宣布，其上市申请已经失效。", {
      title: "矿机厂商动态",
      date: "2019-03-27",
    });
    expect(measureDateOf(r, "甲乙科技有限公司公告")).toBe("2019-03-26");
  });
  it.each([
    ["a channel not its own", "甲乙科技有限公司在推特上宣布，公司完成新一轮融资。"],
    ["a word to reporters", "甲乙科技有限公司对记者宣布，将暂停国内业务。"],
    ["a statement with no channel", "甲乙科技有限公司表示，将继续拓展海外市场。"],
  ])("%s is no announcement", (_what, text) => {
    expect(names(run(text, { title: "矿机厂商动态", date: "2019-03-27" }), "Measure")).toEqual([]);
  });
});

describe("a page's trailer (推荐, 相关新闻, 上一篇…) after the article is none of the article's", () => {
  const article =
    "本报讯 甲省能源局办公室人士今日向记者确认，将根据通知要求及时组织各用电部门开展联合检查，在今年6月底前完成比特币挖矿企业用电清理整顿，严肃查处私搭私接用电、逃废输配电费的违法行为，一经发现，立即中止供电。目前清理整顿的进展还需等进一步回访才能确定。";
  const trailer = "青海省工业和信息化厅发布《关于全面关停虚拟货币“挖矿”项目的通知》，乙丙科技有限公司随即停产。";
  it.each([
    ["推荐", "\n推荐\n"],
    ["相关新闻", "\n相關新聞\n"],
    ["【延伸阅读】", "\n【延伸阅读】\n"],
    ["上一篇：", "\n上一篇：某地整治挖矿\n"],
    ["关键字 line", "\n關鍵字\n"],
  ])("%s: nothing after it is found", (_what, heading) => {
    const r = run(article + heading + trailer, { title: "比特币挖矿清理整顿", date: "2021-06-12" });
    expect(names(r, "Measure")).toEqual([]);
    expect(names(r, "Company")).toEqual([]);
    expect(names(r, "Province")).not.toContain("青海省");
  });
  it("the article before it is read as before", () => {
    const r = run(article + "\n推荐\n" + trailer, { title: "比特币挖矿清理整顿", date: "2021-06-12" });
    expect(names(r, "Agency").length).toBeGreaterThan(0);
  });
  it("the same words opening a page, before any article, hide nothing", () => {
    const r = run("推荐\n" + trailer + article, { title: "比特币挖矿清理整顿", date: "2021-06-12" });
    expect(names(r, "Province")).toContain("青海省");
    expect(names(r, "Company")).toContain("乙丙科技有限公司");
  });
  it("a heading inside a line (推荐 as a word of the text) cuts nothing", () => {
    const r = run(article + "\n推荐各地借鉴经验。" + trailer, { title: "比特币挖矿清理整顿", date: "2021-06-12" });
    expect(names(r, "Province")).toContain("青海省");
  });
});

describe("a bare kind word in 《》 (该《声明》, 《倡议》) names no measure of its own", () => {
  it.each([
    ["该《声明》", "甲乙银行发布《关于禁止使用我行服务用于虚拟货币交易的声明》。该《声明》表示，将坚决落实监管要求。"],
    [
      "下称《声明》 after a kind word",
      "甲乙银行官网发布一则《关于禁止使用我行服务用于虚拟货币交易的声明》通知（下称《声明》），称将落实监管要求。",
    ],
    ["《倡议》", "中国互联网金融协会发布《关于防范虚拟货币交易风险的倡议》。《倡议》指出，会员单位不得开展相关业务。"],
  ])("%s", (_what, text) => {
    const measures = names(run(text, { title: "落实监管要求", date: "2021-06-22" }), "Measure");
    expect(measures).toHaveLength(1);
    expect(measures[0]).toMatch(/^关于/);
  });
});

describe("scoring: a meeting's number in Chinese numerals or in digits is one meeting", () => {
  it.each([
    ["国务院金融稳定发展委员会第五十一次会议", "国务院金融稳定发展委员会第51次会议"],
    ["某市委常委会第十二次会议", "某市委常委会第12次会议"],
    ["某会第一百零三次会议", "某会第103次会议"],
  ])("%s = %s", (a, b) => expect(foldName(a)).toBe(foldName(b)));
  it("different numbers stay apart", () => {
    expect(foldName("某会第五十一次会议")).not.toBe(foldName("某会第15次会议"));
    expect(foldName("某会第二十次会议")).not.toBe(foldName("某会第2次会议"));
  });
});

describe("a development zone acting stands for its management committee", () => {
  it.each([
    ["signing with a firm", "报道称，甲市高新区与甲乙科技有限公司就建设算力中心签署协议。"],
    ["issuing", "甲市经济开发区印发通知，要求排查挖矿。"],
  ])("%s", (_what, text) => {
    const r = run(text.replace(/甲市/g, "鄂尔多斯"), { title: "园区整治挖矿" });
    const agencies = names(r, "Agency");
    expect(agencies.some((a) => /^鄂尔多斯(?:高新区|经济开发区)管理委员会$/.test(a))).toBe(true);
    expect(names(r, "Place").filter((p) => /开发区|高新区/.test(p))).toEqual([]);
    expect(relationLines(r).some((l) => /^LOCATED_IN agency:鄂尔多斯.*管理委员会 -> place:鄂尔多斯市$/.test(l))).toBe(
      true,
    );
  });
  it("the zone as where something lies stays a place", () => {
    const r = run("矿场位于鄂尔多斯高新区，已被关停。", { title: "园区整治挖矿" });
    expect(names(r, "Place")).toContain("鄂尔多斯高新区");
    expect(names(r, "Agency")).toEqual([]);
  });
});

describe("a firm named after its kind word and right before a role held in it", () => {
  it.each([
    ["矿池X创始人Y", "矿池甲乙创始人韩均表示看好。", "甲乙", "韩均"],
    ["交易平台X CEO Y", "交易平台甲乙网CEO韩均表示看好。", "甲乙网", "韩均"],
    ["a Latin title set off by spaces", "矿机托管服务平台甲乙时代 CEO 郑巡对此体会颇深。", "甲乙时代", "郑巡"],
  ])("%s", (_what, text, firm, person) => {
    const r = run(text, { title: "矿企动态" });
    expect(names(r, "Company")).toEqual([firm]);
    expect(relationLines(r)).toContain(`AFFILIATED_WITH person:${person} -> company:${firm}`);
  });
  it.each([
    ["a part of the firm", "交易平台运营负责人韩均表示看好。"],
    ["a kind of it", "矿池技术总监韩均表示。"],
  ])("%s names no firm", (_what, text) => {
    expect(names(run(text, { title: "矿企动态" }), "Company")).toEqual([]);
  });
  it("a Latin title after a firm's name is no Latin name of the firm", () => {
    const r = run("矿机托管服务平台甲乙时代 CEO 郑巡对此体会颇深。", { title: "矿企动态" });
    expect(names(r, "Person")).toEqual(["郑巡"]);
  });
});

describe("a district named by a direction alone (东区, 西区) is read only after its own city", () => {
  it("Hong Kong's 东区 court names no place in Sichuan", () => {
    const r = run("嫌犯在东区裁判法院提堂。", { title: "交易所倒闭案" });
    expect(names(r, "Place")).toEqual([]);
    expect(relationLines(r).filter((l) => l.includes("四川省"))).toEqual([]);
  });
  it("after its city it is the district", () => {
    const r = run("在攀枝花东区，矿场被关停。", { title: "攀枝花整治挖矿" });
    expect(names(r, "Place")).toContain("东区");
    expect(relationLines(r)).toContain("IN_PROVINCE place:东区 -> province:四川省");
  });
});

describe("a year where a span starts (从2009年初…到现在) is no year the undated text was written in", () => {
  it("a day with no year in an undated page stays undated", () => {
    const r = run(
      "不到十年，比特币价格从2009年初的几美分涨到了现在的四千美元。9月14日，交易平台「甲乙网」发布公告称，将于9月30日停止所有交易业务。",
      { title: "交易平台停止交易" },
    );
    expect(measureDateOf(r, "甲乙网公告")).toBeNull();
  });
  it("a year since which something holds (2017年以来) still dates it", () => {
    const r = run("2017年以来，代币发行迅速走热。9月4日，交易平台「甲乙网」发布公告称，将停止所有代币交易。", {
      title: "交易平台停止交易",
    });
    expect(measureDateOf(r, "甲乙网公告")).toBe("2017-09-04");
  });
  it("a year told as the text's own still dates it", () => {
    const r = run("2017年，监管持续收紧。9月14日，交易平台「甲乙网」发布公告称，将于9月30日停止所有交易业务。", {
      title: "交易平台停止交易",
    });
    expect(measureDateOf(r, "甲乙网公告")).toBe("2017-09-14");
  });
});

describe("a 关于 title in quotes with its kind after them, whatever verb stands before", () => {
  it("修改了「关于X」的公告", () => {
    const r = run("随后，甲乙网和丙丁网修改了前一晚「关于停止人民币交易业务」的公告，宣布将停止交易。", {
      title: "交易平台停止交易",
      date: "2017-09-18",
    });
    expect(names(r, "Measure")).toEqual(["关于停止人民币交易业务的公告"]);
  });
  it("a subject in quotes without 关于 is left to the rules that need a verb", () => {
    const r = run("随后，网友热议“停止人民币交易业务”的公告内容。", { title: "交易平台停止交易" });
    expect(names(r, "Measure")).toEqual([]);
  });
});

describe("a firm's staff named after the firm works there", () => {
  it.each([
    ["平台技术人员", "甲乙币平台技术人员王仁虎因组织传销活动罪获刑。", "甲乙币"],
    ["公司员工", "甲乙科技有限公司员工王仁虎因挖矿被辞退。", "甲乙科技有限公司"],
    ["高管", "甲乙科技有限公司高管王仁虎表示，将配合调查。", "甲乙科技有限公司"],
  ])("%s", (_what, text, firm) => {
    const r = run(text.replace("甲乙币平台", "Abctoken平台"), { title: "案件通报" });
    const company = firm === "甲乙币" ? "Abctoken" : firm;
    expect(relationLines(r)).toContain(`AFFILIATED_WITH person:王仁虎 -> company:${company}`);
  });
  it("a resident's word after a firm gives no affiliation", () => {
    const r = run("甲乙科技有限公司附近村民王仁虎表示，噪音很大。", { title: "案件通报" });
    expect(relationLines(r).filter((l) => l.startsWith("AFFILIATED_WITH"))).toEqual([]);
  });
});

describe("a paper's keywords with their words head its body, no trailer", () => {
  it("摘要 … 关键词：X；Y, then the body", () => {
    const abstract =
      "摘要：本文梳理了我国对虚拟货币挖矿活动的整治历程，分析了差别电价、关停淘汰等政策工具的效果，并就完善监管提出建议。研究发现，地方政府在整治中发挥了关键作用，各地政策力度存在明显差异，需要在省级层面统筹协调，并建立长效监测机制。";
    const r = run(
      `${abstract}\n关键词：虚拟货币；挖矿；监管\n一、引言\n2021年，青海省工业和信息化厅发布通知，全面关停挖矿项目。`,
      {
        title: "虚拟货币挖矿整治研究",
      },
    );
    expect(names(r, "Agency")).toContain("青海省工业和信息化厅");
  });
});

describe("a plan's roles as labels in brackets after the task", () => {
  const title = "甲市发展和改革委员会关于明确整治虚拟货币挖矿活动重点任务分工的通知";
  it.each([
    [
      "（牵头单位：X；配合单位：Y、Z）",
      "建立项目台账。（牵头单位：运城市发展改革委；配合单位：运城市公安局、运城市市场监管局）",
    ],
    [
      "（责任部门：X（牵头）、Y、Z）",
      "建立项目台账。（责任部门：运城市发展改革委（牵头）、运城市公安局、运城市市场监管局）",
    ],
  ])("%s", (_what, text) => {
    const lines = relationLines(run(text, { title }));
    expect(lines.filter((l) => l.startsWith("WORKED_WITH")).sort()).toEqual([
      "WORKED_WITH agency:运城市发展和改革委员会 -> agency:运城市公安局",
      "WORKED_WITH agency:运城市发展和改革委员会 -> agency:运城市市场监督管理局",
    ]);
  });
  it("a list of 责任部门 with no lead marked links none, as a list of 责任单位", () => {
    const lines = relationLines(run("建立项目台账。（责任部门：运城市发展改革委、运城市公安局）", { title }));
    expect(lines.filter((l) => l.startsWith("WORKED_WITH"))).toEqual([]);
  });
});

describe("speakers after a quote with more verbs of saying, and writers quoted for a view", () => {
  it.each([
    ["叹道 after a quote", "“路不好走，一不小心就冲到河里。”黎建中叹道。“但还是要去。”", "黎建中"],
    ["直言 after a quote", "“电费涨了一倍。”王建国直言。", "王建国"],
    ["财经作家", "财经作家孙骁骥9月18日发文认为，比特币难以监管。", "孙骁骥"],
    ["财经评论员", "知名财经评论员王建国表示，监管将持续。", "王建国"],
  ])("%s", (_what, text, person) => {
    expect(names(run(text, { title: "矿工的困境" }), "Person")).toEqual([person]);
  });
  it("a writer named as what someone is names no one", () => {
    expect(names(run("他是一名作家，也是一名评论员。", { title: "矿工的困境" }), "Person")).toEqual([]);
  });
});

describe("an embedded post's signature names its author", () => {
  it("— Name (handle) (@handle) Month D, YYYY", () => {
    const r = run("甲乙交易所宣布暂停提币。\n\n— Alex Chen(AlexOnChain) (@AlexOnChain) October 16, 2020\n", {
      title: "交易所暂停提币",
    });
    expect(names(r, "Person")).toEqual(["Alex Chen"]);
  });
  it("an account named by one word is no person", () => {
    const r = run("甲乙交易所宣布暂停提币。\n\n— Abcdex (@abcdex) October 16, 2020\n", { title: "交易所暂停提币" });
    expect(names(r, "Person")).toEqual([]);
  });
});
