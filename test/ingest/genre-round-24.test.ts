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

describe("a notice's signature day told right after its title or number", () => {
  const TITLE = "关于开展虚拟货币挖矿行为清理整顿的通知";
  it.each([
    ["after its number, a day without a year", `（某能源办〔2021〕131号），落款日期为6月9日。`, "2021-06-09"],
    ["after its title, a full date", `，成文日期是2021年6月9日。`, "2021-06-09"],
    ["pointed back at with 该通知", `。该通知的落款时间为6月9日。`, "2021-06-09"],
  ])("%s: that day", (_what, tail, day) => {
    const r = run(`某省能源局近日下发《${TITLE}》${tail}`, { date: "2021-09-27" });
    expect(dateOf(r, TITLE)).toBe(day);
  });
  it("a deadline told after the title is no signature", () => {
    const r = run(`某省能源局近日下发《${TITLE}》，要求6月9日前完成清理。`, { date: "2021-09-27" });
    expect(dateOf(r, TITLE)).toBeNull();
  });
});
