/**
 * Table tests for the twenty-sixth round of issue 10, one category per block.
 * Sentences written for these tests (never copied from an article); the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import {
  entityNames as names,
  extractArticle as run,
  measureDateOf as dateOf,
  relationLines,
} from "../helpers/extract.js";

const measures = (text: string, meta: Record<string, string> = {}): string[] => names(run(text, meta), "Measure");

describe("a meeting of the genre's subject held by a division, no body named", () => {
  const meta = { date: "2021-06-09" };
  it.each([
    [
      "a city, a work meeting",
      "6月8日上午，雅安市召开虚拟货币挖矿整治工作推进会，副市长出席。",
      "虚拟货币挖矿整治工作推进会",
      "2021-06-08",
    ],
    [
      "a prefecture's short form",
      "6月8日，阿坝州召开全州虚拟货币挖矿清理整顿工作会议。",
      "全州虚拟货币挖矿清理整顿工作会议",
      "2021-06-08",
    ],
    [
      "a quoted subject, a teleconference",
      "6月7日，呼和浩特市召开虚拟货币“挖矿”整治工作电视电话会议，安排部署工作。",
      "虚拟货币“挖矿”整治工作电视电话会议",
      "2021-06-07",
    ],
  ])("%s", (_what, text, meeting, day) => {
    const r = run(text, meta);
    expect(names(r, "Measure")).toEqual([meeting]);
    expect(dateOf(r, meeting)).toBe(day);
  });
  it("a meeting with a day that does not lead its clause stays undated", () => {
    const text = "记者6月8日获悉，雅安市此前召开虚拟货币挖矿整治工作推进会。";
    const r = run(text, meta);
    expect(names(r, "Measure")).toEqual(["虚拟货币挖矿整治工作推进会"]);
    expect(dateOf(r, "虚拟货币挖矿整治工作推进会")).toBeNull();
  });
  it.each([
    ["a routine kind of meeting", "6月8日，雅安市召开常务会议，研究防汛工作。"],
    ["a meeting on another subject", "6月8日，雅安市召开安全生产工作推进会。"],
  ])("%s: no measure", (_what, text) => {
    expect(measures(text, meta)).toEqual([]);
  });
});

describe("a notice issued on a day with no name, then named in a later sentence after 该", () => {
  const title = "关于清理关停虚拟货币“挖矿”项目的通知";
  it.each([
    [
      "该《…》 with a deadline in its sentence",
      `6月18日，四川省发展和改革委员会、四川省能源局联合下发了一份通知，要求关停挖矿项目。该《${title}》要求6月20日前完成。`,
      "2021-06-18",
    ],
    [
      "a weekday, and 该《…》 after a clause of its own",
      `四川省发展和改革委员会于周五下发通知，要求关停挖矿项目。该《${title}》明确，自即日起停止供电。`,
      "2021-06-18",
    ],
  ])("%s", (_what, text, day) => {
    expect(dateOf(run(text, { date: "2021-06-21" }), title)).toBe(day);
  });
  it("a day the measure's own sentence tells keeps it from the day before", () => {
    const text = `6月18日，四川省发展和改革委员会下发了一份通知。6月19日，该《${title}》被转发至各市州。`;
    expect(dateOf(run(text, { date: "2021-06-21" }), title)).toBeNull();
  });
});

describe("a known firm written as its domain", () => {
  const companies = (text: string): string[] => names(run(text), "Company");
  it.each([
    ["an exchange's .com", "仲裁庭参考了申请人提供的okcoin.com网站公布的成交价。", ["OKEx"]],
    ["another exchange's .com", "他每天都登录huobi.com查看行情。", ["火币"]],
  ])("%s is the firm", (_what, text, want) => {
    expect(companies(text)).toEqual(want);
  });
  it("an unknown domain stays a firm of its own name", () => {
    expect(companies("他创办了coinsample.com网站。")).toEqual(["coinsample.com"]);
  });
});

describe("a firm's post on its social account banning the genre's trade", () => {
  it.each([
    ["发布微博称 from its security centre", "10月10日下午，支付宝安全中心发布微博称，禁止将支付宝用于比特币交易。"],
    ["发布推文表示", "10月10日，支付宝发布推文表示，严禁用户利用平台进行虚拟货币交易。"],
  ])("%s: its announcement, dated", (_what, text) => {
    const r = run(text, { date: "2019-10-11" });
    expect(names(r, "Measure")).toEqual(["支付宝公告"]);
    expect(dateOf(r, "支付宝公告")).toBe("2019-10-10");
  });
  it("a post on another subject is no announcement", () => {
    expect(measures("10月10日，支付宝发布微博称，双十一活动即将开始。", { date: "2019-10-11" })).toEqual([]);
  });
});

describe("more written forms of known bodies and firms", () => {
  it("the financial stability committee written without 稳定 and 发展 is that body, and its spirit no meeting", () => {
    const r = run("为贯彻国务院金融委员会会议精神，某支付公司将全面排查虚拟货币交易。");
    expect(names(r, "Agency")).toEqual(["国务院金融稳定发展委员会"]);
    expect(names(r, "Measure")).toEqual([]);
  });
  it("the TRON chain's firm by its Chinese name", () => {
    expect(names(run("有报道称，币安、波场的官方微博已被封禁。"), "Company")).toEqual(["币安", "波场"]);
  });
});

describe("a wire's dateline and 今日 after it: the issuing fell on the dateline's day", () => {
  const title = "关于防范借区块链名义炒作虚拟货币的风险提示";
  it("今日发布 after the dateline takes the dateline's day, not the page's", () => {
    const text = `某网北京12月13日电 记者今日从中国互联网金融协会获悉，中国互联网金融协会今日发布《${title}》，提醒会员机构不得参与。`;
    expect(dateOf(run(text, { date: "2019-12-16" }), title)).toBe("2019-12-13");
  });
  it("今日 for the reporter's learning, 日前 for the issuing: undated", () => {
    const text = `某网北京12月13日电 记者今日获悉，中国互联网金融协会日前发布《${title}》，提醒会员机构不得参与。`;
    expect(dateOf(run(text, { date: "2019-12-16" }), title)).toBeNull();
  });
});

describe("words that are no person's name after a plain word for people or a speaking verb", () => {
  const people = (text: string): string[] => names(run(text), "Person");
  it.each([
    ["a shareholder's rights (股东权利)", "代币持有人可获赋予股东权利，例如收取股息。"],
    ["a staff member's interests (员工权益)", "该平台承诺保障员工权益。"],
    ["staff words with no name after them", "平台从业人员众多，管理人员和财务人员都已离职。"],
    ["an account named for the coin (Bitcoin Archive)", "据报道，Bitcoin Archive在社交媒体上表示，有一批旧币被转移。"],
  ])("%s: no person", (_what, text) => {
    expect(people(text)).toEqual([]);
  });
  it.each([
    ["a worker and a name", "矿工王利说，电费太贵了。", ["王利"]],
    ["a Latin name on social media", "Ethan Vera在社交媒体上表示，电费很低。", ["Ethan Vera"]],
    ["an operations worker telling an outlet", "平台运营人员韩东告诉某媒体，他们已经停止提币。", ["韩东"]],
    ["a sales worker, Traditional", "礦機銷售人員趙強表示，訂單少了一半。", ["赵强"]],
  ])("%s: a person", (_what, text, want) => {
    expect(people(text)).toEqual(want);
  });
});

describe("a foreign body known by a short form is located in the country its name opens with", () => {
  it.each([
    [
      "the Fed by its short form, its country unwritten",
      "央行会不会像美联储那样独立于政府？",
      "美国联邦储备委员会",
      "美国",
    ],
    ["Japan's regulator", "日本金融厅此前也表态支持加密资产立法。", "日本金融厅", "日本"],
  ])("%s", (_what, text, body, country) => {
    expect(relationLines(run(text), "LOCATED_IN")).toContain(`LOCATED_IN agency:${body} -> country:${country}`);
  });
  it("a Chinese body is placed in no country", () => {
    expect(relationLines(run("中国人民银行发布了风险提示。"), "LOCATED_IN")).toEqual([]);
  });
});

describe("a university's centre named without 研究", () => {
  it.each([
    ["a finance centre", "剑桥大学替代金融中心数据显示，中国算力占比大幅下降。", "剑桥大学替代金融中心"],
    ["a data centre of a university", "清华大学区块链数据中心统计，矿机出口增加。", "清华大学区块链数据中心"],
  ])("%s", (_what, text, body) => {
    expect(names(run(text), "Agency")).toEqual([body]);
  });
  it("a centre near a university is no unit of it", () => {
    expect(names(run("北京大学附近有一个商业中心。"), "Agency")).toEqual(["北京大学"]);
  });
});

describe("firms listed with 包括…在内的 before the count of them that announced", () => {
  it("each listed firm issued its own announcement", () => {
    const r = run("包括火币网、OKCoin、比特币中国在内的多家大型比特币网站纷纷发布公告称，收到银行的销户通知。", {
      date: "2014-04-11",
    });
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED company:比特币中国 -> measure:比特币中国公告",
      "ISSUED company:火币 -> measure:火币公告",
      "ISSUED company:OKEx -> measure:OKEx公告",
    ]);
  });
  it("firms listed as examples of a kind that announced nothing", () => {
    expect(measures("包括火币网、OKCoin在内的多家大型比特币网站收到了银行的销户通知。")).toEqual([]);
  });
});

describe("foreign figures the genre quotes, by the name a reader knows them by", () => {
  const people = (text: string): string[] => names(run(text), "Person");
  it.each([
    ["an investor's partner", "巴菲特对比特币嗤之以鼻，芒格更称其令人作呕。", ["巴菲特", "芒格"]],
    ["a president", "对拜登为首的美国政府来说，这是一次机会。", ["拜登"]],
    [
      "an entrepreneur with and without his given name",
      "埃隆马斯克暂停接受比特币付款。马斯克随后又发推文。",
      ["马斯克"],
    ],
    ["the given name dotted", "埃隆·马斯克在推特上表示，特斯拉暂停接受比特币。", ["马斯克"]],
  ])("%s", (_what, text, want) => {
    expect(people(text)).toEqual(want);
  });
  it("the given name written is an alias of the person", () => {
    const r = run("埃隆·马斯克在推特上表示，特斯拉暂停接受比特币。");
    expect(r.entities.find((e) => e.name === "马斯克")?.aliases).toContain("埃隆·马斯克");
  });
  it("a province's name before 普洱 is no president", () => {
    expect(people("四川普洱茶商会发布了倡议。")).toEqual([]);
  });
});

describe("an institute's unit holds no clause", () => {
  it.each([
    ["a clause after the academy", "河北省科学院也参与了区块链实验室的建设。", ["河北省科学院"]],
    ["a joint build after the university", "浙江大学牵头组建了区块链研究中心。", ["浙江大学"]],
    [
      "a school's name with 与 in it stays whole",
      "浙江大学计算机科学与技术学院发布报告。",
      ["浙江大学计算机科学与技术学院"],
    ],
  ])("%s", (_what, text, want) => {
    expect(names(run(text), "Agency")).toEqual(want);
  });
});

describe("a measure's date in brackets after its title, or a day told with 此前的", () => {
  const title = "关于加强虚拟货币挖矿整治的通知";
  const meta = { date: "2021-12-10" };
  it.each([
    ["a full date alone in the brackets", `根据《${title}》（2021年11月3日），各地要全面排查。`],
    ["a month and day alone, 近日 before", `江苏省发展改革委近日下发《${title}》（11月3日），要求全面排查。`],
    ["此前的 and a day", `在此前的11月3日，江苏省发展改革委印发了《${title}》。`],
  ])("%s", (_what, text) => {
    expect(dateOf(run(text, meta), title)).toBe("2021-11-03");
  });
  it.each([
    ["a day it takes effect from", `《${title}》（2021年11月3日起施行）要求各地全面排查。`],
    ["此前 with no day", `江苏省发展改革委此前印发了《${title}》。11月3日，各地开始排查。`],
  ])("%s: undated", (_what, text) => {
    expect(dateOf(run(text, meta), title)).toBeNull();
  });
});

describe("a body's meeting named by the body and what it first did", () => {
  it("会议首次将… is the body's meeting, dated by its clause", () => {
    const r = run("2021年5月21日，国务院金融委会议首次将打击比特币挖矿行为写入议题。", { date: "2022-01-05" });
    expect(names(r, "Measure")).toEqual(["国务院金融稳定发展委员会会议"]);
    expect(dateOf(r, "国务院金融稳定发展委员会会议")).toBe("2021-05-21");
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:国务院金融稳定发展委员会 -> measure:国务院金融稳定发展委员会会议",
    ]);
  });
  it("a meeting's spirit carried out is the body, no meeting", () => {
    expect(measures("为贯彻国务院金融委会议精神，各地开展排查。")).toEqual([]);
  });
});

describe("the stand-in names of an anonymised case", () => {
  it.each([
    ["a defendant", "本所律师代理被告王五，成功帮助王五取得胜诉判决。"],
    ["a plaintiff and a defendant", "原告张三与被告王五之间因委托理财产生纠纷。"],
  ])("%s named by a stand-in name is nobody", (_what, text) => {
    expect(names(run(text), "Person")).toEqual([]);
  });
  it("the same name with a post is an official", () => {
    expect(names(run("江西省能源局局长张三出席会议。"), "Official")).toEqual(["张三"]);
  });
});

describe("central banks in general are not China's", () => {
  it.each([
    ["各国央行, Traditional", "由於各國央行採取量寬政策，導致貨幣貶值。"],
    ["全球央行", "全球央行都在研究发行数字货币。"],
    ["其他国家的央行", "其他国家的央行也在加息。"],
  ])("%s: no People's Bank", (_what, text) => {
    expect(names(run(text), "Agency")).toEqual([]);
  });
  it("央行 alone is the People's Bank", () => {
    expect(names(run("央行发布了风险提示。"), "Agency")).toEqual(["中国人民银行"]);
  });
});

describe("a firm a judgment leaves unnamed after a party's role", () => {
  const companies = (text: string): string[] => names(run(text), "Company");
  it.each([
    ["被告某公司", "原告陈某遂联系被告某公司商议托管事宜。"],
    ["被告某科技有限公司", "被告某科技有限公司辩称，矿机已经交付。"],
  ])("%s: no firm", (_what, text) => {
    expect(companies(text)).toEqual([]);
  });
  it("a name masked but for its first character after a party's role is still the firm", () => {
    expect(companies("被告上海勤某实业有限公司辩称，矿机已经交付。")).toEqual(["上海勤某实业有限公司"]);
  });
});

describe("a Chinese firm's name glossed in Latin after a Latin name and a space", () => {
  it("Latin, a space, 的, then the glossed firm", () => {
    const r = run("美国投资人Jane Doe 的方舟投资(Ark Investment)首季买入以太币。");
    expect(names(r, "Company")).toEqual(["方舟投资"]);
  });
});

describe("a law firm by the short form it writes its own name with", () => {
  it("X律所 is the firm", () => {
    expect(names(run("本案中，明衡律所律师团队代理被告。"), "Company")).toEqual(["明衡律所"]);
  });
  it.each([
    ["该律所", "该律所律师表示，判决已经生效。"],
    ["多家律所", "多家律所参与了此案。"],
  ])("%s names no firm", (_what, text) => {
    expect(names(run(text), "Company")).toEqual([]);
  });
});

describe("a sub-district written right after its district is a place", () => {
  it("X区Y街道 is a Place in the district's province", () => {
    const r = run("4月3日上午，公安人员对湛河区九里山街道一处废弃厂房进行了检查。");
    expect(names(r, "Place")).toEqual(["九里山街道", "湛河区"]);
    expect(relationLines(r, "IN_PROVINCE")).toContain("IN_PROVINCE place:九里山街道 -> province:河南省");
  });
  it.each([
    ["its office is a body, not a place", "湛河区九里山街道办事处组织排查。", []],
    ["a count of sub-districts", "该市多个街道开展排查。", []],
  ])("%s", (_what, text, want) => {
    expect(names(run(text), "Place").filter((n) => n.endsWith("街道"))).toEqual(want);
  });
});

describe("an official chairing a body's own meeting holds a post there", () => {
  it.each([
    ["a vice premier chairing a committee's meeting", "国务院副总理刘鹤主持金融委会议，明确打击比特币挖矿行为。"],
    ["主持召开 and a numbered meeting", "5月21日，国务院副总理刘鹤主持召开国务院金融稳定发展委员会第五十一次会议。"],
  ])("%s", (_what, text) => {
    expect(relationLines(run(text, { date: "2021-06-01" }), "SERVES_AT")).toContain(
      "SERVES_AT official:刘鹤 -> agency:国务院金融稳定发展委员会",
    );
  });
  it("a meeting of no body's own names no post", () => {
    const r = run("雅安市副市长李明主持召开专题会议，部署挖矿整治。", { date: "2021-06-01" });
    expect(relationLines(r, "SERVES_AT")).toEqual(["SERVES_AT official:李明 -> agency:雅安市人民政府"]);
  });
});

describe("bodies forming a joint group together worked together", () => {
  it("由A、B和C组成的专项检查组: the first leads", () => {
    const r = run("由浙江省纪委、省委网信办和省公安厅组成的专项检查组通过远程监测等方式核查。", { date: "2021-06-01" });
    expect(relationLines(r, "WORKED_WITH")).toEqual([
      "WORKED_WITH agency:中共浙江省纪律检查委员会 -> agency:中共浙江省委网络安全和信息化委员会办公室",
      "WORKED_WITH agency:中共浙江省纪律检查委员会 -> agency:浙江省公安厅",
    ]);
  });
  it("a group one body formed alone names no partner", () => {
    const r = run("浙江省公安厅组成专项检查组，赴各地核查。省通信管理局另行部署。", { date: "2021-06-01" });
    expect(relationLines(r, "WORKED_WITH")).toEqual([]);
  });
});

describe("more standard local bodies, and their full forms", () => {
  it.each([
    ["a county's water-affairs bureau", "汉源县水务局原局长刘江受到开除党籍处分。", "汉源县水务局"],
    ["a province's science department in full", "四川省科学技术厅开展了排查。", "四川省科学技术厅"],
    ["a county's science bureau in full", "汉源县科学技术局开展了排查。", "汉源县科学技术局"],
    [
      "a county's assets commission in full",
      "汉源县国有资产监督管理委员会开展了排查。",
      "汉源县国有资产监督管理委员会",
    ],
  ])("%s", (_what, text, body) => {
    expect(names(run(text), "Agency")).toEqual([body]);
  });
  it("the official of a water-affairs bureau serves there", () => {
    expect(relationLines(run("汉源县水务局原局长刘江受到开除党籍处分。"), "SERVES_AT")).toEqual([
      "SERVES_AT official:刘江 -> agency:汉源县水务局",
    ]);
  });
});

describe("a firm named after 给予", () => {
  it("the firm is not read with 予", () => {
    const r = run("石棉县纪委监委给予石棉县供电公司党委书记赵小军政务记过处分。", { date: "2022-03-01" });
    expect(names(r, "Company")).toEqual(["石棉县供电公司"]);
  });
});

describe("会同 opening a clause before a bare county body is the verb, not 会同县", () => {
  const meta = { author: "石棉县人民政府", date: "2021-11-15" };
  it("牵头，会同县发展改革局: the document's own county's bureau", () => {
    const r = run("会议要求，县经信局牵头，会同县发展改革局、县公安局开展拉网式排查。", meta);
    expect(names(r, "Agency")).toEqual(["石棉县公安局", "石棉县发展和改革局", "石棉县经济和信息化局"]);
    expect(names(r, "Place")).toEqual(["石棉县"]);
    expect(relationLines(r, "WORKED_WITH")).toEqual([
      "WORKED_WITH agency:石棉县经济和信息化局 -> agency:石棉县发展和改革局",
      "WORKED_WITH agency:石棉县经济和信息化局 -> agency:石棉县公安局",
    ]);
  });
  it.each([
    ["the county itself convening", "11月12日，会同县召开虚拟货币挖矿整治工作推进会。", "会同县"],
    ["the county's own document", "会议要求，会同县公安局开展排查。", "会同县"],
  ])("%s stays 会同县", (_what, text, place) => {
    expect(names(run(text, { author: "会同县人民政府" }), "Place")).toEqual([place]);
  });
});

describe("a government page whose text is the notice its title names, under its number", () => {
  const body = [
    "宁发改价格〔2021〕765号",
    "",
    "各市、县（区）发展改革局：",
    "为贯彻落实国家发展改革委等部门《关于整治虚拟货币“挖矿”活动的通知》要求，现就有关事项通知如下。",
    "",
    "宁夏回族自治区发展和改革委员会",
    "2021年12月17日",
  ].join("\n");
  const title = "关于对虚拟货币“挖矿”企业实行差别电价的通知";
  it("the page's title is the measure, named by the number, issued and dated by the signature", () => {
    const r = run(body, { title, date: "2021-12-20" });
    expect(names(r, "Measure")).toEqual([title, "关于整治虚拟货币“挖矿”活动的通知"].sort());
    expect(dateOf(r, title)).toBe("2021-12-17");
    expect(relationLines(r, "ISSUED")).toContain(`ISSUED agency:宁夏回族自治区发展和改革委员会 -> measure:${title}`);
    expect(r.entities.find((e) => e.name === title)?.aliases).toContain("宁发改价格〔2021〕765号");
  });
  it.each([
    [
      "a news page titled like a notice, no number line",
      "近日，宁夏回族自治区发展和改革委员会发布通知，对挖矿企业加价。",
    ],
    ["a number inside a sentence, not on its own line", "根据宁发改价格〔2021〕765号文件，挖矿企业加价。"],
  ])("%s: no measure from the title", (_what, text) => {
    expect(measures(text, { title, date: "2021-12-20" })).not.toContain(title);
  });
});

describe("a plan whose title opens with its division, its year before or its subject right after", () => {
  it.each([
    [
      "a year before the division",
      "内蒙古已于3月发布《2021年内蒙古自治区能耗双控措施》。",
      "2021年内蒙古自治区能耗双控措施",
      "province:内蒙古自治区",
    ],
    [
      "the subject right after",
      "雅安市印发了《雅安市虚拟货币挖矿清理整顿工作方案》。",
      "雅安市虚拟货币挖矿清理整顿工作方案",
      "place:雅安市",
    ],
  ])("%s applies to it", (_what, text, title, division) => {
    expect(relationLines(run(text, { date: "2021-06-01" }), "APPLIES_TO")).toContain(
      `APPLIES_TO measure:${title} -> ${division}`,
    );
  });
  it("a title with 关于 after its issuers is left to the issuers' rule", () => {
    const r = run("雅安市发展和改革委员会、雅安市公安局关于开展挖矿排查的通知已经下发。", { date: "2021-06-01" });
    expect(relationLines(r, "APPLIES_TO").filter((l) => l.includes("排查"))).toEqual([
      "APPLIES_TO measure:关于开展挖矿排查的通知 -> place:雅安市",
    ]);
  });
});

describe("a platform's notice to its users signed by its team", () => {
  const body = [
    "尊敬的用户：",
    "根据中国人民银行等十部门发布的《关于进一步防范和处置虚拟货币交易炒作风险的通知》要求，本平台已于2021年9月26日停止中国大陆地区新用户注册。",
    "感谢您的理解与支持！",
    "CoinSample团队",
    "2021年9月27日",
  ].join("\n");
  const title = "关于中国大陆用户清退安排的公告";
  it("the team's platform issued the page's announcement, dated by the line under the signature", () => {
    const r = run(body, { title, date: "2021-09-28" });
    expect(names(r, "Company")).toEqual(["CoinSample"]);
    expect(relationLines(r, "ISSUED")).toContain(`ISSUED company:CoinSample -> measure:${title}`);
    expect(dateOf(r, title)).toBe("2021-09-27");
  });
  it("a document cited as the ground of a later act is not dated by that act's day", () => {
    const r = run(body, { title, date: "2021-09-28" });
    const issued = r.relations.find((x) => x.type === "ISSUED" && x.source === "agency:中国人民银行");
    expect(issued?.date ?? null).toBeNull();
  });
  it("a team line in a news story names no firm", () => {
    expect(names(run("记者联系了项目团队。\n编辑团队\n2021年9月27日"), "Company")).toEqual([]);
  });
});

describe("departments named by their fields after a local body and its joint-action verb", () => {
  const meta = { author: "内蒙古自治区发展和改革委员会", date: "2021-06-04" };
  it("会同工信、能源、公安、网信等部门: the body's division's departments, and it leads them", () => {
    const r = run("自治区发展改革委会同工信、能源、公安、网信等部门开展核查。", meta);
    expect(names(r, "Agency")).toEqual([
      "内蒙古自治区互联网信息办公室",
      "内蒙古自治区公安厅",
      "内蒙古自治区发展和改革委员会",
      "内蒙古自治区工业和信息化厅",
      "内蒙古自治区能源局",
    ]);
    expect(relationLines(r, "WORKED_WITH")).toHaveLength(4);
  });
  it("a list of fields after a verb that is no joint action names no department", () => {
    const r = run("自治区发展改革委关注工信、能源、公安等部门的进展。", meta);
    expect(names(r, "Agency")).toEqual(["内蒙古自治区发展和改革委员会"]);
  });
});

describe("an act dated by the day written in its own clause", () => {
  it("继本月5日…后，央行于16日约谈了X: the 16th", () => {
    const r = run("继本月5日五部委发声后，央行于16日约谈了支付宝、财付通等第三方支付机构。", { date: "2013-12-18" });
    const acted = r.relations.filter((x) => x.type === "ACTED_ON");
    expect(acted.map((x) => x.date)).toEqual(["2013-12-16", "2013-12-16"]);
  });
});

describe("a name ends before a lawyer's or a judge's part in the case", () => {
  it.each([
    ["代理", "本案由我所律师王明代理被告。", ["王明"]],
    ["a three-character name before 代理 stays whole", "律师王明辉代理了此案。", ["王明辉"]],
  ])("%s", (_what, text, want) => {
    expect(names(run(text), "Person")).toEqual(want);
  });
});

describe("a measure dated by a short name made of its month and day", () => {
  const title = "关于进一步防范和处置虚拟货币交易炒作风险的通知";
  it.each([
    [
      "the month told, the short name defined after",
      `2021年9月，中国人民银行等十部门联合发布《${title}》(下称“924通知”)。`,
    ],
    ["the year told before the short name", `2021年的“924通知”更是将监管升级到全链条禁止。`],
  ])("%s", (_what, text) => {
    expect(dateOf(run(text, { date: "2022-07-12" }), title)).toBe("2021-09-24");
  });
  it.each([
    ["a month told and no short name written", `2021年9月，中国人民银行等十部门联合发布《${title}》。`],
    ["a short name and no year told", `中国人民银行等十部门发布的“924通知”明确，虚拟货币相关业务属于非法金融活动。`],
  ])("%s: undated", (_what, text) => {
    expect(dateOf(run(text, { date: "2022-07-12" }), title)).toBeNull();
  });
});

describe("a sentence opening with a part of the day goes on with the day told before it", () => {
  const title = "北京地区虚拟货币交易场所清理整治工作要求";
  it("9月15日，…。下午，X发布《Y》: the 15th", () => {
    const text = `9月15日，北京市监管机构对辖内交易平台进行了约谈。下午，北京市互联网金融风险专项整治工作领导小组办公室发布《${title}》。`;
    expect(dateOf(run(text, { date: "2017-09-16" }), title)).toBe("2017-09-15");
  });
  it("a part of the day inside a sentence is no such opening", () => {
    const text = `9月15日，北京市监管机构对辖内交易平台进行了约谈。据悉，该办公室下午发布《${title}》。`;
    expect(dateOf(run(text, { date: "2017-09-16" }), title)).toBeNull();
  });
});

describe("a meeting of the genre's subject told as held on a day, its name first", () => {
  it("X成立大会于9月23日在石家庄召开: the meeting, that day", () => {
    const r = run("某省区块链联盟成立大会于9月23日在石家庄召开，62家发起单位参加。", { date: "2020-09-24" });
    expect(names(r, "Measure")).toEqual(["某省区块链联盟成立大会"]);
    expect(dateOf(r, "某省区块链联盟成立大会")).toBe("2020-09-23");
  });
  it("a meeting on another subject is no measure", () => {
    expect(measures("全市安全生产工作会议于9月23日召开。", { date: "2020-09-24" })).toEqual([]);
  });
});
