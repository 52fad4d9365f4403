/**
 * Table tests for the twenty-first round of issue 10 (false nodes, dates and recall on unseen articles), one category
 * per block. Sentences written for these tests (never copied from an article); the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import { toSimplified } from "../../schema/text.js";
import { entityNames, extractArticle as run, mentionedIds, relationLines } from "../helpers/extract.js";

const names = entityNames;
const dateOf = (r: ReturnType<typeof run>, name: string): unknown =>
  r.entities.find((e) => e.label === "Measure" && e.name === name)?.properties.date ?? null;
const aliasesOf = (r: ReturnType<typeof run>, id: string): string[] =>
  r.entities.find((e) => e.id === id)?.aliases ?? [];

describe("a list of universities closed by a count", () => {
  it("A、B、C等十余所大学: three universities, no count in the last name", () => {
    const r = run("近期，兰州交通大学、延边工程大学、贵阳中医药大学等十余所大学均发布通知，排查挖矿木马。");
    expect(names(r, "Agency")).toEqual(["兰州交通大学", "延边工程大学", "贵阳中医药大学"]);
  });
  it("an institute whose name opens with 数 is still the university's institute", () => {
    const r = run("东湖财经大学数字经济研究院院长周明远表示，挖矿耗能巨大。");
    expect(names(r, "Agency")).toEqual(["东湖财经大学数字经济研究院"]);
  });
  it.each([
    ["a schooling", "其中5人具有大学学历，其余为高中学历。"],
    ["a kind of school", "有人被捕前是工程师、职业学院教师。"],
  ])("%s names no school", (_what, body) => {
    expect(names(run(body), "Agency")).toEqual([]);
  });
});

describe("a campaign that clears or shuts", () => {
  it.each([
    ["清零行动", "上级部门要求教育系统开展虚拟货币“挖矿”清零行动。", "虚拟货币“挖矿”清零行动"],
    ["关停行动", "全市集中开展比特币矿场关停行动。", "比特币矿场关停行动"],
  ])("%s is a measure", (_what, body, name) => {
    expect(names(run(body), "Measure")).toEqual([name]);
  });
});

describe("an official whose name has no surname of the list", () => {
  it("市长X带队 … X表示: an official of both bodies", () => {
    const r = run("6月3日，由雅江县委副书记、县长泽仁多吉带队的检查组进行了排查。“要依法整治。”泽仁多吉表示。");
    expect(names(r, "Official")).toEqual(["泽仁多吉"]);
    expect(relationLines(r, "SERVES_AT").sort()).toEqual([
      "SERVES_AT official:泽仁多吉 -> agency:中共雅江县委员会",
      "SERVES_AT official:泽仁多吉 -> agency:雅江县人民政府",
    ]);
  });
  it("a two-character name written once after a title stays no node", () => {
    const r = run("雅江县县长扎巴带队检查。");
    expect(names(r, "Official")).toEqual([]);
  });
  it("么 of a name stays 么 (no 幺), and so does 什么", () => {
    expect(toSimplified("阿么什么")).toBe("阿么什么");
    const r = run("雅江县县长甲么带队检查矿场。随后，甲么表示要关停。");
    expect(names(r, "Official")).toEqual(["甲么"]);
  });
});

describe("a verb glued before a firm's short name the text writes alone", () => {
  it("赔偿X公司 and ，X公司要求: one firm, its full name", () => {
    const r = run(
      "案件涉及杭州瑞柏公司和宁波川禾公司。川禾公司应赔偿瑞柏公司的损失，导致瑞柏公司停产。瑞柏公司要求赔偿。",
    );
    expect(names(r, "Company")).toEqual(["宁波川禾公司", "杭州瑞柏公司"]);
  });
  it("a division before the short name is part of the full name", () => {
    const r = run("杭州瑞柏公司起诉了对方。瑞柏公司要求赔偿。");
    expect(names(r, "Company")).toEqual(["杭州瑞柏公司"]);
  });
});

describe("a judge or prosecutor named by the title alone", () => {
  it("承办法官X where one court is named: serves at that court", () => {
    const r = run("郑州市金水区人民法院对该案进行了宣判。承办法官刘思远介绍，挖矿合同无效。");
    expect(relationLines(r, "SERVES_AT")).toEqual(["SERVES_AT official:刘思远 -> agency:金水区人民法院"]);
  });
  it("with two courts named, no post is guessed", () => {
    const r = run("金水区人民法院一审后，郑州市中级人民法院二审维持原判。审判长刘思远介绍了案情。");
    expect(relationLines(r, "SERVES_AT")).toEqual([]);
  });
});

describe("a name read with the first character of the next word", () => {
  it("X寻求出售 where the text writes X alone elsewhere: the two-character name", () => {
    const r = run("某交易所创始人赵林宣布退出。随后，赵林寻求出售股份。业内人士称赵林已套现。");
    expect(names(r, "Person")).toEqual(["赵林"]);
  });
});

describe("a foreign body by its Latin initials after the country", () => {
  it.each([
    ["美国FBI", "他曾被美国FBI调查。", "agency:美国联邦调查局"],
    ["美国SEC", "美国SEC起诉了该项目。", "agency:美国证券交易委员会"],
    ["美国CFTC", "美国CFTC对其罚款。", "agency:美国商品期货交易委员会"],
  ])("%s", (_what, body, id) => {
    expect(mentionedIds(run(body))).toContain(id);
  });
  it("initials inside a longer Latin word are none", () => {
    const r = run("美国SECURE法案已经通过。");
    expect(names(r, "Agency")).toEqual([]);
  });
});

describe("a firm before its stock code written with its market", () => {
  it.each([
    ["(HK:01611)", "交易不包括他在香港的上市公司星链科技(HK:01611)。"],
    ["（港交所：1357）", "上市公司星链科技（港交所：1357）发布了公告。"],
  ])("%s: the firm, without 上市公司", (_what, body) => {
    expect(names(run(body), "Company")).toEqual(["星链科技"]);
  });
});

describe("a body's website publishing its own notice", () => {
  it("据X官网发布，… is a mention of the body", () => {
    const r = run("11月2日，据南宁市地方金融监督管理局官网发布，近日作出防范虚拟货币风险的提示。");
    expect(names(r, "Agency")).toEqual(["南宁市地方金融监督管理局"]);
  });
  it("据X网站消息 stays an outlet", () => {
    const r = run("据南宁市地方金融监督管理局网站消息，近日有市民被骗。");
    expect(names(r, "Agency")).toEqual([]);
  });
});

describe("a warning that rests on a national notice", () => {
  it("提示中还提到，…按照《X》要求处置: the warning cites X", () => {
    const r = run(
      "南宁市金融办发布《关于防范虚拟货币非法活动的风险提示》。提示中还提到，将按照《关于防范代币发行融资风险的公告》要求严肃处置。",
    );
    expect(relationLines(r, "CITES")).toEqual([
      "CITES measure:关于防范虚拟货币非法活动的风险提示 -> measure:关于防范代币发行融资风险的公告",
    ]);
    expect(relationLines(r, "IMPLEMENTS")).toEqual([]);
  });
});

describe("a region's own body named bare", () => {
  it("Taiwan's central bank and its regulator: the region's bodies, their own names aliases, acting at once", () => {
    const r = run("台湾央行与金管会今天同时呼吁，民众注意比特币的风险。", { title: "台湾央行提醒比特币风险" });
    expect(names(r, "Agency")).toEqual(["台湾中央银行", "台湾金融监督管理委员会"]);
    expect(aliasesOf(r, "agency:台湾中央银行")).toContain("中央银行");
    expect(relationLines(r, "WORKED_WITH")).toEqual([
      "WORKED_WITH agency:台湾中央银行 -> agency:台湾金融监督管理委员会",
    ]);
  });
  it("two co-issuers joined by 和 before 联合发布 are no pair of their own (the lead works with each)", () => {
    const r = run("中国人民银行、证监会和银保监会联合发布《关于防范虚拟货币交易炒作风险的通知》。");
    expect(relationLines(r, "WORKED_WITH")).toEqual([
      "WORKED_WITH agency:中国人民银行 -> agency:中国证券监督管理委员会",
      "WORKED_WITH agency:中国人民银行 -> agency:中国银行保险监督管理委员会",
    ]);
  });
});

describe("posts in brackets after a name, with their years", () => {
  it("X(2005年3月至2011年6月任A省委常委、B市委书记): both former posts", () => {
    const r = run("当时的宜春一把手是钟立民(2005年3月至2011年6月任江西省委常委、宜春市委书记)。");
    expect(names(r, "Official")).toEqual(["钟立民"]);
    expect(relationLines(r, "SERVES_AT").sort()).toEqual([
      "SERVES_AT official:钟立民 -> agency:中共宜春市委员会",
      "SERVES_AT official:钟立民 -> agency:中共江西省委员会",
    ]);
  });
});

describe("a discipline team stationed at another body", () => {
  it.each([
    ["纪检组, former", "中央纪委原派驻国家粮食局纪检组组长钱志远被开除党籍。"],
    ["纪检组", "中央纪委派驻国家粮食局纪检组组长钱志远被开除党籍。"],
  ])("%s: a body of its own, named without 原", (_what, body) => {
    const r = run(body);
    expect(names(r, "Agency")).toContain("中央纪委国家监委派驻国家粮食局纪检组");
    expect(aliasesOf(r, "agency:中央纪委国家监委派驻国家粮食局纪检组")).toContain("中央纪委派驻国家粮食局纪检组");
    expect(relationLines(r, "SERVES_AT")).toEqual([
      "SERVES_AT official:钱志远 -> agency:中央纪委国家监委派驻国家粮食局纪检组",
    ]);
  });
  it("the team its head served on did not sanction the head; the body told in the sentence before did", () => {
    const r = run("11月5日，中央纪委国家监委通报了一起案件。\n中央纪委派驻国家粮食局纪检组组长钱志远被开除党籍\n");
    expect(relationLines(r, "SANCTIONED")).toEqual(["SANCTIONED agency:中央纪委国家监委 -> official:钱志远"]);
  });
  it("an official fallen earlier, told in passing, is sanctioned by no one here", () => {
    const r = run("中央纪委国家监委对他进行审查。他是该省被查的第三人，此前该省原副省长孙德海已经落马。");
    expect(relationLines(r, "SANCTIONED")).not.toContain("SANCTIONED agency:中央纪委国家监委 -> official:孙德海");
  });
});

describe("a township written after its county", () => {
  it("X县Y乡党委 with a function word's character in Y: the committee, in its township", () => {
    const r = run("他早年曾担任泰和县和溪乡党委副书记。");
    expect(names(r, "Agency")).toEqual(["中共和溪乡委员会"]);
    expect(relationLines(r, "LOCATED_IN")).toEqual(["LOCATED_IN agency:中共和溪乡委员会 -> place:和溪乡"]);
    expect(relationLines(r, "IN_PROVINCE")).toContain("IN_PROVINCE place:和溪乡 -> province:江西省");
  });
});

describe("a document number after the title, and its short name", () => {
  it("《…》X【2017】N号(下称N号文): the number and the short name are the title's, and its day", () => {
    const r = run(
      "9月2日，互联网金融风险专项整治工作领导小组办公室向各省市金融办(局)，发布了《关于开展虚拟代币清理工作的通知》整治办函【2017】88号(下称88号文)。88号文指出，要立即清理。",
      { date: "2017-09-05" },
    );
    expect(names(r, "Measure")).toEqual(["关于开展虚拟代币清理工作的通知"]);
    expect(aliasesOf(r, "measure:关于开展虚拟代币清理工作的通知")).toEqual(
      expect.arrayContaining(["整治办函【2017】88号", "88号文"]),
    );
    expect(dateOf(r, "关于开展虚拟代币清理工作的通知")).toBe("2017-09-02");
    expect(names(r, "Agency")).toEqual(["互联网金融风险专项整治工作领导小组办公室"]);
  });
  it("a heading line with its number in brackets is the measure", () => {
    const r = run(
      "赣州市发展改革委关于加大虚拟货币挖矿项目差别电价整改的通知(赣发改价[2022]18号)\n各县发改委：\n现将有关事项通知如下。",
    );
    expect(names(r, "Measure")).toEqual(["关于加大虚拟货币挖矿项目差别电价整改的通知"]);
    expect(aliasesOf(r, "measure:关于加大虚拟货币挖矿项目差别电价整改的通知")).toContain("赣发改价[2022]18号");
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:赣州市发展和改革委员会 -> measure:关于加大虚拟货币挖矿项目差别电价整改的通知",
    ]);
  });
});

describe("a body the text gives a short name with 即", () => {
  it("X（即Y）… Y: one body", () => {
    const r = run("10月25日，佛山市金融工作局（即佛山金融局）发布风险提示。据佛山金融局介绍，NFT存在风险。");
    expect(names(r, "Agency")).toHaveLength(1);
  });
});

describe("dates", () => {
  it("a day a notice took effect is not its issuing day", () => {
    const r = run("在9月24日生效的《国家发展改革委等部门关于整治虚拟货币“挖矿”活动的通知》中明确，禁止挖矿。", {
      date: "2021-12-20",
    });
    expect(dateOf(r, "关于整治虚拟货币“挖矿”活动的通知")).toBeNull();
  });
  it("the last day before the verb dates the issuing, not the report's day", () => {
    const r = run(
      "5日，记者从多家银行证实，9月4日，央行下发《中国人民银行营业管理部关于加强虚拟代币支付管理的通知》。",
      {
        date: "2017-09-06",
      },
    );
    expect(dateOf(r, "关于加强虚拟代币支付管理的通知")).toBe("2017-09-04");
  });
});

describe("a branch named as the issuer in the title", () => {
  it("央行下发《中国人民银行营业管理部关于…》: the branch issued it", () => {
    const r = run("9月4日，央行下发《中国人民银行营业管理部关于加强虚拟代币支付管理的通知》。");
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:中国人民银行营业管理部 -> measure:关于加强虚拟代币支付管理的通知",
    ]);
  });
});

describe("meetings", () => {
  it("a party body's plenary by its term: a measure it convened", () => {
    const r = run("2020年4月，在宜春市纪委五届三次全会上，他要求开展作风整治。");
    expect(names(r, "Measure")).toEqual(["宜春市纪委五届三次全会"]);
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:中共宜春市纪律检查委员会 -> measure:宜春市纪委五届三次全会",
    ]);
  });
});

describe("an association's guide", () => {
  it("applies to no place", () => {
    const r = run("根据浙江省互联网金融协会所公布的《网络传销识别指南》指出，传销手法翻新。");
    expect(relationLines(r, "ISSUED")).toEqual(["ISSUED agency:浙江省互联网金融协会 -> measure:网络传销识别指南"]);
    expect(relationLines(r, "APPLIES_TO")).toEqual([]);
  });
});

describe("words that name no one", () => {
  it.each([
    ["各省市X", "办公室向各省市金融办发出通知。", "Agency"],
    ["an outlet's analyst", "融信网分析师指出，渠道已经收窄。", "Person"],
    ["what is left", "目前的充值渠道仅剩下银行渠道。", "Company"],
  ])("%s", (_what, body, label) => {
    expect(names(run(body), label)).toEqual([]);
  });
  it("a Latin scheme named by its case or wallet is a company", () => {
    const r = run("轰动一时的CoinPlus传销案二审裁定公布。上线的CoinPlus钱包吸引了大量投资者。");
    expect(names(r, "Company")).toEqual(["CoinPlus"]);
  });
});

describe("a passive phrase opening a list's item", () => {
  it("A创始人X、被B调查、…的Y: B acted on no firm of the list", () => {
    const r = run("两个买家分别是币安创始人赵长鹏、被美国FBI调查、逃往海外的某项目创始人。");
    expect(relationLines(r, "ACTED_ON")).toEqual([]);
  });
  it("a firm before 被 is still acted on", () => {
    const r = run("币安被美国FBI调查。");
    expect(relationLines(r, "ACTED_ON")).toEqual(["ACTED_ON agency:美国联邦调查局 -> company:币安"]);
  });
});

describe("a court and the firm a case is named after", () => {
  it("the “X”网络传销案 … X法院审理了此案: the court acted on the firm", () => {
    const r = run(
      "由某市公安局破获的“CoinPlus”网络传销案已进入审理阶段。7月3日，宿迁市宿城区人民法院公开开庭审理了此案。",
    );
    expect(relationLines(r, "ACTED_ON")).toContain("ACTED_ON agency:宿城区人民法院 -> company:CoinPlus");
  });
  it("the firms a case is said to involve are its parties", () => {
    const r = run("宿城区人民法院对该合同纠纷作出判决。案件涉及的公司分别是杭州瑞柏公司和宁波川禾公司。");
    expect(relationLines(r, "ACTED_ON").sort()).toEqual([
      "ACTED_ON agency:宿城区人民法院 -> company:宁波川禾公司",
      "ACTED_ON agency:宿城区人民法院 -> company:杭州瑞柏公司",
    ]);
  });
  it("a firm named beside a court that tried no case is not acted on", () => {
    const r = run("宿城区人民法院发布了白皮书。CoinPlus案的教训值得记取。");
    expect(relationLines(r, "ACTED_ON")).toEqual([]);
  });
});

describe("an exchange's exit told without the word 公告", () => {
  it("X网站称，将于…关闭充值功能: the exchange's announcement", () => {
    const r = run("国内交易平台比特币中国网站称，将于本周五起关闭人民币充值功能。");
    expect(relationLines(r, "ISSUED")).toEqual(["ISSUED company:比特币中国 -> measure:比特币中国公告"]);
  });
  it("宣布将全数内地用户清退的X: the firm's announcement", () => {
    const r = run("港股中，宣布将全数内地用户清退的币深科技(1688)跌幅最大。");
    expect(relationLines(r, "ISSUED")).toEqual(["ISSUED company:币深科技 -> measure:币深科技公告"]);
  });
  it("a website that says something else announces nothing", () => {
    const r = run("国内交易平台比特币中国网站称，用户数已经突破一百万。");
    expect(relationLines(r, "ISSUED")).toEqual([]);
  });
});

describe("the bodies a convener calls, named after 包含", () => {
  it("A召集包含B、C在内的13个部门召开会议: A worked with B and C", () => {
    const r = run("同月28日，中国人民银行召集包含最高人民检察院、国家税务总局在内的13个部门召开会议。");
    expect(relationLines(r, "WORKED_WITH")).toEqual([
      "WORKED_WITH agency:中国人民银行 -> agency:最高人民检察院",
      "WORKED_WITH agency:中国人民银行 -> agency:国家税务总局",
    ]);
  });
});

describe("an unlisted name once, in 由 + title + name + 带队", () => {
  it("由X县委副书记、县长Y带队: an official of both bodies", () => {
    const r = run("6月3日，由雅江县委副书记、县长泽仁多吉带队的检查组对矿场进行了排查。");
    expect(names(r, "Official")).toEqual(["泽仁多吉"]);
  });
  it.each([["由副市长一行带队检查。"], ["由市长亲自带队检查。"]])("%s names no one", (body) => {
    expect(names(run(body), "Official")).toEqual([]);
  });
});

describe("a procuratorate assigning its prosecutor to a trial", () => {
  it("X人民检察院指派检察员Y出庭: Y serves there", () => {
    const r = run("绵竹市人民检察院指派检察员马晓雯出庭支持公诉。");
    expect(relationLines(r, "SERVES_AT")).toEqual(["SERVES_AT official:马晓雯 -> agency:绵竹市人民检察院"]);
    expect(r.entities.find((e) => e.id === "official:马晓雯")?.properties.title).toBe("检察员");
  });
});

describe("a person named after a plain word for who they are", () => {
  it.each([
    ["技术人员", "某平台技术人员王建峰因组织传销活动罪获刑。", "王建峰"],
    ["稽查人员", "供电公司营销稽查人员孙立和同事正在处置窃电事件。", "孙立"],
  ])("%s + name + a verb of the story: a person", (_what, body, name) => {
    expect(names(run(body), "Person")).toEqual([name]);
  });
  it.each([["工作人员王某表示，矿机已拆除。"], ["技术人员表示，矿机很热。"]])("%s names no one", (body) => {
    expect(names(run(body), "Person")).toEqual([]);
  });
});

describe("a wire's dateline with the agency before the city and no day", () => {
  it.each([["（路透北京電）中國人民銀行周五約談部分銀行。"], ["（北京电）央行表示将加强监管。"]])(
    "%s: the city is no mention",
    (body) => {
      expect(names(run(body), "Province")).toEqual([]);
    },
  );
  it("the city named in the story stays", () => {
    expect(names(run("（路透北京电）查获的矿场位于北京。"), "Province")).toEqual(["北京市"]);
  });
});
