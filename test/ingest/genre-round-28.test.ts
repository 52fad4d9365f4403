/**
 * Issue 10, round twenty-eight: table tests per category, on sentences written for these tests (never copied from an
 * article); the bodies' places are real divisions, the firms and people are made up.
 */
import { describe, expect, it } from "vitest";
import { entityNames as names, extractArticle as run, measureDateOf, relationLines } from "../helpers/extract.js";

describe("a notice page: its signature's day, not the day the page posted it", () => {
  const notice = (under: string, signed: string): string =>
    [
      "关于开展虚拟货币“挖矿”活动排查整治的通知",
      under,
      "各乡镇人民政府，县直有关单位：",
      "现就我县开展排查整治工作通知如下：县发改局牵头开展排查。",
      "平阳县发展和改革局",
      signed,
    ].join("\n");
  const title = "关于开展虚拟货币“挖矿”活动排查整治的通知";
  it.each([
    [
      "发布时间 under the title, a signature after",
      "发布时间：2021-12-03 来源：平阳县发展和改革局",
      "2021年12月2日",
      "2021-12-02",
    ],
    ["发布日期 under the title, a signature after", "发布日期：2021年12月6日", "2021年12月1日", "2021-12-01"],
    ["成文日期 under the title is the day it was written", "成文日期：2021年11月30日", "2021年12月2日", "2021-11-30"],
  ])("%s", (_what, under, signed, want) => {
    const r = run(notice(under, signed), { title });
    expect(measureDateOf(r, title)).toBe(want);
  });
  it("with no signature, the posting line still dates it", () => {
    const text = [title, "发布时间：2021-12-03", "现就我县开展排查整治工作通知如下：县发改局牵头开展排查。"].join("\n");
    expect(measureDateOf(run(text, { title }), title)).toBe("2021-12-03");
  });
});

describe("one document number, one measure", () => {
  it("a number the lexicon knows names its measure whatever the title written before it", () => {
    const r = run(
      "为贯彻国家发展改革委等11个部门联合印发的《整治虚拟货币“挖矿”活动的通知》（发改运行〔2021〕1283号）精神，市发改委制定本方案。",
      { date: "2021-11-01" },
    );
    expect(names(r, "Measure")).toEqual(["关于整治虚拟货币“挖矿”活动的通知"]);
    expect(relationLines(r, "ISSUED")).toEqual([
      "ISSUED agency:国家发展和改革委员会 -> measure:关于整治虚拟货币“挖矿”活动的通知",
    ]);
  });
  it("two titles written with one number are the first one written", () => {
    const r = run(
      "市政府印发了《晋城市整治虚拟货币挖矿实施方案》（晋市政办〔2021〕55号）。根据《整治虚拟货币挖矿实施方案》（晋市政办〔2021〕55号）要求，各县区开展排查。",
      { date: "2021-11-01" },
    );
    expect(names(r, "Measure")).toEqual(["晋城市整治虚拟货币挖矿实施方案"]);
    const m = r.entities.find((e) => e.label === "Measure")!;
    expect(m.aliases).toContain("整治虚拟货币挖矿实施方案");
    expect(relationLines(r, "CITES")).toEqual([]);
  });
  it("titles with different numbers stay two measures", () => {
    const r = run(
      "市政府印发了《晋城市整治虚拟货币挖矿实施方案》（晋市政办〔2021〕55号）和《晋城市数据中心排查方案》（晋市政办〔2021〕56号）。",
      { date: "2021-11-01" },
    );
    expect(names(r, "Measure")).toEqual(["晋城市数据中心排查方案", "晋城市整治虚拟货币挖矿实施方案"]);
  });
});

describe("a page's chrome holds nothing of the article", () => {
  it.each([
    ["a site's promoted exchanges", "推荐交易所：OKX 抹茶 币安", "Company"],
    ["a share bar", "分享: 微博 推特 脸书", "Company"],
    ["a banner in Japanese", "こちらのページは繁体字版です。日本語版「フォーカス台湾」に移動しますか。", "Province"],
    ["a banner in Japanese naming a country", "日本語版のページはこちらです。", "Country"],
  ])("%s", (_what, chrome, label) => {
    const r = run(`${chrome}\n1月9日消息，中国人民银行发布公告，提示虚拟货币交易风险。`, {
      title: "央行提示风险",
      date: "2022-01-09",
    });
    expect(names(r, label)).toEqual([]);
    expect(names(r, "Agency")).toEqual(["中国人民银行"]);
  });
  it("a firm named in the article itself is still found", () => {
    const r = run("分享到：微信\n币安宣布停止中国大陆用户注册。", { date: "2021-09-26" });
    expect(names(r, "Company")).toEqual(["币安"]);
  });
});
