/**
 * The file-level flow (ingestFiles on a real Kuzu store): a file the walker
 * cannot stat (a symlink loop) is one error naming it and the rest loads;
 * files that are not articles are reported as skipped with the reason; a
 * second copy of an article under another name is reported as a duplicate
 * and not loaded twice; the graph does not depend on how many extraction
 * workers ran.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, storeConfig, type GraphStore } from "../../store/index.js";
import { ingestFiles, type IngestReport } from "../../ingest/ingest.js";
import { extractionThreads } from "../../ingest/workers.js";
import { findArticles } from "../../ingest/files.js";
import { SEEDS } from "./seeds.js";

const dirs: string[] = [];
const stores: GraphStore[] = [];
const tmp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
async function open(): Promise<GraphStore> {
  const store = await openStore(storeConfig({}, { kind: "embedded", dataDir: tmp("kg-files-store-") }));
  stores.push(store);
  return store;
}
afterAll(async () => {
  for (const s of stores) await s.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("a folder with a symlink loop, non-articles and a duplicate copy", () => {
  let dir: string;
  let report: IngestReport;
  let store: GraphStore;

  beforeAll(async () => {
    dir = tmp("kg-files-");
    mkdirSync(join(dir, "2021", "06"), { recursive: true });
    copyFileSync(SEEDS["000"], join(dir, "2021", "06", "a.txt"));
    copyFileSync(SEEDS["003"], join(dir, "b.txt"));
    copyFileSync(SEEDS["000"], join(dir, "2021", "copy-of-a.txt")); // the same article under another name
    symlinkSync("self.txt", join(dir, "self.txt")); // a symlink loop
    symlinkSync(".", join(dir, "2021", "again")); // a folder loop
    writeFileSync(join(dir, "report.pdf"), "%PDF-1.4\n");
    writeFileSync(join(dir, "photo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(join(dir, "notes.docx"), "PK");
    writeFileSync(join(dir, "data.bin"), Buffer.from([0, 1, 2]));
    store = await open();
    report = await ingestFiles(store, [dir]);
  }, 300_000);

  it("reports the symlink loop as one error naming the file, and loads the rest", () => {
    const loops = report.errors.filter((e) => /symbolic link loop/.test(e.message));
    expect(loops.map((e) => e.path)).toContain(join(dir, "self.txt"));
    expect(loops.find((e) => e.path === join(dir, "self.txt"))!.message).toMatch(/^.*self\.txt: cannot be read/);
    expect(report.errors.every((e) => e.message.startsWith(e.path))).toBe(true);
    expect(report.loaded).toBe(2);
  });

  it("reports each non-article file as skipped, with the reason", () => {
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.path.slice(dir.length + 1), s.reason]));
    expect(reasons["report.pdf"]).toMatch(/PDF/);
    expect(reasons["photo.png"]).toMatch(/image/);
    expect(reasons["notes.docx"]).toMatch(/word-processor/);
    expect(reasons["data.bin"]).toMatch(/binary/);
  });

  it("detects the second copy by its text hash and does not load it twice", async () => {
    expect(report.duplicates).toEqual([{ path: join(dir, "2021", "copy-of-a.txt"), of: "doc:a" }]);
    const docs = await store.readQuery("MATCH (d:Document) RETURN d.id AS id ORDER BY id");
    expect(docs.rows.map((r) => r.id)).toEqual(["doc:a", "doc:b"]);
    // no evidence from the copy: every relationship's evidence is only doc:a's and doc:b's sentences
    const ev = await store.readQuery(
      "MATCH ()-[r]->() WHERE r.evidence IS NOT NULL UNWIND r.evidence AS s RETURN DISTINCT split_part(s, '#', 1) AS doc",
      {},
      { rowLimit: 100_000 },
    );
    expect(ev.rows.map((r) => r.doc).sort()).toEqual(["doc:a", "doc:b"]);
  });

  it("a copy under another name is a duplicate on a later run too", async () => {
    const later = tmp("kg-files-later-");
    copyFileSync(SEEDS["003"], join(later, "b-again.txt"));
    const again = await ingestFiles(store, [later]);
    expect(again.duplicates).toEqual([{ path: join(later, "b-again.txt"), of: "doc:b" }]);
    expect(again.loaded).toBe(0);
  });

  it("findArticles lists the articles only", () => {
    const found = findArticles([dir]);
    expect(found.files.map((f) => f.slice(dir.length + 1))).toEqual(["2021/06/a.txt", "2021/copy-of-a.txt", "b.txt"]);
  });
});

describe("extraction on worker threads", () => {
  it("gives the same graph with 2 workers as in one thread", async () => {
    const graph = async (workers: number) => {
      const store = await open();
      const r = await ingestFiles(store, Object.values(SEEDS), { workers, batchSize: 2 });
      expect(r.loaded).toBe(5);
      const rows = await store.readQuery(
        "MATCH (a)-[r]->(b) RETURN r.id AS id, r.evidence AS ev ORDER BY id",
        {},
        { rowLimit: 100_000 },
      );
      return rows.rows;
    };
    const one = await graph(0);
    const two = await graph(2);
    expect(one.length).toBeGreaterThan(100);
    expect(two).toEqual(one);
  }, 300_000);
});

describe("bounded batches", () => {
  it("closes a batch at `batchRows` graph rows, whatever the article count allows", async () => {
    const store = await open();
    // each seed has well over 10 rows: every article is a batch of its own
    const small = await ingestFiles(store, Object.values(SEEDS), { batchSize: 1000, batchRows: 10 });
    expect(small.loaded).toBe(5);
    expect(small.batches.map((b) => b.documents)).toEqual([1, 1, 1, 1, 1]);
    const other = await open();
    const whole = await ingestFiles(other, Object.values(SEEDS), { batchSize: 1000 });
    expect(whole.batches.map((b) => b.documents)).toEqual([5]);
  }, 120_000);

  it("extracts in the calling thread by default (a worker thread costs ~100 MB), on workers when asked", () => {
    expect(extractionThreads(5000)).toBe(0);
    expect(extractionThreads(10)).toBe(0);
    expect(extractionThreads(5000, 1)).toBe(1);
    expect(extractionThreads(3, 8)).toBeLessThanOrEqual(3);
  });
});
