/**
 * Table tests per category of the genre's second round (issue 10): party bodies and bodies below the county,
 * co-issuers named in a heading, careers (SERVES_AT per post), cited laws, Latin company names, person-name
 * boundaries, dates from context, bylines and fragments that are not nodes, and the eval's matching
 * conventions. Sentences written for these tests (never copied from an article); each runs the real pipeline.
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, mentionedIds as mentioned, relationLines as rels } from "../helpers/extract.js";
import { foldName, goldResolver } from "../../ingest/eval.js";
import type { DocumentResult } from "../../ingest/types.js";

const aliasesOf = (r: DocumentResult, id: string): string[] => r.entities.find((e) => e.id === id)?.aliases ?? [];

describe("party bodies, the consultative conference and bodies below the county", () => {
  it.each([
    ["provincial party committee with 中共", "中共湖南省委召开会议。", {}, ["agency:中共湖南省委员会"]],
    ["city party committee without 中共", "会议由株洲市委主持。", {}, ["agency:中共株洲市委员会"]],
    ["party organ keeps 中共", "中共株洲市委宣传部发布消息。", {}, ["agency:中共株洲市委宣传部"]],
    [
      "bare 县委 resolves to the locale",
      "县委召开常委会。",
      { author: "茶陵县融媒体中心" },
      ["agency:中共茶陵县委员会"],
    ],
    ["统战部 spelled out", "株洲市委统战部参加。", {}, ["agency:中共株洲市委统一战线工作部"]],
    ["provincial CPPCC", "湖南省政协召开常委会议。", {}, ["agency:中国人民政治协商会议湖南省委员会"]],
    [
      "CPPCC written in full is not the party committee",
      "政协株洲市委员会召开会议。",
      {},
      ["agency:中国人民政治协商会议株洲市委员会"],
    ],
    ["people's congress standing committee", "湖南省人大常委会审议。", {}, ["agency:湖南省人民代表大会常务委员会"]],
    ["政府办 is the government's office", "株洲市政府办印发通知。", {}, ["agency:株洲市人民政府办公室"]],
    ["体改办 of a county", "茶陵县体改办牵头。", {}, ["agency:茶陵县经济体制改革办公室"]],
    ["经委 of a city", "株洲市经委组织检查。", {}, ["agency:株洲市经济委员会"]],
    ["a town's party committee", "茶陵县云阳镇党委研究部署。", {}, ["agency:中共云阳镇委员会"]],
    ["a town's government", "云阳镇人民政府通报。", {}, ["agency:云阳镇人民政府"]],
    ["a sub-district office in a list", "区发改局联合公安局、云阳街道等部门排查。", {}, ["agency:云阳街道办事处"]],
    ["a development zone's committee", "株洲高新区管委会组织排查。", {}, ["agency:株洲高新区管理委员会"]],
  ])("%s", (_c, body, meta, want) => {
    const got = mentioned(run(body, meta)).filter((id) => id.startsWith("agency:"));
    for (const w of want) expect(got).toContain(w);
  });

  it("keeps the written short form as an alias of the full name", () => {
    const r = run("湖南省政协和株洲市委参加。");
    expect(aliasesOf(r, "agency:中国人民政治协商会议湖南省委员会")).toContain("湖南省政协");
    expect(aliasesOf(r, "agency:中共株洲市委员会")).toContain("株洲市委");
  });

  it.each([
    ["委托 is not a committee", "株洲市委托第三方机构核查。"],
    ["乡镇街道 is a generic group", "联合乡镇街道进行核查。"],
    ["a job path is not a town", "他从乡镇干部升职至镇党委书记。"],
  ])("%s", (_c, body) => {
    const got = mentioned(run(body)).filter((id) => id.startsWith("agency:"));
    expect(got).toEqual([]);
  });
});

describe("not nodes: bylines, source lines, outlets, kinds of department", () => {
  it.each([
    [
      "a source line naming a government website",
      "排查工作已完成。\n（来源：茶陵县人民政府网站）",
      "agency:茶陵县人民政府",
    ],
    ["a byline in parentheses", "排查工作已完成。（株洲日报 记者 王小明 通讯员 李小红）", "official:王小明"],
    ["司法部门 is a kind of department", "移送司法部门处理。", "agency:司法部"],
    ["a provincial mobile paper is an outlet", "据湖南手机报报道，排查已完成。", "province:湖南省"],
  ])("%s", (_c, body, not) => {
    expect(mentioned(run(body))).not.toContain(not);
  });
});

describe("eval matching conventions (scoring only)", () => {
  it("folds parentheses and brackets and ignores a trailing 征求意见稿", () => {
    expect(foldName("产业结构调整指导目录(2019年本)")).toBe(foldName("产业结构调整指导目录（2019年本）"));
    expect(foldName("株政发〔2021〕3号")).toBe(foldName("株政发[2021]3号"));
    expect(foldName("关于修改<产业结构调整指导目录（2019年本）>的决定")).toBe(
      foldName("关于修改《产业结构调整指导目录（2019年本）》的决定"),
    );
    expect(foldName("关于某事的通知（征求意见稿）")).toBe(foldName("关于某事的通知"));
    expect(foldName("关于某事的通知")).not.toBe(foldName("关于他事的通知"));
  });
  it("resolves a gold short form to the predicted entity holding it as an alias", () => {
    const r = run("湖南省政协召开会议。");
    const resolve = goldResolver(r.entities);
    expect(resolve("Agency", "湖南省政协")).toBe("agency:中国人民政治协商会议湖南省委员会");
    expect(resolve("Agency", "湖北省政协")).toBe("agency:湖北省政协");
  });
});

describe("a notice's heading: co-issuers, cited laws, its date", () => {
  const notice = [
    "财政部 公安部、工商总局 银监会关于规范某类交易活动的通知",
    "发布时间：2016-05-20",
    "为维护金融秩序，依据《中华人民共和国甲法》、《中华人民共和国乙法》和《丙条例》等规定，现将有关事项通知如下：",
    "一、任何机构不得开展此类业务。",
  ].join("\n");
  const r = run(notice);
  const m = "measure:关于规范某类交易活动的通知";
  it("every body named before 关于 issued it", () => {
    for (const a of ["财政部", "公安部", "国家工商行政管理总局", "中国银行业监督管理委员会"])
      expect(rels(r, "ISSUED")).toContain(`ISSUED agency:${a} -> ${m}`);
  });
  it("the laws listed after 依据 are cited by the document's own measure", () => {
    for (const law of ["中华人民共和国甲法", "中华人民共和国乙法", "丙条例"])
      expect(rels(r, "CITES")).toContain(`CITES ${m} -> measure:${law}`);
  });
  it("the publication line under the heading dates it", () => {
    expect(r.entities.find((e) => e.id === m)?.properties.date).toBe("2016-05-20");
  });
  it("a heading line that is not led by bodies is no issuer list", () => {
    const x = run("各地要抓紧落实关于规范某类交易活动的通知\n要求如下。");
    expect(rels(x, "ISSUED")).toEqual([]);
  });
  it("a signature date as the last line dates the heading measure", () => {
    const x = run("株洲市发展和改革委员会关于开展排查的通知\n各县市区：请开展排查。\n2021年10月8日");
    expect(x.entities.find((e) => e.id === "measure:关于开展排查的通知")?.properties.date).toBe("2021-10-08");
    expect(rels(x, "ISSUED")).toContain("ISSUED agency:株洲市发展和改革委员会 -> measure:关于开展排查的通知");
  });
});

describe("careers: one SERVES_AT per body held", () => {
  it("a career told after the name (历任…、…等职务；任…，兼任…)", () => {
    const r = run(
      "张明是湖南株洲人，自1996年6月起，历任茶陵县委书记、湖南省驻京办主任、湖南省政府副秘书长等职务；2018年1月，任湖南省政协副主席，兼任株洲市委书记。",
    );
    expect(mentioned(r)).toContain("official:张明");
    for (const a of [
      "中共茶陵县委员会",
      "湖南省人民政府驻北京办事处",
      "湖南省人民政府",
      "中国人民政治协商会议湖南省委员会",
      "中共株洲市委员会",
    ])
      expect(rels(r, "SERVES_AT")).toContain(`SERVES_AT official:张明 -> agency:${a}`);
  });
  it("a career in the next sentence of a named official (曾任, 升任, 转任)", () => {
    const r = run("株洲市发改委主任李华被查。李华曾任茶陵县委副书记，2019年转任株洲市经信局局长。");
    expect(rels(r, "SERVES_AT")).toEqual(
      expect.arrayContaining([
        "SERVES_AT official:李华 -> agency:中共茶陵县委员会",
        "SERVES_AT official:李华 -> agency:株洲市经济和信息化局",
      ]),
    );
  });
  it("a body after a career word without a title is no post", () => {
    const r = run("李华曾任职于株洲市经信局，负责调研。");
    expect(rels(r, "SERVES_AT")).toEqual([]);
  });
  it("a date and a career word are not part of an institution's name; a count names none", () => {
    const r = run("他在湖南多所大学任教，2019年转任湖南大学教授。");
    const ids = mentioned(r);
    expect(ids).toContain("agency:湖南大学");
    expect(ids.filter((x) => /多所|2019/.test(x))).toEqual([]);
  });
});

describe("dates from context and measures named loosely", () => {
  it("a dateline before the date (本报综合消息9月24日，…发布《…》) dates the measure", () => {
    const r = run("本报综合消息3月8日，国家发改委发布《关于某项整治的通知》。", { date: "2022-03-09" });
    expect(r.entities.find((e) => e.id === "measure:关于某项整治的通知")?.properties.date).toBe("2022-03-08");
  });
  it("同日 is the day of the last dated event, however far back", () => {
    const r = run(
      "3月8日，国家发改委发布《关于某项整治的通知》。通知明确了要求。通知还指出了方向。通知提出了期限。同日，央行也发布了进一步防范某类风险的通知。",
      { date: "2022-03-09" },
    );
    const m = "measure:关于进一步防范某类风险的通知";
    expect(rels(r, "ISSUED")).toContain(`ISSUED agency:中国人民银行 -> ${m}`);
    expect(r.entities.find((e) => e.id === m)?.properties.date).toBe("2022-03-08");
  });
  it("a title missing one quote mark is the same measure as its well-quoted form", () => {
    const r = run(
      "国家发改委发布《关于整治某类“活动”的通知》。\n\n国家发改委关于整治某类活动”的通知\n\n各省：现通知如下。",
    );
    const measures = mentioned(r).filter((x) => x.startsWith("measure:"));
    expect(measures).toEqual(["measure:关于整治某类“活动”的通知"]);
  });
  it("a level word ending another word (直辖市人民政府, 社区) is no bare prefix", () => {
    const r = run("各省、自治区、直辖市人民政府，各社区居委会：");
    expect(mentioned(r).filter((x) => x.startsWith("agency:"))).toEqual([]);
  });
  it("新疆生产建设兵团 is a body of its own", () => {
    expect(mentioned(run("各省人民政府，新疆生产建设兵团："))).toContain("agency:新疆生产建设兵团");
  });
});

describe("Latin-script company names", () => {
  it.each([
    [
      "Chinese name then its Latin name after a space",
      "矿企如远山矿业 Far Hill、嘉楠科技迁往哈萨克。",
      "company:远山矿业",
      "Far Hill",
    ],
    [
      "Chinese name glossed in parentheses after 上市的",
      "美股上市的远山数码公司(Far Hill Inc.)宣布搬迁。",
      "company:远山数码公司",
      "Far Hill Inc.",
    ],
    ["a Latin name introduced by 名为", "一家名为Hill House的公司负责运输矿机。", "company:Hill House", null],
    ["a Latin name before 矿池 is the pool's name", "Farpool矿池宣布暂停服务。", "company:Farpool", null],
  ])("%s", (_c, body, id, alias) => {
    const r = run(body);
    expect(mentioned(r)).toContain(id);
    if (alias) expect(aliasesOf(r, id)).toContain(alias);
  });
  it("a coin's pool before the brand (以太坊矿池FarPool) is no company; two cases of one name are one company", () => {
    const r = run("以太坊矿池FarPool宣布停止服务，Farpool矿池此前已暂停注册。");
    const companies = mentioned(r).filter((x) => x.startsWith("company:"));
    expect(companies).toEqual(["company:FarPool"]);
  });
});

describe("person-name boundaries", () => {
  it.each([
    ["株洲市市长王强关于整治工作的讲话。", "official:王强"],
    ["株洲市发改委主任孙军要求各地加快进度。", "official:孙军"],
    ["株洲市发改委主任郑凯介绍说，排查已完成。", "official:郑凯"],
    ["株洲市发改委主任马力带队检查。", "official:马力"],
    ["株洲市发改委副主任黄海涛指出，要加快进度。", "official:黄海涛"],
    ["株洲市发改委副主任欧阳明强调，要加快进度。", "official:欧阳明"],
  ])("%s", (body, id) => {
    const got = mentioned(run(body)).filter((x) => x.startsWith("official:") || x.startsWith("person:"));
    expect(got).toEqual([id]);
  });
});

describe("the locale from the text: source lines and 我区/全市", () => {
  it("a source line naming a district gives the locale of bare short forms", () => {
    const r = run("区发改局牵头召开会议。\n（来源：株洲市荷塘区人民政府网站）");
    expect(mentioned(r)).toContain("agency:荷塘区发展和改革局");
  });
  it("an article speaking of 我区 is about the one district it names most", () => {
    const r = run("区发改局召开会议，部署我区整治工作。荷塘区已完成排查，荷塘区将持续推进。");
    expect(mentioned(r)).toContain("agency:荷塘区发展和改革局");
  });
  it("two districts named equally often give no locale", () => {
    const r = run("区发改局召开会议，部署我区整治工作。荷塘区、芦淞区已完成排查。");
    expect(mentioned(r)).toContain("agency:区发改局");
  });
  it("全市场 is the whole market, not the city", () => {
    const r = run("市发改委表示，全市场将受影响。株洲市此前已开展排查。");
    expect(mentioned(r)).toContain("agency:市发改委");
  });
  it("县区 is no bare prefix", () => {
    expect(mentioned(run("各县区政府要抓好落实。"))).toEqual([]);
  });
});

describe("local notices: bodies sharing a division, lists sharing a body, signatures", () => {
  const notice = [
    "湖南省发展和改革委员会工业和信息化厅关于某类用电实行差别电价的通知",
    "各市州发展改革委，株洲市、湘潭市发展改革委、工业和信息化局，湖南电力交易中心，华湘电力(集团)有限责任公司：",
    "为落实要求，根据《国家发展改革委等部门关于整治某类活动的通知》，现将有关事项通知如下。",
    "湖南省发展和改革委员会 湖南省工业和信息化厅 2022年1月20日 编辑：办公室",
  ].join("\n");
  const r = run(notice);
  const m = "measure:关于某类用电实行差别电价的通知";
  it("a body written right after a local one in a heading shares its division; both issued it", () => {
    expect(rels(r, "ISSUED")).toEqual(
      expect.arrayContaining([
        `ISSUED agency:湖南省发展和改革委员会 -> ${m}`,
        `ISSUED agency:湖南省工业和信息化厅 -> ${m}`,
      ]),
    );
    expect(rels(r, "APPLIES_TO")).toContain(`APPLIES_TO ${m} -> province:湖南省`);
  });
  it("divisions listed before a body share it, and bodies listed after it belong to each", () => {
    for (const a of [
      "株洲市发展和改革委员会",
      "株洲市工业和信息化局",
      "湘潭市发展和改革委员会",
      "湘潭市工业和信息化局",
    ])
      expect(mentioned(r)).toContain(`agency:${a}`);
    expect(aliasesOf(r, "agency:株洲市发展和改革委员会")).not.toContain("株洲市");
  });
  it("a generic 各市州发展改革委 names no body", () => {
    const x = run("各市州发展改革委，各盟市发展改革委：");
    expect(mentioned(x)).toEqual([]);
  });
  it("power-trading centres and a parenthesized 集团 make companies", () => {
    expect(mentioned(r)).toEqual(
      expect.arrayContaining(["company:湖南电力交易中心", "company:华湘电力（集团）有限责任公司"]),
    );
  });
  it("the heading measure cites what a later sentence rests on, and the signature line dates it", () => {
    expect(rels(r, "CITES")).toContain(`CITES ${m} -> measure:关于整治某类活动的通知`);
    expect(r.entities.find((e) => e.id === m)?.properties.date).toBe("2022-01-20");
  });
});

describe("sanctions by procuratorates and courts", () => {
  it("an arrest decision against a named official", () => {
    const r = run("湖南省政协原副主席张明涉嫌受贿一案，最高检以涉嫌受贿罪对张明作出逮捕决定。");
    expect(rels(r, "SANCTIONED")).toContain("SANCTIONED agency:最高人民检察院 -> official:张明");
  });
  it("a procuratorate named without a criminal step sanctions no one", () => {
    const r = run("湖南省政协原副主席张明出席会议，最高检有关负责人介绍情况。");
    expect(rels(r, "SANCTIONED")).toEqual([]);
  });
});

describe("national bodies merged, renamed or abolished since", () => {
  it.each([
    ["国家计委和国家经贸委联合发文。", ["agency:国家发展计划委员会", "agency:国家经济贸易委员会"]],
    ["国务院法制办、国务院扶贫办参加。", ["agency:国务院法制办公室", "agency:国务院扶贫开发领导小组办公室"]],
    [
      "监察部、国土资源部、环保部和农业部联合检查。",
      ["agency:监察部", "agency:国土资源部", "agency:环境保护部", "agency:农业部"],
    ],
    ["中共中央、国务院印发意见。", ["agency:中国共产党中央委员会", "agency:国务院"]],
    [
      "中央网信办、工商总局和保监会联合发布通知。",
      ["agency:国家互联网信息办公室", "agency:国家工商行政管理总局", "agency:中国保险监督管理委员会"],
    ],
  ])("%s", (body, want) => {
    expect(mentioned(run(body))).toEqual(expect.arrayContaining(want));
  });
});

describe("one body per document when a short form's expansion falls short of the full name", () => {
  it("大数据局 beside 大数据发展管理局 of the same province is that body", () => {
    const r = run("湖南省大数据发展管理局局长张明被查。他曾任湖南省大数据局副局长。");
    const ids = mentioned(r).filter((x) => x.startsWith("agency:"));
    expect(ids).toEqual(["agency:湖南省大数据发展管理局"]);
    expect(aliasesOf(r, "agency:湖南省大数据发展管理局")).toContain("湖南省大数据局");
  });
  it("bodies of different divisions stay apart", () => {
    const r = run("湖南省大数据发展管理局和湖北省大数据局参加。");
    expect(mentioned(r).filter((x) => x.startsWith("agency:")).length).toBe(2);
  });
});

describe("title chains of two people joined by 和", () => {
  it("the second person's posts do not reach back over the first", () => {
    const r = run("株洲市前市委常委、副市长吴强和株洲市前副市长方明已经先后落马。");
    expect(rels(r, "SERVES_AT")).toContain("SERVES_AT official:吴强 -> agency:中共株洲市委员会");
    // (方明's own post is the city's government, named by the division before 副市长, not the first one's party committee)
    expect(rels(r, "SERVES_AT").filter((x) => x.includes("方明"))).toEqual([
      "SERVES_AT official:方明 -> agency:株洲市人民政府",
    ]);
  });
  it("a 和 inside a body's name does not cut the chain", () => {
    const r = run("国家发展和改革委员会主任张明表示。");
    expect(rels(r, "SERVES_AT")).toEqual(["SERVES_AT official:张明 -> agency:国家发展和改革委员会"]);
  });
});
