/**
 * Table tests for the eighteenth round of issue 10 (recall on unseen articles), one category per block. Sentences
 * written for these tests (never copied from an article); the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "../../ingest/dates.js";
import { entityNames, extractArticle as run, relationLines } from "../helpers/extract.js";

const names = entityNames;
const dateOf = (r: ReturnType<typeof run>, name: string): unknown =>
  r.entities.find((e) => e.label === "Measure" && e.name === name)?.properties.date ?? null;

describe("a day of the week, told against the article's date", () => {
  it.each([
    ["周一 in a Wednesday's article: that week's Monday", "周一联合发布", "2017-09-06", ["2017-09-04"]],
    ["上周五 in a Monday's article", "上周五收市后", "2021-09-27", ["2021-09-24"]],
    ["上周五 in a Saturday's article: the week before", "上周五收市后", "2021-09-25", ["2021-09-17"]],
    ["週三 on a Wednesday: that day", "週三表示", "2021-09-22", ["2021-09-22"]],
    ["星期天 in a Wednesday's article", "星期天晚间", "2021-09-22", ["2021-09-19"]],
    ["本周二 in a Sunday's article", "本周二", "2021-09-26", ["2021-09-21"]],
  ])("%s", (_what, text, ref, want) => {
    expect(findDates(text, ref).map((d) => d.value)).toEqual(want);
  });
  it.each([
    ["a recurring day", "每周一开会", "2021-09-22"],
    ["a span's ends", "周一至周五办公", "2021-09-22"],
    ["the day a date is written with", "5月2日(星期三)上午", "2018-05-04"],
    ["a coming day", "下周一起施行", "2021-09-22"],
  ])("%s is no day of its own", (_what, text, ref) => {
    expect(findDates(text, ref).filter((d) => /周|星期/.test(text.slice(d.start, d.end)))).toEqual([]);
  });
  it("with no article date there is no day", () => {
    expect(findDates("周一联合发布", null)).toEqual([]);
  });
  it("a notice the regulators issued on a weekday is dated by it", () => {
    const r = run("---\ndate: 2019-03-06\n---\n\n記者獲悉，人行等五部委周一聯合發布了《關於規範數字資產交易的通知》。");
    expect(dateOf(r, "关于规范数字资产交易的通知")).toBe("2019-03-04");
  });
});

describe("a known national notice quoted with one character slipped", () => {
  it("is the known notice", () => {
    const r = run("某省发改委依据国家发展改革委等部门《关于整顿虚拟货币“挖矿”活动的通知》，部署清理工作。");
    expect(names(r, "Measure")).toEqual(["关于整治虚拟货币“挖矿”活动的通知"]);
  });
  it("a title quoted again with one character slipped is the title first written", () => {
    const r = run(
      "该平台违反《即时通信工具公众信息服务发展管理暂行规定》被封。随后，腾讯表示相关账号违反《即时通讯工具公众信息服务发展管理暂行规定》。",
    );
    expect(names(r, "Measure")).toEqual(["即时通信工具公众信息服务发展管理暂行规定"]);
  });
  it.each([
    [
      "two titles differing by more than one character",
      "《关于加强矿场用电管理的通知》和《关于加强矿机进口管理的通知》",
    ],
    ["short titles differing by one character", "《矿场管理办法》和《矿机管理办法》"],
  ])("%s stay apart", (_what, body) => {
    expect(names(run(`某局印发${body}。`), "Measure").length).toBe(2);
  });
});

describe("a bare short form listed with national bodies is the national body", () => {
  it("发改委 in a list of ministries, in a province's notice", () => {
    const r = run(
      "---\ntitle: 湖南省发改委：对挖矿用电实行差别电价\n---\n\n近日，湖南省发改委印发《关于挖矿用电差别电价的通知》。根据发改委、中宣部、公安部等11部委《关于整治虚拟货币“挖矿”活动的通知》精神，决定实行差别电价。",
    );
    expect(relationLines(r, "ISSUED")).toContain(
      "ISSUED agency:国家发展和改革委员会 -> measure:关于整治虚拟货币“挖矿”活动的通知",
    );
    expect(relationLines(r, "ISSUED")).not.toContain(
      "ISSUED agency:湖南省发展和改革委员会 -> measure:关于整治虚拟货币“挖矿”活动的通知",
    );
    // the notice just reported issued goes on as its own body: it rests on the national one
    expect(relationLines(r, "CITES")).toEqual([
      "CITES measure:关于挖矿用电差别电价的通知 -> measure:关于整治虚拟货币“挖矿”活动的通知",
    ]);
  });
  it("alone it is still the local body the text names", () => {
    const r = run("湖南省发改委召开会议。会议要求，发改委要会同电力公司排查矿场。");
    expect(names(r, "Agency")).toEqual(["湖南省发展和改革委员会"]);
  });
  it("a sentence that does not go on as the reported measure's body cites nothing for it", () => {
    const r = run(
      "近日，湖南省发改委印发《关于挖矿用电差别电价的通知》。根据《中华人民共和国电力法》，电网企业应当依法供电。",
    );
    expect(relationLines(r, "CITES")).toEqual([]);
  });
});

describe("officials' names and posts", () => {
  it.each([
    ["违背", "湖南省政协原副主席、常德原市委书记王建违背新发展理念，违规支持挖矿。"],
    ["违规", "常德市原市委书记王建违规支持挖矿企业。"],
  ])("a name before %s is two characters", (_what, body) => {
    expect(names(run(body), "Official")).toEqual(["王建"]);
  });
  it("two former posts, the second's place before its 原: both bodies", () => {
    const r = run("湖南省政协原副主席、常德原市委书记王建违背新发展理念。");
    expect(relationLines(r, "SERVES_AT").sort()).toEqual([
      "SERVES_AT official:王建 -> agency:中共常德市委员会",
      "SERVES_AT official:王建 -> agency:中国人民政治协商会议湖南省委员会",
    ]);
  });
  it("作为X创始人的Y: Y is the founder", () => {
    const r = run("作为云海集团创始人的邵明远曾多次接受采访。");
    expect(names(r, "Person")).toEqual(["邵明远"]);
  });
  it("a title then 的 without 作为 names nobody", () => {
    expect(names(run("他辞去了董事长的职务。"), "Person")).toEqual([]);
  });
  it("Hong Kong Customs' graded ranks name an official at the customs", () => {
    const r = run("海關有組織罪案調查科高級監督陳家明表示，案件仍在調查。", { author: "Now新聞台" });
    expect(relationLines(r, "SERVES_AT")).toEqual(["SERVES_AT official:陈家明 -> agency:香港特别行政区海关"]);
  });
  it("监督 alone is a verb, no title", () => {
    expect(names(run("各地要加强监督管理，严防挖矿反弹。"), "Official")).toEqual([]);
  });
});

describe("a city's police named only by the word for them", () => {
  it("the city stays a place, in its province", () => {
    const r = run("2020年初，浙江温州公安机关发现利用虚拟币平台传销的线索，并层报公安部。");
    expect(names(r, "Agency")).toEqual(["公安部"]);
    expect(names(r, "Place")).toEqual(["温州市"]);
    expect(names(r, "Province")).toEqual(["浙江省"]);
    expect(relationLines(r, "IN_PROVINCE")).toEqual(["IN_PROVINCE place:温州市 -> province:浙江省"]);
  });
  it("a municipality's police by word name no place", () => {
    const r = run("近日，北京警方一举破获一起虚拟货币诈骗案。");
    expect(names(r, "Province")).toEqual([]);
    expect(names(r, "Agency")).toEqual([]);
  });
});

describe("Hong Kong's and Taiwan's outlets and words", () => {
  it("an outlet's masthead holding a place name yields to its Hong Kong address", () => {
    const r = run("金管局昨日向銀行發出通告，金管局助理總裁黃大文表示，銀行須審慎處理。", {
      author: "東方日報",
      url: "https://orientaldaily.on.cc/cnt/finance/20150310/x.html",
    });
    expect(names(r, "Agency")).toEqual(["香港特别行政区金融管理局"]);
    expect(relationLines(r, "SERVES_AT")).toEqual(["SERVES_AT official:黄大文 -> agency:香港特别行政区金融管理局"]);
  });
  it.each([
    ["a Hong Kong paper", "東方日報", "金管局昨日向銀行發出通告。", "香港特别行政区金融管理局"],
    ["a Hong Kong broadcaster", "Now新聞台", "海關偵破一宗走私案。", "香港特别行政区海关"],
    ["a Taiwan news agency", "中央社", "金管會昨日表示，銀行不得收受比特幣。", "台湾金融监督管理委员会"],
  ])("%s's masthead alone makes its region the locale", (_what, author, body, agency) => {
    expect(names(run(body, { author }), "Agency")).toEqual([agency]);
  });
  it("a mainland paper's masthead does not", () => {
    expect(names(run("金管局昨日發出通告。", { author: "经济日报" }), "Agency")).not.toContain(
      "香港特别行政区金融管理局",
    );
  });
  it("a body's name in Taiwan's words is the body (網際網路 for 互联网)", () => {
    const r = run("中國網際網路金融協會、銀行業協會、支付清算協會5月19日發布聯合聲明。");
    expect(names(r, "Agency")).toEqual(["中国互联网金融协会", "中国支付清算协会", "中国银行业协会"]);
  });
  it("bodies listed before a joint statement acted together", () => {
    const r = run("中国互联网金融协会、中国银行业协会5月19日发布联合声明，提示风险。");
    expect(relationLines(r, "WORKED_WITH")).toEqual(["WORKED_WITH agency:中国互联网金融协会 -> agency:中国银行业协会"]);
  });
});

describe("national departments by their short forms, catalogues by their kind", () => {
  it.each([
    ["发改委运行局", "国家发展和改革委员会经济运行调节局"],
    ["国家发改委环资司", "国家发展和改革委员会资源节约和环境保护司"],
    ["工信部节能司", "工业和信息化部节能与综合利用司"],
  ])("%s", (form, agency) => {
    expect(names(run(`经征求${form}意见，形成如下结论。`), "Agency")).toEqual([agency]);
  });
  it("《目录》 after the catalogue's title refers back to it, no measure of its own", () => {
    const r = run("国家发展改革委就修改《产业结构调整指导目录》征求意见，建议将挖矿列入现行《目录》淘汰类。");
    expect(names(r, "Measure")).toEqual(["产业结构调整指导目录"]);
  });
});

describe("firms: glosses, descriptors, stock codes, anonymised ones", () => {
  it("a Latin gloss between the Chinese name and 公司", () => {
    const r = run("專注風險評估的遠景諮詢(Vista Advisory)公司創辦人林志遠表示，投資者應謹慎。");
    expect(names(r, "Company")).toEqual(["远景咨询公司"]);
    expect(r.entities.find((e) => e.label === "Company")?.aliases).toEqual(
      expect.arrayContaining(["远景咨询", "Vista Advisory"]),
    );
  });
  it("a kind of firm before the registered name is no part of it", () => {
    const r = run("礦機製造商星河國際控股有限公司(XHG.US)上週五稱，已收到交易所警告。");
    expect(names(r, "Company")).toEqual(["星河国际控股有限公司"]);
  });
  it.each([
    ["a Hong Kong code", "星河科技(2788)股價暴跌。", ["星河科技"]],
    ["a US ticker", "另一家礦機商遠航科技(YHK.US)回購認股權證。", ["远航科技"]],
    ["HK. with a former name", "星河科技 [原遠景控股,HK.02788] 股價暴漲。", ["星河科技", "远景控股"]],
    ["a code written .HK", "港股上市的云帆数链(02799.HK)盘中大跌。", ["云帆数链"]],
  ])("a firm named before its stock code: %s", (_what, body, want) => {
    expect(names(run(body), "Company")).toEqual(want);
  });
  it("a year in brackets is no stock code", () => {
    expect(names(run("星河科技(2021)年报显示亏损。"), "Company")).toEqual([]);
  });
  it("an anonymised firm is no node even when its 某 stands outside the name's words", () => {
    expect(names(run("三人远赴广东找到某网络软件设计公司负责人张某某。"), "Company")).toEqual([]);
  });
});

describe("issuing told by a report's layout", () => {
  it("a column's bar before the dateline: the notice is dated by it", () => {
    const r = run(
      "---\ndate: 2019-06-12\n---\n\n快讯 | 6月12日消息：上海市地方金融监督管理局刚刚下发《关于清理虚拟货币交易场所的工作要求》，要求停止交易。",
    );
    expect(dateOf(r, "关于清理虚拟货币交易场所的工作要求")).toBe("2019-06-12");
  });
  it("名为《X》的文件显示，A称: A issued X", () => {
    const r = run(
      "记者获悉的名为《关于禁止承办虚拟币推介活动的通知》的文件显示，上海市浦东新区金融工作局称，不得承办推介活动。",
    );
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:浦东新区地方金融工作局 -> measure:关于禁止承办虚拟币推介活动的通知",
    ]);
  });
  it("a regulator's charge, the firm opening the words after it: acted on", () => {
    const r = run("美國商品期貨交易委員會(Commodity Futures Trading Commission)也指控，幣安蓄意不揭露辦公室地址。");
    expect(relationLines(r, "ACTED_ON")).toEqual(["ACTED_ON agency:美国商品期货交易委员会 -> company:币安"]);
  });
});

describe("registered names, schemes' cases, courts and police acting on them", () => {
  it("a known firm's registered name is the known firm", () => {
    const r = run("嘉楠科技股份有限公司发布公告称，嘉楠将继续经营。");
    expect(names(r, "Company")).toEqual(["嘉楠科技"]);
    expect(r.entities.find((e) => e.name === "嘉楠科技")?.aliases).toContain("嘉楠科技股份有限公司");
  });
  it("an unknown firm's registered name stays its own", () => {
    expect(names(run("星河算力科技控股有限公司发布公告。"), "Company")).toEqual(["星河算力科技控股有限公司"]);
  });
  it.each([
    ["the case named after it", "九江市公安局破获了“WTC”网络传销案。", "九江市公安局"],
    ["the case it broke, passive", "由江西省九江市公安局破获的“WTC”网络传销案已进入审理阶段。", "九江市公安局"],
    ["a court trying the case", "9月3日，九江市中级人民法院公开开庭审理了“WTC”平台传销案。", "九江市中级人民法院"],
    [
      "the police finding it suspect",
      "2019年初，九江市公安局发现“WTC”平台涉嫌从事传销犯罪，随即立案。",
      "九江市公安局",
    ],
    ["the platform's word inside the quotes", "九江市公安局破获了“WTC平台”网络传销案。", "九江市公安局"],
  ])("a scheme is a firm, acted on: %s", (_what, body, agency) => {
    const r = run(body);
    expect(names(r, "Company")).toEqual(["WTC"]);
    expect(relationLines(r, "ACTED_ON")).toEqual([`ACTED_ON agency:${agency} -> company:WTC`]);
  });
  it("finding a firm's things is no act on it", () => {
    const r = run("九江市公安局在检查中发现WTC公司的矿机仍在运行。");
    expect(relationLines(r, "ACTED_ON")).toEqual([]);
  });
});

describe("bodies named by their own division's names", () => {
  it("a division whose office bore its own name (上海市金融办)", () => {
    const r = run("中国人民银行上海总部、上海市金融办等单位组成联合检查组。");
    expect(names(r, "Agency")).toContain("上海市金融服务办公室");
  });
  it("another division's office keeps the standard name", () => {
    expect(names(run("杭州市金融办发布风险提示。"), "Agency")).toEqual(["杭州市人民政府金融工作办公室"]);
  });
  it("a city's bureau written only inside its branch's name and by the word for the police is no node", () => {
    const r = run("近日，延安警方破获一起案件。延安市公安局延河分局民警介绍了案情。");
    expect(names(r, "Agency")).toEqual(["延安市公安局延河分局"]);
  });
  it("the bureau named on its own stays", () => {
    const r = run("近日，延安警方破获一起案件。延安市公安局通报了案情，延安市公安局延河分局参与侦办。");
    expect(names(r, "Agency")).toContain("延安市公安局");
  });
});

describe("a party committee's post, then its government's", () => {
  it.each([
    ["县委副书记、县长", "县委副书记、县长李春明主持召开会议。", "中共通江县委员会", "通江县人民政府"],
    ["市委副书记、市长", "赣州市委副书记、市长李克坚出席会议。", "中共赣州市委员会", "赣州市人民政府"],
    ["市委常委、副市长, former", "抚州市前市委常委、副市长周立新已经落马。", "中共抚州市委员会", "抚州市人民政府"],
  ])("%s: a post at each body", (_what, body, committee, government) => {
    const r = run(body, { title: "通江县召开会议" });
    const lines = relationLines(r, "SERVES_AT");
    expect(lines.some((l) => l.endsWith(`agency:${committee}`))).toBe(true);
    expect(lines.some((l) => l.endsWith(`agency:${government}`))).toBe(true);
  });
  it("a committee's titles alone hold no government post", () => {
    const r = run("赣州市委副书记、秘书长李克坚出席会议。");
    expect(relationLines(r, "SERVES_AT")).toEqual(["SERVES_AT official:李克坚 -> agency:中共赣州市委员会"]);
  });
  it("a kind of firm in a regulator's statement is no firm (投资组合管理公司)", () => {
    const r = run("證監會昨日發表聲明，指將虛擬資產投資組合管理公司納入監管框架。", { author: "明報" });
    expect(names(r, "Company")).toEqual([]);
  });
});

describe("a year told by the date before it (同年, 次年)", () => {
  it.each([
    [
      "同年 after a full date, in a later article",
      "2021年9月24日，十部门发布通知。同年9月26日，某平台公告。",
      "2025-11-10",
      "2021-09-26",
    ],
    ["当年 after a month", "2019年3月，某事。当年5月8日，某局发布。", "2020-06-01", "2019-05-08"],
    ["次年", "2020年12月，某局约谈平台。次年3月8日，平台关闭。", "2023-01-01", "2021-03-08"],
  ])("%s", (_what, text, ref, want) => {
    expect(findDates(text, ref).map((d) => d.value)).toContain(want);
  });
  it("a firm's announcement on a day of the same year is dated by it", () => {
    const r = run(
      "---\ndate: 2025-11-10\n---\n\n2021年9月24日，中国人民银行等十部门联合发布《关于进一步防范和处置虚拟货币交易炒作风险的通知》。作为响应，火币全球站于同年9月26日公告，停止中国大陆新用户注册。",
    );
    expect(dateOf(r, "火币公告")).toBe("2021-09-26");
    expect(relationLines(r, "ISSUED")).toContain("ISSUED company:火币 -> measure:火币公告");
  });
});

describe("bodies named with a free middle: joint conferences and leading groups", () => {
  it.each([
    [
      "a joint conference",
      "十堰市整治虚拟货币“挖矿”活动联席会议由市发改委、市公安局等12个部门组成。",
      "十堰市整治虚拟货币“挖矿”活动联席会议",
    ],
    [
      "a leading group, its subject quoted",
      "成立了十堰市虚拟货币“挖矿”整治工作领导小组，由市长任组长。",
      "十堰市虚拟货币“挖矿”整治工作领导小组",
    ],
  ])("%s", (_what, body, agency) => {
    const r = run(body);
    expect(names(r, "Agency")).toContain(agency);
    expect(relationLines(r, "LOCATED_IN")).toContain(`LOCATED_IN agency:${agency} -> place:十堰市`);
  });
  it.each([
    ["a meeting convened", "十堰市近日召开联席会议，部署整治工作。"],
    ["a numbered meeting", "十堰市第二次联席会议要求加快清理。"],
  ])("%s is no body", (_what, body) => {
    expect(names(run(body), "Agency").filter((n) => n.endsWith("联席会议"))).toEqual([]);
  });
});

describe("an exchange announcing its exit: its own announcement", () => {
  it("one firm, its Latin gloss and a comma before 宣布", () => {
    const r = run("中國三大交易所之一的火幣 (Huobi)，宣布停止接收大陸人開設賬戶。");
    expect(relationLines(r, "ISSUED")).toEqual(["ISSUED company:火币 -> measure:火币公告"]);
  });
  it("firms listed between dashes: each its own", () => {
    const r = run("这一政策直接导致三大交易所——比特币中国、火币网、OKCoin——宣布退出国内市场。");
    expect(names(r, "Measure")).toEqual(["OKEx公告", "比特币中国公告", "火币公告"]);
  });
  it.each([
    ["a halt of one line of business", "ICO平台ICOINFO宣布暂停一切ICO业务。"],
    ["a move abroad", "币安宣布将在新加坡设立总部。"],
    ["a ban on goods, no exit", "阿里巴巴宣布在电商平台禁止买卖矿机。"],
  ])("%s is no announcement", (_what, body) => {
    expect(names(run(body), "Measure")).toEqual([]);
  });
});

describe("a draft named bare as the subject of what it says", () => {
  it("征求意见稿提到，按照…部署要求，严格落实《Y》: the draft carries out both", () => {
    const r = run(
      "5月25日，宁夏发改委发布《关于坚决打击惩戒矿场违规用电六项措施（征求意见稿）》。\n征求意见稿提到，按照国务院金融稳定发展委员会第五十一次会议关于打击比特币挖矿的部署要求，严格落实《宁夏回族自治区关于确保完成能耗双控目标任务若干保障措施》，进一步清理挖矿行为。",
    );
    expect(relationLines(r, "IMPLEMENTS").sort()).toEqual([
      "IMPLEMENTS measure:关于坚决打击惩戒矿场违规用电六项措施（征求意见稿） -> measure:关于确保完成能耗双控目标任务若干保障措施",
      "IMPLEMENTS measure:关于坚决打击惩戒矿场违规用电六项措施（征求意见稿） -> measure:国务院金融稳定发展委员会第五十一次会议",
    ]);
  });
});

describe("党中央 as a decision's maker", () => {
  it.each([
    ["Simplified", "为深入贯彻落实党中央、国务院决策部署，全面整治挖矿。"],
    ["Traditional", "為貫徹落實黨中央、國務院決策部署，全面整治挖礦。"],
  ])("%s: the Central Committee", (_what, body) => {
    expect(names(run(body), "Agency")).toEqual(["中国共产党中央委员会", "国务院"]);
  });
});
describe("党中央 alone", () => {
  it("a discipline report's formula names no body", () => {
    expect(names(run("经查，某某落实党中央重大决策部署出现严重偏差。"), "Agency")).toEqual([]);
  });
});

describe("bodies as a page's source, and a bureau's directly-run branch", () => {
  it("a source line naming a body, then its publication date", () => {
    const r = run("来源:建水县发展和改革局 发布日期:2022-08-17\n根据通知要求，开展整治。");
    expect(names(r, "Agency")).toEqual(["建水县发展和改革局"]);
  });
  it("a source line naming a paper stays no node", () => {
    expect(names(run("来源：滇南日报 发布日期：2022-08-17\n正文。"), "Agency")).toEqual([]);
  });
  it("X市公安局直属分局 is the branch of that name", () => {
    const r = run("近日，山西忻州市公安局直属分局破获一起网络平台诈骗案件。");
    expect(names(r, "Agency")).toEqual(["忻州市公安局直属分局"]);
  });
  it("直属各分局 names no branch", () => {
    const r = run("忻州市公安局直属各分局开展排查。");
    expect(names(r, "Agency")).toEqual(["忻州市公安局"]);
  });
});

describe("founders named with what they were, together", () => {
  it("由A与B共同创立, each after a word for what they were", () => {
    const r = run("国内老牌数字货币交易所“币安”(Binance)诞生于2017年，由温州商人陈立新与技术爱好者周明远共同创立。");
    expect(names(r, "Person")).toEqual(["周明远", "陈立新"]);
  });
  it("two founders together, no descriptor", () => {
    const r = run("星河交易所由李明和王刚共同创办。");
    expect(relationLines(r, "AFFILIATED_WITH").sort()).toEqual([
      "AFFILIATED_WITH person:李明 -> company:星河交易所",
      "AFFILIATED_WITH person:王刚 -> company:星河交易所",
    ]);
  });
});
