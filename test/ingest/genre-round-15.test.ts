/**
 * Table tests for the fifteenth round of issue 10 (recall on unseen articles), one category per block. Sentences
 * written for these tests (never copied from an article); the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import { entityNames, extractArticle as run, relationLines } from "../helpers/extract.js";

const linesOf = relationLines;
const names = entityNames;

describe("a firm's name is not opened by the list word or the year before it", () => {
  it.each([
    ["包括 before a glossed name", "据报道，包括远帆商城(Yuanfan Mall)在内的多家企业已暂停业务。", ["远帆商城"]],
    ["包括, Traditional", "據報導，包括遠帆商城(Yuanfan Mall)在內的多家企業已暫停業務。", ["远帆商城"]],
    ["a year before 集团", "消息称，此事可能与2019年青岚集团在香港上市有关。", ["青岚集团"]],
    ["a full date before 公司", "2020年3月5日星河矿业有限公司宣布停止在华业务。", ["星河矿业有限公司"]],
  ])("%s", (_what, body, want) => {
    expect(names(run(body), "Company")).toEqual(want);
  });
  it("a month and its part before a kind word stay no firm (2018年5月下旬停止交易所运行)", () => {
    expect(names(run("多家平台在2018年5月下旬停止交易所运行。"), "Company")).toEqual([]);
  });
  it("the Latin gloss names the glossed firm, not a firm its first word names", () => {
    // Huobi alone is 火币 in the lexicon; Huobi Mall is the glossed firm's
    const r = run("包括火幣商城(Huobi Mall)在內的挖礦商已暫停業務。");
    expect(names(r, "Company")).toEqual(["火币商城"]);
    expect(r.entities.find((e) => e.name === "火币商城")?.aliases).toContain("Huobi Mall");
  });
});

describe("a firm's own untitled announcement, as the genre tells it", () => {
  it.each([
    [
      "firms counted before 相继发布公告",
      "当晚，云帆网、星河币、青岚交易所三家平台相继发布公告，宣布暂停提现业务。",
      [
        "ISSUED company:云帆网 -> measure:云帆网公告",
        "ISSUED company:星河币 -> measure:星河币公告",
        "ISSUED company:青岚交易所 -> measure:青岚交易所公告",
      ],
    ],
    [
      "the count in digits",
      "云帆网和星河币2家平台同日发布公告称，暂停人民币充值。",
      ["ISSUED company:云帆网 -> measure:云帆网公告", "ISSUED company:星河币 -> measure:星河币公告"],
    ],
    [
      "挂出公告 on its site",
      "火币网在其官方网站上挂出公告称，接到银行通知要求销户。",
      ["ISSUED company:火币 -> measure:火币公告"],
    ],
    ["a 声明 it made", "币安昨晚发表声明，表示暂停中国用户注册。", ["ISSUED company:币安 -> measure:币安公告"]],
    [
      "a 通知 it posted, two firms",
      "国内交易平台云币网和比特时代均在网站上挂出通知，称已接到银行电话通知。",
      ["ISSUED company:云币网 -> measure:云币网公告", "ISSUED company:比特时代 -> measure:比特时代公告"],
    ],
  ])("%s", (_what, body, want) => {
    expect(linesOf(run(body), "ISSUED").sort()).toEqual(want.sort());
  });
  it("a Latin name that announced something is the firm (FXCOIN曾在公告里表示)", () => {
    const r = run("对此，FXCOIN曾在公告里表示，央行确实下发通知。");
    expect(names(r, "Company")).toEqual(["FXCOIN"]);
    expect(linesOf(r, "ISSUED")).toEqual(["ISSUED company:FXCOIN -> measure:FXCOIN公告"]);
  });
  it.each([
    ["a body's abbreviation", "SEC发布公告称，将加强对代币发行的监管。"],
    ["a 通知 received, not posted", "云帆网收到通知，称需要在月底前销户。"],
    ["a coin", "BTC发布公告称，暂停提现。"],
  ])("%s: no firm's announcement", (_what, body) => {
    expect(names(run(body), "Measure")).toEqual([]);
  });
});

describe("the central bank's head office named with its city", () => {
  it("中国人民银行北京营管部 is the 营业管理部, known by its city's name too", () => {
    const r = run("中国人民银行北京营管部约谈了辖内交易平台。");
    const e = r.entities.find((x) => x.label === "Agency" && x.name === "中国人民银行营业管理部");
    expect(e?.aliases).toContain("中国人民银行北京营业管理部");
  });
});

describe("a local notice carrying out a national notice by its 规定 (按照《X通知》规定)", () => {
  const heading = "关于数据中心用电实行阶梯电价的通知\n";
  it("IMPLEMENTS the notice, its number between", () => {
    const r = run(
      `${heading}为推进节能减排，按照《国家发展改革委等部门关于整治数据中心违规用电的通知》（发改运行〔2021〕1号）规定，将对我区数据中心用电实行阶梯电价。`,
    );
    expect(linesOf(r, "IMPLEMENTS")).toEqual([
      "IMPLEMENTS measure:关于数据中心用电实行阶梯电价的通知 -> measure:关于整治数据中心违规用电的通知",
    ]);
    expect(linesOf(r, "CITES")).toEqual([]);
  });
  it("a law's 规定 is still rested on (CITES)", () => {
    const r = run(`${heading}按照《中华人民共和国节约能源法》规定，将对我区数据中心用电实行阶梯电价。`);
    expect(linesOf(r, "CITES")).toEqual([
      "CITES measure:关于数据中心用电实行阶梯电价的通知 -> measure:中华人民共和国节约能源法",
    ]);
  });
  it("the locale's own word before a kind of firm names none (我区数据中心)", () => {
    expect(names(run(`${heading}将对我区数据中心用电实行阶梯电价。`), "Company")).toEqual([]);
  });
});

describe("a decision promulgating a regulation names the regulation too", () => {
  it.each([
    ["〈〉 inside 《》", "根据《国务院关于发布实施〈促进矿业转型暂行规定〉的决定》，制定本目录。"],
    ["<> inside 《》", "按照《国务院关于颁布实施<促进矿业转型暂行规定>的决定》有关规定，禁止投资。"],
  ])("%s", (_what, body) => {
    const r = run(body);
    expect(names(r, "Measure")).toContain("促进矿业转型暂行规定");
    expect(linesOf(r, "ISSUED")).toContain("ISSUED agency:国务院 -> measure:促进矿业转型暂行规定");
    expect(names(r, "Measure").some((n) => n.endsWith("的决定"))).toBe(true);
  });
  it("a printing notice still names only what it prints", () => {
    const r = run("省政府办公厅印发《关于印发〈矿业转型实施方案〉的通知》。");
    expect(names(r, "Measure")).toEqual(["矿业转型实施方案"]);
  });
});

describe("national bodies in a list after 联合, written with the country before them", () => {
  it("中国网信办 is the national office, and each listed body worked with the one joining them", () => {
    const r = run(
      "9月24日，中国发改委联合中宣部、中国网信办、中国国家能源局等十部门发布关于整治虚拟货币“挖矿”活动的通知。",
    );
    expect(names(r, "Agency")).toEqual(["中央宣传部", "国家互联网信息办公室", "国家发展和改革委员会", "国家能源局"]);
    expect(linesOf(r, "WORKED_WITH").sort()).toEqual([
      "WORKED_WITH agency:国家发展和改革委员会 -> agency:中央宣传部",
      "WORKED_WITH agency:国家发展和改革委员会 -> agency:国家互联网信息办公室",
      "WORKED_WITH agency:国家发展和改革委员会 -> agency:国家能源局",
    ]);
  });
});

describe("the people a case report names", () => {
  it.each([
    [
      "defendants listed with 共N名 after them",
      "由李明远组织被告人刘春生、丁文涛、陈志强共三名业务员实施诈骗。",
      ["丁文涛", "刘春生", "陈志强"],
    ],
    [
      "the same in Traditional",
      "由李明遠組織被告人劉春生、丁文濤、陳志強共三名業務員實施詐騙。",
      ["丁文涛", "刘春生", "陈志强"],
    ],
    ["a defendant followed by what he did", "期间，被告人邵建华安排公司员工负责维护平台。", ["邵建华"]],
    ["defendants joined by 及", "被告人邵建华及张小龙负责维护该平台。", ["张小龙", "邵建华"]],
    ["a case named by its first member", "区检察院办理的兰卫东等10人盗窃案已经宣判。", ["兰卫东"]],
    ["people written with 等人", "兰卫东等人为什么不惜冒险也要偷电？", ["兰卫东"]],
    ["a plain word for who he is before the name", "由本地村民朱福海等人协助物色厂房。", ["朱福海"]],
  ])("%s", (_what, body, want) => {
    expect(names(run(body), "Person")).toEqual(want);
  });
  it.each([
    ["a group before 等人员", "有关部门等人员参加了会议。"],
    ["a firm's managers", "公司管理层等人出席了发布会。"],
    ["an anonymized name", "被告人陈某安排员工维护平台。"],
  ])("%s: nobody", (_what, body) => {
    expect(names(run(body), "Person")).toEqual([]);
  });
});

describe("a county-level city's short form listed with a place of its province", () => {
  it("在仙桃、武汉两地: 仙桃 is 湖北's 仙桃市, the province given by 武汉", () => {
    expect(names(run("专案组民警在仙桃、武汉两地将犯罪嫌疑人抓获。"), "Place")).toEqual(["仙桃市", "武汉市"]);
  });
  it("alone, with no place of its province, it stays a word", () => {
    expect(names(run("专案组民警在仙桃、某地将犯罪嫌疑人抓获。"), "Place")).toEqual([]);
  });
});

describe("the day a report was made is not the day of what it reports", () => {
  const dated = (body: string): string | null =>
    run(`---\ndate: 2018-01-19\n---\n${body}`).entities.find((e) => e.label === "Measure")?.properties.date as
      string | null;
  it.each([
    ["今天报导, 《》", "综合媒体今天报导，中国人民银行营业管理部发布《关于开展支付通道自查的通知》，要求关闭通道。"],
    ["今日报道, “”", "综合媒体今日报道，中国人民银行营业管理部发布“关于开展支付通道自查的通知”，要求关闭通道。"],
    ["a day and 报道称", "路透社18日报道称，中国人民银行营业管理部发布《关于开展支付通道自查的通知》。"],
  ])("%s: the measure's date stays empty", (_what, body) => {
    expect(dated(body)).toBeNull();
  });
  it.each([
    [
      "今天 on the issuing",
      "中国人民银行营业管理部今天发布《关于开展支付通道自查的通知》，要求关闭通道。",
      "2018-01-19",
    ],
    [
      "a day on the issuing, a report after",
      "据报道，中国人民银行营业管理部18日发布《关于开展支付通道自查的通知》。",
      "2018-01-18",
    ],
  ])("%s: dated", (_what, body, want) => {
    expect(dated(body)).toBe(want);
  });
});

describe("a title written without 《》 holding another's title in 《》", () => {
  it("发布关于修改《X目录》的决定: the decision, issued, resting on the catalogue", () => {
    const r = run("今年1月份，国家发展改革委发布关于修改《矿业准入目录(2019 年本)》的决定，在目录淘汰类中增加一项。");
    expect(names(r, "Measure")).toEqual(["关于修改《矿业准入目录（2019年本）》的决定", "矿业准入目录（2019年本）"]);
    expect(linesOf(r, "ISSUED")).toEqual([
      "ISSUED agency:国家发展和改革委员会 -> measure:关于修改《矿业准入目录（2019年本）》的决定",
    ]);
    expect(linesOf(r, "CITES")).toEqual([
      "CITES measure:关于修改《矿业准入目录（2019年本）》的决定 -> measure:矿业准入目录（2019年本）",
    ]);
  });
  it("a title in 《》 after the verb is still the one issued", () => {
    const r = run("国家发展改革委发布《矿业准入目录(2019年本)》。");
    expect(linesOf(r, "ISSUED")).toEqual(["ISSUED agency:国家发展和改革委员会 -> measure:矿业准入目录（2019年本）"]);
  });
});

describe("a 关于 title whose kind word the reporter wrote after 》", () => {
  it("一份名为《关于防范X风险》的公告: the title with its kind, dated by the clause's day", () => {
    const r = run("本月四日七個部委聯合發佈一份名為《關於防範礦業融資風險》的公告，表明立即暫停。", {
      date: "2017-09-25",
    });
    const m = r.entities.filter((e) => e.label === "Measure");
    expect(m.map((e) => e.name)).toEqual(["关于防范矿业融资风险的公告"]);
    expect(m[0]?.aliases).toContain("关于防范矿业融资风险");
    expect(m[0]?.properties.date).toBe("2017-09-04");
  });
  it("a 《》 without 关于 and without a kind stays no measure", () => {
    expect(names(run("他写了《矿业融资风险》的文章。"), "Measure")).toEqual([]);
  });
});

describe("a platform or an exchange written as a medium or a venue makes no node there", () => {
  it.each([
    ["在微博上表示", "现任总裁在微博上表示，公司业务运行正常。"],
    ["在微博发文", "大陆网友在微博发文说，期待一场暴跌。"],
    ["微博的消息", "据香港媒体和大陆微博的消息，矿场已断电。"],
    ["登上微博热搜", "禁止账户用于比特币交易的新闻登上微博热搜。"],
    ["在纳斯达克上市", "在纳斯达克上市的远山矿业公司表示将迁出。"],
    ["上市纽交所", "总部位于深圳、上市纽交所的矿商远山矿业宣布迁址。"],
    ["纳斯达克上市 before the firm", "美国纳斯达克上市矿业公司远山矿业扩产。"],
  ])("%s", (_what, body) => {
    const r = run(body);
    expect(names(r, "Company")).not.toContain("微博");
    expect(names(r, "Company")).not.toContain("纳斯达克");
    expect(names(r, "Company")).not.toContain("纽约证券交易所");
  });
  it.each([
    ["微博 blocking words", "币安等关键词被百度、微博屏蔽。", "微博"],
    ["微博 in talks", "对方回复称正与微博方面沟通。", "微博"],
    ["纳斯达克 acting", "纳斯达克宣布将审查该公司的上市申请。", "纳斯达克"],
  ])("%s: the firm", (_what, body, want) => {
    expect(names(run(body), "Company")).toContain(want);
  });
});

describe("a place's discipline and supervisory commissions sharing one office", () => {
  it("X纪委监委 is known by each commission's full name", () => {
    const r = run("浙江省纪委监委对该局原局长进行了立案审查。");
    const e = r.entities.find((x) => x.label === "Agency" && x.name === "浙江省纪委监委");
    expect(e?.aliases).toEqual(expect.arrayContaining(["浙江省纪律检查委员会", "浙江省监察委员会"]));
  });
  it("中共中央纪律检查委员会 is the central commissions' office", () => {
    expect(names(run("中共中央纪律检查委员会通报了三起典型案例。"), "Agency")).toEqual(["中央纪委国家监委"]);
  });
  it("a bare 纪委 keeps its own name", () => {
    const r = run("浙江省纪委对该局原局长进行了立案审查。");
    expect(names(r, "Agency")).toEqual(["中共浙江省纪律检查委员会"]);
  });
});

describe("towns and townships written after their county or city are places", () => {
  it.each([
    ["a county-level city's town", "送饭的车每日从四川省康定市姑咱镇出发。", "姑咱镇", "四川省"],
    ["a district's town", "浙江省发改委监测到吴兴区岱西镇上强村存在异常。", "岱西镇", "浙江省"],
    ["a city with no districts", "东莞市清溪镇的矿场被查处。", "清溪镇", "广东省"],
    ["Traditional", "礦機在涼山州木里縣水洛鄉運行。", "水洛乡", "四川省"],
  ])("%s", (_what, body, town, province) => {
    const r = run(body);
    expect(names(r, "Place")).toContain(town);
    expect(linesOf(r, "IN_PROVINCE")).toContain(`IN_PROVINCE place:${town} -> province:${province}`);
  });
  it("a second township listed after the first is in the same county's province", () => {
    const r = run("礦機在四川省涼山州木里縣水洛鄉、沙灣鄉的礦場運行。");
    expect(names(r, "Place")).toEqual(expect.arrayContaining(["水洛乡", "沙湾乡"]));
    expect(linesOf(r, "IN_PROVINCE")).toContain("IN_PROVINCE place:沙湾乡 -> province:四川省");
  });
  it.each([
    ["kinds of towns", "东莞市部门镇街在厂房中发现挖矿设备。"],
    ["towns in general", "全县各乡镇开展排查。"],
    ["a town with no county before it", "清溪镇的矿场被查处。"],
  ])("%s: no town", (_what, body) => {
    expect(names(run(body), "Place").filter((n) => /[镇乡]$/.test(n))).toEqual([]);
  });
  it("a city with no districts is a place of its own name (东莞市, not an ambiguous county)", () => {
    expect(names(run("据悉，东莞市的矿场被查处。"), "Place")).toEqual(["东莞市"]);
  });
  it("a town's party committee is still an agency", () => {
    expect(names(run("揭西县京溪园镇党委召开会议。"), "Agency")).toEqual(["中共京溪园镇委员会"]);
  });
});

describe("a portrait's lead: the name, then the body and its posts", () => {
  it.each([
    [
      "a former post",
      "王建军，内蒙古自治区发展改革委原副主任。",
      "SERVES_AT official:王建军 -> agency:内蒙古自治区发展和改革委员会",
    ],
    [
      "the party group's seat before the title",
      "李文山，江西省政协原党组成员、副主席，2021年被查。",
      "SERVES_AT official:李文山 -> agency:中国人民政治协商会议江西省委员会",
    ],
  ])("%s", (_what, body, want) => {
    expect(linesOf(run(body), "SERVES_AT")).toEqual([want]);
  });
  it("with a career after it, both the lead's post and the career's", () => {
    const r = run("李文山，江西省政协原党组成员、副主席，曾任江西省抚州市委书记。");
    expect(linesOf(r, "SERVES_AT").sort()).toEqual([
      "SERVES_AT official:李文山 -> agency:中共抚州市委员会",
      "SERVES_AT official:李文山 -> agency:中国人民政治协商会议江西省委员会",
    ]);
  });
  it.each([
    ["a name mid-sentence", "据介绍，王建军，内蒙古自治区发展改革委原副主任。"],
    ["no title after the body", "王建军，内蒙古自治区发展改革委的干部。"],
  ])("%s: no post", (_what, body) => {
    expect(linesOf(run(body), "SERVES_AT")).toEqual([]);
  });
});

describe("a notice resting on the laws it says are broken (违反《X法》《Y法》)", () => {
  const heading = "关于开展整治数据中心违规用电的通告\n";
  it("each law listed after 违反, an amended law's edition kept in its name", () => {
    const r = run(
      `${heading}该活动违反《中华人民共和国民法典》《中华人民共和国循环经济促进法(2018修正)》《中华人民共和国节约能源法》等法律法规。`,
    );
    expect(linesOf(r, "CITES").sort()).toEqual(
      [
        "CITES measure:关于开展整治数据中心违规用电的通告 -> measure:中华人民共和国民法典",
        "CITES measure:关于开展整治数据中心违规用电的通告 -> measure:中华人民共和国循环经济促进法（2018修正）",
        "CITES measure:关于开展整治数据中心违规用电的通告 -> measure:中华人民共和国节约能源法",
      ].sort(),
    );
  });
  it("a catalogue it is listed in (已被列入《X目录》)", () => {
    const r = run(`${heading}该活动已被列入《矿业准入目录（2019年本）》淘汰类。`);
    expect(linesOf(r, "CITES")).toEqual([
      "CITES measure:关于开展整治数据中心违规用电的通告 -> measure:矿业准入目录（2019年本）",
    ]);
  });
  it("根据《X通知》 is still rested on, as the rules have it (CITES)", () => {
    const r = run(`${heading}根据《关于整治数据中心违规用电的通知》要求，现就有关事项通告如下。`);
    expect(linesOf(r, "CITES")).toEqual([
      "CITES measure:关于开展整治数据中心违规用电的通告 -> measure:关于整治数据中心违规用电的通知",
    ]);
  });
});

describe("a division's government head or deputy serves at its people's government", () => {
  it.each([
    ["a province's deputy governor", "江西省副省长李文山被查。", "SERVES_AT official:李文山 -> agency:江西省人民政府"],
    [
      "the province's short form, 前",
      "在他之前，江西前副省长李文山被查。",
      "SERVES_AT official:李文山 -> agency:江西省人民政府",
    ],
    ["a city's mayor", "抚州市市长张海东出席会议。", "SERVES_AT official:张海东 -> agency:抚州市人民政府"],
    [
      "a district's former deputy",
      "张家口市宣化区原副区长孙立国被开除党籍。",
      "SERVES_AT official:孙立国 -> agency:宣化区人民政府",
    ],
    [
      "an autonomous region's chairman",
      "内蒙古自治区主席王文明主持会议。",
      "SERVES_AT official:王文明 -> agency:内蒙古自治区人民政府",
    ],
  ])("%s", (_what, body, want) => {
    expect(linesOf(run(body), "SERVES_AT")).toEqual([want]);
  });
  it.each([
    ["a title of another level (a province's 市长 is no title of it)", "江西省市长论坛上，李文山发言。"],
    ["a region's CPPCC chairman is not its government's", "内蒙古自治区政协主席王文明主持会议。"],
  ])("%s", (_what, body) => {
    expect(linesOf(run(body), "SERVES_AT").filter((l) => l.includes("人民政府"))).toEqual([]);
  });
});

describe("town party committees and police officers", () => {
  it("X镇委 is the town's party committee (中共X镇委员会)", () => {
    const r = run("10月28日，东莞市清溪镇委副书记袁立新率队检查。");
    expect(names(r, "Agency")).toEqual(["中共清溪镇委员会"]);
    expect(linesOf(r, "SERVES_AT")).toEqual(["SERVES_AT official:袁立新 -> agency:中共清溪镇委员会"]);
  });
  it("a police officer named with the unit (办案民警X) serves at it", () => {
    const r = run("据旌阳区公安分局刑警大队办案民警王立新介绍，其中最多的转了十万多。");
    expect(linesOf(r, "SERVES_AT")).toEqual(["SERVES_AT official:王立新 -> agency:旌阳区公安分局刑警大队"]);
  });
  it("民警 with no name after it names nobody", () => {
    expect(names(run("民警在现场查获矿机二十台。"), "Official")).toEqual([]);
  });
});
