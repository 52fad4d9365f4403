/**
 * Order independence: the graph an ingest builds does not depend on the order of the articles, nor on
 * loading them one file at a time or all at once (issue 10). Real Kuzu stores, real pipeline, compared
 * through the JSON export byte for byte; and processDocument leaves nothing behind between documents.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openStore, storeConfig, PROJECT_ROOT } from "../../store/index.js";
import { listArticleFiles, processDocument } from "../../ingest/pipeline.js";
import { load } from "../../ingest/load.js";
import { wholeGraph } from "../../server/graph.js";
import { exportGraph } from "../../schema/export/index.js";
import type { GraphBatch } from "../../schema/index.js";

const FILES = listArticleFiles([join(PROJECT_ROOT, "seeds"), join(PROJECT_ROOT, "test/fixtures/articles")]);

/** A graph with its nodes and edges in a fixed order (stores return rows in their own order). */
const sorted = (b: GraphBatch): GraphBatch => ({
  nodes: [...b.nodes].sort((x, y) => x.id.localeCompare(y.id)),
  edges: [...b.edges].sort((x, y) => x.id.localeCompare(y.id)),
});

async function ingestAndExport(files: string[], oneByOne: boolean): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), "kg-order-"));
  const store = await openStore(storeConfig({}, { kind: "embedded", dataDir }));
  try {
    const results = files.map((p) => processDocument(p, readFileSync(p)));
    if (oneByOne) for (const r of results) await load(store, [r]);
    else await load(store, results);
    return exportGraph(sorted(await wholeGraph(store)), "json")[0]!.text;
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe("extraction is pure and order-independent", () => {
  it("processDocument gives the same result for an article whatever was processed before it", () => {
    const target = FILES.find((f) => f.includes("exchange_exit"))!;
    const fresh = JSON.stringify(processDocument(target, readFileSync(target)));
    for (const f of FILES) processDocument(f, readFileSync(f));
    expect(JSON.stringify(processDocument(target, readFileSync(target)))).toBe(fresh);
  });

  it("an alias one article defines never reaches the next article (the lexicon is not written to)", () => {
    const b = (): string[] =>
      processDocument("b.txt", Buffer.from("中国人民银行发布通知。")).entities.find(
        (e) => e.id === "agency:中国人民银行",
      )!.aliases;
    const fresh = b();
    processDocument("a.txt", Buffer.from("中国人民银行（以下简称“人银”）发布通知。"));
    expect(b()).toEqual(fresh);
    expect(fresh).not.toContain("人银");
  });

  it("two orders, and file-by-file vs all at once, export byte-identical graphs", async () => {
    expect(FILES.length).toBeGreaterThan(10);
    const forward = await ingestAndExport(FILES, false);
    const backward = await ingestAndExport([...FILES].reverse(), false);
    const oneByOne = await ingestAndExport([...FILES].reverse(), true);
    expect(forward.length).toBeGreaterThan(10_000);
    expect(backward).toBe(forward);
    expect(oneByOne).toBe(forward);
  }, 300_000);
});
