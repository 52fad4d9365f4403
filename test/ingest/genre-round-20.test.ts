/**
 * Table tests for the twentieth round of issue 10 (false nodes and recall on unseen articles), one category per
 * block. Sentences written for these tests (never copied from an article); the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import { entityNames, extractArticle as run, mentionedIds, relationLines } from "../helpers/extract.js";

const names = entityNames;
const dateOf = (r: ReturnType<typeof run>, name: string): unknown =>
  r.entities.find((e) => e.label === "Measure" && e.name === name)?.properties.date ?? null;

describe("a police squad named only as where an officer works", () => {
  it.each([
    ["its head's title", "某市公安局经侦支队支队长", "洛阳市公安局经侦支队支队长张国平介绍，该案涉及多个省份。"],
    ["its head's title, Traditional", "繁体", "洛陽市公安局經偵支隊支隊長張國平介紹，該案涉及多個省份。"],
    ["a squad's officer", "民警", "洛阳市公安局刑侦大队民警张国平说，嫌疑人已到案。"],
  ])("%s: no squad node, the officer serves at the bureau", (_what, _k, body) => {
    const r = run(body);
    expect(names(r, "Agency")).toEqual(["洛阳市公安局"]);
    expect(relationLines(r, "SERVES_AT")).toEqual(["SERVES_AT official:张国平 -> agency:洛阳市公安局"]);
  });
  it("a numbered squad, then its officer speaking: an official of the branch", () => {
    const r = run("洛阳市公安局西工分局刑侦五队张国平认为，矿机运转时发热量很大。");
    expect(names(r, "Agency")).toEqual(["洛阳市公安局西工分局"]);
    expect(relationLines(r, "SERVES_AT")).toEqual(["SERVES_AT official:张国平 -> agency:洛阳市公安局西工分局"]);
  });
  it("a squad that acts itself stays a node", () => {
    const r = run("洛阳市公安局刑警大队接到群众报警后，迅速成立专案组。");
    expect(names(r, "Agency")).toContain("洛阳市公安局刑警大队");
  });
});

describe("a firm's unit written with 的", () => {
  it("国网X供电公司的调度中心: the company, no agency", () => {
    const r = run("国网洛阳供电公司的调度中心发现某小区用电量异常。");
    expect(names(r, "Agency")).toEqual([]);
    expect(names(r, "Company")).toEqual(["国网洛阳供电公司"]);
  });
  it("a body's certification centre written right after it is still its unit", () => {
    const r = run("洛阳市发展和改革委员会价格认定中心出具了认定意见。");
    expect(names(r, "Agency")).toContain("洛阳市发展和改革委员会价格认定中心");
  });
});

describe("a firm named by where it stands to another", () => {
  it.each([
    ["上级银行", "该交易平台称，接到开户行通知，其接到上级银行的要求，停止提供服务。"],
    ["当地支行", "平台陆续收到建行、农行当地支行的电话通知，要求销户。"],
    ["本地支行", "平台收到工行本地支行的通知。"],
    ["不同交易所", "该项目声称能在不同交易所之间自动套利。"],
  ])("%s: no company of that name", (what, body) => {
    const r = run(body);
    expect(names(r, "Company").filter((n) => n.includes(what))).toEqual([]);
  });
  it("the banks named in the list stay", () => {
    const r = run("平台陆续收到建行、农行当地支行的电话通知，要求销户。");
    expect(names(r, "Company")).toEqual(["中国农业银行", "中国建设银行"]);
  });
  it("a branch named by its place stays a company", () => {
    const r = run("招商银行洛阳分行接到通知后暂停了该平台的充值业务。");
    expect(names(r, "Company")).toContain("招商银行洛阳分行");
  });
});

describe("a surname and a form of address marked as a pseudonym", () => {
  it.each([
    ["女士", "赵女士（化名）花了十多万元购买矿机，却一枚币也没挖到。"],
    ["先生", "家住郑州的孙先生(化名)向记者反映了情况。"],
  ])("%s: nobody is named", (_what, body) => {
    expect(names(run(body), "Person")).toEqual([]);
  });
  it("a name marked as a pseudonym is still a person", () => {
    expect(names(run("矿场老板孙志远（化名）表示，电费占了大头。"), "Person")).toEqual(["孙志远"]);
  });
});

describe("a wire's dateline with no day", () => {
  it.each([
    ["a foreign city, Traditional", "（新加坡彭博電）中國禁止挖礦後，礦商紛紛把業務轉往東南亞。", "place:新加坡"],
    ["a foreign city", "（吉隆坡路透电）中国禁止挖矿后，矿商纷纷把业务转往东南亚。", "place:吉隆坡"],
    ["a mainland city", "（上海法新社电）多家矿企宣布暂停在华业务。", "province:上海市"],
  ])("%s: the place is no mention", (_what, body, id) => {
    expect(mentionedIds(run(body))).not.toContain(id);
  });
  it("the same city in the story is a mention", () => {
    const r = run("（吉隆坡路透电）中国禁止挖矿后，不少矿商把矿机运到了吉隆坡。");
    expect(r.mentions.filter((m) => m.entityId === "place:吉隆坡")).toHaveLength(1);
  });
});

describe("a firm introduced with 一家 and named again", () => {
  it("成立了一家X科技公司 … X公司: one company, its full name", () => {
    const r = run("他们共同成立了一家云垦科技公司。此后，云垦公司开始对外销售算力。");
    expect(names(r, "Company")).toEqual(["云垦科技公司"]);
    expect(r.mentions.filter((m) => m.entityId === "company:云垦科技公司")).toHaveLength(2);
  });
  it("X科技公司 and X公司 written in either order are one company", () => {
    const r = run("云垦公司停止了销售。警方查明，云垦科技公司系传销平台。");
    expect(names(r, "Company")).toEqual(["云垦科技公司"]);
  });
  it.each([
    ["a kind of firm", "他们成立了一家科技公司。"],
    ["an adjective, never named again", "他们找到了一家知名矿业公司。"],
  ])("%s: none", (_what, body) => {
    expect(names(run(body), "Company")).toEqual([]);
  });
  it("a name, a verb and 公司法人: no company", () => {
    const r = run("刘建波做公司法人，与他人共同经营。");
    expect(names(r, "Company")).toEqual([]);
  });
});

describe("an outlet opening the story with its site's address", () => {
  it("X(site.com)报道: the outlet is no node", () => {
    const r = run("洛阳币圈观察(lybtc.com)报道，近年来虚拟货币逐渐进入大众视野。");
    expect(r.entities).toEqual([]);
  });
});

describe("a party to a case named before a plea", () => {
  it.each([
    ["主犯X上诉称", "主犯郑宏达上诉称自己已取得外国国籍。", "郑宏达"],
    ["被告人X辩称", "被告人钱立新辩称其不知道平台是传销。", "钱立新"],
  ])("%s: a person", (_what, body, who) => {
    expect(names(run(body), "Person")).toEqual([who]);
  });
  it("an anonymized party is none", () => {
    expect(names(run("主犯郑某上诉称自己已取得外国国籍。"), "Person")).toEqual([]);
  });
});

describe("titles listed after one issuing by bodies no node names", () => {
  it.each([
    ["和", "2021年9月3日，国家多部门联合印发了《关于规范矿机销售的通知》和《关于清理算力租赁的通知》。"],
    ["、", "2021年9月3日，国家多部门联合印发了《关于规范矿机销售的通知》、《关于清理算力租赁的通知》。"],
  ])("joined by %s: each has the day", (_what, body) => {
    const r = run(body, { date: "2023-07-19" });
    expect(dateOf(r, "关于规范矿机销售的通知")).toBe("2021-09-03");
    expect(dateOf(r, "关于清理算力租赁的通知")).toBe("2021-09-03");
  });
  it("a title cited after the list in another clause gets no day", () => {
    const r = run(
      "2021年9月3日，国家多部门联合印发了《关于规范矿机销售的通知》，要求落实《关于清理算力租赁的通知》。",
      { date: "2023-07-19" },
    );
    expect(dateOf(r, "关于清理算力租赁的通知")).toBeNull();
  });
});

describe("the city of an anonymized party in a case's name", () => {
  it("X某公司诉Y某科技公司…纠纷案: neither city is a mention", () => {
    const r = run("典型案例：天津某公司诉重庆某网络科技公司委托合同纠纷案，法院认定合同无效。");
    expect(mentionedIds(r).filter((id) => /^(province|place):/.test(id))).toEqual([]);
  });
  it("a city before an anonymized user elsewhere is still a mention", () => {
    const r = run("洛阳市某用户用电量异常，供电公司上报了线索。");
    expect(mentionedIds(r)).toContain("place:洛阳市");
  });
});

describe("a district's police written both ways", () => {
  it("X区警方 and X区公安分局 in one article: one body", () => {
    const r = run("近日，洛阳西工区警方打掉一个洗钱团伙。西工区公安分局刑警大队接到群众报警后立案侦查。");
    const branch = r.entities.filter((e) => e.label === "Agency" && /西工/.test(e.name) && !/大队$/.test(e.name));
    expect(branch.map((e) => e.name)).toEqual(["洛阳市公安局西工分局"]);
    expect(branch[0]!.aliases).toContain("西工区公安分局");
  });
  it("the city bureau's branch and its district form: one body", () => {
    const r = run("德阳市公安局旌阳区分局破获一起案件。旌阳区公安分局表示将继续打击。");
    expect(names(r, "Agency")).toEqual(["德阳市公安局旌阳区分局"]);
  });
});

describe("words before 公司 that name no firm", () => {
  it.each([
    ["China", "该交易所强烈否认自己是中国公司。"],
    ["a pronoun", "“我们公司没有挖矿业务。”他说。"],
    ["a place on the net", "该公司发现网络上公司的比特币余额不足。"],
    ["a verb taking the firm's value", "币价下跌正在削弱公司市值。"],
    ["levels of division", "要求各市州电力公司在月底前完成清理。"],
  ])("%s: none", (_what, body) => {
    expect(names(run(body), "Company").filter((n) => n !== "该公司")).toEqual([]);
  });
  it.each([
    ["中国铝业公司", "中国铝业公司发布公告，暂停相关业务。"],
    ["中国投资有限责任公司", "中国投资有限责任公司发布公告，暂停相关业务。"],
  ])("a firm named with 中国 and its trade stays: %s", (name, body) => {
    expect(names(run(body), "Company")).toEqual([name]);
  });
});

describe("a measure's title as the article writes it", () => {
  it("a slipped title is the known measure, the written form its alias", () => {
    const r = run("为贯彻落实《关于整顿虚拟货币“挖矿”活动的通知》，我市开展排查。");
    const m = r.entities.find((e) => e.label === "Measure")!;
    expect(m.name).toBe("关于整治虚拟货币“挖矿”活动的通知");
    expect(m.aliases).toContain("关于整顿虚拟货币“挖矿”活动的通知");
  });
});

describe("the State Council's financial committee by its shorter names", () => {
  it.each([
    ["without 国务院", "副总理在金融稳定发展委员会会议上宣布，打击挖矿和交易行为。"],
    ["without 发展, Traditional", "副總理在金融穩定委員會會議上宣布，將整頓挖礦與交易行為。"],
    ["a contracted 委员会议", "副总理在金融稳定发展委员会议上宣布，打击挖矿和交易行为。"],
  ])("%s: the committee", (_what, body) => {
    expect(names(run(body), "Agency")).toEqual(["国务院金融稳定发展委员会"]);
  });
  it("the Financial Stability Board is not it", () => {
    expect(names(run("金融稳定理事会发布了加密资产监管建议。"), "Agency")).not.toContain("国务院金融稳定发展委员会");
  });
});

describe("a known measure by its quoted subject or a common miswriting", () => {
  it.each([
    ["「subject」公告, Traditional", "根據7部委聯合發布的「防範代幣發行融資風險」公告，ICO被定性為非法融資。"],
    ["“subject”的公告", "根据七部委发布的“防范代币发行融资风险”的公告，ICO被叫停。"],
    ["数字货币 for 代币", "七个部委联合发布一份名为《关于防范数字货币发行融资风险》的公告。"],
  ])("%s: the 94 announcement", (_what, body) => {
    expect(names(run(body), "Measure")).toEqual(["关于防范代币发行融资风险的公告"]);
  });
  it("a quoted subject no known measure has names none", () => {
    expect(names(run("根据“加强矿机管理”公告，各地开展排查。"), "Measure")).toEqual([]);
  });
});

describe("a group told by its count that an earlier sentence listed", () => {
  it("A等7部委 … 根据7部委联合发布的「…」公告: A issued it", () => {
    const r = run(
      "随着人民银行等7部委周一叫停代币融资，投资者被套牢。根据7部委联合发布的「防范代币发行融资风险」公告，ICO被定性为非法。",
    );
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:中国人民银行 -> measure:关于防范代币发行融资风险的公告",
    ]);
  });
  it("Chinese numerals and digits are one count", () => {
    const r = run("公安部等十个部门部署了整治工作。随后，10个部门联合印发《关于规范矿机销售的通知》。");
    expect(relationLines(r, "ISSUED")).toContain("ISSUED agency:公安部 -> measure:关于规范矿机销售的通知");
  });
  it("another count names no one", () => {
    const r = run("公安部等十个部门部署了整治工作。随后，八个部门联合印发《关于规范矿机销售的通知》。");
    expect(relationLines(r, "ISSUED")).toEqual([]);
  });
});

describe("a heading written with its issuers", () => {
  it("two short forms then 关于: both issued it, in the document's province", () => {
    const r = run("省发展改革委 省司法厅关于清理算力租赁的通知\n各市发展改革委：\n现将有关事项通知如下。", {
      author: "浙江省发展和改革委员会",
    });
    expect(relationLines(r, "ISSUED").sort()).toEqual([
      "ISSUED agency:浙江省发展和改革委员会 -> measure:关于清理算力租赁的通知",
      "ISSUED agency:浙江省司法厅 -> measure:关于清理算力租赁的通知",
    ]);
  });
});

describe("people the genre names by their name alone", () => {
  it.each([
    ["a leader, no title", "习近平曾经力挺的区块链行业，如今迎来了严厉监管。", "习近平"],
    ["an exchange's founder, no title", "维权者称，他们当晚见到徐明星离开了派出所。", "徐明星"],
  ])("%s: a person", (_what, body, who) => {
    expect(names(run(body), "Person")).toEqual([who]);
  });
  it("with a post in the text, an official everywhere", () => {
    const r = run("国家主席习近平发来贺信。习近平在贺信中谈到了区块链。");
    expect(names(r, "Official")).toEqual(["习近平"]);
    expect(names(r, "Person")).toEqual([]);
  });
});

describe("a case party named before the day of an act", () => {
  it.each([
    ["自", "经审理查明，被告人庞立新自2016年3月起担任平台负责人。", "庞立新"],
    ["于", "被告人庞立新于2018年5月加入该传销组织。", "庞立新"],
  ])("被告人X%s + a date: a person", (_what, body, who) => {
    expect(names(run(body), "Person")).toEqual([who]);
  });
});

describe("a government's office named without 人民政府", () => {
  it("X区金融办: the district government's financial office, its name without 人民政府 an alias", () => {
    const r = run("北京市朝阳区金融办要求辖区内企业禁办虚拟货币推介活动。");
    const office = r.entities.find((e) => e.label === "Agency")!;
    expect(office.name).toBe("北京市朝阳区人民政府金融工作办公室");
    expect(office.aliases).toContain("北京市朝阳区金融工作办公室");
  });
  it("the government's general office keeps no such alias", () => {
    const r = run("北京市朝阳区人民政府办公室印发了通知。");
    const office = r.entities.find((e) => e.label === "Agency")!;
    expect(office.aliases).not.toContain("北京市朝阳区办公室");
  });
});

describe("a bureau's party committee by its formal name", () => {
  it("X公安局党委高度重视: the committee, 中共X公安局委员会 its alias", () => {
    const r = run("接到报案后，洛宁县公安局党委高度重视，迅速成立专案组。");
    const committee = r.entities.find((e) => e.name === "洛宁县公安局党委")!;
    expect(committee.aliases).toContain("中共洛宁县公安局委员会");
  });
});

describe("a bank's short name written with 银行 again", () => {
  it("招行银行: the bank, no verb before it in the name", () => {
    const r = run("平台称，接到通知后暂停招行银行的充值业务。");
    expect(names(r, "Company")).toEqual(["招商银行"]);
  });
  it("中国央行银行: the central bank, no firm", () => {
    const r = run("據中國央行銀行公告，交易所須限期整改。");
    expect(names(r, "Company")).toEqual([]);
    expect(names(r, "Agency")).toEqual(["中国人民银行"]);
  });
  it("a bank whose name holds no short form stays as written", () => {
    expect(names(run("中信银行发布公告，暂停相关业务。"), "Company")).toEqual(["中信银行"]);
  });
});

describe("a report in 《》 after an issuing verb", () => {
  it("发布《…情况报告》: a publication, no measure", () => {
    const r = run("国家互联网金融风险分析技术平台发布《2017上半年国内ICO发展情况报告》。");
    expect(names(r, "Measure")).toEqual([]);
  });
  it("a notice after the same verb stays a measure", () => {
    expect(names(run("中国人民银行发布《关于防范代币风险的公告》。"), "Measure")).toEqual(["关于防范代币风险的公告"]);
  });
});
