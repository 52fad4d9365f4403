/**
 * Table tests for the sixteenth round of issue 10 (recall on unseen articles), one category per block. Sentences
 * written for these tests (never copied from an article); the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import { entityNames, extractArticle as run, relationLines } from "../helpers/extract.js";

const names = entityNames;

describe("a bank's name is not opened by a verb of saying", () => {
  it.each([
    ["强调 after 通知", "通知强调银行和支付机构不得为虚拟货币交易提供服务。"],
    ["指出", "会议指出银行要切断资金链条。"],
    ["重申, Traditional", "公告重申銀行不得提供相關服務。"],
  ])("%s", (_what, body) => {
    expect(names(run(body), "Company")).toEqual([]);
  });
  it("a bank named after the verb's object stays a bank", () => {
    expect(names(run("央行点名批评了为其开户的星河银行和中国银行。"), "Company")).toEqual(["中国银行", "星河银行"]);
  });
});

describe("内 closing a word is no city's first character", () => {
  it("国内江苏、浙江 names the provinces, not 内江", () => {
    const r = run("国内江苏、浙江、广东等省相继开展专项整治。");
    expect(names(r, "Province")).toEqual(["广东省", "江苏省", "浙江省"]);
    expect(names(r, "Place")).toEqual([]);
  });
  it("中国内蒙古 is still the region, and 内江市 still the city", () => {
    expect(names(run("中国内蒙古自治区宣布清退矿场。"), "Province")).toEqual(["内蒙古自治区"]);
    expect(names(run("四川内江市发改委召开会议。"), "Place")).toEqual(["内江市"]);
  });
});

describe("a district several cities share, named in full somewhere in the text", () => {
  it("the headline's bare 朝阳区 body is the body's full 北京市朝阳区", () => {
    const r = run("朝阳区金融办要求禁办推介活动\n北京市朝阳区金融办人士向记者确认上述内容属实。");
    expect(names(r, "Agency")).toEqual(["北京市朝阳区人民政府金融工作办公室"]);
  });
  it("named nowhere in full, it stays the body as written", () => {
    expect(names(run("朝阳区金融办要求禁办推介活动。"), "Agency")).toEqual(["朝阳区人民政府金融工作办公室"]);
  });
});

describe("the local office against illegal fund-raising (处非办)", () => {
  it.each([
    ["区处非办 in the district named", "北京市朝阳区金融办要求各商场及时向区处非办报送。"],
    ["the long form", "北京市朝阳区防范和处置非法集资工作领导小组办公室发布提示。"],
  ])("%s", (_what, body) => {
    expect(names(run(body), "Agency")).toContain("北京市朝阳区防范和处置非法集资工作领导小组办公室");
  });
  it("a fuller form glossed in brackets is a name of the office too", () => {
    const r = run("北京市朝阳区金融办要求，要及时向区处非办(防范和处置非法集资办公室)报送。");
    const office = r.entities.find((e) => e.name === "北京市朝阳区防范和处置非法集资工作领导小组办公室");
    expect(office?.aliases).toContain("北京市朝阳区防范和处置非法集资办公室");
  });
});

describe("Hong Kong's and Macau's papers name their region 本港, 本澳", () => {
  it.each([
    ["本澳", "本局已发函，提请本澳所有银行不应参与。", "澳门特别行政区"],
    ["本港, Traditional", "證監會提醒本港投資者留意風險。", "香港特别行政区"],
  ])("%s", (_what, body, want) => {
    expect(names(run(body), "Province")).toContain(want);
  });
  it("本港口 is a port, no region", () => {
    expect(names(run("本港口今年吞吐量上升。"), "Province")).toEqual([]);
  });
});

describe("a rarer surname after a department head's title", () => {
  it("央行支付司司长励明 is an official", () => {
    expect(names(run("参加者包括央行支付司司长励明等官员。"), "Official")).toEqual(["励明"]);
  });
});

describe("a meeting named by a quoted topic", () => {
  it.each([
    [
      "「…『…』…」会议 after 早前召开",
      "国家发改委早前召开「虚拟货币『挖矿』治理」会议，要求各地严查。",
      "ISSUED agency:国家发展和改革委员会 -> measure:虚拟货币“挖矿”治理会议",
    ],
    [
      "“…”专题会议 after 此前",
      "国家能源局此前召开“矿场用电排查”专题会议。",
      "ISSUED agency:国家能源局 -> measure:矿场用电排查专题会议",
    ],
  ])("%s", (_what, body, want) => {
    expect(relationLines(run(body), "ISSUED")).toEqual([want]);
  });
  it("the topic as written stays an alias", () => {
    const r = run("国家能源局此前召开“矿场用电排查”专题会议。");
    expect(r.entities.find((e) => e.label === "Measure")?.aliases).toContain("“矿场用电排查”专题会议");
  });
});

describe("a port's customs office written after its city", () => {
  it("深圳X海关 is an Agency in Shenzhen, and the bare X海关 later the same office", () => {
    const r = run("深圳青岚海关上周截获一批矿机，青岚海关负责人表示将从严查处。");
    expect(names(r, "Agency")).toEqual(["青岚海关"]);
    expect(relationLines(r, "LOCATED_IN")).toEqual(["LOCATED_IN agency:青岚海关 -> place:深圳市"]);
  });
  it("customs in general, or a city's own, is no port office", () => {
    const r = run("中国海关和深圳海关查获矿机，各地海关加强监管。");
    expect(names(r, "Agency")).toEqual(["深圳海关"]);
  });
});

describe("a body acting through another (A通过B + act)", () => {
  it.each([
    [
      "通过X部署",
      "央行从4月22日开始，通过中国支付清算协会部署了此次约谈。",
      "WORKED_WITH agency:中国人民银行 -> agency:中国支付清算协会",
    ],
    [
      "通过X印发",
      "央行通过互联网金融风险专项整治工作领导小组办公室印发了《关于开展清理的通知》。",
      "WORKED_WITH agency:中国人民银行 -> agency:互联网金融风险专项整治工作领导小组办公室",
    ],
  ])("%s", (_what, body, want) => {
    expect(relationLines(run(body), "WORKED_WITH")).toEqual([want]);
  });
  it("通过 before no act links no one", () => {
    expect(relationLines(run("央行通过中国支付清算协会的报告了解情况。"), "WORKED_WITH")).toEqual([]);
  });
});

describe("the firms an interview was held with, described before they are listed", () => {
  it("each run closed by 等 is acted on by the body that held it, not the one it acted through", () => {
    const r = run(
      "央行通过中国支付清算协会部署了此次约谈，被约谈的对象包括各大商业银行，支付宝、财付通等大型支付机构，以及曾卷入火币网事件的易宝支付等。",
    );
    expect(relationLines(r, "ACTED_ON").sort()).toEqual([
      "ACTED_ON agency:中国人民银行 -> company:支付宝",
      "ACTED_ON agency:中国人民银行 -> company:易宝支付",
      "ACTED_ON agency:中国人民银行 -> company:财付通",
    ]);
  });
});

describe("a notice's lead line names who issued it", () => {
  const notice = (lead: string): string =>
    `关于防范非法集资的风险提示\n${lead}\n近期，一些不法分子打着区块链的旗号吸收资金。`;
  it("bodies then 提示： under the title each issued the title's measure", () => {
    const r = run(notice("银保监会、公安部、人民银行提示："));
    expect(relationLines(r, "ISSUED").sort()).toEqual([
      "ISSUED agency:中国人民银行 -> measure:关于防范非法集资的风险提示",
      "ISSUED agency:中国银行保险监督管理委员会 -> measure:关于防范非法集资的风险提示",
      "ISSUED agency:公安部 -> measure:关于防范非法集资的风险提示",
    ]);
  });
  it("a line that goes on after the bodies is no lead line", () => {
    expect(relationLines(run(notice("银保监会、公安部提示投资者注意风险。")), "ISSUED")).toEqual([]);
  });
});

describe("a source line naming a body itself", () => {
  it("文章来源：X县财政局 is the body; a website is not", () => {
    expect(names(run("文章来源:康平县财政局 发布时间:2019-11-01\n近期风险较高。"), "Agency")).toEqual(["康平县财政局"]);
    expect(names(run("文章来源:康平县人民政府网站 发布时间:2019-11-01\n近期风险较高。"), "Agency")).toEqual([]);
  });
});

describe("a group's firm written after the group's name", () => {
  it("keeps its written name and is known by its own name too", () => {
    const r = run("市委将位于高新区的青岚集团星河科技有限公司奉为名片。");
    expect(names(r, "Company")).toEqual(["青岚集团星河科技有限公司"]);
    expect(r.entities.find((e) => e.label === "Company")?.aliases).toContain("星河科技有限公司");
  });
  it("a group's holding or finance firm is one name", () => {
    expect(names(run("青岚集团控股有限公司发布公告。"), "Company")).toContain("青岚集团控股有限公司");
  });
});

describe("the bodies attending a meeting another body convened", () => {
  it.each([
    [
      "the attendees in the next sentence",
      "11月28日，中国人民银行召开打击虚拟货币炒作协调会议。公安部、最高人民法院、国家发改委有关负责人出席会议。",
    ],
    [
      "包括…等相关负责人, the day before 召开",
      "央行28日召开打击虚拟货币炒作协调会议。包括公安部、最高人民法院、国家发改委等相关负责人出席会议。",
    ],
  ])("%s", (_what, body) => {
    expect(relationLines(run(body), "WORKED_WITH").sort()).toEqual([
      "WORKED_WITH agency:中国人民银行 -> agency:公安部",
      "WORKED_WITH agency:中国人民银行 -> agency:国家发展和改革委员会",
      "WORKED_WITH agency:中国人民银行 -> agency:最高人民法院",
    ]);
  });
  it("a meeting named with a bare day before 召开 is the convener's", () => {
    expect(relationLines(run("央行28日召开打击虚拟货币炒作协调会议。"), "ISSUED")).toEqual([
      "ISSUED agency:中国人民银行 -> measure:打击虚拟货币炒作协调会议",
    ]);
  });
  it("attending with no convener named links no one", () => {
    expect(relationLines(run("公安部、最高人民法院有关负责人出席会议。"), "WORKED_WITH")).toEqual([]);
  });
});

describe("a notice's heading that publishes a plan, its issuers counted (X等N部门关于印发《Y》的通知)", () => {
  const notice = [
    "市发展改革委等3部门关于印发《青州市整治矿场活动工作方案》的通知",
    "各县（市、区）发展改革局：",
    "市发展改革委、市公安局、市经信局联合制定了《青州市整治矿场活动工作方案》，现印发给你们。",
    "青州市发展和改革委员会 青州市公安局",
    "青州市经济和信息化局",
    "2022年3月1日",
  ].join("\n");
  it("is the document's measure, signed by every body of the signature and dated by it", () => {
    const r = run(notice, { title: "市发展改革委等3部门关于印发《青州市整治矿场活动工作方案》的通知" });
    const outer = "measure:关于印发《青州市整治矿场活动工作方案》的通知";
    expect(
      relationLines(r, "ISSUED")
        .filter((l) => l.endsWith(outer))
        .sort(),
    ).toEqual([
      `ISSUED agency:青州市公安局 -> ${outer}`,
      `ISSUED agency:青州市发展和改革委员会 -> ${outer}`,
      `ISSUED agency:青州市经济和信息化局 -> ${outer}`,
    ]);
    expect(r.entities.find((e) => `measure:${e.name}` === outer)?.properties.date).toBe("2022-03-01");
  });
  it("the plan it publishes is a measure of its own", () => {
    expect(names(run(notice), "Measure")).toEqual([
      "关于印发《青州市整治矿场活动工作方案》的通知",
      "青州市整治矿场活动工作方案",
    ]);
  });
});

describe("a notice's contact at a government body holds its office", () => {
  it("a department, a space, the name and the phone", () => {
    const r = run("湖州市发展改革委发布通知。\n联系人：市发展改革委产业处 李明华 82521666。");
    expect(relationLines(r, "SERVES_AT")).toEqual(["SERVES_AT official:李明华 -> agency:湖州市发展和改革委员会"]);
  });
});

describe("the genre's other ways of naming a document or a party", () => {
  it("公布了一份关于…的通知 is the notice, issued", () => {
    expect(
      relationLines(run("此前，浙江省发改委在官网公布了一份关于对矿场用电实行差别电价的通知。"), "ISSUED"),
    ).toEqual(["ISSUED agency:浙江省发展和改革委员会 -> measure:关于对矿场用电实行差别电价的通知"]);
  });
  it("参照《X》 rests on X", () => {
    const r = run("省发展改革委关于整治矿机的通知\n文书的执行参照《浙江省司法厅关于印发行政执法文书参考样式的通知》。");
    expect(relationLines(r, "CITES")).toEqual([
      "CITES measure:关于整治矿机的通知 -> measure:关于印发行政执法文书参考样式的通知",
    ]);
  });
  it("a reporter's byline after a paper's title names no place", () => {
    expect(names(run("《青岚经济周刊》记者 宋明|上海报道\n比特币价格大跌。"), "Province")).toEqual([]);
  });
  it.each([
    ["主犯", "其中，主犯陈立波犯组织、领导传销活动罪，被判处11年有期徒刑。", ["陈立波"]],
    ["主犯, two-character name before 犯", "主犯陈波犯组织传销活动罪。", ["陈波"]],
    ["从犯", "从犯李强、王小明分别被判处3年有期徒刑。", ["李强", "王小明"]],
  ])("%s names a party of the case", (_what, body, want) => {
    expect(names(run(body), "Person")).toEqual(want);
  });
});

describe("the large banks' two-character names, in a list of banks", () => {
  it("约谈工行、农行、建行、邮储银行以及支付宝: each a firm acted on", () => {
    const r = run("人民银行约谈工行、农行、建行、邮储银行以及支付宝。");
    expect(relationLines(r, "ACTED_ON").sort()).toEqual([
      "ACTED_ON agency:中国人民银行 -> company:中国农业银行",
      "ACTED_ON agency:中国人民银行 -> company:中国工商银行",
      "ACTED_ON agency:中国人民银行 -> company:中国建设银行",
      "ACTED_ON agency:中国人民银行 -> company:中国邮政储蓄银行",
      "ACTED_ON agency:中国人民银行 -> company:支付宝",
    ]);
  });
  it("alone, inside another word, they are no bank", () => {
    expect(names(run("施工行业和建行业务都在增长，建行表示将加强管理。"), "Company")).toEqual([]);
  });
});

describe("a topic phrase before the act (就…问题约谈)", () => {
  it("the act is told as done: 虚拟 holds no 拟 of intention", () => {
    expect(relationLines(run("人民银行就虚拟币交易服务问题约谈工行、农行以及支付宝。"), "ACTED_ON")).toHaveLength(3);
  });
  it("拟 of intention still marks the act as not done", () => {
    expect(relationLines(run("人民银行拟约谈星河科技有限公司。"), "ACTED_ON")).toEqual([]);
  });
});

describe("banks and firms named in passing", () => {
  it("中国银行机构 and 中国银行业 are China's banks, no Bank of China; a time word opens no name", () => {
    expect(names(run("早些时候中国银行机构被命令不得提供服务，中国银行业也受到影响。"), "Company")).toEqual([]);
  });
  it("the Bank of China itself stays", () => {
    expect(names(run("央行点名批评了中国银行。"), "Company")).toEqual(["中国银行"]);
  });
  it("a brand word before the name (旗下矿池品牌X矿池) is no part of it", () => {
    expect(names(run("比特大陆宣布剥离旗下矿池品牌蚂蚁矿池。"), "Company")).toEqual(["比特大陆", "蚂蚁矿池"]);
  });
  it("Taiwan's name for Bitmain, and its announcement with 释出", () => {
    const r = run("日前，比特幣礦機製造商位元大陸釋出公告稱，將停止向大陸地區發貨。");
    expect(relationLines(r, "ISSUED")).toEqual(["ISSUED company:比特大陆 -> measure:比特大陆公告"]);
  });
  it("a firm's statement of what it will not do (发布了…的声明) is its announcement", () => {
    expect(relationLines(run("支付宝当日发布了禁止服务开展比特币等虚拟货币交易的声明。"), "ISSUED")).toEqual([
      "ISSUED company:支付宝 -> measure:支付宝公告",
    ]);
  });
  it("a Latin name of several words in a list closed by 等公司", () => {
    expect(names(run("比特大陆、Blockcap和Great American Mining等公司此前已在该州建站。"), "Company")).toEqual([
      "Blockcap",
      "Great American Mining",
      "比特大陆",
    ]);
  });
});

describe("a notice's lead line written above its title", () => {
  it("bodies then 发文提示：, the full text's title a few lines below", () => {
    const r = run(
      [
        "【某财经网】8月24日，银保监会、公安部、人民银行发文提示：近期，一些不法分子打着区块链的旗号吸收资金。",
        "以下为全文：",
        "关于防范以“虚拟货币”名义进行非法集资的风险提示",
        "近期，一些不法分子打着“金融创新”的旗号。",
      ].join("\n"),
    );
    expect(relationLines(r, "ISSUED").sort()).toEqual([
      "ISSUED agency:中国人民银行 -> measure:关于防范以“虚拟货币”名义进行非法集资的风险提示",
      "ISSUED agency:中国银行保险监督管理委员会 -> measure:关于防范以“虚拟货币”名义进行非法集资的风险提示",
      "ISSUED agency:公安部 -> measure:关于防范以“虚拟货币”名义进行非法集资的风险提示",
    ]);
  });
  it("the national internet-finance office's 全国…领导小组办公室 form is its name too", () => {
    const r = run("全国互联网金融风险专项整治领导小组办公室印发通知。");
    expect(names(r, "Agency")).toEqual(["互联网金融风险专项整治工作领导小组办公室"]);
    expect(r.entities[0]?.aliases).toContain("全国互联网金融风险专项整治领导小组办公室");
  });
});

describe("a measure's date, as the genre states it", () => {
  const dateOf = (r: ReturnType<typeof run>, name: string) =>
    r.entities.find((e) => e.label === "Measure" && e.name === name)?.properties.date ?? null;
  it("a meeting's own day between its convener and it, after another day of the sentence", () => {
    const r = run("央行网站29日发布，央行28日召开打击虚拟货币炒作协调会议。", { date: "2025-11-29" });
    expect(dateOf(r, "打击虚拟货币炒作协调会议")).toBe("2025-11-28");
    expect(r.relations.find((x) => x.type === "ISSUED")?.date).toBe("2025-11-28");
  });
  it("《通知》落款时间为8月17日 dates the notice the alias stands for", () => {
    const r = run(
      "记者拿到的一则《关于禁止承办虚拟币推介活动的通知》(下称《通知》)显示，某区金融办要求各商场不得承办活动。《通知》落款时间为8月17日。",
      { date: "2018-08-22" },
    );
    expect(dateOf(r, "关于禁止承办虚拟币推介活动的通知")).toBe("2018-08-17");
  });
  it.each([
    [
      "issuers counted between",
      "这一规定，再到2021年9月24日十部委《关于进一步防范和处置虚拟货币交易炒作风险的通知》，官方三令五申。",
    ],
    [
      "issuers named between",
      "2021年9月24日人民银行、公安部联合印发的《关于进一步防范和处置虚拟货币交易炒作风险的通知》明确了定性。",
    ],
  ])("a full date right before a title, %s", (_what, body) => {
    expect(dateOf(run(body), "关于进一步防范和处置虚拟货币交易炒作风险的通知")).toBe("2021-09-24");
  });
  it("a date with other words between dates no title", () => {
    const r = run("2021年9月24日，记者根据《关于进一步防范和处置虚拟货币交易炒作风险的通知》进行了梳理。");
    expect(dateOf(r, "关于进一步防范和处置虚拟货币交易炒作风险的通知")).toBe(null);
  });
});

describe("the genre's sentences probed (round 16d)", () => {
  it("bodies that jointly convened a meeting each issued it (A、B联合召开…会议)", () => {
    expect(
      relationLines(run("云南省能源局、云南省工业和信息化厅联合召开矿场整治工作专题会议。"), "ISSUED").sort(),
    ).toEqual([
      "ISSUED agency:云南省工业和信息化厅 -> measure:矿场整治工作专题会议",
      "ISSUED agency:云南省能源局 -> measure:矿场整治工作专题会议",
    ]);
  });
  it.each([
    ["a province's", "浙江省支付清算协会发布了倡议书。", "浙江省支付清算协会", "province:浙江省"],
    ["a city's", "深圳市互联网金融协会提示投资者注意风险。", "深圳市互联网金融协会", "place:深圳市"],
  ])("%s own association is an Agency there, not the national one", (_what, body, name, where) => {
    const r = run(body);
    expect(names(r, "Agency")).toEqual([name]);
    expect(relationLines(r, "LOCATED_IN")).toEqual([`LOCATED_IN agency:${name} -> ${where}`]);
  });
  it("a country's energy ministry is a foreign Agency", () => {
    expect(names(run("哈萨克斯坦能源部表示，将对外国矿工征收额外电费。"), "Agency")).toEqual(["哈萨克斯坦能源部"]);
  });
  it("firms listed after the bodies that acted on them (X、Y等八部门联合约谈了A、B、C等平台)", () => {
    const r = run("市场监管总局、工业和信息化部等八部门联合约谈了星河直播、云帆视频、微博等平台。");
    expect(names(r, "Company")).toEqual(["云帆视频", "微博", "星河直播"]);
  });
});

describe("the genre's sentences probed (round 16e)", () => {
  it("a police bureau's branch named after a zone (X市公安局工业园区分局)", () => {
    expect(names(run("苏州市公安局工业园区分局破获一起洗钱案。"), "Agency")).toEqual(["苏州市公安局工业园区分局"]);
  });
  it("全国人大代表 is a deputy's title, no node of the congress", () => {
    expect(names(run("全国人大代表、某银行行长在两会期间建议加强监管。"), "Agency")).toEqual([]);
    expect(names(run("全国人大常委会审议了反洗钱法修订草案。"), "Agency")).toContain("全国人民代表大会常务委员会");
  });
  it("a firm's Latin gloss between its name and 发布公告称 leaves its announcement its own", () => {
    expect(relationLines(run("火幣全球站（Huobi Global）發布公告稱，已停止大陸新用戶註冊。"), "ISSUED")).toEqual([
      "ISSUED company:火币 -> measure:火币公告",
    ]);
  });
});

describe("blind26's categories (now dev material)", () => {
  it("a document's long title on its own line is its own sentence, and the notice it carries out is implemented", () => {
    const r = run(
      [
        "三家协会提示防范炒作风险",
        "中国互联网金融协会、中国银行业协会、中国支付清算协会关于防范虚拟货币交易炒作风险的公告",
        "近期，虚拟货币价格暴涨暴跌。为进一步贯彻落实中国人民银行等部门发布的《关于防范比特币风险的通知》等要求，三家协会联合公告如下：",
      ].join("\n"),
    );
    expect(relationLines(r, "IMPLEMENTS")).toEqual([
      "IMPLEMENTS measure:关于防范虚拟货币交易炒作风险的公告 -> measure:关于防范比特币风险的通知",
    ]);
    expect(r.sentences.map((s) => s.text)[1]).toBe(
      "中国互联网金融协会、中国银行业协会、中国支付清算协会关于防范虚拟货币交易炒作风险的公告",
    );
  });
  it("a long line cut mid-sentence still goes on", () => {
    const r = run(
      "四川清理挖矿项目\n四川省发展和改革委员会与四川省能源局等部门在今年六月联合开展了清理关停虚拟货币挖矿项目的专项行动，并要求各\n地电力企业停止供电。",
    );
    expect(r.sentences).toHaveLength(2);
  });
  it("firms listed before 均释出相关宣告 each issued their own announcement", () => {
    expect(relationLines(run("工商銀行、興業銀行和支付寶均釋出相關宣告，表示將配合央行。"), "ISSUED").sort()).toEqual([
      "ISSUED company:中国工商银行 -> measure:中国工商银行公告",
      "ISSUED company:兴业银行 -> measure:兴业银行公告",
      "ISSUED company:支付宝 -> measure:支付宝公告",
    ]);
  });
  it("a three-character name ending in a stop character before 对…表示 keeps it (郑定向对记者表示)", () => {
    expect(names(run("深圳市区块链协会会长郑定向对记者表示，消息很重要。"), "Person")).toEqual(["郑定向"]);
  });
  it("专家普遍认为 names no one", () => {
    expect(names(run("业内不少专家普遍认为，虚拟币难有生存环境。"), "Person")).toEqual([]);
  });
  it("an anonymised college (某职业技术学院) is no node", () => {
    expect(names(run("浙江省温州市某职业技术学院临时工利用工作便利挖矿。"), "Agency")).toEqual([]);
  });
  it("a city's detention centre is its Agency", () => {
    const r = run("上诉人吴某，现羁押于德阳市看守所。原审被告人王某，现羁押于福州市第一看守所。");
    expect(names(r, "Agency")).toEqual(["德阳市看守所", "福州市第一看守所"]);
  });
  it("a local association's head is a Person affiliated with it", () => {
    expect(relationLines(run("深圳市区块链协会会长郑明华表示，监管趋严。"), "AFFILIATED_WITH")).toEqual([
      "AFFILIATED_WITH person:郑明华 -> agency:深圳市区块链协会",
    ]);
  });
  it("customs named bare in a Hong Kong broadcaster's report are Hong Kong's", () => {
    const r = run("海關在機場偵破一宗走私案，檢獲一批顯示卡。", {
      url: "http://news.now.com/home/local/player?newsId=1",
    });
    expect(names(r, "Agency")).toEqual(["香港特别行政区海关"]);
  });
});

describe("a country before a kind of firm", () => {
  it("美国交易所 names no firm; the listed firms before it stay", () => {
    const r = run("Coinbase、Kraken等美国交易所的股价也受到影响。");
    expect(names(r, "Company")).toEqual(["Coinbase", "Kraken"]);
  });
  it("a firm the lexicon knows by a country's name and its kind stays (美国银行 is Bank of America's)", () => {
    expect(names(run("星河科技与美国银行签署了合作协议。"), "Company")).toContain("美国银行");
  });
});

describe("blind29's categories (now dev material)", () => {
  it("a title's issuers counted as 等多部门 are read (《中国人民银行等多部门关于…的公告》)", () => {
    const r = run("根据《中国人民银行等多部门关于防范代币发行融资风险的公告》，虚拟货币不具有法偿性。");
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:中国人民银行 -> measure:关于防范代币发行融资风险的公告",
    ]);
  });
  it("a firm's statement given its title right after (发布了一份声明，标题为《…的声明》) is that titled measure", () => {
    const r = run("星河银行发布了一份声明，标题为《关于禁止使用我行服务用于虚拟货币交易的声明》。");
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED company:星河银行 -> measure:关于禁止使用我行服务用于虚拟货币交易的声明",
    ]);
    expect(names(r, "Measure")).toEqual(["关于禁止使用我行服务用于虚拟货币交易的声明"]);
  });
  it("a discipline commission's publicity department speaking for it is a sub-unit", () => {
    expect(names(run("不过周四，贵州省纪委监委宣传部表示，这是谣言。"), "Agency")).toEqual(["贵州省纪委监委宣传部"]);
  });
  it("a person's name glossed with its own spelling is no firm", () => {
    const r = run("主导此案的女子钱志敏（Zhimin Qian），化名张雅迪（Yadi Zhang）。");
    expect(names(r, "Company")).toEqual([]);
  });
  it("遵守《X》 rests on X", () => {
    const r = run("星河银行关于禁止虚拟货币交易的声明\n我行严格遵守《关于防范代币发行融资风险的公告》等规定。");
    expect(relationLines(r, "CITES")).toEqual([
      "CITES measure:关于禁止虚拟货币交易的声明 -> measure:关于防范代币发行融资风险的公告",
    ]);
  });
});

describe("a day with no year, in the year of the measure's own document number", () => {
  const dateOf = (r: ReturnType<typeof run>) => r.entities.find((e) => e.label === "Measure")?.properties.date ?? null;
  it("7月15日，X印发《Y》（皖X〔2021〕35号） is 2021-07-15 when the article gives no year", () => {
    expect(
      dateOf(run("7月15日，安徽省能源局印发《关于开展矿场排查的通知》（皖能源电力〔2021〕35号），要求各市报送。")),
    ).toBe("2021-07-15");
  });
  it("with no document number, the day stays unplaced", () => {
    expect(dateOf(run("7月15日，安徽省能源局印发《关于开展矿场排查的通知》，要求各市报送。"))).toBe(null);
  });
});
