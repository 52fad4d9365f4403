/**
 * Issue 10, round twenty-nine: table tests per category, on sentences written for these tests (never copied from an
 * article); the bodies are real, the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import { entityNames as names, extractArticle as run, measureDateOf, relationLines } from "../helpers/extract.js";

describe("a news lead before the subject, set off by a space: the subject still acts", () => {
  const body = "人民银行有关部门就银行为虚拟货币交易提供服务问题，约谈了甲乙银行、丙丁银行等部分银行。";
  it.each([
    ["day and 消息, then a space", "6月21日消息 "],
    ["spaced digits, 消息, a space and 近日", "6 月 21 日消息 近日"],
    ["据报道 and a space", "据报道 近日"],
    ["a day and a space", "6月21日 近日"],
  ])("%s", (_what, lead) => {
    const lines = relationLines(run(lead + body, { title: "央行约谈部分银行", date: "2021-06-22" }));
    expect(lines).toContain("ACTED_ON agency:中国人民银行 -> company:甲乙银行");
    expect(lines).toContain("ACTED_ON agency:中国人民银行 -> company:丙丁银行");
  });
  it("a reporter's word before the space is no lead: nothing is acted on by a subject it hides", () => {
    const lines = relationLines(run("记者 " + body, { title: "央行约谈部分银行", date: "2021-06-22" }));
    expect(lines.filter((l) => l.startsWith("ACTED_ON"))).toEqual([]);
  });
});

describe("a listed firm's short name after 上市公司 holds no 的", () => {
  it("掏空上市公司资产的行为 names no firm", () => {
    const r = run("实际控制人是否存在职务侵占、掏空上市公司资产的行为。", { title: "某公司遭举报" });
    expect(names(r, "Company")).toEqual([]);
  });
  it("a short name after 上市公司 still is one", () => {
    const r = run("A股上市公司甲乙科技宣布进军比特币挖矿。", { title: "上市公司挖矿" });
    expect(names(r, "Company")).toEqual(["甲乙科技"]);
  });
});

describe("a point of the text's own list is no firm's name", () => {
  it.each([
    ["二要联络银行", "卡被冻结后，一要联络平台，二要联络银行和警方，说明情况。"],
    ["三是…银行", "一是排查账户，二是停止服务，三是督促银行落实。"],
  ])("%s", (_what, text) => {
    expect(names(run(text, { title: "冻卡潮" }), "Company")).toEqual([]);
  });
});

describe("a name before 代为: the name ends where speaking for another begins", () => {
  it("创始人X代为辟谣", () => {
    const r = run("甲乙资本创始人韩均代为辟谣：消息不实。", { title: "冻卡传闻" });
    expect(names(r, "Person")).toEqual(["韩均"]);
    expect(relationLines(r)).toContain("AFFILIATED_WITH person:韩均 -> company:甲乙资本");
  });
});

describe("an investment firm X资本 before a role held in it", () => {
  it.each([
    ["创始人", "交易所股东、丙丁资本创始人韩均表示看好。", "丙丁资本", "韩均"],
    ["的合伙人", "据悉，戊己资本的合伙人周平表示看好。", "戊己资本", "周平"],
  ])("%s", (_what, text, firm, person) => {
    const r = run(text, { title: "行业观点" });
    expect(names(r, "Company")).toContain(firm);
    expect(relationLines(r)).toContain(`AFFILIATED_WITH person:${person} -> company:${firm}`);
  });
  it("capital of a kind before a role is no firm (社会资本合伙人)", () => {
    expect(names(run("引入社会资本合伙人参与建设。", { title: "行业观点" }), "Company")).toEqual([]);
  });
});

describe("a listed firm's board secretary and securities representative are titles of the firm's people", () => {
  it.each([
    ["证代", "甲乙科技近日否认参与挖矿，其证代韩平对媒体表示公司从未涉及比特币业务。"],
    ["董秘", "甲乙科技近日否认参与挖矿，公司董秘韩平对媒体表示公司从未涉及比特币业务。"],
  ])("%s", (_what, text) => {
    expect(names(run(text, { title: "上市公司否认挖矿" }), "Person")).toEqual(["韩平"]);
  });
});

describe("the central bank's 条法司 is its 条约法律司", () => {
  it("央行条法司司长X: the department's full name, the official serving at it", () => {
    const r = run("此次约谈由央行条法司司长韩明主持。", { title: "央行约谈" });
    expect(names(r, "Agency")).toContain("中国人民银行条约法律司");
    expect(relationLines(r)).toContain("SERVES_AT official:韩明 -> agency:中国人民银行条约法律司");
  });
});

describe("a listed firm's four-character short name announcing at a clause's start, its words calling it 公司", () => {
  it("昨晚，X发布公告称，公司决定…: X is a Company and its announcement a Measure it issued", () => {
    const r = run("昨晚，甲乙互联发布公告称，公司决定终止开展比特币业务项目。", { title: "终止比特币业务" });
    expect(names(r, "Company")).toEqual(["甲乙互联"]);
    expect(relationLines(r)).toContain("ISSUED company:甲乙互联 -> measure:甲乙互联公告");
  });
  it.each([
    ["a time word", "随后，当天晚间发布公告称，公司决定终止业务。"],
    ["a body", "同日，国家能源局发布公告称，公司须停止。"],
    ["no 公司 in its words", "昨晚，甲乙互联发布公告称，将终止比特币业务。"],
    ["a place", "昨晚，四川广元发布公告称，公司须停止。"],
  ])("none before %s", (_what, text) => {
    expect(names(run(text, { title: "终止业务" }), "Company")).toEqual([]);
  });
});

describe("a branch's place in brackets inside a law firm's name", () => {
  it("上海X（杭州）律师事务所律师Y: the firm by its whole name", () => {
    const r = run("上海甲乙（杭州）律师事务所律师韩明表示，挖矿合同无效。", { title: "挖矿合同纠纷" });
    expect(names(r, "Company")).toEqual(["上海甲乙（杭州）律师事务所"]);
  });
  it("a bracket that is no division stays outside the name (X（特殊普通合伙）)", () => {
    const r = run("甲乙（特殊普通合伙）律师事务所出具意见。", { title: "挖矿合同纠纷" });
    expect(names(r, "Company")).not.toContain("甲乙（特殊普通合伙）律师事务所");
  });
});

describe("an announcement asking for comments on a draft publishes the draft", () => {
  const DRAFT = "关于挖矿用电差别电价有关事项的通知（征求意见稿）";
  it.each([
    [
      "written without 《》 after 发布",
      "甲省发改委发布关于征求《关于挖矿用电差别电价有关事项的通知(征求意见稿)》意见的公告。",
    ],
    [
      "in 《》 with 〈〉 inside",
      "甲省发改委发布《关于公开征求〈关于挖矿用电差别电价有关事项的通知（征求意见稿）〉意见的通知》。",
    ],
  ])("%s: the draft is the measure the body issued", (_what, text) => {
    const r = run(text.replace("甲省", "山东省"), { title: "山东拟对挖矿用电加价" });
    expect(names(r, "Measure")).toEqual([DRAFT]);
    expect(relationLines(r)).toContain(`ISSUED agency:山东省发展和改革委员会 -> measure:${DRAFT}`);
  });
});

describe("a report quoting a document's whole text after its title and 原文：", () => {
  const page = [
    "山东拟对挖矿用电实行差别电价",
    "山东省发改委近日发布关于征求《关于挖矿用电差别电价有关事项的通知(征求意见稿)》意见的公告。",
    "关于挖矿用电差别电价有关事项的通知(征求意见稿)原文:",
    "为整治虚拟货币“挖矿”活动，根据《国家发展改革委关于修改<产业结构调整指导目录(2019 年本)>的决定》(中华人民共和国国家发展和改革委员会令第 49 号)、《国家发展改革委关于创新和完善促进绿色发展价格机制的意见》(发改价格规〔2018〕943 号)等规定，现就有关事项通知如下。",
  ].join("\n");
  const DRAFT = "关于挖矿用电差别电价有关事项的通知（征求意见稿）";
  it("the basis its text opens with is what the quoted document cites, each title of the list (numbers spaced as a PDF spaces them)", () => {
    const lines = relationLines(run(page, { title: "山东拟对挖矿用电实行差别电价" }));
    expect(lines).toContain(`CITES measure:${DRAFT} -> measure:关于创新和完善促进绿色发展价格机制的意见`);
    expect(lines.filter((l) => l.startsWith(`CITES measure:${DRAFT}`))).toHaveLength(2);
  });
});

describe("a portal's news channel is an outlet, no firm", () => {
  it.each([
    ["腾讯科技梳理", "以下为腾讯科技梳理的国内有关政策。"],
    ["据新浪财经报道", "据新浪财经报道，央行约谈了部分机构。"],
  ])("%s", (_what, text) => {
    expect(names(run(text, { title: "监管梳理" }), "Company")).toEqual([]);
  });
  it("the group's registered name and its short name stay firms", () => {
    const r = run("腾讯科技（深圳）有限公司表示不支持。腾讯随后也表示反对。", { title: "监管梳理" });
    expect(names(r, "Company")).toEqual(["腾讯", "腾讯科技（深圳）有限公司"]);
  });
});

describe("a police unit by its full name, and its case officer", () => {
  it("X市公安局经济犯罪侦查总队办案人员Y: the unit, the officer serving at it", () => {
    const r = run("北京市公安局经济犯罪侦查总队办案人员韩清介绍，资金经多个账户转移。", { title: "虚拟币洗钱案" });
    expect(names(r, "Agency")).toEqual(["北京市公安局经济犯罪侦查总队"]);
    expect(relationLines(r)).toContain("SERVES_AT official:韩清 -> agency:北京市公安局经济犯罪侦查总队");
  });
});

describe("a police station whose name opens with its district's short form", () => {
  it("浦东潍坊派出所: the station of 潍坊 in 浦东新区, no city of that name", () => {
    const r = run("维权者在浦东潍坊派出所门外守了一夜。", { title: "维权" });
    expect(names(r, "Agency")).toEqual(["潍坊派出所"]);
    expect(names(r, "Place")).toEqual(["浦东新区"]);
    expect(relationLines(r)).toContain("LOCATED_IN agency:潍坊派出所 -> place:浦东新区");
  });
});

describe("co-issuers listed in brackets after their count are partners of the first", () => {
  it("央行等七部委（中国人民银行、中央网信办、…）发布了《…》", () => {
    const r = run(
      "2017年9月4日，央行等七部委（中国人民银行、中央网信办、工业和信息化部、工商总局、银监会、证监会、保监会）发布了《关于防范代币发行融资风险的公告》。",
      { title: "监管梳理" },
    );
    const worked = relationLines(r).filter((l) => l.startsWith("WORKED_WITH"));
    expect(worked).toHaveLength(6);
    expect(worked).toContain("WORKED_WITH agency:中国人民银行 -> agency:中国证券监督管理委员会");
  });
  it("bodies listed after a count with no brackets stay as before: only those side by side", () => {
    const r = run("央行、银监会等部门发布了《关于防范比特币风险的通知》。", { title: "监管梳理" });
    expect(relationLines(r).filter((l) => l.startsWith("WORKED_WITH"))).toEqual([
      "WORKED_WITH agency:中国人民银行 -> agency:中国银行业监督管理委员会",
    ]);
  });
});

describe("an investor or a mine owner named right before what they said", () => {
  it.each([
    ["投资者X在…称", "加密资产投资者韩辉在某社群里称，他的银行卡被冻结。", "韩辉"],
    ["矿主X说", "矿主周建国说，电费上涨了一倍。", "周建国"],
  ])("%s", (_what, text, person) => {
    expect(names(run(text, { title: "冻卡潮" }), "Person")).toEqual([person]);
  });
  it("a word 投资者 opens (投资者关系, 投资者保护) is no name", () => {
    expect(names(run("公司加强投资者关系管理，设立投资者保护基金。", { title: "冻卡潮" }), "Person")).toEqual([]);
  });
});

describe("an unknown firm listed beside a known one of the same kind word", () => {
  it("以及…的甲乙支付、易宝支付等: the sibling …支付 is a firm too", () => {
    const r = run("被约谈的包括支付宝等大型支付机构，以及前期卷入充值码事件的甲乙支付、易宝支付等。", {
      title: "央行约谈",
    });
    expect(names(r, "Company")).toContain("甲乙支付");
  });
  it("a kind word shared with no known firm in the list names none (金融科技和区块链科技)", () => {
    expect(names(run("加强金融科技和区块链科技监管。", { title: "监管" }), "Company")).toEqual([]);
  });
});

describe("a person named after their age", () => {
  it.each([
    ["41岁的X显得…", "面对调查，41岁的韩碧显得镇定自若。", "韩碧"],
    ["今年41岁的X是…", "今年41岁的韩碧是一名币商。", "韩碧"],
  ])("%s", (_what, text, person) => {
    expect(names(run(text, { title: "地下钱庄案" }), "Person")).toEqual([person]);
  });
  it("an age before a word of people or a place names nobody (18岁的男子, 30岁的张家口人)", () => {
    const r = run("这名18岁的男子被抓获。30岁的张家口人也被带走。", { title: "地下钱庄案" });
    expect(names(r, "Person")).toEqual([]);
  });
});

describe("a verb of avoiding or a line of business before a firm's kind word names no firm", () => {
  it.each([
    ["规避银行风控", "交易所使用多层账户分散资金，规避银行风控监测。"],
    ["一家「换汇公司」", "陈女士向一家「换汇公司」咨询。该公司要求她先汇款。"],
  ])("%s", (_what, text) => {
    expect(names(run(text, { title: "法币通道" }), "Company")).toEqual([]);
  });
});

describe("a province's police named only as its police: no body, but the province stays named", () => {
  it("湖北省公安机关办理…: 湖北省", () => {
    const r = run("这是湖北省公安机关办理的第一起跨境赌博案件。", { title: "跨境赌博案" });
    expect(names(r, "Agency")).toEqual([]);
    expect(names(r, "Province")).toEqual(["湖北省"]);
  });
});

describe("a firm's latest or urgent statement is its announcement", () => {
  it.each([
    ["发布最新声明", "支付宝发布最新声明：坚决打击比特币等虚拟货币交易行为。", "支付宝"],
    ["发布紧急公告", "火币发布紧急公告：将暂停新用户注册。", "火币"],
  ])("%s", (_what, text, firm) => {
    const r = run(text, { title: "声明" });
    expect(relationLines(r)).toContain(`ISSUED company:${firm} -> measure:${firm}公告`);
  });
});

describe("a gambling venue named in quotes holds no place of its own", () => {
  it("“俄罗斯娱乐城”、“意大利贵宾俱乐部”: no countries; a country written outside the quotes stays", () => {
    const r = run("团伙建立了“俄罗斯娱乐城”、“意大利贵宾俱乐部”等赌博网站。主犯随后逃往泰国。", {
      title: "跨境赌博案",
    });
    expect(names(r, "Country")).toEqual(["泰国"]);
  });
});

describe("a photo's credit after its caption is no mention", () => {
  it("。图:X市公安局经侦支队提供: the unit is not named by the story", () => {
    const r = run("钱庄通过韩国银行卡提现，完成汇兑。图:青岛市公安局经侦支队提供\n\n2023年7月，警方找到了币商。", {
      title: "地下钱庄案",
    });
    expect(names(r, "Agency")).toEqual([]);
  });
  it("如下图：X… is a sentence, not a credit", () => {
    expect(names(run("如下图：青岛市公安局通报了案情。", { title: "地下钱庄案" }), "Agency")).toEqual(["青岛市公安局"]);
  });
});

describe("a page's chrome above the article: cut headlines and a bare byline", () => {
  const story = "闲置已久的厂房里突然来了不少人，厂房外还安装了多台监控设备，江苏省镇江市丹徒区检察院介入调查。";
  it("a list of other stories cut to one width names nothing", () => {
    const page = [
      "调查服务",
      "闲置厂房的神秘噪音:4",
      "侨外全球房产嘉年华:",
      "国务院关于在自由贸易",
      "2019中国(河南)自由",
      "宁波江北乐辉商贸有限",
      "",
      story,
    ].join("\n");
    const r = run(page, { title: "闲置厂房的神秘噪音" });
    expect(names(r, "Agency")).toEqual(["丹徒区人民检察院"]);
    expect(names(r, "Province")).toEqual(["江苏省"]);
  });
  it("two short lines are no list: their names stand", () => {
    const r = run(["国务院关于在自由贸易", "宁波江北乐辉商贸有限", "", story].join("\n"), {
      title: "闲置厂房的神秘噪音",
    });
    expect(names(r, "Agency")).toContain("国务院");
  });
  it("authors, their firm and the day on a line of their own: the firm is no mention", () => {
    const r = run(["从两起案件谈挖矿纠纷诉讼策略", "韩扬 周玉涛 甲乙律师事务所 2023-10-12", "", story].join("\n"), {
      title: "挖矿纠纷",
    });
    expect(names(r, "Company")).toEqual([]);
  });
  it("a body and a day on one line are no byline: the body stays named", () => {
    const r = run(["关于开展排查的通知", "平阳县发展和改革局 2021-12-02", "现就有关事项通知如下。"].join("\n"), {
      title: "关于开展排查的通知",
    });
    expect(names(r, "Agency")).toEqual(["平阳县发展和改革局"]);
  });
});

describe("a station named by a province's or a city's name alone is no station named", () => {
  it("被上海派出所扣押: Shanghai, no station", () => {
    const r = run("消息称，韩明星被上海派出所扣押。", { title: "维权" });
    expect(names(r, "Agency")).toEqual([]);
    expect(names(r, "Province")).toEqual(["上海市"]);
  });
  it("after its district the same name is the station's (浦东新区潍坊派出所)", () => {
    expect(names(run("维权者在浦东新区潍坊派出所门外等候。", { title: "维权" }), "Agency")).toEqual(["潍坊派出所"]);
  });
});

describe("an address written right before a firm named by its trade and kind is its seat", () => {
  it("X市Y区Z电修厂: the firm located in the district", () => {
    const r = run("可疑的厂房坐落在大庆市红岗区宏达电修厂里，警方随即展开调查。", { title: "窃电挖矿" });
    expect(relationLines(r)).toContain("LOCATED_IN company:宏达电修厂 -> place:红岗区");
  });
  it("a place before a firm known by its name alone places nothing (四川火币)", () => {
    const r = run("四川火币和北京比特大陆均表示不予置评。", { title: "矿企" });
    expect(relationLines(r, "LOCATED_IN")).toEqual([]);
  });
});

describe("names listed with a comma a page doubled before the list's mark, then 均为 a title", () => {
  it("韩林科,、周啸宇均为X的联合创始人: each holds the title", () => {
    const r = run("其创始团队中的核心成员韩林科,、周啸宇均为比特币中国的联合创始人。", { title: "ICO平台" });
    const lines = relationLines(r);
    expect(lines).toContain("AFFILIATED_WITH person:韩林科 -> company:比特币中国");
    expect(lines).toContain("AFFILIATED_WITH person:周啸宇 -> company:比特币中国");
  });
});

describe("a timeline's entry: its day opens the paragraph, its measure is told in the next sentence", () => {
  const page = (entries: string[]): string => ["以下为梳理的国内有关政策。", ...entries].join("\n");
  const entries = [
    "2013年12月5日，监管层首次表态。央行等五部委发布了《关于防范比特币风险的通知》。",
    "2017年9月4日，监管层做出了第一个大动作。央行等七部委发布了《关于防范代币发行融资风险的公告》。",
    "2021年9月24日，监管再度升级。此前，国家发展改革委曾发布《关于整治虚拟货币“挖矿”活动的通知》。",
  ];
  it("each measure told after its entry's day is dated by it", () => {
    const r = run(page(entries), { title: "监管时间线" });
    expect(measureDateOf(r, "关于防范代币发行融资风险的公告")).toBe("2017-09-04");
  });
  it("a sentence told at another time (此前, 曾) takes no entry's day", () => {
    const r = run(page(entries), { title: "监管时间线" });
    expect(measureDateOf(r, "关于整治虚拟货币“挖矿”活动的通知")).not.toBe("2021-09-24");
  });
  it("a page with fewer than three entries is no timeline: nothing is dated from the paragraph's day", () => {
    const r = run(page(entries.slice(1, 2)), { title: "监管时间线" });
    expect(measureDateOf(r, "关于防范代币发行融资风险的公告")).toBeNull();
  });
});

describe("a person introduced as the firm's own, by a bare 公司 or by 与其…公司", () => {
  it("，公司实际控制人X: the company named last before", () => {
    const r = run("甲乙互联发布公告称，公司决定终止比特币业务。在此期间，公司实际控制人韩少晖完成了减持。", {
      title: "终止比特币业务",
    });
    expect(relationLines(r)).toContain("AFFILIATED_WITH person:韩少晖 -> company:甲乙互联");
  });
  it("a stock exchange named in between is where the firm lists, not the firm", () => {
    const r = run("甲乙互联曾因延迟披露遭到深交所的通报批评。在此期间，公司实际控制人韩少晖完成了减持。", {
      title: "终止比特币业务",
    });
    expect(relationLines(r, "AFFILIATED_WITH")).not.toContain(
      "AFFILIATED_WITH person:韩少晖 -> company:深圳证券交易所",
    );
  });
  it("Y(Latin)与其电动车公司X: the person's own firm", () => {
    const r = run("比特币因富豪马斯克(Elon Musk)与其电动车公司特斯拉(Tesla)的发言受挫。", { title: "行情" });
    expect(relationLines(r)).toContain("AFFILIATED_WITH person:马斯克 -> company:特斯拉");
  });
  it("Y与X公司 side by side are no person's own firm", () => {
    const r = run("马斯克与特斯拉公司均未回应。", { title: "行情" });
    expect(relationLines(r, "AFFILIATED_WITH")).toEqual([]);
  });
});

describe("a move's direction: the country a firm leaves is not where it moved, and a trip is no move", () => {
  it.each([
    ["撤离X", "由于电价上涨，甲乙矿池已撤离哈萨克斯坦。", []],
    ["迁出X后转往Y", "甲乙矿池迁出伊朗后转往美国。", ["MOVED_TO company:甲乙矿池 -> country:美国"]],
    ["a founder's trip (前往)", "甲乙矿池创始人前往新加坡参加会议。", []],
  ])("%s", (_what, text, want) => {
    expect(relationLines(run(text, { title: "矿企出海" }), "MOVED_TO")).toEqual(want);
  });
  it("a move to a country stays one (迁往)", () => {
    expect(relationLines(run("甲乙矿池将服务器迁往新加坡。", { title: "矿企出海" }), "MOVED_TO")).toEqual([
      "MOVED_TO company:甲乙矿池 -> country:新加坡",
    ]);
  });
});
