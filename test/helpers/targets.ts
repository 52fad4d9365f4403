/**
 * The stores a contract-style suite runs against: Kuzu always; Neo4j when
 * NEO4J_URI is set — and then an unreachable Neo4j FAILS the suite with a
 * message saying so (it never skips quietly). Every suite that imports this
 * file shares that one Neo4j database, so vite.config.ts runs these suites one
 * file at a time when NEO4J_URI is set; each wipes the database first, and
 * only an empty or (:KgScratch)-marked one (Neo4jStore.clearScratch).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, storeConfig, type GraphStore } from "../../store/index.js";
import type { GraphBatch } from "../../schema/index.js";
import type { Neo4jStore } from "../../store/neo4j.js";

export interface StoreTarget {
  name: string;
  open: () => Promise<{ store: GraphStore; cleanup: () => Promise<void> }>;
}

export const STORE_TARGETS: StoreTarget[] = [
  {
    name: "embedded (Kuzu)",
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), "kg-contract-"));
      const store = await openStore(storeConfig({}, { kind: "embedded", dataDir: dir }));
      return {
        store,
        cleanup: async () => {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
];

if (process.env.NEO4J_URI) {
  STORE_TARGETS.push({
    name: `neo4j (${process.env.NEO4J_URI})`,
    open: async () => {
      const store = await openStore(storeConfig(process.env, { kind: "neo4j" })).catch((e: Error) => {
        throw new Error(
          `NEO4J_URI is set but Neo4j could not be reached — the Neo4j half of this suite cannot run: ${e.message}`,
        );
      });
      // Start from an empty graph (refused, loudly, on a database that is not scratch).
      await (store as Neo4jStore).clearScratch("the test suites").catch(async (e: Error) => {
        await store.close();
        throw e;
      });
      return { store, cleanup: () => store.close() };
    },
  });
}

/**
 * The embedded store as `kg serve` and `kg query` open it: read-only, user
 * queries in a supervised child process. `fixture` is loaded through a
 * writer first (the served store cannot write).
 */
export async function openServedEmbedded(
  fixture: GraphBatch,
): Promise<{ store: GraphStore; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "kg-served-"));
  const config = storeConfig({}, { kind: "embedded", dataDir: dir });
  const writer = await openStore(config);
  await writer.upsert(fixture);
  await writer.close();
  const store = await openStore(config, { readOnly: true, isolateQueries: true });
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
