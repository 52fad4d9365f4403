/**
 * Load throughput on the generated corpus (bench/corpus.ts): the extracted
 * batch of N articles loaded through the ingest's load path (loadBatch in
 * batches of 1000 articles, each one transaction, into an empty Kuzu store —
 * and into Neo4j when NEO4J_URI is set), beside Kuzu's bulk COPY of the same
 * deduplicated rows into an empty database in one go (the baseline), in one
 * run. Prints a table; asserts nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import kuzu, { type KuzuValue, type QueryResult } from "kuzu";
import { openStore, storeConfig } from "../store/index.js";
import { copyEdges, copyNodes, kuzuDdl } from "../store/statements.js";
import { kuzuBatches } from "../store/kuzu.js";
import { planUpsert } from "../store/upsert-plan.js";
import type { GraphBatch } from "../schema/index.js";
import { processDocument } from "../ingest/pipeline.js";
import { loadBatch, type LoadItem } from "../ingest/load.js";
import { generateCorpus } from "./corpus.js";

export interface LoadFigure {
  what: string;
  nodes: number;
  edges: number;
  seconds: number;
}

async function kuzuCopy(batch: GraphBatch): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "kg-bench-copy-"));
  const db = new kuzu.Database(join(dir, "kuzu.db"));
  const conn = new kuzu.Connection(db);
  for (const ddl of kuzuDdl()) ((await conn.query(ddl)) as QueryResult).close();
  const plan = planUpsert(batch);
  const run = async (text: string, rows: unknown[]) => {
    const ps = await conn.prepare(text);
    if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
    const r = await conn.execute(ps, { rows } as Record<string, KuzuValue>);
    for (const x of Array.isArray(r) ? r : [r]) x.close();
  };
  const t0 = performance.now();
  for (const g of plan.nodes) for (const rows of kuzuBatches(g.rows, 50_000)) await run(copyNodes(g.label), rows);
  for (const g of plan.edges)
    for (const rows of kuzuBatches(g.rows, 50_000)) await run(copyEdges(g.type, g.from, g.to), rows);
  const seconds = (performance.now() - t0) / 1000;
  await conn.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
  return seconds;
}

async function viaLoad(kind: "embedded" | "neo4j", items: LoadItem[]): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "kg-bench-load-"));
  const store = await openStore(storeConfig(process.env, { kind, dataDir: dir }));
  try {
    if (kind === "neo4j") await (store as unknown as { clearForTests(): Promise<void> }).clearForTests();
    const stored = new Set<string>();
    const t0 = performance.now();
    for (let i = 0; i < items.length; i += 1000) {
      const part = items.slice(i, i + 1000);
      await loadBatch(store, part, stored);
      for (const it of part) stored.add(it.result.document.id);
    }
    return (performance.now() - t0) / 1000;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function loadBench(articles = 500): Promise<LoadFigure[]> {
  const corpus = generateCorpus({ articles, seed: 11 });
  const items = corpus.files.map((p) => ({ result: processDocument(p, readFileSync(p)) }));
  rmSync(corpus.dir, { recursive: true, force: true });
  const all: GraphBatch = {
    nodes: items.flatMap((i) => i.result.batch.nodes),
    edges: items.flatMap((i) => i.result.batch.edges),
  };
  const plan = planUpsert(all);
  const nodes = plan.nodes.reduce((a, g) => a + g.rows.length, 0);
  const edges = plan.edges.reduce((a, g) => a + g.rows.length, 0);
  const figures: LoadFigure[] = [];
  const add = (what: string, seconds: number) => figures.push({ what, nodes, edges, seconds });
  add("Kuzu COPY of the whole batch, empty database (baseline)", await kuzuCopy(all));
  add(`Kuzu loadBatch, ${articles} articles in batches of 1000`, await viaLoad("embedded", items));
  if (process.env.NEO4J_URI) add(`Neo4j loadBatch (UNWIND … MERGE)`, await viaLoad("neo4j", items));
  else console.log("(Neo4j: NEO4J_URI not set — not measured)");
  return figures;
}
