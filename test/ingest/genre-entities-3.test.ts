/**
 * Table tests per entity category of the fourth dev-set round (/tmp/eval-dev-ent4: police and court cases, a
 * power-theft report, a college notice): police branches and the units under them, place-name fragments and
 * collective bodies that are no node, parties to a case, anonymised names, renamed local bureaus.
 * Sentences written for these tests (never copied from an article); each runs the real pipeline.
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, mentionedIds as mentioned } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";

const ofLabel = (r: DocumentResult, prefix: string): string[] => mentioned(r).filter((id) => id.startsWith(prefix));

describe("police branches and the units under them", () => {
  it.each([
    ["岳阳市公安局岳阳楼分局刑警大队接到报案后立即出警。", "agency:岳阳市公安局岳阳楼分局刑警大队"],
    // a branch not named after a division, confirmed by the unit written under it
    ["常德市公安局铁路分局刑侦三队赶到现场。", "agency:常德市公安局铁路分局刑侦三队"],
    // 石门局: the branch's short form, named in full
    ["常德市公安局石门局城关派出所随即开展调查。", "agency:常德市公安局石门分局城关派出所"],
  ])("%s", (body, want) => {
    expect(mentioned(run(body))).toContain(want);
  });
  it("a branch written only inside its unit's name is no node of its own", () => {
    expect(mentioned(run("岳阳市公安局岳阳楼分局刑警大队接到报案。"))).not.toContain("agency:岳阳市公安局岳阳楼分局");
  });
  it("a police station stays an agency before its head's title, and the head serves there", () => {
    const r = run("常德市公安局石门局城关派出所所长李军介绍了案情。");
    expect(mentioned(r)).toContain("official:李军");
    expect(
      r.relations.some(
        (x) =>
          x.type === "SERVES_AT" &&
          x.source === "official:李军" &&
          x.target === "agency:常德市公安局石门分局城关派出所",
      ),
    ).toBe(true);
  });
  it("a branch written again bare is that branch, not a province's body", () => {
    const r = run("乌海市公安局海南分局发布通报。海南分局民警提醒群众注意防范。");
    expect(mentioned(r)).toContain("agency:乌海市公安局海南分局");
    expect(mentioned(r)).not.toContain("province:海南省");
    expect(r.mentions.filter((m) => m.entityId === "agency:乌海市公安局海南分局")).toHaveLength(2);
  });
  it.each([
    ["常德市公安局各分局加强夜间巡查。", "agency:常德市公安局各分局"],
    // neither a division nor a unit after it: no branch is guessed
    ["常德市公安局铁路局发出提醒。", "agency:常德市公安局铁路分局"],
  ])("no branch: %s", (body, unwanted) => {
    expect(mentioned(run(body))).not.toContain(unwanted);
  });
});

describe("place-name fragments and collective bodies are no node", () => {
  it.each([
    // 州 ending a city's name the divisions data may not know
    ["在定州警方的协助下，嫌疑人落网。", "agency:"],
    // a plural before the level word: no one province's government
    ["团伙成员在多地省政府门前合影。", "agency:"],
    ["各地市发改委要加强监测。", "agency:"],
    // the courts of a province together
    ["江西法院今年审结此类案件十二件。", "agency:"],
  ])("%s", (body, prefix) => {
    expect(ofLabel(run(body), prefix)).toEqual([]);
  });
  it.each([
    ["杭州市公安局介绍了案情。在杭州警方的配合下，窝点被捣毁。", "agency:杭州市公安局"],
    ["修水县人民法院审结一起合同纠纷案。", "agency:修水县人民法院"],
    ["北京三中院维持了一审判决。", "agency:北京市第三中级人民法院"],
  ])("the body itself still is: %s", (body, want) => {
    expect(mentioned(run(body))).toContain(want);
  });
});

describe("parties to a case, anonymised names, renamed bureaus", () => {
  it("a litigant's role is not part of the company's name", () => {
    const r = run("原告长沙星河矿机科技有限公司与被告深圳蓝海计算有限公司委托合同纠纷一案开庭。");
    expect(ofLabel(r, "company:")).toEqual(["company:深圳蓝海计算有限公司", "company:长沙星河矿机科技有限公司"]);
  });
  it("suing is a verb before the name", () => {
    const r = run("矿工随后起诉湖南云算科技有限公司。");
    expect(ofLabel(r, "company:")).toEqual(["company:湖南云算科技有限公司"]);
  });
  it.each([["该团伙负责人赵某、华东区负责人钱某强均已落网。"], ["副队长孙某某介绍了案情。"]])(
    "an anonymised name is no person: %s",
    (body) => {
      const r = run(body);
      expect([...ofLabel(r, "person:"), ...ofLabel(r, "official:")]).toEqual([]);
    },
  );
  it("a named official beside anonymised suspects still is one", () => {
    const r = run("婺源县公安局局长王立新介绍，嫌疑人赵某已被刑事拘留。");
    expect(ofLabel(r, "official:")).toEqual(["official:王立新"]);
  });
  it("the environment bureau's pre-2018 short form names it in full", () => {
    expect(mentioned(run("2017年，婺源县环保局对一家企业作出处罚。"))).toContain("agency:婺源县环境保护局");
  });
});

describe("anonymised bodies, old power-supply names, regulators' rules", () => {
  it.each([["某市水利局原局长被立案审查。"], ["某县发改局对此作出回应。"]])(
    "an unnamed division's body is no node: %s",
    (body) => {
      expect(ofLabel(run(body), "agency:")).toEqual([]);
    },
  );
  it("a named division's body still is one", () => {
    expect(mentioned(run("婺源县发改局对此作出回应。"))).toContain("agency:婺源县发展和改革局");
  });
  it("a county power-supply bureau (供电局) is the grid's company", () => {
    expect(ofLabel(run("修水县供电局与公安机关联手查处窃电。"), "company:")).toEqual(["company:修水县供电局"]);
  });
  it("a grid company's 供电局 unit is that company, its place a place", () => {
    const r = run("云南电网有限责任公司曲靖供电局开展用电排查。");
    expect(ofLabel(r, "company:")).toEqual(["company:云南电网有限责任公司"]);
    expect(mentioned(r)).toContain("place:曲靖市");
  });
  it.each([
    [
      "工作人员宣讲了《中华人民共和国电力法》《供电营业规则》。",
      ["measure:中华人民共和国电力法", "measure:供电营业规则"],
    ],
    ["用户注册前须阅读《某某平台交易规则》。", []],
  ])("%s", (body, want) => {
    expect(ofLabel(run(body), "measure:")).toEqual(want);
  });
});

describe("police units listed together, and 市局's units", () => {
  it("units listed after a unit are units of the same bureau", () => {
    const r = run("岳阳市公安局刑侦支队、网安支队和治安支队联合开展行动。");
    expect(ofLabel(r, "agency:")).toEqual([
      "agency:岳阳市公安局刑侦支队",
      "agency:岳阳市公安局治安支队",
      "agency:岳阳市公安局网安支队",
    ]);
  });
  it("市局's units are units of the one city bureau the text names", () => {
    const r = run("在市局经侦支队、网安支队的支持下，岳阳市公安局岳阳楼分局破获一起案件。");
    expect(mentioned(r)).toEqual(
      expect.arrayContaining(["agency:岳阳市公安局经侦支队", "agency:岳阳市公安局网安支队"]),
    );
  });
  it.each([["市局刑侦支队介入调查。"], ["岳阳市公安局和常德市公安局召开会议，市局刑侦支队介绍了案情。"]])(
    "no bureau, or more than one: no unit is guessed (%s)",
    (body) => {
      expect(ofLabel(run(body), "agency:").filter((id) => id.endsWith("刑侦支队"))).toEqual([]);
    },
  );
});

describe("heads of police and enforcement units", () => {
  it.each([
    ["婺源县环保局副局长、环境执法大队大队长王立新参加会议。", "official:王立新", "agency:婺源县环境保护局"],
    // (a police squad named only as its head's post is no node of its own: the head serves at the bureau)
    ["岳阳市公安局网安支队支队长王强介绍了案情。", "official:王强", "agency:岳阳市公安局"],
  ])("%s", (body, who, where) => {
    const r = run(body);
    expect(r.relations.some((x) => x.type === "SERVES_AT" && x.source === who && x.target === where)).toBe(true);
  });
  it("an anonymised institute's head is no official, and the institute no node", () => {
    const r = run("中科院某研究所所长李明表示，挖矿耗电巨大。");
    expect(ofLabel(r, "official:")).toEqual([]);
    expect(ofLabel(r, "agency:")).toEqual(["agency:中国科学院"]);
  });
});
