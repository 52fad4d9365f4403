/**
 * Table tests per entity category of the fifth round (issue 10: recall and false nodes on unseen articles):
 * companies named in quoted lists and after clauses, grid companies by short name, outlets opening a story,
 * titles of unit heads and prosecutors, words that start like names, variant characters, national special bodies.
 * Sentences written for these tests (never copied from an article); each runs the real pipeline.
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, mentionedIds as mentioned, relationLines } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";

const ofLabel = (r: DocumentResult, prefix: string): string[] => mentioned(r).filter((id) => id.startsWith(prefix));

describe("companies in lists", () => {
  it.each([
    // quoted names run together before 等 + a kind of firm
    ["网信部门约谈了“币讯通”“链上汇”等经营主体30余家。", ["company:币讯通", "company:链上汇"]],
    // one quoted name before 等 + a count + a kind of platform
    ["发布炒币教程的“矿圈快报”等52家网站平台被依法关闭。", ["company:矿圈快报"]],
    // the first member after a preposition of place (在), not the clause before it
    ["不少散户在海豚网、星河币等知名交易平台开户。", ["company:海豚网", "company:星河币"]],
  ])("%s", (body, want) => {
    expect(ofLabel(run(body), "company:")).toEqual(want.sort());
  });
  it.each([
    // quoted words of the trade are no names
    ["部分企业借“挖矿”“区块链”等平台名义吸收资金。"],
    ["对“元宇宙”等企业的宣传要加强审查。"],
  ])("no company: %s", (body) => {
    expect(ofLabel(run(body), "company:")).toEqual([]);
  });
  it("OKCoin's Chinese name is that exchange, but 币行情 is no company", () => {
    expect(ofLabel(run("投资者在币行注册了账户。"), "company:")).toEqual(["company:OKEx"]);
    expect(ofLabel(run("比特币行情大幅波动。虚拟币行业降温。"), "company:")).toEqual([]);
  });
});

describe("generic company words after a clause", () => {
  it.each([
    // the clause's verb ends before the company word; a bare level word is the locale's city
    ["我市警方介绍，宜兴市的窃电案件增多。工作组会同市供电公司开展排查。", "company:无锡市供电公司"],
  ])("%s", (body, want) => {
    expect(ofLabel(run(body), "company:")).toEqual([want]);
  });
  it.each([["省发展改革委应当通知电网公司执行加价电费。"], ["李先生一再拒绝供电公司的检查要求。"]])(
    "no company: %s",
    (body) => {
      expect(ofLabel(run(body), "company:")).toEqual([]);
    },
  );
});

describe("grid companies by their short names", () => {
  it("国网 + a province + 电力 is the province's grid company, and 全国网络 is no grid", () => {
    const r = run("国网浙江电力上线了异常用电监测模型。该案是全国网络传销大案。");
    expect(ofLabel(r, "company:")).toEqual(["company:国网浙江省电力有限公司"]);
  });
});

describe("outlets and accounts are no nodes", () => {
  it.each([
    ["ab.cd东风网专讯\n\n人民银行召开座谈会。", ["agency:中国人民银行"]],
    ["某某财经报道，根据官方通报，人民银行召开座谈会。", ["agency:中国人民银行"]],
    ["据衢州公安官方微博消息，警方破获一起案件。", []],
  ])("%s", (body, want) => {
    expect(mentioned(run(body))).toEqual(want);
  });
});

describe("people by title", () => {
  it.each([
    ["海淀区人民检察院检察官孙丽萍表示，投资者应提高警惕。", "official:孙丽萍"],
    ["宝塔分局刑侦大队队长严振华介绍了案情。", "official:严振华"],
  ])("%s", (body, want) => {
    expect(mentioned(run(body))).toContain(want);
  });
  it.each([
    // a regulator's director, board member or chief executive holds its office; a firm's is a Person
    ["中国证监会市场监管部执行董事周志强表示，平台须退出。", "official:周志强", "agency:中国证券监督管理委员会"],
    ["中国人民银行支付结算司总监何立新介绍了有关情况。", "official:何立新", "agency:中国人民银行"],
    [
      "香港證監會行政總裁周志強表示，將繼續監察市場。",
      "official:周志强",
      "agency:香港特别行政区证券及期货事务监察委员会",
    ],
  ])("%s", (body, official, agency) => {
    expect(relationLines(run(body), "SERVES_AT")).toEqual([`SERVES_AT ${official} -> ${agency}`]);
  });
  it("a firm's 执行董事 is a Person", () => {
    expect(ofLabel(run("恒泰科技有限公司执行董事周志强称，已停止挖矿。"), "person:")).toEqual(["person:周志强"]);
  });
  it("a verb after a title is no name (校长利用学校电力)", () => {
    expect(ofLabel(run("该校校长、副校长利用学校电力挖矿被免职。"), "official:")).toEqual([]);
    expect(ofLabel(run("该局局长高度重视此事。"), "official:")).toEqual([]);
  });
});

describe("variant characters and national special bodies", () => {
  it("陜 (a variant of 陝) is 陕西", () => {
    expect(mentioned(run("陜西省發改委公布了名單。"))).toContain("agency:陕西省发展和改革委员会");
  });
  it.each([
    ["外管局发布了新规。", "agency:国家外汇管理局"],
    ["互联网金融风险专项整治工作领导小组组长表示要引导挖矿有序退出。", "agency:互联网金融风险专项整治工作领导小组"],
  ])("%s", (body, want) => {
    expect(mentioned(run(body))).toContain(want);
  });
});

describe("measures named by a heading or an alias", () => {
  it("a title written later as the alias the text defined is that measure, not one of its own", () => {
    const r = run(
      "协会发布了《关于防范某类代币活动的风险提示》（以下简称《风险提示》）。《风险提示》指出，要警惕新骗局。",
    );
    expect(ofLabel(r, "measure:")).toEqual(["measure:关于防范某类代币活动的风险提示"]);
  });
  it("a heading line that is a risk notice's title (a space inside it) is the document's measure", () => {
    const r = run("关于防范以“元宇宙”名义 进行非法集资的风险提示\n\n近期，一些不法分子借机吸收资金。");
    expect(ofLabel(r, "measure:")).toEqual(["measure:关于防范以“元宇宙”名义进行非法集资的风险提示"]);
  });
});

describe("companies introduced by name", () => {
  it.each([
    ["一家名为星辰数字资产交易中心（以下简称“星辰”）的平台已停止兑付。", "company:星辰数字资产交易中心"],
    ["嫌疑人搭建“Moon Bank平台”吸收会员。", "company:Moon Bank"],
    ["投资人登录“Orbit”交易所后无法提现。", "company:Orbit"],
  ])("%s", (body, want) => {
    expect(ofLabel(run(body), "company:")).toEqual([want]);
  });
  it.each([
    ["该项目进入名为公共资源交易中心的平台交易。"],
    ["所谓“ICO平台”均属非法。"],
    ["中国电信、布尔科技、区块链等企业负责人参加会议。"],
    ["工作人员配合市、县供电局开展排查。"],
  ])("no such company: %s", (body) => {
    expect(ofLabel(run(body), "company:").filter((id) => /公共资源|ICO|区块链|供电局/.test(id))).toEqual([]);
  });
});

describe("police named by their place", () => {
  it.each([
    ["2019年，江苏盐城公安机关发现了线索。盐城市公安局随即立案。", "agency:盐城市公安局"],
    // a unit written right after its county, the bureau left out
    ["记者从赣州宁都经侦大队获悉，案件已侦破。", "agency:宁都县公安局经侦大队"],
    // 荆州公安局 is the city's bureau, not one of 公安县
    ["荆州公安局发布警情通报。", "agency:荆州市公安局"],
  ])("%s", (body, want) => {
    expect(mentioned(run(body))).toContain(want);
  });
  it("the provinces' police together are no one bureau", () => {
    expect(ofLabel(run("北京、河北等23个省区市公安机关同步收网。"), "agency:")).toEqual([]);
  });
  it("市局 + a unit after a county bureau's unit is the city bureau's unit", () => {
    const r = run("赣州市公安局通报了案情。宁都县公安局刑警大队、市局网安支队技术组赶到现场。");
    expect(mentioned(r)).toContain("agency:赣州市公安局网安支队");
    expect(mentioned(r)).not.toContain("agency:宁都县公安局市局网安支队");
  });
});

describe("companies counted in a list", () => {
  it("quoted names before a count and a kind of platform", () => {
    const r = run("检查组约谈了“星链币”、“乐币网”、“BTC888”3家在沪的比特币交易平台负责人。");
    expect(ofLabel(r, "company:")).toEqual(["company:BTC888", "company:乐币网", "company:星链币"]);
  });
  it("the members named after 这N家平台分别为", () => {
    const r = run("据了解，这4家平台分别为币安、海石网、云链宝、ICO88。");
    expect(ofLabel(r, "company:")).toEqual(["company:ICO88", "company:云链宝", "company:币安", "company:海石网"]);
  });
  it("no list when a member is a body or a kind of thing", () => {
    expect(ofLabel(run("这3家机构分别为公安部、银行和支付机构。"), "company:")).toEqual([]);
  });
});

describe("titles, issuers and publications", () => {
  it("a branch written at a title's head is its issuer, and the title starts at 关于", () => {
    const r = run("央行下发《中国人民银行营业管理部关于加强某类支付结算管理的通知》。");
    expect(ofLabel(r, "measure:")).toEqual(["measure:关于加强某类支付结算管理的通知"]);
    expect(relationLines(r, "ISSUED")).toContain(
      "ISSUED agency:中国人民银行营业管理部 -> measure:关于加强某类支付结算管理的通知",
    );
  });
  it("a title followed by the kind of publication it is is no measure", () => {
    expect(ofLabel(run("研究院近日发布的《数字代币融资法律问题》研究报告指出风险。"), "measure:")).toEqual([]);
  });
});

describe("anti-fraud centres", () => {
  it.each([
    ["漳州市反诈骗中心发布预警。", "agency:漳州市反诈骗中心"],
    ["南安市反诈中心提醒市民。", "agency:南安市反诈中心"],
  ])("%s", (body, want) => {
    expect(mentioned(run(body))).toContain(want);
  });
});

describe("bodies stationed at or set up inside another body", () => {
  it("a discipline team stationed at another body is an agency, and its head serves there", () => {
    const r = run("宁远县纪委驻县政府办纪检监察组组长张建国表示，将严肃处理。");
    expect(ofLabel(r, "agency:")).toEqual(["agency:中共宁远县纪律检查委员会驻县政府办纪检监察组"]);
    expect(relationLines(r, "SERVES_AT")).toContain(
      "SERVES_AT official:张建国 -> agency:中共宁远县纪律检查委员会驻县政府办纪检监察组",
    );
  });
  it("a leading group's office of a body is that office, not the body", () => {
    const r = run("根据省教育厅网络安全和信息化领导小组办公室的部署，学校开展排查。");
    expect(ofLabel(r, "agency:")).toEqual(["agency:省教育厅网络安全和信息化领导小组办公室"]);
  });
});

describe("a national short form naming a local body again", () => {
  it("发改委 after 陕西省发改委, with no national body written out, is the province's commission", () => {
    const r = run("陕西省发改委将更新用户名单。供电公司根据发改委提供的名单收取电费。");
    expect(ofLabel(r, "agency:")).toEqual(["agency:陕西省发展和改革委员会"]);
  });
  it("with 国家发改委 written out, the bare form stays national", () => {
    const r = run("国家发改委部署整治工作。陕西省发改委将更新用户名单。发改委强调要严查。");
    expect(ofLabel(r, "agency:")).toEqual(["agency:国家发展和改革委员会", "agency:陕西省发展和改革委员会"]);
    expect(r.mentions.filter((m) => m.entityId === "agency:国家发展和改革委员会")).toHaveLength(2);
  });
});

describe("the capital for the government, foreign places, executives", () => {
  it.each([["今年5月北京宣布打击挖矿。"], ["这种模式不受北京欢迎。"]])("no place: %s", (body) => {
    expect(ofLabel(run(body), "province:")).toEqual([]);
  });
  it("北京市 and 北京 as a place stay the city", () => {
    expect(ofLabel(run("北京的矿机经销商表示观望。"), "province:")).toEqual(["province:北京市"]);
  });
  it("马里兰州 is no Mali, 马里 still is", () => {
    expect(ofLabel(run("矿机在美国马里兰州装机。"), "country:")).toEqual(["country:美国"]);
    expect(ofLabel(run("一家矿企迁往马里。"), "country:")).toEqual(["country:马里"]);
  });
  it("a chief officer or an owner before a Latin name is a person", () => {
    const r = run("该公司的首席战略官Lena Brook说，机器将运往北美。仓库的老板Tom Lee说机器很脏。");
    expect(ofLabel(r, "person:")).toEqual(["person:Lena Brook", "person:Tom Lee"]);
  });
});

describe("county short forms after their province", () => {
  it("新疆 + a county's short form + 警方 is that county's bureau", () => {
    expect(mentioned(run("新疆伽师警方破获一起洗钱案。"))).toContain("agency:伽师县公安局");
  });
  it("a body's name after a province is no county (湖北公安厅 is not 公安县's)", () => {
    expect(ofLabel(run("湖北公安厅发布通报。"), "place:")).toEqual([]);
  });
});

describe("a notice's addressees and a company's short legal form", () => {
  it("各市、县、自治县发展改革委 names no one body", () => {
    expect(ofLabel(run("各市、县、自治县发展改革委，各有关电力用户："), "agency:")).toEqual([]);
  });
  it("a bare 县 body outside such a list is still read", () => {
    expect(ofLabel(run("县发展改革委召开会议。"), "agency:")).toEqual(["agency:县发展改革委"]);
  });
  it("X电网公司 beside X电网有限责任公司 is that company", () => {
    const r = run("通知发至琼州电网有限责任公司。琼州电网公司要周密安排。");
    expect(ofLabel(r, "company:")).toEqual(["company:琼州电网有限责任公司"]);
  });
});

describe("zones' offices", () => {
  it("a zone's economic-development bureau is an agency", () => {
    expect(ofLabel(run("临港经济开发区经济发展局发布通知。"), "agency:")).toEqual(["agency:临港经济开发区经济发展局"]);
  });
});
