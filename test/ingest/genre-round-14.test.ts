/**
 * Table tests for the fourteenth round of issue 10 (recall on unseen articles), one category per block. Sentences
 * written for these tests (never copied from an article); the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import { entityNames, extractArticle as run, mentionedIds, relationLines } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";
import { findDates } from "../../ingest/dates.js";
import { toSimplified } from "../../ingest/normalize.js";

const linesOf = relationLines;
const names = entityNames;

describe("a national body's department that acts is its own agency", () => {
  it.each([
    ["办公厅 issuing", "工业和信息化部办公厅印发《关于开展数据中心用电排查的通知》。", "工业和信息化部办公厅"],
    ["a 司 by its field", "国家能源局综合司印发《关于开展数据中心用电排查的通知》。", "国家能源局综合司"],
    ["a 局 inside a ministry", "工信部信息通信管理局约谈了三家云服务企业。", "工业和信息化部信息通信管理局"],
    ["a bureau's short form, expanded", "公安部刑侦局发布通报。", "公安部刑事侦查局"],
    ["a short body's 办公厅, Traditional", "中國銀保監會辦公廳發布風險提示。", "中国银行保险监督管理委员会办公厅"],
  ])("%s", (_what, body, want) => {
    expect(names(run(body), "Agency")).toEqual([want]);
  });
  it("an issuing department is the issuer", () => {
    const r = run("国家能源局综合司印发《关于开展数据中心用电排查的通知》。");
    expect(linesOf(r, "ISSUED")).toEqual(["ISSUED agency:国家能源局综合司 -> measure:关于开展数据中心用电排查的通知"]);
  });
  it.each([
    ["two bodies joined by 会同", "财政部会同国家税务总局发布公告。", ["国家税务总局", "财政部"]],
    ["the departments in general", "人民银行有关司局负责人表示将加强监管。", ["中国人民银行"]],
    ["a department qualifying a title", "中国人民银行金融研究司原司长王立群表示。", ["中国人民银行"]],
    ["a bureau's former head", "公安部刑侦局原局长赵明介绍了案情。", ["公安部"]],
    ["a ministry's firm", "中国人民银行下属公司参与试点。", ["中国人民银行"]],
  ])("%s: no department", (_what, body, want) => {
    const r = run(body);
    expect(names(r, "Agency")).toEqual(want);
    expect(names(r, "Company")).toEqual([]);
  });
});

describe("a firm's name read after an enforcement verb", () => {
  it.each([
    ["依法吊销", "广州市市场监督管理局依法吊销广州链信息科技有限公司营业执照。", "广州链信息科技有限公司"],
    ["冻结", "杭州市公安局依法冻结杭州远舟数字科技有限公司账户资金。", "杭州远舟数字科技有限公司"],
    ["注销了", "市场监管部门注销了成都云岭网络科技有限公司的营业执照。", "成都云岭网络科技有限公司"],
  ])("%s", (_what, body, want) => {
    expect(names(run(body), "Company")).toEqual([want]);
  });
  it("a kind of firm before the name is no part of it (矿企X有限公司)", () => {
    expect(names(run("来自新疆的矿企远山科技有限公司开始外迁。"), "Company")).toEqual(["远山科技有限公司"]);
  });
});

describe("a registered name opening with its city may hold a coin's word", () => {
  it.each([
    ["比特币", "深圳市比特币科技有限公司因涉嫌非法集资被查处。", ["深圳市比特币科技有限公司"]],
    ["虚拟货币", "杭州市虚拟货币网络技术有限公司被约谈。", ["杭州市虚拟货币网络技术有限公司"]],
    ["a count before the kind is still none", "当地多家虚拟货币科技有限公司被关停。", []],
    ["a place's firms in general are still none", "深圳市的虚拟货币网络技术有限公司都要清退。", []],
  ])("%s", (_what, body, want) => {
    expect(names(run(body), "Company")).toEqual(want);
  });
});

describe("a body acting on a firm by the genre's other verbs", () => {
  it.each([
    [
      "暂停…用电",
      "四川省经济和信息化厅暂停了四川远达化工有限责任公司的用电。",
      "四川省经济和信息化厅",
      "四川远达化工有限责任公司",
    ],
    [
      "依规处理",
      "宁夏回族自治区发展和改革委员会依规处理了宁夏云创数据科技有限公司。",
      "宁夏回族自治区发展和改革委员会",
      "宁夏云创数据科技有限公司",
    ],
    [
      "切断供电",
      "内蒙古自治区能源局切断了包头市明远集团有限公司的挖矿供电。",
      "内蒙古自治区能源局",
      "包头市明远集团有限公司",
    ],
    ["给予警告", "中国证监会对北京天启科技有限公司给予警告。", "中国证券监督管理委员会", "北京天启科技有限公司"],
  ])("%s", (_what, body, agency, firm) => {
    expect(linesOf(run(body), "ACTED_ON")).toEqual([`ACTED_ON agency:${agency} -> company:${firm}`]);
  });
  it("a firm pausing its own business acts on nothing", () => {
    expect(linesOf(run("火币网暂停了人民币充值业务。"), "ACTED_ON")).toEqual([]);
  });
});

describe("a body issuing by 发文 or 挂出", () => {
  it.each([
    ["发文《…》", "央行重磅发文《关于进一步防范和处置虚拟货币交易炒作风险的通知》。", "中国人民银行"],
    ["官网挂出《…》", "青海省工业和信息化厅官网挂出《关于全面关停虚拟货币挖矿项目的通知》。", "青海省工业和信息化厅"],
  ])("%s", (_what, body, issuer) => {
    const lines = linesOf(run(body), "ISSUED");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^ISSUED agency:${issuer} -> measure:关于`));
  });
  it("下发文件 is still 下发, read once", () => {
    const r = run("四川省能源局下发《关于清理关停虚拟货币挖矿项目的通知》。");
    expect(linesOf(r, "ISSUED")).toEqual(["ISSUED agency:四川省能源局 -> measure:关于清理关停虚拟货币挖矿项目的通知"]);
  });
});

describe("a firm's seat with a time word between (X目前总部设在Y)", () => {
  it.each([
    ["目前总部设在, a country", "币安目前总部设在新加坡。", "company:币安 -> country:新加坡"],
    ["的总部现位于", "远山科技有限公司的总部现位于杭州。", "company:远山科技有限公司 -> place:杭州市"],
  ])("%s", (_what, body, want) => {
    expect(linesOf(run(body), "LOCATED_IN")).toContain(`LOCATED_IN ${want}`);
  });
  it("a seat told of another subject places no firm", () => {
    expect(linesOf(run("币安的创始人目前住在新加坡。"), "LOCATED_IN")).toEqual([]);
  });
});

describe("a local plan's formula carries out the notice it names (根据《X》要求，结合我省实际，制定本方案)", () => {
  const PLAN = "measure:江苏省虚拟货币“挖矿”活动整治工作方案";
  const NOTICE = "measure:关于整治虚拟货币“挖矿”活动的通知";
  it("IMPLEMENTS, the plan being the heading", () => {
    const r = run(
      "江苏省虚拟货币“挖矿”活动整治工作方案\n根据国家发展改革委等部门《关于整治虚拟货币“挖矿”活动的通知》要求，结合我省实际，制定本方案。",
    );
    expect(linesOf(r, "IMPLEMENTS")).toEqual([`IMPLEMENTS ${PLAN} -> ${NOTICE}`]);
    expect(linesOf(r, "CITES")).toEqual([]);
  });
  it("根据《X》 without the formula still rests on X (CITES)", () => {
    const r = run("江苏省虚拟货币“挖矿”活动整治工作方案\n根据《关于整治虚拟货币“挖矿”活动的通知》，各地停止新增项目。");
    expect(linesOf(r, "CITES")).toEqual([`CITES ${PLAN} -> ${NOTICE}`]);
    expect(linesOf(r, "IMPLEMENTS")).toEqual([]);
  });
});

describe("a body launching a named campaign issued it", () => {
  it.each([
    ["部署开展", "公安部部署开展“断卡”行动，严厉打击洗钱犯罪。", "agency:公安部", "measure:断卡行动"],
    ["启动…专项行动", "浙江省公安厅启动“净网2021”专项行动。", "agency:浙江省公安厅", "measure:净网2021行动"],
    ["组织开展", "国家发展改革委组织开展“清源”专项行动。", "agency:国家发展和改革委员会", "measure:清源行动"],
  ])("%s", (_what, body, agency, campaign) => {
    expect(linesOf(run(body), "ISSUED")).toEqual([`ISSUED ${agency} -> ${campaign}`]);
  });
  it.each([
    ["a campaign only named", "在“断卡”行动中，警方抓获嫌疑人百余名。"],
    ["a firm taking part", "远山科技有限公司启动“清源”专项行动的自查。"],
  ])("%s: no issuer", (_what, body) => {
    expect(linesOf(run(body), "ISSUED")).toEqual([]);
  });
});

describe("a firm named by its Latin name before 公司", () => {
  it.each([
    ["after a verb and 了", "美国证券交易委员会起诉了Ripple公司。", ["Ripple"]],
    ["as a subject", "Ripple公司回应称将继续上诉。", ["Ripple"]],
    ["a lexicon firm by its Latin name", "Bitmain公司计划赴美上市。", ["比特大陆"]],
  ])("%s", (_what, body, want) => {
    expect(names(run(body), "Company")).toEqual(want);
  });
  it.each([
    ["a fundraising's abbreviation", "一些ICO公司已经退币。"],
    ["a regulator's abbreviation", "这与SEC公司无关。"],
  ])("%s: no firm", (_what, body) => {
    expect(names(run(body), "Company")).toEqual([]);
  });
});

describe("Taiwan's bodies no other government is named by are Taiwan's wherever written", () => {
  it.each([
    ["法務部調查局, Traditional", "法務部調查局查獲一起利用虛擬貨幣洗錢的案件。", "agency:台湾法务部调查局"],
    ["行政院", "行政院會通過洗錢防制法修正草案。", "agency:台湾行政院"],
    ["立法院", "立法院三讀通過修法。", "agency:台湾立法院"],
  ])("%s", (_what, body, want) => {
    expect(mentionedIds(run(body))).toEqual([want]);
  });
  it("a bare 调查局 with no sign of Taiwan stays none", () => {
    expect(names(run("调查局正在核实有关情况。"), "Agency")).toEqual([]);
  });
});

describe("a firm's announcement told with what it announced (发布了停止交易的公告)", () => {
  it("the firm issued its announcement", () => {
    const r = run("远山交易所随后也发布了停止交易的公告。");
    expect(linesOf(r, "ISSUED")).toEqual(["ISSUED company:远山交易所 -> measure:远山交易所公告"]);
  });
  it("a body's 的公告 is no firm's announcement", () => {
    expect(names(run("国家发展改革委发布了停止新增项目的公告。"), "Measure")).toEqual([]);
  });
});

describe("a parent firm's name glued before its own brand names both", () => {
  it("比特大陆蚂蚁矿池: the parent and the pool", () => {
    expect(names(run("比特大陆蚂蚁矿池宣布屏蔽中国大陆IP。"), "Company")).toEqual(["比特大陆", "蚂蚁矿池"]);
  });
  it("a pool named by its own brand alone stays one firm", () => {
    expect(names(run("火币矿池也宣布退出中国市场。"), "Company")).toEqual(["火币矿池"]);
  });
});

describe("an anonymized firm opening with its place names neither", () => {
  it.each([
    ["a court's party", "深圳市南山区人民法院判决北京某科技有限公司败诉。", ["agency:深圳市南山区人民法院"]],
    ["某某 and a city", "杭州某某网络有限公司员工利用公司电脑挖矿。", []],
  ])("%s", (_what, body, want) => {
    expect(mentionedIds(run(body))).toEqual(want);
  });
  it("a place told with 某地 is still the place", () => {
    expect(mentionedIds(run("警方在浙江某地查获一处矿场。"))).toEqual(["province:浙江省"]);
  });
});

describe("a plan's roles written as labels link the lead with its partners", () => {
  const HEAD = "---\ntitle: 赣州市虚拟货币挖矿清理整治工作方案\n---\n";
  it("牵头单位：X；配合单位：Y、Z", () => {
    const r = run(`${HEAD}牵头单位：市发改委；配合单位：市公安局、市市场监管局。`);
    expect(linesOf(r, "WORKED_WITH").sort()).toEqual([
      "WORKED_WITH agency:赣州市发展和改革委员会 -> agency:赣州市公安局",
      "WORKED_WITH agency:赣州市发展和改革委员会 -> agency:赣州市市场监督管理局",
    ]);
  });
  it("责任单位：X（牵头）、Y, the lead marked in the list", () => {
    const r = run(`${HEAD}（一）全面排查。责任单位：市发改委（牵头）、市工信局、市公安局。`);
    expect(linesOf(r, "WORKED_WITH").sort()).toEqual([
      "WORKED_WITH agency:赣州市发展和改革委员会 -> agency:赣州市公安局",
      "WORKED_WITH agency:赣州市发展和改革委员会 -> agency:赣州市工业和信息化局",
    ]);
  });
  it("a list of 责任单位 with no lead links none", () => {
    expect(linesOf(run(`${HEAD}责任单位：市发改委、市工信局、市公安局。`), "WORKED_WITH")).toEqual([]);
  });
});

describe("bodies issuing 分别 (respectively) issued one title each", () => {
  const PBOC = "agency:中国人民银行";
  const CBIRC = "agency:中国银行保险监督管理委员会";
  const A = "measure:关于防范比特币风险的通知";
  const B = "measure:关于防范虚拟货币非法集资的风险提示";
  it("two bodies, two titles, in order", () => {
    const r = run("人民银行和银保监会分别发布了《关于防范比特币风险的通知》和《关于防范虚拟货币非法集资的风险提示》。");
    expect(linesOf(r, "ISSUED").sort()).toEqual([`ISSUED ${PBOC} -> ${A}`, `ISSUED ${CBIRC} -> ${B}`]);
  });
  it("without 分别 both issued both", () => {
    const r = run("人民银行和银保监会联合发布了《关于防范比特币风险的通知》和《关于防范虚拟货币非法集资的风险提示》。");
    expect(linesOf(r, "ISSUED")).toHaveLength(4);
  });
  it("分别 with titles not as many as the bodies keeps every issuer", () => {
    const r = run("人民银行和银保监会分别发布了《关于防范比特币风险的通知》。");
    expect(linesOf(r, "ISSUED").sort()).toEqual([`ISSUED ${PBOC} -> ${A}`, `ISSUED ${CBIRC} -> ${A}`]);
  });
});

describe("a firm introduced by name in quotes, and a country's firms in general", () => {
  it("一家名为“X”的公司 is the firm X", () => {
    expect(names(run("河南省安阳市一家名为“安阳云链数据科技”的公司被查。"), "Company")).toEqual(["安阳云链数据科技"]);
  });
  it("美国公司 is no firm (the country stays a country)", () => {
    const r = run("特斯拉等美国公司大量购入比特币。");
    expect(names(r, "Company")).toEqual(["特斯拉"]);
    expect(names(r, "Country")).toEqual(["美国"]);
  });
});

describe("a Taiwan date without 民国 (110年6月30日) is the Republic's year + 1911", () => {
  it.each([
    ["a full date", "金管會於110年6月30日發布辦法。", ["2021-06-30"]],
    ["with 民国 still read once", "中華民國107年5月2日上午9時", ["2018-05-02"]],
    ["a two-digit year is no such date (99年 may be 1999)", "他在99年5月1日加入公司。", []],
    ["a count of years is no date", "這家銀行已有110年歷史。", []],
  ])("%s", (_what, text, want) => {
    expect(
      findDates(toSimplified(text), null)
        .filter((d) => d.precision === "day" && d.value)
        .map((d) => d.value),
    ).toEqual(want);
  });
  it("the measure issued that day is dated", () => {
    const r = run("金管會於110年6月30日發布《虛擬通貨平台及交易業務事業防制洗錢及打擊資恐辦法》。");
    expect(r.entities.find((e) => e.label === "Measure")?.properties.date).toBe("2021-06-30");
  });
});

describe("a grid company told to carry a notice out is the document's own notice's target, not a cited one's", () => {
  it("为贯彻落实《national》… 二、国网X公司要严格执行", () => {
    const r = run(
      [
        "关于对虚拟货币“挖矿”用电实行差别电价的通知",
        "各市、县（区）发展改革局，国网宁夏电力有限公司：",
        "为贯彻落实《关于整治虚拟货币“挖矿”活动的通知》要求，现就有关事项通知如下：",
        "一、对虚拟货币“挖矿”用电实行差别电价。",
        "二、国网宁夏电力有限公司要严格执行。",
      ].join("\n"),
    );
    expect(linesOf(r, "TARGETS")).toEqual([
      "TARGETS measure:关于对虚拟货币“挖矿”用电实行差别电价的通知 -> company:国网宁夏电力有限公司",
    ]);
  });
});

describe("dates: 本月 with a day in numerals, a group of bodies issuing, a meeting's own day", () => {
  const dated = (r: DocumentResult, name: string): unknown =>
    r.entities.find((e) => e.name === name)?.properties.date ?? null;
  it("本月四日 against the article's date, the issuers a group no node names", () => {
    const r = run("本月四日中國七個部委聯合發佈一份名為《關於防範代幣發行融資風險的公告》的公告。", {
      date: "2017-09-25",
    });
    expect(dated(r, "关于防范代币发行融资风险的公告")).toBe("2017-09-04");
  });
  it("a group's issuing told as done before (日前) stays undated", () => {
    const r = run("本月四日，记者获悉，七个部委日前联合发布《关于防范代币发行融资风险的公告》。", {
      date: "2017-09-25",
    });
    expect(dated(r, "关于防范代币发行融资风险的公告")).toBeNull();
  });
  it("a meeting with its own day leading its clause takes that day, not the dateline's 今日", () => {
    const r = run(
      "记者11月16日消息，国家发展改革委新闻发言人今日表示，11月10日，国家发展改革委组织召开虚拟货币“挖矿”治理专题视频会议。",
      { date: "2021-11-16" },
    );
    expect(dated(r, "虚拟货币“挖矿”治理专题视频会议")).toBe("2021-11-10");
    expect(r.relations.find((x) => x.type === "ISSUED")?.date).toBe("2021-11-10");
  });
});

describe("a notice named by its quoted subject is named as its title writes it", () => {
  it("发布联合「X」的通知 is X的通知, the quoted form an alias", () => {
    const r = run("9月14日，河北省网信办联合省教育厅等部门，发布联合「开展挖矿整治」的通知。", { date: "2021-09-22" });
    const m = r.entities.find((e) => e.label === "Measure");
    expect(m?.name).toBe("开展挖矿整治的通知");
    expect(m?.aliases).toContain("“开展挖矿整治”的通知");
    expect(m?.properties.date).toBe("2021-09-14");
  });
});

describe("a lexicon form ending in Chinese before a day (OKCoin币行16日公告) is read whole", () => {
  it("the firm is one mention, and its announcement is named by that form", () => {
    const r = run("大陸兩大交易所火幣網、OKCoin幣行16日公告，將停止交易。", { date: "2017-09-17" });
    expect(r.mentions.filter((m) => m.entityId === "company:OKEx").map((m) => m.surface)).toEqual(["OKCoin幣行"]);
    const notice = r.entities.find((e) => e.id === "measure:OKEx公告");
    expect(notice?.aliases).toEqual(["OKCoin币行公告"]);
    expect(notice?.properties.date).toBe("2017-09-16");
  });
  it("a Latin form still needs its boundary where it is Latin (OKCoinX is no OKCoin)", () => {
    expect(mentionedIds(run("OKCoinX平台上线。"))).not.toContain("company:OKEx");
  });
});

describe("mentions still resolve", () => {
  it("the department's body is no separate node beside it", () => {
    expect(mentionedIds(run("工业和信息化部办公厅印发通知。"))).toEqual(["agency:工业和信息化部办公厅"]);
  });
});
