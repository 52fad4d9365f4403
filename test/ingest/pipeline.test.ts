import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { CLIENT_LABELS, labelOfId, NODE_PROPERTIES, REL_SPECS } from "../../schema/index.js";
import { listArticleFiles, processDocument, processFiles } from "../../ingest/pipeline.js";
import { SEEDS, seed, type SeedKey } from "./seeds.js";

const KEYS = Object.keys(SEEDS) as SeedKey[];

describe("processDocument: errors first", () => {
  it("throws with the path first", () => {
    expect(() => processDocument("x/empty.txt", new Uint8Array())).toThrow(/^x\/empty\.txt: empty file/);
  });
});

describe("processFiles", () => {
  const dir = mkdtempSync(join(tmpdir(), "kg-ingest-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(
    join(dir, "a_good.txt"),
    "---\ntitle: 好\ndate: 2021-05-21\n---\n国务院金融稳定发展委员会召开第五十一次会议，打击比特币挖矿和交易行为。",
  );
  writeFileSync(join(dir, "b_empty.txt"), "");
  writeFileSync(join(dir, "c_binary.txt"), Buffer.from([0, 1, 2, 3, 0xff, 0]));
  writeFileSync(join(dir, "d_frontmatter.txt"), "---\ntitle: [oops\n---\n中国人民银行。");
  writeFileSync(
    join(dir, "e_gbk.txt"),
    iconv.encode("内蒙古自治区发展和改革委员会发布《关于确保完成能耗双控目标任务若干保障措施》。", "gbk"),
  );
  writeFileSync(join(dir, "notes.json"), "{}");
  mkdirSync(join(dir, "lexicon"));
  writeFileSync(join(dir, "lexicon", "x.txt"), "中国人民银行");

  it("listArticleFiles expands directories, sorted, skipping lexicon and other extensions", () => {
    expect(listArticleFiles([dir]).map((p) => p.slice(dir.length + 1))).toEqual([
      "a_good.txt",
      "b_empty.txt",
      "c_binary.txt",
      "d_frontmatter.txt",
      "e_gbk.txt",
    ]);
    expect(listArticleFiles(["seeds"])).toEqual(Object.values(SEEDS));
  });

  it("one broken file never stops the rest; each error names its file", () => {
    const progress: number[] = [];
    const { results, errors } = processFiles(listArticleFiles([dir]), (done) => progress.push(done));
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(results.map((r) => r.document.path.slice(dir.length + 1))).toEqual(["a_good.txt", "e_gbk.txt"]);
    expect(errors.map((e) => e.message.replace(dir + "/", ""))).toEqual([
      expect.stringMatching(/^b_empty\.txt: empty file/),
      expect.stringMatching(/^c_binary\.txt: binary file/),
      expect.stringMatching(/^d_frontmatter\.txt: broken YAML front matter/),
    ]);
    const gbk = results[1]!;
    expect(gbk.warnings[0]).toMatch(/decoded as GBK/);
    expect(gbk.entities.map((e) => e.id)).toContain("agency:内蒙古自治区发展和改革委员会");
  });

  it("a missing path is reported, not thrown", () => {
    const { errors } = processFiles(listArticleFiles(["nope/missing.txt"]));
    expect(errors[0]!.message).toMatch(/^nope\/missing\.txt: /);
  });
});

describe("the batch respects the schema", () => {
  it.each(KEYS)("seed %s", (k) => {
    const { batch } = seed(k);
    const ids = new Set(batch.nodes.map((n) => n.id));
    expect(ids.size).toBe(batch.nodes.length);
    for (const n of batch.nodes) {
      expect(labelOfId(n.id)).toBe(n.label);
      for (const [key, v] of Object.entries(n.properties)) {
        expect(NODE_PROPERTIES[n.label], `${n.id}.${key}`).toHaveProperty(key);
        expect(v, `${n.id}.${key}`).not.toBeUndefined();
        if (NODE_PROPERTIES[n.label][key] === "DATE" && v !== null) expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    const edgeIds = new Set(batch.edges.map((e) => e.id));
    expect(edgeIds.size).toBe(batch.edges.length);
    for (const e of batch.edges) {
      expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
      const spec = REL_SPECS[e.type];
      expect(
        spec.endpoints.some(([f, t]) => f === labelOfId(e.source) && t === labelOfId(e.target)),
        e.id,
      ).toBe(true);
      for (const [key, v] of Object.entries(e.properties)) {
        expect(spec.properties, `${e.id}.${key}`).toHaveProperty(key);
        expect(v).not.toBeUndefined();
      }
      if (e.type !== "MENTIONS" && e.type !== "HAS_SENTENCE") {
        expect((e.properties.evidence as string[]).length).toBeGreaterThan(0);
        for (const s of e.properties.evidence as string[]) expect(ids.has(s)).toBe(true);
      }
    }
  });
  it.each(KEYS)("seed %s: every MENTIONS surface is the body slice at its offsets, inside its sentence", (k) => {
    const r = seed(k);
    const sentences = new Map(r.sentences.map((s) => [s.id, s]));
    for (const e of r.batch.edges.filter((x) => x.type === "MENTIONS")) {
      const { surface, start, end } = e.properties as { surface: string; start: number; end: number };
      expect(r.document.body.slice(start, end)).toBe(surface);
      const s = sentences.get(e.source)!;
      expect(start >= s.start && end <= s.end, `${e.id} in ${s.id}`).toBe(true);
    }
  });
  it("processing twice gives the same batch (deterministic ids)", () => {
    const a = processDocument(SEEDS["000"], readFileSync(SEEDS["000"]));
    expect(JSON.stringify(a.batch)).toBe(JSON.stringify(seed("000").batch));
  });
});

describe("across the five seeds", () => {
  const all = KEYS.map(seed);
  it("yields all five client kinds", () => {
    const labels = new Set(all.flatMap((r) => r.entities.map((e) => e.label)));
    for (const l of CLIENT_LABELS) expect(labels).toContain(l);
  });
  it("中国人民银行 is mentioned in at least two documents, with evidence sentences", () => {
    const docs = all.filter((r) =>
      r.batch.edges.some((e) => e.type === "MENTIONS" && e.target === "agency:中国人民银行"),
    );
    expect(docs.length).toBeGreaterThanOrEqual(2);
  });
  it("内蒙古发改委 and 国家发改委 are distinct agencies", () => {
    const imm = seed("000").mentions.find((m) => m.surface === "内蒙古发改委")!;
    const ndrc = seed("002").mentions.find((m) => m.surface === "國家發(fā)改委")!;
    expect(imm.entityId).toBe("agency:内蒙古自治区发展和改革委员会");
    expect(ndrc.entityId).toBe("agency:国家发展和改革委员会");
    const immEntity = seed("000").entities.find((e) => e.id === imm.entityId)!;
    expect(immEntity.properties.level).toBe("provincial");
    expect(seed("000").relations).toContainEqual(
      expect.objectContaining({ type: "LOCATED_IN", source: imm.entityId, target: "province:内蒙古自治区" }),
    );
    // the full name in 004 is the same agency as the short form in 000 and the Traditional one in 002
    expect(seed("004").entities.map((e) => e.id)).toContain(imm.entityId);
    expect(seed("002").entities.map((e) => e.id)).toContain(imm.entityId);
  });
  it.each([
    ["003", "中國人民銀行", "agency:中国人民银行"],
    ["002", "國家發(fā)改委", "agency:国家发展和改革委员会"],
    ["003", "924規定", "measure:关于进一步防范和处置虚拟货币交易炒作风险的通知"],
    ["002", "蘇筱芮", "person:苏筱芮"],
  ] as const)("%s: Traditional %s → %s, surface kept Traditional", (k, surface, id) => {
    const r = seed(k);
    const m = r.mentions.find((x) => x.surface === surface)!;
    expect(m.entityId).toBe(id);
    expect(r.document.body.slice(m.start, m.end)).toBe(surface);
    const edge = r.batch.edges.find(
      (e) => e.type === "MENTIONS" && e.target === id && e.properties.surface === surface,
    );
    expect(edge).toBeDefined();
  });
  it("entity nodes carry name, aliases and a normalized search key", () => {
    const pboc = seed("003").batch.nodes.find((n) => n.id === "agency:中国人民银行")!;
    expect(pboc.properties.name).toBe("中国人民银行");
    expect(pboc.properties.aliases).toEqual(expect.arrayContaining(["央行", "人行", "中國人民銀行"]));
    expect(String(pboc.properties.search).split("|")).toEqual(expect.arrayContaining(["中国人民银行", "央行", "人行"]));
    expect(pboc.properties.search).not.toMatch(/[A-Z]|銀/);
  });
});
