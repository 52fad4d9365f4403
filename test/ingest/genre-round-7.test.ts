/**
 * Table tests for the seventh round of issue 10 (recall on unseen articles), one category per block: a city
 * bureau's district branches; a document's own number in its heading; company names with a function word in them;
 * 乾 kept in normalization; a court or regulator acting on a firm; people of a firm named by its Latin brand; a
 * report quoting a notice's addressees and basis. Sentences written for these tests (never copied from an article).
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, mentionedIds as mentioned, relationLines } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";

const agencies = (r: DocumentResult): string[] => mentioned(r).filter((id) => id.startsWith("agency:"));

describe("a city bureau's district branches", () => {
  it("a branch named after a district is located in that district, with the district's police-branch name as an alias", () => {
    const r = run("株洲市公安局荷塘分局破获一起窃电案。");
    expect(relationLines(r)).toContain("LOCATED_IN agency:株洲市公安局荷塘分局 -> place:荷塘区");
    expect(relationLines(r)).not.toContain("LOCATED_IN agency:株洲市公安局荷塘分局 -> place:株洲市");
    expect(r.entities.find((e) => e.id === "agency:株洲市公安局荷塘分局")?.aliases).toContain("荷塘区公安分局");
  });
  it("another district's branch written bare after one in full is the same city bureau's branch", () => {
    const r = run("3月2日，株洲市公安局荷塘分局查获矿机40台。3月9日，芦淞分局又查获矿机60台。");
    expect(agencies(r)).toEqual(["agency:株洲市公安局芦淞分局", "agency:株洲市公安局荷塘分局"]);
    expect(relationLines(r)).toContain("LOCATED_IN agency:株洲市公安局芦淞分局 -> place:芦淞区");
  });
  it.each([
    ["a name that is no district of that city", "株洲市公安局荷塘分局查获矿机。随后天河分局也开展行动。"],
    ["a branch of another body", "株洲市公安局荷塘分局查获矿机。市税务局芦淞分局约谈企业。"],
  ])("no sibling branch: %s", (_what, body) => {
    expect(agencies(run(body))).not.toContain("agency:株洲市公安局芦淞分局");
    expect(agencies(run(body))).not.toContain("agency:株洲市公安局天河分局");
  });
  it("a branch with a name of its own (no district) is a branch, located in its city", () => {
    const r = run("株洲市公安局湘江分局接到群众举报。");
    expect(agencies(r)).toEqual(["agency:株洲市公安局湘江分局"]);
    expect(relationLines(r)).toContain("LOCATED_IN agency:株洲市公安局湘江分局 -> place:株洲市");
  });
  it("a word of time or scope before 分局 names no branch", () => {
    expect(agencies(run("株洲市公安局近期分局调整完毕。"))).toEqual(["agency:株洲市公安局"]);
  });
  it.each([
    ["environment", "株洲市境内，芦淞环保分局查处了一家矿场。", "株洲市环境保护局芦淞分局", "place:芦淞区"],
    ["market regulation", "株洲市荷塘市场监管分局约谈企业。", "株洲市市场监督管理局荷塘分局", "place:荷塘区"],
  ])(
    "district short form + a body's abbreviation + 分局 (%s) is the city bureau's branch",
    (_what, body, name, place) => {
      const r = run(body);
      expect(agencies(r)).toContain(`agency:${name}`);
      expect(relationLines(r)).toContain(`LOCATED_IN agency:${name} -> ${place}`);
    },
  );
});

describe("a document's own number on a line of its own under its heading", () => {
  const measures = (r: DocumentResult): string[] => mentioned(r).filter((id) => id.startsWith("measure:"));
  it("is the alias of the title above it, not a measure of its own", () => {
    const r = run(
      "甲省发展和改革委员会关于加强数据中心用电管理的通知\n\n甲发改能源〔2022〕7号\n\n各市发展改革委：\n现将有关事项通知如下。",
    );
    expect(measures(r)).toEqual(["measure:关于加强数据中心用电管理的通知"]);
    expect(r.entities.find((e) => e.id === "measure:关于加强数据中心用电管理的通知")?.aliases).toContain(
      "甲发改能源〔2022〕7号",
    );
  });
  it("names no node when the document has no title (a letter's number)", () => {
    expect(measures(run("乙政字〔2021〕12号\n市发展和改革委员会：\n来函收悉，现答复如下。"))).toEqual([]);
  });
  it("a number the text cites by itself stays a measure", () => {
    expect(measures(run("市发展改革委根据乙发改能源〔2021〕27号文件要求开展排查。"))).toEqual([
      "measure:乙发改能源〔2021〕27号",
    ]);
  });
});

describe("company names with a function word in them", () => {
  const companies = (r: DocumentResult): string[] => mentioned(r).filter((id) => id.startsWith("company:"));
  it.each([
    ["an industry word (数据)", "华信数据科技有限公司成立于2018年。", "华信数据科技有限公司"],
    ["a city's name (成都)", "成都比特科技有限公司成立于2018年。", "成都比特科技有限公司"],
    ["a two-character trade name (华为)", "由华为技术有限公司承建机房。", "华为技术有限公司"],
    ["an industry word after 数字", "华信数字科技有限公司开展业务。", "华信数字科技有限公司"],
  ])("%s is read through", (_what, body, name) => {
    expect(companies(run(body))).toEqual([`company:${name}`]);
  });
  it.each([
    ["共有 before the name", "我区共有华信数据科技有限公司一家企业。", "华信数据科技有限公司"],
    ["a court's ruling before the name", "海淀区人民法院判决华信科技有限公司败诉。", "华信科技有限公司"],
    ["a regulator's call before the name", "中国人民银行致电双乾支付公司。", "双乾支付公司"],
  ])("the name starts after %s", (_what, body, name) => {
    expect(companies(run(body))).toEqual([`company:${name}`]);
  });
  it.each([
    ["a pronoun before a function word", "他在科技有限公司工作。"],
    ["a determiner and a preposition", "各地对网络科技有限公司开展排查。"],
  ])("no firm when %s stands before industry words", (_what, body) => {
    expect(companies(run(body))).toEqual([]);
  });
  it("a site's name ending in 网 inside 网站 is no firm", () => {
    expect(companies(run("央行要求停止为比特币交易网站提供服务。"))).toEqual([]);
  });
});

describe("乾 is a Simplified character of its own", () => {
  it("乾县 stays 乾县 (a county of 咸阳市), and a firm's 乾 is kept", () => {
    const r = run("陕西省咸阳市乾县发展和改革局约谈了双乾支付公司。");
    expect(mentioned(r)).toContain("agency:乾县发展和改革局");
    expect(mentioned(r)).toContain("company:双乾支付公司");
    expect(relationLines(r)).toContain("IN_PROVINCE place:乾县 -> province:陕西省");
  });
});

describe("a court or a regulator acting on a firm", () => {
  it.each([
    ["a court's ruling", "海淀区人民法院判决华信科技有限公司败诉。", "海淀区人民法院", "华信科技有限公司"],
    ["a call", "中国人民银行致电双乾支付公司，要求其停止服务。", "中国人民银行", "双乾支付公司"],
    ["urging", "市发展改革委督促华信数据科技有限公司限期整改。", "市发展改革委", "华信数据科技有限公司"],
  ])("%s", (_what, body, agency, company) => {
    expect(relationLines(run(body))).toContain(`ACTED_ON agency:${agency} -> company:${company}`);
  });
});

describe("people of a firm named by its Latin brand", () => {
  it.each([
    ["a founder", "BTC Trade创始人王明在接受采访时说，", "王明", "BTC Trade"],
    ["an owner after 的", "Hash Hub的老板Lee Chan说，机器很脏。", "Lee Chan", "Hash Hub"],
    ["an owner after 的, a Chinese brand", "火币的老板李林说，机器很脏。", "李林", "火币"],
  ])("%s: the brand is a company and the person is affiliated with it", (_what, body, person, company) => {
    expect(relationLines(run(body))).toContain(`AFFILIATED_WITH person:${person} -> company:${company}`);
  });
  it.each([
    ["a regulator's abbreviation", "SEC主席表示，"],
    ["a title's abbreviation", "CEO表示，"],
  ])("no company from %s", (_what, body) => {
    expect(mentioned(run(body)).filter((id) => id.startsWith("company:"))).toEqual([]);
  });
});

describe("a report quoting a notice's head", () => {
  const report =
    "甲省发改委发布《关于数据中心用电价格的通知》。\n" +
    "《通知》称，各市、县发展改革委，甲省电网有限责任公司、甲省电力交易中心有限责任公司，各有关电力用户：\n" +
    "根据国家发展改革委等部门《关于整治虚拟货币“挖矿”活动的通知》精神，决定实行差别电价。";
  it("the addressees after 《通知》称 are the quoted notice's targets", () => {
    const lines = relationLines(run(report));
    expect(lines).toContain("TARGETS measure:关于数据中心用电价格的通知 -> company:甲省电网有限责任公司");
    expect(lines).toContain("TARGETS measure:关于数据中心用电价格的通知 -> company:甲省电力交易中心有限责任公司");
  });
  it("the basis its body opens with, right after the addressees, is what the quoted notice cites", () => {
    expect(relationLines(run(report))).toContain(
      "CITES measure:关于数据中心用电价格的通知 -> measure:关于整治虚拟货币“挖矿”活动的通知",
    );
  });
  it("no addressee line, no citing measure: a basis clause after a plain sentence cites nothing", () => {
    const r = run(
      "甲省发改委发布《关于数据中心用电价格的通知》。\n记者了解到，各地正在排查。\n根据《关于整治虚拟货币“挖矿”活动的通知》精神，各地开展了整治。",
    );
    expect(relationLines(r).filter((l) => l.startsWith("CITES"))).toEqual([]);
  });
});

describe("a division speaking of itself (我区, 我县) on its own site", () => {
  const meta = { url: "http://www.yuelu.gov.cn/zwgk/t20210601_1.html", title: "岳麓区关于数据中心排查情况的报告" };
  const run7 = (body: string): DocumentResult => run(body, meta);
  it("as the subject of an act it is its people's government acting", () => {
    const r = run("2021年6月1日我区对华信数据科技有限公司做出断电、关停的决定。", {
      title: "长沙市岳麓区关于数据中心排查情况的报告",
    });
    expect(mentioned(r)).toContain("agency:岳麓区人民政府");
    expect(relationLines(r)).toContain("ACTED_ON agency:岳麓区人民政府 -> company:华信数据科技有限公司");
  });
  it("elsewhere it is a mention of the division", () => {
    const r = run("我区共有华信数据科技有限公司一家数据中心企业。", {
      title: "长沙市岳麓区关于数据中心排查情况的报告",
    });
    expect(mentioned(r)).toContain("place:岳麓区");
    expect(mentioned(r)).not.toContain("agency:岳麓区人民政府");
  });
  it("no locale of that level, no node", () => {
    expect(
      mentioned(run7("我县对华信数据科技有限公司做出关停的决定。")).filter((id) => !id.startsWith("company:")),
    ).toEqual([]);
  });
});

describe("a printing notice's title names the document it prints", () => {
  it.each([
    ["〈〉 inside, with 关于", "根据《四川省发展改革委关于印发〈四川省数据中心整治方案〉的通知》要求，开展整治。"],
    ["<> inside, without 关于", "根据《四川省发展改革委印发<四川省数据中心整治方案>的通知》要求，开展整治。"],
  ])("%s: the printed document, issued by the body before 印发, the notice's title an alias", (_what, body) => {
    const r = run(body);
    expect(mentioned(r).filter((id) => id.startsWith("measure:"))).toEqual(["measure:四川省数据中心整治方案"]);
    expect(relationLines(r)).toContain("ISSUED agency:四川省发展和改革委员会 -> measure:四川省数据中心整治方案");
    expect(r.entities.find((e) => e.id === "measure:四川省数据中心整治方案")?.aliases.join(" ")).toContain("印发");
  });
  it("a body named by its task (…工作协调办公室) issues the title it opens", () => {
    const r = run("按照《甘肃省节能专项工作协调办公室关于清理数据中心违规项目的意见》要求，开展清理。");
    expect(relationLines(r)).toContain(
      "ISSUED agency:甘肃省节能专项工作协调办公室 -> measure:关于清理数据中心违规项目的意见",
    );
  });
  it("a cited title does not take its sentence's day as its own", () => {
    const r = run("根据《四川省发展改革委关于清理数据中心违规项目的通知》要求，2021年3月10日某区关停了两家企业。", {
      date: "2021-04-26",
    });
    expect(mentioned(r)).toContain("measure:关于清理数据中心违规项目的通知");
    expect(r.entities.find((e) => e.id === "measure:关于清理数据中心违规项目的通知")?.properties.date).toBeNull();
  });
});

describe("firms named by the lexicon and words that only look like one", () => {
  it("a stock exchange the sector's firms list on is a company when it acts, not where a firm lists (round 15)", () => {
    expect(mentioned(run("納斯達克批准了這家礦企的上市申請。"))).toContain("company:纳斯达克");
    expect(mentioned(run("這家礦企在納斯達克上市。"))).not.toContain("company:纳斯达克");
  });
  it.each([
    ["disguised as", "1. 偽裝成數據中心享受電價優惠的企業;"],
    ["turned into", "部分矿场改造成数据中心继续运营。"],
  ])("a verb before 数据中心 (%s) names no data-centre operator", (_what, body) => {
    expect(mentioned(run(body)).filter((id) => id.startsWith("company:"))).toEqual([]);
  });
});

describe("places that are not the place", () => {
  it.each([
    ["a portal's name after the city in a dateline", "北京新浪網 2014-04-03 記者報道"],
    ["a portal's 讯 after the city", "北京人民网讯 记者从有关部门获悉。"],
  ])("%s names no province", (_what, body) => {
    expect(mentioned(run(body)).filter((id) => id.startsWith("province:"))).toEqual([]);
  });
  it("a foreign state ending in a Chinese city's name after its country (美国马利兰州) is no 兰州", () => {
    const r = run("这批矿机在美國馬利蘭州装上飞机，运往深圳。");
    expect(mentioned(r)).not.toContain("place:兰州市");
    expect(mentioned(r)).toContain("place:深圳市");
  });
});

describe("more ways a body acts on a firm", () => {
  it.each([
    ["将X列入 (将 marks the object)", "市发展改革委将华信数据科技有限公司列入黑名单。"],
    ["向X下发 an enforcement paper", "市发展改革委向华信数据科技有限公司下发整改通知书。"],
    ["对X开展检查", "市发展改革委对华信数据科技有限公司开展了全面检查。"],
  ])("%s", (_what, body) => {
    expect(relationLines(run(body))).toContain("ACTED_ON agency:市发展改革委 -> company:华信数据科技有限公司");
  });
  it("将对X开展检查 is a plan, not an act", () => {
    expect(
      relationLines(run("市发展改革委将对华信数据科技有限公司开展检查。")).filter((l) => l.startsWith("ACTED_ON")),
    ).toEqual([]);
  });
  it("the firm a titled document is sent to (向X发布《…》) is not its issuer", () => {
    const lines = relationLines(run("市发展改革委向华信科技有限公司发布《关于整改的通知》。"));
    expect(lines).toContain("ISSUED agency:市发展改革委 -> measure:关于整改的通知");
    expect(lines).not.toContain("ISSUED company:华信科技有限公司 -> measure:关于整改的通知");
  });
  it("辖区内 before a firm's name is no part of it", () => {
    expect(mentioned(run("市公安局对辖区内华信数据科技有限公司开展检查。"))).toContain("company:华信数据科技有限公司");
  });
});

describe("references back and verbs that are nouns", () => {
  it("a bare kind in 《》 is the last measure of that kind named before it (《通知》由X、Y联合印发)", () => {
    const lines = relationLines(
      run("两部门印发《关于清理数据中心违规项目的通知》。《通知》由国家发展改革委、国家能源局联合印发。"),
    );
    expect(lines).toContain("ISSUED agency:国家能源局 -> measure:关于清理数据中心违规项目的通知");
    expect(lines).toContain("ISSUED agency:国家发展和改革委员会 -> measure:关于清理数据中心违规项目的通知");
  });
  it("a bare kind with no measure of that kind before it refers to none", () => {
    expect(mentioned(run("《意见》由国家发展改革委印发。")).filter((id) => id.startsWith("measure:"))).toEqual([]);
  });
  it.each([
    ["发布会", "国家发展改革委新闻发言人孟玮在发布会上介绍了《关于清理数据中心违规项目的通知》。", "ISSUED"],
    ["调查组", "市发展改革委调查组成员走访了华信数据科技有限公司。", "ACTED_ON"],
  ])("a verb before 会/组 (%s) is a noun, not the act", (_what, body, rel) => {
    expect(relationLines(run(body)).filter((l) => l.startsWith(rel))).toEqual([]);
  });
});

describe("a measure issued by 由…", () => {
  it("《X》由A牵头制定: A issued X", () => {
    expect(
      relationLines(run("《关于清理数据中心违规项目的通知》（以下简称《通知》）由国家发展改革委牵头制定。")),
    ).toContain("ISSUED agency:国家发展和改革委员会 -> measure:关于清理数据中心违规项目的通知");
  });
  it("该通知由A和B联合印发, after the notice is named: both issued it", () => {
    const lines = relationLines(
      run("四川省发展改革委印发《关于清理数据中心违规项目的通知》。该通知由四川省发展改革委和四川省能源局联合印发。"),
    );
    expect(lines).toContain("ISSUED agency:四川省能源局 -> measure:关于清理数据中心违规项目的通知");
  });
  it("由A牵头，B配合，制定了《X》: the lead issued it too", () => {
    const lines = relationLines(
      run("由国家发展改革委牵头，国家能源局配合，制定了《关于清理数据中心违规项目的通知》。"),
    );
    expect(lines).toContain("ISSUED agency:国家发展和改革委员会 -> measure:关于清理数据中心违规项目的通知");
    expect(lines).toContain("ISSUED agency:国家能源局 -> measure:关于清理数据中心违规项目的通知");
  });
});

describe("names as official documents write them", () => {
  const measures = (r: DocumentResult): string[] => mentioned(r).filter((id) => id.startsWith("measure:"));
  it("a meeting's number is written in Chinese numerals (第51次 → 第五十一次), the written form an alias", () => {
    const r = run("国务院金融稳定发展委员会第51次会议提出打击比特币挖矿行为。");
    expect(measures(r)).toEqual(["measure:国务院金融稳定发展委员会第五十一次会议"]);
  });
  it("a division before 关于 in 《》 is where the title applies, not part of it", () => {
    const r = run("为落实《甘肃省关于确保完成能耗双控目标任务若干保障措施》，制定本措施。");
    expect(measures(r)).toEqual(["measure:关于确保完成能耗双控目标任务若干保障措施"]);
    expect(relationLines(r)).toContain(
      "APPLIES_TO measure:关于确保完成能耗双控目标任务若干保障措施 -> province:甘肃省",
    );
  });
  it("a title inside a title written <…> is written 《…》 in the name", () => {
    expect(measures(run("根据国务院《关于发布实施<促进产业结构调整暂行规定>的决定》开展整治。"))).toEqual([
      "measure:关于发布实施《促进产业结构调整暂行规定》的决定",
    ]);
  });
  it("a firm's defined short name with words glued before it (归X公司) is that firm", () => {
    const r = run(
      "被告与上海华崟实业有限公司（以下简称“华崟公司”）签订合同。法院认定所有权归华崟公司所有，华崟公司随后上诉。",
    );
    expect(mentioned(r).filter((id) => id.startsWith("company:"))).toEqual(["company:上海华崟实业有限公司"]);
  });
});

describe("firms acted on in a list, issuers of a notice named later, people cited by name", () => {
  it("被约谈机构包括A、B和C: the body of the sentence before acted on each", () => {
    const lines = relationLines(
      run("中国人民银行近日约谈多家机构。被约谈机构包括工商银行(01398)、农业银行(01288)和支付宝(中国)等。"),
    );
    for (const f of ["中国工商银行", "中国农业银行", "支付宝"])
      expect(lines).toContain(`ACTED_ON agency:中国人民银行 -> company:${f}`);
  });
  it("A、B、C等部门下发通知 … 《A关于…的通知》 later: every body of the list issued that notice", () => {
    const lines = relationLines(
      run(
        "国家发展改革委、工业和信息化部、公安部等部门下发通知，加强监管。甘肃省开展排查。根据《国家发展改革委关于整顿数据中心违规项目的通知》，全面排查。",
      ),
    );
    expect(lines).toContain("ISSUED agency:公安部 -> measure:关于整顿数据中心违规项目的通知");
    expect(lines).toContain("ISSUED agency:工业和信息化部 -> measure:关于整顿数据中心违规项目的通知");
  });
  it("据X介绍 with a name alone: a Person", () => {
    expect(mentioned(run("“证据很难找。”据金立明介绍，团伙已被打掉。"))).toContain("person:金立明");
  });
  it.each([["据公安部介绍，案件已侦破。"], ["据介绍，案件已侦破。"], ["据业内人士介绍，矿场已关停。"]])(
    "no person from %s",
    (body) => {
      expect(mentioned(run(body)).filter((id) => id.startsWith("person:"))).toEqual([]);
    },
  );
  it("a firm named with its city's short name is the one named with the full name (镇江供电公司 = 镇江市供电公司)", () => {
    const r = run("镇江市供电公司怀疑存在窃电。镇江警方会同镇江供电公司开展排查。");
    expect(mentioned(r).filter((id) => id.startsWith("company:"))).toEqual(["company:镇江市供电公司"]);
  });
});

describe("a bare level word in a list of titles", () => {
  it("瑞金市市长、市委书记: the county-level city's party committee, not the prefecture's", () => {
    const r = run("他曾任赣州市财政局局长，后任瑞金市市长、市委书记。");
    expect(mentioned(r)).toContain("agency:中共瑞金市委员会");
    expect(mentioned(r)).not.toContain("agency:中共赣州市委员会");
  });
});

describe("firms and people of the foreign press, data centres that are no firm", () => {
  it.each([
    ["a verb before 数据中心", "对园区进行全面排查，精准区分数据中心与矿场。"],
    ["a kind before 数据中心", "落马官员：力推超算数据中心，实际在挖矿。"],
  ])("%s names no operator", (_what, body) => {
    expect(mentioned(run(body)).filter((id) => id.startsWith("company:"))).toEqual([]);
  });
  it("a bank's head named in Latin after one space (摩根大通行政總裁 Jamie Dimon)", () => {
    expect(relationLines(run("摩根大通行政總裁 Jamie Dimon 日前形容比特币是骗局。"))).toContain(
      "AFFILIATED_WITH person:Jamie Dimon -> company:摩根大通",
    );
  });
  it("a Latin brand before 副总 and its vice-president", () => {
    expect(relationLines(run("矿业服务公司Foundry Hub副总Kevin Lee昨日表示，矿场已停工。"))).toContain(
      "AFFILIATED_WITH person:Kevin Lee -> company:Foundry Hub",
    );
  });
  it("a Latin brand whose data a report cites (X数据显示) is a company; a coin's is not", () => {
    expect(mentioned(run("AirWatch数据显示，空气质量排名第14。"))).toContain("company:AirWatch");
    expect(mentioned(run("BTC数据显示价格上涨。")).filter((id) => id.startsWith("company:"))).toEqual([]);
  });
  it("a firm placed by its name in a city: the city's province too", () => {
    expect(relationLines(run("华信公司向深圳比特微电子科技有限公司购买矿机。"))).toContain(
      "IN_PROVINCE place:深圳市 -> province:广东省",
    );
  });
  it("我省 before a verb inside a description (我省开展…的矿池) is the province, not its government acting", () => {
    const r = run("监测发现，我省开展虚拟货币活动的矿池流量很大。", { title: "江苏省通信管理局排查挖矿活动" });
    expect(mentioned(r)).not.toContain("agency:江苏省人民政府");
  });
});

describe("Hong Kong's and Taiwan's bodies, the central bank's head office, groups' offices", () => {
  it("a Hong Kong paper's bare 金管局 is Hong Kong's (the locale from the paper's host)", () => {
    const r = run("金管局昨日向银行发出通告，提醒银行审慎管理风险。", {
      url: "https://orientaldaily.on.cc/cnt/finance/20140110/00202_014.html",
    });
    expect(mentioned(r)).toEqual(["agency:香港特别行政区金融管理局"]);
  });
  it("a bare 证监会 in a report about Hong Kong is Hong Kong's securities regulator, not the CSRC", () => {
    const r = run("证监会公布，叫停一项代币发行。", { title: "证监会叫停向香港公众发行代币" });
    expect(mentioned(r)).toContain("agency:香港特别行政区证券及期货事务监察委员会");
    expect(mentioned(r)).not.toContain("agency:中国证券监督管理委员会");
  });
  it("the same bare 证监会 with no Hong Kong locale is the CSRC", () => {
    expect(mentioned(run("证监会公布，叫停一项代币发行。"))).toContain("agency:中国证券监督管理委员会");
  });
  it("Taiwan's own bodies carry no 省", () => {
    expect(mentioned(run("人民银行和台湾金管会近期先后出招。"))).toContain("agency:台湾金融监督管理委员会");
  });
  it("the central bank's head office in Beijing is its 营业管理部, whatever place is written before it", () => {
    expect(mentioned(run("央行北京营业管理部向辖内银行和支付机构下发通知。"))).toEqual([
      "agency:中国人民银行营业管理部",
    ]);
  });
  it("a working group's office is the office, not the group", () => {
    expect(mentioned(run("北京市互联网金融风险专项整治工作小组办公室下发通知。"))).toEqual([
      "agency:北京市互联网金融风险专项整治工作小组办公室",
    ]);
  });
  it("a party organ is also known without 中共", () => {
    const r = run("中共浙江省委网信办开展检查。");
    expect(r.entities.find((e) => e.id === "agency:中共浙江省委网络安全和信息化委员会办公室")?.aliases).toContain(
      "浙江省委网络安全和信息化委员会办公室",
    );
  });
});

describe("one firm, one regulation, one date per document", () => {
  it("a firm named by the end of another firm's name after its places (江宁区供电公司) is that firm", () => {
    const r = run("国网南京市江宁区供电公司运用该条例。江宁区供电公司计量专职王明说。");
    expect(mentioned(r).filter((id) => id.startsWith("company:"))).toEqual(["company:国网南京市江宁区供电公司"]);
  });
  it("a regulation named with its province's short name is the one named in full; 《条例》 refers back to it", () => {
    const r = run("《甘肃电力条例》正式实施。《甘肃省电力条例》第五十四条规定，《条例》明确。");
    expect(mentioned(r).filter((id) => id.startsWith("measure:"))).toEqual(["measure:甘肃省电力条例"]);
    expect(relationLines(r)).toContain("APPLIES_TO measure:甘肃省电力条例 -> province:甘肃省");
  });
  it("a Latin registered name with its legal form is a company, unless it glosses the name before it", () => {
    expect(mentioned(run("代币发行人Black Hill Technology Limited停止发行。"))).toContain(
      "company:Black Hill Technology Limited",
    );
    expect(mentioned(run("在纳斯达克上市的华信公司(Hua Xin Inc.)宣布搬迁。"))).not.toContain("company:Hua Xin Inc");
  });
  it("辖内银行 names no bank", () => {
    expect(mentioned(run("人民银行向辖内银行下发通知。")).filter((id) => id.startsWith("company:"))).toEqual([]);
  });
});

describe("more of a region's bodies and cited measures' days", () => {
  it("a Hong Kong paper's 金管局 after any word, and its officer", () => {
    const r = run("儘管比特幣並不屬於金管局的監管範圍，但金管局助理總裁鄭發於通告指出風險。", {
      url: "https://orientaldaily.on.cc/cnt/finance/20140110/00202_014.html",
    });
    expect(relationLines(r)).toContain("SERVES_AT official:郑发 -> agency:香港特别行政区金融管理局");
  });
  it("a measure a clause rests on (根据X联合发布《Y》精神) takes no day from the date line above", () => {
    const r = run(
      "关于排查校园网络挖矿活动的通知\n2022-01-21\n\n根据国家发展改革委等11部门联合发布《关于整治虚拟货币“挖矿”活动的通知》相关精神，学校开展排查。",
    );
    expect(r.entities.find((e) => e.id === "measure:关于整治虚拟货币“挖矿”活动的通知")?.properties.date).toBeNull();
  });
});

describe("references back to a firm or body, titles in 「」, named conferences", () => {
  it("该交易所 refers back to the exchange named before it, which issued the notice", () => {
    expect(
      relationLines(
        run("欧易最初将总部设在北京。后来，该交易所于2021年10月13日发布了《关于大陆地区监管政策的通知》。"),
      ),
    ).toContain("ISSUED company:OKEx -> measure:关于大陆地区监管政策的通知");
  });
  it("该委 refers back to the last 委 named before it", () => {
    expect(relationLines(run("甘肃省发改委官网消息。该委制定了《关于清理数据中心违规项目的措施》。"))).toContain(
      "ISSUED agency:甘肃省发展和改革委员会 -> measure:关于清理数据中心违规项目的措施",
    );
  });
  it("a title in running text with 「」 quotes inside is that measure", () => {
    expect(mentioned(run("国家发改委等部门9月下旬也曾发布关于整治虚拟货币「挖矿」活动的通知，要求退出。"))).toContain(
      "measure:关于整治虚拟货币“挖矿”活动的通知",
    );
  });
  it.each([
    [
      "a national conference named by its field",
      "近日召开的中央经济工作会议强调节约优先。",
      ["measure:中央经济工作会议"],
    ],
    ["no conference in 全国各地工作会议", "全国各地工作会议陆续召开。", []],
  ])("%s", (_what, body, want) => {
    expect(mentioned(run(body)).filter((id) => id.startsWith("measure:"))).toEqual(want);
  });
  it("a special clean-up group is a body", () => {
    expect(mentioned(run("上报北京市互联网金融风险专项整治小组备案。"))).toEqual([
      "agency:北京市互联网金融风险专项整治小组",
    ]);
  });
});

describe("the text of a document printed under its title line", () => {
  it("after 附件：《X》 on a line of its own, a basis clause is X's", () => {
    const lines = relationLines(
      run(
        "甘肃省发改委发布公告。\n附件：《关于坚决打击数据中心违规行为八项措施（征求意见稿）》\n一、对工业园区提供电力支持的，依据《中华人民共和国节约能源法》等相关法规，加大监察力度。",
      ),
    );
    expect(lines).toContain(
      "CITES measure:关于坚决打击数据中心违规行为八项措施（征求意见稿） -> measure:中华人民共和国节约能源法",
    );
  });
  it("a title inside running text above is no document's heading", () => {
    const lines = relationLines(
      run(
        "甘肃省发改委发布《关于清理数据中心的通知》，要求开展排查。\n一、依据《中华人民共和国节约能源法》加大监察力度。",
      ),
    );
    expect(lines.filter((l) => l.startsWith("CITES"))).toEqual([]);
  });
});
