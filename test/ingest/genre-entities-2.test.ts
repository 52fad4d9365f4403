/**
 * Table tests per entity category of the genre's third dev-set round: police bodies and the sub-units a text acts
 * through, bodies below the county, special national bodies and their local offices, regulators' branches.
 * Sentences written for these tests (never copied from an article); each runs the real pipeline.
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, mentionedIds as mentioned } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";

const located = (r: DocumentResult, from: string): string[] =>
  r.relations.filter((x) => x.type === "LOCATED_IN" && x.source === from).map((x) => x.target);

describe("police bodies and the sub-units a text acts through", () => {
  it.each([
    [
      "在湖南省公安厅刑侦总队的指导下，岳阳市公安局网安支队破获一起案件。",
      ["agency:湖南省公安厅刑侦总队", "agency:岳阳市公安局网安支队"],
    ],
    ["岳阳市公安局岳阳楼分局近日抓获嫌疑人五名。", ["agency:岳阳市公安局岳阳楼分局"]],
    ["湖南省公安厅刑侦总队合成作战中心发出预警。", ["agency:湖南省公安厅刑侦总队合成作战中心"]],
    // (a city's or province's police stand as its bureau where the text names the bureau too)
    ["梧州市公安局发布通报。梧州警方近日捣毁一个窝点。", ["agency:梧州市公安局"]],
    ["湖南省公安厅召开发布会。湖南警方通报了三起案件。", ["agency:湖南省公安厅"]],
  ])("%s", (body, want) => {
    expect(mentioned(run(body))).toEqual(expect.arrayContaining(want));
  });
  it("a body written only inside its sub-units' names is no node of its own", () => {
    const r = run("湖南省公安厅刑侦总队通报了案情。");
    expect(mentioned(r)).not.toContain("agency:湖南省公安厅");
    expect(located(r, "agency:湖南省公安厅刑侦总队")).toEqual(["province:湖南省"]);
  });
  it("a body also named on its own stays a node", () => {
    const r = run("岳阳市公安局发布通报。岳阳市公安局网安支队的民警随后赶到。");
    expect(mentioned(r)).toEqual(expect.arrayContaining(["agency:岳阳市公安局", "agency:岳阳市公安局网安支队"]));
  });
  it("a unit followed by a title is no sub-unit (支队长)", () => {
    expect(mentioned(run("岳阳市公安局网安支队队长王强介绍。"))).not.toContain("agency:岳阳市公安局网安支队队长");
  });
});

describe("regulators' branches and special national bodies", () => {
  it("a People's Bank branch named by its city (人民银行X支行) is the bank's branch", () => {
    const r = run("人民银行南宁支行发出风险预警。");
    expect(mentioned(r)).toContain("agency:中国人民银行南宁支行");
    expect(mentioned(r)).not.toContain("agency:中国人民银行");
    expect(located(r, "agency:中国人民银行南宁支行")).toEqual(["place:南宁市"]);
  });
  it("国家 before a national body's own name is that body", () => {
    const r = run("记者从国家互联网金融风险专项整治小组办公室获悉，排查将继续。");
    expect(mentioned(r)).toEqual(["agency:互联网金融风险专项整治工作领导小组办公室"]);
  });
  it.each([
    [
      "杭州市互联网金融风险专项整治工作领导小组办公室发布提示。",
      "agency:杭州市互联网金融风险专项整治工作领导小组办公室",
    ],
    ["杭州市整治办发布提示。", "agency:杭州市互联网金融风险专项整治工作领导小组办公室"],
    ["天津市金融稳定联席会议办公室表示将加强监测。", "agency:天津市金融稳定联席会议办公室"],
  ])("a local office of a campaign or joint conference: %s", (body, want) => {
    expect(mentioned(run(body))).toContain(want);
  });
});

describe("offices of a town's government", () => {
  it.each([
    ["南海区狮山镇经济发展局会同供电部门开展排查。", "agency:狮山镇经济发展局"],
    ["桂城街道综合执法办对出租屋进行检查。", "agency:桂城街道综合行政执法办公室"],
    ["佛山市南海区狮山镇派出所出警处置。", "agency:狮山镇派出所"],
  ])("%s", (body, want) => {
    expect(mentioned(run(body))).toContain(want);
  });
  it("a town office lies in its town, a Place in the province of the county or city named before it in the paragraph", () => {
    const r = run("佛山市近日开展排查，其中狮山镇经济发展局查获矿机三十台。");
    expect(located(r, "agency:狮山镇经济发展局")).toEqual(["place:狮山镇"]);
    expect(r.relations.map((x) => `${x.type} ${x.source} -> ${x.target}`)).toContain(
      "IN_PROVINCE place:狮山镇 -> province:广东省",
    );
  });
});

describe("companies named in lists", () => {
  it("the lines of a bulleted list introduced by a line about platforms are companies", () => {
    const r = run("通知附有一份平台名单，其中部分平台如下：\n- 币多多(Coinplus)\n- HBTC\n- 比特时代\n- 以太坊\n");
    expect(mentioned(r)).toEqual(expect.arrayContaining(["company:币多多", "company:HBTC", "company:比特时代"]));
    expect(mentioned(r)).not.toContain("company:以太坊");
  });
  it("a bulleted list after a line about something else names no company", () => {
    const r = run("检查的重点如下：\n- 用电异常\n- 设备去向\n");
    expect(mentioned(r).filter((x) => x.startsWith("company:"))).toEqual([]);
  });
  it("the members of an enumeration closed by 等 + a kind of company are companies", () => {
    const r = run("银行须关闭币多多、比特时代和元宝网等国内交易平台的账户。");
    expect(mentioned(r)).toEqual(expect.arrayContaining(["company:币多多", "company:比特时代", "company:元宝网"]));
  });
  it.each([
    ["北京、上海等地的交易平台已关闭。"],
    ["各大银行和部分机构等支付平台停止了服务。"],
    ["银行、第三方支付机构等机构不得提供服务。"],
  ])("an enumeration of places or kinds names no company: %s", (body) => {
    expect(mentioned(run(body)).filter((x) => x.startsWith("company:"))).toEqual([]);
  });
  it("a payment platform and a big bank written before 银行卡 are companies", () => {
    const r = run("嫌疑人使用农业银行卡收款，再经财付通转出。");
    expect(mentioned(r)).toEqual(expect.arrayContaining(["company:中国农业银行", "company:财付通"]));
  });
  it("a Latin name after a kind of firm is the firm (咨询公司Chainalysis)", () => {
    expect(mentioned(run("咨询公司Chainalysis的报告显示交易量下降。"))).toContain("company:Chainalysis");
  });
  it("a county branch written after its parent company is one company", () => {
    const r = run("通知由国网湖南岳阳电力有限责任公司平江县供电分公司下发。");
    expect(mentioned(r)).toContain("company:国网湖南岳阳电力有限责任公司平江县供电分公司");
    expect(mentioned(r).filter((x) => x.startsWith("company:"))).toHaveLength(1);
  });
  it("a preposition before a suffix ends the previous company (X公司按照电力公司…)", () => {
    const r = run("城区供电公司按照电力公司要求开展检查。");
    expect(mentioned(r).filter((x) => x.startsWith("company:"))).toEqual(["company:城区供电公司"]);
  });
  it("a company named with and without its city is one company; a verb before it is no part of it", () => {
    const r = run("岳阳市星辰科技有限公司成立于2017年。该市投资10亿元建设星辰科技有限公司机房。");
    expect(mentioned(r).filter((x) => x.startsWith("company:"))).toEqual(["company:岳阳市星辰科技有限公司"]);
  });
});

describe("people with foreign names", () => {
  it("a foreign body's title before a transliterated name is an Official of that body", () => {
    const r = run("美国联储局前主席伯南克认为风险可控。");
    expect(mentioned(r)).toEqual(expect.arrayContaining(["official:伯南克", "agency:美国联邦储备委员会"]));
    expect(r.relations.some((x) => x.type === "SERVES_AT" && x.source === "official:伯南克")).toBe(true);
  });
  it("a name glossed with its Latin form after a business title is a Person of the firm", () => {
    const r = run("研究公司Diar行政总裁莫里森(Ken Morrison)表示关注。");
    expect(mentioned(r)).toEqual(expect.arrayContaining(["person:莫里森", "company:Diar"]));
  });
});

describe("division names that mention no place", () => {
  it.each([
    ["新华网南宁3月5日电 广西开展整治。", "place:南宁市"],
    ["暂停时间为上午11时（香港时间）。", "province:香港特别行政区"],
    ["举报地址：兴义市南宁路8号。", "place:南宁市"],
    ["据香港媒体报道，矿场已停电。", "province:香港特别行政区"],
    ["据平安南宁消息，警方捣毁一处窝点。", "place:南宁市"],
  ])("%s", (body, not) => {
    expect(mentioned(run(body))).not.toContain(not);
  });
});

describe("measures named without 《》", () => {
  const measuresOf = (r: DocumentResult): string[] => mentioned(r).filter((x) => x.startsWith("measure:"));
  const issued = (r: DocumentResult): string[] =>
    r.relations.filter((x) => x.type === "ISSUED").map((x) => `${x.source} -> ${x.target}`);
  it("a title in “” after 按照 is the measure, its inner ‘’ made “”", () => {
    const r = run("供电所按照“关于开展‘挖矿’用户违规用电排查的通知”开展了检查。");
    expect(measuresOf(r)).toEqual(["measure:关于开展“挖矿”用户违规用电排查的通知"]);
  });
  it("作出关于…的风险提示: the measure, issued by the body written before the verb", () => {
    const r = run("杭州市互联网金融风险专项整治工作领导小组办公室作出关于警惕虚拟货币投资骗局的风险提示。");
    expect(measuresOf(r)).toEqual(["measure:关于警惕虚拟货币投资骗局的风险提示"]);
    expect(issued(r)).toEqual([
      "agency:杭州市互联网金融风险专项整治工作领导小组办公室 -> measure:关于警惕虚拟货币投资骗局的风险提示",
    ]);
  });
  it("a company's 告知书 named by its subject after an issuing verb, issued by the company", () => {
    const r = run("国网岳阳供电公司6月2日发布了错峰用电告知书，要求用户配合。");
    expect(measuresOf(r)).toEqual(["measure:错峰用电告知书"]);
    expect(issued(r)).toEqual(["company:国网岳阳供电公司 -> measure:错峰用电告知书"]);
  });
  it("a generic 告知书 (一份告知书) is no measure", () => {
    expect(measuresOf(run("供电公司下发了一份告知书。"))).toEqual([]);
  });
  it("a title written without 关于 and 的 after an issuing verb is named in full", () => {
    const r = run("监管部门日前发布防范网络借贷风险通知，要求各机构自查。");
    expect(measuresOf(r)).toEqual(["measure:关于防范网络借贷风险的通知"]);
  });
  it("a company's announcement with a quoted subject (the firm's, the subject an alias) or a time word before it", () => {
    expect(measuresOf(run("10月3日，Bybit发布“暂停充值”公告称将升级系统。"))).toEqual(["measure:Bybit公告"]);
    expect(measuresOf(run("兴业银行早前发布公告，关闭相关账户。"))).toEqual(["measure:兴业银行公告"]);
  });
});

describe("the party's discipline commission", () => {
  it.each([
    ["湖南省纪委通报了三起案件。", "agency:中共湖南省纪律检查委员会"],
    ["中共岳阳市纪委发布通报。", "agency:中共岳阳市纪律检查委员会"],
  ])("%s", (body, want) => {
    expect(mentioned(run(body))).toContain(want);
  });
});

describe("people: contacts, business people, heads of teams, 其+title", () => {
  const affiliated = (r: DocumentResult): string[] =>
    r.relations.filter((x) => x.type === "AFFILIATED_WITH").map((x) => `${x.source} -> ${x.target}`);
  it("every contact of a notice's contact line is an Official serving at the government body in the field", () => {
    const r = run(
      "湖南省能源局发布通知。联系人：省能源局电力处王小丽；电话：0731-1234；省发展改革委价格处孙妍；电话：0731-5678。",
    );
    expect(mentioned(r)).toEqual(expect.arrayContaining(["official:王小丽", "official:孙妍"]));
    expect(r.relations.filter((x) => x.type === "SERVES_AT").map((x) => `${x.source} -> ${x.target}`)).toEqual(
      expect.arrayContaining([
        "official:王小丽 -> agency:湖南省能源局",
        "official:孙妍 -> agency:湖南省发展和改革委员会",
      ]),
    );
  });
  it("a contact of a firm stays a Person affiliated with it", () => {
    const r = run("联系人：星河科技有限公司行政部王小丽；电话：0731-1234。");
    expect(affiliated(r)).toEqual(["person:王小丽 -> company:星河科技有限公司"]);
  });
  it.each([
    ["2018年，浙江客商周立群在当地投资建厂。", "person:周立群"],
    ["派驻国家统计局纪检监察组组长孙明被查。", "official:孙明"],
  ])("%s", (body, want) => {
    expect(mentioned(run(body))).toContain(want);
  });
  it("其 before a title is the company named last before it", () => {
    const r = run("10月8日，Bybit发布公告称暂停提币。据报道，其创始人周明已被带走调查。");
    expect(affiliated(r)).toEqual(["person:周明 -> company:Bybit"]);
  });
});

describe("platforms by suffix, payment institutions, catalogue editions", () => {
  it("a Latin brand before 交易平台 is the platform; a kind before it is none", () => {
    const r = run("监管部门关闭了Bitget交易平台，ICO交易平台和场外交易平台也被清理。");
    expect(mentioned(r).filter((x) => x.startsWith("company:"))).toEqual(["company:Bitget"]);
  });
  it("licensed payment institutions are companies", () => {
    const r = run("银联和拉卡拉表示将配合排查。");
    expect(mentioned(r)).toEqual(expect.arrayContaining(["company:中国银联", "company:拉卡拉"]));
  });
  it("a catalogue written with another edition word is the catalogue as issued", () => {
    const r = run("高耗能项目已被列入《产业结构调整指导目录(2019年版)》淘汰类。");
    const id = "measure:产业结构调整指导目录（2019年本）";
    expect(mentioned(r)).toEqual([id]);
    expect(r.entities.find((e) => e.id === id)?.aliases).toContain("产业结构调整指导目录（2019年版）");
  });
});
