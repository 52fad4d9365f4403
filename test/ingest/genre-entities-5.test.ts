/**
 * Table tests for the agency grammar of the sixth round (issue 10: recall on unseen articles without more false
 * nodes): place + body from the body table (the standing departments of every level, party organs, people's
 * organisations), the banner and league levels of Inner Mongolia and bare autonomous levels, a bare level listed
 * after a body of a county-level city, numbered and kind-named units after their body, any bureau's district branch,
 * and fragments that only start like a body. Sentences written for these tests (never copied from an article).
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, mentionedIds as mentioned, relationLines } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";

const agencies = (r: DocumentResult): string[] => mentioned(r).filter((id) => id.startsWith("agency:"));

describe("place + a standing department from the body table", () => {
  it.each([
    ["甲省农业农村厅", "湖南省农业农村厅会同省林业局部署工作。", ["湖南省农业农村厅", "湖南省林业和草原局"]],
    [
      "city departments, bare 市 for the rest",
      "株洲市医保局、市信访局参加了协调会。",
      ["株洲市医疗保障局", "株洲市信访局"],
    ],
    ["a city's state-security bureau", "岳阳市国家安全局提醒市民提高警惕。", ["岳阳市国家安全局"]],
    [
      "the foreign-affairs office by its short form",
      "常德市外办与市政务服务管理局座谈。",
      ["常德市人民政府外事办公室", "常德市政务服务管理局"],
    ],
    ["a party committee's organ", "郴州市委外办牵头核查。", ["中共郴州市委外事工作委员会办公室"]],
    ["a people's organisation of a city", "益阳市科协和市总工会联合宣传。", ["益阳市总工会", "益阳市科学技术协会"]],
    [
      "a county's fire brigade listed after its bureau",
      "茶陵县应急管理局与县消防救援大队开展检查。",
      ["茶陵县应急管理局", "茶陵县消防救援大队"],
    ],
    // Traditional forms match through normalization
    ["Traditional characters", "懷化市醫療保障局與市農業農村局聯合發文。", ["怀化市医疗保障局", "怀化市农业农村局"]],
    // a province's committee has a general office (办公厅), not an office (委办 is not read out of 委办公厅)
    [
      "a province's party general office",
      "湖南省委办公厅、省政府办公厅联合发文。",
      ["中共湖南省委办公厅", "湖南省人民政府办公厅"],
    ],
    // an autonomous region's committee is written 党委, and named in full before its organs
    ["an autonomous region's 党委", "宁夏回族自治区党委部署整治工作。", ["中共宁夏回族自治区委员会"]],
    [
      "an autonomous region's party organs",
      "西藏自治区党委办公厅、自治区党委宣传部联合发文。",
      ["中共西藏自治区委员会办公厅", "中共西藏自治区委员会宣传部"],
    ],
  ])("%s", (_what, body, want) => {
    expect(agencies(run(body))).toEqual(want.map((n) => `agency:${n}`).sort());
  });
});

describe("bare levels of every kind", () => {
  it.each([
    [
      "a banner's bodies after its first",
      "鄂尔多斯市杭锦旗发改委、旗公安局联合排查。",
      ["杭锦旗发展和改革委员会", "杭锦旗公安局"],
    ],
    // 欧盟 and 党旗 end no league and no banner (欧盟委员会 is the European Commission, a foreign body)
    [
      "a league's bodies after its first",
      "欧盟委员会关注此事。兴安盟发改委、盟公安局联合排查。",
      ["欧盟委员会", "兴安盟发展和改革委员会", "兴安盟公安局"],
    ],
    [
      "a banner's bodies, beside a flag",
      "党旗委员会成员参加。阿荣旗发改委、旗公安局联合排查。",
      ["阿荣旗发展和改革委员会", "阿荣旗公安局"],
    ],
    // a county-level city's 市 listed after its own body is that city, not the prefecture
    [
      "a county-level city's 市 in a list",
      "醴陵市委宣传部、市委网信办联合清理有害信息。",
      ["中共醴陵市委宣传部", "中共醴陵市委网络安全和信息化委员会办公室"],
    ],
  ])("%s", (_what, body, want) => {
    expect(agencies(run(body))).toEqual(want.map((n) => `agency:${n}`).sort());
  });
  it.each([
    ["the youth league's committee is no party committee", "团市委组织青年志愿者宣传。"],
    ["a situation is no bureau", "国家安全局势总体稳定。"],
    ["the governments of every city and county", "各市县政府负责同志参加会议。"],
  ])("no agency: %s", (_what, body) => {
    expect(agencies(run(body))).toEqual([]);
  });
});

describe("units written after their body", () => {
  it.each([
    [
      "a discipline commission's numbered office",
      "株洲市纪委监委第二审查调查室对其立案调查。",
      "株洲市纪委监委第二审查调查室",
    ],
    ["a procuratorate's numbered department", "衡阳市人民检察院第三检察部依法提起公诉。", "衡阳市人民检察院第三检察部"],
    ["a tax bureau's inspection bureau", "邵阳市税务局稽查局查处一起虚开发票案。", "邵阳市税务局稽查局"],
    ["a market regulator's district branch", "长沙市市场监管局岳麓分局开展专项检查。", "长沙市市场监督管理局岳麓分局"],
  ])("%s", (_what, body, want) => {
    expect(agencies(run(body))).toEqual([`agency:${want}`]);
  });
  it("a district's police branch named by the district's short form is its city's bureau's branch", () => {
    expect(agencies(run("株洲市芦淞区发生一起盗电案，芦淞公安分局立案侦查。"))).toEqual([
      "agency:株洲市公安局芦淞分局",
    ]);
  });
  it("a police station named by its area alone is a station; a generic word of place before it names none", () => {
    expect(agencies(run("“荷塘派出所接到报警后，民警赶到附近派出所和当地派出所协调。"))).toEqual(["agency:荷塘派出所"]);
  });
  it("police units joined by 和 are two units of one bureau, not one unit below the other", () => {
    expect(agencies(run("湘潭市公安局经侦支队和治安大队联合行动。"))).toEqual([
      "agency:湘潭市公安局治安大队",
      "agency:湘潭市公安局经侦支队",
    ]);
  });
});

describe("a vertical national body's office in a division is one body, located there", () => {
  it.each([
    ["国家税务总局湖南省税务局发布了提醒。", "国家税务总局湖南省税务局", "province:湖南省"],
    ["国家税务总局株洲市芦淞区税务局约谈了企业。", "国家税务总局株洲市芦淞区税务局", "place:芦淞区"],
    ["国家外汇管理局湖南省分局通报了案件。", "国家外汇管理局湖南省分局", "province:湖南省"],
    ["银保监会湖南监管局提示风险。", "中国银行保险监督管理委员会湖南监管局", "province:湖南省"],
    ["国家统计局湖南调查总队发布了数据。", "国家统计局湖南调查总队", "province:湖南省"],
    // a customs district by its city's short name
    ["长沙海关查获了一批矿机。", "长沙海关", "place:长沙市"],
  ])("%s", (body, agency, place) => {
    const r = run(body);
    expect(agencies(r)).toEqual([`agency:${agency}`]);
    expect(relationLines(r, "LOCATED_IN")).toEqual([`LOCATED_IN agency:${agency} -> ${place}`]);
  });
});
