/**
 * Table tests for the nineteenth round of issue 10 (recall on unseen articles), one category per block. Sentences
 * written for these tests (never copied from an article); the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import { entityNames, extractArticle as run, relationLines } from "../helpers/extract.js";

const names = entityNames;
const dateOf = (r: ReturnType<typeof run>, name: string): unknown =>
  r.entities.find((e) => e.label === "Measure" && e.name === name)?.properties.date ?? null;

describe("a measure's day told with its issuers counted in words", () => {
  it.each([
    ["Simplified, 于6日晚间", "中国人民银行等八个部门，于6日晚间联合发布《关于规范矿机销售的通知》，要求各地排查。"],
    ["Traditional, 於6日晚間", "中國人民銀行等八個部門，於6日晚間聯合發布《關於規範礦機銷售的通知》，要求各地排查。"],
    ["十个部门, no comma", "中国人民银行等十个部门6日晚间联合发布《关于规范矿机销售的通知》。"],
  ])("%s: the day before the article's", (_what, body) => {
    const r = run(body, { date: "2023-03-07" });
    expect(dateOf(r, "关于规范矿机销售的通知")).toBe("2023-03-06");
    expect(relationLines(r, "ISSUED")).toContain("ISSUED agency:中国人民银行 -> measure:关于规范矿机销售的通知");
  });
});

describe("a measure issued by the state itself on a day written before it", () => {
  it.each([
    ["我国", "2021年9月3日我国发布《关于规范矿机销售的通知》指出，要严禁新增项目。"],
    ["国家", "2021年9月3日国家发布《关于规范矿机销售的通知》。"],
  ])("%s: that day", (_what, body) => {
    expect(dateOf(run(body, { date: "2024-03-11" }), "关于规范矿机销售的通知")).toBe("2021-09-03");
  });
  it("a day after which only a person's name stands dates nothing", () => {
    const r = run("2021年9月3日张三发布《关于规范矿机销售的通知》的解读文章。", { date: "2024-03-11" });
    expect(dateOf(r, "关于规范矿机销售的通知")).toBeNull();
  });
});

describe("a dateline's day when the issuing is told as done before it", () => {
  it("日前 after the dateline: the notice's day is not stated, whatever its number's year", () => {
    const r = run(
      "中新网9月24日电 据国家发改委网站消息，日前，国家发展改革委等部门发布《关于整治虚拟货币“挖矿”活动的通知》（发改运行〔2021〕1283号）。",
    );
    expect(dateOf(r, "关于整治虚拟货币“挖矿”活动的通知")).toBeNull();
  });
  it("a day written right before the issuing still dates it with its number's year", () => {
    const r = run("9月3日，国家发展改革委等部门印发《关于规范矿机销售的通知》（发改运行〔2021〕1999号）。");
    expect(dateOf(r, "关于规范矿机销售的通知")).toBe("2021-09-03");
  });
});

describe("a numbered meeting the sentence carries out", () => {
  it("按照X第51次会议的部署: held before the report's day, no date", () => {
    const r = run(
      "据某省发改委5月25日消息，按照国务院金融稳定发展委员会第 51 次会议关于打击比特币挖矿的部署要求，进一步清理挖矿行为。",
      { date: "2021-05-25" },
    );
    expect(dateOf(r, "国务院金融稳定发展委员会第五十一次会议")).toBeNull();
    expect(relationLines(r, "ISSUED")).toContain(
      "ISSUED agency:国务院金融稳定发展委员会 -> measure:国务院金融稳定发展委员会第五十一次会议",
    );
  });
  it("the meeting held on the day the sentence tells keeps it", () => {
    const r = run("5月21日，国务院金融稳定发展委员会召开第五十一次会议，研究金融改革。", { date: "2021-05-22" });
    expect(dateOf(r, "国务院金融稳定发展委员会第五十一次会议")).toBe("2021-05-21");
  });
});

describe("a quoted name ending in a word for a trading venue", () => {
  it.each([
    [
      "in single quotes inside a quotation",
      "“有个‘南湖能源国际交易中心’的内部平台，你帮我开个账户。”",
      "南湖能源国际交易中心",
    ],
    ["in double quotes", "他们设立了“东岭数字资产交易所”吸收资金。", "东岭数字资产交易所"],
  ])("%s: a company", (_what, body, want) => {
    expect(names(run(body), "Company")).toEqual([want]);
  });
  it.each([
    ["a government's platform", "市民可通过“信用服务交易平台”查询。"],
    ["a kind of venue in quotes", "境外“虚拟货币交易平台”不受保护。"],
    ["a kind with its scope", "所谓“国际数字资产交易所”是骗局。"],
  ])("%s stays none", (_what, body) => {
    expect(names(run(body), "Company")).toEqual([]);
  });
});

describe("a foreign body's bare fellows in a list", () => {
  it("are that country's bodies", () => {
    const r = run("美国商品期货交易委员会、司法部和财政部的发言人不予置评。");
    expect(names(r, "Agency")).toEqual(["美国司法部", "美国商品期货交易委员会", "美国财政部"].sort());
    expect(relationLines(r, "LOCATED_IN")).toContain("LOCATED_IN agency:美国司法部 -> country:美国");
  });
  it("a Chinese body listed after a foreign one stays China's", () => {
    const r = run("美国财政部和中国人民银行均表示关注。");
    expect(names(r, "Agency")).toEqual(["中国人民银行", "美国财政部"]);
  });
  it("bare alone they are China's", () => {
    expect(names(run("司法部和财政部联合发文。"), "Agency")).toEqual(["司法部", "财政部"].sort());
  });
});

describe("公司 as a verb's object", () => {
  it.each([
    ["掌控公司的方向", "该团队独立运营，掌控公司的方向和资产。"],
    ["寻找公司基地", "他开始在更友好的地点寻找公司基地。"],
    ["离开公司", "三名高管先后离开公司。"],
  ])("%s names no firm", (_what, body) => {
    expect(names(run(body), "Company")).toEqual([]);
  });
  it("an industry word before 公司 stays a name's (资产管理公司)", () => {
    expect(names(run("华银资产管理公司发布公告。"), "Company")).toEqual(["华银资产管理公司"]);
  });
});

describe("the capital's name standing for the central government", () => {
  it.each([
    ["北京就禁止", "早在2017年北京就禁止加密货币交易所。"],
    ["北京2021年以…为由", "但北京2021年以国家金融稳定为由禁止挖矿。"],
    ["北京各機構", "這是北京各機構首次聯手明確禁止所有交易。"],
    ["北京对…的意图", "这凸显了北京对扼杀虚拟市场的意图。"],
  ])("%s: no province", (_what, body) => {
    expect(names(run(body), "Province")).toEqual([]);
  });
  it.each([
    ["在北京", "他在北京召开会议。"],
    ["北京对辖区…开展清理", "北京对辖区内的交易平台开展清理。"],
  ])("%s: Beijing", (_what, body) => {
    expect(names(run(body), "Province")).toEqual(["北京市"]);
  });
});

describe("a government's office in another city", () => {
  it("X省人民政府驻北京办事处: an agency where its head serves, no province of Beijing", () => {
    const r = run("2005年，周立新任湖南省人民政府驻北京办事处主任。");
    expect(names(r, "Agency")).toEqual(["湖南省人民政府驻北京办事处"]);
    expect(names(r, "Province")).toEqual(["湖南省"]);
  });
  it("its short form, a known province's", () => {
    const r = run("王建华曾任江西省政府驻北京办事处副主任。");
    expect(names(r, "Agency")).toEqual(["江西省人民政府驻北京办事处"]);
    expect(relationLines(r, "SERVES_AT")).toEqual(["SERVES_AT official:王建华 -> agency:江西省人民政府驻北京办事处"]);
  });
});

describe("a foreign country's government", () => {
  it("owning what follows it is the country, no body", () => {
    const r = run("这些企业可能面临美国政府的进一步监管行动。");
    expect(names(r, "Agency")).toEqual([]);
    expect(names(r, "Country")).toEqual(["美国"]);
  });
  it("one whose officials speak is a body", () => {
    expect(names(run("印度政府一位高级官员透露，将提出禁止加密货币的法案。"), "Agency")).toEqual(["印度政府"]);
  });
  it("its ministries stay bodies", () => {
    expect(names(run("土耳其央行宣布禁止用加密货币支付。"), "Agency")).toEqual(["土耳其中央银行"]);
  });
});

describe("a place written as an outlet's or a wire's, not the article's", () => {
  it.each([
    ["a paper's name in brackets after its city", "香港《商海報》報導，比特幣價格已達1018美元。"],
    ["a wire's dateline with a dash", "路透香港9月27日 - 某地金融管理局周三称，已发函提醒银行。"],
  ])("%s: no mention of the place", (_what, body) => {
    expect(names(run(body), "Province")).toEqual([]);
  });
  it("a law in brackets after the region stays the region's", () => {
    expect(names(run("香港《打击洗钱条例》规定，交易所须登记。"), "Province")).toEqual(["香港特别行政区"]);
  });
});

describe("a known brand's lines of business and its glosses", () => {
  it.each([
    ["矿机商城", "国内矿池包括某某矿池、火币矿机商城等宣布停止服务。", "火币矿机商城"],
    ["商城", "火币商城宣布暂停中国业务。", "火币商城"],
  ])("X%s: a firm of its own", (_what, body, want) => {
    expect(names(run(body), "Company")).toContain(want);
    expect(names(run(body), "Company")).not.toContain("火币");
  });
  it("a Latin gloss in brackets is the firm before it, even when it names a known brand", () => {
    const r = run("其它如火币商城(Huobi)等多家矿池营运商已暂停中国业务。");
    expect(names(r, "Company")).toEqual(["火币商城"]);
    expect(r.entities.find((e) => e.name === "火币商城")?.aliases).toContain("Huobi");
  });
  it("the brand's own gloss stays the brand", () => {
    expect(names(run("火币（Huobi）宣布退出。随后Huobi关闭了注册。"), "Company")).toEqual(["火币"]);
  });
});

describe("a district's short form glued before a town", () => {
  it("惠山洛社镇: the district and the town in it, in their province", () => {
    const r = run("5月17日，惠山洛社镇一处车库内发现矿机。");
    expect(names(r, "Place")).toEqual(["惠山区", "洛社镇"].sort());
    expect(relationLines(r, "IN_PROVINCE").sort()).toEqual([
      "IN_PROVINCE place:惠山区 -> province:江苏省",
      "IN_PROVINCE place:洛社镇 -> province:江苏省",
    ]);
  });
  it.each([
    ["an ambiguous short form (朝阳 of several districts)", "在朝阳沟镇发现矿场。"],
    ["a town's own name of two characters", "在城关镇发现矿场。"],
  ])("%s names no district", (_what, body) => {
    expect(names(run(body), "Place").filter((n) => n.endsWith("区") || n.endsWith("县"))).toEqual([]);
  });
});

describe("a mainland firm's registered name in Taiwan's words", () => {
  it("網路 in a (中国) firm's name: the mainland's 网络, the name as written an alias", () => {
    const r = run("人民銀行約談了工商銀行和支付寶(中國)網路技術有限公司。");
    expect(names(r, "Company")).toContain("支付宝（中国）网络技术有限公司");
  });
  it("a mainland city's firm too", () => {
    expect(names(run("深圳市鑫源網路科技有限公司表示。"), "Company")).toEqual(["深圳市鑫源网络科技有限公司"]);
  });
  it("Taiwan's own firm keeps its words", () => {
    expect(names(run("台北的麻瓜網路科技股份有限公司表示。"), "Company")).toEqual(["麻瓜网路科技股份有限公司"]);
  });
});

describe("a clause going on from the bodies before it", () => {
  it("a full date before its verb is one word: the bodies acted on the firms", () => {
    const r = run(
      "人民银行营业管理部与北京市金融工作局等单位组成联合检查组，于2017年1月11日起进驻“火币网”、“币行”等交易平台。",
    );
    expect(relationLines(r, "ACTED_ON")).toContain("ACTED_ON agency:北京市地方金融工作局 -> company:火币");
    expect(relationLines(r, "ACTED_ON")).toContain("ACTED_ON agency:中国人民银行营业管理部 -> company:OKEx");
  });
  it("a long clause of its own still names no subject", () => {
    const r = run("人民银行营业管理部召开会议。在各方面的大力支持和密切配合下，有关单位于2017年1月11日起进驻火币网。");
    expect(relationLines(r, "ACTED_ON")).toEqual([]);
  });
});

describe("发现 a platform of a given name suspected", () => {
  it.each([
    ["疑似", "年初，盐城市公安局在日常网络巡查中发现一个名为“鑫链通”的平台疑似搞网络传销。"],
    ["涉嫌", "盐城市公安局发现一个名为“鑫链通”的平台涉嫌传销。"],
  ])("%s: the police acted on it", (_what, body) => {
    expect(relationLines(run(body), "ACTED_ON")).toEqual(["ACTED_ON agency:盐城市公安局 -> company:鑫链通"]);
  });
  it("a firm's rigs found names no act on it", () => {
    expect(relationLines(run("盐城市公安局发现鑫源公司的矿机。"), "ACTED_ON")).toEqual([]);
  });
});

describe("a body speaking through its own document", () => {
  it.each([
    [
      "中指出",
      "深圳市委金融办在《关于数字货币买卖炒作的风险提示》中指出，要警惕风险。",
      "中共深圳市委金融委员会办公室",
      "关于数字货币买卖炒作的风险提示",
    ],
    [
      "中明确",
      "中国人民银行在《关于防范矿机风险的通知》中明确，矿机不是货币。",
      "中国人民银行",
      "关于防范矿机风险的通知",
    ],
  ])("X在《…》%s: X issued it", (_what, body, agency, measure) => {
    expect(relationLines(run(body), "ISSUED")).toEqual([`ISSUED agency:${agency} -> measure:${measure}`]);
  });
  it("a body speaking after a document was issued did not issue it", () => {
    const r = run("中国人民银行在《关于防范矿机风险的通知》发布后表示，将加强监管。");
    expect(relationLines(r, "ISSUED")).toEqual([]);
  });
});

describe("firms named as a kind, an outlet or an account, not as actors", () => {
  it.each([
    ["a local power company", "矿场逐渐被地方电力公司勒紧缰绳。", []],
    ["another leading exchange before its name", "另一头部交易所火币也传来消息。", ["火币"]],
    ["a firm's media channel", "他告诉腾讯财经，矿场已关停。", []],
    ["a firm's column in brackets", "据腾讯《棱镜》报道，矿场已关停。", []],
    ["a platform listed with kinds of account", "处置989个微博、贴吧账号和微信公众号。", []],
  ])("%s", (_what, body, want) => {
    expect(names(run(body), "Company")).toEqual(want);
  });
  it.each([
    ["its users", "火币用户无法提现。", ["火币"]],
    ["its own document in brackets", "腾讯《声明》称，将关闭账号。", ["腾讯"]],
  ])("a firm named with %s stays one", (_what, body, want) => {
    expect(names(run(body), "Company")).toEqual(want);
  });
  it("a city before an app's name is the app's", () => {
    expect(names(run("北京头条客户端消息，最高检12月7日发布通报。"), "Province")).toEqual([]);
  });
});

describe("a platform of a given name found by the police", () => {
  it("名叫“X”的服务平台, 发觉: the platform, acted on", () => {
    const r = run("泰州市公安局在平时互联网巡视中发觉一个名叫“鑫链通”的服务平台涉嫌传销。");
    expect(names(r, "Company")).toEqual(["鑫链通"]);
    expect(relationLines(r, "ACTED_ON")).toEqual(["ACTED_ON agency:泰州市公安局 -> company:鑫链通"]);
  });
});

describe("a decision amending a catalogue, titled with its decree number", () => {
  const r = run(
    "《国家发展改革委关于修改<产业结构调整指导目录(2019年本)>的决定(2021年第49号令)》，发布时间2021年12月30日。",
  );
  it("the decision is read, its decree number an alias, its stated date kept", () => {
    const d = r.entities.find((e) => e.name === "关于修改《产业结构调整指导目录（2019年本）》的决定");
    expect(d?.aliases).toContain("2021年第49号令");
    expect(d?.properties.date).toBe("2021-12-30");
  });
  it("the catalogue it amends is a measure it rests on", () => {
    expect(relationLines(r, "CITES")).toEqual([
      "CITES measure:关于修改《产业结构调整指导目录（2019年本）》的决定 -> measure:产业结构调整指导目录（2019年本）",
    ]);
  });
});

describe("a notice's day when its issuer is a body no node names", () => {
  it("the sentence's lead day, then one clause naming it: that day", () => {
    const r = run("6月9日，青海省产业和信息化厅下发《关于清理矿场的通知》，要求各地清理。", { date: "2021-06-12" });
    expect(dateOf(r, "关于清理矿场的通知")).toBe("2021-06-09");
  });
  it.each([
    ["a future issuing", "6月9日，某地将下发《关于清理矿场的通知》。"],
    [
      "a long clause between",
      "6月9日，在各方面的大力支持和密切配合下经过反复研究论证的某单位下发《关于清理矿场的通知》。",
    ],
  ])("%s: no day", (_what, body) => {
    expect(dateOf(run(body, { date: "2021-06-12" }), "关于清理矿场的通知")).toBeNull();
  });
});

describe("a name with its post in brackets after it", () => {
  it("a former post (时任…): an official of that body", () => {
    const r = run("杨正超（时任中央纪委国家监委组长）说，问题线索已移交。");
    expect(names(r, "Official")).toEqual(["杨正超"]);
    expect(relationLines(r, "SERVES_AT")).toEqual(["SERVES_AT official:杨正超 -> agency:中央纪委国家监委"]);
  });
  it("a present post", () => {
    const r = run("会上，张伟（萍乡市发改委主任）表示要清理矿场。");
    expect(relationLines(r, "SERVES_AT")).toEqual(["SERVES_AT official:张伟 -> agency:萍乡市发展和改革委员会"]);
  });
  it("a body in brackets after a verb names nobody", () => {
    expect(names(run("他说（发改委主任）不清楚。"), "Official")).toEqual([]);
  });
});

describe("the party's central inspection groups", () => {
  it.each([
    ["unnumbered", "中央巡视组进驻江西省开展巡视。", "中央巡视组"],
    ["numbered", "中央第二巡视组向江西省反馈巡视情况。", "中央第二巡视组"],
    ["with its term and round, in Traditional", "楊正超(時任十九屆第六輪中央巡視組組長)說，線索已移交。", "中央巡视组"],
  ])("%s: an agency", (_what, body, want) => {
    expect(names(run(body), "Agency")).toEqual([want]);
  });
});

describe("a verb glued before a registered name", () => {
  it.each([
    ["明知", "其明知抚州市创世纪科技有限公司从事挖矿，仍提供帮助。", "抚州市创世纪科技有限公司"],
    ["协助", "他协助深圳市鑫源科技有限公司转移资金。", "深圳市鑫源科技有限公司"],
    ["因", "因台电公司发现异常用电，警方介入。", "台电公司"],
  ])("%s is no part of the name", (_what, body, want) => {
    expect(names(run(body), "Company")).toEqual([want]);
  });
  it.each([
    ["a count of people", "两名工程公司员工被捕。"],
    ["the whole world's", "全球交易所均受影响。"],
  ])("%s before a kind of firm names none", (_what, body) => {
    expect(names(run(body), "Company")).toEqual([]);
  });
});

describe("one occasion of an action told by its count", () => {
  it.each([
    ["首次", "广州市发改委组织了全市首次虚拟货币“挖矿”现场整治行动。"],
    ["第二次", "某县开展第二次虚拟货币“挖矿”集中清理行动。"],
  ])("%s: an event, no campaign", (_what, body) => {
    expect(names(run(body), "Measure")).toEqual([]);
  });
  it("a campaign's name stays one", () => {
    expect(names(run("某市开展虚拟货币“挖矿”专项整治行动。"), "Measure")).toEqual(["虚拟货币“挖矿”专项整治行动"]);
  });
});
