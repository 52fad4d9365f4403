/**
 * Table tests for relation constructions of the genre told in general grammar rather than one sentence shape
 * (ingest/relate/): a measure carrying out or resting on another when the basis clause comes first and the
 * sentence issues its own measure after it, with the issuers, titles and co-issuers those sentences carry.
 * Sentences written for these tests (never copied from an article); each runs the real pipeline.
 */
import { describe, expect, it } from "vitest";
import { processDocument } from "../../ingest/pipeline.js";
import type { DocumentResult } from "../../ingest/types.js";

const run = (body: string): DocumentResult =>
  processDocument("t.txt", Buffer.from(`---\npublished: 2021-10-01\n---\n${body}`));
const rels = (r: DocumentResult, type: string): string[] =>
  r.relations.filter((x) => x.type === type).map((x) => `${x.source} -> ${x.target}`);

const PLAN = "measure:江西省挖矿整治工作方案";
const NOTICE = "measure:关于整治虚拟货币“挖矿”活动的通知";
const LAW = "measure:中华人民共和国电力法";

describe("IMPLEMENTS / CITES: the basis clause first, the sentence's own measure issued after it", () => {
  it.each([
    [
      "为贯彻落实《A》，X制定了《B》",
      `为贯彻落实《关于整治虚拟货币挖矿活动的通知》，江西省能源局制定了《江西省挖矿整治工作方案》。`,
    ],
    [
      "为落实《A》，X印发《B》",
      `为落实《关于整治虚拟货币挖矿活动的通知》，江西省能源局印发《江西省挖矿整治工作方案》。`,
    ],
    [
      "为认真贯彻《A》精神，X和Y联合出台《B》",
      `为认真贯彻《关于整治虚拟货币挖矿活动的通知》精神，江西省能源局和江西省发展和改革委员会联合出台《江西省挖矿整治工作方案》。`,
    ],
  ])("IMPLEMENTS: %s", (_c, body) => {
    expect(rels(run(body), "IMPLEMENTS")).toEqual([`${PLAN} -> ${NOTICE}`]);
  });

  it.each([
    ["根据《A》，X印发《B》", `根据《中华人民共和国电力法》，江西省能源局印发《江西省挖矿整治工作方案》。`],
    ["依据《A》，X制定了《B》", `依据《中华人民共和国电力法》，江西省能源局制定了《江西省挖矿整治工作方案》。`],
  ])("CITES: %s", (_c, body) => {
    expect(rels(run(body), "CITES")).toEqual([`${PLAN} -> ${LAW}`]);
  });

  it("the issuers of the later measure are still its issuers (and not of the measure carried out)", () => {
    const r = run(
      `为贯彻落实《关于整治虚拟货币挖矿活动的通知》，江西省能源局和江西省发展和改革委员会联合印发《江西省挖矿整治工作方案》。`,
    );
    const issued = rels(r, "ISSUED");
    expect(issued).toContain(`agency:江西省能源局 -> ${PLAN}`);
    expect(issued).toContain(`agency:江西省发展和改革委员会 -> ${PLAN}`);
    expect(issued.filter((x) => x.endsWith(NOTICE))).toEqual([]);
  });

  it.each([
    [
      "a later measure only mentioned, not issued (…，《B》同时废止)",
      `根据《中华人民共和国电力法》，江西省能源局要求各地排查，《江西省挖矿整治工作方案》同时废止。`,
    ],
    [
      "a later measure issued in another sentence (。 between them)",
      `根据《中华人民共和国电力法》开展排查。江西省能源局印发《江西省挖矿整治工作方案》。`,
    ],
    [
      "a later measure in the same clause (no comma: 根据《A》印发的《B》 is not told as resting on it here)",
      `江西省能源局根据《中华人民共和国电力法》和《江西省挖矿整治工作方案》开展排查。`,
    ],
  ])("no relation: %s", (_c, body) => {
    const r = run(body);
    expect(rels(r, "CITES").filter((x) => x.startsWith(PLAN))).toEqual([]);
    expect(rels(r, "IMPLEMENTS")).toEqual([]);
  });
});
