/**
 * Table tests for the twenty-fourth round of issue 10 (dates and false nodes on unseen articles), one category per
 * block. Sentences written for these tests (never copied from an article); the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, measureDateOf as dateOf } from "../helpers/extract.js";

describe("a ban told on a day a few sentences before the measure that makes it", () => {
  const NOTICE = "关于全面清理虚拟货币交易场所的通知";
  it.each([
    ["the next sentence", "监管部门上周五宣布全面禁止虚拟货币交易。"],
    ["a sentence of comment between", "监管部门上周五宣布全面禁止虚拟货币交易。分析人士称，这一轮整治力度空前。"],
    ["a quoted word before the verb", "监管部门上周五“一刀切”叫停虚拟货币交易。"],
  ])("%s: the measure issued takes that day", (_what, lead) => {
    const r = run(`${lead}人民银行等十部门联合发布的《${NOTICE}》明确，虚拟货币不具有法定货币地位。`, {
      date: "2021-09-27",
    });
    expect(dateOf(r, NOTICE)).toBe("2021-09-24");
  });
  it.each([
    ["a sentence between tells another date", "监管部门上周五宣布全面禁止虚拟货币交易。比特币周日跌去一成。"],
    ["the day tells a price, not a ban", "比特币上周五大幅下跌。"],
    [
      "five sentences between",
      "监管部门上周五宣布全面禁止虚拟货币交易。币价大跌。矿工观望。交易量萎缩。平台沉默。投资者恐慌。",
    ],
  ])("%s: no date", (_what, lead) => {
    const r = run(`${lead}人民银行等十部门发布《${NOTICE}》，虚拟货币不具有法定货币地位。`, { date: "2021-09-27" });
    expect(dateOf(r, NOTICE)).toBeNull();
  });
  it("a measure named between takes the day, not the later one", () => {
    const r = run(
      "监管部门上周五宣布全面禁止虚拟货币交易。此前《关于防范比特币风险的通知》已有规定。人民银行发布《关于加强虚拟货币监测的意见》。",
      { date: "2021-09-27" },
    );
    expect(dateOf(r, "关于加强虚拟货币监测的意见")).toBeNull();
  });
});
