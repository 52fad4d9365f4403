/**
 * Table tests for relation constructions of the genre met on articles the extractor had not seen (ingest/relate/):
 * a title written right after the bodies whose document it is, enforcement told with co-subjects, bracketed
 * aliases and described lists of firms closed by a kind word, and bodies acting together told by 共同, 协调 and
 * 在X协调下. Positives and negatives; sentences written for these tests (never copied from an article); each runs
 * the real pipeline.
 */
import { describe, expect, it } from "vitest";
import { processDocument } from "../../ingest/pipeline.js";
import type { DocumentResult } from "../../ingest/types.js";

const run = (body: string): DocumentResult =>
  processDocument("t.txt", Buffer.from(`---\npublished: 2021-10-01\n---\n${body}`));
const rels = (r: DocumentResult, type: string): string[] =>
  r.relations
    .filter((x) => x.type === type)
    .map((x) => `${x.source} -> ${x.target}`)
    .sort();

const NOTICE = "measure:关于整治虚拟货币“挖矿”活动的通知";
const NDRC = "agency:国家发展和改革委员会";
const CAC = "agency:国家互联网信息办公室";
const MPS = "agency:公安部";
const PBOC = "agency:中国人民银行";
const BJ = "agency:北京市地方金融监督管理局";

describe("ISSUED: the bodies written right before a title are its issuers", () => {
  it.each([
    [
      "A、B、C等11部委《…》 (every body of the list)",
      `国家发展改革委、中央网信办、公安部等11部委《关于整治虚拟货币挖矿活动的通知》要求各地开展排查。`,
      [NDRC, CAC, MPS],
    ],
    ["A和B的《…》", `各地要落实国家发展改革委和公安部的《关于整治虚拟货币挖矿活动的通知》。`, [NDRC, MPS]],
    ["A等部门《…》 (one body named)", `各地要落实国家发展改革委等部门《关于整治虚拟货币挖矿活动的通知》。`, [NDRC]],
  ])("%s", (_c, body, issuers) => {
    expect(rels(run(body), "ISSUED")).toEqual(issuers.map((a) => `${a} -> ${NOTICE}`).sort());
  });

  it.each([
    [
      "a body speaking about a title (A有关负责人就《…》答问)",
      `国家发展改革委有关负责人就《关于整治虚拟货币挖矿活动的通知》答记者问。`,
    ],
    ["a body acting on the basis of a title (A依据《…》)", `公安部依据《关于整治虚拟货币挖矿活动的通知》开展打击。`],
    [
      "a body ending a clause before the title (A表示，《…》)",
      `国家发展改革委表示，《关于整治虚拟货币挖矿活动的通知》已经实施。`,
    ],
  ])("no issuer: %s", (_c, body) => {
    expect(rels(run(body), "ISSUED")).toEqual([]);
  });
});

describe("ACTED_ON: enforcement on firms told with co-subjects, aliases and described lists", () => {
  it("co-subjects joined by 和 each act on each firm, bracketed aliases keep the list going", () => {
    const r = run(
      `中国人民银行上海总部和中国人民银行北京营业管理部先后发布公告，称约谈了火币网、币行(OKCoin)、比特币中国(BTCChina)的负责人。`,
    );
    const acted = rels(r, "ACTED_ON");
    for (const a of ["agency:中国人民银行上海总部", "agency:中国人民银行营业管理部"])
      for (const c of ["company:火币", "company:OKEx", "company:比特币中国"]) expect(acted).toContain(`${a} -> ${c}`);
    expect(acted).toHaveLength(6);
  });

  it("a body before another clause's speaker is not a co-subject (A表示，B约谈了X)", () => {
    expect(rels(run(`中国人民银行表示，北京市地方金融监督管理局约谈了火币网的负责人。`), "ACTED_ON")).toEqual([
      `${BJ} -> company:火币`,
    ]);
  });

  it.each([
    [
      "约谈了…的“A”“B”等经营主体",
      `北京市地方金融监督管理局约谈了涉嫌为虚拟货币交易提供服务的“火币”“币安”等经营主体30余家。`,
    ],
    ["清理了…的A、B等12家网站平台", `北京市地方金融监督管理局清理了长期宣传炒作虚拟货币的火币、币安等12家网站平台。`],
    ["X对…的A、B等多家平台依法予以关停", `北京市地方金融监督管理局对提供交易服务的火币、币安等多家平台依法予以关停。`],
    [
      "对…的“A”“B”等105家网站平台，X会同相关部门依法予以关闭",
      `对专门为虚拟货币炒作提供宣传的“火币”“币安”等105家网站平台，北京市地方金融监督管理局会同相关部门依法予以关闭。`,
    ],
  ])("%s", (_c, body) => {
    expect(rels(run(body), "ACTED_ON")).toEqual([`${BJ} -> company:币安`, `${BJ} -> company:火币`]);
  });

  it.each([
    [
      "the firms in a clause of their own (约谈了多家银行，A、B等平台也宣布退出)",
      `北京市地方金融监督管理局约谈了多家银行，火币、币安等平台也宣布退出。`,
    ],
    ["no action (X表示，A、B等平台已经退出)", `北京市地方金融监督管理局表示，火币、币安等平台已经退出。`],
    [
      "the body acted on, not acting (X被约谈…A、B等平台)",
      `北京市地方金融监督管理局被约谈后清理了火币、币安等平台的广告。`,
    ],
    [
      "a 对-phrase whose next clause tells no action (对A、B等平台，X表示关注)",
      `对火币、币安等平台，北京市地方金融监督管理局表示持续关注。`,
    ],
  ])("no ACTED_ON: %s", (_c, body) => {
    expect(rels(run(body), "ACTED_ON")).toEqual([]);
  });
});

