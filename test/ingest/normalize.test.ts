import { describe, expect, it } from "vitest";
import { isPinyin, normalize } from "../../schema/text.js";
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
