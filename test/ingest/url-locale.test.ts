/**
 * Table tests (issue 10): the document's locale from a government site's address, as EXTRACTION.md counts it
 * (title, outlet, URL, byline). Short forms in the text then resolve to that division's full names. Articles and
 * addresses written for these tests; each article runs the real pipeline.
 */
import { describe, expect, it } from "vitest";
import { divisionFromUrl } from "../../ingest/extract/url-locale.js";
import { extractArticle as run, mentionedIds as mentioned } from "../helpers/extract.js";

describe("the division a government site's host spells", () => {
  it.each([
    // a prefecture's portal and a department's subdomain of it
    ["http://www.yaan.gov.cn/xinwen/2021/0620.html", "雅安市"],
    ["http://fgw.ganzhou.gov.cn/c1/2021/1012.shtml", "赣州市"],
    // a county's portal; an autonomous prefecture by its core name
    ["https://www.shimian.gov.cn/zwgk/1.html", "石棉县"],
    ["http://www.changji.gov.cn/info/2.html", "昌吉回族自治州"],
    // a province's portal by its short code, a department's subdomain of it, a city's site under its province's
    ["http://www.sc.gov.cn/10462/2021/6/22/a.shtml", "四川省"],
    ["http://fgw.nmg.gov.cn/zfxxgk/a.html", "内蒙古自治区"],
    ["http://yaan.sc.gov.cn/a.html", "雅安市"],
    // 陕西's portal spells shaanxi; shanxi is 山西's
    ["http://www.shaanxi.gov.cn/a.html", "陕西省"],
    ["http://www.shanxi.gov.cn/a.html", "山西省"],
  ])("%s → %s", (url, name) => {
    expect(divisionFromUrl(url)?.name).toBe(name);
  });
  it.each([
    // national bodies' sites
    ["http://www.ndrc.gov.cn/xxgk/zcfb/tz/202109/t20210924.html"],
    ["http://www.pbc.gov.cn/goutongjiaoliu/113456/index.html"],
    ["http://www.gov.cn/zhengce/content/2021-09/24/content.htm"],
    // a commercial host whose word spells a county (新化县), an outlet's site
    ["http://www.xinhuanet.com/fortune/2021-05/21/c.htm"],
    ["https://www.yaan.com/news/1.html"],
    // two prefectures share the pinyin (台州, 泰州): neither
    ["http://www.taizhou.gov.cn/art/2021/1/1.html"],
    // no address, not an address
    [""],
    ["not a url"],
  ])("%s → no division", (url) => {
    expect(divisionFromUrl(url)).toBeNull();
  });
});

describe("short forms resolved by the address", () => {
  it("a city's bodies named by short forms on the city's site", () => {
    const r = run("市发改委会同市公安局开展排查。", { url: "http://www.yaan.gov.cn/xinwen/2021/0620.html" });
    expect(mentioned(r)).toEqual(["agency:雅安市公安局", "agency:雅安市发展和改革委员会"]);
  });
  it("a county's bodies on the county's site", () => {
    const r = run("县发改局、县供电公司联合检查矿场。", { url: "https://www.shimian.gov.cn/zwgk/1.html" });
    expect(mentioned(r)).toContain("agency:石棉县发展和改革局");
  });
  it("an address that disagrees with the title gives no locale: the short form stays as written", () => {
    const r = run("市发改委召开会议。", { url: "http://www.yaan.gov.cn/a.html", title: "赣州市召开挖矿整治会议" });
    expect(mentioned(r)).toContain("agency:市发改委");
  });
  it("a national body's site gives none", () => {
    const r = run("市发改委召开会议。", { url: "http://www.ndrc.gov.cn/a.html" });
    expect(mentioned(r)).toEqual(["agency:市发改委"]);
  });
});
