/**
 * Extraction on short texts (table-style) and on the hard cases of the real seeds.
 */
import { describe, expect, it } from "vitest";
import { processDocument } from "../../ingest/pipeline.js";
import type { DocumentResult } from "../../ingest/types.js";
import { seed } from "./seeds.js";

const run = (body: string, date = "2021-06-10"): DocumentResult =>
  processDocument("t/x.txt", new TextEncoder().encode(`---\ntitle: t\ndate: ${date}\n---\n${body}`));
const ids = (r: DocumentResult): string[] => [...new Set(r.mentions.map((m) => m.entityId))].sort();
const rel = (r: DocumentResult): string[] => r.relations.map((x) => `${x.type} ${x.source} -> ${x.target}`).sort();

describe("mentions: generic words never become entities", () => {
  it.each([
    "记者从业内人士处获悉，有关负责人表示，投资者应当警惕。",
    "金融机构、支付机构和公安机关要配合监管部门开展工作。",
    "国内比特币交易所被关停，虚拟货币交易所和数字货币交易所也被叫停。",
    "个人行为也存在风险，欧美国家加强监管，商业银行不得开户。",
    "这些利益集团和大型集团企业纷纷表态，不少中小银行和外资银行已开始排查，部分交易所已关闭。",
    "王先生向记者表示，一位接近监管层的人士说，人民日报评论称。",
  ])("%s", (body) => expect(ids(run(body))).toEqual([]));
});

describe("mentions: agencies, divisions and short forms", () => {
  it.each([
    ["央行、人行和人民银行都指中国人民银行。", ["agency:中国人民银行"]],
    ["发改委表示。", ["agency:国家发展和改革委员会"]],
    ["内蒙古发改委表示。", ["agency:内蒙古自治区发展和改革委员会"]],
    ["北京市经信局与北京经信局。", ["agency:北京市经济和信息化局"]],
    ["四川能源监管办召开会议。", ["agency:国家能源局四川监管办公室"]],
    ["金融委强调。", ["agency:国务院金融稳定发展委员会"]],
    ["中纪委通报。", ["agency:中央纪委国家监委"]],
    ["昌吉州和昌吉回族自治州。", ["place:昌吉回族自治州"]],
    ["甘孜州、阿坝州。", ["place:甘孜藏族自治州", "place:阿坝藏族羌族自治州"]],
    ["目的地包括美国德州。", ["country:美国"]],
    ["土耳其央行禁止。", ["agency:土耳其中央银行"]],
    ["人民银行杭州中心支行约谈支付宝。", ["agency:中国人民银行杭州中心支行", "company:支付宝"]],
    [
      "中国人民银行上海总部、中国人民银行营业管理部分别约谈。",
      ["agency:中国人民银行上海总部", "agency:中国人民银行营业管理部"],
    ],
    ["深圳市中级人民法院与杭州互联网法院。", ["agency:深圳市中级人民法院", "agency:杭州市互联网法院"]],
    ["江苏省常州市公安局破获一起案件。", ["agency:常州市公安局"]],
    ["河南省人民政府办公厅印发通知。", ["agency:河南省人民政府办公厅"]],
    ["青海海西州、海南州等地。", ["province:青海省", "place:海西蒙古族藏族自治州", "place:海南藏族自治州"]],
  ] as const)("%s", (body, want) => {
    for (const id of want) expect(ids(run(body))).toContain(id);
  });

  it("a foreign body is located in its country", () => {
    expect(rel(run("土耳其央行禁止。"))).toEqual(["LOCATED_IN agency:土耳其中央银行 -> country:土耳其"]);
  });

  it("省发改委 is the province's commission from context, never the national one", () => {
    const r = run("四川省发展和改革委员会发布通知，结果报送省发改委。");
    expect(r.mentions.filter((m) => m.surface.endsWith("发改委")).map((m) => m.entityId)).toEqual([
      "agency:四川省发展和改革委员会",
    ]);
    // no locale in the text or its metadata: the short form itself is the node (EXTRACTION.md), never the national body
    expect(ids(run("结果报送省发改委。"))).toEqual(["agency:省发改委"]);
  });
});

