/**
 * Table tests for the twenty-third round of issue 10 (dates and false nodes on unseen articles), one category per
 * block. Sentences written for these tests (never copied from an article); the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import { entityNames, extractArticle as run } from "../helpers/extract.js";

const names = entityNames;
const dateOf = (r: ReturnType<typeof run>, name: string): unknown =>
  r.entities.find((e) => e.label === "Measure" && e.name === name)?.properties.date ?? null;

describe("a firm's statement signed with its legal name and a day", () => {
  const body = (signer: string): string =>
    `BitZeta今天发表声明，禁止用户利用平台进行虚拟货币交易。\n我们将持续排查可疑账户。\n${signer}\n\n2021 年 6 月 3 日`;
  it.each([
    ["its legal name", "BitZeta（中国）网络科技有限公司"],
    ["its name", "BitZeta"],
  ])("signed by %s: the day of the signature, not the republishing page's 今天", (_what, signer) => {
    const r = run(body(signer), { date: "2023-05-15" });
    expect(dateOf(r, "BitZeta公告")).toBe("2021-06-03");
  });
  it("with no signature, 今天 is the page's day", () => {
    const r = run("BitZeta今天发表声明，禁止用户利用平台进行虚拟货币交易。", { date: "2023-05-15" });
    expect(dateOf(r, "BitZeta公告")).toBe("2023-05-15");
  });
  it("another firm's signature does not date it", () => {
    const r = run(body("TeraHash科技有限公司"), { date: "2023-05-15" });
    expect(dateOf(r, "BitZeta公告")).toBe("2023-05-15");
  });
});

describe("a known title misquoted by one character added or left out", () => {
  it.each([
    ["one added", "关于防范代币发行和融资风险的公告", "关于防范代币发行融资风险的公告"],
    ["one left out", "关于进一步防范处置虚拟货币交易炒作风险的通知", "关于进一步防范和处置虚拟货币交易炒作风险的通知"],
  ])("%s: the known measure", (_what, written, name) => {
    const r = run(`平台表示将严格落实《${written}》。`);
    expect(names(r, "Measure")).toEqual([name]);
  });
  it("the same title quoted again with one character left out is the first one", () => {
    const r = run(
      "市发改委印发《关于开展虚拟货币挖矿清理工作的实施方案》。《关于开展虚拟货币挖矿清理工作实施方案》要求各县区排查。",
    );
    expect(names(r, "Measure")).toHaveLength(1);
  });
  it.each([
    ["two characters more", "关于防范代币发行及其融资风险的公告"],
    ["a short title", "关于挖矿的通知"],
  ])("%s is another title", (_what, written) => {
    expect(names(run(`平台表示将严格落实《${written}》。`), "Measure")).toEqual([written]);
  });
});

describe("a known measure keeps the year it was issued in", () => {
  it("今年9月24日 on a later page quoting an earlier report: the measure's own year", () => {
    const r = run("法院认为，今年9月24日《关于进一步防范和处置虚拟货币交易炒作风险的通知》出台后，挖矿合同无效。", {
      date: "2023-10-12",
    });
    expect(dateOf(r, "关于进一步防范和处置虚拟货币交易炒作风险的通知")).toBe("2021-09-24");
  });
  it("in its own year, the date read is kept", () => {
    const r = run("今年9月24日，央行等十部门发布《关于进一步防范和处置虚拟货币交易炒作风险的通知》。", {
      date: "2021-10-12",
    });
    expect(dateOf(r, "关于进一步防范和处置虚拟货币交易炒作风险的通知")).toBe("2021-09-24");
  });
  it("a measure the lexicon does not know keeps the year read", () => {
    const r = run("今年9月24日，市发改委发布《关于开展虚拟货币挖矿清理工作的通知》。", { date: "2023-10-12" });
    expect(dateOf(r, "关于开展虚拟货币挖矿清理工作的通知")).toBe("2023-09-24");
  });
});
