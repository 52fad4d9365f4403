/**
 * Table tests for the eleventh round of issue 10 (recall on unseen articles), one category per block. Sentences
 * written for these tests (never copied from an article); the firms' and people's names are made up.
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, mentionedIds as mentioned, relationLines } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";

const TW = { url: "https://news.example.com.tw/a/3" };

const measures = (r: DocumentResult): string[] => mentioned(r).filter((id) => id.startsWith("measure:"));
const linesOf = (r: DocumentResult, type: string): string[] => relationLines(r).filter((l) => l.startsWith(`${type} `));

describe("a bank's own announcement: its heading, its signature and the notices it rests on", () => {
  const announcement = [
    "中国工商银行:关于禁止利用我行账户从事虚拟货币交易的公告",
    "",
    "为落实中国人民银行等五部委《关于防范比特币风险的通知》(银发〔2013〕289号)和中国人民银行等七部委《关于防范代币发行融资风险的公告》等监管规定,任何机构和个人不得利用我行账户进行虚拟货币交易。",
    "",
    "一经发现,我行将暂停相关账户交易。",
    "",
    "中国工商银行股份有限公司",
    "",
    "2021年6月22日",
  ].join("\n");
  const r = run(announcement);
  const own = "measure:关于禁止利用我行账户从事虚拟货币交易的公告";

  it("the bank that signs it issued the announcement its heading names, on the signature's day", () => {
    expect(linesOf(r, "ISSUED")).toContain(`ISSUED company:中国工商银行 -> ${own}`);
    expect(r.entities.find((e) => `measure:${e.name}` === own)?.properties.date).toBe("2021-06-22");
  });
  it("it cites both notices it carries out, the second named after the first's number and its issuers", () => {
    expect(linesOf(r, "CITES").sort()).toEqual([
      `CITES ${own} -> measure:关于防范代币发行融资风险的公告`,
      `CITES ${own} -> measure:关于防范比特币风险的通知`,
    ]);
  });
  it("a company's announcement carrying a notice out does not implement it (a government plan does)", () => {
    expect(linesOf(r, "IMPLEMENTS")).toEqual([]);
    const plan = run(
      "为落实中国人民银行等五部委《关于防范比特币风险的通知》,省金融办制定了《全省虚拟货币风险防范工作方案》。",
    );
    expect(linesOf(plan, "IMPLEMENTS")).toEqual([
      "IMPLEMENTS measure:全省虚拟货币风险防范工作方案 -> measure:关于防范比特币风险的通知",
    ]);
  });
});

describe("an announcement quoted in a report, its basis in the paragraph after 公告表示：", () => {
  const report = [
    "6月22日晚间,华信银行发布了《关于禁止使用我行服务用于虚拟货币交易的公告》。",
    "",
    "公告表示:",
    "",
    "虚拟货币交易扰乱金融秩序。为落实人民银行等多部委、行业协会《关于防范比特币风险的通知》《关于防范代币发行融资风险的公告》,我行重申如下要求。",
  ].join("\n");
  const r = run(report);
  const own = "measure:关于禁止使用我行服务用于虚拟货币交易的公告";

  it("the titles cited in the quoted paragraph's second sentence are the announcement's basis", () => {
    expect(linesOf(r, "CITES").sort()).toEqual([
      `CITES ${own} -> measure:关于防范代币发行融资风险的公告`,
      `CITES ${own} -> measure:关于防范比特币风险的通知`,
    ]);
  });
  it("the body before 等多部委、行业协会 issued each of the titles written one after the other", () => {
    expect(linesOf(r, "ISSUED").sort()).toEqual(
      [
        `ISSUED company:华信银行 -> ${own}`,
        "ISSUED agency:中国人民银行 -> measure:关于防范代币发行融资风险的公告",
        "ISSUED agency:中国人民银行 -> measure:关于防范比特币风险的通知",
      ].sort(),
    );
  });
  it("a paragraph after a line that ends in no colon belongs to no quoted measure", () => {
    const plain = run(report.replace("公告表示:", "公告发布后市场反应平淡。"));
    expect(linesOf(plain, "CITES")).toEqual([]);
  });
});

describe("a firm's announcement the report quotes from (X在公告中强调)", () => {
  it.each([
    ["在公告中强调, after a Latin name and a space", "交易平台Coinvista 在公告中强調,用戶資產安全不受影響。", TW],
    ["在其公告中表示", "鑫源矿业公司在其公告中表示,将按期关停矿场。", {}],
  ])("%s: the firm's announcement, issued by it", (_what, body, meta) => {
    const r = run(body, meta);
    expect(linesOf(r, "ISSUED")).toHaveLength(1);
    expect(linesOf(r, "ISSUED")[0]).toMatch(/^ISSUED company:(\S+) -> measure:\1公告$/);
  });
  it("公告中 not followed by what it said is no announcement", () => {
    expect(measures(run("鑫源矿业公司在公告中的数据与年报不符。"))).toEqual([]);
  });
});

describe("founders named together after one title, and the founder as Taiwan writes it", () => {
  it.each([
    [
      "A和B after 两大联合创始人",
      "嘉禾科技有限公司兩大聯合創始人吳志遠和詹立誠的分歧逐步公開化。",
      TW,
      ["吴志远", "詹立诚"],
    ],
    [
      "A与B after 创始人, then a comma",
      "嘉禾科技有限公司创始人吴志远与詹立诚,早年曾共同创业。",
      {},
      ["吴志远", "詹立诚"],
    ],
    ["創辦人 before one name", "嘉禾科技有限公司創辦人趙明德表示，平台運營正常。", TW, ["赵明德"]],
  ])("%s", (_what, body, meta, names) => {
    const lines = linesOf(run(body, meta), "AFFILIATED_WITH");
    expect(lines.sort()).toEqual(names.map((n) => `AFFILIATED_WITH person:${n} -> company:嘉禾科技有限公司`).sort());
  });
  it("a word after 和 is no second founder", () => {
    const lines = linesOf(run("嘉禾科技有限公司创始人吴志远和员工的关系一直很好。"), "AFFILIATED_WITH");
    expect(lines).toEqual(["AFFILIATED_WITH person:吴志远 -> company:嘉禾科技有限公司"]);
  });
  it("a title held by one person (董事长) takes no second name", () => {
    const r = run("嘉禾科技有限公司董事长吴志远和詹立诚的分歧逐步公开化。");
    expect(mentioned(r)).not.toContain("person:詹立诚");
  });
});

describe("an official named by the post held while something happened", () => {
  it.each([
    [
      "与X任职Y书记期间有关, in Traditional",
      "據報導，該案與周立群任職撫州市委書記期間有關。",
      TW,
      "周立群",
      "中共抚州市委员会",
    ],
    ["X在担任Y局长期间", "李长河在担任县发改局局长期间，违规为矿场办理手续。", {}, "李长河", "县发改局"],
  ])("%s: SERVES_AT, a former post", (_what, body, meta, name, body2) => {
    const r = run(body, meta);
    expect(linesOf(r, "SERVES_AT")).toEqual([`SERVES_AT official:${name} -> agency:${body2}`]);
    const serves = r.relations.find((x) => x.type === "SERVES_AT");
    expect(serves?.properties?.former).toBe(true);
  });
  it("no name before the verb, no official", () => {
    expect(linesOf(run("在担任抚州市委书记期间，他大搞挖矿。"), "SERVES_AT")).toEqual([]);
  });
});

describe("a firm's seat abroad", () => {
  it.each([
    [
      "总部设于 with a description of the country, in Traditional",
      "交易平台Coinvista 總部設於南歐小國馬爾他，主要面向亞洲市場。",
      TW,
      "马耳他",
    ],
    ["总部设在 a territory where firms register", "交易平台Coinvista总部设在开曼群岛。", {}, "开曼群岛"],
    ["总部位于", "交易平台Coinvista总部位于新加坡。", {}, "新加坡"],
  ])("%s: LOCATED_IN the country", (_what, body, meta, country) => {
    expect(linesOf(run(body, meta), "LOCATED_IN")).toEqual([`LOCATED_IN company:Coinvista -> country:${country}`]);
  });
  it("a country before 的 and a firm is no seat (only a siting word says so)", () => {
    expect(linesOf(run("美国的交易所Coinvista宣布上线新币。"), "LOCATED_IN")).toEqual([]);
  });
  it("China is no seat abroad", () => {
    expect(linesOf(run("交易平台Coinvista总部位于中国。"), "LOCATED_IN")).toEqual([]);
  });
});

describe("a law cited as 我国刑法, and a body's meeting named by the body alone", () => {
  it.each([
    ["违反了我国刑法", "该员工的行为违反了我国刑法。"],
    ["依照我国刑法判处", "法院依照我国刑法判处被告人有期徒刑三年。"],
  ])("%s: the national law, by its full name", (_what, body) => {
    expect(measures(run(body))).toEqual(["measure:中华人民共和国刑法"]);
  });
  it("a law named after 我国 in a citation keeps its own name", () => {
    expect(measures(run("该平台违反了我国网络安全法的规定。"))).toEqual(["measure:中华人民共和国网络安全法"]);
  });
  it("贯彻X会议精神 with X a body: the body, no meeting", () => {
    const ids = mentioned(run("为进一步贯彻国务院金融委会议精神，本行决定停止相关业务。"));
    expect(ids).toContain("agency:国务院金融稳定发展委员会");
    expect(ids.filter((id) => id.startsWith("measure:"))).toEqual([]);
  });
  it("a meeting the text names by its subject stays a measure", () => {
    expect(measures(run("会议传达学习了全省虚拟货币挖矿整治工作会议精神。"))).toEqual([
      "measure:全省虚拟货币挖矿整治工作会议",
    ]);
  });
});

describe("a paper named after its place", () => {
  it.each([
    ["香港 + a paper's own name + 日报", "香港星光日報引述知情人士指出，案件仍在調查。", TW],
    ["台湾 + 苹果日报", "据台湾苹果日报报道，平台已停止营运。", {}],
  ])("%s: the place is not mentioned", (_what, body, meta) => {
    expect(mentioned(run(body, meta)).filter((id) => /^(province|place):/.test(id))).toEqual([]);
  });
  it("a report of the day (今日报道) still names its place", () => {
    expect(mentioned(run("深圳今日报道称，矿场已全部关停。"))).toContain("place:深圳市");
  });
});

describe("a province by its one-character name", () => {
  it.each([
    ["在京: in Beijing", "监管部门约谈了九家在京交易平台。", "province:北京市"],
    ["来港: to Hong Kong", "这家矿机厂商仍在申请来港上市。", "province:香港特别行政区"],
    ["在川: in Sichuan", "在川相关电力企业一律停止供电。", "province:四川省"],
    ["驻沪: stationed in Shanghai", "中央驻沪金融监管机构召开了座谈会。", "province:上海市"],
  ])("%s", (_what, body, id) => {
    expect(mentioned(run(body)).filter((x) => /^(province|place):/.test(x))).toEqual([id]);
  });
  it.each([
    ["a word the character opens (京东)", "现在京东平台也停售矿机。"],
    ["a port (港口)", "货轮停靠在港口等待装船。"],
    ["a region of several (川滇)", "矿场多分布在川滇山区。"],
    ["来 as part of another word (未来)", "未来港股市场仍有机会。"],
  ])("%s names no province", (_what, body) => {
    expect(mentioned(run(body)).filter((x) => /^(province|place):/.test(x))).toEqual([]);
  });
});

describe("a firm being set up or a pool being reached is no firm's name", () => {
  it.each([
    ["在重庆新建公司", "他计划在重庆新建公司，把资产转移过去。"],
    ["终端访问矿池", "监测发现仍有校园网终端访问矿池服务器。"],
  ])("%s", (_what, body) => {
    expect(mentioned(run(body)).filter((x) => x.startsWith("company:"))).toEqual([]);
  });
});

describe("a district's service hall, and a body seated where its name does not say", () => {
  it("X区政务服务中心 is the district's body, placed in the district", () => {
    expect(linesOf(run("他到北京市海淀区政务服务中心领取了营业执照。"), "LOCATED_IN")).toEqual([
      "LOCATED_IN agency:海淀区政务服务中心 -> place:海淀区",
    ]);
  });
  it("the central bank's 营业管理部 is in Beijing when the text names Beijing", () => {
    expect(linesOf(run("央行营业管理部约谈了多家在京交易平台。"), "LOCATED_IN")).toEqual([
      "LOCATED_IN agency:中国人民银行营业管理部 -> province:北京市",
    ]);
  });
  it("and names no Beijing of its own when the text does not", () => {
    const r = run("央行营业管理部约谈了多家交易平台。");
    expect(linesOf(r, "LOCATED_IN")).toEqual([]);
    expect(mentioned(r)).toEqual(["agency:中国人民银行营业管理部"]);
  });
});

describe("firms by their registered names, and counts before a kind of firm", () => {
  it.each([
    [
      "a registered name opening with its province, a 和 inside",
      "她应聘的是河南省鑫和众源信息咨询集团有限公司。",
      ["company:河南省鑫和众源信息咨询集团有限公司"],
    ],
    [
      "a registered name with a kind word inside, after another firm",
      "其余股权由安徽嘉禾农业股份有限公司、安徽省鑫和中小企业信息咨询有限责任公司持有。",
      ["company:安徽嘉禾农业股份有限公司", "company:安徽省鑫和中小企业信息咨询有限责任公司"],
    ],
  ])("%s", (_what, body, ids) => {
    expect(
      mentioned(run(body))
        .filter((x) => x.startsWith("company:"))
        .sort(),
    ).toEqual([...ids].sort());
  });
  it("a province before a clause that founds a firm is no part of its name", () => {
    expect(mentioned(run("他到河南省投资成立了鑫源科技有限公司。"))).toContain("company:鑫源科技有限公司");
  });
  it("一位交易所人士 names no exchange", () => {
    expect(mentioned(run("一位交易所运营人士表示，平台仍在观望。"))).toEqual([]);
  });
});

describe("a police branch named after a road, and an institute quoted in a report", () => {
  it("X市公安局Y路分局: the city bureau's branch", () => {
    expect(mentioned(run("河南平顶山市公安局光明路分局破获了一起盗电挖矿案。"))).toContain(
      "agency:平顶山市公安局光明路分局",
    );
  });
  it("报导引述X大学Y中心: the centre's name starts at the university", () => {
    expect(mentioned(run("报导引述中央财经大学中国银行业研究中心主任郭田勇表示，监管会更严。"))).toContain(
      "agency:中央财经大学中国银行业研究中心",
    );
  });
});

describe("a committee's meeting contracted, dated by the month told before it", () => {
  const text =
    "5月18日,三家协会联合发布了《关于防范虚拟货币交易炒作风险的公告》。同月21日,国务院金融稳定发展委员会议明确提出,打击比特币挖矿和交易行为。";
  it("委员会议 is the committee's meeting, which it held", () => {
    expect(linesOf(run(text, { date: "2021-07-05" }), "ISSUED")).toContain(
      "ISSUED agency:国务院金融稳定发展委员会 -> measure:国务院金融稳定发展委员会会议",
    );
  });
  it("同月21日 is the 21st of the month of the event before it", () => {
    const meeting = run(text, { date: "2021-07-05" }).entities.find((e) => e.name === "国务院金融稳定发展委员会会议");
    expect(meeting?.properties.date).toBe("2021-05-21");
  });
  it("同月 with a day no month has dates nothing, and the article is still read", () => {
    const r = run("5月18日，多个部门发文。同月45日,国务院金融稳定发展委员会议明确提出,打击挖矿。", {
      date: "2021-07-05",
    });
    expect(r.entities.find((e) => e.name === "国务院金融稳定发展委员会会议")?.properties.date).toBeNull();
  });
  it("同月 with no month told before it dates nothing", () => {
    const r = run("同月21日,国务院金融稳定发展委员会议明确提出,打击比特币挖矿和交易行为。", { date: "2021-07-05" });
    expect(r.entities.find((e) => e.name === "国务院金融稳定发展委员会会议")?.properties.date).toBeNull();
  });
});

describe("a firm placed before its quoted name", () => {
  it("总部设在X的“Y”: LOCATED_IN X", () => {
    expect(linesOf(run("总部设在上海的“比特币中国”星期三宣布暂停充值。"), "LOCATED_IN")).toEqual([
      "LOCATED_IN company:比特币中国 -> province:上海市",
    ]);
  });
});

describe("a post stated with 是, and a post at a firm by the short name the text gave it", () => {
  it.each([
    ["Y是X公司的业务员", "张丽是鑫源科技有限公司的业务员，但她说自己不懂区块链。", "张丽"],
    ["X公司的法定代表人是一个名叫Y的年轻人", "鑫源科技有限公司的法定代表人是一个名叫霍林的年轻人。", "霍林"],
    ["X公司法定代表人Y表示", "鑫源科技有限公司法定代表人霍林表示，公司经营正常。", "霍林"],
  ])("%s", (_what, body, name) => {
    expect(linesOf(run(body), "AFFILIATED_WITH")).toEqual([
      `AFFILIATED_WITH person:${name} -> company:鑫源科技有限公司`,
    ]);
  });
  it("a question or a clause after the post names nobody", () => {
    expect(linesOf(run("鑫源科技有限公司的负责人是谁？"), "AFFILIATED_WITH")).toEqual([]);
    expect(linesOf(run("他认为这是鑫源科技有限公司的负责人，不是别人。"), "AFFILIATED_WITH")).toEqual([]);
  });
  it("a firm named by the short name defined for it is that firm", () => {
    const r = run("河南鑫源科技有限公司(下称“鑫源公司”)销售了矿机。张丽是鑫源公司的业务员，但她不懂。");
    expect(linesOf(r, "AFFILIATED_WITH")).toEqual(["AFFILIATED_WITH person:张丽 -> company:河南鑫源科技有限公司"]);
  });
});

describe("a notice's title quoted in 「」 as Taiwan's agency writes it, and a year that is a target", () => {
  const text =
    "不过,内蒙古自治区发改委2月25日发布「关于确保完成『十四五』能耗双控目标任务若干保障措施(征求意见稿)」,要求全面清理关停虚拟货币挖矿项目。该区承诺到2060年实现碳中和。";
  const title = "关于确保完成“十四五”能耗双控目标任务若干保障措施（征求意见稿）";
  it("「关于…(征求意见稿)」: the draft, its 『』 written “”, issued by the body before it", () => {
    expect(linesOf(run(text), "ISSUED")).toEqual([`ISSUED agency:内蒙古自治区发展和改革委员会 -> measure:${title}`]);
  });
  it("an undated text's year is its days' and months' (2021年4月), not a target year (到2060年)", () => {
    const r = run(`${text}项目须在2021年4月底前全部退出。`);
    expect(r.entities.find((e) => e.name === title)?.properties.date).toBe("2021-02-25");
  });
  it("the same with the title in 《》", () => {
    const r = run(
      "内蒙古自治区发改委2月25日发布《关于清理关停虚拟货币挖矿项目的通知》。该区承诺到2060年实现碳中和，项目须在2021年4月底前全部退出。",
    );
    expect(r.entities.find((e) => e.name === "关于清理关停虚拟货币挖矿项目的通知")?.properties.date).toBe("2021-02-25");
  });
  it("a 「」 phrase that is no title stays none", () => {
    expect(measures(run("他表示「关于这件事我不清楚」。"))).toEqual([]);
  });
});

describe("the capital standing for the government", () => {
  it.each([
    ["北京一贯坚持…的政策", "北京一贯坚持奉行减少碳排放的政策。"],
    ["对北京打压政策的回应", "这可能是对北京打压政策的回应。"],
  ])("%s: no mention of Beijing", (_what, body) => {
    expect(mentioned(run(body))).toEqual([]);
  });
  it("在北京 is still the place", () => {
    expect(mentioned(run("他在北京工作多年。"))).toEqual(["province:北京市"]);
  });
});

describe("firms announcing one after another", () => {
  it("火币、OKEx和币安先后发布公告: each firm issued its own announcement, none another's", () => {
    expect(linesOf(run("火币、OKEx和币安先后发布公告称，将清退中国大陆用户。"), "ISSUED").sort()).toEqual([
      "ISSUED company:OKEx -> measure:OKEx公告",
      "ISSUED company:币安 -> measure:币安公告",
      "ISSUED company:火币 -> measure:火币公告",
    ]);
  });
  it("a titled announcement the firms issued together keeps both issuers", () => {
    expect(linesOf(run("火币和OKEx发布《关于清退中国大陆用户的公告》。"), "ISSUED").sort()).toEqual([
      "ISSUED company:OKEx -> measure:关于清退中国大陆用户的公告",
      "ISSUED company:火币 -> measure:关于清退中国大陆用户的公告",
    ]);
  });
});