describe("mentions: companies by lexicon and by pattern", () => {
  it.each([
    ["币安（Binance）和Huobi。", ["company:币安", "company:火币"]],
    ["Bitget交易所发布公告。", ["company:Bitget"]],
    ["虎符交易所则表示。", ["company:虎符交易所"]],
    ["约谈了工商银行、农业银行和兴业银行。", ["company:中国工商银行", "company:中国农业银行", "company:兴业银行"]],
    ["要求国网四川省电力公司停止供电。", ["company:国网四川省电力公司"]],
    ["比特大陆旗下矿池BTC.com已暂停服务，Gate.io亦然。", ["company:BTC.com", "company:比特儿", "company:比特大陆"]],
    ["数字资产交易平台币赢网（CoinW）发布公告。据悉，币赢网将迁往新加坡。", ["company:币赢网", "country:新加坡"]],
    ["OKEx母公司OK集团创始人徐明星。", ["company:OK集团", "company:OKEx", "person:徐明星"]],
  ] as const)("%s", (body, want) => expect(ids(run(body))).toEqual([...want].sort()));
});

describe("people: officials vs persons", () => {
  it.each([
    [
      "中国人民银行副行长潘功胜表示。",
      "official:潘功胜",
      "SERVES_AT official:潘功胜 -> agency:中国人民银行",
      { title: "副行长", former: false },
    ],
    [
      "中国人民银行前行长周小川提到。",
      "official:周小川",
      "SERVES_AT official:周小川 -> agency:中国人民银行",
      { title: "行长", former: true },
    ],
    [
      "中国人民银行调查统计司原司长盛松成22日表示。",
      "official:盛松成",
      "SERVES_AT official:盛松成 -> agency:中国人民银行",
      { title: "调查统计司司长", former: true },
    ],
    [
      "易观高级分析师苏筱芮告诉记者。",
      "person:苏筱芮",
      "AFFILIATED_WITH person:苏筱芮 -> company:易观",
      { title: "高级分析师" },
    ],
    [
      "贵州大学经济学院教授洪名勇认为。",
      "person:洪名勇",
      "AFFILIATED_WITH person:洪名勇 -> agency:贵州大学经济学院",
      { title: "教授" },
    ],
    [
      "中国人民大学金融科技研究所高级研究员蔡凯龙表示。",
      "person:蔡凯龙",
      "AFFILIATED_WITH person:蔡凯龙 -> agency:中国人民大学金融科技研究所",
      { title: "高级研究员" },
    ],
  ] as const)("%s", (body, id, relation, props) => {
    const r = run(body);
    expect(ids(r)).toContain(id);
    expect(rel(r)).toContain(relation);
    expect(r.relations.find((x) => `${x.type} ${x.source} -> ${x.target}` === relation)!.properties).toMatchObject(
      props,
    );
  });

  it.each([
    ["中国人民银行潘功胜副行长表示，要严格监管。", "SERVES_AT official:潘功胜 -> agency:中国人民银行"],
    ["央行李波副行长指出。", "SERVES_AT official:李波 -> agency:中国人民银行"],
    ["国务院副总理刘鹤主持召开会议。", "SERVES_AT official:刘鹤 -> agency:国务院"],
    ["国家发展改革委新闻发言人孟玮表示。", "SERVES_AT official:孟玮 -> agency:国家发展和改革委员会"],
  ])("name + title: %s", (body, relation) => expect(rel(run(body))).toContain(relation));

  it.each(["总经理和董事会成员出席。", "办公室主任表示同意。", "专家学者认为。"])("no person in: %s", (body) => {
    expect(run(body).entities.filter((e) => e.label === "Official" || e.label === "Person")).toEqual([]);
  });

  it("one label per name within a document: an Official stays an Official", () => {
    const r = run("江西省政协副主席肖毅表示。中国人民大学教授肖毅认为。");
    expect(r.entities.filter((e) => e.name === "肖毅").map((e) => e.id)).toEqual(["official:肖毅"]);
    expect(r.relations.filter((x) => x.type === "AFFILIATED_WITH")).toEqual([]);
  });

  it("a name found once is found again bare, and the reporter is not a person", () => {
    const r = run("中国人民银行副行长李波表示，加密资产不是货币。（记者 徐赐豪）此外，李波认为需要监管。");
    expect(r.mentions.filter((m) => m.entityId === "official:李波")).toHaveLength(2);
    expect(ids(r)).not.toContain("person:徐赐豪");
  });

  it("江西省政协原党组成员、副主席肖毅 (002) is an official sanctioned by 中央纪委国家监委", () => {
    const r = seed("002");
    expect(rel(r)).toEqual(
      expect.arrayContaining([
        "SANCTIONED agency:中央纪委国家监委 -> official:肖毅",
        "SERVES_AT official:肖毅 -> agency:中国人民政治协商会议江西省委员会",
      ]),
    );
    const serves = r.relations.find((x) => x.type === "SERVES_AT" && x.source === "official:肖毅")!;
    expect(serves.properties).toEqual({ title: "党组成员、副主席", former: true });
  });
});