describe("WORKED_WITH: bodies acting together told by 共同, 协调 and 在X协调下", () => {
  it.each([
    [
      "由A、B及C等10个单位共同公布《…》 (the first with each other)",
      `由中国人民银行、中央网信办及公安部等10个单位共同公布《关于整治虚拟货币挖矿活动的通知》。`,
      [`${PBOC} -> ${CAC}`, `${PBOC} -> ${MPS}`],
    ],
    [
      "A协调B、C",
      `公安部协调江苏省公安厅、浙江省公安厅开展侦查。`,
      [`${MPS} -> agency:江苏省公安厅`, `${MPS} -> agency:浙江省公安厅`],
    ],
    ["在A协调组织下，B…", `在公安部协调组织下，江苏省公安厅赴境外抓捕嫌疑人。`, [`${MPS} -> agency:江苏省公安厅`]],
    // 配合/协助下: the body opening the next clause leads
    [
      "在A的配合下，B…",
      `在江苏省公安厅的配合下，浙江省发展和改革委员会关停了三处矿场。`,
      ["agency:浙江省发展和改革委员会 -> agency:江苏省公安厅"],
    ],
    [
      "在A的大力协助下，B…",
      `在浙江省公安厅的大力协助下，江苏省发展和改革委员会完成排查。`,
      ["agency:江苏省发展和改革委员会 -> agency:浙江省公安厅"],
    ],
  ])("%s", (_c, body, pairs) => {
    expect(rels(run(body), "WORKED_WITH")).toEqual(pairs.sort());
  });

  it.each([
    ["共同 not before an issuing verb (A和B共同努力)", `中国人民银行和公安部共同努力，维护金融秩序。`],
    ["协调 with no partner after it (A、B协调一致)", `中国人民银行、公安部协调一致。`],
    ["在A协调下 with no body opening the next clause (…下，专案组赴境外)", `在公安部协调下，专案组赴境外抓捕嫌疑人。`],
    [
      "在A的配合下 with a company, not a body, assisting",
      `在国网浙江省电力有限公司的配合下，江苏省发展和改革委员会完成排查。`,
    ],
  ])("none: %s", (_c, body) => {
    expect(rels(run(body), "WORKED_WITH")).toEqual([]);
  });
});

describe("WORKED_WITH: a body organising or assisting the bodies named after it (组织, 配合)", () => {
  it.each([
    [
      "A组织B、C等部门开展整治",
      `洛阳市人民政府组织洛阳市公安局、洛阳市市场监督管理局等部门开展集中整治。`,
      ["agency:洛阳市人民政府 -> agency:洛阳市公安局", "agency:洛阳市人民政府 -> agency:洛阳市市场监督管理局"],
    ],
    [
      "A配合B开展检查",
      `洛阳市公安局配合洛阳市市场监督管理局开展检查。`,
      ["agency:洛阳市公安局 -> agency:洛阳市市场监督管理局"],
    ],
    ["A组织召开会议 (no body after the verb)", `洛阳市人民政府组织召开专题会议，洛阳市公安局参加。`, []],
  ])("%s", (_c, body, pairs) => {
    expect(rels(run(body), "WORKED_WITH")).toEqual(pairs.sort());
  });
});

