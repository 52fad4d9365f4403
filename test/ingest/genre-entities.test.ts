/**
 * Table tests per entity category of the genre's dev-set round: measure titles with a document number inside
 * 《》, titles led by a division's name, quoted titles before 的通知, standard local bodies missing from the
 * suffix table, and lists of bodies that share one written division. Sentences written for these tests (never
 * copied from an article); each runs the real pipeline.
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, mentionedIds as mentioned } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";

const aliasesOf = (r: DocumentResult, id: string): string[] => r.entities.find((e) => e.id === id)?.aliases ?? [];

describe("measures: document numbers, division-led headings, quoted titles", () => {
  it("a document number in parentheses inside 《》 is an alias, not part of the name", () => {
    const r = run("湖南省财政厅印发《关于规范数据中心用电价格的通知（湘财价规〔2023〕12号）》，自下月起执行。");
    const id = "measure:关于规范数据中心用电价格的通知";
    expect(mentioned(r)).toContain(id);
    expect(mentioned(r).filter((x) => x.includes("〔"))).toEqual([]);
    expect(aliasesOf(r, id)).toContain("湘财价规〔2023〕12号");
  });
  it("a heading led by a city's name keeps the city in the title", () => {
    const r = run("安庆市关于开展清理“挖矿”项目的通告\n各有关单位：现将有关事项通告如下。");
    expect(mentioned(r)).toContain("measure:安庆市关于开展清理“挖矿”项目的通告");
  });
  it("a quoted title written before 的通知 after an issuing verb is the measure", () => {
    const r = run("湖南省教育厅近日下发“开展校园网络安全隐患排查”的通知，要求月底前完成。");
    expect(mentioned(r)).toContain("measure:开展校园网络安全隐患排查的通知");
  });
});

describe("standard local bodies", () => {
  it.each([
    ["湖南省政府法制办公布了名单。", "agency:湖南省人民政府法制办公室"],
    ["湖南省人民政府法制办公室公布了名单。", "agency:湖南省人民政府法制办公室"],
    ["湖北省能检办开展检查。", "agency:湖北省能检办"],
    ["湖南省网信办约谈平台。", "agency:湖南省互联网信息办公室"],
  ])("%s", (body, want) => {
    expect(mentioned(run(body))).toContain(want);
  });
});

describe("a list of bodies sharing one written division", () => {
  it.each([
    [
      "湖南省委网信办、省教育厅、省公安厅联合开展整治。",
      ["agency:湖南省教育厅", "agency:湖南省公安厅", "agency:中共湖南省委网络安全和信息化委员会办公室"],
    ],
    [
      "湖北省工信厅、省发改委、省能检办开展检查。",
      ["agency:湖北省工业和信息化厅", "agency:湖北省发展和改革委员会", "agency:湖北省能检办"],
    ],
  ])("%s", (body, want) => {
    expect(mentioned(run(body))).toEqual(expect.arrayContaining(want));
  });
});

describe("companies: a province's short prefix, pools named by a known brand, Latin pool names", () => {
  it("省…有限责任公司 after the province was named is that province's company", () => {
    const r = run("湖南省发展改革委通知：国网湖南省电力公司、省交通投资集团有限责任公司执行。");
    expect(mentioned(r)).toContain("company:湖南省交通投资集团有限责任公司");
    expect(mentioned(r).filter((x) => x.startsWith("company:省"))).toEqual([]);
  });
  it("a known company's name + 矿池 is its pool", () => {
    const r = run("大量资金撤出币安交易所和币安矿池。");
    expect(mentioned(r)).toContain("company:币安矿池");
  });
  it.each([
    ["ViaPool、Poolex等矿池停止服务。", ["company:ViaPool", "company:Poolex"]],
    ["Lotus Pool和AntPool宣布退出。", ["company:Lotus Pool"]],
  ])("%s", (body, want) => {
    expect(mentioned(run(body))).toEqual(expect.arrayContaining(want));
  });
  it("a Latin pool name glossing a Chinese one is no second company", () => {
    expect(mentioned(run("海鸥矿池（GullPool）宣布迁往海外。")).filter((x) => x.includes("GullPool"))).toEqual([]);
  });
});

describe("people: the contact named in a notice", () => {
  it.each([
    ["联系人：省财政厅综合处王晓梅；电话：0731-1234567。", "official:王晓梅"],
    ["联系人：赵建国，电话：12345678。", "person:赵建国"],
  ])("%s", (body, want) => {
    expect(mentioned(run(body))).toContain(want);
  });
});

describe("name boundaries of bodies", () => {
  it("a verb before a development zone's committee is not part of its name", () => {
    const ids = mentioned(run("会议要求湖南岳阳经济技术开发区管委会开展清理。"));
    expect(ids).toContain("agency:湖南岳阳经济技术开发区管理委员会");
    expect(ids.filter((x) => x.includes("要求"))).toEqual([]);
  });
  it("a zone's name opening with its province and city locates the committee in the city", () => {
    const r = run("会议要求湖南岳阳经济技术开发区管委会开展清理。");
    expect(r.relations.map((x) => `${x.type} ${x.source} -> ${x.target}`)).toContain(
      "LOCATED_IN agency:湖南岳阳经济技术开发区管理委员会 -> place:岳阳市",
    );
  });
  it("a zone's name opening with its province alone locates the committee there", () => {
    const r = run("会议要求新疆准东经济技术开发区管委会开展清理。");
    expect(r.relations.map((x) => `${x.type} ${x.source} -> ${x.target}`)).toContain(
      "LOCATED_IN agency:新疆准东经济技术开发区管理委员会 -> province:新疆维吾尔自治区",
    );
  });
  it("a national centre's provincial branch is one body, in its province", () => {
    const r = run("国家信息安全中心湖南分中心发布报告。");
    expect(mentioned(r)).toContain("agency:国家信息安全中心湖南分中心");
    expect(mentioned(r)).not.toContain("agency:国家信息安全中心");
  });
  it("each level's body listed generically (各市、县（市、区）发展改革委) is not the national commission", () => {
    expect(mentioned(run("各市、县（市、区）发展改革委，有关单位：现将通知印发给你们。"))).not.toContain(
      "agency:国家发展和改革委员会",
    );
  });
});

describe("sub-units a text acts through, and county power-supply companies", () => {
  it.each([
    ["岳阳县公安局反诈中心接到报警后立即处置。", ["agency:岳阳县公安局反诈中心"]],
    ["接报后，岳阳县公安局党委高度重视。", ["agency:岳阳县公安局党委"]],
    ["国网岳阳县供电公司纪委通报了情况。", ["agency:国网岳阳县供电公司纪委", "company:国网岳阳县供电公司"]],
  ])("%s", (body, want) => {
    expect(mentioned(run(body))).toEqual(expect.arrayContaining(want));
  });
  it("a title after the body is no sub-unit (公安局局长)", () => {
    expect(mentioned(run("岳阳县公安局局长李强表示。")).filter((x) => x.startsWith("agency:"))).toEqual([
      "agency:岳阳县公安局",
    ]);
  });
});

describe("generic bodies of every division (各市发展改革委)", () => {
  it.each([["各市发展改革委要求落实。"], ["各区市场监管局开展检查。"]])("%s", (body) => {
    expect(mentioned(run(body)).filter((x) => x.startsWith("agency:"))).toEqual([]);
  });
});