describe("measures", () => {
  it.each([
    [
      "内蒙古发改委发布《关于坚决打击惩戒虚拟货币“挖矿”行为八项措施（征求意见稿）》。",
      "measure:关于坚决打击惩戒虚拟货币“挖矿”行为八项措施（征求意见稿）",
      { kind: "measures", status: "征求意见稿" },
    ],
    [
      "北京市经信局发布《关于摸排我市数据中心的紧急通知》。",
      "measure:关于摸排我市数据中心的紧急通知",
      { kind: "notice", status: null },
    ],
    [
      "人民银行发布《非银行支付机构网络支付业务管理办法（试行）》。",
      "measure:非银行支付机构网络支付业务管理办法（试行）",
      { kind: "measures", status: "试行" },
    ],
    [
      "全国人大常委会审议《中华人民共和国反洗钱法（修订草案）》。",
      "measure:中华人民共和国反洗钱法（修订草案）",
      { status: "草案" },
    ],
    [
      "三协会发布《关于防范虚拟货币交易炒作风险的公告》。",
      "measure:关于防范虚拟货币交易炒作风险的公告",
      { kind: "announcement" },
    ],
    ["全国“断卡”行动开展第五轮集中收网。", "measure:断卡行动", { kind: "campaign" }],
    [
      "5月21日，金融委召开第五十一次会议。",
      "measure:国务院金融稳定发展委员会第五十一次会议",
      { kind: "meeting", date: "2021-05-21" },
    ],
    [
      "国务院副总理刘鹤主持召开国务院金融稳定发展委员会第五十一次会议。",
      "measure:国务院金融稳定发展委员会第五十一次会议",
      { kind: "meeting" },
    ],
    [
      "安徽省能源局印发《安徽省虚拟货币“挖矿”活动清理整治工作方案》（皖能源电力〔2021〕99号）。",
      "measure:安徽省虚拟货币“挖矿”活动清理整治工作方案",
      { kind: "measures" },
    ],
    ["924通知影响深远。", "measure:关于进一步防范和处置虚拟货币交易炒作风险的通知", { kind: "notice" }],
    ["从2013年到2017年‘94政策’。", "measure:关于防范代币发行融资风险的公告", { kind: "announcement" }],
  ] as const)("%s", (body, id, props) => {
    const r = run(body);
    expect(ids(r)).toContain(id);
    expect(r.entities.find((e) => e.id === id)!.properties).toMatchObject(props);
  });

  it("a counted short name inside a title (八项措施) names the measure later", () => {
    const r = run(
      "内蒙古发改委发布《关于坚决打击惩戒虚拟货币“挖矿”行为八项措施（征求意见稿）》。八项措施针对八类对象。",
    );
    expect(r.mentions.filter((m) => m.label === "Measure").map((m) => m.surface)).toEqual([
      "《关于坚决打击惩戒虚拟货币“挖矿”行为八项措施（征求意见稿）》",
      "八项措施",
    ]);
  });

  it("a document number after the title becomes an alias", () => {
    const r = run("安徽省能源局印发《安徽省虚拟货币“挖矿”活动清理整治工作方案》（皖能源电力〔2021〕99号）。");
    expect(r.entities.find((e) => e.label === "Measure")!.aliases).toContain("皖能源电力〔2021〕99号");
  });

  it.each(["《区块链日报》记者获悉。", "在《自然通讯》上发表论文。", "违反《微博社区公约》的相关规定。"])(
    "not a measure: %s",
    (body) => {
      expect(run(body).entities.filter((e) => e.label === "Measure")).toEqual([]);
    },
  );

  it("an alias defined in the text (以下简称“924规定”) is found later, 《公告》 only in its brackets", () => {
    const r = run(
      "2021年9月24日，中国人民银行等十部门联合发布《关于进一步防范和处置虚拟货币交易炒作风险的通知》（以下简称“924规定”）。“924规定”明确。",
      "2022-09-24",
    );
    expect(r.mentions.filter((m) => m.label === "Measure").map((m) => m.surface)).toEqual([
      "《关于进一步防范和处置虚拟货币交易炒作风险的通知》",
      "924规定",
      "924规定",
    ]);
    const r2 = run(
      "人民银行等七部委发布《关于防范代币发行融资风险的公告》（下称《公告》）。此后《公告》生效，火币修改公告称。",
      "2017-09-10",
    );
    const surfaces = r2.mentions.filter((m) => m.label === "Measure").map((m) => m.surface);
    expect(surfaces).toEqual(["《关于防范代币发行融资风险的公告》", "《公告》", "《公告》"]);
  });
});

