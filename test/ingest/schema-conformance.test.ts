/**
 * Every relationship the extractor emits is one the schema allows (REL_SPECS endpoints): the store rejects a
 * batch holding any other, and with it the whole article. Checked on the seeds, the fixture articles and a
 * seeded generated corpus of the genre (bench/corpus.ts: varied provinces, prefectures, agencies, companies),
 * whose sentences put places where the hand-written texts put firms (对X市开展检查).
 */
import { afterAll, describe, expect, it } from "vitest";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { processDocument } from "../../ingest/pipeline.js";
import { REL_SPECS, labelOfId } from "../../schema/index.js";
import { generateCorpus } from "../../bench/corpus.js";
import { SEEDS } from "./seeds.js";

/** The relationships of one article the schema does not allow, as `TYPE from->to (id)`. */
function violations(path: string): string[] {
  const { batch } = processDocument(path, readFileSync(path));
  const labels = new Map(batch.nodes.map((n) => [n.id, n.label]));
  return batch.edges.flatMap((e) => {
    const from = labels.get(e.source) ?? labelOfId(e.source);
    const to = labels.get(e.target) ?? labelOfId(e.target);
    const ok = REL_SPECS[e.type].endpoints.some(([f, t]) => f === from && t === to);
    return ok ? [] : [`${path}: ${e.type} ${from}->${to} (${e.id})`];
  });
}

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

describe("extracted relationships fit the schema", () => {
  const corpus = generateCorpus({ articles: 400, seed: 11 });
  afterAll(() => rmSync(corpus.dir, { recursive: true, force: true }));

  it("on the seeds and the fixture articles", () => {
    const files = [...Object.values(SEEDS), ...walk("test/fixtures/articles")];
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap(violations)).toEqual([]);
  });

  it("on 400 generated articles of the genre", () => {
    expect(corpus.files.length).toBe(400);
    const bad = corpus.files.flatMap(violations);
    expect(bad.slice(0, 5)).toEqual([]);
  });
});
