import { describe, expect, it } from "vitest";
import { hardWrapBreaks, isPinyin, normalize } from "../../schema/text.js";
import { seed } from "./seeds.js";

describe("isPinyin", () => {
  it.each([
    ["jiān", true],
    ["fā", true],
    ["yán", true],
    ["jian1", true],
    ["zhong4", true],
    ["guan", true],
    ["a", false],
    ["OTC", false],
    ["bitmax", false],
    ["Nature", false],
    ["12", false],
    ["下称", false],
  ])("%s → %s", (s, want) => expect(isPinyin(s)).toBe(want));
});

describe("normalize", () => {
  it.each([
    ["監(jiān)管", "监管"],
    ["監(jian1)管", "监管"],
    ["監（jiān）管", "监管"],
    ["國家發(fā)改委", "国家发改委"],
    ["ＯＫＥｘ１２３", "OKEx123"],
    ["中国　人民  银行", "中国 人民 银行"],
    ["行为(a)和(OTC)", "行为(a)和(OTC)"],
  ])("%s → %s", (input, want) => expect(normalize(input).text).toBe(want));

  it("maps every normalized char back to the original", () => {
    const body = "先是國家發(fā)改委通報";
    const n = normalize(body);
    expect(n.text).toBe("先是国家发改委通报");
    expect(n.toOriginal).toHaveLength(n.text.length + 1);
    const i = n.text.indexOf("改");
    expect(body[n.toOriginal[i]!]).toBe("改");
  });

  it.each([
    ["国家发改委通报", -1],
    ["先是國家發(fā)改委", 2],
    ["ＯＫＥｘ，監管", 5],
    ["OKEx and BTC", -1],
  ])("%s: the conversion first changes body offset %i", (body, at) => expect(normalize(body).firstConverted).toBe(at));
});

describe("a document's language: Traditional when the conversion changed its first 4,000 characters", () => {
  it.each([
    ["000", "zh-Hans"],
    ["001", "zh-Hans"],
    ["002", "zh-Hant"],
    ["003", "zh-Hant"],
    ["004", "zh-Hans"],
  ] as const)("seed %s is %s", (k, want) => {
    const doc = seed(k).batch.nodes.find((n) => n.label === "Document")!;
    expect(doc.properties.language).toBe(want);
  });
});

describe("normalize on seed 002 (pinyin, mojibake, Traditional)", () => {
  const r = seed("002");
  const n = normalize(r.document.body);
  it("no glued pinyin annotation is left in the normalized text", () => {
    expect(n.text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
    expect(n.text.startsWith("监管的“无死角”围堵")).toBe(true);
  });
  it("the original characters are intact in the body and in the evidence", () => {
    expect(r.document.body).toContain("監(jiān)管");
    const s0 = r.batch.nodes.find((x) => x.id === r.sentences[0]!.id)!;
    expect(s0.properties.text).toContain("監(jiān)管");
  });
  it("reports the mojibake runs and the markup residue", () => {
    expect(r.warnings.filter((w) => /mojibake/.test(w)).length).toBeGreaterThanOrEqual(3);
    expect(r.warnings.some((w) => w.includes("重?fù)?"))).toBe(true);
    expect(r.warnings.some((w) => /markup residue/.test(w))).toBe(true);
  });
  it("mojibake never enters an entity name or alias", () => {
    for (const e of r.entities) for (const s of [e.name, ...e.aliases]) expect(s).not.toMatch(/[\uFFFD?]|fù/);
  });
  it("mention offsets point at the original characters", () => {
    for (const m of r.mentions) expect(r.document.body.slice(m.start, m.end)).toBe(m.surface);
    const ndrc = r.mentions.find((m) => m.entityId === "agency:国家发展和改革委员会")!;
    expect(ndrc.surface).toBe("國家發(fā)改委");
  });
});

describe("a hard-wrapped paragraph is read as the lines it was cut from", () => {
  // a forum repost wrapped at 78 columns: a name (内蒙古) and a title cut in two at the ends of lines
  const wrapped = [
    "(中央社台北3日电)",
    "据报导,中国可能将禁止加密货币比特币采矿。在最主要的矿区内蒙古,当地官方已发布文件,将",
    "在4月底前全面清理关停虚拟货币采矿专案。消息一出,比特币价格大涨。据称这是中国内蒙",
    "古自治区发改委2月25日发布的文件,其中提到要严禁新建虚拟货币采矿专案,还要求全面清理",
    "关停虚拟货币挖矿专案。",
    "",
    "下一段。",
  ].join("\n");

  it("the breaks after filled lines that end mid-sentence are left out, the offsets still point into the body", () => {
    const n = normalize(wrapped);
    expect(n.text).toContain("中国内蒙古自治区发改委");
    expect(n.text).toContain("要求全面清理关停");
    const at = n.text.indexOf("内蒙古自治区");
    expect(wrapped.slice(n.toOriginal[at]!, n.toOriginal[at + 6]!)).toBe("内蒙\n古自治区");
    // the line before the paragraph (a dateline) and the blank line between paragraphs stay
    expect(n.text).toContain("(中央社台北3日电)\n据报导");
    expect(n.text).toContain("专案。\n\n下一段。");
  });
  it("a CRLF break is left out whole", () => {
    expect(normalize(wrapped.replace(/\n/g, "\r\n")).text).toContain("中国内蒙古自治区发改委");
  });
  it.each([
    [
      "one line per paragraph, as most pages are",
      "第一段讲的是一件事情。\n第二段讲的是另外一件事情，它比第一段长一些。\n第三段。",
    ],
    ["a list of short lines", "一、关停矿场\n二、清理项目\n三、加强监测\n四、落实责任\n五、严肃追责"],
    [
      "lines of one width that end their sentences",
      [
        "国家发展改革委等部门联合发布通知，要求各地全面梳理排查虚拟货币挖矿项目。",
        "各省级人民政府要对本地区虚拟货币挖矿项目进行全面梳理排查并按期整改。",
        "各地发展改革部门要会同有关部门加强对虚拟货币挖矿活动的监测和处置。",
      ].join("\n"),
    ],
  ])("%s: no break is left out", (_what, text) => {
    expect(hardWrapBreaks(text).size).toBe(0);
  });
});
