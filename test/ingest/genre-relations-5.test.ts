/**
 * Table tests for the clause reader (ingest/relate/clauses.ts, verbs.ts, clause-relations.ts): relations read from
 * a clause's subject, predicate verb and objects rather than from one phrasing each: a subject carried from an
 * earlier clause of the sentence, a 对-phrase naming the objects before the verb however they are described, a
 * joint verb whose partners join the next verb's subject, 由A牵头…，B…配合, and acts not told as done (不得, 如果…将).
 * Each row but the last three guards fails on the code before the clause reader. Sentences written for these tests
 * (never copied from an article); each runs the real pipeline.
 */
import { describe, expect, it } from "vitest";
import { extractArticle, mentionedIds, relationLines } from "../helpers/extract.js";

const run = (body: string): string[] => relationLines(extractArticle(body, { published: "2021-10-01" })).sort();
const only = (lines: string[], type: string): string[] => lines.filter((l) => l.startsWith(`${type} `));

const BJ = "agency:北京市地方金融监督管理局";
const JXNDRC = "agency:江西省发展和改革委员会";
const JXNEA = "agency:江西省能源局";
const JXPS = "agency:江西省公安厅";
const HUOBI = "company:火币";
const BINANCE = "company:币安";
const PLAN = "measure:江西省虚拟货币挖矿整治工作方案";

describe("ACTED_ON: the objects a 对-phrase names before the verb, however the clause describes them", () => {
  it.each([
    [
      "对A、B两家…的负责人进行约谈 (a description after the names)",
      `北京市地方金融监督管理局检查组于3月2日对“火币”、“币安”两家在京交易平台的主要负责人进行约谈。`,
    ],
    [
      "the subject carried from the clause before (A召开会议，随后对B、C…进行了约谈)",
      `北京市地方金融监督管理局召开专题会议，随后对火币、币安两家平台的负责人进行了约谈。`,
    ],
  ])("%s", (_c, body) => {
    expect(only(run(body), "ACTED_ON")).toEqual([`ACTED_ON ${BJ} -> ${BINANCE}`, `ACTED_ON ${BJ} -> ${HUOBI}`]);
  });
});

describe("ISSUED: the issuers carried from an earlier clause of the sentence", () => {
  it.each([
    [
      "A召开会议，研究…，并印发《…》 (the clause's subject goes on)",
      `江西省能源局召开专题会议，研究部署挖矿整治工作，并印发了《江西省虚拟货币挖矿整治工作方案》。`,
      [JXNEA],
    ],
    [
      "A会同B召开会议，并印发《…》 (the partners join the subject)",
      `江西省发展和改革委员会会同江西省能源局召开会议，并于9月印发《江西省虚拟货币挖矿整治工作方案》。`,
      [JXNDRC, JXNEA],
    ],
  ])("%s", (_c, body, issuers) => {
    expect(only(run(body), "ISSUED")).toEqual(issuers.map((a) => `ISSUED ${a} -> ${PLAN}`).sort());
  });
});

describe("WORKED_WITH: the lead of one clause and the bodies of the next", () => {
  it.each([
    [
      "由A牵头负责，B、C按职责配合 (lead and followers in clauses of their own)",
      `由江西省发展和改革委员会牵头负责，江西省能源局、江西省公安厅按职责配合，开展挖矿排查。`,
      [`WORKED_WITH ${JXNDRC} -> ${JXPS}`, `WORKED_WITH ${JXNDRC} -> ${JXNEA}`],
    ],
    [
      "A、B等部门…（a long clause），联合开展… (the co-subjects of a clause of their own)",
      `江西省能源局、江西省公安厅等多个部门在全省范围内针对虚拟货币挖矿活动暴露出的突出问题，联合开展了专项排查。`,
      [`WORKED_WITH ${JXNEA} -> ${JXPS}`],
    ],
  ])("%s", (_c, body, pairs) => {
    expect(only(run(body), "WORKED_WITH")).toEqual([...pairs].sort());
  });
});

describe("guards: acts the clause does not tell as done", () => {
  it.each([
    ["forbidden (不得约谈)", `北京市地方金融监督管理局召开会议，明确不得约谈火币、币安以外的平台。`, "ACTED_ON"],
    ["hypothetical (如果…将约谈)", `北京市地方金融监督管理局表示，如果发现违规，将对火币、币安进行约谈。`, "ACTED_ON"],
    ["a 牵头 with no follower", `江西省能源局牵头，开展挖矿排查。`, "WORKED_WITH"],
    ["passive with the agent unnamed (A被约谈后…B)", `北京市地方金融监督管理局被约谈后，约谈了火币。`, "WORKED_WITH"],
  ])("%s", (_c, body, type) => {
    expect(only(run(body), type)).toEqual([]);
  });
});

describe("ACTED_ON: more verbs of acting on a firm; a place modifying the firm is no object", () => {
  it.each([
    ["A被B列入警示名单 (passive, a listing)", `币安已被北京市地方金融监督管理局列入风险警示名单。`, [BINANCE]],
    ["A约见B (a summons)", `北京市地方金融监督管理局约见了火币的负责人。`, [HUOBI]],
    [
      "A约谈了<place>的…平台B (the place is a modifier)",
      `北京市地方金融监督管理局约谈了北京的交易平台火币和上海的币安。`,
      [BINANCE, HUOBI],
    ],
  ])("%s", (_c, body, firms) => {
    expect(only(run(body), "ACTED_ON")).toEqual(firms.map((f) => `ACTED_ON ${BJ} -> ${f}`).sort());
  });
});

describe("WORKED_WITH: more words of acting together; a generic meeting is no measure", () => {
  it.each([
    ["A携同B开展…", `江西省发展和改革委员会携同江西省公安厅开展了联合检查。`, [JXNDRC, JXPS]],
    ["A协助B… (a helper)", `江西省公安厅协助江西省发展和改革委员会调查取证。`, [JXPS, JXNDRC]],
    ["A、B等部门共同参与…", `江西省发展和改革委员会、江西省公安厅等部门共同参与了此次清查。`, [JXNDRC, JXPS]],
    ["A与B签署合作备忘录", `江西省发展和改革委员会与江西省公安厅签署了信息共享合作备忘录。`, [JXNDRC, JXPS]],
  ])("%s", (_c, body, [a, b]) => {
    expect(only(run(body), "WORKED_WITH")).toEqual([`WORKED_WITH ${a} -> ${b}`]);
  });
  it("召开联席会议 names no measure; a meeting with a name of its own does", () => {
    const ids = (body: string): string[] =>
      mentionedIds(extractArticle(body)).filter((id) => id.startsWith("measure:"));
    expect(ids(`江西省发展和改革委员会与江西省公安厅召开联席会议，部署挖矿整治。`)).toEqual([]);
    expect(ids(`江西省发展和改革委员会召开全省挖矿整治工作推进会。`)).toEqual(["measure:全省挖矿整治工作推进会"]);
  });
});
