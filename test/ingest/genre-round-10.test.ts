/**
 * Table tests for the tenth round of issue 10 (recall on unseen articles), one category per block. Sentences
 * written for these tests (never copied from an article); the firms' names are made up.
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, mentionedIds as mentioned, relationLines } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";

const TW = { url: "https://news.example.com.tw/a/2" };

const measures = (r: DocumentResult): string[] => mentioned(r).filter((id) => id.startsWith("measure:"));
const companies = (r: DocumentResult): string[] => mentioned(r).filter((id) => id.startsWith("company:"));
const workedWith = (r: DocumentResult): string[] => relationLines(r).filter((l) => l.startsWith("WORKED_WITH"));

describe("bodies that consult each other, and a body calling others to a meeting", () => {
  it.each([
    [
      "已與…協商, in Taiwan",
      "金管會已與中央銀行協商，認定比特幣不是貨幣。",
      TW,
      ["WORKED_WITH agency:台湾金融监督管理委员会 -> agency:台湾中央银行"],
    ],
    [
      "和…充分会商",
      "省发展改革委和省能源局充分会商后，决定暂停受理新项目。",
      {},
      ["WORKED_WITH agency:省发展改革委 -> agency:省能源局"],
    ],
    [
      "邀集, Taiwan's word for convening",
      "金管會邀集法務部、經濟部開會討論。",
      TW,
      [
        "WORKED_WITH agency:台湾金融监督管理委员会 -> agency:台湾法务部",
        "WORKED_WITH agency:台湾金融监督管理委员会 -> agency:台湾经济部",
      ],
    ],
  ])("%s: WORKED_WITH", (_what, body, meta, lines) => {
    expect(workedWith(run(body, meta)).sort()).toEqual([...lines].sort());
  });
  it("two bodies named side by side without consulting are not linked", () => {
    expect(workedWith(run("省发展改革委与省能源局的负责人出席了会议。"))).toEqual([]);
  });
  it("the bodies called to a meeting did not draw up the rule the caller drew up after it", () => {
    const r = run("金管會邀集法務部、經濟部開會討論，研訂「虛擬資產服務業管理辦法」草案。", TW);
    const issued = relationLines(r).filter((l) => l.startsWith("ISSUED"));
    expect(issued).toEqual(["ISSUED agency:台湾金融监督管理委员会 -> measure:虚拟资产服务业管理办法"]);
  });
});

describe("firms named after a word of their kind", () => {
  it.each([
    [
      "a phrase closed by 的 before a glossed name",
      "國內兩大交易平台之一的幣安達(BitoMax)宣布暫停服務。",
      TW,
      ["company:币安达"],
    ],
    ["a kind of bank before the bank's name", "该平台的合作银行华信银行已停止代收款项。", {}, ["company:华信银行"]],
    [
      "a Latin name of several words after a kind of firm",
      "比特大陆与北美矿业公司Northern Hash Partners签署了矿机订单。",
      {},
      ["company:Northern Hash Partners", "company:比特大陆"],
    ],
    [
      "a Latin name after where a firm is listed",
      "比特大陆与美股上市公司 Arcadia Mining Corp达成合作。",
      {},
      ["company:Arcadia Mining Corp", "company:比特大陆"],
    ],
    ["a Latin name after 业者", "另一家交易平台业者Coinvista与超商合作收款。", {}, ["company:Coinvista"]],
    [
      "store chains listed before 等超商",
      "消费者在全家、莱尔富等超商都能用现金购买。",
      {},
      ["company:全家", "company:莱尔富"],
    ],
    ["store chains listed before 等便利店", "旺佳、百邻等便利店已暂停代收服务。", {}, ["company:旺佳", "company:百邻"]],
  ])("%s", (_what, body, meta, ids) => {
    expect(companies(run(body, meta)).sort()).toEqual([...ids].sort());
  });
  it.each([
    ["a world region before 矿业公司", "欧洲矿业公司也在扩大投资。"],
    ["a firm's own record (创下公司…)", "二季度营收为3.5亿元，创下公司历史新高。"],
    ["a stock exchange in a ticker", "矿机厂商嘉禾科技(NASDAQ:JHK)公布了财报。"],
  ])("%s names no other firm", (_what, body) => {
    expect(companies(run(body)).filter((id) => id !== "company:嘉禾科技")).toEqual([]);
  });
  it("a firm joined after a verb keeps its name", () => {
    expect(companies(run("他于去年加入鑫源矿业公司。"))).toEqual(["company:鑫源矿业公司"]);
  });
});

describe("a meeting named by its body alone", () => {
  it("X会议指出: the body's meeting, which it held", () => {
    const r = run("国务院金融稳定发展委员会会议指出，要打击比特币挖矿和交易行为。");
    expect(relationLines(r)).toContain(
      "ISSUED agency:国务院金融稳定发展委员会 -> measure:国务院金融稳定发展委员会会议",
    );
  });
  it("a meeting room or a meeting not followed by what it said is no measure", () => {
    expect(measures(run("国务院金融稳定发展委员会会议室位于北京。"))).toEqual([]);
  });
});

describe("a company's announcement cited before the company", () => {
  it("据官方公告，X将…: the company's announcement, named as written too, undated", () => {
    const r = run("12月25日消息，据官方公告，Huobi Global将于年底前完成中国大陆用户的清退。", { date: "2021-12-25" });
    expect(relationLines(r)).toContain("ISSUED company:火币 -> measure:火币公告");
    const m = r.entities.find((e) => e.name === "火币公告");
    expect(m?.aliases).toContain("Huobi Global公告");
    expect(m?.properties.date).toBeNull();
  });
});

describe("Taiwan's laws and rules by their own names", () => {
  it("a law amended, with the article amended after it", () => {
    const r = run("立法院於去年修正洗錢防制法第5條之規定。", { ...TW, date: "2019-03-01" });
    expect(relationLines(r)).toContain("ISSUED agency:台湾立法院 -> measure:洗钱防制法");
  });
  it("a law whose authority a body acts on", () => {
    expect(measures(run("金管會依據資恐防制法之授權提出定義。", TW))).toContain("measure:资恐防制法");
  });
  it("a rule's title in 「」", () => {
    const r = run("金管會研訂「虛擬資產服務業管理辦法」草案。", TW);
    expect(relationLines(r)).toContain("ISSUED agency:台湾金融监督管理委员会 -> measure:虚拟资产服务业管理办法");
  });
  it.each([
    ["a word in 法 that is no law", "這是「看得見的方法」。"],
    ["a determiner before the rule's kind", "業者須遵守「該管理辦法」。"],
    ["a way of doing with 的", "不能採取「一刀切的辦法」處理。"],
  ])("%s in 「」 is no measure", (_what, body) => {
    expect(measures(run(body, TW))).toEqual([]);
  });
});

describe("people of a firm named without a title before them", () => {
  const affiliated = (body: string): string[] =>
    relationLines(run(body)).filter((l) => l.startsWith("AFFILIATED_WITH"));
  it("the members of a firm's founding team named after it", () => {
    expect(affiliated("此前，比特大陆创始团队中的王建国、李明都已退出管理层。").sort()).toEqual([
      "AFFILIATED_WITH person:李明 -> company:比特大陆",
      "AFFILIATED_WITH person:王建国 -> company:比特大陆",
    ]);
  });
  it("a person resigning a post at 公司: the firm the report names most", () => {
    const body =
      "火币发布二季度财报。火币表示将扩大海外业务，并效仿比特大陆的做法。财报还显示，李佳明因个人原因辞去公司董事职务。";
    expect(affiliated(body)).toEqual(["AFFILIATED_WITH person:李佳明 -> company:火币"]);
  });
  it("a person resigning a post at a firm written in the post", () => {
    expect(affiliated("近日，王建国辞任火币集团总裁一职。")).toEqual(["AFFILIATED_WITH person:王建国 -> company:火币"]);
  });
  it("a resignation without a post names no person", () => {
    expect(mentioned(run("他表示，张三辞去职务一事与公司无关。"))).toEqual([]);
  });
});

describe("the large commercial banks by their short names", () => {
  it("a regulator summoning banks by their short names acted on each bank, named by its registered name", () => {
    const r = run("人民银行有关部门约谈了工商银行、农业银行、建设银行、邮储银行和兴业银行。");
    expect(companies(r).sort()).toEqual([
      "company:中国农业银行",
      "company:中国工商银行",
      "company:中国建设银行",
      "company:中国邮政储蓄银行",
      "company:兴业银行",
    ]);
    expect(relationLines(r)).toContain("ACTED_ON agency:中国人民银行 -> company:中国邮政储蓄银行");
  });
  it("a short name is an alias of the bank, and the full name is the same bank", () => {
    const r = run("中国工商银行表示，工商银行将停止为虚拟货币交易提供服务。");
    expect(companies(r)).toEqual(["company:中国工商银行"]);
    expect(r.entities.find((e) => e.name === "中国工商银行")?.aliases).toContain("工商银行");
  });
  it("the bankers' association is no bank", () => {
    expect(companies(run("中国银行业协会发布倡议。"))).toEqual([]);
  });
});

describe("words before a firm's or an institute's name that are no part of it", () => {
  it.each([
    ["a rule for the firm's own staff (严禁集团员工…)", "华信证券内部发文，严禁集团员工以任何形式参与挖矿。", []],
    ["禁止 before 集团", "禁止集团下属企业参与挖矿。", []],
    ["using the firm's computers (利用公司电脑)", "被告人王某利用公司电脑挖矿。", []],
    ["a kind of firm by its trade (芯片设计公司)", "该公司是芯片设计公司和矿机制造商。", []],
    [
      "getting money from the first of a list (并曾获得A、B等机构的投资)",
      "该公司并曾获得清远研究院、华信投资、锦丰集团等机构的数亿元投资。",
      ["company:华信投资", "company:锦丰集团"],
    ],
  ])("%s", (_what, body, ids) => {
    expect(companies(run(body)).sort()).toEqual([...ids].sort());
  });
  it("the first of that list is the institute, without the verb", () => {
    expect(mentioned(run("该公司并曾获得清远研究院、华信投资等机构的投资。"))).toContain("agency:清远研究院");
  });
  it.each([
    ["大学生 (students) names no university", "交大传出有大学生利用研究室挖矿。", []],
    ["a university's biology department keeps the university", "北京大学生物系教授表示担忧。", ["agency:北京大学"]],
  ])("%s", (_what, body, ids) => {
    expect(mentioned(run(body)).filter((id) => id.startsWith("agency:"))).toEqual(ids);
  });
});

describe("inspection teams entering firms, and the places a plan is carried out in", () => {
  it("A与相关部门组成的检查组进驻X、Y: A acted on each", () => {
    const lines = relationLines(run("央行营业管理部与相关部门组成的联合检查组进驻“币行”、“火币网”后，发现违规。"));
    expect(lines).toContain("ACTED_ON agency:中国人民银行营业管理部 -> company:火币");
    expect(lines).toContain("ACTED_ON agency:中国人民银行营业管理部 -> company:OKEx");
  });
  it("《…方案》，确定将在A、B、C等3个市州分别开展试点: it applies to each", () => {
    const lines = relationLines(
      run("省政府办公厅印发《四川省水电消纳示范区建设方案》，确定将在甘孜、雅安、乐山等3个市州分别开展试点。"),
    );
    for (const p of ["甘孜藏族自治州", "雅安市", "乐山市"])
      expect(lines).toContain(`APPLIES_TO measure:四川省水电消纳示范区建设方案 -> place:${p}`);
  });
  it("places named after a measure without being where it is carried out get no APPLIES_TO", () => {
    const lines = relationLines(run("《四川省水电消纳示范区建设方案》发布后，在甘孜、雅安等地引发关注。"));
    expect(lines.filter((l) => l.startsWith("APPLIES_TO") && l.includes("place:"))).toEqual([]);
  });
});

describe("a firm's founder, a mine by its Latin name, the Fed as Taiwan writes it", () => {
  it("由董事长兼CEO X创立: a two-character name before 创立", () => {
    const lines = relationLines(run("招股书显示，亿邦国际由董事长兼CEO胡东创立，上市前胡东持股过半。"));
    expect(lines).toContain("AFFILIATED_WITH person:胡东 -> company:亿邦国际");
  });
  it("头部矿场 X: the mine operator named by its Latin name", () => {
    expect(companies(run("记者采访了当地的头部矿场 Steppe Hash的负责人。"))).toEqual(["company:Steppe Hash"]);
  });
  it("聯準會 is the Federal Reserve", () => {
    expect(mentioned(run("美國聯準會傳出加速升息。", TW))).toContain("agency:美国联邦储备委员会");
  });
});

describe("a weather observatory warning of floods, and the banks that sponsor a listing", () => {
  it("X省气象台 is the province's body", () => {
    expect(relationLines(run("16日四川省气象台连续两天发布山洪预警。"))).toContain(
      "LOCATED_IN agency:四川省气象台 -> province:四川省",
    );
  });
  it("investment banks named as a listing's sponsors are firms", () => {
    expect(companies(run("该公司的联席保荐人为摩根士丹利、瑞信和招银国际。")).sort()).toEqual([
      "company:招银国际",
      "company:摩根士丹利",
      "company:瑞信",
    ]);
  });
});

describe("a foreign head of state by the title and a glossed name", () => {
  it("哈萨克总统X(Latin): an Official", () => {
    expect(mentioned(run("哈萨克总统托卡耶夫(Kassym-Jomart Tokayev)5日宣布进入紧急状态。"))).toContain(
      "official:托卡耶夫",
    );
  });
  it("总统 before no name is no node", () => {
    expect(mentioned(run("总统选举即将举行，总统府发布声明。"))).toEqual([]);
  });
});
