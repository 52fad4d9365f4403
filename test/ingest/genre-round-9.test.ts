/**
 * Table tests for the ninth round of issue 10 (recall on unseen articles), one category per block. Sentences
 * written for these tests (never copied from an article).
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, mentionedIds as mentioned, relationLines } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";
import { findDates } from "../../ingest/dates.js";
import { toSimplified } from "../../ingest/normalize.js";

const TW = { url: "https://news.example.com.tw/a/1" };

const agencies = (r: DocumentResult): string[] => mentioned(r).filter((id) => id.startsWith("agency:"));
const measures = (r: DocumentResult): string[] => mentioned(r).filter((id) => id.startsWith("measure:"));
const companies = (r: DocumentResult): string[] => mentioned(r).filter((id) => id.startsWith("company:"));

describe("a time word or a conjunction opening the clause before a firm's name", () => {
  it.each([
    ["几天前", "几天前公司宣布停止全部挖矿业务。"],
    ["当时", "当时公司已将矿机运往境外。"],
    ["两个月前", "两个月前公司就已关闭了矿场。"],
    ["否则", "该公司须于年底前完成上市，否则集团要赎回全部股份。"],
    ["以内未获得", "申请提出后6个月以内未获得交易所批准的，须重新提交。"],
    ["a rank (最大)", "最大公司的申请也未获批准。"],
  ])("%s + 公司 names no firm", (_what, body) => {
    expect(companies(run(body))).toEqual([]);
  });
  it.each([
    ["3天前", "3天前鑫源矿业公司宣布关闭矿场。", "company:鑫源矿业公司"],
    ["不久前", "不久前鑫源矿业公司宣布关闭矿场。", "company:鑫源矿业公司"],
  ])("%s before a named firm leaves the firm's name", (_what, body, id) => {
    expect(companies(run(body))).toEqual([id]);
  });
});

describe("a national catalogue by its bare title", () => {
  it.each([
    [
      "a draft, glued to its issuer",
      "去年发改委产业结构调整指导目录征求意见稿把挖矿列为淘汰类。",
      "产业结构调整指导目录（征求意见稿）",
    ],
    [
      "a draft in brackets",
      "产业结构调整指导目录（征求意见稿）拟将挖矿列入淘汰类。",
      "产业结构调整指导目录（征求意见稿）",
    ],
    [
      "the edition before it, in the issuer's word",
      "2019年本产业结构调整指导目录已将挖矿列入淘汰类。",
      "产业结构调整指导目录（2019年本）",
    ],
    [
      "the edition before it, in the other word",
      "2019年版产业结构调整指导目录已将挖矿列入淘汰类。",
      "产业结构调整指导目录（2019年本）",
    ],
    [
      "a negative list's edition before it",
      "2022年版市场准入负面清单明确禁止新增挖矿项目。",
      "市场准入负面清单（2022年版）",
    ],
    [
      "bare, after its issuer's verb",
      "国家发展改革委发布的产业结构调整指导目录把挖矿列为淘汰类。",
      "产业结构调整指导目录",
    ],
  ])("%s is the catalogue", (_what, body, name) => {
    expect(measures(run(body))).toEqual([`measure:${name}`]);
  });
  it("its issuer written right before it issued it", () => {
    expect(relationLines(run("去年发改委产业结构调整指导目录征求意见稿把挖矿列为淘汰类。"))).toContain(
      "ISSUED agency:国家发展和改革委员会 -> measure:产业结构调整指导目录（征求意见稿）",
    );
  });
  it("a citing word before a catalogue with its edition after it is no part of its title", () => {
    expect(measures(run("根据产业结构调整指导目录（2019年本），挖矿属于淘汰类。"))).toEqual([
      "measure:产业结构调整指导目录（2019年本）",
    ]);
  });
});

describe("a body's arrangements about a campaign it launched", () => {
  it.each([
    ["one body", "为落实省政府关于虚拟货币“挖矿”活动清理攻坚行动的有关部署，现将有关事项通知如下。", ["省政府"]],
    [
      "two bodies joined by 、",
      "按照市委、市政府关于“清源2021”专项行动的工作要求，各单位开展自查。",
      ["市委", "市政府"],
    ],
  ])("%s before 关于 issued the campaign", (_what, body, issuers) => {
    const lines = relationLines(run(body)).filter((l) => l.startsWith("ISSUED"));
    expect(lines.map((l) => l.replace(/^ISSUED agency:(\S+) -> .*$/, "$1")).sort()).toEqual([...issuers].sort());
  });
  it("a titled document there is only deployed, not issued, by the body", () => {
    const r = run("根据国务院关于《关于防范虚拟货币交易炒作风险的通知》的统一部署，全面开展排查。");
    expect(relationLines(r).filter((l) => l.startsWith("ISSUED"))).toEqual([]);
  });
});

describe("a meeting named in 《》", () => {
  it("is a Measure of the meeting kind", () => {
    expect(measures(run("全体干部传达学习了《国务院金融稳定发展委员会第五十三次会议》精神。"))).toEqual([
      "measure:国务院金融稳定发展委员会第五十三次会议",
    ]);
  });
});

describe("a county's short form right before its body's name", () => {
  it.each([
    ["a county-level city's police", "油田保卫部门与肇东公安局联合出警。", "肇东市公安局", "肇东市", "黑龙江省"],
    ["a county's court", "此案由昭苏法院一审判决。", "昭苏县人民法院", "昭苏县", "新疆维吾尔自治区"],
  ])("%s is the county's body, in its province", (_what, body, agency, place, province) => {
    const r = run(body);
    expect(agencies(r)).toEqual([`agency:${agency}`]);
    expect(relationLines(r)).toEqual(
      expect.arrayContaining([
        `LOCATED_IN agency:${agency} -> place:${place}`,
        `IN_PROVINCE place:${place} -> province:${province}`,
      ]),
    );
  });
  it("a short form two counties share names neither", () => {
    expect(agencies(run("该案由开平公安局侦办。"))).toEqual([]);
  });
  it("inside a longer word it names no county", () => {
    expect(agencies(run("双方在肇东公安局门前会合。"))).toEqual(["agency:肇东市公安局"]);
    expect(agencies(run("这是东公安局的通报。"))).toEqual([]);
  });
});

describe("a body's unit keeps its place's province", () => {
  it.each([
    ["a brigade", "肇东市公安局刑警大队赶到现场。", "肇东市公安局刑警大队"],
    ["a named branch", "肇东市公安局油田分局赶到现场。", "肇东市公安局油田分局"],
  ])("%s: LOCATED_IN its body's place, and that place IN_PROVINCE", (_what, body, unit) => {
    expect(relationLines(run(body))).toEqual([
      `LOCATED_IN agency:${unit} -> place:肇东市`,
      "IN_PROVINCE place:肇东市 -> province:黑龙江省",
    ]);
  });
});

describe("a police branch named by its area alone", () => {
  it("is an agency in the city of the document's locale", () => {
    const r = run("巡检人员随即向八百垧公安分局报警。", { title: "大庆警方查获一处挖矿窝点" });
    expect(agencies(r)).toEqual(["agency:八百垧公安分局"]);
    expect(relationLines(r)).toContain("LOCATED_IN agency:八百垧公安分局 -> place:大庆市");
  });
  it.each([["各公安分局要加强巡查。"], ["辖区公安分局接到报警。"], ["当地公安分局接到报警。"]])(
    "a determiner or a word of place names none (%s)",
    (body) => {
      expect(agencies(run(body))).toEqual([]);
    },
  );
});

describe("a bare local body's name in a list of national bodies", () => {
  it.each([
    ["between two", "该通知由中国人民银行、网信办、公安部等部门联合印发。", "国家互联网信息办公室"],
    ["before 等", "最高人民法院、能源局等部门参加了会议。", "国家能源局"],
    ["in Traditional", "此公告由公安部、網信辦、工業和信息化部共同發布。", "国家互联网信息办公室"],
  ])("%s is the national body of that kind", (_what, body, national) => {
    expect(agencies(run(body))).toContain(`agency:${national}`);
  });
  it("beside a local body it stays unresolved", () => {
    expect(agencies(run("市公安局、网信办联合开展检查。"))).not.toContain("agency:国家互联网信息办公室");
  });
});

describe("Taiwan's texts: the Republic's calendar, its bodies, its government in general", () => {
  it.each([
    ["a day", "時間 中華民國107年5月2日(星期三)上午9時", "2018-05-02"],
    ["a month", "本辦法自民國110年7月起施行。", "2021-07"],
    ["a year", "行政院於今(民國110年)發布命令。", "2021"],
  ])("a date of 民国 (%s) is the Republic's year + 1911", (_what, text, value) => {
    expect(findDates(toSimplified(text), null).map((d) => d.value)).toEqual([value]);
  });
  it("民国 of the Republic's early years (民国23年) is no date of the genre", () => {
    expect(findDates("民国23年的旧事", null)).toEqual([]);
  });
  it("a text dated by 民国 is Taiwan's: its bodies named bare are Taiwan's", () => {
    const r = run("行政院於今(民國110年)4月7日發布命令，金管會隨即訂定辦法，法務部表示支持。");
    expect(agencies(r)).toEqual(["agency:台湾法务部", "agency:台湾行政院", "agency:台湾金融监督管理委员会"]);
    expect(relationLines(r)).toContain("LOCATED_IN agency:台湾法务部 -> province:台湾省");
  });
  it("the Legislative Yuan's committees, bare, in a Taiwan outlet", () => {
    const r = run("司法及法制委員會與財政委員會將召開聯席會議。", TW);
    expect(agencies(r)).toEqual(["agency:台湾立法院司法及法制委员会", "agency:台湾立法院财政委员会"]);
  });
  it("without any sign of Taiwan, 法务部 stays no body", () => {
    expect(agencies(run("法務部表示支持。"))).toEqual([]);
  });
  it("台湾政府 names no body, and Taiwan stays a mention of the place", () => {
    expect(mentioned(run("目前台灣政府把這類貨幣視為商品。"))).toEqual(["province:台湾省"]);
  });
  it("Hong Kong's government is 香港特别行政区政府, no 人民政府", () => {
    expect(agencies(run("香港政府發言人表示將加強監管。"))).toEqual(["agency:香港特别行政区政府"]);
  });
});

describe("a list of activities after an intro naming the firms that carry them out", () => {
  it("names no firms", () => {
    const text = "法規命令把經營以下業務之虛擬通貨平台業者納入規範：\n- 虛擬通貨間之交換。\n- 虛擬通貨之移轉。\n";
    expect(companies(run(text))).toEqual([]);
  });
  it("a list of platforms still names them", () => {
    const text = "部分境外交易平台如下：\n- 币安\n- 火币\n";
    expect(companies(run(text)).length).toBe(2);
  });
});

describe("the law a document is made under", () => {
  it.each([
    [
      "in a later clause",
      "金管會依據《洗錢防制法》，訂有《虛擬資產業務防制洗錢辦法》。",
      "虚拟资产业务防制洗钱办法",
      "洗钱防制法",
    ],
    [
      "right after it",
      "省发改委依据《中华人民共和国节约能源法》制定了《全省数据中心节能审查办法》。",
      "全省数据中心节能审查办法",
      "中华人民共和国节约能源法",
    ],
    [
      "named without 《》",
      "金管會依據洗錢防制法，訂有《虛擬資產業務防制洗錢辦法》。",
      "虚拟资产业务防制洗钱办法",
      "洗钱防制法",
    ],
  ])("%s: the document made CITES it", (_what, body, made, law) => {
    expect(relationLines(run(body))).toContain(`CITES measure:${made} -> measure:${law}`);
  });
  it.each([["依据相关办法，进行处理。"], ["根据新办法，进行处理。"], ["依据该法，依法处理。"], ["执法人员依法执法。"]])(
    "words ending in 法 after a citing word name no law (%s)",
    (body) => {
      expect(measures(run(body))).toEqual([]);
    },
  );
  it("a law named without 《》 before an article is a Measure", () => {
    expect(measures(run("该平台违反电子商务法第十二条规定。"))).toEqual(["measure:电子商务法"]);
  });
});

describe("the parties a court report names", () => {
  const people = (r: DocumentResult): string[] => mentioned(r).filter((id) => id.startsWith("person:"));
  it("a list of defendants closed by 等 are Persons", () => {
    expect(people(run("一审判决认定，被告人林志远、韩雪松、蔡文博等9名被告人犯组织传销活动罪。"))).toEqual([
      "person:林志远",
      "person:蔡文博",
      "person:韩雪松",
    ]);
  });
  it("one defendant before the charge is a Person", () => {
    expect(people(run("被告人郑海波犯非法经营罪，判处有期徒刑三年。"))).toEqual(["person:郑海波"]);
  });
  it("an anonymized list names nobody", () => {
    expect(people(run("被告人林某、韩某等3人犯盗窃罪。"))).toEqual([]);
  });
});

describe("firms by kind: platforms by a Latin name, accounting and law firms", () => {
  it.each([
    ["a Latin name before 平台", "2019年底，FastCoin平台突然无法提现。", "company:FastCoin"],
    ["two words, unified with the joined form", "林某搭建Fast Coin平台。此后FastCoin平台崩盘。", "company:FastCoin"],
    [
      "an accounting firm after 经 and its city",
      "经苏州恒信会计师事务所对账单进行鉴定。",
      "company:苏州恒信会计师事务所",
    ],
  ])("%s", (_what, body, id) => {
    expect(companies(run(body))).toEqual([id]);
  });
  it.each([["该App平台已关闭。"], ["一家会计师事务所出具了报告。"], ["市发改委数据中心开展调查。"]])(
    "a kind names no firm (%s)",
    (body) => {
      expect(companies(run(body))).toEqual([]);
    },
  );
});

describe("a body's centre that certifies, monitors or inspects", () => {
  it("is the body's unit when the text acts through it", () => {
    const r = run("据盐城市物价局价格认定中心认定，涉案资产折合人民币十亿元。");
    expect(agencies(r)).toEqual(["agency:盐城市物价局价格认定中心"]);
  });
});

describe("a body of a division whose name several divisions share", () => {
  it("with no province or city named, is the body as written, and its level word starts no other body", () => {
    const r = run("矿场设在四川省凉山州木里县。一审朝阳区人民法院认定委托合同无效。");
    expect(agencies(r)).toEqual(["agency:朝阳区人民法院"]);
  });
  it("that body is located in the place as written, a node with no province", () => {
    const r = run("一审朝阳区人民法院认定委托合同无效。");
    expect(relationLines(r)).toEqual(["LOCATED_IN agency:朝阳区人民法院 -> place:朝阳区"]);
  });
  it("after its city is named, is that city's district's body", () => {
    const r = run("长春市警方通报，朝阳区公安分局破获一起案件。");
    expect(agencies(r)).toContain("agency:长春市朝阳区公安分局");
    expect(relationLines(r)).toContain("LOCATED_IN agency:长春市朝阳区公安分局 -> place:长春市朝阳区");
  });
});

describe("place names that stand for something else", () => {
  it("德州 in a text about the United States is Texas, no division", () => {
    const r = run("美国矿工纷纷迁往德州，截至2019年，德州两成电力来自风电。");
    expect(mentioned(r)).toEqual(["country:美国"]);
  });
  it("德州 with Shandong named is the city", () => {
    expect(mentioned(run("山东德州查处一处矿场。"))).toContain("place:德州市");
  });
  it("北京 with a month before the central government's act stands for the government", () => {
    expect(mentioned(run("自北京5月呼吁严厉打击比特币挖矿以来，矿工加速外迁。"))).toEqual([]);
  });
});

describe("firms named in business reports", () => {
  it("a Latin name before a hash-power platform is the firm, and its CEO a Person affiliated with it", () => {
    const r = run("而据HashNova算力平台CEO郑立伟估计，下半年矿机销量将回升。");
    expect(companies(r)).toEqual(["company:HashNova"]);
    expect(relationLines(r)).toContain("AFFILIATED_WITH person:郑立伟 -> company:HashNova");
  });
  it("a title after a platform's name names no firm", () => {
    expect(companies(run("该平台CEO郑立伟表示。"))).toEqual([]);
  });
  it("a Latin name with & after its kind is one firm", () => {
    expect(companies(run("据咨询公司Baker&Lowe的数据，矿机出货量翻番。"))).toEqual(["company:Baker&Lowe"]);
  });
  it("a coin's name before a trading platform names no firm", () => {
    expect(companies(run("多个USDT交易平台被关停。"))).toEqual([]);
  });
  it.each([
    ["英伟达", "芯片巨头英伟达的收入随之上涨。"],
    ["NVIDIA", "海关查获NVIDIA显卡三百张。"],
  ])("the graphics-card maker by %s", (_what, body) => {
    expect(companies(run(body))).toEqual(["company:英伟达"]);
  });
});

describe("a day and a seat told by reference", () => {
  it("在这一天 dates the issuing with the day the sentence named just before", () => {
    const r = run(
      "关键的时间节点是2021年9月3日，在这一天，国家发展改革委等部门发布了《关于整治虚拟货币“挖矿”活动的通知》。",
    );
    const m = r.entities.find((e) => e.label === "Measure");
    expect(m?.properties.date).toBe("2021-09-03");
  });
  it("a firm referred back to with its seat (这家总部位于杭州的公司) is located there", () => {
    const r = run("矿机制造商嘉楠科技表示已在海外布局。这家总部位于杭州的公司今年开始自营挖矿。");
    expect(relationLines(r)).toContain("LOCATED_IN company:嘉楠科技 -> place:杭州市");
  });
  it("with two firms named before, the reference is no one's", () => {
    const r = run("嘉楠科技与比特大陆都表示已在海外布局。这家总部位于杭州的公司今年开始自营挖矿。");
    expect(relationLines(r).filter((l) => l.startsWith("LOCATED_IN company"))).toEqual([]);
  });
});

describe("people of firms in business reports", () => {
  it("a founding partner of a firm named in Latin", () => {
    const r = run("Granite Bay Capital创办合伙人Mark Ellison表示，监管走向尚不清楚。");
    expect(relationLines(r)).toContain("AFFILIATED_WITH person:Mark Ellison -> company:Granite Bay Capital");
  });
  it("a title after a firm and its Latin gloss", () => {
    const r = run("据报道，币印矿池(Poolin)副总Alan Reyes也称，他们将分散挖矿。");
    expect(relationLines(r)).toContain("AFFILIATED_WITH person:Alan Reyes -> company:币印矿池");
  });
});

describe("a title written in a headline without its quotes and 活动", () => {
  it.each([
    [
      "after the full title",
      "国家发展改革委等部门发布了《关于清理虚拟货币“挖矿”活动的通知》。快讯|发改委发布关于清理虚拟货币挖矿的通知",
    ],
    [
      "before the full title",
      "快讯|发改委发布关于清理虚拟货币挖矿的通知。国家发展改革委等部门发布了《关于清理虚拟货币“挖矿”活动的通知》。",
    ],
  ])("%s, is the same measure under the full title", (_what, body) => {
    expect(measures(run(body))).toEqual(["measure:关于清理虚拟货币“挖矿”活动的通知"]);
  });
});

describe("Taiwan's regulator and legislature at work", () => {
  it("a body making a rule on a basis in the clause before (X並依據…，訂有《…》) issued it", () => {
    const r = run("金管會並依據洗錢防制法，訂有《虛擬資產業務防制洗錢辦法》。", TW);
    expect(relationLines(r)).toContain("ISSUED agency:台湾金融监督管理委员会 -> measure:虚拟资产业务防制洗钱办法");
  });
  it("a committee's hearing named right after it is a meeting it held", () => {
    const r = run("立法院司法及法制委員會「虛擬資產監理」公聽會會議紀錄", TW);
    expect(relationLines(r)).toContain("ISSUED agency:台湾立法院司法及法制委员会 -> measure:虚拟资产监理公听会");
  });
  it("a bare 省 body in a Taiwan outlet is no Taiwan body", () => {
    expect(agencies(run("省发改委召开座谈会。", TW))).toEqual(["agency:省发改委"]);
  });
});

describe("a court named by a short place name several divisions share", () => {
  it("alone, is the court as written", () => {
    expect(agencies(run("朝阳法院在宣判后向有关部门发送了司法建议。"))).toEqual(["agency:朝阳法院"]);
  });
  it("with the basic court named in full, is that court", () => {
    expect(agencies(run("一审朝阳区人民法院认定合同无效。朝阳法院还发送了司法建议。"))).toEqual([
      "agency:朝阳区人民法院",
    ]);
  });
});

describe("districts merged during the period, and a local finance bureau's short form", () => {
  it.each([
    ["杭州市下城区人民法院对王某作出判决。", "下城区人民法院", "下城区", "浙江省"],
    ["上海市闸北区市场监管局开展检查。", "闸北区市场监督管理局", "闸北区", "上海市"],
  ])("%s: the merged district's body, in its province", (body, agency, place, province) => {
    const r = run(body);
    expect(agencies(r)).toEqual([`agency:${agency}`]);
    expect(relationLines(r)).toContain(`IN_PROVINCE place:${place} -> province:${province}`);
  });
  it("地方金管局 after a division is its local financial regulatory bureau, in a Hong Kong outlet too", () => {
    const r = run("北京市地方金管局、北京銀保監局聯合發文警告。", { url: "https://std.stheadline.com/a/1" });
    expect(agencies(r)).toContain("agency:北京市地方金融监督管理局");
    expect(agencies(r)).not.toContain("agency:香港特别行政区金融管理局");
  });
});

describe("a measure's day written right before it, and a company's announcement by its quoted name", () => {
  const dateOf = (r: DocumentResult, name: string): unknown => r.entities.find((e) => e.name === name)?.properties.date;
  it("今年9月24日《…》出台后: the day it was issued", () => {
    const r = run("此案是今年9月24日《关于进一步防范和处置虚拟货币交易炒作风险的通知》出台后的首例判决。", {
      date: "2021-12-20",
    });
    expect(dateOf(r, "关于进一步防范和处置虚拟货币交易炒作风险的通知")).toBe("2021-09-24");
  });
  it("2021年9月3日发布的《…》, with no issuer written", () => {
    const r = run("2021年9月3日发布的《关于整治虚拟货币“挖矿”活动的通知》要求各地全面排查。");
    expect(dateOf(r, "关于整治虚拟货币“挖矿”活动的通知")).toBe("2021-09-03");
  });
  it("a bare day before a title dates nothing", () => {
    const r = run("24日《某州人民政府办公室关于召开矿场清理座谈会议的通知》引发关注。", { date: "2018-10-25" });
    expect(r.entities.filter((e) => e.label === "Measure").map((e) => e.properties.date)).toEqual([null]);
  });
  it("a quoted subject before 公告 is the company's announcement, known by the subject too", () => {
    const r = run("10月16日，OKEx发布“暂停提币”公告称，部分私钥负责人正在配合调查。", { date: "2020-10-17" });
    expect(relationLines(r)).toContain("ISSUED company:OKEx -> measure:OKEx公告");
    expect(r.entities.find((e) => e.name === "OKEx公告")?.aliases).toContain("暂停提币公告");
    expect(dateOf(r, "OKEx公告")).toBe("2020-10-16");
  });
});

describe("a city district's police", () => {
  it.each([
    ["唐山开平警方接到报案后立即出警。", "唐山市公安局开平分局", "开平区"],
    ["北京市朝阳区警方接到报案后立即出警。", "北京市公安局朝阳分局", "北京市朝阳区"],
  ])("%s: the city bureau's branch in the district", (body, branch, place) => {
    const r = run(body);
    expect(agencies(r)).toEqual([`agency:${branch}`]);
    expect(relationLines(r)).toContain(`LOCATED_IN agency:${branch} -> place:${place}`);
  });
  it("a county's police stay the county's bureau", () => {
    expect(agencies(run("延川县警方接到报案后立即出警。"))).toEqual(["agency:延川县公安局"]);
  });
});

describe("a firm written by a short name whose full name opens with a division", () => {
  it.each([
    ["港交所", "比特大陆曾向港交所递交上市申请。", "company:香港交易所 -> province:香港特别行政区"],
    ["深交所", "深交所发布风险提示。", "company:深圳证券交易所 -> place:深圳市"],
  ])("%s is located there", (_what, body, link) => {
    expect(relationLines(run(body))).toContain(`LOCATED_IN ${link}`);
  });
});

describe("counted measures named without 《》, and a division issuing", () => {
  it("出台…八项措施: the measure, its count an alias, applying to the division that issued it", () => {
    const r = run("5月26日，某自治区出台打击惩戒虚拟货币“挖矿”行为八项措施。青海省印发严厉打击虚拟货币挖矿十条措施。");
    expect(measures(r)).toEqual(["measure:严厉打击虚拟货币挖矿十条措施", "measure:打击惩戒虚拟货币“挖矿”行为八项措施"]);
    expect(relationLines(r)).toContain("APPLIES_TO measure:严厉打击虚拟货币挖矿十条措施 -> province:青海省");
    expect(r.entities.find((e) => e.name === "严厉打击虚拟货币挖矿十条措施")?.aliases).toContain("十条措施");
  });
  it("a counted measure's short name refers back to it and what it rests on is cited", () => {
    const r = run("青海省出台坚决打击虚拟货币挖矿八项措施。八项措施中提到，依据《中华人民共和国电信条例》吊销许可证。");
    expect(relationLines(r)).toContain("CITES measure:坚决打击虚拟货币挖矿八项措施 -> measure:中华人民共和国电信条例");
  });
});

describe("a body acts on the companies its measure targets", () => {
  it("the issuer of a notice listing firms to shut acted on them", () => {
    const r = run(
      "省发改委近日印发《关于清理关停虚拟货币挖矿项目的通知》。通知列出的名单包括鑫源数据科技有限公司、华锐矿业有限公司和天宏算力有限公司。",
    );
    expect(relationLines(r)).toEqual(
      expect.arrayContaining([
        "ACTED_ON agency:省发改委 -> company:鑫源数据科技有限公司",
        "ACTED_ON agency:省发改委 -> company:华锐矿业有限公司",
        "ACTED_ON agency:省发改委 -> company:天宏算力有限公司",
      ]),
    );
  });
  it("a grid company told to carry the notice out is not acted on", () => {
    const r = run("省发改委印发《关于清理关停虚拟货币挖矿项目的通知》，要求国网四川省电力公司停止供电。");
    expect(relationLines(r).filter((l) => l.startsWith("ACTED_ON"))).toEqual([]);
  });
});

describe("Taiwan's and Hong Kong's own divisions", () => {
  it.each([
    ["台北市一名男子遭詐騙。", {}, "place:台北市", "台湾省"],
    ["灣仔區警署接獲報案。", {}, "place:湾仔区", "香港特别行政区"],
    ["台北出現二十台比特幣提款機。", TW, "place:台北市", "台湾省"],
    ["警方在灣仔拘捕一名男子。", { url: "https://www.881903.com/a/1" }, "place:湾仔区", "香港特别行政区"],
  ])("%s is the region's division", (body, meta, place, province) => {
    const r = run(body, meta);
    expect(mentioned(r)).toContain(place);
    expect(relationLines(r)).toContain(`IN_PROVINCE ${place} -> province:${province}`);
  });
  it.each([
    ["a short form inside another word (平台中)", "交易平台中的用户不少。", TW],
    ["a short form outside a document of the region", "台北出現二十台比特幣提款機。", {}],
    ["a byline's place", "金管會表示將研究。（記者林某／台北報導）", TW],
  ])("%s names no place", (_what, body, meta) => {
    expect(mentioned(run(body, meta)).filter((id) => id.startsWith("place:"))).toEqual([]);
  });
  it("a Taiwan county's government is 政府, not 人民政府", () => {
    expect(agencies(run("南投縣政府表示將加強稽查。"))).toEqual(["agency:南投县政府"]);
  });
});