describe("SERVES_AT: officials listed after one placed at a body, and careers told by 晋升为, 跻身, 成为", () => {
  const ENERGY = "agency:江西省能源局";
  it("the second official serves at the body the list opened with, with the post told before the name (X局局长A和副局长B)", () => {
    const r = run(`江西省能源局局长张三和副局长李四出席会议。`);
    expect(rels(r, "SERVES_AT")).toEqual([`official:张三 -> ${ENERGY}`, `official:李四 -> ${ENERGY}`]);
    expect(r.relations.find((x) => x.source === "official:李四")?.properties?.title).toBe("副局长");
  });

  it("the same with the officials listed by 、 (X局局长A、副局长B)", () => {
    expect(rels(run(`江西省能源局局长张三、副局长李四出席会议。`), "SERVES_AT")).toEqual([
      `official:张三 -> ${ENERGY}`,
      `official:李四 -> ${ENERGY}`,
    ]);
  });

  it("an official named with a body of their own keeps that body (X局局长A、Y厅副厅长B)", () => {
    expect(rels(run(`江西省能源局局长张三、江西省公安厅副厅长李四出席会议。`), "SERVES_AT")).toEqual([
      `official:张三 -> ${ENERGY}`,
      "official:李四 -> agency:江西省公安厅",
    ]);
  });

  it.each([
    ["跻身X常委", `江西省能源局局长张三出席会议。2004年4月，张三跻身赣州市委常委。`, "agency:中共赣州市委员会"],
    [
      "晋升为X主任",
      `江西省能源局局长张三出席会议。此后张三晋升为江西省发展和改革委员会主任。`,
      "agency:江西省发展和改革委员会",
    ],
  ])("a career step: %s", (_c, body, post) => {
    expect(rels(run(body), "SERVES_AT")).toEqual([`official:张三 -> ${ENERGY}`, `official:张三 -> ${post}`].sort());
  });

  it("成为 with no post after the body names no post (X将成为全省表率)", () => {
    expect(rels(run(`江西省能源局局长张三出席会议。张三表示，江西省能源局将成为全省节能表率。`), "SERVES_AT")).toEqual([
      `official:张三 -> ${ENERGY}`,
    ]);
  });
});

describe("CITES / IMPLEMENTS: 根据 rests on a document even when its 精神 or 要求 follows; 贯彻落实 carries it out", () => {
  const OWN = "关于排查校园网挖矿活动的通知";
  const doc = (basis: string): DocumentResult => run(`${OWN}\n\n${basis}，现通知如下。`);
  it.each([
    [
      "根据A等部门联合发布《…》相关精神",
      `根据国家发展改革委等部门联合发布《关于整治虚拟货币挖矿活动的通知》相关精神`,
      "CITES",
    ],
    ["根据《…》要求", `根据《关于整治虚拟货币挖矿活动的通知》要求`, "CITES"],
    ["为贯彻落实《…》精神", `为贯彻落实《关于整治虚拟货币挖矿活动的通知》精神`, "IMPLEMENTS"],
    // 按照《…》要求 carries it out, as 按照A印发的《…》要求 does; 按照 a law with no 要求 after it rests on it
    ["按照《…》要求", `按照《关于整治虚拟货币挖矿活动的通知》要求`, "IMPLEMENTS"],
    ["遵照《…》的部署", `遵照《关于整治虚拟货币挖矿活动的通知》的部署`, "IMPLEMENTS"],
  ])("%s", (_c, basis, type) => {
    const r = doc(basis);
    const other = type === "CITES" ? "IMPLEMENTS" : "CITES";
    expect(rels(r, type)).toEqual([`measure:${OWN} -> ${NOTICE}`]);
    expect(rels(r, other)).toEqual([]);
  });
});

