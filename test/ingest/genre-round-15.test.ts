/**
 * Table tests for the fifteenth round of issue 10 (recall on unseen articles), one category per block. Sentences
 * written for these tests (never copied from an article); the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, relationLines } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";

const linesOf = (r: DocumentResult, type: string): string[] => relationLines(r).filter((l) => l.startsWith(`${type} `));
const names = (r: DocumentResult, label: string): string[] =>
  r.entities
    .filter((e) => e.label === label)
    .map((e) => e.name)
    .sort();

describe("a firm's name is not opened by the list word or the year before it", () => {
  it.each([
    ["包括 before a glossed name", "据报道，包括远帆商城(Yuanfan Mall)在内的多家企业已暂停业务。", ["远帆商城"]],
    ["包括, Traditional", "據報導，包括遠帆商城(Yuanfan Mall)在內的多家企業已暫停業務。", ["远帆商城"]],
    ["a year before 集团", "消息称，此事可能与2019年青岚集团在香港上市有关。", ["青岚集团"]],
    ["a full date before 公司", "2020年3月5日星河矿业有限公司宣布停止在华业务。", ["星河矿业有限公司"]],
  ])("%s", (_what, body, want) => {
    expect(names(run(body), "Company")).toEqual(want);
  });
  it("a month and its part before a kind word stay no firm (2018年5月下旬停止交易所运行)", () => {
    expect(names(run("多家平台在2018年5月下旬停止交易所运行。"), "Company")).toEqual([]);
  });
  it("the Latin gloss names the glossed firm, not a firm its first word names", () => {
    // Huobi alone is 火币 in the lexicon; Huobi Mall is the glossed firm's
    const r = run("包括火幣商城(Huobi Mall)在內的挖礦商已暫停業務。");
    expect(names(r, "Company")).toEqual(["火币商城"]);
    expect(r.entities.find((e) => e.name === "火币商城")?.aliases).toContain("Huobi Mall");
  });
});

describe("a firm's own untitled announcement, as the genre tells it", () => {
  it.each([
    [
      "firms counted before 相继发布公告",
      "当晚，云帆网、星河币、青岚交易所三家平台相继发布公告，宣布暂停提现业务。",
      [
        "ISSUED company:云帆网 -> measure:云帆网公告",
        "ISSUED company:星河币 -> measure:星河币公告",
        "ISSUED company:青岚交易所 -> measure:青岚交易所公告",
      ],
    ],
    [
      "the count in digits",
      "云帆网和星河币2家平台同日发布公告称，暂停人民币充值。",
      ["ISSUED company:云帆网 -> measure:云帆网公告", "ISSUED company:星河币 -> measure:星河币公告"],
    ],
    [
      "挂出公告 on its site",
      "火币网在其官方网站上挂出公告称，接到银行通知要求销户。",
      ["ISSUED company:火币 -> measure:火币公告"],
    ],
    ["a 声明 it made", "币安昨晚发表声明，表示暂停中国用户注册。", ["ISSUED company:币安 -> measure:币安公告"]],
    [
      "a 通知 it posted, two firms",
      "国内交易平台云币网和比特时代均在网站上挂出通知，称已接到银行电话通知。",
      ["ISSUED company:云币网 -> measure:云币网公告", "ISSUED company:比特时代 -> measure:比特时代公告"],
    ],
  ])("%s", (_what, body, want) => {
    expect(linesOf(run(body), "ISSUED").sort()).toEqual(want.sort());
  });
  it("a Latin name that announced something is the firm (FXCOIN曾在公告里表示)", () => {
    const r = run("对此，FXCOIN曾在公告里表示，央行确实下发通知。");
    expect(names(r, "Company")).toEqual(["FXCOIN"]);
    expect(linesOf(r, "ISSUED")).toEqual(["ISSUED company:FXCOIN -> measure:FXCOIN公告"]);
  });
  it.each([
    ["a body's abbreviation", "SEC发布公告称，将加强对代币发行的监管。"],
    ["a 通知 received, not posted", "云帆网收到通知，称需要在月底前销户。"],
    ["a coin", "BTC发布公告称，暂停提现。"],
  ])("%s: no firm's announcement", (_what, body) => {
    expect(names(run(body), "Measure")).toEqual([]);
  });
});

describe("the central bank's head office named with its city", () => {
  it("中国人民银行北京营管部 is the 营业管理部, known by its city's name too", () => {
    const r = run("中国人民银行北京营管部约谈了辖内交易平台。");
    const e = r.entities.find((x) => x.label === "Agency" && x.name === "中国人民银行营业管理部");
    expect(e?.aliases).toContain("中国人民银行北京营业管理部");
  });
});
