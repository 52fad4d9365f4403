import { describe, expect, it } from "vitest";
import { dateFromUrl, findDates, inferDate } from "../../ingest/dates.js";
import { extractArticle } from "../helpers/extract.js";
import { seed } from "./seeds.js";

describe("findDates", () => {
  it.each([
    ["2021年9月24日，中国人民银行", null, "2021-09-24"],
    ["2021-09-24发布", null, "2021-09-24"],
    ["9月24日", "2021-10-01", "2021-09-24"],
    ["12月3日", "2021-01-05", "2020-12-03"],
    ["昨天(9日),新疆", "2021-06-10", "2021-06-09"],
    ["今天(10日),记者", "2021-06-10", "2021-06-10"],
    ["昨天", "2021-06-10", "2021-06-09"],
    ["今年5月", "2021-11-14", "2021-05"],
    ["去年", "2021-11-14", "2020"],
    ["截至9日15时", "2021-06-10", "2021-06-09"],
    ["盛松成22日表示", "2018-08-23", "2018-08-22"],
    ["2017年9月的ICO", null, "2017-09"],
    ["9月24日", null, null],
    ["二〇二一年九月二十四日", null, "2021-09-24"],
    ["二〇一七年九月四日", null, "2017-09-04"],
    ["本月3日", "2021-09-25", "2021-09-03"],
    ["上月28日", "2021-01-05", "2020-12-28"],
    ["上个月15日", "2021-10-05", "2021-09-15"],
  ])("%s (ref %s) → %s", (text, ref, want) => expect(findDates(text, ref)[0]?.value ?? null).toBe(want));

  it("ignores numbers that are not dates", () => {
    expect(findDates("耗能26万度/天，4502个", "2021-06-10")).toEqual([]);
  });
});

describe("article dates", () => {
  it("000: 昨天（9日） resolves to 2021-06-09 (published 2021-06-10)", () => {
    const r = seed("000");
    expect(r.document.published).toBe("2021-06-10");
    const measure = r.entities.find((e) => e.name === "关于立即对虚拟货币“挖矿”行为企业进行清理整顿的通知")!;
    expect(measure.properties.date).toBe("2021-06-09");
    const issued = r.relations.find((x) => x.type === "ISSUED" && x.target === measure.id)!;
    expect(issued.date).toBe("2021-06-09");
  });
  it("001: no metadata, date inferred from the text (2018)", () => {
    const r = seed("001");
    expect(r.document.dateInferred).toBe(true);
    expect(r.document.published).toBe("2018-08-23");
    const doc = r.batch.nodes.find((n) => n.label === "Document")!;
    expect(doc.properties).toMatchObject({ published: "2018-08-23", dateInferred: true });
  });
  it("inferDate: the year of the latest explicit year, timeline month-days keep their heading's year", () => {
    expect(
      inferDate("2017年9月4日\n发布公告。2017年10月30日\n火币于10月31日停止。2018年1月26日公告。8月23日记者获悉"),
    ).toBe("2018-08-23");
    expect(inferDate("11月13日上午,通告")).toBe(null);
    expect(inferDate("2021年9月24日,十部门发布通知。一年来,“924规定”重塑了市场。")).toBe("2022-09-24");
  });
  it("inferDate: a later year told as past than any month written in full leaves the year unknown", () => {
    expect(inferDate("早在2019年8月，当地就开始清理。2020年全省关停了多座矿场。6月18日，一份通知在网上流出。")).toBe(
      null,
    );
    // a target year (到2025年) says nothing of when the text was written
    expect(inferDate("早在2019年8月，当地就开始清理，到2025年全部退出。6月18日，一份通知在网上流出。")).toBe(
      "2019-06-18",
    );
  });
  it("inferDate: a month recalled in an earlier paragraph is no heading for a day in the next", () => {
    expect(
      inferDate(
        "自治区将在2021年6月底前全面清退挖矿项目\n国家早在2019年4月就把挖矿列为淘汰类产业\n自治区3月1日发布了保障措施。",
      ),
    ).toBe("2021-03-01");
    // a heading line with its day still gives its year to the days under it
    expect(inferDate("2019年4月8日\n发改委公布目录。\n5月2日，各地开始排查。")).toBe("2019-05-02");
  });
});

describe("the date a page's address carries", () => {
  it.each([
    ["http://news.example.com.hk/2017/11/01/IN1711010040.htm", "2017-11-01"],
    ["http://www.example.com/finance/text/2017/0906/110821.html", "2017-09-06"],
    ["https://example.pro/2021/06/16/miners-leave/", "2021-06-16"],
    ["http://fgw.example.gov.cn/tzgg/2021/6/9/abc.shtml", "2021-06-09"],
    ["http://economy.example.com/news/11173316/20170904/31279301.html", "2017-09-04"],
    ["https://www.example.gov.cn/xxgk/tz/202109/t20210924_1297402.html", "2021-09-24"],
    ["http://www.example.gov.cn/zhengceku/2021-09/24/content_5639225.htm", "2021-09-24"],
    // an article id that starts like a date, a query, no date at all
    ["https://example.com/20211002273753.html", null],
    ["http://example.org/body.php?newsid=2017092501", null],
    ["http://example.gov.cn/content/post_3893475.html", null],
    ["http://example.com/2021/13/45/x.html", null],
  ])("%s → %s", (url, want) => expect(dateFromUrl(url)).toBe(want));

  it("dates a measure told by month and day when the metadata has no date", () => {
    const r = extractArticle("9月4日，中国人民银行等七部门发布《关于防范代币发行融资风险的公告》。", {
      url: "http://news.example.com.hk/2017/11/01/IN1.htm",
    });
    expect(r.document.published).toBe("2017-11-01");
    expect(r.entities.find((e) => e.label === "Measure")?.properties.date).toBe("2017-09-04");
  });
});

describe("inferDate: the day a report was written", () => {
  it("a dateline opening the text is the day (9月15日消息)", () => {
    expect(inferDate("快讯 | 9月15日消息：2017年的通知要求，各平台将在9月30日关闭。")).toBe("2017-09-15");
  });
  it("days yet to come (将在9月30日, 20日18时前, 10月1日起) are no day the text reports from", () => {
    expect(inferDate("2017年9月14日，平台宣布将在9月30日关闭，10月1日起停止服务，于10月20日前完成清退。")).toBe(
      "2017-09-14",
    );
  });
});
