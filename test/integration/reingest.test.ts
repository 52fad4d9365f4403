/**
 * The article is the unit of ownership. Ingest the five seeds, change one
 * (a new sentence at the start, another sentence deleted) and ingest again:
 * the store must then hold exactly what a fresh ingest of the current files
 * holds — same entities, same sentences, same relationships with the same
 * evidence — and every evidence id must point at a sentence of the current
 * text that mentions both ends. A real Kuzu store through ingestFiles.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, storeConfig, type GraphStore } from "../../store/index.js";
import { ingestFiles } from "../../ingest/ingest.js";
import { processDocument } from "../../ingest/pipeline.js";
import { SEEDS_DIR } from "../helpers/seeded-store.js";

const CHANGED = "001_59280daeeeb6f7de.txt";
const ADDED = "中国人民银行表示，将联合国家互联网信息办公室继续整治虚拟货币交易平台。";

let corpus: string;
const dirs: string[] = [];
const stores: GraphStore[] = [];

async function open(): Promise<GraphStore> {
  const dir = mkdtempSync(join(tmpdir(), "kg-reingest-"));
  dirs.push(dir);
  const store = await openStore(storeConfig({}, { kind: "embedded", dataDir: dir }));
  stores.push(store);
  return store;
}

interface Snapshot {
  entities: string[];
  sentences: Array<[string, string]>;
  mentions: string[];
  relations: Array<[string, string[]]>;
}

async function snapshot(store: GraphStore): Promise<Snapshot> {
  const q = (cypher: string) => store.readQuery(cypher, {}, { rowLimit: 100_000 }).then((r) => r.rows);
  const entities = (await q("MATCH (n) WHERE n.search IS NOT NULL RETURN n.id AS id")).map((r) => String(r.id)).sort();
  const sentences = (await q("MATCH (s:Sentence) RETURN s.id AS id, s.text AS text"))
    .map((r) => [String(r.id), String(r.text)] as [string, string])
    .sort((a, b) => a[0].localeCompare(b[0]));
  const mentions = (await q("MATCH (:Sentence)-[m:MENTIONS]->() RETURN m.id AS id")).map((r) => String(r.id)).sort();
  const relations = (await q("MATCH ()-[r]->() WHERE r.evidence IS NOT NULL RETURN r.id AS id, r.evidence AS ev"))
    .map((r) => [String(r.id), [...(r.ev as string[])].sort()] as [string, string[]])
    .sort((a, b) => a[0].localeCompare(b[0]));
  return { entities, sentences, mentions, relations };
}

let before: Snapshot;
let after: Snapshot;
let fresh: Snapshot;
let deleted: string;
let touched: string[][];

beforeAll(async () => {
  corpus = mkdtempSync(join(tmpdir(), "kg-reingest-corpus-"));
  dirs.push(corpus);
  cpSync(SEEDS_DIR, corpus, { recursive: true });
  const store = await open();
  const first = await ingestFiles(store, [corpus]);
  expect(first.loaded).toBe(5);
  before = await snapshot(store);

  // change the article: a sentence at the start, and the sentence that supports the most relationships deleted
  const path = join(corpus, CHANGED);
  const text = readFileSync(path, "utf8");
  const old = processDocument(path, Buffer.from(text));
  const support = new Map<string, number>();
  for (const r of old.relations) for (const s of r.evidence) support.set(s, (support.get(s) ?? 0) + 1);
  const [top] = [...support.entries()].sort((a, b) => b[1] - a[1])[0]!;
  deleted = old.sentences.find((s) => s.id === top)!.text;
  expect(text).toContain(deleted);
  const body = text.replace(deleted, "");
  const firstLine = body.search(/\S/);
  writeFileSync(path, body.slice(0, firstLine) + ADDED + "\n\n" + body.slice(firstLine));

  touched = [];
  const again = await ingestFiles(store, [corpus], { afterBatch: (_s, ids) => void touched.push(ids) });
  expect(again.loaded).toBe(1);
  expect(again.replaced).toBe(1);
  expect(again.unchanged).toHaveLength(4);
  after = await snapshot(store);

  fresh = await snapshot(await open().then(async (s) => (await ingestFiles(s, [corpus]), s)));
}, 600_000);

afterAll(async () => {
  for (const s of stores) await s.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("re-ingesting a changed article", () => {
  it("changed something (the test is not vacuous)", () => {
    expect(after.sentences).not.toEqual(before.sentences);
    expect(before.sentences.some(([, t]) => t === deleted)).toBe(true);
  });

  it("holds exactly what a fresh ingest of the current files holds", () => {
    expect(after.sentences).toEqual(fresh.sentences);
    expect(after.mentions).toEqual(fresh.mentions);
    expect(after.relations).toEqual(fresh.relations);
    expect(after.entities).toEqual(fresh.entities);
  });

  it("keeps nothing only the old version said: the deleted sentence is gone", () => {
    expect(after.sentences.some(([, t]) => t === deleted)).toBe(false);
    expect(after.sentences.some(([, t]) => t.includes(ADDED.slice(0, 10)))).toBe(true);
  });

  it("every evidence id points at a current sentence; in the changed article, one whose text has both ends' surfaces", async () => {
    const store = stores[0]!;
    const text = new Map(after.sentences);
    for (const [id, evidence] of after.relations) {
      expect(evidence.length, id).toBeGreaterThan(0);
      for (const s of evidence) expect(text.has(s), `${id}: ${s} is a stored sentence`).toBe(true);
    }
    // the surface forms of both ends are in the sentence text, for sentences of the changed article
    const rows = (
      await store.readQuery(
        "MATCH (s:Sentence)-[m1:MENTIONS]->(a), (s)-[m2:MENTIONS]->(b), (a)-[r]->(b) WHERE s.docId = $doc AND list_contains(r.evidence, s.id) RETURN s.text AS text, m1.surface AS x, m2.surface AS y",
        { doc: "doc:001_59280daeeeb6f7de" },
        { rowLimit: 100_000 },
      )
    ).rows;
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(String(r.text)).toContain(String(r.x));
      expect(String(r.text)).toContain(String(r.y));
    }
  });

  it("the batch reports the entities it touched (for the ranking refresh hook)", () => {
    expect(touched).toHaveLength(1);
    expect(touched[0]).toContain("agency:中国人民银行");
    for (const id of touched[0]!)
      expect(id).toMatch(/^(agency|province|company|official|measure|person|place|country):/);
  });
});
