/**
 * The text index (server/text-index.ts) on the real seeds in a real Kuzu store: a query of two characters or
 * more is answered from the bigram index, never by the store's CONTAINS statement over every sentence;
 * Simplified and Traditional queries find the same sentences; after an ingest changes the sentences, the
 * index follows (rebuilt on the fingerprint). One-character words still work (the store fallback).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../store/index.js";
import { buildTextIndex, textCandidates, textIndex } from "../../server/text-index.js";
import { textSearch } from "../../server/text-search.js";
import { ingestFiles } from "../../ingest/ingest.js";
import { seededStore, type SeededStore } from "../helpers/seeded-store.js";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let seeded: SeededStore;
let calls: string[] = [];
/** The real store, with every named statement it is asked recorded. */
let store: GraphStore;

beforeAll(async () => {
  seeded = await seededStore();
  const real = seeded.store;
  store = new Proxy(real, {
    get(target, key, receiver) {
      if (key === "run")
        return (name: string, ...rest: unknown[]) => {
          calls.push(name);
          return (target.run as (...a: unknown[]) => unknown).call(target, name, ...rest);
        };
      const v = Reflect.get(target, key, receiver);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
});
afterAll(async () => seeded?.cleanup());

describe("pure index", () => {
  const sentences = [
    { id: "d#0", docId: "d", text: "嚴厲打擊虛擬貨幣挖礦", idx: 0, start: 0, end: 10 },
    { id: "d#1", docId: "d", text: "全面清理虚拟货币挖矿项目", idx: 1, start: 10, end: 22 },
    { id: "d#2", docId: "d", text: "数据中心能耗", idx: 2, start: 22, end: 28 },
  ];
  const index = buildTextIndex(sentences, []);
  it("Traditional and Simplified text are indexed alike (normalized)", () => {
    expect(textCandidates(index, ["虚拟货币"])!.map((s) => s.id)).toEqual(["d#0", "d#1"]);
    expect(textCandidates(index, ["挖矿", "项目"])!.map((s) => s.id)).toEqual(["d#1"]);
    expect(textCandidates(index, ["比特币"])).toEqual([]);
  });
  it("a one-character word has no bigram: null (the caller asks the store)", () => {
    expect(textCandidates(index, ["矿"])).toBeNull();
  });
});

describe("on the seeds", () => {
  it("answers from the index without the CONTAINS statement, Simplified and Traditional alike", async () => {
    await textIndex(store);
    calls = [];
    const simplified = await textSearch(store, "史上最严");
    const traditional = await textSearch(store, "史上最嚴");
    expect(calls).not.toContain("text-search-sentences");
    expect(calls).not.toContain("text-search-documents");
    expect(simplified.total).toBeGreaterThan(0);
    expect(traditional.hits.map((h) => h.sentenceId)).toEqual(simplified.hits.map((h) => h.sentenceId));
    // hits from a Traditional article keep their original characters
    expect(simplified.hits.some((h) => h.text.slice(h.matchStart, h.matchEnd) === "史上最嚴")).toBe(true);
  });

  it("a one-character query still answers (through the store)", async () => {
    calls = [];
    const r = await textSearch(store, "矿");
    expect(calls).toContain("text-search-sentences");
    expect(r.total).toBeGreaterThan(0);
  });

  it("follows an ingest: a new article's sentence is found", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-text-index-"));
    try {
      const word = "鲲鹏算力券";
      expect((await textSearch(store, word)).total).toBe(0);
      writeFileSync(join(dir, "new.txt"), `某省发布通知。该省将发放${word}，支持数据中心建设。`);
      const report = await ingestFiles(seeded.store, [dir]);
      expect(report.loaded).toBe(1);
      const r = await textSearch(store, word);
      expect(r.total).toBe(1);
      expect(r.hits[0]!.text).toContain(word);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
