/**
 * Table tests for the twenty-seventh round of issue 10, one category per block.
 * Sentences written for these tests (never copied from an article); the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import { inferDate } from "../../ingest/dates.js";
import { entityNames as names, extractArticle as run, relationLines } from "../helpers/extract.js";

describe("a district's branch of the city's market regulator, written by the district", () => {
  const meta = { date: "2018-08-24" };
  it.each([
    ["工商分局", "丰台区工商分局近日检查了辖区内的写字楼。", "丰台区工商行政管理分局", "丰台区"],
    ["工商行政管理分局", "丰台区工商行政管理分局近日检查了辖区内的写字楼。", "丰台区工商行政管理分局", "丰台区"],
    ["市场监管分局", "闵行区市场监管分局近日检查了辖区内的商场。", "闵行区市场监督管理分局", "闵行区"],
  ])("%s", (_what, text, agency, place) => {
    const r = run(text, meta);
    expect(names(r, "Agency")).toEqual([agency]);
    expect(relationLines(r, "LOCATED_IN")).toContain(`LOCATED_IN agency:${agency} -> place:${place}`);
  });
  it("listed with the district's finance office before 等部门联合: both, and they worked together", () => {
    const r = run("丰台区金融办、丰台区工商分局等部门联合下发通知，禁止商场承接代币推介会。", meta);
    expect(names(r, "Agency")).toContain("丰台区工商行政管理分局");
    expect(relationLines(r, "WORKED_WITH").length).toBe(1);
  });
  it("the city bureau's own branch by the district's short form is still its branch", () => {
    expect(names(run("杭州市工商局上城分局开展检查。", meta), "Agency")).toEqual(["杭州市工商行政管理局上城分局"]);
  });
});

describe("a count of firms before the kind (一处数据中心, 两个交易所) names no firm", () => {
  it.each([
    ["一处 before 数据中心", "警方在该园区一处数据中心查获矿机二百台。"],
    ["两个 before 交易所", "调查组走访了两个交易所和三家数据中心。"],
    ["一座 before 数据中心", "记者在县城边上的一座数据中心看到，机房已断电。"],
  ])("%s", (_what, text) => {
    expect(names(run(text, { date: "2021-06-18" }), "Company")).toEqual([]);
  });
  it("a firm named before 旗下 is still found beside the count", () => {
    const r = run("据了解，星岚能源股份有限公司旗下一处数据中心也被责令停止挖矿。", { date: "2021-06-18" });
    expect(names(r, "Company")).toEqual(["星岚能源股份有限公司"]);
  });
});

describe("a prefecture's ambiguous short form right after its own province's name", () => {
  const meta = { date: "2021-06-21" };
  it.each([
    ["四川雅安", "6月20日，四川雅安的多座水电矿场陆续断电。", "雅安市", "四川省"],
    ["江西吉安: the prefecture, not the county", "江西吉安近日部署清理挖矿项目。", "吉安市", "江西省"],
    ["辽宁朝阳: the prefecture, not the county", "辽宁朝阳一处矿场被查处。", "朝阳市", "辽宁省"],
    ["云南普洱", "在云南普洱，小水电站向矿场违规供电。", "普洱市", "云南省"],
  ])("%s", (_what, text, place, province) => {
    const r = run(text, meta);
    expect(names(r, "Place")).toEqual([place]);
    expect(relationLines(r, "IN_PROVINCE")).toEqual([`IN_PROVINCE place:${place} -> province:${province}`]);
  });
  it.each([
    ["a county written in full stays the county", "江西吉安县近日部署清理挖矿项目。", "吉安县"],
    ["a county's own short form after its province stays the county", "四川汶川的一家矿场被断电。", "汶川县"],
  ])("%s", (_what, text, place) => {
    expect(names(run(text, meta), "Place")).toEqual([place]);
  });
  it("the short form after another province is not read as a place", () => {
    expect(names(run("四川普洱茶商会在成都举行年会。", meta), "Place")).not.toContain("普洱市");
  });
});

describe("a coin's name opening an organisation's name keeps its first character", () => {
  it.each([
    ["a foundation after a point's number", "3. 以太坊基金会：升级将于下月上线主网。"],
    ["a foundation as the subject", "以太坊基金会表示，升级将于下月上线主网。"],
  ])("%s: no truncated name", (_what, text) => {
    const all = run(text, { date: "2021-06-22" }).entities.map((e) => e.name);
    expect(all.filter((n) => n.startsWith("太坊"))).toEqual([]);
  });
});

describe("a foreign head of state named after the country and the title", () => {
  const meta = { date: "2021-06-22" };
  it.each([
    ["a three-character name", "据外媒报道，萨尔瓦多总统布克尔表示，将用地热发电开采比特币。", "布克尔"],
    ["a four-character name ending in 夫", "哈萨克斯坦总统托卡耶夫签署命令，对矿企加征电费。", "托卡耶夫"],
    ["a prime minister", "吉尔吉斯斯坦总理扎帕罗夫表示，将对矿场收取电费。", "扎帕罗夫"],
  ])("%s", (_what, text, name) => {
    expect(names(run(text, meta), "Official")).toEqual([name]);
  });
  it("a title after the country with no name after it names nobody", () => {
    const r = run("萨尔瓦多总统表示，将用地热发电开采比特币。", meta);
    expect([...names(r, "Official"), ...names(r, "Person")]).toEqual([]);
  });
});

describe("a title in 《》 that is an analysis or a ranking is no measure", () => {
  const meta = { date: "2018-09-18" };
  it.each([
    ["an analysis", "根据某研究机构发布的《监管环境分析》，区块链监管始于2017年。"],
    ["a study", "课题组发布《虚拟货币交易风险研究》，提出三点建议。"],
    ["a ranking", "多个公众号位列《区块链公众号影响力排行榜》前十。"],
    ["a reading of a notice", "财经频道播出《关于进一步防范虚拟货币交易炒作风险的通知》解读。"],
  ])("%s", (_what, text) => {
    const all = names(run(text, meta), "Measure");
    expect(all.filter((n) => /分析|研究|排行榜|解读/.test(n))).toEqual([]);
  });
  it.each([
    ["a plan still is one", "县政府印发《全县虚拟货币挖矿整治工作方案》。", "全县虚拟货币挖矿整治工作方案"],
    ["a notice still is one", "省发改委印发《关于清理挖矿项目的通知》。", "关于清理挖矿项目的通知"],
  ])("%s", (_what, text, measure) => {
    expect(names(run(text, meta), "Measure")).toEqual([measure]);
  });
});

describe("the national leading group of the internet-finance campaign written with 国家", () => {
  it.each([
    ["Simplified", "国家互联网金融风险专项整治工作领导小组及时部署，封堵境外交易平台。"],
    ["Traditional", "國家互聯網金融風險專項整治工作領導小組及時部署，封堵境外交易平臺。"],
  ])("%s: the one leading group, its 国家 form an alias", (_what, text) => {
    const r = run(text, { date: "2018-09-18" });
    expect(names(r, "Agency")).toEqual(["互联网金融风险专项整治工作领导小组"]);
    const group = r.entities.find((e) => e.label === "Agency")!;
    expect(group.aliases).toContain("国家互联网金融风险专项整治工作领导小组");
  });
});

describe("a list of platforms before 等交易平台 under a point's number", () => {
  const meta = { date: "2018-06-01" };
  it("the number is no part of the first member, and a member's site is the member", () => {
    const r = run("2. Quexa官网、Borvix和Tenlo等交易平台在境内仍可访问。", meta);
    expect(names(r, "Company")).toEqual(["Borvix", "Quexa", "Tenlo"]);
  });
  it("a number in parentheses too", () => {
    const r = run("（3）Quexa和Borvix等交易平台仍可访问。", meta);
    expect(names(r, "Company")).toEqual(["Borvix", "Quexa"]);
  });
});

describe("a quoted word of what platforms do, beside a platform word, is no platform's name", () => {
  const meta = { date: "2018-09-18" };
  it.each([
    ["after the platform word", "一是虚拟货币交易平台“出海”，在境外注册后继续服务境内用户。"],
    ["before the platform word", "监管部门屏蔽了“出海”虚拟货币交易平台。"],
    ["跑路 before 平台", "多家“跑路”平台的负责人已被立案侦查。"],
  ])("%s", (_what, text) => {
    expect(names(run(text, meta), "Company")).toEqual([]);
  });
  it("a quoted name beside a platform word still is one", () => {
    expect(names(run("涉案平台“鑫链宝”已被查封。", meta), "Company")).toEqual(["鑫链宝"]);
  });
});

describe("a notice page with no number: its addressees' line stands for the title, signed and dated at its end", () => {
  const meta = {
    title: "关于开展国有企业涉挖矿用电排查的通知",
    author: "渭南市人民政府国有资产监督管理委员会",
    date: "2021-12-03",
  };
  const text = [
    "各县市区国资监管机构，委管各企业：",
    "",
    "为做好虚拟货币“挖矿”活动整治工作，现就有关事项通知如下：",
    "一、各企业于12月15日前完成排查。",
    "",
    "渭南市人民政府国有资产监督管理委员会",
    "2021年12月2日",
  ].join("\n");
  it("the title is the measure, issued by the signer on the signature's day", () => {
    const r = run(text, meta);
    expect(names(r, "Measure")).toEqual(["关于开展国有企业涉挖矿用电排查的通知"]);
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:渭南市国有资产监督管理委员会 -> measure:关于开展国有企业涉挖矿用电排查的通知",
    ]);
    expect(r.entities.find((e) => e.label === "Measure")!.properties.date).toBe("2021-12-02");
  });
  it("the signer written with its government before it is one body, not the government and a bare 国资委", () => {
    const r = run(text, meta);
    expect(names(r, "Agency")).toEqual(["渭南市国有资产监督管理委员会"]);
  });
  it("a page whose title is no notice's gets no measure from its addressees", () => {
    const r = run(text, { ...meta, title: "市国资委部署挖矿排查" });
    expect(names(r, "Measure")).toEqual([]);
  });
});

describe("a national body issues no division's own titled plan named beside its notice", () => {
  it("国家X等部门《A》和《Y省…方案》: the body issued A only", () => {
    const r = run(
      "为落实国家发展改革委等部门《关于整治虚拟货币“挖矿”活动的通知》和《甘肃省整治虚拟货币“挖矿”活动实施方案》要求，现部署如下。",
    );
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:国家发展和改革委员会 -> measure:关于整治虚拟货币“挖矿”活动的通知",
    ]);
  });
  it("a province's body still issues its province's plan", () => {
    const r = run("甘肃省发展和改革委员会印发《甘肃省整治虚拟货币“挖矿”活动实施方案》。");
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:甘肃省发展和改革委员会 -> measure:甘肃省整治虚拟货币“挖矿”活动实施方案",
    ]);
  });
  it("a national plan for a region named by its short form is still issued", () => {
    const r = run("国务院印发《海南自由贸易港建设总体方案》。");
    expect(relationLines(r, "ISSUED")).toEqual(["ISSUED agency:国务院 -> measure:海南自由贸易港建设总体方案"]);
  });
});

describe("customs offices named by their port, and the anti-smuggling bureaus", () => {
  it.each([
    ["拱北海关", "拱北海关近日查获一批走私入境的矿机。", "拱北海关"],
    ["黄埔海关", "黄埔海关近日查获一批走私入境的矿机。", "黄埔海关"],
    ["a customs office's anti-smuggling bureau", "拱北海关缉私局近日侦办一起走私矿机案。", "拱北海关缉私局"],
    ["the General Administration's", "海关总署缉私局有关负责人表示，将严厉打击走私矿机。", "海关总署缉私局"],
  ])("%s", (_what, text, agency) => {
    expect(names(run(text, { date: "2021-04-09" }), "Agency")).toEqual([agency]);
  });
  it("located in its port's city when the text names the city", () => {
    const r = run("在广州，黄埔海关查获一批走私矿机。", { date: "2021-04-09" });
    expect(relationLines(r, "LOCATED_IN")).toContain("LOCATED_IN agency:黄埔海关 -> place:广州市");
  });
});

describe("a party committee's working committees over its schools and its organs", () => {
  it.each([
    ["教育工委 of a city", "记者从芜湖市委教育工委获悉，全市学校已完成机房排查。", "中共芜湖市委教育工作委员会"],
    ["机关工委 of a city", "芜湖市委机关工委通报了一起党员参与挖矿的问题。", "中共芜湖市委直属机关工作委员会"],
  ])("%s", (_what, text, agency) => {
    const r = run(text, { date: "2021-10-20" });
    expect(names(r, "Agency")).toEqual([agency]);
    expect(relationLines(r, "LOCATED_IN")).toEqual([`LOCATED_IN agency:${agency} -> place:芜湖市`]);
  });
});

describe("a district's police branch written by the district's short form and 分局 alone", () => {
  const meta = { author: "平安包头", date: "2022-01-15" };
  it("the city's bureau's branch, from the document's city, the district's 公安分局 form its alias", () => {
    const r = run("近日，九原分局民警在一处厂房内查获矿机三十台。", meta);
    expect(names(r, "Agency")).toEqual(["包头市公安局九原分局"]);
    const a = r.entities.find((e) => e.label === "Agency")!;
    expect(a.aliases).toContain("九原区公安分局");
    expect(relationLines(r, "LOCATED_IN")).toEqual(["LOCATED_IN agency:包头市公安局九原分局 -> place:九原区"]);
  });
  it("a three-character short form of a four-character district", () => {
    const r = run("近日，康巴什分局民警查获矿机十二台。", { author: "平安鄂尔多斯", date: "2022-01-15" });
    expect(names(r, "Agency")).toEqual(["鄂尔多斯市公安局康巴什分局"]);
  });
  it.each([
    ["no city known", "近日，九原分局民警在一处厂房内查获矿机三十台。", {}],
    ["no police word after it", "九原分局今年共征收税款三亿元。", meta],
  ])("%s: no branch", (_what, text, m) => {
    expect(names(run(text, m), "Agency")).toEqual([]);
  });
});

describe("an undated article's year from bare years: only one the text tells as its own", () => {
  it.each([
    [
      "a year recalled as once so, and a quarter ahead: unknown",
      "业内人士称，“2019年，行业也曾遭遇一波打击。”目前矿机已售罄，但2023年一季度的订购仍未关闭。6月21日，多家平台发布声明。",
      null,
    ],
    ["a year told as the text's own", "2021年，虚拟货币挖矿整治全面展开。6月21日，多家平台发布声明。", "2021-06-21"],
    [
      "a year recalled beside the text's own",
      "2021年，挖矿整治全面展开，而2019年也曾有过一轮清理。6月21日，多家平台发布声明。",
      "2021-06-21",
    ],
  ])("%s", (_what, text, date) => {
    expect(inferDate(text)).toBe(date);
  });
  it("a month and day written in full still give the year", () => {
    expect(inferDate("2021年6月18日，四川发布通知。2023年一季度的订购仍未关闭。")).toBe("2021-06-18");
  });
});

describe("a miner maker's halt of its sales announced is its announcement", () => {
  it.each([
    ["停售", "全球最大的矿机厂商比特大陆宣布，近期现货矿机全球停售。", "比特大陆公告"],
    ["停止销售", "嘉楠科技宣布旗下矿机停止销售。", "嘉楠科技公告"],
  ])("%s", (_what, text, measure) => {
    const r = run(text, { date: "2021-06-23" });
    expect(names(r, "Measure")).toEqual([measure]);
    expect(relationLines(r, "ISSUED")).toHaveLength(1);
  });
  it("a halt of one line of business is still none", () => {
    expect(names(run("比特大陆宣布暂停一切ICO业务。", { date: "2017-09-05" }), "Measure")).toEqual([]);
  });
});

describe("the day before the last event told (此前一天, 前一天)", () => {
  it.each([
    ["此前一天", "12月7日，星桥网宣布停止接受比特币支付。此前一天，淘宝网也发布公告，禁止出售比特币。"],
    ["前一天", "12月7日，星桥网宣布停止接受比特币支付。前一天，淘宝网也发布公告，禁止出售比特币。"],
  ])("%s", (_what, text) => {
    const r = run(text, { date: "2013-12-08" });
    expect(r.entities.find((e) => e.name === "淘宝公告")?.properties.date).toBe("2013-12-06");
  });
  it("the day after still is the next one", () => {
    const r = run("12月7日，星桥网宣布停止接受比特币支付。次日，淘宝网也发布公告，禁止出售比特币。", {
      date: "2013-12-08",
    });
    expect(r.entities.find((e) => e.name === "淘宝公告")?.properties.date).toBe("2013-12-08");
  });
});

describe("a bank named right after 约谈 or 约见 opens with its division, not the verb's second character", () => {
  it.each([
    ["约谈", "人民银行南宁中心支行约谈广西北部湾银行、桂林银行等机构。"],
    ["约见", "人民银行南宁中心支行约见广西北部湾银行。"],
  ])("%s", (_what, text) => {
    const firms = names(run(text, { date: "2021-06-25" }), "Company");
    expect(firms).toContain("广西北部湾银行");
    expect(firms.filter((n) => /^[谈见]/.test(n))).toEqual([]);
  });
  it("and the bank is acted on", () => {
    const r = run("人民银行南宁中心支行约谈广西北部湾银行。", { date: "2021-06-25" });
    expect(relationLines(r, "ACTED_ON")).toEqual([
      "ACTED_ON agency:中国人民银行南宁中心支行 -> company:广西北部湾银行",
    ]);
  });
});

describe("Taiwan's central bank written in full in a Taiwan report that names the mainland's", () => {
  const meta = { date: "2021-09-27", url: "https://www.cna.com.tw/news/afe/202109270999.aspx" };
  it("中央銀行 in full is Taiwan's, and its governor serves there", () => {
    const r = run("（中央社台北27日電）中國人民銀行24日宣布禁令。中央銀行總裁楊金龍表示，比特幣不是貨幣。", meta);
    expect(names(r, "Agency")).toContain("台湾中央银行");
    expect(relationLines(r, "SERVES_AT")).toContain("SERVES_AT official:杨金龙 -> agency:台湾中央银行");
  });
  it("bare 央行 there stays no one's", () => {
    const r = run("（中央社台北27日電）中國人民銀行24日宣布禁令。央行總裁表示，比特幣不是貨幣。", meta);
    expect(names(r, "Agency")).not.toContain("台湾中央银行");
  });
});

describe("a bare 《通知》 or 《公告》 told as a known measure by its issuers' count or its day", () => {
  it.each([
    [
      "ten bodies",
      "消息称，央行等十部门发布的《通知》明确，虚拟货币相关业务属于非法金融活动。",
      "关于进一步防范和处置虚拟货币交易炒作风险的通知",
    ],
    ["eleven bodies", "国家发展改革委等11部门印发的《通知》要求全面整治挖矿。", "关于整治虚拟货币“挖矿”活动的通知"],
    [
      "seven bodies and an announcement",
      "七部委联合发布《公告》，叫停代币发行融资。",
      "关于防范代币发行融资风险的公告",
    ],
    [
      "the day of one known announcement",
      "5月18日，三家协会发布的《公告》提示风险。",
      "关于防范虚拟货币交易炒作风险的公告",
    ],
  ])("%s", (_what, text, measure) => {
    expect(names(run(text, { date: "2021-10-03" }), "Measure")).toEqual([measure]);
  });
  it.each([
    ["a day two known notices share", "9月24日发布的《通知》要求全面清理。"],
    ["no count and no day", "县政府发布《通知》，要求排查挖矿。"],
    ["a count no known measure has", "市里六部门联合发布《通知》，要求排查挖矿。"],
  ])("%s: none", (_what, text) => {
    expect(names(run(text, { date: "2021-10-03" }), "Measure")).toEqual([]);
  });
});

describe("a city's name before 升级 names a blockchain's upgrade, no place", () => {
  it("以太坊伦敦升级", () => {
    expect(names(run("以太坊伦敦升级后的燃烧数据值得关注。", { date: "2021-08-10" }), "Place")).toEqual([]);
  });
  it("the city itself still is one", () => {
    expect(names(run("多家矿企把办公室迁往伦敦。", { date: "2021-08-10" }), "Place")).toEqual(["伦敦"]);
  });
});

describe("a country written before a kind of firm is whose the firms are, not where one moved", () => {
  it("X、Y等美国交易所迎来迁移: no move", () => {
    const r = run("Kraken、Gemini等美国交易所则迎来中国矿工和用户的“二次迁移”。", { date: "2021-10-03" });
    expect(relationLines(r, "MOVED_TO")).toEqual([]);
  });
  it("a firm moving there still does", () => {
    const r = run("比特大陆将部分矿场迁往美国。", { date: "2021-10-03" });
    expect(relationLines(r, "MOVED_TO")).toEqual(["MOVED_TO company:比特大陆 -> country:美国"]);
  });
});

describe("a district branch's unit also by the branch's district form", () => {
  it("X市公安局Y分局网警大队 has the alias Y区公安分局网警大队", () => {
    const r = run("7月31日，杭州市公安局拱墅分局网警大队接到网吧业主报案。", { date: "2018-08-20" });
    const unit = r.entities.find((e) => e.name === "杭州市公安局拱墅分局网警大队");
    expect(unit?.aliases).toContain("拱墅区公安分局网警大队");
  });
});

describe("该公司 after a firm told of without a name refers to that one, not the last named", () => {
  it("no seat for the last named firm", () => {
    const r = run("警方在云盾安全中心和星河科技有限公司的协助下，破获了一家挖矿木马黑产公司。该公司位于辽宁大连。", {
      date: "2018-08-20",
    });
    expect(relationLines(r, "LOCATED_IN").filter((l) => l.startsWith("LOCATED_IN company:"))).toEqual([]);
  });
  it("with no unnamed firm between, the last named firm is placed", () => {
    const r = run("星河科技有限公司发布公告。该公司位于辽宁大连。", { date: "2018-08-20" });
    expect(relationLines(r, "LOCATED_IN")).toContain("LOCATED_IN company:星河科技有限公司 -> place:大连市");
  });
});

describe("a body glossed with its Latin abbreviation is no firm", () => {
  it.each([
    ["中国央行(PBoC)", "知情人士称，中国央行(PBoC)正考虑下令银行关闭比特币交易账户。"],
    ["美联储（Fed）", "美联储（Fed）主席表示，将密切关注加密资产。"],
  ])("%s", (_what, text) => {
    expect(names(run(text, { date: "2014-03-20" }), "Company")).toEqual([]);
  });
});

describe("北京政府 as the press outside the mainland writes it is the central government, no city body", () => {
  it("no 北京市人民政府", () => {
    const r = run("挖矿的高耗能也是北京政府于2021年全面加以禁止的一个主因。", { date: "2022-01-10" });
    expect(names(r, "Agency")).toEqual([]);
  });
  it("北京市政府 still is the city's", () => {
    expect(names(run("北京市政府印发通知。", { date: "2022-01-10" }), "Agency")).toEqual(["北京市人民政府"]);
  });
});

describe("a firm's exit told with 表示 is its announcement, as with 宣布", () => {
  it("表示 + 清退 of its mainland users", () => {
    const r = run("火币网表示，计划在2021年底前完成大陆地区存量用户的有序清退。", { date: "2021-10-03" });
    expect(names(r, "Measure")).toEqual(["火币公告"]);
    expect(relationLines(r, "ISSUED")).toEqual(["ISSUED company:火币 -> measure:火币公告"]);
  });
  it("表示 about serving its users on is none", () => {
    expect(names(run("币安表示将继续为全球用户提供交易服务。", { date: "2021-10-03" }), "Measure")).toEqual([]);
  });
});

describe("a court's own judge, her post written between, is not sanctioned by it", () => {
  it("审判长、X法院民四庭庭长Y表示 after a judgment", () => {
    const r = run("该案审判长、北京市海淀区人民法院民二庭庭长王丽华表示，该判决具有示范意义。", { date: "2022-04-18" });
    expect(relationLines(r, "SANCTIONED")).toEqual([]);
    expect(relationLines(r, "SERVES_AT")).toEqual(["SERVES_AT official:王丽华 -> agency:海淀区人民法院"]);
  });
  it("a court sentencing a former official still sanctions him", () => {
    const r = run("南昌市中级人民法院一审宣判，对江西省原副省长李贻煌以受贿罪判处有期徒刑。", { date: "2019-01-08" });
    expect(relationLines(r, "SANCTIONED")).toEqual(["SANCTIONED agency:南昌市中级人民法院 -> official:李贻煌"]);
  });
});

describe("a list's number glued before a registered name is no part of it", () => {
  it("an annex's lines 1.X有限公司, 2.Y有限公司", () => {
    const text =
      "附件：加价名单\n1.昭通市彝良县宏源数据服务有限公司\n2.普洱市思茅区恒达科技有限公司\n3.普洱市思茅区瑞丰科技有限公司";
    expect(names(run(text, { date: "2021-11-30" }), "Company")).toEqual([
      "昭通市彝良县宏源数据服务有限公司",
      "普洱市思茅区恒达科技有限公司",
      "普洱市思茅区瑞丰科技有限公司",
    ]);
  });
});

describe("a motto of parallel short phrases in quotes is no measure", () => {
  it.each([
    ["「」 then 的原則", "許正宇指，香港會繼續以「相同業務、相同風險、相同規則」的原則監管虛擬資產。"],
    ["“” then 的原则", "他表示，将坚持“同样业务、同样风险、同样规则”的原则。"],
  ])("%s", (_what, text) => {
    expect(names(run(text, { date: "2021-09-26" }), "Measure")).toEqual([]);
  });
  it("a rule's title in 「」 still is one", () => {
    const r = run("金管會研訂「虛擬通貨平台及交易業務事業防制洗錢及打擊資恐辦法」。", { date: "2021-06-30" });
    expect(names(r, "Measure")).toEqual(["虚拟通货平台及交易业务事业防制洗钱及打击资恐办法"]);
  });
});

describe("a division's own plan titled with the genre's subject right after the division applies to it", () => {
  it("X省虚拟货币“挖矿”活动整治方案, the province named nowhere else", () => {
    const r = run("《湖南省虚拟货币“挖矿”活动整治方案》将于明年起施行。", { date: "2021-12-06" });
    expect(relationLines(r, "APPLIES_TO")).toEqual([
      "APPLIES_TO measure:湖南省虚拟货币“挖矿”活动整治方案 -> province:湖南省",
    ]);
  });
  it("a division's report on the subject is no plan of its own", () => {
    const r = run("《湖南省虚拟货币交易风险研究报告》显示，风险仍然较高。", { date: "2021-12-06" });
    expect(relationLines(r, "APPLIES_TO")).toEqual([]);
  });
});

describe("relative days in a datelined report count from the dateline's day", () => {
  const text =
    "本报海口3月1日讯（记者 林小海）昨天，省地方金融监管局、海南银保监局联合发布《关于防范虚拟资产炒作风险的提示》，提醒公众。";
  it("昨天 after 3月1日讯 in a paper dated 3月2日 is 2月28日, on the measure and its issuing", () => {
    const r = run(text, { date: "2022-03-02", title: "海南发布风险提示" });
    expect(r.entities.find((e) => e.label === "Measure")?.properties.date).toBe("2022-02-28");
    expect(r.relations.filter((x) => x.type === "ISSUED").map((x) => x.date)).toEqual(["2022-02-28", "2022-02-28"]);
  });
  it("a report republished months later still counts from its dateline", () => {
    const r = run("本报海口3月1日讯 昨天，省地方金融监管局发布《关于防范虚拟资产炒作风险的提示》。", {
      date: "2022-06-20",
      title: "海南发布风险提示",
    });
    expect(r.entities.find((e) => e.label === "Measure")?.properties.date).toBe("2022-02-28");
  });
  it("with no dateline, 昨天 counts from the page's date", () => {
    const r = run("昨天，省地方金融监管局发布《关于防范虚拟资产炒作风险的提示》。", {
      date: "2022-06-20",
      title: "海南发布风险提示",
    });
    expect(r.entities.find((e) => e.label === "Measure")?.properties.date).toBe("2022-06-19");
  });
});

describe("a way of working something out after 根据 is no regulation's title", () => {
  it.each([
    ["根据实际情况细化操作办法", "各地可根据实际情况细化操作办法。"],
    ["根据工作需要制定管理办法", "各单位可根据工作需要制定管理办法。"],
  ])("%s", (_what, text) => {
    expect(names(run(text, { date: "2022-03-01" }), "Measure")).toEqual([]);
  });
  it("a regulation cited by its name still is one", () => {
    expect(names(run("根据供电营业规则，电网企业可以中止供电。", { date: "2022-03-01" }), "Measure")).toEqual([
      "供电营业规则",
    ]);
  });
});

describe("a pool named before a title's Latin abbreviation (X矿池CEO) is still a pool", () => {
  it.each([
    ["glued", "星火矿池CEO吴昊表示，矿池将把服务器迁至新加坡。"],
    ["after a space", "星火矿池 CEO吴昊表示，矿池将把服务器迁至新加坡。"],
  ])("%s", (_what, text) => {
    const r = run(text, { date: "2021-08-15" });
    expect(names(r, "Company")).toEqual(["星火矿池"]);
    expect(relationLines(r, "MOVED_TO")).toEqual(["MOVED_TO company:星火矿池 -> country:新加坡"]);
  });
  it("a coin's pool before its Latin brand stays the brand", () => {
    expect(names(run("以太坊矿池SparkPool宣布关闭。", { date: "2021-09-27" }), "Company")).toEqual(["SparkPool"]);
  });
});

describe("firms listed after 包括 once the counted firms' act is told (N家X平台宣布…，包括A、B…)", () => {
  const text =
    "相继有超过10家ICO交易平台宣布暂停ICO业务，包括链投网、ICOX、币筹宝以及在央行公告前宣布暂停业务的众链网、BitTop和金钥匙。";
  it("every member, one after a clause of its own ending in 的", () => {
    expect(names(run(text, { date: "2017-09-07" }), "Company")).toEqual([
      "BitTop",
      "ICOX",
      "众链网",
      "币筹宝",
      "金钥匙",
      "链投网",
    ]);
  });
  it("a halt of business told before a firm is no announcement of its exit, and the body of the time clause acts on none", () => {
    const r = run(text, { date: "2017-09-07" });
    expect(names(r, "Measure")).toEqual([]);
    expect(relationLines(r, "ACTED_ON")).toEqual([]);
  });
  it("an exit from its users told before a firm still is its announcement", () => {
    expect(names(run("宣布将全数内地用户清退的币安也受到影响。", { date: "2021-09-27" }), "Measure")).toEqual([
      "币安公告",
    ]);
  });
  it("a body acting before 并责令 still acts on the firms", () => {
    const r = run("央行约谈了火币和币安，并责令其暂停业务。", { date: "2017-09-15" });
    expect(relationLines(r, "ACTED_ON")).toEqual([
      "ACTED_ON agency:中国人民银行 -> company:火币",
      "ACTED_ON agency:中国人民银行 -> company:币安",
    ]);
  });
});

describe("Latin brands listed with firms the lexicon knows are firms too", () => {
  it.each([
    [
      "before a known firm, closed by 等",
      "中小平台方面，Zentrix、Bybit、KuCoin库币等均已屏蔽中国大陆手机号。",
      ["Bybit", "Zentrix", "库币"],
    ],
    ["after known firms, joined by 和", "火币、OKX和Zentrix均已清退大陆用户。", ["OKEx", "Zentrix", "火币"]],
  ])("%s", (_what, text, firms) => {
    expect(names(run(text, { date: "2021-12-28" }), "Company")).toEqual(firms);
  });
  it.each([
    ["coins' and things' abbreviations", "USDT、BTC和ETH均下跌，火币也暂停了交易。"],
    ["a list of accounts, 等公众号", "被封的包括火币资讯、Zentrix、每日币读等公众号。"],
    ["no known firm in the list", "他用Zentrix和Quorvo整理数据。"],
  ])("%s: none", (_what, text) => {
    expect(names(run(text, { date: "2021-12-28" }), "Company")).not.toContain("Zentrix");
    expect(names(run(text, { date: "2021-12-28" }), "Company").filter((n) => /^(USDT|BTC|ETH)$/.test(n))).toEqual([]);
  });
});

describe("a body's own numbered meeting named by its kind alone (第N次委务会议)", () => {
  it("the meeting of the commission named before it in the paragraph, dated by its day", () => {
    const r = run("国家发展改革委于4月8日发布征求意见稿，但该条目在2019年8月27日第2次委务会议审议通过。", {
      date: "2019-11-06",
    });
    expect(names(r, "Measure")).toEqual(["国家发展和改革委员会第二次委务会议"]);
    expect(r.entities.find((e) => e.label === "Measure")?.properties.date).toBe("2019-08-27");
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:国家发展和改革委员会 -> measure:国家发展和改革委员会第二次委务会议",
    ]);
  });
  it("a bureau's 局务会议 is the last bureau's", () => {
    const r = run("芜湖市市场监督管理局召开第5次局务会议，研究部署整治工作。", { date: "2021-10-20" });
    expect(names(r, "Measure")).toEqual(["芜湖市市场监督管理局第五次局务会议"]);
  });
  it("no body of that kind before it: none", () => {
    expect(names(run("该条目在第2次委务会议审议通过。", { date: "2019-11-06" }), "Measure")).toEqual([]);
  });
});

describe("an upgrade's city name in quotes before 硬分叉 is no place either", () => {
  it("以太坊“伦敦”硬分叉", () => {
    expect(names(run("以太坊“伦敦”硬分叉测试网将于下周上线。", { date: "2021-06-27" }), "Place")).toEqual([]);
  });
});

describe("a report of several cases: a body named in one case's paragraph gave that case's sanction only", () => {
  const text = [
    "近日，乐山市纪委监委对3起违规参与“挖矿”问题进行通报。",
    "1.沙湾区水务局原局长周建平违规入股“挖矿”企业。周建平受到开除党籍处分，由区监委给予其政务撤职处分。",
    "2.犍为县某镇副镇长吴立新对“挖矿”问题排查不力。吴立新受到党内警告处分。",
    "3.峨边县发展和改革局干部郑海违规参与“挖矿”。郑海受到政务记过处分。",
  ].join("\n");
  it("the later cases' sanctions are the reporting body's, not the district's", () => {
    const r = run(text, { date: "2022-05-20" });
    const lines = relationLines(r, "SANCTIONED");
    expect(lines).toContain("SANCTIONED agency:乐山市纪委监委 -> official:吴立新");
    expect(lines).toContain("SANCTIONED agency:乐山市纪委监委 -> official:郑海");
    expect(lines.filter((l) => l.includes("监察委员会") && !l.endsWith("周建平"))).toEqual([]);
  });
});

describe("a move told as a guess about platforms in general takes no mover from the sentence before", () => {
  it("有分析指，平台或转往日本、韩国等地发展", () => {
    const r = run("火币网及OKCoin币行表示，暂未收到相关通知。有分析指，平台或转往日本、韩国等地发展。", {
      date: "2017-09-15",
    });
    expect(relationLines(r, "MOVED_TO")).toEqual([]);
  });
  it("a move told as done still takes the firms of the sentence before", () => {
    const r = run("火币网表示，将清退大陆用户。随后，其业务转往新加坡。", { date: "2021-10-15" });
    expect(relationLines(r, "MOVED_TO")).toEqual(["MOVED_TO company:火币 -> country:新加坡"]);
  });
});

describe("a division's big-data development bureau (大数据发展局)", () => {
  it.each([
    ["a city's by 市 in its locale", "市大数据发展局参加了部署会。", "贵港市大数据发展局", "place:贵港市"],
    [
      "an autonomous region's",
      "自治区大数据发展局参加了部署会。",
      "广西壮族自治区大数据发展局",
      "province:广西壮族自治区",
    ],
  ])("%s", (_what, text, agency, seat) => {
    const r = run(text, { title: "贵港市召开挖矿整治部署会", date: "2021-11-02" });
    expect(names(r, "Agency")).toEqual([agency]);
    expect(relationLines(r, "LOCATED_IN")).toEqual([`LOCATED_IN agency:${agency} -> ${seat}`]);
  });
});

describe("a body's meeting named by what it said has no alias of the bare word 会议", () => {
  it("国务院金融委会议提出…", () => {
    const r = run("2021年5月21日，国务院金融委会议提出打击比特币挖矿和交易行为。", { date: "2025-03-12" });
    const meeting = r.entities.find((e) => e.label === "Measure");
    expect(meeting?.name).toBe("国务院金融稳定发展委员会会议");
    expect(meeting?.aliases).not.toContain("会议");
  });
});

describe("a division's consumer association", () => {
  it.each([
    ["in full", "上海市消费者权益保护委员会提醒消费者谨防以数字藏品为名的非法集资。", "上海市消费者权益保护委员会"],
    [
      "by 市 and its short form in the city's locale",
      "市消保委提醒消费者谨防数字藏品骗局。",
      "芜湖市消费者权益保护委员会",
    ],
  ])("%s", (_what, text, agency) => {
    expect(names(run(text, { title: "芜湖市消费提示", date: "2022-04-14" }), "Agency")).toEqual([agency]);
  });
});

describe("a city police bureau's branch named by a development zone of a longer name", () => {
  it("X市公安局东湖新技术开发区分局", () => {
    const r = run("近日，武汉市公安局东湖新技术开发区分局破获一起利用USDT跑分洗钱的案件。", { date: "2022-08-05" });
    expect(names(r, "Agency")).toEqual(["武汉市公安局东湖新技术开发区分局"]);
  });
  it("a short zone's branch as before", () => {
    expect(names(run("成都市公安局高新区分局破获一起案件。", { date: "2022-08-05" }), "Agency")).toEqual([
      "成都市公安局高新区分局",
    ]);
  });
});

describe("deputies named together after their title both hold the post", () => {
  it.each([
    ["、 then 出席", "副区长刘宁、王海燕出席会议。"],
    ["和 then 出席", "副区长刘宁和王海燕出席会议。"],
  ])("%s", (_what, text) => {
    const r = run(text, { title: "高陵区召开常务会议", date: "2021-11-18" });
    expect(relationLines(r, "SERVES_AT")).toEqual([
      "SERVES_AT official:刘宁 -> agency:高陵区人民政府",
      "SERVES_AT official:王海燕 -> agency:高陵区人民政府",
    ]);
  });
  it("a sole head's title names one", () => {
    const r = run("区长张志强、王海燕出席会议。", { title: "高陵区召开常务会议", date: "2021-11-18" });
    expect(names(r, "Official")).toEqual(["张志强"]);
  });
});

describe("a Tibetan name of two syllables after a title", () => {
  it("副主任泽仁多吉表示: an official of the prefecture's commission", () => {
    const r = run("甘孜州发展改革委副主任泽仁多吉表示，全州共关停“挖矿”项目41个。", { date: "2021-07-26" });
    expect(relationLines(r, "SERVES_AT")).toEqual([
      "SERVES_AT official:泽仁多吉 -> agency:甘孜藏族自治州发展和改革委员会",
    ]);
  });
  it("a Han name after the title still is the usual two or three characters", () => {
    expect(names(run("州发展改革委副主任李明表示。", { date: "2021-07-26" }), "Official")).toEqual(["李明"]);
  });
});

describe("two named together after a title, then saying, both hold the post", () => {
  it("联合创始人A和B表示", () => {
    const r = run("星河矿业两大联合创始人周启明和罗文涛表示，将继续合作。", { date: "2021-06-22" });
    expect(names(r, "Person")).toEqual(["周启明", "罗文涛"]);
  });
  it("副区长A和B指出", () => {
    const r = run("副区长刘宁和王海燕指出，要压实属地责任。", { title: "高陵区召开常务会议", date: "2021-11-18" });
    expect(names(r, "Official")).toEqual(["刘宁", "王海燕"]);
  });
  it("a title and a common noun after 和 names one", () => {
    expect(names(run("创始人徐明星和员工表示支持。", { date: "2021-06-22" }), "Person")).toEqual(["徐明星"]);
  });
});

describe("a firm's own notice governs no place", () => {
  it("a city bank's 提示 applies to no city", () => {
    const r = run("会后，桂林银行发布《关于严禁利用本行账户从事虚拟货币交易的提示》。", { date: "2021-06-25" });
    expect(relationLines(r, "ISSUED")).toHaveLength(1);
    expect(relationLines(r, "APPLIES_TO")).toEqual([]);
  });
  it("a city body's notice still applies to its city", () => {
    const r = run("桂林市发展和改革委员会印发《关于清理虚拟货币挖矿项目的通知》。", { date: "2021-06-25" });
    expect(relationLines(r, "APPLIES_TO")).toEqual([
      "APPLIES_TO measure:关于清理虚拟货币挖矿项目的通知 -> place:桂林市",
    ]);
  });
});
