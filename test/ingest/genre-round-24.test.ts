/**
 * Table tests for the twenty-fourth round of issue 10 (dates and false nodes on unseen articles), one category per
 * block. Sentences written for these tests (never copied from an article); the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import {
  entityNames as names,
  extractArticle as run,
  measureDateOf as dateOf,
  mentionedIds,
  relationLines,
} from "../helpers/extract.js";

describe("a ban told on a day a few sentences before the measure that makes it", () => {
  const NOTICE = "关于全面清理虚拟货币交易场所的通知";
  it.each([
    ["the next sentence", "监管部门上周五宣布全面禁止虚拟货币交易。"],
    ["a sentence of comment between", "监管部门上周五宣布全面禁止虚拟货币交易。分析人士称，这一轮整治力度空前。"],
    ["a quoted word before the verb", "监管部门上周五“一刀切”叫停虚拟货币交易。"],
  ])("%s: the measure issued takes that day", (_what, lead) => {
    const r = run(`${lead}人民银行等十部门联合发布的《${NOTICE}》明确，虚拟货币不具有法定货币地位。`, {
      date: "2021-09-27",
    });
    expect(dateOf(r, NOTICE)).toBe("2021-09-24");
  });
  it.each([
    ["a sentence between tells another date", "监管部门上周五宣布全面禁止虚拟货币交易。比特币周日跌去一成。"],
    ["the day tells a price, not a ban", "比特币上周五大幅下跌。"],
    [
      "five sentences between",
      "监管部门上周五宣布全面禁止虚拟货币交易。币价大跌。矿工观望。交易量萎缩。平台沉默。投资者恐慌。",
    ],
  ])("%s: no date", (_what, lead) => {
    const r = run(`${lead}人民银行等十部门发布《${NOTICE}》，虚拟货币不具有法定货币地位。`, { date: "2021-09-27" });
    expect(dateOf(r, NOTICE)).toBeNull();
  });
  it("a measure named between takes the day, not the later one", () => {
    const r = run(
      "监管部门上周五宣布全面禁止虚拟货币交易。此前《关于防范比特币风险的通知》已有规定。人民银行发布《关于加强虚拟货币监测的意见》。",
      { date: "2021-09-27" },
    );
    expect(dateOf(r, "关于加强虚拟货币监测的意见")).toBeNull();
  });
});

describe("a notice's signature day told right after its title or number", () => {
  const TITLE = "关于开展虚拟货币挖矿行为清理整顿的通知";
  it.each([
    ["after its number, a day without a year", `（某能源办〔2021〕131号），落款日期为6月9日。`, "2021-06-09"],
    ["after its title, a full date", `，成文日期是2021年6月9日。`, "2021-06-09"],
    ["pointed back at with 该通知", `。该通知的落款时间为6月9日。`, "2021-06-09"],
  ])("%s: that day", (_what, tail, day) => {
    const r = run(`某省能源局近日下发《${TITLE}》${tail}`, { date: "2021-09-27" });
    expect(dateOf(r, TITLE)).toBe(day);
  });
  it("a deadline told after the title is no signature", () => {
    const r = run(`某省能源局近日下发《${TITLE}》，要求6月9日前完成清理。`, { date: "2021-09-27" });
    expect(dateOf(r, TITLE)).toBeNull();
  });
});

describe("a firm a report leaves unnamed: its place, then 一 and its trade's words", () => {
  it.each([
    ["with 公司", "北京一营销科技公司诉称，对方未按约交付矿机。", "province:北京市"],
    ["with a legal form", "深圳一网络科技有限公司起诉要求返还货款。", "place:深圳市"],
  ])("%s: no firm, the place stays", (_what, body, place) => {
    const r = run(body);
    expect(names(r, "Company")).toEqual([]);
    expect(mentionedIds(r)).toContain(place);
  });
  it.each([
    ["a trade name opening with 一", "四川一元科技有限公司成立。", "四川一元科技有限公司"],
    ["a number in the name", "上海一号矿业有限公司成立。", "上海一号矿业有限公司"],
  ])("%s is a name", (_what, body, firm) => {
    expect(names(run(body), "Company")).toEqual([firm]);
  });
});

describe("a verb before a firm's name is none of it", () => {
  it("an inspection team entering exchanges (入驻A、B等平台): the exchanges, acted on", () => {
    const r = run("人民银行营业管理部组成检查组，入驻火币网、币行等交易平台开展现场检查。");
    expect(names(r, "Company").sort()).toEqual(["OKEx", "火币"].sort());
    expect(relationLines(r, "ACTED_ON")).toContain("ACTED_ON agency:中国人民银行营业管理部 -> company:火币");
  });
  it.each([
    ["未加盖公司印章", "该证明未加盖公司印章。"],
    ["合同加盖公司公章", "该合同加盖公司公章后生效。"],
  ])("sealing with the firm's seal (%s): no firm", (_what, body) => {
    expect(names(run(body), "Company")).toEqual([]);
  });
});

describe("states named by one character each in a list", () => {
  it.each([
    ["closed by a full name", "矿企将在美、加、澳洲等地寻找电力资源。", ["加拿大", "美国", "澳大利亚"]],
    ["all by one character", "矿工们纷纷赴美、加、澳等国。", ["加拿大", "美国", "澳大利亚"]],
  ])("%s: each state", (_what, body, states) => {
    expect(names(run(body), "Country").sort()).toEqual([...states].sort());
  });
  it.each([
    ["no state closes the list", "在加、减两个方向上调整。"],
    ["加 alone after 在", "在加大力度的同时。"],
  ])("%s: no state", (_what, body) => {
    expect(names(run(body), "Country")).toEqual([]);
  });
});

describe("the states of the United States as Taiwan and Hong Kong write them", () => {
  it.each([
    ["加州", "加利福尼亚州"],
    ["喬治亞州", "佐治亚州"],
    ["密西根州", "密歇根州"],
    ["賓州", "宾夕法尼亚州"],
  ])("%s is %s", (written, state) => {
    expect(names(run(`礦場陸續遷往${written}。`), "Place")).toEqual([state]);
  });
});

describe("a titled name ends before the words of a statement", () => {
  it.each([
    ["重磅表态", "国务院副总理刘鹤重磅表态，要打击比特币挖矿。"],
    ["重申", "国务院副总理刘鹤重申，要打击比特币挖矿。"],
    ["发表讲话", "国务院副总理刘鹤发表讲话。"],
  ])("%s: a two-character name", (_what, body) => {
    expect(names(run(body), "Official")).toEqual(["刘鹤"]);
  });
});

describe("a titled name whose given name is a place's name", () => {
  it("the official, found again later, and no place", () => {
    const r = run("人民银行研究局局长穆长春表示，数字人民币将扩大试点。穆长春还说，风险可控。");
    expect(names(r, "Official")).toEqual(["穆长春"]);
    expect(names(r, "Place")).toEqual([]);
    expect(relationLines(r, "SERVES_AT")).toEqual(["SERVES_AT official:穆长春 -> agency:中国人民银行研究局"]);
  });
  it("the place written alone stays a place", () => {
    const r = run("市长李四川表示，将加强监管。随后李四川前往四川调研。");
    expect(names(r, "Official")).toEqual(["李四川"]);
    expect(names(r, "Province")).toEqual(["四川省"]);
  });
  it("a place opening right after the title is no name", () => {
    expect(names(run("书记张家口市委召开会议。"), "Official")).toEqual([]);
  });
});

describe("the central bank's affiliated institutions", () => {
  it.each([
    ["向中国反洗钱监测分析中心报告", "中国反洗钱监测分析中心"],
    ["央行数字货币研究所发布报告", "中国人民银行数字货币研究所"],
    ["人民银行征信中心发布通知", "中国人民银行征信中心"],
  ])("%s: %s", (written, body) => {
    expect(names(run(`机构应当${written}。`), "Agency")).toContain(body);
  });
});

describe("bodies listed before 在 speaking through their own notice", () => {
  it.each([
    ["an untitled notice", "关于整治虚拟货币“挖矿”设备的通知"],
    ["a titled one", "《关于整治虚拟货币“挖矿”设备的通知》"],
  ])("%s: every body of the list issued it", (_what, title) => {
    const r = run(`浙江省发展改革委、省司法厅在${title}中指出，挖矿设备即行停止使用。`);
    expect(relationLines(r, "ISSUED").sort()).toEqual(
      [
        "ISSUED agency:浙江省发展和改革委员会 -> measure:关于整治虚拟货币“挖矿”设备的通知",
        "ISSUED agency:浙江省司法厅 -> measure:关于整治虚拟货币“挖矿”设备的通知",
      ].sort(),
    );
  });
  it("a body before a verb is no issuer of it", () => {
    const r = run("浙江省发展改革委会同省司法厅在《关于整治虚拟货币“挖矿”设备的通知》中指出，设备停止使用。");
    expect(relationLines(r, "ISSUED")).not.toContain(
      "ISSUED agency:浙江省发展和改革委员会 -> measure:关于整治虚拟货币“挖矿”设备的通知",
    );
  });
});

describe("a firm a judgment masks but for the first character of its trade name", () => {
  it("the firm as written, its short name defined an alias", () => {
    const r = run(
      "原告上海勤某实业有限公司（以下简称勤某公司）诉被告北京云某计算科技有限公司（以下简称云某公司）委托合同纠纷一案。勤某公司称，云某公司未履约。",
    );
    expect(names(r, "Company")).toEqual(["上海勤某实业有限公司", "北京云某计算科技有限公司"].sort());
    expect(r.entities.find((e) => e.name === "上海勤某实业有限公司")?.aliases).toContain("勤某公司");
  });
  it.each([
    ["某 right after the place", "上海某实业公司诉北京某计算科技公司。"],
    ["某 opening the name", "被告浙江某通信科技有限公司未到庭。"],
    ["masked twice", "被告张某某公司未到庭。"],
  ])("%s: no firm", (_what, body) => {
    expect(names(run(body), "Company")).toEqual([]);
  });
});

describe("money moved to a firm, damages paid to it: the clause is no part of its name", () => {
  it.each([["提现至A、B等平台", "由前端团伙迅速提现至支付宝、微信等第三方平台。", "支付宝"]])(
    "%s: the firm",
    (_what, body, firm) => {
      const r = run(body);
      expect(names(r, "Company")).toContain(firm);
      expect(names(r, "Company").every((n) => !/提现|团伙/.test(n))).toBe(true);
    },
  );
  it.each([
    ["赔偿供电公司", "被告人表示愿意赔偿供电公司损失。"],
    ["转入X公司", "剩余款项转入营销公司账户。"],
  ])("%s: no firm", (_what, body) => {
    expect(names(run(body), "Company")).toEqual([]);
  });
});

describe("a city's arbitration commission", () => {
  it.each([
    ["深圳仲裁委员会作出裁决。", "深圳仲裁委员会", "place:深圳市"],
    ["申请人向深圳国际仲裁院申请仲裁。", "深圳国际仲裁院", "place:深圳市"],
    ["北京市劳动人事争议仲裁委员会受理了申请。", "北京市劳动人事争议仲裁委员会", "province:北京市"],
  ])("%s: %s, in its city", (body, name, place) => {
    const r = run(body);
    expect(names(r, "Agency")).toEqual([name]);
    expect(relationLines(r, "LOCATED_IN")).toEqual([`LOCATED_IN agency:${name} -> ${place}`]);
  });
  it("the word alone names no body", () => {
    expect(names(run("当事人可以向仲裁委员会申请仲裁。"), "Agency")).toEqual([]);
  });
});

describe("today's day in brackets with no 日 (今 (16) 约莫上午)", () => {
  it("the firm's announcement takes that day of the article's month", () => {
    const r = run("今 (16) 约莫上午 11:54 分，OKEx 发布公告表示将停止提币。", { date: "2020-10-16" });
    expect(dateOf(r, "OKEx公告")).toBe("2020-10-16");
  });
  it("至今 (16) is no day", () => {
    const r = run("平台至今 (16) 仍未恢复提币，OKEx 发布公告表示将停止提币。", { date: "2020-10-20" });
    expect(dateOf(r, "OKEx公告")).not.toBe("2020-10-16");
  });
});

describe("a catalogue named again without its edition", () => {
  it("is the one edition the document names", () => {
    const r = run("《产业结构调整目录（2019年本）》于10月30日公布。《产业结构调整目录》将挖矿列为淘汰类。");
    expect(names(r, "Measure")).toEqual(["产业结构调整目录（2019年本）"]);
  });
  it("with two editions named, the bare name stays its own", () => {
    const r = run(
      "《产业结构调整指导目录（2019年本）》将挖矿列为淘汰类。此前的产业结构调整指导目录没有这一条。《产业结构调整指导目录（2024年本）》延续了这一规定。",
    );
    expect(names(r, "Measure")).toHaveLength(3);
  });
});

describe("a foreign university whose name is its country and a kind of school", () => {
  it.each([
    ["after a conjunction", "但新加坡国立大学的课程出现多位加密货币高管。"],
    ["after 根据", "根据新加坡国立大学的公众号披露，新生中有多位矿企高管。"],
  ])("%s: the whole name, in its country", (_what, body) => {
    const r = run(body);
    expect(names(r, "Agency")).toEqual(["新加坡国立大学"]);
    expect(relationLines(r, "LOCATED_IN")).toEqual(["LOCATED_IN agency:新加坡国立大学 -> country:新加坡"]);
  });
  it("a university with a name of its own loses the country before it", () => {
    expect(names(run("英国剑桥大学的研究显示，中国算力占比下降。"), "Agency")).toEqual(["剑桥大学"]);
  });
});

describe("a kind of stock before a listed firm's name", () => {
  it("矿机股X: the firm", () => {
    const r = run("在美国上市的矿机股嘉楠科技(NASDAQ:CAN)股价大跌。");
    expect(names(r, "Company")).toEqual(["嘉楠科技"]);
  });
});

describe("the exchanges' Hong Kong-listed arms", () => {
  it("are firms of their own beside the exchanges", () => {
    const r = run("港股方面，火币科技及欧科云链股价急挫，火币则表示将清退大陆用户。");
    expect(names(r, "Company")).toEqual(["欧科云链", "火币", "火币科技"].sort());
  });
  it("in Traditional", () => {
    expect(names(run("港股方面，火幣科技（1611）跌勢最慘烈。"), "Company")).toEqual(["火币科技"]);
  });
});

describe("a discipline report's sanctions told as received", () => {
  const report = (cases: string): string =>
    `近日，中共乌兰县纪委监委通报典型问题。${cases}县纪委监委指出，各级党组织要深刻汲取教训。`;
  it("the named official received a sanction: the report's discipline body sanctioned them", () => {
    const r = run(report("县能源局原副局长王建国违规提供便利。2022年1月，王建国受到开除党籍处分。"));
    expect(relationLines(r, "SANCTIONED")).toEqual(["SANCTIONED agency:乌兰县纪委监委 -> official:王建国"]);
  });
  it("what the official did between the name and the sanction", () => {
    const r = run(report("镇党委副书记赵海清对辖区内挖矿活动排查不力，受到诫勉谈话。"));
    expect(relationLines(r, "SANCTIONED")).toEqual(["SANCTIONED agency:乌兰县纪委监委 -> official:赵海清"]);
  });
  it("a name with no post, opening the clause of its sanction, is an official", () => {
    const r = run(report("校长受到党内严重警告处分；王志鹏受到党内警告处分。"));
    expect(names(r, "Official")).toEqual(["王志鹏"]);
  });
  it("a county's discipline and supervisory commissions written together: the party's commission", () => {
    const r = run(
      "2018年10月，雷华受到党内严重警告处分，被免去校长职务。涉案款项已由嘉禾县纪委县监委收缴。校长雷华利用学校电力挖矿。",
    );
    expect(relationLines(r, "SANCTIONED")).toEqual(["SANCTIONED agency:中共嘉禾县纪律检查委员会 -> official:雷华"]);
  });
  it("two discipline bodies of different places: no one sanctions from afar", () => {
    const r = run(
      "乌兰县纪委和都兰县纪委分别通报。王建国在担任乌兰县能源局局长期间违规。此后三个月，多地开展排查。市里召开会议。矿场全部关停。2022年1月，王建国受到开除党籍处分。",
    );
    expect(relationLines(r, "SANCTIONED")).toEqual([]);
  });
  it("a pronoun receiving a sanction names nobody", () => {
    expect(names(run(report("他受到警告处分。")), "Official")).toEqual([]);
  });
});

describe("a titled name ends before 利用", () => {
  it("校长X利用学校电力: the two-character name", () => {
    const r = run("该校校长雷华利用学校电力挖矿，谋取私利。");
    expect(r.entities.filter((e) => e.label === "Person" || e.label === "Official").map((e) => e.name)).toEqual([
      "雷华",
    ]);
  });
});

describe("a bare level word opening a group's or headquarters' office", () => {
  it("自治区…指挥部办公室 in a text about one region: the region's office", () => {
    const r = run("内蒙古发改委发布公告。为完善举报渠道，自治区能耗双控应急指挥部办公室设立举报平台。");
    expect(names(r, "Agency")).toContain("内蒙古自治区能耗双控应急指挥部办公室");
    expect(relationLines(r, "LOCATED_IN")).toContain(
      "LOCATED_IN agency:内蒙古自治区能耗双控应急指挥部办公室 -> province:内蒙古自治区",
    );
  });
  it("市…领导小组办公室 with the city in the title", () => {
    const r = run("会议强调，市虚拟货币挖矿整治工作领导小组办公室要加强统筹。", { title: "鄂尔多斯市召开会议" });
    expect(names(r, "Agency")).toEqual(["鄂尔多斯市虚拟货币挖矿整治工作领导小组办公室"]);
  });
  it.each([
    ["no locale", "会议强调，市虚拟货币挖矿整治工作领导小组办公室要加强统筹。"],
    ["a word before the level", "全市虚拟货币挖矿整治工作领导小组办公室要加强统筹。"],
  ])("%s: no body of a division", (_what, body) => {
    expect(names(run(body), "Agency").filter((n) => n.length > 20)).toEqual([]);
  });
});

describe("a draft of a catalogue's edition, named as its own title writes it", () => {
  it.each([
    ["inside the title's brackets", "国家发展改革委发布《产业结构调整指导目录(2019年本,征求意见稿)》。"],
    ["after the title", "国家发展改革委发布《产业结构调整指导目录》(2019年本，征求意见稿)。"],
  ])("%s: one pair of brackets, a catalogue in draft", (_what, body) => {
    const m = run(body).entities.find((e) => e.label === "Measure")!;
    expect(m.name).toBe("产业结构调整指导目录（2019年本，征求意见稿）");
    expect(m.properties).toMatchObject({ kind: "catalogue", status: "征求意见稿" });
  });
});

describe("the parts of yesterday and today, and 前日 at a clause's start", () => {
  const TITLE = "关于开展虚拟货币交易风险排查的通知";
  it.each([
    ["昨晚", "2021-09-24"],
    ["昨夜", "2021-09-24"],
    ["今晨", "2021-09-25"],
    ["前日", "2021-09-23"],
  ])("%s，X发布《Y》: %s", (word, day) => {
    const r = run(`${word}，人民银行发布《${TITLE}》。`, { date: "2021-09-25" });
    expect(dateOf(r, TITLE)).toBe(day);
  });
  it("此前日本… is no day", () => {
    const r = run(`此前日本金融厅发布《${TITLE}》。`, { date: "2021-09-25" });
    expect(dateOf(r, TITLE)).toBeNull();
  });
});

describe("a document issued on a day told as 发文, named in the next sentence", () => {
  const TITLE = "关于开展虚拟货币交易风险排查的通知";
  it.each([
    ["联合发文, then 该文件即《Y》", `9月24日，人民银行等十部门联合发文。该文件即《${TITLE}》。`],
    [
      "a comma after the day before a ban",
      `9月24日，监管部门宣布全面禁止虚拟货币交易。人民银行等十部门发布《${TITLE}》。`,
    ],
  ])("%s: that day", (_what, body) => {
    expect(dateOf(run(body, { date: "2021-09-26" }), TITLE)).toBe("2021-09-24");
  });
  it("发文 inside a longer clause (发文数量) is no issue", () => {
    const r = run(`9月24日，人民银行发文数量创新高，市场关注。人民银行发布《${TITLE}》。`, { date: "2021-09-26" });
    expect(dateOf(r, TITLE)).toBeNull();
  });
});

describe("no firm from a clause joined to a Latin term, nor from 'a firm of that country'", () => {
  it("钱包的封闭性与 DeFi 的开放属性: no firm", () => {
    expect(names(run("传统交易所钱包的封闭性与 DeFi 的开放属性形成尖锐矛盾。"), "Company")).toEqual([]);
  });
  it("a Chinese name glossed after a space stays a firm", () => {
    expect(names(run("矿企如比特矿业 Bit Mining 纷纷出海。"), "Company")).toEqual(["比特矿业"]);
  });
  it.each([
    ["与该国一公司签署", "Bit Mining宣布与该国一公司签署了投资条款。"],
    ["当地一公司", "当地一公司负责运营矿场。"],
  ])("%s: no firm but the named one", (_what, body) => {
    expect(names(run(body), "Company").filter((n) => n.includes("一"))).toEqual([]);
  });
});

describe("an exit announced after the firm stopped a service in the same sentence", () => {
  it("X于9月24日停止…注册，并宣布…完成存量用户清退: its announcement, that day", () => {
    const r = run(
      "作为响应，火币全球站于同年9月24日停止中国大陆地区新用户注册，并宣布在2021年12月31日前完成存量用户有序清退。",
      { date: "2021-10-10" },
    );
    expect(relationLines(r, "ISSUED")).toEqual(["ISSUED company:火币 -> measure:火币公告"]);
    expect(dateOf(r, "火币公告")).toBe("2021-09-24");
  });
  it("the existing users cleared out (存量用户清退) is an exit", () => {
    expect(names(run("火币宣布将于年底前完成存量用户清退。"), "Measure")).toEqual(["火币公告"]);
  });
  it("a halt of one line of business, then an announcement of something else: none", () => {
    expect(names(run("币安暂停了部分业务，并宣布将加强合规。"), "Measure")).toEqual([]);
  });
});

describe("a notice whose only title is the page's, transmitting its plan (现将《X》印发给你们)", () => {
  const PLAN = "乐山市虚拟货币挖矿项目清理整治工作方案";
  const body = (signature: string): string =>
    [
      "各区县发展改革局：",
      `为贯彻落实《关于清理关停虚拟货币“挖矿”项目的通知》要求，结合我市实际，制定本方案。现将《${PLAN}》印发给你们，请认真贯彻执行。`,
      "一、工作目标。6月25日前，全面关停全市范围内的虚拟货币挖矿项目。",
      signature,
    ].join("\n");
  it("the signature's body issued the plan on the signature's day; the plan carries out the notice it names", () => {
    const r = run(body("乐山市发展和改革委员会\n2021年6月21日"), {
      title: `关于印发《${PLAN}》的通知`,
      date: "2021-06-22",
    });
    expect(relationLines(r, "ISSUED")).toContain(`ISSUED agency:乐山市发展和改革委员会 -> measure:${PLAN}`);
    expect(dateOf(r, PLAN)).toBe("2021-06-21");
    expect(relationLines(r, "IMPLEMENTS")).toEqual([
      `IMPLEMENTS measure:${PLAN} -> measure:关于清理关停虚拟货币“挖矿”项目的通知`,
    ]);
  });
  it("a document forwarded (现将《X》转发给你们) is not the signer's", () => {
    const r = run(body("乐山市发展和改革委员会\n2021年6月21日").replace("印发给你们", "转发给你们"), {
      date: "2021-06-22",
    });
    expect(relationLines(r, "ISSUED")).not.toContain(`ISSUED agency:乐山市发展和改革委员会 -> measure:${PLAN}`);
  });
});

describe("a document saying where it applies", () => {
  const heading = "关于对虚拟货币挖矿企业实行差别电价的通知";
  it("本通知适用于A、B及C: each place, from the document's own notice", () => {
    const r = run(`${heading}\n各市、自治州发展改革委：\n一、本通知适用于西宁市、海东市及海西蒙古族藏族自治州。`);
    expect(relationLines(r, "APPLIES_TO").sort()).toEqual(
      [
        `APPLIES_TO measure:${heading} -> place:西宁市`,
        `APPLIES_TO measure:${heading} -> place:海东市`,
        `APPLIES_TO measure:${heading} -> place:海西蒙古族藏族自治州`,
      ].sort(),
    );
  });
  it("《X》适用于A: the titled measure", () => {
    const r = run("《关于规范数据中心用电的通知》适用于乐山市。");
    expect(relationLines(r, "APPLIES_TO")).toEqual(["APPLIES_TO measure:关于规范数据中心用电的通知 -> place:乐山市"]);
  });
  it("a place far after 适用 is not listed", () => {
    const r = run(`${heading}\n本通知适用于全省各类数据中心，其中乐山市要率先落实。`);
    expect(relationLines(r, "APPLIES_TO")).toEqual([]);
  });
});

describe("a head's or deputy's title written bare on a local government's page", () => {
  it("副区长X with the district in the byline: serves at the district's government", () => {
    const r = run("7月7日，区政府召开全区虚拟货币挖矿整治工作推进会，副区长张志强出席会议并讲话。", {
      author: "鄂尔多斯市东胜区人民政府",
    });
    expect(relationLines(r, "SERVES_AT")).toEqual(["SERVES_AT official:张志强 -> agency:东胜区人民政府"]);
  });
  it("with no locale, no body", () => {
    const r = run("7月7日，召开虚拟货币挖矿整治工作推进会，副区长张志强出席会议并讲话。");
    expect(relationLines(r, "SERVES_AT")).toEqual([]);
  });
  it("a head of a kind the locale's division has none of (副省长 in an autonomous region): no body", () => {
    const r = run("会议由副省长张志强主持。", { author: "东胜区人民政府" });
    expect(relationLines(r, "SERVES_AT")).toEqual([]);
  });
});

describe("a power-theft case: the defendant and the grid firm", () => {
  it("判处被告人X有期徒刑…: the defendant; 私接X供电公司线路: the firm alone", () => {
    const r = run(
      "名山区人民法院以盗窃罪判处被告人陈建明有期徒刑三年。经审理查明，被告人陈建明在名山区某村租用厂房，私接国网雅安供电公司线路，盗用电力供矿机运行。",
    );
    expect(names(r, "Person")).toEqual(["陈建明"]);
    expect(names(r, "Company")).toEqual(["国网雅安供电公司"]);
  });
  it("a defendant's list closed by 在 a place of no kind named: no name read past it", () => {
    expect(names(run("被告人陈建明在此期间多次作案。"), "Person")).toEqual([]);
  });
});

describe("the notice named bare as the subject of what it demands (通知要求，…依据《X》…)", () => {
  it("cites what the demand rests on", () => {
    const r = run(
      "五部委5日联合印发《关于防范比特币风险的通知》。通知要求，提供比特币交易服务的互联网站应依据《中华人民共和国反洗钱法》履行反洗钱义务。",
    );
    expect(relationLines(r, "CITES")).toEqual([
      "CITES measure:关于防范比特币风险的通知 -> measure:中华人民共和国反洗钱法",
    ]);
  });
});

describe("two states by one character before 两国", () => {
  it("在美、日两国上市: both", () => {
    expect(names(run("该公司计划在美、日两国上市。"), "Country")).toEqual(["日本", "美国"].sort());
  });
});

describe("the day after (次日, 第二天)", () => {
  const TITLE = "关于开展虚拟货币挖矿清理的通知";
  it.each([
    ["in the next sentence", `9月24日，人民银行召开会议。次日，国家发展改革委印发《${TITLE}》。`, "2021-09-25"],
    ["in the same sentence", `青海省工信厅6月9日发布通知，次日，青海省能源局发布《${TITLE}》。`, "2021-06-10"],
    ["第二天", `9月24日，人民银行召开会议。第二天，国家发展改革委印发《${TITLE}》。`, "2021-09-25"],
  ])("%s: the day after the last one told", (_what, body, day) => {
    expect(dateOf(run(body, { date: "2021-10-10" }), TITLE)).toBe(day);
  });
  it("次日 with no day told before: no date", () => {
    expect(dateOf(run(`次日，国家发展改革委印发《${TITLE}》。`, { date: "2021-10-10" }), TITLE)).toBeNull();
  });
});

describe("a measure's issue day in brackets right after its title, or told with 印发于", () => {
  const TITLE = "关于开展虚拟货币挖矿清理的通知";
  it.each([
    [
      "its number, then the day and 印发",
      `《${TITLE}》（发改运行〔2021〕1288号，2021年9月3日印发）要求，严禁新增项目。`,
    ],
    ["the day and 发布 alone", `《${TITLE}》（2021年9月3日发布）要求，严禁新增项目。`],
    ["印发于 after the title", `《${TITLE}》印发于2021年9月3日。`],
  ])("%s: that day", (_what, body) => {
    expect(dateOf(run(body, { date: "2021-10-10" }), TITLE)).toBe("2021-09-03");
  });
  it("the day it takes effect (起施行) is no issue day", () => {
    expect(
      dateOf(run(`《${TITLE}》（2021年10月1日起施行）要求，严禁新增项目。`, { date: "2021-10-10" }), TITLE),
    ).toBeNull();
  });
});

describe("a sanction told in the passive after what the official did", () => {
  it("X严重违纪违法，被开除党籍: the discipline body of the sentence before", () => {
    const r = run(
      "内蒙古自治区纪委监委日前通报，乌兰察布市发改委原副主任王志远为挖矿企业违规办理用电手续。经查，王志远严重违纪违法，被开除党籍、开除公职。",
    );
    expect(relationLines(r, "SANCTIONED")).toEqual(["SANCTIONED agency:内蒙古自治区纪委监委 -> official:王志远"]);
  });
  it("a passive of something else (被列入名单) is no sanction", () => {
    const r = run("内蒙古自治区纪委监委日前通报。经查，王志远所在企业违规用电，被列入失信名单。", {});
    expect(relationLines(r, "SANCTIONED")).toEqual([]);
  });
});

describe("a measure issued in a later clause of a sentence opening with its day", () => {
  const TITLE = "关于开展虚拟货币挖矿清理的通知";
  it("10月8日上午，X召开新闻发布会，发布《Y》: that day", () => {
    const r = run(`10月8日上午，国家发展改革委召开新闻发布会，发布《${TITLE}》。`, { date: "2021-10-10" });
    expect(dateOf(r, TITLE)).toBe("2021-10-08");
  });
  it("one issued before (此前发布的《Y》): no date", () => {
    const r = run(`10月8日，国家发展改革委召开会议，要求各地落实此前发布的《${TITLE}》。`, { date: "2021-10-10" });
    expect(dateOf(r, TITLE)).toBeNull();
  });
});
