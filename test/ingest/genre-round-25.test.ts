/**
 * Table tests for the twenty-fifth round of issue 10 (people named without a title), one category per block.
 * Sentences written for these tests (never copied from an article); the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import {
  entityNames as names,
  extractArticle as run,
  measureDateOf as dateOf,
  relationLines,
} from "../helpers/extract.js";

const people = (text: string): string[] => names(run(text), "Person");

describe("a speaker named by what the person says, with no title", () => {
  it.each([
    ["a closing quote, then a three-character name", "“矿场都搬走了。”孙立新介绍道。", ["孙立新"]],
    [
      "a closing quote, then a two-character name written again",
      "“很难取证。”陈光说。陈光在矿场工作了三年。",
      ["陈光"],
    ],
    ["a clause opening with a three-character name", "此前，刘小军称，他已经退出了矿池。", ["刘小军"]],
    ["a describing clause closed by 的, three characters", "主导该项目的周文涛认为，监管不会放松。", ["周文涛"]],
    [
      "a describing clause closed by 的, two characters with 说",
      "在矿场做运维的林远说，大部分同行已经搬家。",
      ["林远"],
    ],
    ["a reporter spoken to", "张海松向本报记者表示，该平台仍正常运营。", ["张海松"]],
    [
      "an interview given, after a firm's Latin name",
      "平台方BitTest李明在接受本报记者采访时表示，已收到通知。",
      ["李明"],
    ],
    ["a Latin name speaking to an outlet", "在美国经营矿场的Ethan Vera向TechNode称，电费很低。", ["Ethan Vera"]],
    ["an expert's title after the name", "来源：赵云飞律师。赵云飞律师梳理了有关案件。", ["赵云飞"]],
  ])("%s", (_what, text, want) => {
    expect(people(text)).toEqual(want);
  });
  it.each([
    ["a two-character name after a quote, written once (a slip for someone else)", "“已经拦截。”赵鹏称。"],
    ["a document that says (的文件称)", "该部门发布的文件称，要积极引导矿企转型。"],
    ["a surname and a form of address", "“我要退款。”王女士说。"],
    ["a firm's side (方面)", "腾讯方面对新京报记者回应称，已经处理。"],
    ["a word opening a clause (明确指出)", "该通知发布后，明确指出金融机构不得开展相关业务。"],
    ["a body's name before an expert's title", "天钧政经智库研究员任重道指出，外界的说法并不可信。"],
  ])("%s: no new person", (_what, text) => {
    expect(people(text).filter((n) => n !== "任重道")).toEqual([]);
  });
});

describe("the parties of a civil case named with the other side or their claim", () => {
  it.each([
    ["原告X与被告…", "原告杨小红与被告某某科技有限公司之间因买卖矿机产生纠纷。"],
    ["驳回原告X的起诉", "本院依法驳回原告杨小红的起诉。"],
  ])("%s", (_what, text) => {
    expect(people(text)).toEqual(["杨小红"]);
  });
  it("a surname and a form of address as a party is nobody", () => {
    expect(people("原告王女士与被告A公司之间因矿机托管产生纠纷。")).toEqual([]);
  });
});

describe("the parties of an agreement listed before its signing", () => {
  it("a firm defined in brackets and two people", () => {
    const r = run("2017年12月2日，深圳市云海创新发展基金企业(以下简称云海企业)、高明宇、陈斌签订了《股权转让协议》。");
    expect(names(r, "Person")).toEqual(["陈斌", "高明宇"]);
  });
  it("two people signing together", () => {
    expect(people("王小明和李大海共同签署了一份借款合同。")).toEqual(["李大海", "王小明"]);
  });
  it.each([
    ["a body signing (管理处)", "他租赁了厂房，并与管理处签订了协议。"],
    ["one party only", "王小明签订了借款合同。"],
  ])("%s: no person", (_what, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe("a familiar name marked as a pseudonym", () => {
  it.each([
    ["小 and one character", "5月初，资深玩家小武(化名)带着3000台矿机来到四川。", ["小武"]],
    ["老 and one character", "老周（化名）说，矿场已经关了。", ["老周"]],
    ["a surname before it reads the full name", "在校大学生刘小军(化名)对记者透露，学校已下发通知。", ["刘小军"]],
  ])("%s", (_what, text, want) => {
    expect(people(text)).toEqual(want);
  });
});

describe("a transliterated foreign name joined by a middle dot, after a title", () => {
  it.each([
    [
      "all characters of the transliteration table",
      "以太坊创始人维塔里克·布特林在采访中证实了这一变化。",
      "维塔里克·布特林",
    ],
    [
      "one character outside the table in the given name",
      "特斯拉首席执行官埃隆·马斯克表示，将暂停接受比特币。",
      "埃隆·马斯克",
    ],
  ])("%s", (_what, text, want) => {
    expect(people(text)).toEqual([want]);
  });
  it("the name ends where the table's characters end", () => {
    expect(people("以太坊创始人维塔里克·布特林在新加坡接受采访。")).toEqual(["维塔里克·布特林"]);
  });
});

describe("the figures the genre's stories about bitcoin name alone", () => {
  it("bitcoin's pseudonymous creator", () => {
    expect(people("比特币的创造者中本聪从未公开露面。")).toEqual(["中本聪"]);
  });
});

describe("a sole trader's registered name (商行, 经营部)", () => {
  it.each([
    ["商行 after a city", "被告杭州常青文具商行购买了十台矿机。", "杭州常青文具商行"],
    ["经营部 after a city", "原告东莞市宏达电子产品经营部与被告签订了矿机买卖合同。", "东莞市宏达电子产品经营部"],
  ])("%s", (_what, text, firm) => {
    expect(names(run(text), "Company")).toEqual([firm]);
  });
  it.each([
    ["a determiner before 商行", "该商行的负责人称已经停业。"],
    ["a firm's own unit (公司经营部)", "公司经营部负责销售矿机。"],
    ["外商 before 行为", "外资银行和外商行为受到限制。"],
  ])("%s: no company", (_what, text) => {
    expect(names(run(text), "Company")).toEqual([]);
  });
});

describe("listed firms named by their stock's short name in a list closed by a kind of stock", () => {
  const STOCKS = ["ST瀚海", "富达信息", "智远股份", "联通互动"];
  it.each([
    ["等个股", "富达信息、ST瀚海、智远股份、联通互动等个股纷纷跌停。", STOCKS],
    [
      "等多只股票",
      "区块链概念股中，富达信息、智远股份、联通互动等多只股票跌停。",
      ["富达信息", "智远股份", "联通互动"],
    ],
    ["等概念股", "A股方面，富达信息、智远股份、联通互动等概念股大跌。", ["富达信息", "智远股份", "联通互动"]],
    [
      "仅有…等个别公司",
      "在A股上市公司中，仅有富达信息、ST瀚海、智远股份等个别公司间接投资矿机生产商。",
      ["ST瀚海", "富达信息", "智远股份"],
    ],
  ])("%s", (_what, text, want) => {
    expect(names(run(text), "Company")).toEqual([...want].sort());
  });
  it("coins closed by a kind of coin are no firms", () => {
    expect(names(run("比特币、以太坊等虚拟货币暴跌。"), "Company")).toEqual([]);
  });
});

describe("a payment institution named by its brand right after its kind", () => {
  it.each([
    ["right after 支付机构", "第三方支付机构双利支付发布声明，停止为虚拟货币交易提供服务。"],
    ["after 支付公司是", "我们之前接入的第三方支付公司是双利支付，他们已经暂停了服务。"],
  ])("%s", (_what, text) => {
    expect(names(run(text), "Company")).toEqual(["双利支付"]);
  });
  it.each([
    ["a kind of payment", "支付机构网络支付业务受到监管。"],
    ["a verb and a channel", "指导相关支付机构加强支付渠道管理。"],
  ])("%s is no brand", (_what, text) => {
    expect(names(run(text), "Company")).toEqual([]);
  });
});

describe("a bank's sub-branch named after a part of its city", () => {
  it("the sub-branch is a company of its own, the bank inside it", () => {
    expect(names(run("该平台收到中国农业银行杭州科技城支行的通知。"), "Company")).toEqual([
      "中国农业银行",
      "中国农业银行杭州科技城支行",
    ]);
  });
  it("a run of words before 支行 that opens with no place is no sub-branch", () => {
    expect(names(run("农业银行向当地的许多个支行下发通知。"), "Company")).toEqual(["中国农业银行"]);
  });
});

describe("a sentence's lead day closed by more than a comma", () => {
  const NOTICE = "关于防范代币发行融资风险的公告";
  it.each([
    ["a relative day with the date in brackets", "昨日（9月4日），"],
    ["a clock time after the part of the day", "9月4日下午3点，"],
    ["a clock time in hours", "9月4日15时，"],
    ["a clock time with a colon", "9月4日15:00，"],
    ["its weekday in brackets", "9月4日（周一），"],
    ["a full date and its weekday in brackets", "2017年9月4日（星期一），"],
  ])("%s: the measure issued takes that day", (_what, lead) => {
    const r = run(`${lead}中国人民银行等七部门联合发布《${NOTICE}》。`, { date: "2017-09-05" });
    expect(dateOf(r, NOTICE)).toBe("2017-09-04");
  });
  it.each([
    ["a deadline after the lead day's clock time", "9月4日15时前，中国人民银行等七部门联合发布《"],
    // (the day a report was published is not the day of what it tells: genre-round-22)
    ["a day a wire reported", "据新华社9月4日电，中国人民银行等七部门联合发布《"],
  ])("%s: no date", (_what, lead) => {
    const r = run(`${lead}${NOTICE}》。`, { date: "2017-09-05" });
    expect(dateOf(r, NOTICE)).toBeNull();
  });
});

describe("a firm's announcement told after its day", () => {
  it("firms listed, the day, then 同时 before the posting (A、B15日晚间同时发布公告)", () => {
    const r = run("火币网、OKCoin币行15日晚间同时发布公告，宣布10月31日前停止所有人民币交易业务。", {
      date: "2017-09-16",
    });
    expect(names(r, "Measure")).toEqual(["OKEx公告", "火币公告"]);
    expect(dateOf(r, "火币公告")).toBe("2017-09-15");
  });
  it("the announcement in a relative clause (X在9月26日发布的公告中表示)", () => {
    const r = run("火币在9月26日发布的公告中表示，已停止新注册中国大陆用户。", { date: "2021-09-27" });
    expect(relationLines(r, "ISSUED")).toEqual(["ISSUED company:火币 -> measure:火币公告"]);
    expect(dateOf(r, "火币公告")).toBe("2021-09-26");
  });
});

describe("a joint conference's office written short (联席办)", () => {
  it("named by the full suffix, the short form an alias, issuing with its partner", () => {
    const r = run(
      "11月14日，上海市金融稳定联席办和人民银行上海总部互金整治办联合下发《关于开展虚拟货币交易场所排摸整治的通知》。",
      { date: "2019-11-22" },
    );
    expect(names(r, "Agency")).toContain("上海市金融稳定联席会议办公室");
    expect(r.entities.find((e) => e.name === "上海市金融稳定联席会议办公室")?.aliases).toContain(
      "上海市金融稳定联席办",
    );
    expect(relationLines(r, "ISSUED")).toContain(
      "ISSUED agency:上海市金融稳定联席会议办公室 -> measure:关于开展虚拟货币交易场所排摸整治的通知",
    );
  });
  it("a clause's verb before it is no body's name", () => {
    expect(names(run("十堰市近日召开联席办会议。"), "Agency")).toEqual([]);
  });
});

describe("standard short forms of local bureaus (应急局, 交通局)", () => {
  it.each([
    ["赣州市应急局参与检查。", "赣州市应急管理局"],
    ["赣州市交通局配合排查。", "赣州市交通运输局"],
    ["江西省应急厅牵头开展检查。", "江西省应急管理厅"],
  ])("%s", (text, body) => {
    expect(names(run(text), "Agency")).toEqual([body]);
  });
});

describe("a party committee and its government convening together, nothing between (市委市政府召开)", () => {
  it.each([
    ["县委县政府召开全县虚拟货币“挖矿”整治工作推进会。", ["县委", "县政府"]],
    ["赣州市委市政府召开全市虚拟货币挖矿整治工作推进会。", ["中共赣州市委员会", "赣州市人民政府"]],
  ])("%s", (text, conveners) => {
    const r = run(text);
    const meeting = names(r, "Measure")[0];
    expect(relationLines(r, "ISSUED")).toEqual(conveners.map((a) => `ISSUED agency:${a} -> measure:${meeting}`).sort());
  });
  it("a body before another body's name, nothing between, is no list (市发改委市政府 is no pairing)", () => {
    const r = run("市发改委市政府召开全市虚拟货币挖矿整治工作推进会。");
    expect(relationLines(r, "ISSUED")).toEqual(["ISSUED agency:市政府 -> measure:全市虚拟货币挖矿整治工作推进会"]);
  });
});

describe("a body acting on a firm named by 对其", () => {
  it("the firm named last before it in the sentence", () => {
    const r = run("经查，赣州宏达科技有限公司违规使用电力挖矿，赣州市发改委依法对其进行了处罚。");
    expect(relationLines(r, "ACTED_ON")).toEqual([
      "ACTED_ON agency:赣州市发展和改革委员会 -> company:赣州宏达科技有限公司",
    ]);
  });
  it("no firm before it in the sentence: no one acted on", () => {
    expect(relationLines(run("赣州市发改委对其进行了约谈。"), "ACTED_ON")).toEqual([]);
  });
});

describe("a body's staff named by the plain word or the lowest grade (X局干部Y, X局科员Y)", () => {
  it.each([
    ["赣州市公安局干部陈刚违规参与挖矿。", "赣州市公安局"],
    ["赣州市能源局科员陈刚违规参与挖矿。", "赣州市能源局"],
  ])("%s: an official serving there", (text, body) => {
    const r = run(text);
    expect(names(r, "Official")).toEqual(["陈刚"]);
    expect(relationLines(r, "SERVES_AT")).toEqual([`SERVES_AT official:陈刚 -> agency:${body}`]);
  });
  it.each([
    ["a group of staff (干部职工)", "赣州市公安局干部职工积极参与排查。"],
    ["party members and cadres in general", "全市党员干部要提高认识。"],
  ])("%s: nobody", (_what, text) => {
    const r = run(text);
    expect([...names(r, "Official"), ...names(r, "Person")]).toEqual([]);
  });
  it("党员 before 干部 is no name", () => {
    expect(names(run("党员干部陈刚违规参与挖矿。"), "Official")).toEqual(["陈刚"]);
  });
});

describe("a body's numbered meeting convened on a weekday or a relative day", () => {
  it.each([
    ["a weekday", "国务院金融稳定发展委员会（金融委）上周五召开第五十一次会议，由副总理刘鹤主持。", "2021-05-21"],
    ["a weekday with its date in brackets", "国务院金融委上周五（21日）召开第五十一次会议。", "2021-05-21"],
    ["yesterday", "国务院金融委昨日召开第五十一次会议。", "2021-05-23"],
  ])("%s: the meeting, its convener and its day", (_what, text, day) => {
    const r = run(text, { date: "2021-05-24" });
    const meeting = "国务院金融稳定发展委员会第五十一次会议";
    expect(relationLines(r, "ISSUED")).toEqual([`ISSUED agency:国务院金融稳定发展委员会 -> measure:${meeting}`]);
    expect(dateOf(r, meeting)).toBe(day);
  });
});

describe("a clause quoted as a reason given is no rule's title", () => {
  it("「违反了法律和规定」 names no measure", () => {
    expect(names(run("据悉，有不少微博账号被封锁，理由皆是「违反了法律和规定」。"), "Measure")).toEqual([]);
  });
  it("a rule's title in 「」 still does", () => {
    expect(names(run("金管会研订「虚拟通货平台及交易业务事业防制洗钱及打击资恐办法」。"), "Measure")).toEqual([
      "虚拟通货平台及交易业务事业防制洗钱及打击资恐办法",
    ]);
  });
});

describe("departments named by their fields alone in a list after their division (X市经信、公安、市场监管等部门)", () => {
  it("after a named city: each field a body of the city, a field naming none left out", () => {
    const r = run("台州市经信、电力、公安、市场监管等部门联合行动。");
    expect(names(r, "Agency")).toEqual(["台州市公安局", "台州市市场监督管理局", "台州市经济和信息化局"]);
    expect(relationLines(r, "WORKED_WITH")).toEqual([
      "WORKED_WITH agency:台州市经济和信息化局 -> agency:台州市公安局",
      "WORKED_WITH agency:台州市经济和信息化局 -> agency:台州市市场监督管理局",
    ]);
  });
  it("a province's bodies by their level (公安 → 公安厅, 发改 → 发展和改革委员会)", () => {
    expect(names(run("江西省发改、公安、市场监管等部门联合开展排查。"), "Agency")).toEqual([
      "江西省公安厅",
      "江西省发展和改革委员会",
      "江西省市场监督管理局",
    ]);
  });
  it("after a bare level word and 由, the locale's county (发改 → 发展和改革局)", () => {
    const r = run("由县发改、经信、公安、供电等部门组成联合检查组。", { title: "兴国县开展虚拟货币挖矿整治" });
    expect(names(r, "Agency")).toEqual(["兴国县公安局", "兴国县发展和改革局", "兴国县经济和信息化局"]);
  });
  it.each([
    ["a bare level word with no locale", "由县发改、经信、公安等部门组成联合检查组。"],
    ["levels of division, no fields", "台州市区、县等单位参加。"],
  ])("%s: no body", (_what, text) => {
    expect(names(run(text), "Agency")).toEqual([]);
  });
  it("the field alone is no alias of the body", () => {
    const r = run("台州市经信、公安、市场监管等部门联合行动。");
    expect(r.entities.find((e) => e.name === "台州市公安局")?.aliases).toEqual([]);
  });
});

describe("the supreme court's and procuratorate's short forms (最高院, 最高检察院)", () => {
  it("最高院 issues what it issues", () => {
    const r = run("最高院出台了《全国法院金融审判工作会议纪要（征求意见稿）》。");
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:最高人民法院 -> measure:全国法院金融审判工作会议纪要（征求意见稿）",
    ]);
  });
  it("最高检察院", () => {
    expect(names(run("最高检察院发布典型案例。"), "Agency")).toEqual(["最高人民检察院"]);
  });
});

describe("a short name defined after a title's number in brackets, small bracket forms", () => {
  it("(国发﹝2005﹞40号)(以下简称《2005规定》): the number and the short name are the title's", () => {
    const r = run(
      "按照《国务院关于发布实施<促进产业结构调整暂行规定>的决定》(国发﹝2005﹞40号)(以下简称《2005规定》)有关规定禁止投资。",
    );
    const m = r.entities.find((e) => e.name === "关于发布实施《促进产业结构调整暂行规定》的决定");
    expect(m?.aliases).toEqual(expect.arrayContaining(["国发〔2005〕40号", "2005规定"]));
    expect(names(r, "Measure")).not.toContain("2005规定");
  });
  it("the evidence keeps the small brackets as written", () => {
    const r = run("依据《关于加强虚拟货币监测的意见》（某发﹝2021﹞8号）开展工作。");
    expect(r.sentences[0]!.text).toContain("﹝2021﹞");
  });
});

describe("a conjunction before a bare 公司 is no firm's name", () => {
  it.each([["尽管公司注册地和服务器已迁移至海外，但仍保留团队。"], ["虽然公司已经停业。"]])("%s", (text) => {
    expect(names(run(text), "Company")).toEqual([]);
  });
  it("a trade name after it still is", () => {
    expect(names(run("尽管宏达公司已经停业。"), "Company")).toEqual(["宏达公司"]);
  });
});

describe("speakers: an adverb or a noun after the name is no part of it", () => {
  it.each([
    ["an adverb before the verb of saying, at a clause's start", "此前，李林曾表示，火币将遵守监管。", []],
    ["an adverb before the verb of saying, after a title", "火币创始人李林曾表示，火币将遵守监管。", ["李林"]],
    ["分析师 is no verb of saying", "区块链分析师王晓东认为，监管会持续。", ["王晓东"]],
  ])("%s", (_what, text, want) => {
    expect(people(text)).toEqual(want);
  });
  it("a name speaking on social media", () => {
    expect(people("王建军在微博上表示，矿场已经搬走。")).toEqual(["王建军"]);
  });
  it("a body or a firm speaking on social media is no person", () => {
    expect(people("火币在微博上表示，将遵守监管。")).toEqual([]);
  });
});

describe("a firm's announcement posted on its platform, or an exit told on Twitter", () => {
  it("X在平台发布公告", () => {
    const r = run("1月8日，比特币交易网BtcTrade在平台发布公告，声明因为政策原因，云矿机停止收益。", {
      date: "2017-01-10",
    });
    expect(relationLines(r, "ISSUED")).toEqual(["ISSUED company:比特币交易网 -> measure:比特币交易网公告"]);
    expect(dateOf(r, "比特币交易网公告")).toBe("2017-01-08");
  });
  it("closing its Chinese site, told on Twitter, is its exit", () => {
    const r = run("火币当天通过推特宣布暂时关闭中文网站。", { date: "2017-09-10" });
    expect(relationLines(r, "ISSUED")).toEqual(["ISSUED company:火币 -> measure:火币公告"]);
  });
  it("a halt of one line of business stays no announcement (round 18)", () => {
    expect(names(run("ICO平台ICOINFO宣布暂停一切ICO业务。"), "Measure")).toEqual([]);
  });
});

describe("the 2017 announcement and the 2021 notice named by their issuers' count (七部委通知, 十部委通知)", () => {
  it("十部委通知", () => {
    expect(names(run("此前的“十部委通知”明确，虚拟货币相关业务活动属于非法金融活动。"), "Measure")).toEqual([
      "关于进一步防范和处置虚拟货币交易炒作风险的通知",
    ]);
  });
  it.each([["此次禁令是对2017年“七部委通知”的升级。"], ["根据七部委公告，ICO被全面叫停。"]])("%s", (text) => {
    expect(names(run(text), "Measure")).toEqual(["关于防范代币发行融资风险的公告"]);
  });
});
