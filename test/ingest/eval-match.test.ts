/**
 * Scoring conventions of `npm run eval`: a local body written with or without the divisions above its own is
 * one body (the gold's 北京市海淀区人民检察院 is the extractor's 海淀区人民检察院), and nothing else is merged; an
 * article the pipeline rejects is reported and scored as nothing found.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, formatReport, goldResolver, loadCorpus, localCore } from "../../ingest/eval.js";
import type { DocumentResult } from "../../ingest/types.js";

describe("localCore", () => {
  it.each([
    ["北京市海淀区人民检察院", "海淀区人民检察院"],
    ["内蒙古赤峰市元宝山区公安局经济调查大队", "元宝山区公安局经济调查大队"],
    ["赤峰市元宝山区公安局", "元宝山区公安局"],
    ["江苏省南京市江宁区发展和改革局", "江宁区发展和改革局"],
  ])("%s → %s", (name, core) => expect(localCore(name)).toBe(core));

  it.each(["北京市公安局", "赤峰市公安局", "内蒙古自治区发展和改革委员会", "中国人民银行", "元宝山区公安局"])(
    "%s stays whole (no division follows the first)",
    (name) => expect(localCore(name)).toBe(name),
  );
});

describe("goldResolver", () => {
  const entities = [
    { id: "agency:海淀区人民检察院", label: "Agency", name: "海淀区人民检察院", aliases: [] },
    { id: "agency:赤峰市公安局", label: "Agency", name: "赤峰市公安局", aliases: [] },
  ] as unknown as DocumentResult["entities"];
  const resolve = goldResolver(entities);

  it("a gold name with the city before the district finds the district-named body", () => {
    expect(resolve("Agency", "北京市海淀区人民检察院")).toBe("agency:海淀区人民检察院");
  });
  it("a body of another level is not merged: the city's bureau is not a district's", () => {
    expect(resolve("Agency", "赤峰市元宝山区公安局")).toBe("agency:赤峰市元宝山区公安局");
    expect(resolve("Agency", "北京市人民检察院")).toBe("agency:北京市人民检察院");
  });
});

describe("a corpus with an article the pipeline rejects", () => {
  it("scores the others and names the rejected file, its gold counted as missed", () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-eval-"));
    try {
      writeFileSync(join(dir, "a.txt"), "中国人民银行发布通知，要求加强监管。");
      writeFileSync(join(dir, "b.txt"), '---\ntitle: "猎狐"在行动\n---\n\n公安部发布通知。');
      const gold = (file: string, agency: string) => ({
        file,
        entities: { Agency: [agency] },
        relations: [],
        measureDates: {},
      });
      writeFileSync(
        join(dir, "gold.json"),
        JSON.stringify({ documents: [gold("a.txt", "中国人民银行"), gold("b.txt", "公安部")] }),
      );
      const r = evaluate(loadCorpus(dir), dir);
      expect(r.errors).toEqual([expect.stringMatching(/b\.txt: broken YAML front matter/)]);
      const agencies = r.entities.find((s) => s.kind === "Agency")!;
      expect([agencies.gold, agencies.correct]).toEqual([2, 1]);
      expect(formatReport(r)).toMatch(/^error +.*b\.txt: broken YAML front matter/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("false nodes", () => {
  it("a node the gold names only as a relation's end is no false node, and recall is unchanged", () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-eval-"));
    try {
      writeFileSync(join(dir, "a.txt"), "鄂州市中级人民法院审结一起诈骗案，案发地在鄂州市。");
      const relations = [
        ["LOCATED_IN", "Agency:鄂州市中级人民法院", "Place:鄂州市"],
        ["IN_PROVINCE", "Place:鄂州市", "Province:湖北省"],
      ];
      const entities = { Agency: ["鄂州市中级人民法院"] };
      writeFileSync(join(dir, "gold.json"), JSON.stringify({ documents: [{ file: "a.txt", entities, relations }] }));
      const r = evaluate(loadCorpus(dir), dir);
      expect(r.falseNodes).toEqual([]);
      expect(r.entities.find((s) => s.kind === "Place")?.gold ?? 0).toBe(0);
      // a node the gold names nowhere stays false
      writeFileSync(
        join(dir, "gold.json"),
        JSON.stringify({ documents: [{ file: "a.txt", entities, relations: relations.slice(0, 0) }] }),
      );
      expect(evaluate(loadCorpus(dir), dir).falseNodes).toEqual([expect.stringMatching(/place:鄂州市$/)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