describe("relations with evidence and dates", () => {
  it("joint issuing: three associations each ISSUED the announcement, dated", () => {
    const r = run(
      "5月18日，中国互联网金融协会、中国银行业协会、中国支付清算协会联合发布《关于防范虚拟货币交易炒作风险的公告》。",
    );
    const issued = r.relations.filter((x) => x.type === "ISSUED");
    expect(issued.map((x) => x.source).sort()).toEqual(
      ["agency:中国互联网金融协会", "agency:中国支付清算协会", "agency:中国银行业协会"].sort(),
    );
    for (const x of issued) expect(x).toMatchObject({ date: "2021-05-18", evidence: ["doc:x#0"] });
  });
  it("同一天 takes the previous sentence's date; a local measure applies to its issuer's division", () => {
    const r = run(
      "昨天（9日），新疆昌吉回族自治州发展和改革委员会发布《关于立即清理整顿的通知》。同一天，青海省工业和信息化厅发布《关于全面关停的通知》。",
    );
    expect(r.entities.find((e) => e.name === "关于全面关停的通知")!.properties.date).toBe("2021-06-09");
    expect(rel(r)).toEqual(
      expect.arrayContaining([
        "APPLIES_TO measure:关于立即清理整顿的通知 -> place:昌吉回族自治州",
        "APPLIES_TO measure:关于全面关停的通知 -> province:青海省",
        "IN_PROVINCE place:昌吉回族自治州 -> province:新疆维吾尔自治区",
      ]),
    );
  });
  it("passive issuing: 《…》由国务院办公厅印发", () => {
    const r = run("6月1日，《关于加强数据中心能耗管理的意见》由国务院办公厅印发。");
    expect(r.relations).toContainEqual(
      expect.objectContaining({
        type: "ISSUED",
        source: "agency:国务院办公厅",
        target: "measure:关于加强数据中心能耗管理的意见",
        date: "2021-06-01",
      }),
    );
  });
  it("official dates in Chinese numerals: 二〇二一年九月二十四日", () => {
    const r = run("二〇二一年九月二十四日，国家发展改革委等部门印发《关于整治虚拟货币“挖矿”活动的通知》。");
    expect(r.entities.find((e) => e.label === "Measure")!.properties.date).toBe("2021-09-24");
  });
  it("MOVED_TO from a move word, with the company carried from the sentence before", () => {
    const r = seed("000");
    const moved = r.relations
      .filter((x) => x.type === "MOVED_TO")
      .map((x) => `${x.source} -> ${x.target}`)
      .sort();
    expect(moved).toEqual(["company:嘉楠科技 -> country:哈萨克斯坦", "company:比特大陆 -> country:哈萨克斯坦"]);
    const kz = r.relations.find(
      (x) => x.type === "MOVED_TO" && x.source === "company:比特大陆" && x.target === "country:哈萨克斯坦",
    )!;
    const texts = kz.evidence.map((id) => r.sentences.find((s) => s.id === id)!.text);
    expect(texts.join("")).toMatch(/比特大陆.*出海北美和哈萨克/s);
  });
  it("the mover is the company nearest before the move word", () => {
    const r = run("比特大陆旗下矿池BTC.com已暂停服务，币印矿池亦宣布将业务转移至美国。");
    expect(rel(r).filter((x) => x.startsWith("MOVED_TO"))).toEqual(["MOVED_TO company:币印矿池 -> country:美国"]);
  });
  it("a continent or a world region is never a node (EXTRACTION.md), and no move goes there", () => {
    const r = run("币印矿池宣布将业务转移至北美，另一家矿企搬到中亚和东南亚。");
    expect(r.entities.filter((e) => e.label === "Country")).toEqual([]);
    expect(rel(r).filter((x) => x.startsWith("MOVED_TO"))).toEqual([]);
  });
  it("a deadline is not the day of the sentence; 当日 is the last event day", () => {
    const r = run(
      "6月11日，呼图壁县发展和改革委员会发布《关于停电整改的通知》。通知要求，相关企业于6月15日前完成整改。当日，哈密市工业和信息化局召开清理整顿工作推进会。",
      "2021-06-12",
    );
    expect(r.entities.find((e) => e.name === "清理整顿工作推进会")!.properties).toMatchObject({
      kind: "meeting",
      date: "2021-06-11",
    });
  });
  it("ACTED_ON for every listed object of 约谈, from the agency before the verb", () => {
    const r = run("中國人民銀行有關部門就此問題，約談了工商銀行、農業銀行和支付寶等機構。", "2021-06-21");
    expect(rel(r).filter((x) => x.startsWith("ACTED_ON"))).toEqual([
      "ACTED_ON agency:中国人民银行 -> company:中国农业银行",
      "ACTED_ON agency:中国人民银行 -> company:中国工商银行",
      "ACTED_ON agency:中国人民银行 -> company:支付宝",
    ]);
  });
  it("every relation's evidence sentence contains both ends' surfaces or is adjacent to one that does", () => {
    for (const k of ["000", "001", "002", "003", "004"] as const) {
      const r = seed(k);
      for (const x of r.relations.filter(
        (y) => y.type !== "IN_PROVINCE" && y.type !== "LOCATED_IN" && y.type !== "APPLIES_TO",
      )) {
        const ev = new Set(x.evidence);
        const inEv = (id: string): boolean => r.mentions.some((m) => m.entityId === id && ev.has(m.sentenceId));
        expect(inEv(x.source) || inEv(x.target), `${k} ${x.type} ${x.source} -> ${x.target}`).toBe(true);
      }
    }
  });
});
