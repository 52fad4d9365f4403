/**
 * Table tests for the twenty-second round of issue 10 (false nodes, dates and recall on unseen articles), one category
 * per block. Sentences written for these tests (never copied from an article); the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import {
  entityNames,
  extractArticle as run,
  measureDateOf as dateOf,
  mentionedIds,
  relationLines,
} from "../helpers/extract.js";

const names = entityNames;
const aliasesOf = (r: ReturnType<typeof run>, id: string): string[] =>
  r.entities.find((e) => e.id === id)?.aliases ?? [];

describe("a banner's, a league's or a prefecture's bare body after a word pointing back", () => {
  it.each([
    ["该旗", "记者从该旗发改局了解到，矿场均已停产。", "旗发改局"],
    ["从旗", "记者从旗发改局获悉，矿场均已停产。", "旗发改局"],
    ["该州", "据该州公安局通报，三处矿场已查封。", "州公安局"],
    ["该盟", "该盟能源局表示，将继续排查。", "盟能源局"],
  ])("%s + body: the short form, no place guessed", (_what, body, name) => {
    expect(names(run(body), "Agency")).toEqual([name]);
  });
  it("with a banner named before, the body is that banner's", () => {
    const r = run("乌审旗开展挖矿排查。记者从该旗发改局了解到，矿场均已停产。");
    expect(names(r, "Agency")).toEqual(["乌审旗发展和改革局"]);
  });
  it("a banner's name ending before the body is still read as the whole name", () => {
    expect(names(run("达拉特旗发改局表示，已关停。"), "Agency")).toEqual(["达拉特旗发展和改革局"]);
  });
});

describe("a page that is a firm's own notice to its users", () => {
  it("亲爱的X用户 + an announcement's title as the page's title: that measure, the firm its issuer", () => {
    const r = run("亲爱的BitZeta用户：\n为响应监管要求，BitZeta将于12月31日前完成中国大陆用户的有序清退。", {
      title: "关于中国大陆用户清退安排的公告",
    });
    expect(names(r, "Measure")).toEqual(["关于中国大陆用户清退安排的公告"]);
    expect(relationLines(r, "ISSUED")).toEqual(["ISSUED company:BitZeta -> measure:关于中国大陆用户清退安排的公告"]);
  });
  it("a firm's name before 关于 in the title is not part of the measure's name", () => {
    const r = run("尊敬的用户：\nBitZeta平台将停止为中国大陆用户提供服务。", {
      title: "BitZeta关于停止中国大陆用户服务的公告",
    });
    expect(names(r, "Measure")).toEqual(["关于停止中国大陆用户服务的公告"]);
  });
  it("with no announcement's title, the firm's announcement", () => {
    const r = run("亲爱的用户：\n根据监管要求，BitZeta交易所将于今日起停止中国大陆用户注册。", {
      title: "BitZeta停止大陆注册",
    });
    expect(relationLines(r, "ISSUED")).toEqual(["ISSUED company:BitZeta -> measure:BitZeta公告"]);
  });
  it.each([
    ["a report opening with no salutation", "据报道，BitZeta交易所将于今日起停止中国大陆用户注册。"],
    ["a salutation deep in a report", `${"矿工们仍在观望。".repeat(30)}亲爱的BitZeta用户：请提现。`],
  ])("%s is no firm's notice", (_what, body) => {
    expect(names(run(body, { title: "关于清退的公告" }), "Measure")).toEqual([]);
  });
});

describe("what opens a listed firm's name", () => {
  it("a year and a kind of venue before the first firm are no part of its name", () => {
    const r = run("2013年国内本土交易所火币和OKCoin等平台陆续成立后，交易量大增。");
    expect(names(r, "Company")).toEqual(["OKEx", "火币"]);
  });
  it("a kind of venue told by its scope is no firm", () => {
    expect(names(run("本土交易所陆续成立，交易量大增。"), "Company")).toEqual([]);
  });
  it("a known firm written with its kind of venue is that firm", () => {
    expect(mentionedIds(run("火币交易所、币安等平台宣布清退。"))).toEqual(["company:币安", "company:火币"]);
  });
});

describe("words that only look like a bank's or a firm's name", () => {
  it("X银行家 (a banker, a magazine) is no bank", () => {
    expect(names(run("文/华南银行家"), "Company")).toEqual([]);
  });
  it("the bank itself still is", () => {
    expect(names(run("华南银行表示，将配合调查。"), "Company")).toEqual(["华南银行"]);
  });
  it("a kind of firm right before a known firm's name names none of its own", () => {
    expect(names(run("其电动车公司特斯拉的发言令币价受挫。"), "Company")).toEqual(["特斯拉"]);
  });
});

describe("a person's name glossed with its Latin form", () => {
  it.each([
    ["a foreign name after a plain word", "比特币因富豪马斯克(Elon Musk)的发言受挫。", "马斯克"],
    ["a foreign name opening a clause", "马斯克(Elon Musk)表示，特斯拉将暂停接受比特币。", "马斯克"],
    ["a Chinese name with an English given name", "孙宇晨（Justin Sun）表示，将配合监管。", "孙宇晨"],
  ])("%s: a Person, no firm", (_what, body, name) => {
    const r = run(body);
    expect(names(r, "Person")).toEqual([name]);
    expect(names(r, "Company")).not.toContain(name);
  });
  it.each([
    ["交易平台币赢网（CoinW）宣布退出。", "币赢网"],
    ["火币全球站(Huobi Global)宣布暂停注册。", "火币"],
  ])("%s: a brand's gloss still names the firm", (body, name) => {
    const r = run(body);
    expect(names(r, "Company")).toEqual([name]);
    expect(names(r, "Person")).toEqual([]);
  });
});

describe("bodies owning a joint statement", () => {
  it("X发布A、B、C的联合声明: A worked with B and C, X with none", () => {
    const r = run("中国人民银行18日在微博上发布中国互联网金融协会、中国银行业协会、中国支付清算协会的联合声明。");
    expect(relationLines(r, "WORKED_WITH").sort()).toEqual([
      "WORKED_WITH agency:中国互联网金融协会 -> agency:中国支付清算协会",
      "WORKED_WITH agency:中国互联网金融协会 -> agency:中国银行业协会",
    ]);
  });
  it("a statement of one body links none", () => {
    const r = run("中国人民银行发布中国互联网金融协会的声明。");
    expect(relationLines(r, "WORKED_WITH")).toEqual([]);
  });
});

describe("a firm announcing first", () => {
  it("X昨(14)日率先公告: the firm's announcement, dated that day", () => {
    const r = run("比特币中国昨(14)日率先公告，其交易平台即日起停止新用户注册。", { date: "2017-09-15" });
    expect(relationLines(r, "ISSUED")).toEqual(["ISSUED company:比特币中国 -> measure:比特币中国公告"]);
    expect(dateOf(r, "比特币中国公告")).toBe("2017-09-14");
  });
});

describe("a title whose kind is written after 》 following an issuing verb", () => {
  it("联手下发的《关于X》的公告: the title with its kind, the bare title its alias", () => {
    const r = run("这是根据9月4日由七部委联手下发的《关于防范代币融资风险》的公告作出的决定。", { date: "2017-09-15" });
    expect(names(r, "Measure")).toEqual(["关于防范代币融资风险的公告"]);
    expect(aliasesOf(r, "measure:关于防范代币融资风险的公告")).toEqual(["关于防范代币融资风险"]);
  });
});

describe("a warning issued with no title marks", () => {
  it("发布防范“X”非法活动风险提示: a measure of its own words, issued by the body", () => {
    const r = run("市互联网金融风险专项整治工作领导小组办公室日前发布防范“虚拟资产”非法活动风险提示。");
    expect(names(r, "Measure")).toEqual(["防范“虚拟资产”非法活动风险提示"]);
    expect(relationLines(r, "ISSUED")).toHaveLength(1);
  });
  it("a warning with no subject of its own (发布风险提示) names none", () => {
    expect(names(run("协会发布风险提示，提醒投资者。"), "Measure")).toEqual([]);
  });
});

describe("the day a report was published is not the day of what it tells", () => {
  it("据X网站21日消息，Y发布…: the notice is not dated the 21st", () => {
    const r = run("据人民网21日消息，市金融局发布了《关于防范虚拟资产风险的通知》。", { date: "2019-11-25" });
    expect(dateOf(r, "关于防范虚拟资产风险的通知")).toBe(null);
  });
  it("a day the sentence tells of itself still dates it", () => {
    const r = run("11月21日，市金融局发布了《关于防范虚拟资产风险的通知》。", { date: "2019-11-25" });
    expect(dateOf(r, "关于防范虚拟资产风险的通知")).toBe("2019-11-21");
  });
});

describe("a meeting a division convenes", () => {
  it("X省召开关于…座谈会: the meeting by its own name, no body issuing it", () => {
    const r = run("6月2日，四川省召开关于虚拟货币“挖矿”有关情况调研座谈会。");
    expect(names(r, "Measure")).toEqual(["关于虚拟货币“挖矿”有关情况调研座谈会"]);
    expect(relationLines(r, "ISSUED")).toEqual([]);
  });
  it("a meeting held in a city without a name of its own is none", () => {
    expect(names(run("北京召开第五十一次会议。"), "Measure")).toEqual([]);
  });
});

describe("a body's written requirements", () => {
  it("X《…工作要求》: a measure the body issued", () => {
    const r = run(
      "网传北京市互联网金融风险专项整治工作领导小组办公室《北京地区虚拟资产交易场所清理整治工作要求》发布。",
    );
    expect(names(r, "Measure")).toEqual(["北京地区虚拟资产交易场所清理整治工作要求"]);
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:北京市互联网金融风险专项整治工作领导小组办公室 -> measure:北京地区虚拟资产交易场所清理整治工作要求",
    ]);
  });
});

describe("foreign states and provinces by the forms papers write", () => {
  it.each([
    ["得州", "矿商迁往美国得州。", "得克萨斯州"],
    ["艾尔伯塔省", "矿商迁往加拿大艾爾伯塔省。", "阿尔伯塔省"],
    ["卑诗省", "矿场设在卑诗省。", "不列颠哥伦比亚省"],
  ])("%s is that place", (_what, body, name) => {
    expect(names(run(body), "Place")).toEqual([name]);
  });
  it("德州 stays the Chinese city", () => {
    expect(names(run("德州市查处一处矿场。"), "Place")).toEqual(["德州市"]);
  });
});

describe("a one-character verb before a firm's short name", () => {
  it("收益归X公司所有, X公司 written alone elsewhere: no 归 in its name", () => {
    const r = run("上海勤川公司从事比特币业务，勤川公司与云达公司是伙伴。挖矿收益(比特币份额)归勤川公司所有。");
    expect(names(r, "Company")).toEqual(["上海勤川公司", "云达公司"]);
  });
});

describe("short forms and titles of the genre", () => {
  it("an autonomous county by its first name and 自治县", () => {
    expect(names(run("举报地址：秀山自治县行政中心。"), "Place")).toEqual(["秀山土家族苗族自治县"]);
  });
  it("中共中央委员会 is the party's central committee, written so", () => {
    const r = run("经中共中央委员会批准，对其立案审查。");
    expect(mentionedIds(r)).toEqual(["agency:中国共产党中央委员会"]);
    expect(aliasesOf(r, "agency:中国共产党中央委员会")).toContain("中共中央委员会");
  });
  it("X公司实控人Y: a person of the firm", () => {
    const r = run("九川集团实控人林星海伪装成大数据企业。");
    expect(relationLines(r, "AFFILIATED_WITH")).toEqual(["AFFILIATED_WITH person:林星海 -> company:九川集团"]);
  });
  it("X在线记者: an outlet, no province", () => {
    expect(names(run("■四川在线记者 龚明"), "Province")).toEqual([]);
  });
  it("X在线 doing something is still the place", () => {
    expect(names(run("四川在线办理矿场登记。"), "Province")).toEqual(["四川省"]);
  });
});

describe("a day after a conjunction opening the sentence", () => {
  it("但昨日，A、B…五部委下发《X》: X was issued the day before the article's", () => {
    const r = run(
      "但昨日，中国人民银行、工业和信息化部、银监会、证监会、保监会五部委下发《关于防范虚拟币风险的通知》。",
      {
        date: "2013-12-06",
      },
    );
    expect(dateOf(r, "关于防范虚拟币风险的通知")).toBe("2013-12-05");
  });
});

describe("a draft a body puts out for comment", () => {
  it.each([
    [
      "a short name defined between",
      "近日，青海省发改委就《关于整治虚拟币挖矿的若干措施（征求意见稿）》（以下简称“征求意见稿”）向社会公开征求意见。",
    ],
    ["对 before the title", "青海省发改委对《关于整治虚拟币挖矿的若干措施（征求意见稿）》征求意见。"],
  ])("X就《Y（征求意见稿）》…征求意见, %s: X issued Y", (_what, body) => {
    expect(relationLines(run(body), "ISSUED")).toEqual([
      "ISSUED agency:青海省发展和改革委员会 -> measure:关于整治虚拟币挖矿的若干措施（征求意见稿）",
    ]);
  });
  it("X25日就《Y（征求意见稿）》公开征求意见: Y is dated the day it was put out", () => {
    const r = run("青海省发改委25日就《关于整治虚拟币挖矿的若干措施（征求意见稿）》公开征求意见。", {
      date: "2021-05-26",
    });
    expect(dateOf(r, "关于整治虚拟币挖矿的若干措施（征求意见稿）")).toBe("2021-05-25");
  });
  it("a body speaking of a draft it did not put out issued nothing", () => {
    const r = run("青海省发改委就《关于整治虚拟币挖矿的若干措施（征求意见稿）》作出解读。");
    expect(relationLines(r, "ISSUED")).toEqual([]);
  });
});

describe("a national short form listed after a province's body", () => {
  it.each([
    ["能源局", "四川省发改委、能源局等部门在声明中指出，挖矿不符合产业政策。", "四川省能源局"],
    ["统计局", "青海省发改委、统计局等部门多次提及。", "青海省统计局"],
  ])("X省发改委、%s: the province's body", (_what, body, name) => {
    expect(names(run(body), "Agency")).toEqual([name, name.slice(0, 3) + "发展和改革委员会"].sort());
  });
  it("after a national body it stays national", () => {
    expect(names(run("国家发改委、能源局等部门联合印发通知。"), "Agency")).toEqual([
      "国家发展和改革委员会",
      "国家能源局",
    ]);
  });
});

describe("a kind of venue after a verb or a modal", () => {
  it.each([["需注意交易所合规性及跨境转账限制"], ["可能面临银行风控拦截与税务申报问题"], ["部分人员操控矿池算力。"]])(
    "%s names no firm",
    (body) => {
      expect(names(run(body), "Company")).toEqual([]);
    },
  );
});

describe("a plain word for people opening a longer word", () => {
  it("居民区内 is no resident named 区内", () => {
    expect(names(run("废弃厂房甚至居民区内，开始出现不明设备。"), "Person")).toEqual([]);
  });
});

describe("a Latin name said to be a platform", () => {
  it("X(Y)是一个…交易平台: that firm", () => {
    const r = run("ICOWORLD(ICO世界)是一个专注区块链资产的交易平台，其发行的代币叫ICO币。");
    expect(names(r, "Company")).toEqual(["ICOWORLD"]);
  });
  it("an abbreviation said to be one is none", () => {
    expect(names(run("ICO是一个融资平台。"), "Company")).toEqual([]);
  });
});

describe("a carrier's provincial company by the province's short name", () => {
  it.each([
    ["陕西移动榆林分公司联合公安机关捣毁一处窝点。", "陕西移动榆林分公司"],
    ["四川电信表示，将配合排查。", "四川电信"],
  ])("%s: a company", (body, name) => {
    expect(names(run(body), "Company")).toEqual([name]);
  });
  it.each([["陕西移动支付发展迅速。"], ["打击陕西电信诈骗。"]])("%s: a service or a crime, no firm", (body) => {
    expect(names(run(body), "Company")).toEqual([]);
  });
});

describe("a report telling what a document rests on", () => {
  it("根据《A》，…根据《B》的规定，现要求…: A, named before, rests on B", () => {
    const r = run(
      "记者拿到一则《关于禁止承办虚拟资产推介活动的通知》（下称《通知》）。记者拨打了联系电话。根据《通知》，为保护公众财产权益，防范洗钱风险，维护金融稳定，根据市整治办《关于进一步开展虚拟资产交易场所清理整治的通知》的规定，现要求各商场不得承办推介活动。",
    );
    expect(relationLines(r, "CITES")).toEqual([
      "CITES measure:关于禁止承办虚拟资产推介活动的通知 -> measure:关于进一步开展虚拟资产交易场所清理整治的通知",
    ]);
  });
  it("根据《A》，制定本办法 in a plan still rests on A", () => {
    const r = run("关于规范数据中心用电的办法\n根据《中华人民共和国电力法》，制定本办法。");
    expect(relationLines(r, "CITES")).toEqual([
      "CITES measure:关于规范数据中心用电的办法 -> measure:中华人民共和国电力法",
    ]);
  });
});

describe("a notice adding an activity to a catalogue", () => {
  it("该通知将X增补至产业结构调整指导目录的淘汰类中: the notice rests on the catalogue", () => {
    const r = run(
      "国家发展改革委等部门发布了关于整治虚拟货币挖矿活动的通知，该通知将虚拟货币挖矿增补至产业结构调整指导目录的淘汰类中。",
    );
    expect(relationLines(r, "CITES")).toEqual([
      "CITES measure:关于整治虚拟货币“挖矿”活动的通知 -> measure:产业结构调整指导目录",
    ]);
  });
});

describe("a title dated after it with a weekday and the date in brackets", () => {
  it("《X》于上周五（9月24日）发布: X is dated the 24th", () => {
    const r = run("《关于防范虚拟资产交易风险的通知》于上周五（9月24日）发布。", { date: "2021-09-27" });
    expect(dateOf(r, "关于防范虚拟资产交易风险的通知")).toBe("2021-09-24");
  });
});

describe("names that are a source, not a party of the story", () => {
  it.each([
    ["文/X, a byline", "文/台湾银行家\n比特币价格暴跌。", "Province"],
    ["the capital for the government", "比特币价格重挫，部分原因是北京的严厉打压。", "Province"],
  ])("%s is no node", (_what, body, label) => {
    expect(names(run(body), label)).toEqual([]);
  });
  it.each([["the city's own things", "北京的矿场已经关停。", "Province", ["北京市"]]])(
    "%s stays",
    (_what, body, label, want) => {
      expect(names(run(body), label)).toEqual(want);
    },
  );
});
