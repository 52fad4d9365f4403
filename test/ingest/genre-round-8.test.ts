/**
 * Table tests for the eighth round of issue 10 (recall on unseen articles), one category per block: Hong Kong's
 * police formations and ranks; Taiwan's bodies in a Taiwan outlet; a region's police in general; internet cafés by
 * trade name; a joint word glued to the act it qualifies; national laws by their short name; the cultural-market
 * law-enforcement units. Sentences written for these tests (never copied from an article).
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, mentionedIds as mentioned, relationLines } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";

const agencies = (r: DocumentResult): string[] => mentioned(r).filter((id) => id.startsWith("agency:"));
const measures = (r: DocumentResult): string[] => mentioned(r).filter((id) => id.startsWith("measure:"));
const HK = { url: "https://www.881903.com/news/local/1" };
const TW = { url: "https://news.example.com.tw/a/1" };

describe("Hong Kong's police formations and their officers", () => {
  it.each([
    ["a crime formation, bare, in any document", "商業罪案調查科昨日拘捕兩名男子。", {}, "警务处商业罪案调查科"],
    ["its short form", "商罪科昨日接獲二十宗舉報。", {}, "警务处商业罪案调查科"],
    ["the cyber-crime formation", "網絡安全及科技罪案調查科展開調查。", {}, "警务处网络安全及科技罪案调查科"],
    ["a region's crime unit", "東九龍總區重案組接手調查。", {}, "警务处东九龙总区重案组"],
    ["written after the force", "香港警務處商業罪案調查科發出呼籲。", {}, "警务处商业罪案调查科"],
  ])("%s is the Hong Kong Police Force's unit, located in Hong Kong", (_what, body, meta, unit) => {
    const r = run(body, meta);
    expect(agencies(r)).toContain(`agency:香港特别行政区${unit}`);
    expect(relationLines(r)).toContain(`LOCATED_IN agency:香港特别行政区${unit} -> province:香港特别行政区`);
  });
  it.each([
    [
      "総督察 of a region's unit",
      "新界南總區重案組總督察張文傑表示，案件仍在調查。",
      "张文杰",
      "警务处新界南总区重案组",
    ],
    ["高級督察", "網絡安全及科技罪案調查科高級督察劉志明提醒市民。", "刘志明", "警务处网络安全及科技罪案调查科"],
    ["警司 with a team between", "商業罪案調查科詐騙調查組警司黃家偉表示。", "黄家伟", "警务处商业罪案调查科"],
  ])("a rank (%s) and a name after a unit: an official serving there", (_what, body, name, unit) => {
    expect(relationLines(run(body))).toContain(`SERVES_AT official:${name} -> agency:香港特别行政区${unit}`);
  });
  it("a member of the Legislative Council in a Hong Kong outlet serves at it", () => {
    const r = run("陪同投資者報案的立法會議員陳國強表示，會跟進事件。", HK);
    expect(relationLines(r)).toContain("SERVES_AT official:陈国强 -> agency:香港特别行政区立法会");
  });
  it("two units acting together (連同) are linked", () => {
    const r = run("網絡安全及科技罪案調查科連同東九龍總區刑事總部探員展開行動。");
    expect(relationLines(r)).toContain(
      "WORKED_WITH agency:香港特别行政区警务处网络安全及科技罪案调查科 -> agency:香港特别行政区警务处东九龙总区刑事总部",
    );
  });
});

describe("a region's police in general", () => {
  it.each([
    ["Hong Kong", "香港警方昨日拘捕三名男子。"],
    ["Taiwan", "台灣警方破獲一宗詐騙案。"],
  ])("%s's 警方 is no body (no provincial public-security department)", (_what, body) => {
    expect(agencies(run(body))).toEqual([]);
  });
  it("a mainland province's 警方 is still its public-security department, where the text names the department", () => {
    const r = run("江西警方破获一起案件。江西省公安厅通报了案情。");
    expect(agencies(r)).toEqual(["agency:江西省公安厅"]);
    expect(r.mentions.filter((m) => m.entityId === "agency:江西省公安厅").map((m) => m.surface)).toContain("江西警方");
  });
});

describe("Taiwan's bodies in a Taiwan outlet", () => {
  it.each([
    ["the commission", "金管會昨日表示，將加強監理。", "台湾金融监督管理委员会"],
    ["the commission's bureau", "金管會銀行局將約詢業者。", "台湾金融监督管理委员会银行局"],
    ["the central bank", "央行總裁表示，比特幣不是貨幣。", "台湾中央银行"],
    ["the legislature's finance committee", "立法院財委會今日審查預算。", "台湾立法院财政委员会"],
  ])("%s, bare, is Taiwan's", (_what, body, name) => {
    const r = run(body, TW);
    expect(agencies(r)).toContain(`agency:${name}`);
    expect(relationLines(r)).toContain(`LOCATED_IN agency:${name} -> province:台湾省`);
  });
  it("the chair of the commission (主委) serves at it", () => {
    expect(relationLines(run("金管會主委林志明表示，將研議規範。", TW))).toContain(
      "SERVES_AT official:林志明 -> agency:台湾金融监督管理委员会",
    );
  });
  it("written with Taiwan before it in any outlet", () => {
    expect(agencies(run("台灣央行昨日發出警告。"))).toEqual(["agency:台湾中央银行"]);
  });
  it("bare 央行 where the report names the mainland's central bank stays the mainland's", () => {
    const r = run("中國人民銀行（央行）昨日發出警告。", TW);
    expect(agencies(r)).toEqual(["agency:中国人民银行"]);
  });
  it("bare 央行 in a mainland outlet is the People's Bank", () => {
    expect(agencies(run("央行昨日发出警告。"))).toEqual(["agency:中国人民银行"]);
  });
});

describe("internet cafés by trade name", () => {
  it.each([
    ["after 的", "执法人员对违规挖矿的星河网吧进行查处。"],
    ["quoted before", "查处“挖矿”星河网吧"],
    ["opening a clause", "经查，星河网吧经营者在包间架设矿机。"],
  ])("%s: a company", (_what, body) => {
    expect(mentioned(run(body))).toContain("company:星河网吧");
  });
  it.each([
    ["a determiner", "已责令该网吧停止挖矿。"],
    ["a place word", "对辖区网吧开展检查。"],
    ["a verb before it", "措施包括限制网吧挖矿。"],
    ["a word run into it", "以一接近网吧的人士透露。"],
  ])("no company: %s", (_what, body) => {
    expect(mentioned(run(body)).filter((id) => id.startsWith("company:"))).toEqual([]);
  });
});

describe("a joint word glued to the act it qualifies", () => {
  it("对A进行联合查处: each body of the subject acted on A", () => {
    const r = run("綦江区网信办会同区公安局，对违规挖矿的星河网吧进行联合查处。");
    expect(relationLines(r)).toEqual(
      expect.arrayContaining([
        "ACTED_ON agency:綦江区互联网信息办公室 -> company:星河网吧",
        "ACTED_ON agency:綦江区公安局 -> company:星河网吧",
        "WORKED_WITH agency:綦江区互联网信息办公室 -> agency:綦江区公安局",
      ]),
    );
  });
  it("a place the 对 names is never acted on (ACTED_ON is on companies)", () => {
    const lines = relationLines(run("江西省能源局对赣州市开展联合检查。"));
    expect(lines.filter((l) => l.startsWith("ACTED_ON"))).toEqual([]);
  });
});

describe("national laws by their short name", () => {
  it.each([
    ["in 《》", "依照《刑法》第二百二十五条规定。", "中华人民共和国刑法"],
    ["bare, with its article", "依照刑法第二百二十五条规定。", "中华人民共和国刑法"],
    ["bare, with 的规定", "违反民法典的规定，合同无效。", "中华人民共和国民法典"],
    ["a code's general part", "据《民法总则》，网络虚拟财产受保护。", "中华人民共和国民法总则"],
    ["a code in 《》 in full", "依据《中华人民共和国民法典》第一百五十三条。", "中华人民共和国民法典"],
  ])("%s: the law's full name", (_what, body, name) => {
    expect(measures(run(body))).toEqual([`measure:${name}`]);
  });
  it("the short and the full name in one article are one measure, the short an alias", () => {
    const r = run("依据《中华人民共和国刑法》第二百二十五条。根据《刑法》规定。");
    expect(measures(r)).toEqual(["measure:中华人民共和国刑法"]);
    expect(r.entities.find((e) => e.id === "measure:中华人民共和国刑法")?.aliases).toContain("刑法");
  });
  it.each([
    ["a word built on it", "刑法学者认为此案值得讨论。"],
    ["a two-character name with no citation around it", "他研究刑法多年。"],
  ])("no measure: %s", (_what, body) => {
    expect(measures(run(body))).toEqual([]);
  });
});

describe("the cultural-market law-enforcement units", () => {
  it.each([
    ["short form after a bare level word", "荣昌区网信办会同区文化执法支队开展检查。", "荣昌区文化执法支队"],
    ["a county's unit", "奉节县文化执法大队对网吧开展检查。", "奉节县文化执法大队"],
    ["full form", "宜宾市文化市场综合行政执法支队对网吧开展检查。", "宜宾市文化市场综合行政执法支队"],
  ])("%s: a unit of the division", (_what, body, name) => {
    expect(agencies(run(body))).toContain(`agency:${name}`);
  });
});

describe("short place names in a list of a province the text names", () => {
  const places = (r: DocumentResult): string[] => mentioned(r).filter((id) => id.startsWith("place:"));
  it.each([
    ["closed by 等地", "四川省发布通知。靠近成都的地方比如汶川等地停电较多。", ["place:成都市", "place:汶川县"]],
    [
      "two short names closed by 等…地区",
      "四川省发布通知。雅安、康定等偏远地区雨水充足。",
      ["place:康定市", "place:雅安市"],
    ],
    [
      "beside a full name",
      "四川水电丰富，雅安、乐山和甘孜等地矿场众多。",
      ["place:乐山市", "place:甘孜藏族自治州", "place:雅安市"],
    ],
  ])("%s: the province's division of that short form", (_what, body, want) => {
    expect(places(run(body))).toEqual(want);
  });
  it.each([
    ["no list around it", "四川省发布通知。他说汶川的情况很好。"],
    ["no province named", "康定、汶川两地停电。"],
    ["a province where no division has that short form", "江西省发布通知。雅安、康定等地区停电。"],
  ])("no place: %s", (_what, body) => {
    expect(places(run(body))).toEqual([]);
  });
});

describe("words that only look like a body or a firm", () => {
  it.each([
    [
      "a bare body of whichever city each case concerns",
      "停止挖矿的，相关市发改委应将信息报送省发改委。",
      "agency:市发改委",
    ],
    ["a bare body of where each firm is registered", "各交易场所应每日向注册地所在区金融办报告。", "agency:区金融办"],
    ["an amount before a bank account", "警方已冻结涉案人士200万元银行户口。", "company:士200万元银行"],
    ["the authorities of a field", "比特币并非由国家货币当局发行。", "agency:国家货币当局"],
  ])("%s: no node", (_what, body, id) => {
    expect(mentioned(run(body))).not.toContain(id);
  });
  it.each([
    [
      "a bare body after the locale is named",
      "江西省赣州市发布通知，市发改委提出要求。",
      "agency:赣州市发展和改革委员会",
    ],
    ["a firm whose name holds a small number", "四川一元科技有限公司成立。", "company:四川一元科技有限公司"],
  ])("still found: %s", (_what, body, id) => {
    expect(mentioned(run(body))).toContain(id);
  });
});

describe("a grid company told to carry a notice out", () => {
  const notice = "甘肃省发改委印发《关于数据中心用电实行阶梯电价有关事项的通知》。";
  it.each([
    ["将 + collecting", "国网甘肃省电力公司将根据名单，按月收取加价电费。", "国网甘肃省电力公司"],
    ["应 + telling", "甘肃地方电力有限公司应提前告知用户。", "甘肃地方电力有限公司"],
    ["after a sentence between", "名单由发改委确定。国网甘肃省电力公司要严格执行加价政策。", "国网甘肃省电力公司"],
  ])("%s: the notice targets it", (_what, body, firm) => {
    const lines = relationLines(run(notice + body));
    expect(lines).toContain(`TARGETS measure:关于数据中心用电实行阶梯电价有关事项的通知 -> company:${firm}`);
  });
  it.each([
    ["no duty to carry out", "国网甘肃省电力公司表示，去年售电量增长。"],
    ["not a power company", "甘肃某科技有限公司将根据名单收取费用。"],
  ])("no TARGETS: %s", (_what, body) => {
    expect(relationLines(run(notice + body)).filter((l) => l.startsWith("TARGETS"))).toEqual([]);
  });
});

describe("a court acting on the companies of the case it decided", () => {
  const actedOn = (body: string): string[] => relationLines(run(body)).filter((l) => l.startsWith("ACTED_ON"));
  it("the parties named as plaintiff and defendant", () => {
    expect(
      actedOn(
        "北京市海淀区人民法院审理原告上海甲乙实业有限公司与被告北京丙丁计算科技有限公司委托合同纠纷一案。本院判决驳回原告的诉讼请求。",
      ),
    ).toEqual([
      "ACTED_ON agency:海淀区人民法院 -> company:上海甲乙实业有限公司",
      "ACTED_ON agency:海淀区人民法院 -> company:北京丙丁计算科技有限公司",
    ]);
  });
  it("the two sides of the contract the case is about", () => {
    expect(
      actedOn("2019年，甲乙公司与丙丁公司签订《矿机托管协议》。北京市海淀区人民法院认定该协议无效。").sort(),
    ).toEqual([
      "ACTED_ON agency:海淀区人民法院 -> company:丙丁公司",
      "ACTED_ON agency:海淀区人民法院 -> company:甲乙公司",
    ]);
  });
  it.each([
    ["no ruling", "北京市海淀区人民法院召开座谈会。甲乙公司与丙丁公司签订协议。"],
    ["no court", "甲乙公司与丙丁公司签订协议，后被判决无效。"],
  ])("no ACTED_ON: %s", (_what, body) => {
    expect(actedOn(body)).toEqual([]);
  });
});

describe("the people a company is founded or run by", () => {
  it.each([
    [
      "由X于…创办, the clause going on from the subject",
      "币安是一家注册于开曼群岛的交易所，由赵长鹏于2017年创办。",
      "AFFILIATED_WITH person:赵长鹏 -> company:币安",
    ],
    ["由X创立 in the same clause", "火币由李林创立。", "AFFILIATED_WITH person:李林 -> company:火币"],
  ])("%s", (_what, body, line) => {
    expect(relationLines(run(body))).toContain(line);
  });
  it("分别由A和B管理: the companies and the people paired in order", () => {
    const lines = relationLines(run("支付宝和财付通分别由张明和王强所管理。"));
    expect(lines).toEqual(
      expect.arrayContaining([
        "AFFILIATED_WITH person:张明 -> company:支付宝",
        "AFFILIATED_WITH person:王强 -> company:财付通",
      ]),
    );
  });
  it.each([
    ["a body, not a person", "该项目由发改委管理。"],
    ["a clause with a subject of its own", "去年火币与币安签约，由张三负责。"],
    ["more people than companies with 分别", "火币分别由张明和王强管理。"],
  ])("no person: %s", (_what, body) => {
    expect(mentioned(run(body)).filter((id) => id.startsWith("person:"))).toEqual([]);
  });
});

describe("a meeting whose spirit a text carries out, and letters", () => {
  it.each([
    [
      "国家 before the meeting is whose it is",
      "为贯彻落实国家数据中心能耗治理专题视频会议精神，现将有关事项通知如下。",
      "数据中心能耗治理专题视频会议",
    ],
    ["a national conference keeps 全国", "传达学习全国金融稳定工作会议精神。", "全国金融稳定工作会议"],
  ])("%s", (_what, body, name) => {
    expect(measures(run(body))).toEqual([`measure:${name}`]);
  });
  it("a meeting with no subject of its own is no measure", () => {
    expect(measures(run("认真贯彻落实专题会议精神。"))).toEqual([]);
  });
  it("a letter in 《》 is a measure", () => {
    expect(measures(run("贵局《关于报送数据中心清理情况的函》已收悉。"))).toEqual([
      "measure:关于报送数据中心清理情况的函",
    ]);
  });
});

describe("names told with a career word, a space or an unknown issuer", () => {
  it("原X研究院…负责人、现Y研究院院长: the institutes without 原/现", () => {
    const ids = agencies(run("近日，原华信金融研究院区块链负责人、现远山区块链研究院院长李明远在会上表示。"));
    expect(ids).toEqual(expect.arrayContaining(["agency:华信金融研究院", "agency:远山区块链研究院"]));
    expect(ids.some((id) => /agency:[原现]/.test(id))).toBe(false);
  });
  it("an institute whose name opens with 原 keeps it", () => {
    expect(agencies(run("原子能科学研究院发布报告。"))).toEqual(["agency:原子能科学研究院"]);
  });
  it("a title, a space and a name opening a statement: an official", () => {
    expect(relationLines(run("国家发展改革委新闻发言人 王明：下一步将严查。"))).toContain(
      "SERVES_AT official:王明 -> agency:国家发展和改革委员会",
    );
  });
  it("a city police bureau's economic-crime bureau (经侦局) is a unit of its own, by its full name", () => {
    expect(agencies(run("深圳市整治办通知市公安局经侦局开展排查。"))).toContain("agency:深圳市公安局经济犯罪侦查局");
  });
  it("a division and a body the tables do not know before 关于 in 《》: the title starts at 关于", () => {
    expect(measures(run("《阿坝藏族羌族自治州人民办公室关于召开矿场清理座谈会议的通知》引发关注。"))).toEqual([
      "measure:关于召开矿场清理座谈会议的通知",
    ]);
  });
});

describe("campaigns named by subject and kind, and the central bank's Beijing office by its short form", () => {
  it.each([
    ["launched", "我县定于2022年3月集中开展虚拟货币“挖矿”专项整治攻坚行动。", "虚拟货币“挖矿”专项整治攻坚行动"],
    ["after 关于", "为落实市政府关于比特币矿场清理整顿行动的有关部署。", "比特币矿场清理整顿行动"],
  ])("%s: a campaign", (_what, body, name) => {
    expect(measures(run(body))).toEqual([`measure:${name}`]);
  });
  it.each([
    ["a kind of campaign alone", "开展专项整治行动。"],
    ["no subject of the genre", "开展城市环境卫生集中整治攻坚行动。"],
  ])("no campaign: %s", (_what, body) => {
    expect(measures(run(body))).toEqual([]);
  });
  it("营管部 is the 营业管理部", () => {
    expect(agencies(run("中国人民银行北京营管部发布公告。"))).toContain("agency:中国人民银行营业管理部");
  });
});

describe("a printing notice whose printed document has no brackets of its own", () => {
  it("关于印发X方案的通知 in 《》 names the plan, the notice's title an alias", () => {
    const r = run("省政府办公厅印发《关于印发全省数据中心清理整治工作方案的通知》。");
    expect(measures(r)).toEqual(["measure:全省数据中心清理整治工作方案"]);
    expect(r.entities.find((e) => e.id === "measure:全省数据中心清理整治工作方案")?.aliases).toContain(
      "关于印发全省数据中心清理整治工作方案的通知",
    );
  });
  it("a forwarded notice (转发…的通知的通知) is not cut", () => {
    expect(measures(run("《关于转发国家发展改革委等部门关于整治虚拟货币挖矿活动的通知的通知》"))).toHaveLength(1);
  });
});

describe("bodies told to act together are the partners of the one telling them", () => {
  it.each([
    ["通知A、B共同开展", "江西省发改委通知南昌市发改委、九江市发改委共同开展排查。"],
    [
      "a back-reference telling a list with a body the tables do not know",
      "记者从江西省发改委获悉，该委已发布提示，并通知某某管理局、南昌市发改委、九江市发改委等单位共同开展排查。",
    ],
  ])("%s: the teller with each, not the first listed with the rest", (_what, body) => {
    const lines = relationLines(run(body)).filter((l) => l.startsWith("WORKED_WITH"));
    expect(lines.sort()).toEqual([
      "WORKED_WITH agency:江西省发展和改革委员会 -> agency:九江市发展和改革委员会",
      "WORKED_WITH agency:江西省发展和改革委员会 -> agency:南昌市发展和改革委员会",
    ]);
  });
  it("bodies acting together with no one telling them stay linked to each other", () => {
    expect(relationLines(run("南昌市发改委、九江市发改委联合印发通知。"))).toContain(
      "WORKED_WITH agency:南昌市发展和改革委员会 -> agency:九江市发展和改革委员会",
    );
  });
});

describe("the body a quoted document shows making its demands issued it", () => {
  it("《M》(下称《通知》)显示，A要求…: A issued M", () => {
    const lines = relationLines(
      run(
        "记者拿到的一则《关于禁止承办矿机推介活动的通知》(下称《通知》)显示，北京市海淀区金融办要求各商场不得承办推介活动。",
      ),
    );
    expect(lines).toContain("ISSUED agency:海淀区人民政府金融工作办公室 -> measure:关于禁止承办矿机推介活动的通知");
  });
  it("a body named after the document but not making its demands issued nothing", () => {
    const lines = relationLines(run("《关于整治虚拟货币挖矿活动的通知》显示，国家发展改革委表示欢迎。"));
    expect(lines.filter((l) => l.startsWith("ISSUED"))).toEqual([]);
  });
});

describe("a meeting a body has decided to convene on a day", () => {
  it.each([
    [
      "决定于…上午召开",
      "阿坝州人民政府办公室决定于12月25日上午召开全州矿场清理工作座谈会议。",
      "全州矿场清理工作座谈会",
    ],
    ["定于…在X召开", "江西省发改委定于3月5日在南昌召开全省数据中心清理工作推进会。", "全省数据中心清理工作推进会"],
  ])("%s: a meeting the body convened", (_what, body, name) => {
    const r = run(body);
    expect(measures(r)).toEqual([`measure:${name}`]);
    expect(relationLines(r).some((l) => l.startsWith("ISSUED") && l.endsWith(`measure:${name}`))).toBe(true);
  });
  it("a scope word before 数据中心 names no firm", () => {
    expect(mentioned(run("全省数据中心开展节能检查。")).filter((id) => id.startsWith("company:"))).toEqual([]);
  });
});