describe("ISSUED: a notice's signature (落款) names its issuers and its day", () => {
  const OWN = "measure:关于开展虚拟货币挖矿清理整治工作的通知";
  const notice = (end: string): DocumentResult =>
    processDocument(
      "t.txt",
      Buffer.from(
        `关于开展虚拟货币挖矿清理整治工作的通知\n\n各县（区）有关单位：\n\n为落实有关要求，现将有关事项通知如下。\n\n一、全面排查辖区内的挖矿项目。\n\n${end}\n`,
      ),
    );
  const dateOf = (r: DocumentResult): unknown => r.entities.find((e) => e.id === OWN)?.properties.date ?? null;

  it("the bodies on the lines before the day sign the notice, dated that day", () => {
    const r = notice(`洛阳市发展和改革委员会 洛阳市公安局\n洛阳市市场监督管理局\n\n2022年3月1日`);
    expect(rels(r, "ISSUED")).toEqual(
      ["agency:洛阳市发展和改革委员会", "agency:洛阳市公安局", "agency:洛阳市市场监督管理局"]
        .map((a) => `${a} -> ${OWN}`)
        .sort(),
    );
    expect(dateOf(r)).toBe("2022-03-01");
  });

  it.each([
    ["a line with other words before the day (X负责解释。/ day)", `本通知由洛阳市公安局负责解释。\n\n2022年3月1日`],
    ["names with no day after them (a contact line)", `洛阳市公安局\n\n联系电话：12345678`],
  ])("no signature: %s", (_c, end) => {
    expect(rels(notice(end), "ISSUED")).toEqual([]);
  });

  it("no signature without the document's own title standing alone at its head", () => {
    const r = processDocument("t.txt", Buffer.from(`各地正在开展挖矿整治。\n\n洛阳市公安局\n\n2022年3月1日\n`));
    expect(rels(r, "ISSUED")).toEqual([]);
  });
});

describe("ISSUED: every title of a list after one issuing verb", () => {
  const PLAN = "measure:江西省挖矿整治工作方案";
  const RULES = "measure:江西省挖矿监测办法";
  const ENERGY = "agency:江西省能源局";
  it.each([
    ["X印发《A》和《B》", `江西省能源局印发《江西省挖矿整治工作方案》和《江西省挖矿监测办法》。`],
    ["X先后印发《A》《B》等文件", `江西省能源局先后印发《江西省挖矿整治工作方案》《江西省挖矿监测办法》等文件。`],
    ["X印发了《A》、《B》", `江西省能源局印发了《江西省挖矿整治工作方案》、《江西省挖矿监测办法》。`],
  ])("%s", (_c, body) => {
    expect(rels(run(body), "ISSUED")).toEqual([`${ENERGY} -> ${PLAN}`, `${ENERGY} -> ${RULES}`]);
  });

  it.each([
    [
      "a title in the next clause (X印发《A》，《B》同时废止)",
      `江西省能源局印发《江西省挖矿整治工作方案》，《江西省挖矿监测办法》同时废止。`,
    ],
    [
      "titles a body rests on, no issuing verb (X依据《A》和《B》)",
      `江西省能源局依据《江西省挖矿整治工作方案》和《江西省挖矿监测办法》开展检查。`,
    ],
  ])("not the second title: %s", (_c, body) => {
    expect(rels(run(body), "ISSUED").filter((x) => x.endsWith(RULES))).toEqual([]);
  });
});

describe("ACTED_ON by the body an enforcement was carried out for (按照X部署，…立案侦办Y)", () => {
  it.each([
    [
      "按照X部署，公安机关立案侦办“Y”…案",
      `近日，按照公安部部署，公安机关立案侦办“火币”网络传销案。`,
      [`${MPS} -> company:火币`],
    ],
    [
      "在X的统一部署下，Z破获了Y…案 (both act on it)",
      `在公安部的统一部署下，江苏省公安厅破获了火币诈骗案。`,
      [`${MPS} -> company:火币`, "agency:江苏省公安厅 -> company:火币"],
    ],
    [
      "no enforcement verb before the firm (…开展宣传，Y也发布公告)",
      `按照公安部部署，各地公安机关开展宣传，火币也发布公告。`,
      [],
    ],
    [
      "a firm far from the verb (…立案侦办一批案件，涉及…的Y)",
      `按照公安部部署，公安机关立案侦办了一批涉及虚拟货币交易的非法集资案件，其中包括火币。`,
      [],
    ],
  ])("%s", (_c, body, pairs) => {
    expect(rels(run(body), "ACTED_ON")).toEqual(pairs.sort());
  });
});

describe("WORKED_WITH: 共同 before an acting verb, 联手, 携手", () => {
  const PAIR = ["agency:江西省能源局 -> agency:江西省公安厅"];
  it.each([
    ["A和B共同开展", `江西省能源局和江西省公安厅共同开展挖矿排查。`, PAIR],
    ["A联手B", `江西省能源局联手江西省公安厅开展挖矿排查。`, PAIR],
    ["A、B携手整治", `江西省能源局、江西省公安厅携手整治挖矿。`, PAIR],
    ["共同 before no acting verb (A和B共同关注)", `江西省能源局和江西省公安厅共同关注挖矿问题。`, []],
  ])("%s", (_c, body, pairs) => {
    expect(rels(run(body), "WORKED_WITH")).toEqual(pairs);
  });
});

