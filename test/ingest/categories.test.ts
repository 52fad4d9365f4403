/**
 * Table tests per category of issue 10, on sentences written for these tests (never copied from an
 * article): agency short forms with and without a locale, historical and special bodies, regulators'
 * branches, cited laws, co-issuers, implements, worked-with, companies' own announcements, dates from
 * context, event dates, inferred article dates and false nodes. Each runs the real pipeline.
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, mentionedIds as mentioned, relationLines as rels } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";

const dateOf = (r: DocumentResult, id: string): unknown => r.entities.find((e) => e.id === id)?.properties.date;

describe("agency short forms and the document's locale", () => {
  it.each([
    // [case, body, metadata, expected agency ids]
    ["outlet names the district", "区发改局召开会议。", { author: "龙湾网" }, ["agency:龙湾区发展和改革局"]],
    [
      "title names the city",
      "市经信局、市大数据局参加。",
      { title: "温州市部署工作" },
      ["agency:温州市大数据管理局", "agency:温州市经济和信息化局"],
    ],
    ["district locale gives the province too", "省通信管理局通报。", { author: "龙湾网" }, ["agency:浙江省通信管理局"]],
    [
      "party organs of the locale",
      "区委网信办和区委宣传部参加。",
      { author: "龙湾网" },
      ["agency:中共龙湾区委宣传部", "agency:中共龙湾区委网络安全和信息化委员会办公室"],
    ],
    ["a division named earlier in the text", "宁波市召开会议，市公安局参加。", {}, ["agency:宁波市公安局"]],
    ["no locale: the short form itself", "市公安局通报。", {}, ["agency:市公安局"]],
    [
      "省、市 share one body",
      "报送省、市发改委。",
      { title: "衢州市部署工作" },
      ["agency:浙江省发展和改革委员会", "agency:衢州市发展和改革委员会"],
    ],
    [
      "bare bodies listed after 联合",
      "龙湾区发改局联合网信办、公安局和市场监管局开展排查。",
      {},
      [
        "agency:龙湾区互联网信息办公室",
        "agency:龙湾区公安局",
        "agency:龙湾区发展和改革局",
        "agency:龙湾区市场监督管理局",
      ],
    ],
  ] as const)("%s", (_, body, meta, want) => {
    expect(mentioned(run(body, meta)).filter((x) => x.startsWith("agency:"))).toEqual([...want].sort());
  });

  it("a bare 网信办 is never the national office", () => {
    expect(mentioned(run("区发改局会同区委网信办排查。", { author: "龙湾网" }))).not.toContain(
      "agency:国家互联网信息办公室",
    );
  });
});

describe("national, historical and special bodies; regulators' branches", () => {
  it.each([
    ["原保监会发布通知。", "agency:中国保险监督管理委员会"],
    ["国家工商总局约谈平台。", "agency:国家工商行政管理总局"],
    ["质检总局参加会议。", "agency:国家质量监督检验检疫总局"],
    ["互金整治办下发文件。", "agency:互联网金融风险专项整治工作领导小组办公室"],
    ["中宣部部署宣传。", "agency:中央宣传部"],
    ["衢州银保监分局约谈银行。", "agency:中国银行保险监督管理委员会衢州监管分局"],
    ["浙江银保监局发布提示。", "agency:中国银行保险监督管理委员会浙江监管局"],
    ["人行衢州中支召开会议。", "agency:中国人民银行衢州中心支行"],
  ])("%s → %s", (body, id) => {
    expect(mentioned(run(body))).toContain(id);
  });

  it("a regulator's full name in 《》 is not a measure; a 国家… clause is not a body", () => {
    const r = run("记者查阅《国家金融监督管理总局》网站。国家鼓励发展算力中心。");
    expect(mentioned(r).filter((x) => x.startsWith("measure:"))).toEqual([]);
    expect(mentioned(r)).not.toContain("agency:国家鼓励发展算力中心");
  });
});

describe("measures: laws, catalogues, titles with issuers, announcements", () => {
  it("a catalogue's edition is part of its name; 征求意见稿 is its status", () => {
    const r = run("国家发展改革委发布《产业结构调整指导目录》(2024年本,征求意见稿)。");
    const m = r.entities.find((e) => e.label === "Measure")!;
    expect(m.name).toBe("产业结构调整指导目录（2024年本，征求意见稿）");
    expect(m.properties).toMatchObject({ kind: "catalogue", status: "征求意见稿" });
    expect(rels(r, "ISSUED")).toEqual([`ISSUED agency:国家发展和改革委员会 -> ${m.id}`]);
  });

  it("the issuers written in a title are co-issuers and mentions; the title starts at 关于", () => {
    const r = run("文件名为《中国人民银行 工业和信息化部关于规范数字藏品交易的通知》。");
    expect(rels(r, "ISSUED").sort()).toEqual([
      "ISSUED agency:中国人民银行 -> measure:关于规范数字藏品交易的通知",
      "ISSUED agency:工业和信息化部 -> measure:关于规范数字藏品交易的通知",
    ]);
    expect(mentioned(r)).toContain("agency:工业和信息化部");
  });

  it("every listed co-issuer issued it; A等8个部门 names only A", () => {
    const listed = run("衢州市发改委、衢州市公安局、衢州市财政局联合印发《衢州市整治算力滥用工作方案》。");
    expect(rels(listed, "ISSUED")).toHaveLength(3);
    expect(rels(listed, "APPLIES_TO")).toEqual(["APPLIES_TO measure:衢州市整治算力滥用工作方案 -> place:衢州市"]);
    const counted = run("衢州市发改委等8个部门印发《衢州市整治算力滥用工作方案》。");
    expect(rels(counted, "ISSUED")).toEqual([
      "ISSUED agency:衢州市发展和改革委员会 -> measure:衢州市整治算力滥用工作方案",
    ]);
  });

  it("a title without 《》 after an issuing verb, and a law named without 《》", () => {
    const r = run("中国银行业协会发布了关于警惕“数字藏品”炒作的提示，依据中华人民共和国反洗钱法开展工作。");
    expect(mentioned(r)).toEqual(
      expect.arrayContaining(["measure:关于警惕“数字藏品”炒作的提示", "measure:中华人民共和国反洗钱法"]),
    );
  });

  it("an exchange's own announcement is a measure it issued", () => {
    const r = run("9月3日，抹茶官方微博发布公告称，将停止为大陆用户服务。", { date: "2021-09-05" });
    expect(rels(r, "ISSUED")).toEqual(["ISSUED company:抹茶 -> measure:抹茶公告"]);
    expect(dateOf(r, "measure:抹茶公告")).toBe("2021-09-03");
  });

  it.each([
    // 于 + a date, 随后也在官网, a full date with the time of day, 则通过官方微博 + 一则
    ["币赢网于9月26日发布公告称，将清退大陆用户。", "币赢网", "2021-09-26"],
    ["币看随后也在官网发布公告表示，已停止新用户注册。", "币看", null],
    ["比特时代于2021年9月27日晚间发布公告指出，平台将关闭。", "比特时代", "2021-09-27"],
    ["聚币网则通过官方微博发布了一则公告，宣布暂停交易。", "聚币网", null],
  ])("an announcement told with adverbs, a date and a channel: %s", (body, company, date) => {
    const r = run(body, { date: "2021-10-05" });
    expect(rels(r, "ISSUED")).toEqual([`ISSUED company:${company} -> measure:${company}公告`]);
    expect(dateOf(r, `measure:${company}公告`)).toBe(date);
  });
});

describe("relationships between measures and between agencies", () => {
  it("CITES (依据/根据《…》) and IMPLEMENTS (贯彻落实《…》), said of the measure named before", () => {
    const r = run(
      "衢州市印发《衢州市算力整治方案》，为贯彻落实《关于整治虚拟货币“挖矿”活动的通知》，依据《中华人民共和国节约能源法》制定。",
    );
    expect(rels(r, "IMPLEMENTS")).toEqual([
      "IMPLEMENTS measure:衢州市算力整治方案 -> measure:关于整治虚拟货币“挖矿”活动的通知",
    ]);
    expect(rels(r, "CITES")).toEqual(["CITES measure:衢州市算力整治方案 -> measure:中华人民共和国节约能源法"]);
  });

  it.each([
    ["牵头召集", "龙湾区发改局牵头召集区公安分局、区数据资源管理局等部门召开推进会。", 2],
    ["会同", "龙湾区发改局会同区公安分局开展排查。", 1],
    ["listed, then 联合", "龙湾区发改局、龙湾区公安分局、龙湾区财政局联合印发《龙湾区整治方案》。", 2],
  ])("WORKED_WITH from the lead: %s", (_, body, n) => {
    const w = rels(run(body, { author: "龙湾网" }), "WORKED_WITH");
    expect(w).toHaveLength(n);
    for (const x of w) expect(x.startsWith("WORKED_WITH agency:龙湾区发展和改革局 -> ")).toBe(true);
  });

  it("no WORKED_WITH for a single agency acting 联合 with unnamed departments", () => {
    expect(rels(run("龙湾区发改局联合有关部门开展排查。"), "WORKED_WITH")).toEqual([]);
  });
});

describe("dates", () => {
  it("a month-day takes the article's year; a bare date line after the signatures is the issue date", () => {
    const r = run(
      "衢州市发改委、衢州市公安局联合制定了《衢州市整治算力滥用工作方案》。\n衢州市发展和改革委员会 衢州市公安局\n2022年3月1日\n",
      { date: "2022-06-27" },
    );
    expect(dateOf(r, "measure:衢州市整治算力滥用工作方案")).toBe("2022-03-01");
    const meeting = run("3月10日上午，龙湾区发改局召开算力整治工作推进会。", { date: "2022-03-14", author: "龙湾网" });
    expect(dateOf(meeting, "measure:算力整治工作推进会")).toBe("2022-03-10");
  });

  it("日前/近日 date the event with the article's day but never invent the measure's date", () => {
    const r = run("中国人民银行日前发布《关于规范数字藏品交易的通知》。", { date: "2022-05-20" });
    expect(r.relations.find((x) => x.type === "ISSUED")!.date).toBe("2022-05-20");
    expect(dateOf(r, "measure:关于规范数字藏品交易的通知")).toBeNull();
  });

  it("将于 + a date is a plan, not the day something happened", () => {
    const r = run("抹茶公告，将于10月30日停止提现。", { date: "2021-09-05" });
    expect(dateOf(r, "measure:抹茶公告")).toBeNull();
  });

  it("an article without a date gets one inferred from its text, marked as inferred", () => {
    const r = run("2021年12月15日起，平台将关闭交易。10月2日，平台发布公告称将清退用户。");
    expect(r.document.published).toBe("2021-12-15");
    expect(r.document.dateInferred).toBe(true);
    const doc = r.batch.nodes.find((n) => n.label === "Document")!;
    expect(doc.properties.dateInferred).toBe(true);
  });
});

describe("false nodes", () => {
  it("a name ends before 党纪/涉嫌 (王某某党纪政务处分通报)", () => {
    const r = run("中央纪委国家监委网站发布湖南省政协原副主席王立新党纪政务处分通报。");
    expect(mentioned(r)).toContain("official:王立新");
    expect(mentioned(r)).not.toContain("official:王立新党");
  });

  it("a bare 《通知》 inside an alias definition is no measure of its own", () => {
    const r = run("中国人民银行发布《关于规范数字藏品交易的通知》（以下简称“央行《通知》”），央行《通知》明确了要求。");
    expect(mentioned(r).filter((x) => x.startsWith("measure:"))).toEqual(["measure:关于规范数字藏品交易的通知"]);
  });

  it.each([
    ["outlets named after a place", "北京商报记者采访时指出。", "province:北京市"],
    ["a county outlet", "据龙湾网报道。", "place:龙湾区"],
  ])("%s", (_, body, id) => {
    expect(mentioned(run(body))).not.toContain(id);
  });
});
