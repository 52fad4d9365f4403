/**
 * Table tests of the company-name grammar (issue 10: recall without false nodes on unseen articles): [a division]
 * + a trade name + [industry words] + a kind word, read leftwards from the kind word to the clause's edge; kinds of
 * firm, counts and anonymized names are no nodes; a short name is its full name's company; branches.
 * Sentences written for these tests (never copied from an article); each runs the real pipeline.
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, mentionedIds as mentioned, relationLines } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";

const companies = (r: DocumentResult): string[] => mentioned(r).filter((id) => id.startsWith("company:"));

describe("a trade name with a bare 公司", () => {
  it.each([
    // after a verb with its aspect particle, a preposition, 的 of a clause
    ["县纪委约谈了三禾公司负责人。", ["company:三禾公司"]],
    ["执法人员对华峰公司的机房进行检查。", ["company:华峰公司"]],
    ["该矿场由王某控制的金泰公司运营。", ["company:金泰公司"]],
    // with industry words, after another company's determiner and a preposition
    ["该公司与星河科技公司签订了托管协议。", ["company:星河科技公司"]],
    // a division opening the name, after a time adverb of the clause
    ["近日乌兰察布云投公司组织租户开会。", ["company:乌兰察布云投公司"]],
    // in quotes, and the longest kind word (集团公司, not 集团)
    ["其名称为“链动科技公司”。", ["company:链动科技公司"]],
    ["云南华岭能源集团公司参与调峰。", ["company:云南华岭能源集团公司"]],
  ])("%s", (body, want) => {
    expect(companies(run(body))).toEqual(want);
  });
  it.each([
    // the company the text speaks of, a count, a share, a kind of firm
    ["公司负责人表示将整改。一家公司被查处。相关公司已停业。"],
    ["这家纽约公司的设备已运回。上市公司纷纷撤离。"],
    ["涉案公司账户被冻结，空壳公司数量增多，科技公司也受影响。"],
    ["金融顾问公司分析了市场。多家矿业公司停工。"],
    // a clause about the company: a preposition, a modal, a verb before 公司
    ["设备进入公司院内，是否严格按公司要求执行，确保公司安全。"],
    // anonymized names
    ["某某科技公司涉嫌非法集资。XX公司被处罚。某公司被关停。"],
    // anonymized names with a legal form
    ["XX有限公司被罚款，某某科技有限公司涉嫌集资。"],
  ])("no company: %s", (body) => {
    expect(companies(run(body))).toEqual([]);
  });
});

describe("a short name is the company named in full", () => {
  it.each([
    ["上海云峰实业有限公司被起诉。云峰公司表示不服。", "company:上海云峰实业有限公司", "云峰公司"],
    ["乌兰察布云投公司负责园区。云投公司表示将整改。", "company:乌兰察布云投公司", "云投公司"],
  ])("%s", (body, id, short) => {
    const r = run(body);
    expect(companies(r)).toEqual([id]);
    expect(r.mentions.filter((m) => m.entityId === id).map((m) => m.surface)).toContain(short);
  });
});

describe("branches", () => {
  it.each([
    // a company's or a bank's branch by its place: the branch and its parent, each a node
    [
      "浙江数链科技有限公司杭州分公司被查封。",
      ["company:浙江数链科技有限公司", "company:浙江数链科技有限公司杭州分公司"],
    ],
    ["农业银行余杭支行配合调查。", ["company:中国农业银行", "company:农业银行余杭支行"]],
    ["中国移动安阳分公司配合排查。", ["company:中国移动", "company:中国移动安阳分公司"]],
  ])("%s", (body, want) => {
    expect(companies(run(body))).toEqual(want);
  });
  it.each([["建设银行各分行要加强监测，招商银行下属支行也要配合。", ["company:中国建设银行", "company:招商银行"]]])(
    "a determiner is no branch's place: %s",
    (body, want) => {
      expect(companies(run(body))).toEqual(want);
    },
  );
});

describe("other bare kinds: 基金会, 厂; Latin trade names; an address before the name", () => {
  it.each([
    // a Latin trade name after Chinese words starts at the Latin run
    ["法院认定XB基金会违法，公益基金会捐款不受影响。", ["company:XB基金会"]],
    // 厂 with its trade's words; a chain of divisions before it is the address, and stays a place
    ["警方在鹤岗市南山区华达电修厂查获矿机。该厂停产，水泥厂照常。", ["company:华达电修厂"]],
  ])("%s", (body, want) => {
    expect(companies(run(body))).toEqual(want);
  });
  it("the address's district is a place of its own", () => {
    expect(mentioned(run("警方在鹤岗市南山区华达电修厂查获矿机。")).filter((id) => id.endsWith("南山区"))).toHaveLength(
      1,
    );
  });
});

describe("firms of the sector and its power supply known by name (lexicon/companies.ts)", () => {
  it.each([
    // a futures exchange by its short form, an exchange of the early years by its Latin name
    ["芝商所宣布推出比特币期货合约。", ["company:芝加哥商品交易所"]],
    ["早年关闭的BTC38曾是国内三大平台之一。", ["company:比特时代"]],
    // a central power generator by its short form, a hosting firm by its Latin name
    ["国家电投在当地的水电站已停止向矿场供电。", ["company:国家电力投资集团有限公司"]],
    ["美股上市的The9宣布转型矿业。", ["company:第九城市"]],
    // a stablecoin issuer and a cloud provider
    ["泰达公司表示储备充足，阿里云已下架相关镜像。", ["company:Tether", "company:阿里云"]],
  ])("%s", (body, want) => {
    expect(companies(run(body)).sort()).toEqual([...want].sort());
  });
  it.each([
    // a Latin name inside a longer word is no mention; a generator's bare 大唐 (a dynasty) is not the group
    ["该系统名为CMEX，与交易所无关。", []],
    ["大唐盛世的诗句被印在矿机包装上。", []],
  ])("%s", (body, want) => {
    expect(companies(run(body))).toEqual(want);
  });
});

describe("a data centre's operator by its trade name; a branch named as written", () => {
  it.each([
    ["执法人员检查了位于旗里的华锐数据中心。", ["company:华锐数据中心"]],
    ["蓝海数据中心已被断电。", ["company:蓝海数据中心"]],
    // a known parent written in full keeps its full form in the branch's name
    ["中国电信股份有限公司四川分公司清理了挖矿IP。", ["company:中国电信", "company:中国电信股份有限公司四川分公司"]],
  ])("%s", (body, want) => {
    expect(companies(run(body)).sort()).toEqual([...want].sort());
  });
  it.each([
    // a division's data centres, a big-data or cloud centre, a determiner, an anonymized name
    ["要求对北京市数据中心承载的业务开展排查。"],
    ["省大数据中心开展排查，关停了云数据中心。"],
    ["该数据中心被查，当地多个数据中心停电。"],
    ["乌兰察布市某数据中心被查。"],
    // a rank among firms
    ["作为中国三大交易所之一，该平台宣布退出。"],
  ])("none: %s", (body) => {
    expect(companies(run(body))).toEqual([]);
  });
});

describe("where a company is registered, as its name says (LOCATED_IN)", () => {
  const located = (body: string): string[] => relationLines(run(body), "LOCATED_IN");
  it.each([
    ["鄂尔多斯市恒泰科技有限公司被查处。", "company:鄂尔多斯市恒泰科技有限公司", "place:鄂尔多斯市"],
    ["国网四川省电力公司停止供电。", "company:国网四川省电力公司", "province:四川省"],
    ["四川电力交易中心发布通知。", "company:四川电力交易中心", "province:四川省"],
    // a division chain: the lowest division
    ["四川省雅安市宏泰科技有限公司被约谈。", "company:四川省雅安市宏泰科技有限公司", "place:雅安市"],
    // a branch: its own place before the branch word
    ["中国电信股份有限公司江西分公司清理了挖矿IP。", "company:中国电信股份有限公司江西分公司", "province:江西省"],
    // the division in parentheses after the trade name
    ["宏泰（成都）科技有限公司被约谈。", "company:宏泰（成都）科技有限公司", "place:成都市"],
  ])("%s", (body, company, place) => {
    expect(located(body)).toEqual([`LOCATED_IN ${company} -> ${place}`]);
  });
  it.each([
    // no division in the name; a country's name is not a division
    ["华锐数据中心被查。"],
    ["中国移动清理了挖矿IP。"],
  ])("none: %s", (body) => {
    expect(located(body)).toEqual([]);
  });
});

describe("a place in parentheses inside a registered name; a legal form after industry words alone", () => {
  it.each([
    ["人民银行约谈了支付宝（中国）网络技术有限公司。", ["company:支付宝（中国）网络技术有限公司"]],
    [
      "涉事的是恒泰(北京)信息技术有限公司和鑫源科技有限公司。",
      ["company:恒泰（北京）信息技术有限公司", "company:鑫源科技有限公司"],
    ],
    // parentheses that hold no place are not part of the name before them
    ["该平台（已关停）网络技术有限公司的员工被约谈。", []],
    // industry words alone before the legal form: a kind of firm
    ["他注册了一家网络技术有限公司和一家信息技术有限公司。", []],
  ])("%s", (body, expected) => {
    expect(companies(run(body))).toEqual(expected);
  });
});

describe("a company the sentence places (LOCATED_IN)", () => {
  const located = (body: string): string[] => relationLines(run(body), "LOCATED_IN");
  it.each([
    ["总部位于杭州的宏泰科技有限公司停止了销售。", "company:宏泰科技有限公司", "place:杭州市"],
    ["内蒙古鄂尔多斯的恒泰科技有限公司已停止挖矿。", "company:恒泰科技有限公司", "place:鄂尔多斯市"],
    ["火币是一家位于北京的交易平台。", "company:火币", "province:北京市"],
    ["监管部门约谈了北京的交易平台火币。", "company:火币", "province:北京市"],
  ])("%s", (body, company, place) => {
    expect(located(body)).toContain(`LOCATED_IN ${company} -> ${place}`);
  });
  it.each([
    // a place's body, not a firm, between the place and the firm
    ["北京的监管部门约谈了火币。"],
    // a country is no such place
    ["美国的Coinbase宣布上市。"],
  ])("none: %s", (body) => {
    expect(located(body).filter((l) => l.startsWith("LOCATED_IN company:"))).toEqual([]);
  });
});