describe("ACTED_ON in a sentence going on about the previous one's subject (X…。此外，约谈了…等经营主体)", () => {
  it("the body opening the previous sentence of the paragraph", () => {
    expect(
      rels(
        run(
          `北京市地方金融监督管理局加强督导检查，关闭了一批账号。此外，指导各区金融部门约谈涉虚拟货币宣传的“火币”“币安”等经营主体500余家次。`,
        ),
        "ACTED_ON",
      ),
    ).toEqual([`${BJ} -> company:币安`, `${BJ} -> company:火币`]);
  });

  it.each([
    ["a new paragraph", `北京市地方金融监督管理局加强督导检查。\n\n此外，约谈了“火币”“币安”等经营主体。`],
    [
      "a previous sentence not opened by the body (据报道，X…)",
      `据报道，北京市地方金融监督管理局加强督导检查。此外，约谈了“火币”“币安”等经营主体。`,
    ],
    ["no connective (X…。约谈…)", `北京市地方金融监督管理局加强督导检查。各区约谈了“火币”“币安”等经营主体。`],
  ])("none: %s", (_c, body) => {
    expect(rels(run(body), "ACTED_ON")).toEqual([]);
  });
});

describe("ISSUED: a body issuing a document of the heading's kind near the head names the document's issuer", () => {
  const OWN = "measure:关于开展虚拟货币挖矿清理整治工作的通知";
  const page = (body: string): DocumentResult =>
    processDocument("t.txt", Buffer.from(`关于开展虚拟货币挖矿清理整治工作的通知\n\n${body}\n`));
  it("X近日印发通知 under the heading …的通知", () => {
    expect(rels(page(`各县区：\n\n江西省能源局近日印发通知，要求各地全面排查。`), "ISSUED")).toEqual([
      `agency:江西省能源局 -> ${OWN}`,
    ]);
  });

  it.each([
    ["a word of another kind (X发布公告 under …的通知)", `江西省能源局去年发布公告，要求各地全面排查。`],
    [
      "a heading the text says another body issued (Y发布《heading》。X随即印发通知)",
      `国家发展和改革委员会发布《关于开展虚拟货币挖矿清理整治工作的通知》。江西省能源局随即印发通知，要求各地全面排查。`,
    ],
  ])("not the heading: %s", (_c, body) => {
    expect(rels(page(body), "ISSUED").filter((x) => x.startsWith("agency:江西省能源局"))).toEqual([]);
  });
});

describe("WORKED_WITH: bodies listed as the subject of a joint act named by a noun (联合执法, 联席会议, 协作机制)", () => {
  it.each([
    [
      "A、B等部门开展联合执法",
      `宜春市公安局、宜春市发展和改革委员会等部门开展联合执法。`,
      ["agency:宜春市公安局 -> agency:宜春市发展和改革委员会"],
    ],
    [
      "A与B召开联席会议",
      `宜春市发展和改革委员会与宜春市公安局召开联席会议。`,
      ["agency:宜春市发展和改革委员会 -> agency:宜春市公安局"],
    ],
    [
      "时间短语, A、B等3个部门组成联合检查组",
      `近日，宜春市公安局、宜春市市场监督管理局等3个部门组成联合检查组，对辖区开展排查。`,
      ["agency:宜春市公安局 -> agency:宜春市市场监督管理局"],
    ],
    [
      "A和B建立协作机制",
      `宜春市发展和改革委员会和宜春市公安局建立协作机制。`,
      ["agency:宜春市发展和改革委员会 -> agency:宜春市公安局"],
    ],
  ])("%s", (_c, body, pairs) => {
    expect(rels(run(body), "WORKED_WITH")).toEqual(pairs.sort());
  });
  it.each([
    ["one body's joint act, a body acted on after it", `宜春市公安局开展联合执法，约谈了宜春市发展和改革委员会。`],
    [
      "bodies listed as objects, not as the subject",
      `记者采访了宜春市公安局、宜春市发展和改革委员会，了解联合执法情况。`,
    ],
  ])("none: %s", (_c, body) => {
    expect(rels(run(body), "WORKED_WITH")).toEqual([]);
  });
});
