/**
 * Loading articles a few at a time into one embedded store keeps every entity's aliases and every relationship's
 * evidence exactly the union of what the articles gave it. Kuzu 0.11.3 let the MERGEs that rewrote stored
 * provinces' aliases put the table's first aliases into a province the same batch had appended with COPY (天津市
 * stored as ["內蒙古", "天津"]); order.test.ts met it only when the seeds happened to line up so.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openStore, storeConfig, PROJECT_ROOT } from "../../store/index.js";
import { listArticleFiles, processDocument } from "../../ingest/pipeline.js";
import { load } from "../../ingest/load.js";
import { wholeGraph } from "../../server/graph.js";
import { generateCorpus } from "../../bench/corpus.js";

const sortedList = (v: unknown): string[] => [...((v as string[] | null | undefined) ?? [])].sort();

describe("articles loaded a few at a time", () => {
  it("keep each entity's own aliases and each relationship's own evidence", async () => {
    const corpus = generateCorpus({ articles: 70, seed: 3 });
    const files = [
      ...listArticleFiles([join(PROJECT_ROOT, "seeds"), join(PROJECT_ROOT, "test/fixtures/articles")]),
      ...corpus.files,
    ];
    const results = files.map((p) => processDocument(p, readFileSync(p)));
    rmSync(corpus.dir, { recursive: true, force: true });
    // what each entity and relationship must hold: the union over the articles
    const aliases = new Map<string, Set<string>>();
    const evidence = new Map<string, Set<string>>();
    for (const r of results) {
      for (const n of r.batch.nodes)
        if (Array.isArray(n.properties.aliases))
          for (const a of [...(n.properties.aliases as string[]), ""])
            aliases.set(n.id, (aliases.get(n.id) ?? new Set()).add(a));
      for (const e of r.batch.edges)
        if (Array.isArray(e.properties.evidence))
          for (const s of [...(e.properties.evidence as string[]), ""])
            evidence.set(e.id, (evidence.get(e.id) ?? new Set()).add(s));
    }
    const want = (m: Map<string, Set<string>>, id: string): string[] => [...(m.get(id) ?? [])].filter(Boolean).sort();

    const dataDir = mkdtempSync(join(tmpdir(), "kg-chunked-"));
    const store = await openStore(storeConfig({}, { kind: "embedded", dataDir }));
    try {
      const sizes = [1, 3, 2, 7, 1, 1, 5];
      for (let i = 0, k = 0; i < results.length; i += sizes[k++ % sizes.length]!)
        await load(store, results.slice(i, i + sizes[k % sizes.length]!));
      const g = await wholeGraph(store);
      const wrongNodes = g.nodes
        .filter((n) => aliases.has(n.id))
        .filter((n) => JSON.stringify(sortedList(n.properties.aliases)) !== JSON.stringify(want(aliases, n.id)))
        .map((n) => `${n.id}: ${JSON.stringify(n.properties.aliases)}, want ${JSON.stringify(want(aliases, n.id))}`);
      const wrongEdges = g.edges
        .filter((e) => evidence.has(e.id))
        .filter((e) => JSON.stringify(sortedList(e.properties.evidence)) !== JSON.stringify(want(evidence, e.id)))
        .map((e) => e.id);
      expect(aliases.size).toBeGreaterThan(500);
      expect(wrongNodes).toEqual([]);
      expect(wrongEdges).toEqual([]);
    } finally {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
