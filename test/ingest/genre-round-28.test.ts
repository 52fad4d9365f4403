/**
 * Issue 10, round twenty-eight: table tests per category, on sentences written for these tests (never copied from an
 * article); the bodies' places are real divisions, the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import { normalize } from "../../ingest/normalize.js";
import {
  entityNames as names,
  extractArticle as run,
  measureDateOf,
  mentionedIds,
  relationLines,
} from "../helpers/extract.js";

describe("a notice page: its signature's day, not the day the page posted it", () => {
  const notice = (under: string, signed: string): string =>
    [
      "关于开展虚拟货币“挖矿”活动排查整治的通知",
      under,
      "各乡镇人民政府，县直有关单位：",
      "现就我县开展排查整治工作通知如下：县发改局牵头开展排查。",
      "平阳县发展和改革局",
      signed,
    ].join("\n");
  const title = "关于开展虚拟货币“挖矿”活动排查整治的通知";
  it.each([
    [
      "发布时间 under the title, a signature after",
      "发布时间：2021-12-03 来源：平阳县发展和改革局",
      "2021年12月2日",
      "2021-12-02",
    ],
    ["发布日期 under the title, a signature after", "发布日期：2021年12月6日", "2021年12月1日", "2021-12-01"],
    ["成文日期 under the title is the day it was written", "成文日期：2021年11月30日", "2021年12月2日", "2021-11-30"],
  ])("%s", (_what, under, signed, want) => {
    const r = run(notice(under, signed), { title });
    expect(measureDateOf(r, title)).toBe(want);
  });
  it("with no signature, the posting line still dates it", () => {
    const text = [title, "发布时间：2021-12-03", "现就我县开展排查整治工作通知如下：县发改局牵头开展排查。"].join("\n");
    expect(measureDateOf(run(text, { title }), title)).toBe("2021-12-03");
  });
});

describe("one document number, one measure", () => {
  it("a number the lexicon knows names its measure whatever the title written before it", () => {
    const r = run(
      "为贯彻国家发展改革委等11个部门联合印发的《整治虚拟货币“挖矿”活动的通知》（发改运行〔2021〕1283号）精神，市发改委制定本方案。",
      { date: "2021-11-01" },
    );
    expect(names(r, "Measure")).toEqual(["关于整治虚拟货币“挖矿”活动的通知"]);
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:国家发展和改革委员会 -> measure:关于整治虚拟货币“挖矿”活动的通知",
    ]);
  });
  it("two titles written with one number are the first one written", () => {
    const r = run(
      "市政府印发了《晋城市整治虚拟货币挖矿实施方案》（晋市政办〔2021〕55号）。根据《整治虚拟货币挖矿实施方案》（晋市政办〔2021〕55号）要求，各县区开展排查。",
      { date: "2021-11-01" },
    );
    expect(names(r, "Measure")).toEqual(["晋城市整治虚拟货币挖矿实施方案"]);
    const m = r.entities.find((e) => e.label === "Measure")!;
    expect(m.aliases).toContain("整治虚拟货币挖矿实施方案");
    expect(relationLines(r, "CITES")).toEqual([]);
  });
  it("titles with different numbers stay two measures", () => {
    const r = run(
      "市政府印发了《晋城市整治虚拟货币挖矿实施方案》（晋市政办〔2021〕55号）和《晋城市数据中心排查方案》（晋市政办〔2021〕56号）。",
      { date: "2021-11-01" },
    );
    expect(names(r, "Measure")).toEqual(["晋城市数据中心排查方案", "晋城市整治虚拟货币挖矿实施方案"]);
  });
});

describe("a page's chrome holds nothing of the article", () => {
  it.each([
    ["a site's promoted exchanges", "推荐交易所：OKX 抹茶 币安", "Company"],
    ["a share bar", "分享: 微博 推特 脸书", "Company"],
    ["a banner in Japanese", "こちらのページは繁体字版です。日本語版「フォーカス台湾」に移動しますか。", "Province"],
    ["a banner in Japanese naming a country", "日本語版のページはこちらです。", "Country"],
  ])("%s", (_what, chrome, label) => {
    const r = run(`${chrome}\n1月9日消息，中国人民银行发布公告，提示虚拟货币交易风险。`, {
      title: "央行提示风险",
      date: "2022-01-09",
    });
    expect(names(r, label)).toEqual([]);
    expect(names(r, "Agency")).toEqual(["中国人民银行"]);
  });
  it("a firm named in the article itself is still found", () => {
    const r = run("分享到：微信\n币安宣布停止中国大陆用户注册。", { date: "2021-09-26" });
    expect(names(r, "Company")).toEqual(["币安"]);
  });
});

describe("a notice's addressees are sent it, not acted on", () => {
  const notice = (line: string): string =>
    [
      "四川省发展和改革委员会关于对关停虚拟货币“挖矿”项目执行差别电价的通知",
      line,
      "根据国家有关规定，现就有关事项通知如下：对关停项目实用电量执行差别电价。",
    ].join("\n");
  const meta = { title: "四川省发展和改革委员会关于对关停虚拟货币“挖矿”项目执行差别电价的通知", date: "2022-03-01" };
  it("firms on the addressee line: the notice targets them, its issuer acts on none", () => {
    const r = run(notice("各市(州)发展改革委，蜀川煤业集团有限责任公司、锦江能投有限公司："), meta);
    expect(relationLines(r, "TARGETS").length).toBeGreaterThan(0);
    expect(relationLines(r, "ACTED_ON")).toEqual([]);
  });
  it("a firm the notice names in its body is still acted on", () => {
    const r = run(
      [
        "四川省发展和改革委员会关于对关停虚拟货币“挖矿”项目执行差别电价的通知",
        "各市(州)发展改革委：",
        "现就有关事项通知如下：《通知》要求蜀川煤业集团有限责任公司立即关停其“挖矿”项目。",
      ].join("\n"),
      meta,
    );
    expect(relationLines(r, "ACTED_ON")).toEqual([
      "ACTED_ON agency:四川省发展和改革委员会 -> company:蜀川煤业集团有限责任公司",
    ]);
  });
});

describe("a body's measure named in a clause about following it", () => {
  it("对照X等部门印发的《Y》: X issued Y, not the body the sentence is about, and no body issues a body", () => {
    const r = run(
      "会上，市发展改革委副主任张建平强调，各县（市、区）要对照省发展改革委等七部门印发的《关于全面整治虚拟货币“挖矿”活动的通知》要求，按时完成清理。",
      { title: "我市召开虚拟货币“挖矿”整治工作推进会", date: "2021-11-26" },
    );
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:省发展改革委 -> measure:关于全面整治虚拟货币“挖矿”活动的通知",
    ]);
  });
  it.each(["对接", "对标"])("%s is a verb, no object marker", (verb) => {
    const r = run(`市发展改革委${verb}省发展改革委印发的《关于全面整治虚拟货币“挖矿”活动的通知》，制定了本市方案。`, {
      date: "2021-11-26",
    });
    expect(relationLines(r, "ISSUED")).toContain(
      "ISSUED agency:省发展改革委 -> measure:关于全面整治虚拟货币“挖矿”活动的通知",
    );
    expect(relationLines(r, "ISSUED").filter((l) => / -> agency:/.test(l))).toEqual([]);
  });
});

describe("an analyst named after the word for one", () => {
  it.each([
    ["分析人士", "分析人士李伟认为，关停将使全网算力下降。", ["李伟"]],
    ["市场人士", "市场人士周明表示，矿工将转移到海外。", ["周明"]],
    ["a field before a title", "区块链研究员刘洋认为，监管将持续收紧。", ["刘洋"]],
    ["a field before 教授", "金融学教授赵磊表示，监管将持续收紧。", ["赵磊"]],
    ["no name after the word", "市场人士认为，监管将持续收紧。", []],
  ])("%s", (_what, text, people) => {
    expect(names(run(text, { date: "2021-06-10" }), "Person")).toEqual(people);
  });
});

describe("a sentence cut by a page's ragged line breaks is read whole", () => {
  const text = [
    "8月28日,",
    "深圳市互聯網",
    "金融協會于今日下發《關于防范以“",
    "區塊鏈”、“虛擬貨幣”名義進行非法集資的風險提示》。",
    "《風險提示》指出，近期一些不法分子打著“區塊鏈”的旗號吸收資金。",
  ].join("\n");
  const r = run(text, { date: "2018-08-28" });
  it("the body cut in two is found, and what it issued", () => {
    expect(names(r, "Agency")).toEqual(["深圳市互联网金融协会"]);
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:深圳市互联网金融协会 -> measure:关于防范以“区块链”、“虚拟货币”名义进行非法集资的风险提示",
    ]);
  });
  it("the mention keeps the original characters, line break and all", () => {
    const m = r.mentions.find((x) => x.entityId === "agency:深圳市互联网金融协会")!;
    expect(r.document.body.slice(m.start, m.end)).toBe("深圳市互聯網\n金融協會");
  });
  it.each([
    ["a heading over its addressees", "关于开展排查的通知\n各市发展改革委：\n现将有关事项通知如下。"],
    ["a quote's sentence ended on its line", "他说：“我们将严格执行。\n请各单位落实”。"],
    ["a blank line after an open line", "8月28日，\n\n深圳市金融局发布提示。"],
    ["a title line before the body", "《关于防范风险的提示》\n近日，协会发布提示。"],
  ])("%s keeps its line breaks", (_what, body) => {
    expect(normalize(body).text.split("\n").length).toBe(body.split("\n").length);
  });
});

describe("two firms whose Chinese names share their characters", () => {
  it("微比特 is ViaBTC, named by its pool's domain too", () => {
    const r = run("微比特发布公告称，将关闭微比特交易平台，其矿池(pool.viabtc.com)不受影响。", { date: "2017-09-15" });
    expect(names(r, "Company")).toEqual(["ViaBTC"]);
  });
  it("比特微 is MicroBT, the maker of the 神马 miners", () => {
    const r = run("神马矿机的厂商比特微宣布扩产，MicroBT的新品将于年底上市。", { date: "2021-06-15" });
    expect(names(r, "Company")).toEqual(["比特微"]);
  });
});

describe("an official attending is no body attending", () => {
  it("a body written as the official's post (县委常委、常务副县长X出席会议)", () => {
    const r = run("12月7日上午，我县召开打击虚拟货币“挖矿”工作部署会。县委常委、常务副县长刘强出席会议并讲话。", {
      title: "汤阴县召开打击虚拟货币“挖矿”工作部署会",
      date: "2021-12-08",
    });
    expect(relationLines(r, "WORKED_WITH")).toEqual([]);
    expect(relationLines(r, "SERVES_AT").length).toBeGreaterThan(0);
  });
  it("bodies attending beside an official still worked with the convener", () => {
    const r = run("12月7日上午，市发改委召开挖矿整治工作会议。市公安局、市工信局负责同志，副市长张伟出席会议。", {
      date: "2021-12-08",
    });
    expect(relationLines(r, "WORKED_WITH")).toEqual([
      "WORKED_WITH agency:市发改委 -> agency:市公安局",
      "WORKED_WITH agency:市发改委 -> agency:市工信局",
    ]);
  });
});

describe("a notice page that opens with its addressees: the firms among them", () => {
  const title = "安徽省能源局关于开展虚拟货币“挖矿”项目清理整治的通知";
  it("are found, and the page's notice targets them", () => {
    const r = run(
      [
        "各市发展改革委（能源局），国网安徽省电力有限公司：",
        "现将有关事项通知如下：各市要对辖区内数据中心开展排查。",
        "安徽省能源局",
        "2021年11月12日",
      ].join("\n"),
      { title, date: "2021-11-15" },
    );
    expect(names(r, "Company")).toEqual(["国网安徽省电力有限公司"]);
    expect(relationLines(r, "TARGETS")).toEqual([
      "TARGETS measure:关于开展虚拟货币“挖矿”项目清理整治的通知 -> company:国网安徽省电力有限公司",
    ]);
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:安徽省能源局 -> measure:关于开展虚拟货币“挖矿”项目清理整治的通知",
    ]);
  });
});

describe("a listed firm whose short name opens with its home's", () => {
  it.each([
    ["introduced by 上市公司——", "曾因碰瓷茅台上热搜的港股上市公司——信阳毛尖，又一次蹭上了区块链热点。", "信阳毛尖"],
    ["introduced by 上市公司", "港股上市公司信阳毛尖宣布进军挖矿。", "信阳毛尖"],
    ["before its stock code", "信阳毛尖(00362)宣布进军挖矿。", "信阳毛尖"],
    ["a name with no place", "A股上市公司——华东科技，又一次蹭上了区块链热点。", "华东科技"],
  ])("%s", (_what, text, firm) => {
    expect(names(run(text, { date: "2021-06-22" }), "Company")).toEqual([firm]);
  });
  it.each([
    ["listed firms counted", "多家上市公司宣布退出挖矿。"],
    ["listed firms in general", "上市公司的挖矿业务受到影响。"],
    ["a place alone before a number", "广东(2021)年报显示挖矿用电下降。"],
  ])("%s: no firm", (_what, text) => {
    expect(names(run(text, { date: "2021-06-22" }), "Company")).toEqual([]);
  });
});

describe("a report's dateline in its byline brackets is no mention of the city", () => {
  it("《X日报》(杭州,记者 Y)讯", () => {
    const r = run("《区块链日报》(杭州,记者 徐明)讯，自从国务院金融稳定发展委员会表态后，监管趋严。", {
      date: "2021-06-22",
    });
    expect(names(r, "Place")).toEqual([]);
    expect(names(r, "Agency")).toEqual(["国务院金融稳定发展委员会"]);
  });
  it("the city named in the report itself is still one", () => {
    const r = run("（北京，记者 徐明）北京市地方金融监督管理局日前发布风险提示。", { date: "2021-06-22" });
    expect(names(r, "Agency")).toEqual(["北京市地方金融监督管理局"]);
  });
});

describe("an action told by its object is no campaign's name", () => {
  it("开展对X的打击治理行动", () => {
    const r = run("我行将持续开展对虚拟货币交易的打击治理行动。", { date: "2021-06-22" });
    expect(names(r, "Measure")).toEqual([]);
  });
  it("a campaign named is still one", () => {
    const r = run("市公安局开展打击虚拟货币“挖矿”专项整治行动。", { date: "2021-06-22" });
    expect(names(r, "Measure").length).toBe(1);
  });
});

describe("people listed, then 均为/都是 a firm's title", () => {
  it.each([
    ["均为", "杨林山、黄啸天均为比特币中国的联合创始人。", "比特币中国", ["杨林山", "黄啸天"]],
    ["都是", "张明和李强都是火币的联合创始人。", "火币", ["张明", "李强"]],
    [
      "after the words that introduce them",
      "其创始团队中的核心成员杨林山、黄啸天均为比特币中国的联合创始人。",
      "比特币中国",
      ["杨林山", "黄啸天"],
    ],
  ])("%s", (_what, text, firm, people) => {
    const r = run(text, { date: "2017-09-03" });
    expect(relationLines(r, "AFFILIATED_WITH")).toEqual(
      people.map((p) => `AFFILIATED_WITH person:${p} -> company:${firm}`),
    );
  });
  it("firms listed, then 均为 a firm's subsidiaries: no one", () => {
    expect(names(run("两家平台均为比特币中国的子公司。", { date: "2017-09-03" }), "Person")).toEqual([]);
  });
});

describe("a firm found by a pattern, found again later", () => {
  it.each([
    [
      "a name with no place",
      "A股上市公司——华东科技，又一次蹭上了热点。近日，华东科技公告称，正在研究成立新公司。",
      "华东科技",
    ],
    [
      "a name opening with its home's",
      "港股上市公司——信阳毛尖，又一次蹭上了热点。近日，信阳毛尖公告称，正在研究成立新公司。",
      "信阳毛尖",
    ],
  ])("announces as one found at once: %s", (_what, text, firm) => {
    const r = run(text, { date: "2021-06-22" });
    expect(relationLines(r, "ISSUED")).toEqual([`ISSUED company:${firm} -> measure:${firm}公告`]);
    expect(mentionedIds(r).filter((id) => id.startsWith("place:"))).toEqual([]);
  });
});

describe("a firm's name after a party and the verbs of a theft", () => {
  it.each([
    ["被告人私自接线盗用", "被告人私自接线盗用国网镇江供电公司电力。", "国网镇江供电公司"],
    ["被告人盗用", "被告人盗用国网镇江供电公司电力。", "国网镇江供电公司"],
    ["被告人盗用, no grid prefix", "被告人盗用镇江供电公司电力。", "镇江供电公司"],
    ["a firm after the word for one", "违规企业华信科技有限公司被查处。", "华信科技有限公司"],
  ])("%s", (_what, text, firm) => {
    expect(names(run(text, { date: "2020-06-05" }), "Company")).toEqual([firm]);
  });
});

describe("a draft put out for comment on the day leading its sentence", () => {
  const draft = "产业结构调整指导目录（2019年本，征求意见稿）";
  it.each([
    [
      "a timeline's day",
      "2019年4月8日，国家发展改革委就《产业结构调整指导目录（2019年本，征求意见稿）》公开征求意见。",
      "2019-04-08",
    ],
    [
      "a day in the clause",
      "据悉，国家发展改革委4月8日就《产业结构调整指导目录（2019年本，征求意见稿）》公开征求意见。",
      "2019-04-08",
    ],
    ["a year only", "早在去年，国家发展改革委就《产业结构调整指导目录（2019年本，征求意见稿）》公开征求意见。", null],
  ])("%s", (_what, text, want) => {
    expect(measureDateOf(run(text, { date: "2019-04-10" }), draft)).toBe(want);
  });
});

describe("a report opening with a Hong Kong or Taiwan outlet's byline is that region's", () => {
  it("（中央社记者Y台北17日电）: Taiwan's regulator and central bank, and no dateline city", () => {
    const r = run(
      "（中央社記者王明台北17日電）中國大陸持續打壓加密貨幣挖礦，金融監督管理委員會主委黃天牧今天表示，台灣並未禁止虛擬貨幣交易。中央銀行總裁楊金龍日前也指出，比特幣不是貨幣。",
    );
    expect(names(r, "Agency")).toEqual(["台湾中央银行", "台湾金融监督管理委员会"]);
    expect(relationLines(r, "SERVES_AT")).toEqual([
      "SERVES_AT official:黄天牧 -> agency:台湾金融监督管理委员会",
      "SERVES_AT official:杨金龙 -> agency:台湾中央银行",
    ]);
    expect(names(r, "Place")).toEqual([]);
  });
  it("【明报专讯】: Hong Kong's securities regulator", () => {
    const r = run("【明報專訊】證監會昨日發出警告，提醒投資者注意虛擬資產交易平台的風險。", { date: "2021-06-17" });
    expect(names(r, "Agency")).toEqual(["香港特别行政区证券及期货事务监察委员会"]);
  });
  it("a mainland paper's byline leaves the mainland's bodies", () => {
    const r = run("【本报讯】证监会昨日发出警告，提醒投资者注意风险。", { date: "2021-06-17" });
    expect(names(r, "Agency")).toEqual(["中国证券监督管理委员会"]);
  });
});

describe("words glued before a name are no part of it", () => {
  it.each([
    ["a directive verb before a firm", "中国央行已下令蚂蚁集团和四家国有银行加大打击力度。", "Company", ["蚂蚁集团"]],
    ["a determiner before a kind of firm", "整个挖矿公司搬迁的过程，初步估计需要半年。", "Company", []],
    ["a firm the lexicon knows, described before its kind", "火币老牌交易所宣布上线新功能。", "Company", ["火币"]],
    ["the largest, described", "币安全球最大交易所宣布暂停注册。", "Company", ["币安"]],
    ["a time word before a police branch", "3月底八百垧公安分局在专项行动中破获此案。", "Agency", ["八百垧公安分局"]],
  ])("%s", (_what, text, label, want) => {
    expect(names(run(text, { date: "2020-04-20" }), label)).toEqual(want);
  });
  it("a coin's name before 看作 is no BitKan", () => {
    expect(names(run("如果把比特币看作是一个国家，它的耗电量排名第30。", { date: "2021-06-22" }), "Company")).toEqual(
      [],
    );
  });
  it("BitKan named is still found", () => {
    expect(names(run("币看BitKan宣布上线新功能。", { date: "2021-06-22" }), "Company")).toEqual(["币看"]);
  });
});

describe("the capital's name for the central government, and a wire's datelines", () => {
  it.each([
    ["a month written 5 月份", "但北京 5 月份宣布的决定以及地方政府随后的措施仍然令矿企措手不及。"],
    ["its latest crackdown", "报道指出，北京的最新严打措施引发了挖矿大迁徙。"],
    ["stepping up", "随着北京加大力度消除涉及比特币的交易，矿工纷纷出海。"],
    ["a wire's dateline", "上海(路透社)——公安部称，在最近的一次打击行动中逮捕了1100多名犯罪嫌疑人。"],
    [
      "a wire's closing byline",
      "公安部称，行动仍在继续。\n(Samuel Shen 上海报道、Alun John 香港报道;Simon Cameron-Moore编辑)",
    ],
  ])("%s: no place", (_what, text) => {
    const r = run(text, { date: "2021-06-22" });
    expect(mentionedIds(r).filter((id) => /^(place|province):/.test(id))).toEqual([]);
  });
  it.each([
    ["after a word of motion", "矿工从北京加大投资到四川。", "province:北京市"],
    ["a meeting in the city", "公安部在上海召开打击洗钱犯罪工作会议。", "province:上海市"],
  ])("%s: the place stands", (_what, text, id) => {
    expect(mentionedIds(run(text, { date: "2021-06-22" }))).toContain(id);
  });
});

describe("a regulator's order to a firm is acting on it", () => {
  it.each([
    [
      "下令",
      "中国央行已下令蚂蚁集团加大对加密货币交易的打击力度。",
      "ACTED_ON agency:中国人民银行 -> company:蚂蚁集团",
    ],
    [
      "勒令",
      "鹤岗市市场监管局勒令华信科技有限公司停止挖矿业务。",
      "ACTED_ON agency:鹤岗市市场监督管理局 -> company:华信科技有限公司",
    ],
  ])("%s", (_what, text, line) => {
    expect(relationLines(run(text, { date: "2021-06-22" }), "ACTED_ON")).toEqual([line]);
  });
  it("an order to no firm acts on none", () => {
    expect(relationLines(run("市政府下令关停全部矿场。", { date: "2021-06-22" }), "ACTED_ON")).toEqual([]);
  });
});

describe("a measure named in a clause of time is no basis of what is issued after it", () => {
  it("…纳入《X》淘汰类后，相关部门出台《Y》: Y cites no X", () => {
    const r = run(
      "虚拟货币挖矿活动在2021年被纳入《产业结构调整指导目录》淘汰类后，相关部门陆续出台《关于整治虚拟货币“挖矿”活动的通知》等政策文件。",
      { date: "2023-06-22" },
    );
    expect(relationLines(r, "CITES")).toEqual([]);
  });
  it("根据《X》等有关规定，结合我市实际，经市政府同意，Y制定了《Z》: Z cites X", () => {
    const r = run(
      "根据《中华人民共和国节约能源法》等有关规定，结合我市实际，经市政府同意，市发改委制定了《晋城市整治虚拟货币挖矿实施方案》。",
      { date: "2021-11-22" },
    );
    expect(relationLines(r, "CITES")).toEqual([
      "CITES measure:晋城市整治虚拟货币挖矿实施方案 -> measure:中华人民共和国节约能源法",
    ]);
  });
});

describe("the co-issuers of one measure named together worked together", () => {
  it.each([
    [
      "in a title, side by side",
      "近日，《四川省发展和改革委员会、四川省能源局关于清理关停虚拟货币“挖矿”项目的通知》在网上流出。",
      ["WORKED_WITH agency:四川省发展和改革委员会 -> agency:四川省能源局"],
    ],
    [
      "as the subject of one decision",
      "浙江省发展改革委、省司法厅近日印发《关于整治虚拟货币“挖矿”设备的通知》。",
      ["WORKED_WITH agency:浙江省发展和改革委员会 -> agency:浙江省司法厅"],
    ],
  ])("%s", (_what, text, lines) => {
    expect(relationLines(run(text, { date: "2022-03-31" }), "WORKED_WITH")).toEqual(lines);
  });
  it("bodies issuing different measures in one sentence did not", () => {
    const r = run(
      "四川省发展和改革委员会印发了《关于清理关停虚拟货币“挖矿”项目的通知》，浙江省司法厅则发布了《关于规范执法文书的通知》。",
      { date: "2021-06-20" },
    );
    expect(relationLines(r, "WORKED_WITH")).toEqual([]);
  });
});

describe("受到北京欢迎: the capital for the government after 受到", () => {
  it("no place", () => {
    const r = run("加密货币产业的碳足迹以及其去中心化的本质都不受到北京欢迎。", { date: "2021-06-24" });
    expect(mentionedIds(r).filter((id) => /^(place|province):/.test(id))).toEqual([]);
  });
});

describe("a foreign name of the standard syllables after a firm's title, and a university's department", () => {
  it.each([
    ["约翰·史密斯", "币印矿池副总裁约翰·史密斯说，他一直在寻找选址。", "约翰·史密斯"],
    [
      "a name with 杭, written with ‧",
      "币印矿池副总裁亚历杭德罗‧德拉托尔说，他一直在寻找选址。",
      "亚历杭德罗‧德拉托尔",
    ],
  ])("%s", (_what, text, person) => {
    expect(relationLines(run(text, { date: "2021-06-22" }), "AFFILIATED_WITH")).toEqual([
      `AFFILIATED_WITH person:${person} -> company:币印矿池`,
    ]);
  });
  it.each([
    [
      "清华大学地球系统科学系",
      "来自中国科学院、清华大学地球系统科学系的专家团队对此进行了建模分析。",
      ["中国科学院", "清华大学地球系统科学系"],
    ],
    ["before a title", "北京大学经济学系教授张明表示，监管将持续。", ["北京大学经济学系"]],
    ["a university's system, no department", "清华大学教授表示，监管将持续。", ["清华大学"]],
  ])("%s", (_what, text, agencies) => {
    expect(names(run(text, { date: "2021-06-22" }), "Agency")).toEqual(agencies);
  });
});

describe("a branch named by a district's short form, with no city or province named", () => {
  it.each([
    ["江南公安分局", "昨天，江南公安分局对外公布了案情。"],
    ["丹徒公安分局", "丹徒公安分局破获一起盗电挖矿案。"],
  ])("%s stays as written, no district guessed", (name, text) => {
    const r = run(text, { date: "2020-04-20" });
    expect(names(r, "Agency")).toEqual([name]);
    expect(mentionedIds(r).filter((id) => /^(place|province):/.test(id))).toEqual([]);
  });
  it("with its city named, the city bureau's branch", () => {
    const r = run("镇江警方通报，丹徒公安分局破获一起盗电挖矿案。", { date: "2020-04-20" });
    expect(names(r, "Agency")).toEqual(["镇江市公安局丹徒分局"]);
  });
});

describe("the day a copy of a document surfaced is not its issue date", () => {
  const title = "关于清理关停虚拟货币“挖矿”项目的通知";
  it("一份《X》在网上流出", () => {
    const r = run(
      "6月18日，有媒体报道，一份《四川省发展和改革委员会、四川省能源局关于清理关停虚拟货币“挖矿”项目的通知》文件在网上流出。",
      { date: "2021-06-21" },
    );
    expect(measureDateOf(r, title)).toBe(null);
  });
  it("issued that day, it is dated", () => {
    const r = run("6月18日，四川省发展和改革委员会、四川省能源局联合下发《关于清理关停虚拟货币“挖矿”项目的通知》。", {
      date: "2021-06-21",
    });
    expect(measureDateOf(r, title)).toBe("2021-06-18");
  });
});
