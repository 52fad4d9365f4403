/**
 * Table tests for the twelfth round of issue 10 (recall on unseen articles), one category per block. Sentences
 * written for these tests (never copied from an article); the people's names are made up.
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, relationLines } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";

const linesOf = (r: DocumentResult, type: string): string[] => relationLines(r).filter((l) => l.startsWith(`${type} `));

describe("firms listed before one announcing verb each issued their own announcement", () => {
  it.each([
    [
      "相继, Traditional",
      "2021年9月26日，中幣、比特幣中國與OKEx相繼發布公告稱，將停止服務。",
      ["OKEx", "中币", "比特币中国"],
    ],
    ["均", "中币、比特币中国和OKEx均发布公告称将清退用户。", ["OKEx", "中币", "比特币中国"]],
    ["分别", "中币与OKEx分别发布公告，宣布暂停注册。", ["OKEx", "中币"]],
  ])("%s", (_what, body, firms) => {
    expect(linesOf(run(body), "ISSUED").sort()).toEqual(
      firms.map((f) => `ISSUED company:${f} -> measure:${f}公告`).sort(),
    );
  });
  it("a firm named before the list in another role issued nothing", () => {
    expect(linesOf(run("中币的用户很多，OKEx发布公告称将停止服务。"), "ISSUED")).toEqual([
      "ISSUED company:OKEx -> measure:OKEx公告",
    ]);
  });
});

describe("a body named inside another's name is no actor of its own", () => {
  it("市公安局治安支队会同X: the unit and its partner acted together, not the bureau the unit's name opens with", () => {
    const r = run("芜湖市公安局接到群众举报。当天，芜湖市公安局治安支队会同镜湖公安分局开展清查。");
    expect(linesOf(r, "WORKED_WITH")).toEqual([
      "WORKED_WITH agency:芜湖市公安局治安支队 -> agency:芜湖市公安局镜湖分局",
    ]);
  });
});

describe("a notice carried out, its number in brackets of its own before 要求", () => {
  it("按照《A》《number》要求 carries A out", () => {
    const r = run(
      [
        "泸县关于开展清理虚拟货币挖矿活动的通告",
        "",
        "按照国家发展改革委等部门联合印发的《关于整治虚拟货币“挖矿”活动的通知》《发改运行〔2021〕1283号》要求，现就有关事项通告如下。",
      ].join("\n"),
    );
    expect(linesOf(r, "IMPLEMENTS")).toEqual([
      "IMPLEMENTS measure:泸县关于开展清理虚拟货币挖矿活动的通告 -> measure:关于整治虚拟货币“挖矿”活动的通知",
    ]);
    expect(linesOf(r, "CITES")).toEqual([]);
  });
  it("根据《A》《number》 still only rests on it", () => {
    const r = run(
      "泸县关于开展清理虚拟货币挖矿活动的通告\n\n根据《关于整治虚拟货币“挖矿”活动的通知》《发改运行〔2021〕1283号》，现通告如下。",
    );
    expect(linesOf(r, "CITES")).toEqual([
      "CITES measure:泸县关于开展清理虚拟货币挖矿活动的通告 -> measure:关于整治虚拟货币“挖矿”活动的通知",
    ]);
  });
});

describe("a numbered meeting written in Arabic numerals", () => {
  it("keeps the number as written, after the body's name, as an alias of the meeting's name", () => {
    const r = run("按照国务院金融稳定发展委员会第51次会议的部署要求，自治区制定了八项措施。");
    const meeting = r.entities.find((e) => e.id === "measure:国务院金融稳定发展委员会第五十一次会议");
    expect(meeting?.aliases).toEqual(expect.arrayContaining(["第51次会议", "国务院金融稳定发展委员会第51次会议"]));
  });
});

describe("county bodies of the 2019 reforms and the network-monitoring centre's provincial branches", () => {
  it.each([
    ["综合行政执法局", "丽水市莲都区综合行政执法局查处一起挖矿案件。", "agency:莲都区综合行政执法局"],
    ["综合执法局 (short)", "莲都区综合执法局查处一起挖矿案件。", "agency:莲都区综合行政执法局"],
    ["发改经信局", "莲都区发改经信局通报了排查情况。", "agency:莲都区发展改革和经济信息化局"],
    [
      "国家计算机网络与信息安全管理中心X分中心",
      "国家计算机网络与信息安全管理中心浙江分中心监测到异常地址。",
      "agency:国家计算机网络与信息安全管理中心浙江分中心",
    ],
  ])("%s", (_what, body, id) => {
    expect(run(body).mentions.map((m) => m.entityId)).toContain(id);
  });
  it("the branch centre is located in its province", () => {
    expect(linesOf(run("国家计算机网络与信息安全管理中心江西分中心发现了挖矿行为。"), "LOCATED_IN")).toEqual([
      "LOCATED_IN agency:国家计算机网络与信息安全管理中心江西分中心 -> province:江西省",
    ]);
  });
});

describe("two bodies working with each other (A与B合作)", () => {
  it("A与B合作 links them, A leading", () => {
    expect(
      linesOf(run("莲都区综合行政执法局与国家计算机网络与信息安全管理中心浙江分中心合作，完成了鉴定。"), "WORKED_WITH"),
    ).toEqual(["WORKED_WITH agency:莲都区综合行政执法局 -> agency:国家计算机网络与信息安全管理中心浙江分中心"]);
  });
  it("a body working with a firm is no WORKED_WITH", () => {
    expect(linesOf(run("莲都区综合行政执法局与华信电力公司合作，完成了排查。"), "WORKED_WITH")).toEqual([]);
  });
});

describe("counties whose whole name is two characters (泸县, 沛县)", () => {
  it.each([
    ["X县人民政府", "沛县人民政府发布了清理挖矿的通告。", ["agency:沛县人民政府", "place:沛县"]],
    ["X县 + a short body", "泸县发改局开展了排查。", ["agency:泸县发展和改革局", "place:泸县"]],
    [
      "a heading's issuer",
      "歙县关于开展清理虚拟货币挖矿活动的通告",
      ["measure:歙县关于开展清理虚拟货币挖矿活动的通告", "place:歙县"],
    ],
  ])("%s", (_what, body, ids) => {
    expect(run(body).entities.map((e) => e.id)).toEqual(expect.arrayContaining(ids));
  });
  it.each([
    ["在X县 + a verb", "他在沛县工作多年。", "place:沛县"],
    ["赴X县", "调研组赴泸县调研。", "place:泸县"],
  ])("after a word of being or going somewhere (%s): the county", (_what, body, id) => {
    expect(run(body).mentions.map((m) => m.entityId)).toContain(id);
  });
  it("the county is in its province", () => {
    expect(linesOf(run("沛县人民政府发布了清理挖矿的通告。"), "IN_PROVINCE")).toEqual([
      "IN_PROVINCE place:沛县 -> province:江苏省",
    ]);
  });
  it.each([
    ["示范县: a word ending in the county's first character", "这里被评为国家级示范县，全县开展了整治。"],
    ["市局和县局: 和 joins two bodies", "市公安局和县公安局开展了联合行动。"],
  ])("%s: no such county", (_what, body) => {
    expect(
      run(body)
        .mentions.map((m) => m.entityId)
        .filter((id) => id.startsWith("place:")),
    ).toEqual([]);
  });
});

describe("a speaker's caption in a broadcast transcript (body, unit, name, colon)", () => {
  it.each([
    [
      "with the unit",
      "芜湖市公安局镜湖分局 刑侦三队 李建国：这些机器昼夜运转，耗电量很大。",
      "agency:芜湖市公安局镜湖分局",
    ],
    ["without a unit", "芜湖市公安局 李建国：我们接到举报后立即出警。", "agency:芜湖市公安局"],
  ])("%s: an official of the body", (_what, body, agency) => {
    expect(linesOf(run(body), "SERVES_AT")).toEqual([`SERVES_AT official:李建国 -> ${agency}`]);
  });
  it.each([
    ["a body's statement after a colon", "芜湖市公安局 通报：案件已经侦破。"],
    ["a body inside a line", "记者来到芜湖市公安局 李建国：我们接到举报后立即出警。"],
  ])("%s: nobody", (_what, body) => {
    expect(run(body).entities.filter((e) => e.label === "Official" || e.label === "Person")).toEqual([]);
  });
});

describe("a body's website reporting news is an outlet", () => {
  it.each([
    ["据X网站消息", "据中央纪委国家监委网站消息，两名干部因参与挖矿受到处分。"],
    ["X网站N月N日消息", "中央纪委国家监委网站12月14日消息，两名干部因参与挖矿受到处分。"],
    ["X网站发布…通报", "中央纪委国家监委网站发布了三起利用公共资源挖矿问题的通报。"],
  ])("%s: no mention of the body", (_what, body) => {
    expect(run(body).mentions.map((m) => m.entityId)).not.toContain("agency:中央纪律检查委员会");
    expect(run(body).entities.filter((e) => e.label === "Agency")).toEqual([]);
  });
  it("X网站发布公告: the body's own announcement, the body is mentioned", () => {
    expect(run("中国人民银行网站发布公告称，将加强对虚拟货币交易的监测。").mentions.map((m) => m.entityId)).toContain(
      "agency:中国人民银行",
    );
  });
});

describe("a crackdown told before a kind of firm is no firm's name", () => {
  it.each([
    ["北京打压交易所", "在北京打压交易所之后，币安将业务转到海外。"],
    ["清退交易所", "监管部门全面清退交易所，火币随后宣布退出。"],
  ])("%s", (_what, body) => {
    expect(run(body).entities.filter((e) => e.label === "Company" && /交易所$/.test(e.name))).toEqual([]);
  });
  it("an exchange named after its city in the same sentence is still read", () => {
    expect(
      run("在北京打压交易所之后，上海华信交易所宣布关闭。")
        .entities.filter((e) => e.label === "Company")
        .map((e) => e.id),
    ).toEqual(["company:上海华信交易所"]);
  });
});

describe("Hong Kong papers' names for the mainland regulators", () => {
  it("中銀監、中證監、中保監 are the three commissions, co-issuers with the central bank", () => {
    const r = run("人民銀行、中銀監、中證監、中保監及工信部等五部委昨聯合發布《關於防範比特幣風險的通知》。");
    expect(linesOf(r, "ISSUED").sort()).toEqual(
      ["中国人民银行", "中国保险监督管理委员会", "中国证券监督管理委员会", "中国银行业监督管理委员会", "工业和信息化部"]
        .map((a) => `ISSUED agency:${a} -> measure:关于防范比特币风险的通知`)
        .sort(),
    );
  });
});

describe("a body's numbered meeting whose spirit is carried out", () => {
  it("国务院金融委第五十一次全体会议精神: the committee's meeting, named as when it is convened, the committee its convener", () => {
    const r = run("为落实国务院金融委第五十一次全体会议精神，人民银行约谈了部分银行。");
    expect(linesOf(r, "ISSUED")).toEqual([
      "ISSUED agency:国务院金融稳定发展委员会 -> measure:国务院金融稳定发展委员会第五十一次会议",
    ]);
    expect(r.entities.find((e) => e.label === "Measure")?.aliases).toContain("国务院金融委第五十一次全体会议");
  });
});

describe("a meeting named where someone spoke at it", () => {
  it("在X座谈会上表示 names the meeting", () => {
    const r = run("副行长在重点城市互联网金融整治工作座谈会上表示，将推动挖矿有序退出。");
    expect(r.entities.filter((e) => e.label === "Measure").map((e) => e.name)).toEqual([
      "重点城市互联网金融整治工作座谈会",
    ]);
  });
  it.each([
    ["a meeting named by a determiner", "他在此次座谈会上表示，要加强监管。"],
    ["a meeting described with 的 (…召开的工作会议)", "他在省政府召开的工作会议上指出，要加强监管。"],
  ])("%s: none", (_what, body) => {
    expect(run(body).entities.filter((e) => e.label === "Measure")).toEqual([]);
  });
});

describe("a name before the charges of a trial", () => {
  it("肖某受贿、滥用职权一案: the name ends before 受贿", () => {
    const r = run("江西省政协原党组成员、副主席许明受贿、滥用职权一案开庭审理。");
    expect(r.entities.filter((e) => e.label === "Official").map((e) => e.name)).toEqual(["许明"]);
  });
});

describe("a body's department that acts in the text", () => {
  it("X营业管理部支付结算处1月17日下发了《…》: the department issued it", () => {
    expect(
      linesOf(run("中国人民银行营业管理部支付结算处1月17日下发了《关于开展支付服务自查整改工作的通知》。"), "ISSUED"),
    ).toEqual(["ISSUED agency:中国人民银行营业管理部支付结算处 -> measure:关于开展支付服务自查整改工作的通知"]);
  });
  it("a department only named in an official's post is no body of its own", () => {
    expect(
      run("江西省发改委价格处处长王强出席会议。")
        .entities.filter((e) => e.label === "Agency")
        .map((e) => e.id),
    ).toEqual(["agency:江西省发展和改革委员会"]);
  });
});

describe("a body acting with the support of others (Y在X等部门支持下)", () => {
  it("the body before 在 worked with each one named", () => {
    const r = run("鸡西市公安局城子河分局在市局刑侦支队、网安支队等部门支持下，破获一起传销案件。");
    expect(linesOf(r, "WORKED_WITH").sort()).toEqual([
      "WORKED_WITH agency:鸡西市公安局城子河分局 -> agency:鸡西市公安局刑侦支队",
      "WORKED_WITH agency:鸡西市公安局城子河分局 -> agency:鸡西市公安局网安支队",
    ]);
  });
});

describe("a catalogue put out for comment", () => {
  it("《X清单 (2021 年版)》 with spaces keeps its edition, and the body seeking comment on it issued it", () => {
    const r = run("國家發改委公開徵求《市場準入負面清單 (2021 年版)》意見時，將挖礦列入淘汰類。");
    expect(linesOf(r, "ISSUED")).toEqual([
      "ISSUED agency:国家发展和改革委员会 -> measure:市场准入负面清单（2021年版）",
    ]);
  });
  it("a body that drew a draft up (组织起草了《…》) issued it", () => {
    expect(linesOf(run("自治区能源局组织起草了《关于加强挖矿整治的八项措施（征求意见稿）》。"), "ISSUED")).toHaveLength(
      1,
    );
  });
});

describe("a month and day written with spaces beside the digits (10 月2 日)", () => {
  it("dates the announcement on that day", () => {
    const r = run("2021年9月底，监管收紧。10 月2 日，火幣發布《關於存量用戶清退流程的公告》。");
    expect(r.entities.find((e) => e.name === "关于存量用户清退流程的公告")?.properties.date).toBe("2021-10-02");
  });
});

describe("a regulation cited by name without 《》", () => {
  it("根据供电营业规则: the regulation, cited by the notice", () => {
    const r = run("关于挖矿用电实行差别电价的通知\n\n根据供电营业规则，擅自接用高价设备的，需补交差额电费。");
    expect(linesOf(r, "CITES")).toEqual(["CITES measure:关于挖矿用电实行差别电价的通知 -> measure:供电营业规则"]);
  });
  it.each([
    ["a determiner and a kind", "根据有关管理规定，予以处罚。"],
    ["a kind alone", "根据本实施细则，各地执行。"],
  ])("%s: none", (_what, body) => {
    expect(run(body).entities.filter((e) => e.label === "Measure")).toEqual([]);
  });
});

describe("a quoted name said to be a platform", () => {
  it("“X”是一个以区块链为噱头的平台: a company", () => {
    expect(run("据介绍，“星链宝”是一个以区块链为噱头的投资平台，吸收会员资金。").entities.map((e) => e.id)).toContain(
      "company:星链宝",
    );
  });
  it("a quoted common word is none (“币圈”是一个小众的平台)", () => {
    expect(run("“币圈”是一个小众的平台，用户很多。").entities).toEqual([]);
  });
});

describe("a firm's chief executive as Taiwan writes it, and kinds of firm", () => {
  it("X的执行长Y is a person of the firm, no official", () => {
    expect(run("这家矿企的执行长杨立新表示，欢迎这轮投资。").entities.find((e) => e.name === "杨立新")?.label).toBe(
      "Person",
    );
  });
  it("a bank's 行长 is still an official", () => {
    expect(run("央行行长易纲表示，将加强监管。").entities.find((e) => e.name === "易纲")?.label).toBe("Official");
  });
  it.each([
    ["上市挖矿公司", "近期中国的上市挖矿公司比特矿业宣布融资。"],
    ["营运数据中心", "比特小鹿在罗克代尔设立营运数据中心。"],
    ["铝业公司", "这座工厂原是美国铝业公司所有。"],
  ])("%s names a kind of firm, no firm", (word, body) => {
    expect(run(body).entities.map((e) => e.name)).not.toContain(word);
  });
  it("俄国 is Russia", () => {
    expect(run("九城和俄国托管服务商签署了协议。").entities.map((e) => e.id)).toContain("country:俄罗斯");
  });
});

describe("a foreign university's institute", () => {
  it("英国剑桥大学另类金融研究中心: the institute, located in its country", () => {
    expect(linesOf(run("英国剑桥大学另类金融研究中心的数据显示，算力占比下降。"), "LOCATED_IN")).toEqual([
      "LOCATED_IN agency:剑桥大学另类金融研究中心 -> country:英国",
    ]);
  });
  it("剑桥大学的另类金融研究中心: the same institute", () => {
    expect(run("根据剑桥大学的另类金融研究中心统计，占比下降。").entities.map((e) => e.id)).toEqual([
      "agency:剑桥大学另类金融研究中心",
    ]);
  });
});

describe("a kind of document issued, titled at the start of the next sentence", () => {
  it("X、Y五部门发布风险提示…。《关于…的风险提示》表示: they issued it", () => {
    const r = run(
      "记者从公安部获悉，公安部、中国人民银行等五部门发布风险提示，提醒公众警惕。《关于防范以虚拟货币名义非法集资的风险提示》表示，近期一些不法分子吸收资金。",
    );
    expect(linesOf(r, "ISSUED").sort()).toEqual([
      "ISSUED agency:中国人民银行 -> measure:关于防范以虚拟货币名义非法集资的风险提示",
      "ISSUED agency:公安部 -> measure:关于防范以虚拟货币名义非法集资的风险提示",
    ]);
  });
  it("a kind that differs from the title's is no reference", () => {
    const r = run("公安部发布通知，提醒公众警惕。《关于防范非法集资的风险提示》表示，近期一些不法分子吸收资金。");
    expect(linesOf(r, "ISSUED")).toEqual([]);
  });
});

describe("colleges and their offices", () => {
  it.each([
    ["X学院 with a verb before it", "为切实做好新乡学院挖矿专项整治工作，学校召开了会议。", "agency:新乡学院"],
    ["X学院 issuing its notice", "新乡学院关于开展虚拟货币“挖矿”专项整治活动的通知", "agency:新乡学院"],
    [
      "a college's leading-group office is the college's, no city's",
      "威海职业学院网络安全和信息化工作领导小组办公室发布通知。",
      "agency:威海职业学院网络安全和信息化工作领导小组办公室",
    ],
  ])("%s", (_what, body, id) => {
    expect(run(body).entities.map((e) => e.id)).toContain(id);
  });
  it("the office of a college names no city body", () => {
    expect(run("威海职业学院网络安全和信息化工作领导小组办公室发布通知。").entities.map((e) => e.id)).not.toContain(
      "place:威海市",
    );
  });
  it.each([
    ["学院派", "该学院派出两名教师参加培训。"],
    ["a count", "省内多所学院开展了排查。"],
  ])("%s: no college", (_what, body) => {
    expect(run(body).entities.filter((e) => e.label === "Agency")).toEqual([]);
  });
});

describe("campaigns, drafts and firms in this round's sentences", () => {
  it("开展了X整治行动: the campaign's name does not open with 了", () => {
    expect(run("东莞市开展了全市虚拟货币“挖矿”现场整治行动。").entities.map((e) => e.name)).toContain(
      "全市虚拟货币“挖矿”现场整治行动",
    );
  });
  it("《X目录(2019年本, 征求意见稿)》 disclosed by a body: the draft of that edition, issued by the body", () => {
    expect(
      linesOf(run("国家发改委披露了《产业结构调整指导目录(2019年本, 征求意见稿)》，这是首次修订。"), "ISSUED"),
    ).toEqual(["ISSUED agency:国家发展和改革委员会 -> measure:产业结构调整指导目录（2019年本，征求意见稿）"]);
  });
  it("X公安局接Y供电公司报案: the bureau and the firm, two names", () => {
    const ids = run("今年3月，洛南县公安局接国网商洛供电公司报案称，一用户用电量激增。").entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(["agency:洛南县公安局", "company:国网商洛供电公司"]));
  });
  it("加强数据中心…管理 names no firm", () => {
    expect(run("要求加强数据中心用电管理，排查交易平台。").entities).toEqual([]);
  });
});

describe("a name with the public title after it", () => {
  it.each([
    ["会上，X副处长…", "会上，王江川副处长传达了上级文件。", "王江川"],
    ["由X局长带队", "下午，由李新民局长带队开展检查。", "李新民"],
  ])("%s: an official", (_what, body, name) => {
    expect(
      run(body)
        .entities.filter((e) => e.label === "Official")
        .map((e) => e.name),
    ).toEqual([name]);
  });
  it.each([
    ["a body's word before the title (党委书记)", "党委书记指出，要加强排查。"],
    ["a level before the title (国家主席)", "据报道，国家主席出席了会议。"],
    ["a name glued to another word (市局长)", "他说该市局长已经到任。"],
  ])("%s: nobody", (_what, body) => {
    expect(run(body).entities.filter((e) => e.label === "Official" || e.label === "Person")).toEqual([]);
  });
});

describe("a college issuing its own notice", () => {
  it("《X学院关于…的通知》: the college issued it, the title named from 关于", () => {
    expect(linesOf(run("会上传达了《新乡学院关于开展虚拟货币挖矿专项整治活动的通知》。"), "ISSUED")).toEqual([
      "ISSUED agency:新乡学院 -> measure:关于开展虚拟货币挖矿专项整治活动的通知",
    ]);
  });
  it("a city's body before 关于 is still the city's", () => {
    expect(linesOf(run("会上传达了《新乡市教育局关于开展挖矿专项整治活动的通知》。"), "ISSUED")).toEqual([
      "ISSUED agency:新乡市教育局 -> measure:关于开展挖矿专项整治活动的通知",
    ]);
  });
});

describe("firms announcing together without an adverb, and coins", () => {
  it("火幣網、OKCoin幣行16日公告: each firm's own announcement, a mention each, the brand written twice one firm", () => {
    const r = run("大陸兩大交易所火幣網、OKCoin幣行16日公告，將停止交易業務。");
    expect(linesOf(r, "ISSUED").sort()).toEqual([
      "ISSUED company:OKEx -> measure:OKEx公告",
      "ISSUED company:火币 -> measure:火币公告",
    ]);
    expect(
      r.mentions
        .filter((m) => m.label === "Measure")
        .map((m) => m.entityId)
        .sort(),
    ).toEqual(["measure:OKEx公告", "measure:火币公告"]);
    expect(r.entities.find((e) => e.id === "measure:火币公告")?.aliases).toEqual(["火币网公告"]);
  });
  it("a coin glossed with its Latin name (以太幣(Ether)) is no firm", () => {
    expect(
      run("ICO是指向投資者籌集比特幣(Bitcoin)、以太幣(Ether)等所謂虛擬貨幣。").entities.filter(
        (e) => e.label === "Company",
      ),
    ).toEqual([]);
  });
  it("a firm controlled by someone (实际控制X公司): the firm's name starts after the verb", () => {
    expect(run("犯罪嫌疑人实际控制河南链鑫科技有限公司。").entities.map((e) => e.id)).toContain(
      "company:河南链鑫科技有限公司",
    );
  });
});
