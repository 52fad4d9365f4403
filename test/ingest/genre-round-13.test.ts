/**
 * Table tests for the thirteenth round of issue 10 (recall on unseen articles), one category per block. Sentences
 * written for these tests (never copied from an article); the people's names are made up.
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, mentionedIds, relationLines } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";

const linesOf = (r: DocumentResult, type: string): string[] => relationLines(r).filter((l) => l.startsWith(`${type} `));
const measures = (r: DocumentResult): string[] =>
  r.entities
    .filter((e) => e.label === "Measure")
    .map((e) => e.name)
    .sort();
const mentionsOf = (r: DocumentResult, label: string): string[] =>
  r.mentions.filter((m) => m.label === label).map((m) => `${m.entityId} ${m.surface}`);

describe("内蒙 is Inner Mongolia's short form too", () => {
  it.each([
    ["in a list of provinces, Traditional", "繼內蒙、青海之後，雲南也開始清理礦場。"],
    ["before a body", "内蒙发改委近日发布通知。"],
  ])("%s", (_what, body) => {
    expect(mentionedIds(run(body)).some((id) => id.includes("内蒙古自治区"))).toBe(true);
  });
  it("内蒙古 is still read whole", () => {
    expect(mentionsOf(run("内蒙古包头市关停矿场。"), "Province")).toEqual(["province:内蒙古自治区 内蒙古"]);
  });
});

describe("a shorthand for a fixed group of regulators names each of them", () => {
  const PBOC = "agency:中国人民银行";
  const CBRC = "agency:中国银行业监督管理委员会";
  const CSRC = "agency:中国证券监督管理委员会";
  const CIRC = "agency:中国保险监督管理委员会";
  const CBIRC = "agency:中国银行保险监督管理委员会";
  const FSDC = "agency:国务院金融稳定发展委员会";
  it.each([
    ["一行三会 (2013–2018)", "一行三会近日表示将加强对比特币的监管。", [PBOC, CBRC, CSRC, CIRC]],
    ["银证保三会", "银证保三会均表态支持。", [CBRC, CSRC, CIRC]],
    ["银证保三会 with a scraped page's space, Traditional", "工信部會同銀證保 三會發文。", [CBRC, CSRC, CIRC]],
    ["一行两会 (2018–2023)", "一行两会负责人接受采访。", [PBOC, CBIRC, CSRC]],
    ["一委一行两会", "一委一行两会召开联席会议。", [FSDC, PBOC, CBIRC, CSRC]],
  ])("%s", (_what, body, want) => {
    const r = run(body);
    for (const id of want) expect(mentionedIds(r)).toContain(id);
    // (the shorthand is no alias of any of them)
    for (const e of r.entities) expect(e.aliases.join()).not.toMatch(/三会|两会/);
  });
  it.each([
    ["the party's 三会一课", "各支部认真落实三会一课制度。"],
    ["the annual sessions, 两会", "今年两会期间，代表们提出建议。"],
  ])("%s names no regulator", (_what, body) => {
    expect(run(body).entities.filter((e) => e.label === "Agency")).toEqual([]);
  });
  it("a lead's partners named by a shorthand are each its partner (A牵头，B会同C联合…)", () => {
    const r = run("人民银行牵头，工信部会同银证保三会联合下发通知。");
    expect(linesOf(r, "WORKED_WITH").sort()).toEqual(
      [
        `WORKED_WITH ${PBOC} -> agency:工业和信息化部`,
        `WORKED_WITH ${PBOC} -> ${CBRC}`,
        `WORKED_WITH ${PBOC} -> ${CSRC}`,
        `WORKED_WITH ${PBOC} -> ${CIRC}`,
      ].sort(),
    );
  });
});

describe("a title whose issuers a scraped page broke with spaces is still read", () => {
  it("its issuers are each a mention and a co-issuer; the title is named from 关于", () => {
    const r = run(
      "请遵守《中国人民 银行 工业和信息化部 中国银行 业监督管理委员会 中国 证券 监督管理委员会关于防范代币风险的通知》的规定。",
    );
    expect(measures(r)).toEqual(["关于防范代币风险的通知"]);
    expect(linesOf(r, "ISSUED").sort()).toEqual(
      [
        "ISSUED agency:中国人民银行 -> measure:关于防范代币风险的通知",
        "ISSUED agency:工业和信息化部 -> measure:关于防范代币风险的通知",
        "ISSUED agency:中国银行业监督管理委员会 -> measure:关于防范代币风险的通知",
        "ISSUED agency:中国证券监督管理委员会 -> measure:关于防范代币风险的通知",
      ].sort(),
    );
    // (each issuer's evidence is the text as written, spaces and all)
    expect(mentionsOf(r, "Agency")).toContain("agency:中国银行业监督管理委员会 中国银行 业监督管理委员会");
  });
  it("a title with spaces that are no issuers' keeps its whole name", () => {
    expect(measures(run("印发《虚拟货币 挖矿 整治方案》。"))).toEqual(["虚拟货币挖矿整治方案"]);
  });
});

describe("meetings a body convened", () => {
  it.each([
    [
      "the body's defined short form between it and 召开",
      "5月20日，国务院金融稳定发展委员会（以下简称金融委）召开第五十二次会议。",
      "国务院金融稳定发展委员会第五十二次会议",
    ],
    [
      "the short form in brackets, Arabic number",
      "国务院金融稳定发展委员会（金融委）召开第52次会议，研究部署工作。",
      "国务院金融稳定发展委员会第五十二次会议",
    ],
    [
      "组织 others to hold it",
      "6月2日，甘肃省国资委组织监管企业召开虚拟货币“挖矿”清理工作会议。",
      "虚拟货币“挖矿”清理工作会议",
    ],
    [
      "an executive meeting by its number",
      "甘肃省发改委要求按照省政府第81次常务会议精神开展清理。",
      "甘肃省人民政府第八十一次常务会议",
    ],
  ])("%s", (_what, body, name) => {
    const r = run(body);
    expect(measures(r)).toContain(name);
    expect(linesOf(r, "ISSUED").some((l) => l.endsWith(`measure:${name}`))).toBe(true);
  });
  it("a numbered plenary written with 全体 is the same meeting, both ways written its aliases", () => {
    const r = run("为落实国务院金融委第五十二次全体会议精神，各地开展清理。");
    const m = r.entities.find((e) => e.label === "Measure")!;
    expect(m.name).toBe("国务院金融稳定发展委员会第五十二次会议");
    expect(m.aliases).toEqual(
      expect.arrayContaining(["国务院金融委第五十二次全体会议", "国务院金融稳定发展委员会第五十二次全体会议"]),
    );
  });
  // (convention changed in round 21: 又 goes on with the sentence before's subject, who convened it)
  it("a named meeting held again by the subject of the sentence before: the meeting, that body its convener", () => {
    const r = run("国家能源局上月发布通知。近日，又组织召开虚拟货币“挖矿”整治专题视频会议。");
    expect(measures(r)).toEqual(["虚拟货币“挖矿”整治专题视频会议"]);
    expect(linesOf(r, "ISSUED")).toEqual(["ISSUED agency:国家能源局 -> measure:虚拟货币“挖矿”整治专题视频会议"]);
  });
  it("a named meeting convened with no 又: its convener left unnamed", () => {
    const r = run("国家能源局上月发布通知。近日，组织召开虚拟货币“挖矿”整治专题视频会议。");
    expect(linesOf(r, "ISSUED")).toEqual([]);
  });
  it.each([
    ["a meeting named by its kind and scope alone", "随后召开了全市工作会议。"],
    ["a party group's meeting", "近日，召开党组会议。"],
  ])("%s is no measure", (_what, body) => {
    expect(measures(run(body))).toEqual([]);
  });
});

describe("a firm's announcement quoted where it said something (在公告里表示)", () => {
  it("曾在公告里表示", () => {
    const r = run("比特币交易平台云币网曾在公告里表示，将暂停充值。");
    expect(linesOf(r, "ISSUED")).toEqual(["ISSUED company:云币网 -> measure:云币网公告"]);
  });
});

describe("names and bodies", () => {
  it("an official's name ends before 因 and the charge (X因严重违纪)", () => {
    const r = run("江西省政协原副主席赵明因严重违纪违法被开除党籍。");
    expect(r.entities.filter((e) => e.label === "Official").map((e) => e.name)).toEqual(["赵明"]);
  });
  it("a police station after words of passing is no station named by them (虽经派出所调解)", () => {
    expect(run("双方发生纠纷，虽经派出所调解，仍未解决。").entities.filter((e) => e.label === "Agency")).toEqual([]);
  });
  it.each([
    ["a city's financial services office", "上海市金融服务办公室发布公告。", "agency:上海市金融服务办公室"],
    [
      "a district's energy inspectorate by the locale",
      "杭州市萧山区召开会议。会上，区能源监察中心作了汇报。",
      "agency:萧山区能源监察中心",
    ],
    [
      "Japan's regulator as Taiwan's papers name it",
      "該交易所已獲得日本金融服務局發出的牌照。",
      "agency:日本金融服务局",
    ],
    [
      "a province's liaison office in the capital, Traditional",
      "他曾任甘肅省駐北京辦事處主任。",
      "agency:甘肃省驻北京办事处",
    ],
    ["the Politburo as 中共政治局", "他曾是中共政治局委員。", "agency:中央政治局"],
  ])("%s", (_what, body, id) => {
    expect(mentionedIds(run(body))).toContain(id);
  });
});

describe("people", () => {
  it("a name after a title and a dash (董事长——X，…)", () => {
    const r = run("其中，某矿业公司创始人、现比特小鹿的董事长——钱多多，曾经的矿霸。");
    expect(r.entities.filter((e) => e.label === "Person").map((e) => e.name)).toEqual(["钱多多"]);
  });
  it.each([
    [
      "a pseudonym the report marks (X（化名）), even one nameAt stops at",
      "业内资深人士杨从（化名）表示，矿工已外迁。",
      "杨从",
    ],
    ["a three-character one", "记者王小明（化名）说，矿场已关。", "王小明"],
    ["the two characters the text goes on writing", "矿机经销商鲁克（化名）告诉记者。鲁克认为价格太高。", "鲁克"],
  ])("%s", (_what, body, name) => {
    expect(
      run(body)
        .entities.filter((e) => e.label === "Person")
        .map((e) => e.name),
    ).toEqual([name]);
  });
  it("an anonymised name marked as a pseudonym is nobody", () => {
    expect(run("李某（化名）在家中挖矿。").entities.filter((e) => e.label === "Person")).toEqual([]);
  });
});

describe("firms named after their kind", () => {
  it.each([
    ["a Latin name of two words after 交易平台", "海外交易平台Local Coins的交易量创新高。", ["Local Coins"]],
    ["less a title written after it", "交易所Binance CEO赵长鹏表示将遵守规定。", ["币安"]],
    [
      "a kind of firm of kind words alone before a Latin name (数据与分析公司X)",
      "据区块链数据与分析公司ChainData估计，算力回升。",
      ["ChainData"],
    ],
    ["a domain written in capitals after its kind", "他将矿池POOLX.COM卖给了他人。", ["POOLX.COM"]],
    ["a domain opening with digits", "矿池被卖给了888.com彩票网。", ["888.com"]],
    ["an anonymised bank of a kind", "某股份制银行有关人士表示。", []],
    ["a firm's own boast of its kind", "它对外宣称是高新科技公司。", []],
  ])("%s", (_what, body, firms) => {
    expect(
      run(body)
        .entities.filter((e) => e.label === "Company")
        .map((e) => e.name)
        .sort(),
    ).toEqual(firms);
  });
});

describe("foreign states and cities are places", () => {
  it.each([
    ["a US state", "该公司在得克萨斯州建设新矿场。", "place:得克萨斯州"],
    ["its variant spelling", "矿工迁往德克萨斯州。", "place:得克萨斯州"],
    ["a city after its country", "矿企迁往哈萨克斯坦埃基巴斯图兹。", "place:埃基巴斯图兹"],
    ["a city, Traditional", "該交易所將總部遷往杜拜。", "place:迪拜"],
  ])("%s", (_what, body, id) => {
    expect(mentionedIds(run(body))).toContain(id);
  });
  it.each([
    ["a newspaper", "据纽约时报报道，矿工外迁。"],
    ["an exchange", "伦敦金属交易所铝价上涨。"],
    ["a university", "东京大学的研究人员指出。"],
  ])("a city opening %s's name is no place", (_what, body) => {
    expect(run(body).entities.filter((e) => e.label === "Place")).toEqual([]);
  });
});

describe("places and police by their division", () => {
  it("a Taiwan agency's dateline without a month (X社北京24日综合外电报导) is no mention of the place", () => {
    expect(
      run("中央社北京24日綜合外電報導，據礦工說法，挖礦仍在進行。").entities.filter((e) => e.label === "Province"),
    ).toEqual([]);
  });
  it("the place of a day's event is still one (北京24日发布)", () => {
    expect(mentionedIds(run("北京24日发布新规。"))).toContain("province:北京市");
  });
  it.each([
    [
      "a bare 省 before 公安机关 in a province's article",
      "河南省郑州市的矿场被查。这是我省公安机关的又一成果，河南省公安厅表示将继续打击。",
      "agency:河南省公安厅",
    ],
    [
      "a municipality's police is its 公安局",
      "上海市人民政府发布通知。市警方随即行动，上海市公安局通报了结果。",
      "agency:上海市公安局",
    ],
  ])("%s", (_what, body, id) => {
    expect(mentionedIds(run(body))).toContain(id);
  });
});

describe("a firm's announcement dated in its own words", () => {
  const dateOf = (r: DocumentResult, name: string): unknown =>
    r.entities.find((e) => e.label === "Measure" && e.name === name)?.properties.date;
  it("firms' 16日公告 under a dateline of the 17th: the 16th", () => {
    const r = run("（中央社台北17日電）交易所火幣網、OKCoin幣行16日公告，將停止交易業務。", { date: "2017-09-17" });
    expect(dateOf(r, "火币公告")).toBe("2017-09-16");
    expect(dateOf(r, "OKEx公告")).toBe("2017-09-16");
  });
  it("a firm's 于9月16日发布公告", () => {
    expect(dateOf(run("币安于9月16日发布公告称，将清退用户。", { date: "2021-09-20" }), "币安公告")).toBe("2021-09-16");
  });
  it("a shopping platform's announcement, dated by its news line", () => {
    const r = run("1月7日消息，淘宝发布公告称，禁止销售比特币。", { date: "2014-01-07" });
    expect(linesOf(r, "ISSUED")).toEqual(["ISSUED company:淘宝 -> measure:淘宝公告"]);
    expect(dateOf(r, "淘宝公告")).toBe("2014-01-07");
  });
  it("a firm named as a model of a kind (以类似“淘宝”的形式) is no firm the text is about", () => {
    expect(run("平台以类似“淘宝”的形式撮合交易。").entities.filter((e) => e.label === "Company")).toEqual([]);
  });
});

describe("issuers, firms and their acts in other words", () => {
  it.each([
    [
      "a headline: the body, a colon, the title (内蒙古发改委：关于…的公告)",
      "甘肃发改委：关于设立虚拟货币“挖矿”举报平台的公告",
    ],
    ["the same with 《》", "甘肃发改委：《关于设立虚拟货币“挖矿”举报平台的公告》全文"],
  ])("%s", (_what, body) => {
    expect(linesOf(run(body), "ISSUED")).toEqual([
      "ISSUED agency:甘肃省发展和改革委员会 -> measure:关于设立虚拟货币“挖矿”举报平台的公告",
    ]);
  });
  it("a body saying something about a document after a colon did not issue it (X表示：《通知》…)", () => {
    expect(linesOf(run("国家能源局表示：《通知》将严格执行。"), "ISSUED")).toEqual([]);
  });
  it("a trade name holding 和 after 了 (查处了泰和矿业有限公司)", () => {
    expect(mentionedIds(run("警方查处了安和矿业有限公司的违规用电行为。"))).toContain("company:安和矿业有限公司");
  });
  it.each([
    ["包括", "省通信管理局关停了3家虚拟货币交易网站，包括币安网和火币网。"],
    ["其中包括", "省通信管理局约谈了多家交易平台，其中包括币安网、火币网。"],
  ])("firms counted after an act and named in the next clause (%s) are its objects", (_what, body) => {
    expect(
      linesOf(run(body), "ACTED_ON")
        .map((l) => l.split(" -> ")[1])
        .sort(),
    ).toEqual(["company:币安", "company:火币"]);
  });
  it("a firm opening the next clause as its subject is no object of the act before", () => {
    expect(linesOf(run("省通信管理局约谈了多家交易平台，火币网表示将配合。"), "ACTED_ON")).toEqual([]);
  });
});
