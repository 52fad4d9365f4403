/**
 * Table tests for the seventeenth round of issue 10 (recall on unseen articles), one category per block. Sentences
 * written for these tests (never copied from an article); the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import { entityNames, extractArticle as run, measureDateOf as dateOf, relationLines } from "../helpers/extract.js";

const names = entityNames;

describe("development zones' bodies, named by the zone and lying in its city", () => {
  it.each([
    ["a zone's court", "南昌高新区人民法院审理了此案。", "南昌高新区人民法院", "place:南昌市"],
    [
      "a zone's police branch, the city bare",
      "近日，成都高新区公安分局破获一起案件。",
      "成都高新区公安分局",
      "place:成都市",
    ],
    ["the city in full", "近日，成都市高新区公安分局破获一起案件。", "成都市高新区公安分局", "place:成都市"],
    [
      "经开区 written out, the procuratorate in full",
      "据介绍，杭州经开区检察院依法提起公诉。",
      "杭州经济技术开发区人民检察院",
      "place:杭州市",
    ],
    [
      "a committee after 都 in the city's name",
      "近日，成都高新区管委会对辖区内矿场开展排查。",
      "成都高新区管理委员会",
      "place:成都市",
    ],
    [
      "a zone's own long name after its city",
      "深圳市前海深港现代服务业合作区管理局联合开展排查。",
      "深圳市前海深港现代服务业合作区管理局",
      "place:深圳市",
    ],
  ])("%s", (_what, body, agency, place) => {
    const r = run(body);
    expect(names(r, "Agency")).toContain(agency);
    expect(relationLines(r, "LOCATED_IN")).toContain(`LOCATED_IN agency:${agency} -> ${place}`);
  });
  it("a clause before the zone is no part of its name", () => {
    const r = run("南昌市要求各开发区管委会开展清理。");
    expect(names(r, "Agency").filter((n) => n.includes("要求"))).toEqual([]);
  });
  it("a numbered department's head speaks for the body: an official serving at the procuratorate", () => {
    const r = run("杭州经开区检察院第一检察部负责人王立新介绍，该平台以区块链为噱头吸收会员。");
    expect(names(r, "Agency")).toEqual(["杭州经济技术开发区人民检察院"]);
    expect(relationLines(r, "SERVES_AT")).toEqual(["SERVES_AT official:王立新 -> agency:杭州经济技术开发区人民检察院"]);
  });
});

describe("a town's office lies in its town", () => {
  it("the town is a Place, in the province of the city named before it", () => {
    const r = run("东莞市开展专项排查。其中，横沥镇经济发展局牵头联合多部门强化巡查。");
    expect(relationLines(r, "LOCATED_IN")).toContain("LOCATED_IN agency:横沥镇经济发展局 -> place:横沥镇");
    expect(relationLines(r, "IN_PROVINCE")).toContain("IN_PROVINCE place:横沥镇 -> province:广东省");
  });
  it("with no city or county known, the office is no town's", () => {
    const r = run("横沥镇经济发展局牵头联合多部门强化巡查。");
    expect(names(r, "Place")).toEqual([]);
  });
});

describe("Taiwan's and Hong Kong's papers put the day in brackets", () => {
  it.each([
    ["昨 (15) 日公告", "火幣網昨 (15) 日公告，將於9月30日前停止人民幣交易業務。", "火币公告", "2017-09-15"],
    ["周四 (14 日) 晚間公告", "幣安官網周四 (14 日) 晚間 7 時公告，暫停中國用戶註冊。", "币安公告", "2017-09-14"],
    ["今(16)日公告, no spaces", "火幣網今(16)日公告，停止交易。", "火币公告", "2017-09-16"],
  ])("%s: the firm's announcement, dated", (_what, body, measure, date) => {
    const r = run(body, { date: "2017-09-16" });
    expect(relationLines(r, "ISSUED")).toContain(
      `ISSUED company:${measure.replace(/公告$/, "")} -> measure:${measure}`,
    );
    expect(dateOf(r, measure)).toBe(date);
  });
  it("a numbered list item in brackets is no day", () => {
    const r = run("(1)日本央行表示将研究数字货币。", { date: "2017-09-16" });
    expect(r.entities.filter((e) => e.label === "Measure")).toEqual([]);
  });
});

describe("a heading glued before the date that opens the sentence", () => {
  it("行业地震 2017年9月4日，X发布《Y》: Y's date", () => {
    const r = run(
      "行业地震 2017年9月4日，中国人民银行等七部委联合发布《关于防范代币发行融资风险的公告》，明确ICO为非法集资。",
    );
    expect(dateOf(r, "关于防范代币发行融资风险的公告")).toBe("2017-09-04");
  });
});

describe("kinds of firm that are no firm's name", () => {
  it.each([
    ["a verb of starting one", "38岁的张某2012年开始经营公司，有丰富的经营经验。"],
    ["a quantity of firms", "许多中国公司也参与其中。"],
    ["a stage of firm", "后来他与一家创业公司合作。"],
    ["an age of exchange", "初代交易所的野蛮生长阶段已经结束。"],
    ["a joining word before the kind", "而国内交易所一度占据全球大部分交易量。"],
  ])("%s", (_what, body) => {
    expect(names(run(body), "Company")).toEqual([]);
  });
  it("a firm's own name is still read", () => {
    expect(names(run("星河创投公司宣布退出。"), "Company")).toEqual(["星河创投公司"]);
  });
});

describe("no police station named by a pronoun and a verb", () => {
  it.each([
    ["他送进派出所", "维权者把他送进派出所，当晚张某被带走。"],
    ["她带入派出所", "民警将她带入派出所询问。"],
  ])("%s", (_what, body) => {
    expect(names(run(body), "Agency")).toEqual([]);
  });
  it("a station named by its area is still read", () => {
    expect(names(run("南海区狮山镇派出所出警处置。"), "Agency")).toContain("狮山镇派出所");
  });
});

describe("a joint conference's office acts for it", () => {
  it("处置非法集资部际联席会议办公室 issued the warning", () => {
    const r = run("处置非法集资部际联席会议办公室发布《关于防范以“区块链”名义进行非法集资的风险提示》。");
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:处置非法集资部际联席会议办公室 -> measure:关于防范以“区块链”名义进行非法集资的风险提示",
    ]);
  });
});

describe("a national body's department its present head serves at", () => {
  it.each([
    [
      "the central bank's consumer-protection bureau",
      "中国人民银行金融消费权益保护局局长李明表示，将加强监测。",
      "official:李明",
      "中国人民银行金融消费权益保护局",
    ],
    ["a ministry's bureau by its short form", "公安部刑侦局局长赵明介绍了案情。", "official:赵明", "公安部刑事侦查局"],
    [
      "the central bank's department by its short form",
      "央行支付司司长周强出席会议。",
      "official:周强",
      "中国人民银行支付结算司",
    ],
  ])("%s", (_what, body, official, agency) => {
    expect(relationLines(run(body), "SERVES_AT")).toEqual([`SERVES_AT ${official} -> agency:${agency}`]);
  });
  it("its former head is known by the body itself", () => {
    const r = run("中国人民银行调查统计司原司长王立群表示。");
    expect(relationLines(r, "SERVES_AT")).toEqual(["SERVES_AT official:王立群 -> agency:中国人民银行"]);
  });
});

describe("a task force a government sets up (工作专班)", () => {
  it.each([
    [
      "a campaign's task force",
      "根据赣州市虚拟货币挖矿整治工作专班部署，各县区开展全面排查。",
      "赣州市虚拟货币挖矿整治工作专班",
      "place:赣州市",
    ],
    [
      "power rationing's",
      "根据东莞市有序用电工作专班工作部署，各镇街强化巡查。",
      "东莞市有序用电工作专班",
      "place:东莞市",
    ],
  ])("%s", (_what, body, agency, place) => {
    const r = run(body);
    expect(names(r, "Agency")).toEqual([agency]);
    expect(relationLines(r, "LOCATED_IN")).toContain(`LOCATED_IN agency:${agency} -> ${place}`);
  });
});

describe("a post after a surname-like verb is no name", () => {
  it.each([
    ["任组长", "市里成立了工作专班，由分管副市长任组长。"],
    ["兼任主任", "该局局长兼任主任，统筹推进。"],
  ])("%s", (_what, body) => {
    const r = run(body);
    expect([...names(r, "Official"), ...names(r, "Person")]).toEqual([]);
  });
});

describe("a city's or province's police named only as its police are no body", () => {
  it.each([
    ["a city's 警方", "北京警方破获非法数字货币交易所的诈骗案。"],
    ["a province's 公安机关", "这是湖北省公安机关办理的第一起跨境赌博案件。"],
    ["Traditional", "江蘇鹽城公安機關偵破一起傳銷案。"],
  ])("%s", (_what, body) => {
    const r = run(body);
    expect(names(r, "Agency")).toEqual([]);
    expect(relationLines(r, "ACTED_ON")).toEqual([]);
  });
  it("the bureau named by its name too: both mentions are the bureau", () => {
    const r = run("北京市公安局发布通报。北京警方破获一起诈骗案。");
    expect(r.mentions.filter((m) => m.entityId === "agency:北京市公安局").map((m) => m.surface)).toEqual([
      "北京市公安局",
      "北京警方",
    ]);
  });
  it.each([
    ["a county's police", "延川县警方接到报案后立即出警。", "延川县公安局"],
    ["a district's, the city bureau's branch", "北京市朝阳区警方接到报案后立即出警。", "北京市公安局朝阳分局"],
  ])("%s stand", (_what, body, agency) => {
    expect(names(run(body), "Agency")).toEqual([agency]);
  });
});

describe("a body whose website carried the notice did not issue it", () => {
  it("X在Y官网发布《…》: X issued it", () => {
    const r = run(
      "2月18日，处置非法集资部际联席会议办公室在银保监会官网发布《关于防范以“元宇宙”名义进行非法集资的风险提示》。",
    );
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:处置非法集资部际联席会议办公室 -> measure:关于防范以“元宇宙”名义进行非法集资的风险提示",
    ]);
  });
  it("a body publishing on its own website still issued it", () => {
    const r = run("中国人民银行在其官网发布《关于进一步防范和处置虚拟货币交易炒作风险的通知》。");
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:中国人民银行 -> measure:关于进一步防范和处置虚拟货币交易炒作风险的通知",
    ]);
  });
});

describe("the national campaign office named where a local one is the subject", () => {
  it("根据国家互金整治办相关部署: the national office, beside the city's", () => {
    const r = run(
      "深圳市互联网金融风险专项整治工作领导小组办公室（下称“深圳互金整治办”）发布风险提示。根据国家互金整治办相关部署，深圳互金整治办将展开排查。",
    );
    expect(names(r, "Agency")).toEqual([
      "互联网金融风险专项整治工作领导小组办公室",
      "深圳市互联网金融风险专项整治工作领导小组办公室",
    ]);
  });
});

describe("firms' names in 《》, as Hong Kong's papers write platforms", () => {
  it("《火幣網》 and 《OK Coin》 are the firms", () => {
    const r = run("中國 2 家主要交易平台《OK Coin》未有作出回應；而《火幣網》則表示，尚未收到明確文件。");
    expect(names(r, "Company")).toEqual(["OKEx", "火币"]);
    expect(names(r, "Measure")).toEqual([]);
  });
  it("the closing bracket left alone before the announcement (比特幣中國》昨 (14) 日公告)", () => {
    const r = run("消息終成真。比特幣中國》昨 (14) 日公告，9 月 30 日起暫停所有交易。", { date: "2017-09-15" });
    expect(relationLines(r, "ISSUED")).toEqual(["ISSUED company:比特币中国 -> measure:比特币中国公告"]);
    expect(dateOf(r, "比特币中国公告")).toBe("2017-09-14");
  });
  it("a title in 《》 that names no firm is still no firm", () => {
    expect(names(run("据《星島日報》報導，比特幣崩盤。"), "Company")).toEqual([]);
  });
});

describe("a city whose short form is a common word, written in full elsewhere in the text", () => {
  it("浙江省台州市… 台州史上: the bare form is the city too", () => {
    const r = run("浙江省台州市椒江区检察院依法提起公诉。这是台州史上涉案金额最大的一起案件。");
    expect(r.mentions.filter((m) => m.entityId === "place:台州市").map((m) => m.surface)).toContain("台州");
  });
  it("not written in full, the bare form is nobody", () => {
    expect(names(run("这是台州史上涉案金额最大的一起案件。"), "Place")).toEqual([]);
  });
});

describe("a national department's deputy head serves at the department", () => {
  it("人行金融消费权益保护局副局长X, Traditional", () => {
    const r = run("人行金融消費權益保護局副局長王立群在記者會上表示。");
    expect(relationLines(r, "SERVES_AT")).toEqual([
      "SERVES_AT official:王立群 -> agency:中国人民银行金融消费权益保护局",
    ]);
  });
});

describe("each country a firm moved to goes with its own move word", () => {
  it("A迁往X，B则转向Y: A to X, B to Y", () => {
    const r = run("受国内清退影响，比特大陆将部分矿机迁往美国，嘉楠科技则转向哈萨克斯坦。");
    expect(relationLines(r, "MOVED_TO").sort()).toEqual([
      "MOVED_TO company:嘉楠科技 -> country:哈萨克斯坦",
      "MOVED_TO company:比特大陆 -> country:美国",
    ]);
  });
  it("a country before its move word (在X设立) goes with the firm before that word", () => {
    const r = run("比特大陆迁往美国，此后嘉楠科技宣布在哈萨克斯坦设立矿场。");
    expect(relationLines(r, "MOVED_TO").sort()).toEqual([
      "MOVED_TO company:嘉楠科技 -> country:哈萨克斯坦",
      "MOVED_TO company:比特大陆 -> country:美国",
    ]);
  });
});

describe("a post held at a firm: the verb and its holder are no part of the firm's name", () => {
  it.each([
    ["在担任X总经理期间", "王某某在担任莒县供电公司总经理期间违规提供用电便利。", "莒县供电公司"],
    ["X曾任", "李四曾任星河科技有限公司董事。", "星河科技有限公司"],
    ["a pronoun and 曾任", "他曾任星河科技公司总经理。", "星河科技公司"],
  ])("%s", (_what, body, firm) => {
    expect(names(run(body), "Company")).toEqual([firm]);
  });
  it("a county company's manager (经理) is a person of that company", () => {
    const r = run("宜丰县供电公司原经理李建国违规为矿场提供电力。");
    expect(relationLines(r, "AFFILIATED_WITH")).toEqual(["AFFILIATED_WITH person:李建国 -> company:宜丰县供电公司"]);
  });
});

describe("a bare 市 in a county-level city's text is that city", () => {
  it("the city named in the title (赤水市, under 遵义市)", () => {
    const r = run("10月12日，市人民政府召开专题会议，市公安局负责人参加。", {
      title: "赤水市召开虚拟货币挖矿整治专题会议",
    });
    expect(names(r, "Agency")).toEqual(["赤水市人民政府", "赤水市公安局"]);
  });
  it("the city named before in the text", () => {
    const r = run("10月12日，赤水市人民政府召开专题会议，市发展改革局、市公安局负责人参加。");
    expect(names(r, "Agency")).toEqual(["赤水市人民政府", "赤水市公安局", "赤水市发展和改革局"]);
  });
  it("a prefecture the text speaks as (我市) keeps its bare 市 beside a county-level city it holds", () => {
    const r = run("我市警方介绍，宜兴市的窃电案件增多。工作组会同市供电公司开展排查。");
    expect(names(r, "Company")).toEqual(["无锡市供电公司"]);
  });
});

describe("the Xinjiang Production and Construction Corps' own departments", () => {
  it("新疆生产建设兵团发展改革委 is the Corps' commission, in Xinjiang, no national one", () => {
    const r = run("新疆生产建设兵团发展改革委印发通知，全面清理挖矿项目。");
    expect(names(r, "Agency")).toEqual(["新疆生产建设兵团发展和改革委员会"]);
    expect(relationLines(r, "LOCATED_IN")).toEqual([
      "LOCATED_IN agency:新疆生产建设兵团发展和改革委员会 -> province:新疆维吾尔自治区",
    ]);
  });
});

describe("a platform named in quotes beside a platform word", () => {
  it.each([
    ["涉案平台“X”", "涉案平台“币安通”被查封。", "币安通"],
    ["“X”交易平台", "警方查封了“星辰链”交易平台。", "星辰链"],
    ["“X”虚拟货币交易平台", "犯罪团伙搭建“币圈通”虚拟货币交易平台，诱骗投资者。", "币圈通"],
  ])("%s", (_what, body, firm) => {
    expect(names(run(body), "Company")).toEqual([firm]);
  });
  it.each([
    ["a section of a platform", "可以通过平台“法币交易”的栏目与商家联系。"],
    ["a word said of platforms", "监管一出手，ICO平台“团灭”！"],
    ["a government's platform", "投资者可通过“信用中国”网站查询。"],
  ])("%s is none", (_what, body) => {
    expect(names(run(body), "Company")).toEqual([]);
  });
});

describe("digits set apart by spaces on both sides, as Taiwan's and Hong Kong's papers write them", () => {
  it("等 10 部門 24 日發布《…》: the notice's day", () => {
    const r = run("中國人民銀行等 10 部門 24 日發布《關於進一步防範和處置虛擬貨幣交易炒作風險的通知》。", {
      date: "2021-09-25",
    });
    expect(dateOf(r, "关于进一步防范和处置虚拟货币交易炒作风险的通知")).toBe("2021-09-24");
  });
  it("委員會 21 日召開第五十一次會議: the meeting, dated", () => {
    const r = run("國務院金融穩定發展委員會 21 日召開第五十一次會議，會議要求打擊挖礦。", { date: "2021-05-22" });
    expect(dateOf(r, "国务院金融稳定发展委员会第五十一次会议")).toBe("2021-05-21");
  });
  it("the evidence keeps the text as written, spaces and all", () => {
    const r = run("國務院金融穩定發展委員會 21 日召開第五十一次會議。", { date: "2021-05-22" });
    const sentences = r.batch.nodes.filter((n) => n.label === "Sentence").map((n) => n.properties.text);
    expect(sentences).toEqual(["國務院金融穩定發展委員會 21 日召開第五十一次會議。"]);
    expect(r.mentions.map((m) => m.surface)).toEqual(["國務院金融穩定發展委員會", "第五十一次會議"]);
  });
});

describe("a campaign quoted in 「」", () => {
  it("公安部部署開展「斷卡」行動: the ministry's campaign", () => {
    expect(relationLines(run("公安部部署開展「斷卡」行動，嚴厲打擊洗錢犯罪。"), "ISSUED")).toEqual([
      "ISSUED agency:公安部 -> measure:断卡行动",
    ]);
  });
  it("a police operation's code name is no measure", () => {
    expect(names(run("探員上周三採取代號「天角」行動，拘捕一名男子。"), "Measure")).toEqual([]);
  });
});

describe("a firm introduced by name with the kind of asset it trades", () => {
  it("名為「X」的虛擬資產交易平台", () => {
    expect(names(run("警方提醒投資者提防一家名為「Coin Star」的虛擬資產交易平台。"), "Company")).toEqual(["Coin Star"]);
  });
});

describe("a notice's lead paragraph of several sentences above its title", () => {
  it("X、Y发文提示：… several sentences … 以下为全文：<title>: X and Y issued it", () => {
    const r = run(
      "8月24日，银保监会、公安部发文提示：近期，一些不法分子吸收资金。此类活动并非基于区块链技术。请公众理性看待。\n以下为全文：\n关于防范以“区块链”名义进行非法集资的风险提示\n近期，一些不法分子打着旗号吸收资金。",
    );
    expect(relationLines(r, "ISSUED").sort()).toEqual([
      "ISSUED agency:中国银行保险监督管理委员会 -> measure:关于防范以“区块链”名义进行非法集资的风险提示",
      "ISSUED agency:公安部 -> measure:关于防范以“区块链”名义进行非法集资的风险提示",
    ]);
  });
  it("a paragraph more than a few lines above the title is no lead", () => {
    const r = run(
      "银保监会、公安部发文提示：近期风险较多。\n第二段。\n第三段。\n第四段。\n第五段。\n关于防范以“区块链”名义进行非法集资的风险提示\n近期，一些不法分子打着旗号吸收资金。",
    );
    expect(relationLines(r, "ISSUED")).toEqual([]);
  });
});
