/**
 * Load throughput: the same seeded synthetic graph (≥100k relationships)
 * through the store's batched UNWIND … MERGE upserts, on Kuzu (and on Neo4j
 * when NEO4J_URI is set), beside Kuzu's bulk COPY FROM of the same rows as a
 * baseline in the same run. Prints a table; asserts nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import kuzu, { type QueryResult } from "kuzu";
import { openStore, storeConfig } from "../store/index.js";
import { kuzuDdl } from "../store/statements.js";
import {
  NODE_PROPERTIES,
  REL_SPECS,
  labelOfId,
  type GraphBatch,
  type NodeLabel,
  type RelType,
} from "../schema/index.js";
import { syntheticBatch } from "./synthetic.js";
import { csvCell } from "../schema/export/csv.js";

export interface LoadFigure {
  what: string;
  nodes: number;
  edges: number;
  seconds: number;
}

const kuzuList = (v: unknown) => (Array.isArray(v) ? `[${v.join(",")}]` : (v ?? ""));

async function kuzuCopy(batch: GraphBatch): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "kg-bench-copy-"));
  const db = new kuzu.Database(join(dir, "kuzu.db"));
  const conn = new kuzu.Connection(db);
  for (const ddl of kuzuDdl()) ((await conn.query(ddl)) as QueryResult).close();
  const byLabel = new Map<NodeLabel, string[]>();
  for (const n of batch.nodes) {
    const cols = Object.keys(NODE_PROPERTIES[n.label]);
    const line = [n.id, ...cols.map((c) => kuzuList(n.properties[c]))].map(csvCell).join(",");
    byLabel.set(n.label, [...(byLabel.get(n.label) ?? []), line]);
  }
  const byRel = new Map<string, { type: RelType; from: NodeLabel; to: NodeLabel; lines: string[] }>();
  for (const e of batch.edges) {
    const from = labelOfId(e.source)!;
    const to = labelOfId(e.target)!;
    const key = `${e.type}|${from}|${to}`;
    const cols = Object.keys(REL_SPECS[e.type].properties);
    const g = byRel.get(key) ?? { type: e.type, from, to, lines: [] };
    g.lines.push([e.source, e.target, e.id, ...cols.map((c) => kuzuList(e.properties[c]))].map(csvCell).join(","));
    byRel.set(key, g);
  }
  const files: Array<[string, string]> = [];
  for (const [label, lines] of byLabel) {
    const f = join(dir, `${label}.csv`);
    writeFileSync(f, lines.join("\n") + "\n");
    files.push([`COPY ${label} FROM '${f}' (header=false)`, f]);
  }
  for (const [key, g] of byRel) {
    const f = join(dir, `${key.replace(/\|/g, "_")}.csv`);
    writeFileSync(f, g.lines.join("\n") + "\n");
    files.push([`COPY ${g.type} FROM '${f}' (from='${g.from}', to='${g.to}', header=false)`, f]);
  }
  const t0 = performance.now();
  for (const [stmt] of files) ((await conn.query(stmt)) as QueryResult).close();
  const seconds = (performance.now() - t0) / 1000;
  await conn.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
  return seconds;
}

async function viaStore(kind: "embedded" | "neo4j", batch: GraphBatch): Promise<{ first: number; again: number }> {
  const dir = mkdtempSync(join(tmpdir(), "kg-bench-load-"));
  const store = await openStore(storeConfig(process.env, { kind, dataDir: dir }));
  try {
    if (kind === "neo4j") await (store as unknown as { clearForTests(): Promise<void> }).clearForTests();
    let t0 = performance.now();
    await store.upsert(batch);
    const first = (performance.now() - t0) / 1000;
    t0 = performance.now();
    await store.upsert(batch); // everything already stored: the MERGE path, and nothing may change
    const again = (performance.now() - t0) / 1000;
    const c = await store.counts();
    if (c.edges !== batch.edges.length)
      throw new Error(`bench: ${kind} holds ${c.edges} edges after loading ${batch.edges.length} twice`);
    return { first, again };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function loadBench(edges = 100_000): Promise<LoadFigure[]> {
  const batch = syntheticBatch(Math.round(edges / 3), edges, 11);
  const figures: LoadFigure[] = [];
  const add = (what: string, seconds: number) =>
    figures.push({ what, nodes: batch.nodes.length, edges: batch.edges.length, seconds });
  add("Kuzu COPY FROM (bulk baseline)", await kuzuCopy(batch));
  const k = await viaStore("embedded", batch);
  add("Kuzu kg upsert, empty store (COPY of new rows)", k.first);
  add("Kuzu kg upsert again, all stored (UNWIND … MERGE)", k.again);
  if (process.env.NEO4J_URI) {
    const n = await viaStore("neo4j", batch);
    add(`Neo4j kg upsert, empty store (UNWIND … MERGE)`, n.first);
    add(`Neo4j kg upsert again, all stored (UNWIND … MERGE)`, n.again);
  } else console.log("(Neo4j: NEO4J_URI not set — not measured)");
  return figures;
}
