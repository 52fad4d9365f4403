/**
 * Table tests for the twenty-third round of issue 10 (dates and false nodes on unseen articles), one category per
 * block. Sentences written for these tests (never copied from an article); the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import { entityNames, extractArticle as run, measureDateOf as dateOf, relationLines } from "../helpers/extract.js";

const names = entityNames;

describe("a firm's statement signed with its legal name and a day", () => {
  const body = (signer: string): string =>
    `BitZeta今天发表声明，禁止用户利用平台进行虚拟货币交易。\n我们将持续排查可疑账户。\n${signer}\n\n2021 年 6 月 3 日`;
  it.each([
    ["its legal name", "BitZeta（中国）网络科技有限公司"],
    ["its name", "BitZeta"],
  ])("signed by %s: the day of the signature, not the republishing page's 今天", (_what, signer) => {
    const r = run(body(signer), { date: "2023-05-15" });
    expect(dateOf(r, "BitZeta公告")).toBe("2021-06-03");
  });
  it("with no signature, 今天 is the page's day", () => {
    const r = run("BitZeta今天发表声明，禁止用户利用平台进行虚拟货币交易。", { date: "2023-05-15" });
    expect(dateOf(r, "BitZeta公告")).toBe("2023-05-15");
  });
  it("another firm's signature does not date it", () => {
    const r = run(body("TeraHash科技有限公司"), { date: "2023-05-15" });
    expect(dateOf(r, "BitZeta公告")).toBe("2023-05-15");
  });
});

describe("a known title misquoted by one character added or left out", () => {
  it.each([
    ["one added", "关于防范代币发行和融资风险的公告", "关于防范代币发行融资风险的公告"],
    ["one left out", "关于进一步防范处置虚拟货币交易炒作风险的通知", "关于进一步防范和处置虚拟货币交易炒作风险的通知"],
  ])("%s: the known measure", (_what, written, name) => {
    const r = run(`平台表示将严格落实《${written}》。`);
    expect(names(r, "Measure")).toEqual([name]);
  });
  it("the same title quoted again with one character left out is the first one", () => {
    const r = run(
      "市发改委印发《关于开展虚拟货币挖矿清理工作的实施方案》。《关于开展虚拟货币挖矿清理工作实施方案》要求各县区排查。",
    );
    expect(names(r, "Measure")).toHaveLength(1);
  });
  it.each([
    ["two characters more", "关于防范代币发行及其融资风险的公告"],
    ["a short title", "关于挖矿的通知"],
  ])("%s is another title", (_what, written) => {
    expect(names(run(`平台表示将严格落实《${written}》。`), "Measure")).toEqual([written]);
  });
});

describe("a known measure keeps the year it was issued in", () => {
  it("今年9月24日 on a later page quoting an earlier report: the measure's own year", () => {
    const r = run("法院认为，今年9月24日《关于进一步防范和处置虚拟货币交易炒作风险的通知》出台后，挖矿合同无效。", {
      date: "2023-10-12",
    });
    expect(dateOf(r, "关于进一步防范和处置虚拟货币交易炒作风险的通知")).toBe("2021-09-24");
  });
  it("in its own year, the date read is kept", () => {
    const r = run("今年9月24日，央行等十部门发布《关于进一步防范和处置虚拟货币交易炒作风险的通知》。", {
      date: "2021-10-12",
    });
    expect(dateOf(r, "关于进一步防范和处置虚拟货币交易炒作风险的通知")).toBe("2021-09-24");
  });
  it("a measure the lexicon does not know keeps the year read", () => {
    const r = run("今年9月24日，市发改委发布《关于开展虚拟货币挖矿清理工作的通知》。", { date: "2023-10-12" });
    expect(dateOf(r, "关于开展虚拟货币挖矿清理工作的通知")).toBe("2023-09-24");
  });
});

describe("a leader's name that names a doctrine", () => {
  it.each([
    ["the party's guiding thought", "以习近平新时代中国特色社会主义思想为指导，全面整治挖矿活动。"],
    ["a thought on ecology", "深入贯彻习近平生态文明思想，坚决关停矿场。"],
  ])("%s is no person", (_what, body) => {
    expect(names(run(body), "Person")).toEqual([]);
  });
  it("the leader acting is still a person", () => {
    expect(names(run("习近平主持召开会议，研究金融风险防范。"), "Person")).toEqual(["习近平"]);
  });
});

describe("a country's name before 人 is a nationality", () => {
  it.each([
    ["由日本人主导", "由日本人主导的ICO项目宣布关闭中文网站。"],
    ["韩国人士", "不少韩国人士认为，交易所将迁往海外。"],
  ])("%s: no country", (_what, body) => {
    expect(names(run(body), "Country")).toEqual([]);
  });
  it("the state itself is still a country", () => {
    expect(names(run("日本金融厅表示将加强监管。"), "Country")).toEqual(["日本"]);
  });
});

describe("banks and firms told by a kind, not a name", () => {
  it.each([
    ["任何银行", "比特币与任何银行和政府都没有关系。"],
    ["个别银行", "平台只是受到个别银行的通知，暂停了充值。"],
    ["其他银行", "其他银行暂不受影响。"],
    ["a country's several banks", "美国多间银行拒绝为矿企开户。"],
    ["the sites' banks", "交易网站银行通道并未封死。"],
    ["a broadcaster after its country", "加拿大广播公司报道说，比特币进一步大跌。"],
    ["a line of business", "一家科技公司表示将退出挖矿。"],
  ])("%s: no company", (_what, body) => {
    expect(names(run(body), "Company")).toEqual([]);
  });
  it("a bank's name is still a bank", () => {
    expect(names(run("招商银行暂停了该平台的充值业务。"), "Company")).toEqual(["招商银行"]);
  });
});

describe("universities and the academy's institutes", () => {
  it("对外 opens a university's name", () => {
    expect(names(run("能源经济学家、对外经济贸易大学教授周明远表示，关停有利于节能。"), "Agency")).toEqual([
      "对外经济贸易大学",
    ]);
  });
  it.each([["私立大学", "塞浦路斯最大的私立大学表示将接受比特币支付学费。"]])(
    "a kind of school (%s) names none",
    (_what, body) => {
      expect(names(run(body), "Agency")).toEqual([]);
    },
  );
  it("the academy's institutes by their short forms: registered names, the forms aliases", () => {
    const r = run("中科院软件所、中科院计算所等62家发起单位参会。");
    expect(names(r, "Agency")).toEqual(["中国科学院计算技术研究所", "中国科学院软件研究所"]);
    expect(r.entities.find((e) => e.name === "中国科学院计算技术研究所")?.aliases).toContain("中科院计算所");
  });
});

describe("channels and outlets named after a platform or a place", () => {
  it("通过新浪微博表示: the channel, not the platform", () => {
    expect(names(run("比特币交易平台BitZeta星期三通过新浪微博表示，暂停人民币充值。"), "Company")).toEqual(["BitZeta"]);
  });
  it("新浪微博 acting is still the platform", () => {
    expect(names(run("新浪微博宣布封禁炒币账号。"), "Company")).toEqual(["微博"]);
  });
  it.each([
    ["with a day", "合肥在线14日发布文章称，全省清理挖矿项目。"],
    ["with a posting verb", "合肥在线发布消息称，全省清理挖矿项目。"],
  ])("X在线 %s is an outlet, no place", (_what, body) => {
    expect(names(run(body), "Place")).toEqual([]);
  });
});

describe("exchanges named with 币网", () => {
  it("an unknown brand before 币网 is an exchange, its announcement dated", () => {
    const r = run("另一平台牛币网也在4月10日发布公告称，陆续收到银行的电话通知。", { date: "2014-04-26" });
    expect(names(r, "Company")).toEqual(["牛币网"]);
    expect(dateOf(r, "牛币网公告")).toBe("2014-04-10");
  });
  it.each([
    ["a coin's sites", "多家比特币网站暂停充值。"],
    ["a verb's", "他常去炒币网站看行情。"],
  ])("%s: no exchange", (_what, body) => {
    expect(names(run(body), "Company")).toEqual([]);
  });
});

describe("a firm's announcement told as a subject", () => {
  it("X公告发布后, a full date before the firm: the announcement, dated", () => {
    const r = run("例如在2021年9月26日，BitZeta公告发布后一小时内，大量比特币从平台转出。", { date: "2022-01-05" });
    expect(dateOf(r, "BitZeta公告")).toBe("2021-09-26");
  });
});

describe("a list of bodies that goes on over an item the tables do not read", () => {
  it("A联合B、省厅、C、D等部门: the lead worked with each body read", () => {
    const r = run(
      "日前，河北省互联网信息办公室联合省教育厅、省厅、省地方金融监督管理局、省通信管理局等部门部署专项整治行动。",
    );
    expect(relationLines(r, "WORKED_WITH")).toEqual([
      "WORKED_WITH agency:河北省互联网信息办公室 -> agency:河北省教育厅",
      "WORKED_WITH agency:河北省互联网信息办公室 -> agency:河北省地方金融监督管理局",
      "WORKED_WITH agency:河北省互联网信息办公室 -> agency:河北省通信管理局",
    ]);
  });
  it("a longer phrase between ends the list", () => {
    const r = run("河北省互联网信息办公室联合省教育厅、各地有关单位、省通信管理局等部门部署整治。");
    expect(relationLines(r, "WORKED_WITH")).toEqual([
      "WORKED_WITH agency:河北省互联网信息办公室 -> agency:河北省教育厅",
    ]);
  });
});

describe("platforms named in Latin after their kind", () => {
  it("ICO网站“A”和“B”: each quoted name", () => {
    expect(names(run("接到通知后，国内的ICO网站“ICOZETA”和“COINPLAZA”停止了服务。"), "Company")).toEqual([
      "COINPLAZA",
      "ICOZETA",
    ]);
  });
  it("a site's Latin name after 网站", () => {
    expect(names(run("根据信息网站CoinZeta的数据，比特币下跌10%。"), "Company")).toEqual(["CoinZeta"]);
  });
  it("a Latin name broken by stray spaces is left, not cut", () => {
    expect(names(run("比特币交易网站BtcZ ra d e的负责人表示。"), "Company")).toEqual([]);
  });
});

describe("the large banks' two-character names", () => {
  it.each([
    ["after 当地", "火币网公告称，接到当地工行客户经理通知。", "中国工商银行"],
    ["after a preposition", "平台已向建行申请开户。", "中国建设银行"],
  ])("alone %s: the bank", (_what, body, bank) => {
    expect(names(run(body), "Company")).toContain(bank);
  });
  it.each([
    ["施工行业", "施工行业用电增长。"],
    ["其中行动", "其中行动最快的是县公安局。"],
  ])("inside a word (%s): no bank", (_what, body) => {
    expect(names(run(body), "Company")).toEqual([]);
  });
  it("a branch named by the short name: the bank's name, the form written an alias", () => {
    const r = run("要求暂停该平台在招行西二旗支行的充值业务。");
    expect(names(r, "Company")).toEqual(["招商银行", "招商银行西二旗支行"]);
    expect(r.entities.find((e) => e.name === "招商银行西二旗支行")?.aliases).toEqual(["招行西二旗支行"]);
  });
});

describe("a firm's statement told through its channel, and firms listed before a kind of venue", () => {
  it("X星期三通过新浪微博表示，…停止…充值功能: its announcement, dated by the weekday", () => {
    const r = run(
      "总部设在上海的比特币交易平台BitZeta星期三通过新浪微博表示，由于众所周知的原因，BitZeta (BZ Exchange) 不得不暂时停止人民币充值功能。",
      { date: "2013-12-19" },
    );
    expect(relationLines(r, "ISSUED")).toEqual(["ISSUED company:BitZeta -> measure:BitZeta公告"]);
    expect(dateOf(r, "BitZeta公告")).toBe("2013-12-18");
  });
  it("a statement through its channel that tells no exit is none", () => {
    expect(names(run("比特币交易平台BitZeta通过新浪微博表示，比特币价格将继续上涨。"), "Measure")).toEqual([]);
  });
  it("包括A、B等多个交易平台宣布停止…: each firm's announcement", () => {
    const r = run("此后，包括BitZeta、TeraHash等多个虚拟币交易平台宣布停止人民币交易业务。");
    expect(relationLines(r, "ISSUED").sort()).toEqual([
      "ISSUED company:BitZeta -> measure:BitZeta公告",
      "ISSUED company:TeraHash -> measure:TeraHash公告",
    ]);
  });
});

describe("a registered name with its place in brackets, and the brand the text also writes", () => {
  it("both written: one firm, the registered name an alias", () => {
    const r = run(
      "工商银行和BitZeta（中国）网络技术有限公司被约谈。另外，比特币交易平台BitZeta也发布声明称，坚决不开展虚拟货币业务。",
    );
    expect(names(r, "Company")).toEqual(["BitZeta", "中国工商银行"]);
    expect(r.entities.find((e) => e.name === "BitZeta")?.aliases).toContain("BitZeta（中国）网络技术有限公司");
  });
  it("the registered name alone stays a firm of its own", () => {
    expect(names(run("人民银行约谈了BitZeta（中国）网络技术有限公司。"), "Company")).toEqual([
      "BitZeta（中国）网络技术有限公司",
    ]);
  });
});

describe("a known title miswritten keeps the title as written among its names", () => {
  it("整顿 for 整治, its issuers before: the known measure, the written title an alias", () => {
    const r = run("根据《国家发展改革委等部门关于整顿虚拟货币“挖矿”活动的通知》，省里将实行差别电价。");
    const m = r.entities.find((e) => e.label === "Measure");
    expect(m?.name).toBe("关于整治虚拟货币“挖矿”活动的通知");
    expect(m?.aliases).toContain("关于整顿虚拟货币“挖矿”活动的通知");
  });
});

describe("development zones as places", () => {
  it("X高新区: a place in X's province, written out an alias, X a mention too", () => {
    const r = run("据鄂尔多斯高新区官方微信号发布，园区企业开展自查。");
    expect(names(r, "Place")).toEqual(["鄂尔多斯市", "鄂尔多斯高新区"]);
    expect(relationLines(r, "IN_PROVINCE")).toContain("IN_PROVINCE place:鄂尔多斯高新区 -> province:内蒙古自治区");
    expect(r.entities.find((e) => e.name === "鄂尔多斯高新区")?.aliases).toEqual(["鄂尔多斯高新技术产业开发区"]);
  });
  it("a city's zone written in full", () => {
    expect(names(run("该公司落户于抚州市高新技术开发区。"), "Place")).toEqual(["抚州市", "抚州市高新技术开发区"]);
  });
  it("the zone's committee is a body, not a place of its own", () => {
    expect(names(run("抚州高新区管委会发布通知。"), "Place")).toEqual(["抚州市"]);
  });
  it("a zone no division names is left", () => {
    expect(names(run("园区位于经济开发区内。"), "Place")).toEqual([]);
  });
});

describe("tokens, kinds of pools and captions", () => {
  it("a platform's token is a coin, no firm", () => {
    expect(names(run("以太坊、币安币等主流币种同步腰斩。"), "Company")).toEqual([]);
  });
  it("the platform itself is still a firm", () => {
    expect(names(run("币安宣布退出中国市场。"), "Company")).toEqual(["币安"]);
  });
  it("a kind of pool (去中心化小型矿池) names none", () => {
    expect(names(run("矿工转向去中心化小型矿池。"), "Company")).toEqual([]);
  });
  it("a broadcast caption: unit, staff word, a space, the name, a colon", () => {
    expect(names(run("国网哈尔滨供电公司保卫部工作人员 周建明：敲门没人。"), "Person")).toEqual(["周建明"]);
  });
});

describe("a police station in its chain of bodies", () => {
  it("X市公安局Y局Z派出所: the station named in full, its own name an alias", () => {
    const r = run("唐山市公安局开平局双桥派出所所长陈静波：我们发现了改装的矿场。");
    const station = r.entities.find((e) => e.label === "Agency" && e.name.endsWith("派出所"));
    expect(station?.name).toBe("唐山市公安局开平分局双桥派出所");
    expect(station?.aliases).toContain("双桥派出所");
  });
});

describe("a halt of deposits or withdrawals announced", () => {
  it("X宣布暂停人民币充值业务: the firm's announcement, dated by the day before it", () => {
    const r = run("4月2日，比特币交易平台BitZeta宣布暂停人民币充值业务。", { date: "2014-04-20" });
    expect(relationLines(r, "ISSUED")).toEqual(["ISSUED company:BitZeta -> measure:BitZeta公告"]);
    expect(dateOf(r, "BitZeta公告")).toBe("2014-04-02");
  });
});

describe("a state by its one character", () => {
  it.each([
    ["在美上市", "在美上市的矿机生产商TeraHash表示，将暂停国内业务。", "美国"],
    ["赴美", "多家矿企赴美设立矿场。", "美国"],
    ["中美 + a dispute", "中美 130 亿美元比特币查封争端引起关注。", "美国"],
    ["中日 + talks", "日前，中日双方举行会谈。", "日本"],
  ])("%s: the country", (_what, body, country) => {
    expect(names(run(body), "Country")).toEqual([country]);
  });
  it.each([
    ["集中美化", "集中美化环境。"],
    ["其中美元", "其中美元占比高。"],
    ["在日常", "在日常生活中很少使用。"],
    ["中英文", "提供中英文版本。"],
  ])("%s: no country", (_what, body) => {
    expect(names(run(body), "Country")).toEqual([]);
  });
});

describe("firms listed at a clause's head, then a topic, then a passive", () => {
  it("A、B和C等机构，就…问题，被X约谈: X acted on each", () => {
    const r = run("近日，招商银行、兴业银行和BitZeta等部分银行和支付机构，就为虚拟货币交易提供服务问题，被央行约谈。");
    expect(relationLines(r, "ACTED_ON").sort()).toEqual([
      "ACTED_ON agency:中国人民银行 -> company:BitZeta",
      "ACTED_ON agency:中国人民银行 -> company:兴业银行",
      "ACTED_ON agency:中国人民银行 -> company:招商银行",
    ]);
  });
  it("a body acting in between: the passive is not told of the firms before it", () => {
    const r = run("招商银行、兴业银行等机构，市金融办随后召开会议，相关负责人被央行约谈。");
    expect(relationLines(r, "ACTED_ON")).toEqual([]);
  });
});

describe("a firm's statement whose words the next sentence goes on with", () => {
  it("X发表声明…。为…，严格落实《A》和《B》，X将继续…: the statement cites A and B", () => {
    const r = run(
      "比特币交易平台BitZeta今天下午发表声明，禁止使用平台服务进行虚拟货币交易。\n按照监管要求，严格落实《关于防范比特币风险的通知》和《关于防范代币发行融资风险的公告》，BitZeta将继续全面排查。",
    );
    expect(relationLines(r, "CITES").sort()).toEqual([
      "CITES measure:BitZeta公告 -> measure:关于防范代币发行融资风险的公告",
      "CITES measure:BitZeta公告 -> measure:关于防范比特币风险的通知",
    ]);
  });
  it("a sentence that neither names the firm nor speaks as it is no part of its statement", () => {
    const r = run(
      "比特币交易平台BitZeta今天下午发表声明，禁止使用平台服务进行虚拟货币交易。\n记者注意到，各地正严格落实《关于防范比特币风险的通知》。",
    );
    expect(relationLines(r, "CITES")).toEqual([]);
  });
});

describe("a campaign the text does not name", () => {
  it("针对X部署专项整治行动 names no campaign: a name built from the subject and the kind is none the text gives", () => {
    const r = run(
      "日前，河北省互联网信息办公室联合省教育厅、省通信管理局等部门针对虚拟货币挖矿和交易行为部署专项整治行动。",
    );
    expect(names(r, "Measure")).toEqual([]);
  });
});

describe("a meeting named once and written again after the division holding it", () => {
  it("召开的X州全州…座谈会 … X办公室决定召开全州…座谈会: one meeting, the division and its name an alias", () => {
    const r = run(
      "原本25日召开的甘孜藏族自治州全州矿场清理工作座谈会，延期至27日举行。\n文件显示，甘孜藏族自治州人民政府办公室决定于12月25日上午召开全州矿场清理工作座谈会。",
      { date: "2017-12-26" },
    );
    const m = r.entities.filter((e) => e.label === "Measure");
    expect(m.map((e) => e.name)).toEqual(["全州矿场清理工作座谈会"]);
    expect(m[0]?.aliases).toContain("甘孜藏族自治州全州矿场清理工作座谈会");
    expect(new Set(r.mentions.filter((x) => x.label === "Measure").map((x) => x.sentenceId)).size).toBe(2);
  });
});

describe("a campaign's office written right after a body", () => {
  it("人民银行上海总部互金整治办: the body's own office, named in full, the body no node of its own", () => {
    const r = run("11月14日，人民银行上海总部互金整治办下发《关于开展虚拟货币交易场所排摸整治的通知》。");
    expect(names(r, "Agency")).toEqual(["中国人民银行上海总部互联网金融风险专项整治工作领导小组办公室"]);
  });
  it("an office with its own division is the division's", () => {
    expect(names(run("深圳市公安局、市互金整治办联合发文。"), "Agency")).toEqual([
      "深圳市互联网金融风险专项整治工作领导小组办公室",
      "深圳市公安局",
    ]);
  });
});

describe("a measure named in the sentence after the one telling its issue on a day", () => {
  it("X周五出台…禁令。X发改委下发了关于…的通知: the notice dated that Friday", () => {
    const r = run(
      "作为挖矿大省的四川周五也出台关闭挖矿活动的禁令。\n四川省发改委和能源局下发了关于清理关停虚拟货币“挖矿”项目的通知，要求完成甄别。",
      { date: "2021-06-20" },
    );
    expect(dateOf(r, "关于清理关停虚拟货币“挖矿”项目的通知")).toBe("2021-06-18");
  });
  it.each([
    [
      "the measure's sentence tells a day of its own",
      "6月10日，四川省发改委下发了关于清理关停虚拟货币“挖矿”项目的通知。",
    ],
    ["the measure is only cited there", "各地正落实关于清理关停虚拟货币“挖矿”项目的通知。"],
  ])("%s: not the day before", (_what, second) => {
    const r = run(`四川周五也出台关闭挖矿活动的禁令。\n${second}`, { date: "2021-06-20" });
    expect(dateOf(r, "关于清理关停虚拟货币“挖矿”项目的通知")).not.toBe("2021-06-18");
  });
});

describe("people named by a plain word or a firm's register", () => {
  it.each([
    ["矿工X告诉", "“为了安全，一帮人搬出来了。”矿工黎建中告诉记者。", "黎建中"],
    ["员工X透露", "员工王建中透露，矿机已搬走。", "王建中"],
    ["实控人为X", "该公司作为引进的投资企业，公司实控人为林庆星。", "林庆星"],
    ["法定代表人是X", "该公司法定代表人是周明远，注册资本1000万元。", "周明远"],
  ])("%s: the person", (_what, body, name) => {
    expect(names(run(body), "Person")).toEqual([name]);
  });
  it("实控人为 + a word for a family is nobody", () => {
    expect(names(run("该平台实控人为其家族。"), "Person")).toEqual([]);
  });
});

describe("a firm's China arm", () => {
  it("X中国 after a known firm: a firm of its own, the firm itself not mentioned there", () => {
    expect(names(run("公司已与火币中国签署战略合作框架协议。"), "Company")).toEqual(["火币中国"]);
  });
  it.each([
    ["its China users", "火币中国用户将被清退。"],
    ["its China region", "火币中国区业务暂停。"],
  ])("%s: the firm", (_what, body) => {
    expect(names(run(body), "Company")).toEqual(["火币"]);
  });
});

describe("a measure's date told after a word pointing back at it", () => {
  it.each([
    ["in the same sentence", "《关于清理关停虚拟货币挖矿项目的通知》显示，该文件发布于2021年6月9日。"],
    [
      "in the next sentence",
      "四川省发改委印发《关于清理关停虚拟货币挖矿项目的通知》。该通知的落款时间为2021年6月9日。",
    ],
  ])("%s: that day", (_what, body) => {
    expect(dateOf(run(body, { date: "2021-06-20" }), "关于清理关停虚拟货币挖矿项目的通知")).toBe("2021-06-09");
  });
  it("a day of something else after the measure is not its date", () => {
    const r = run("《关于清理关停虚拟货币挖矿项目的通知》显示，相关项目须于2021年6月25日前关停。", {
      date: "2021-06-20",
    });
    expect(dateOf(r, "关于清理关停虚拟货币挖矿项目的通知")).toBe(null);
  });
});

describe("a title in apposition to the kind of document issued", () => {
  it.each([
    ["X日晚间下发紧急通知《Y》", "四川省发改委6月18日晚间下发紧急通知《关于清理关停虚拟货币挖矿项目的通知》。"],
    [
      "a full date, then 下午 and 印发了一份通知《Y》",
      "2021年6月18日下午，四川省发改委印发了一份通知《关于清理关停虚拟货币挖矿项目的通知》。",
    ],
  ])("%s: issued and dated that day", (_what, body) => {
    const r = run(body, { date: "2021-06-20" });
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:四川省发展和改革委员会 -> measure:关于清理关停虚拟货币挖矿项目的通知",
    ]);
    expect(dateOf(r, "关于清理关停虚拟货币挖矿项目的通知")).toBe("2021-06-18");
  });
});

describe("a measure's day stated after it in other words", () => {
  it.each([
    ["，落款日期为", "四川省发改委在其官网发布《关于清理关停虚拟货币挖矿项目的通知》，落款日期为6月18日。"],
    ["的发布日期是", "《关于清理关停虚拟货币挖矿项目的通知》的发布日期是6月18日。"],
    ["是X…发布的", "《关于清理关停虚拟货币挖矿项目的通知》是四川省发改委6月18日发布的。"],
  ])("%s: that day", (_what, body) => {
    expect(dateOf(run(body, { date: "2021-06-20" }), "关于清理关停虚拟货币挖矿项目的通知")).toBe("2021-06-18");
  });
  it("a day it takes effect is not its date", () => {
    const r = run("《关于清理关停虚拟货币挖矿项目的通知》是四川省的重要文件，6月18日起实施。", { date: "2021-06-20" });
    expect(dateOf(r, "关于清理关停虚拟货币挖矿项目的通知")).toBe(null);
  });
});

describe("a document put on a body's site (刊发)", () => {
  it("X网站24日刊发《Y》, Traditional: issued by X, dated the 24th", () => {
    const r = run("中國人民銀行網站24日刊發《關於進一步防範和處置虛擬貨幣交易炒作風險的通知》。", {
      date: "2021-09-27",
    });
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:中国人民银行 -> measure:关于进一步防范和处置虚拟货币交易炒作风险的通知",
    ]);
    expect(dateOf(r, "关于进一步防范和处置虚拟货币交易炒作风险的通知")).toBe("2021-09-24");
  });
});

describe("a discipline report's section heads and a league's bodies after a verb", () => {
  const r0 = (body: string): string[] => names(run(body), "Official");
  it("X盟纪委监委给予盟发改委能源科科长Y…处分: the league's body, Y serving there, sanctioned", () => {
    const r = run("锡林郭勒盟纪委监委给予盟发改委能源科科长王小明党内警告处分。");
    expect(names(r, "Agency")).toEqual(["锡林郭勒盟发展和改革委员会", "锡林郭勒盟纪委监委"]);
    expect(relationLines(r, "SERVES_AT")).toEqual(["SERVES_AT official:王小明 -> agency:锡林郭勒盟发展和改革委员会"]);
    expect(relationLines(r, "SANCTIONED")).toEqual(["SANCTIONED agency:锡林郭勒盟纪委监委 -> official:王小明"]);
  });
  it.each([
    ["镇长", "该镇镇长李建国表示，矿场已关停。"],
    ["副股长", "县能源局副股长赵卫东被立案审查。"],
  ])("%s + a name: an official", (_what, body) => {
    expect(r0(body)).toHaveLength(1);
  });
  it("a section head's title alone is nobody", () => {
    expect(r0("他是一名科长。")).toEqual([]);
  });
});

describe("an exit announced with its users before the verb", () => {
  it("X宣佈，將於…前完成中國大陸用戶清退 (Traditional): the firm's announcement", () => {
    const r = run("比特幣交易平台BitZeta宣佈，將於12月31日前完成中國大陸用戶清退。", { date: "2021-09-25" });
    expect(relationLines(r, "ISSUED")).toEqual(["ISSUED company:BitZeta -> measure:BitZeta公告"]);
  });
  it("users named for something else are no exit", () => {
    expect(names(run("比特幣交易平台BitZeta宣佈，中國大陸用戶數量突破百萬。"), "Measure")).toEqual([]);
  });
});

describe("a civil case's parties", () => {
  it.each([
    ["原告X诉被告…", "原告李明诉被告北京某科技有限公司。"],
    ["原告X诉称", "原告李明诉称，其于2019年购买矿机。"],
    ["原告X诉…纠纷一案", "原告李明诉北京某科技有限公司合同纠纷一案。"],
  ])("%s: the plaintiff, named without 诉", (_what, body) => {
    expect(names(run(body), "Person")).toEqual(["李明"]);
  });
});

describe("a party's side is no name", () => {
  it.each([
    ["原告方诉称", "原告方诉称，被告未履行合同。"],
    ["被告方辩称", "被告方辩称，合同有效。"],
  ])("%s: nobody", (_what, body) => {
    expect(names(run(body), "Person")).toEqual([]);
  });
  it("a plaintiff surnamed 方 is still named", () => {
    expect(names(run("原告方明诉称，被告拖欠托管费。"), "Person")).toEqual(["方明"]);
  });
});
