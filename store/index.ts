/**
 * Opens the configured store. Configuration by environment (or CLI flags that override it):
 * GRAPH_STORE (embedded | neo4j), KG_DATA_DIR, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD.
 */
import { resolve, join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { KuzuStore } from "./kuzu.js";
import { Neo4jStore } from "./neo4j.js";
import type { GraphStore, StoreKind } from "./types.js";

export * from "./types.js";

/** The project root (where package.json lives). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export interface StoreConfig {
  kind: StoreKind;
  dataDir: string;
  neo4jUri: string;
  neo4jUser: string;
  neo4jPassword: string;
}

export function storeConfig(env: NodeJS.ProcessEnv = process.env, override?: Partial<StoreConfig>): StoreConfig {
  const kind = (override?.kind ?? env.GRAPH_STORE ?? "embedded") as string;
  if (kind !== "embedded" && kind !== "neo4j") {
    throw new Error(`config: invalid GRAPH_STORE \`${kind}\`. Expecting "embedded" or "neo4j".`);
  }
  return {
    kind,
    dataDir: resolve(override?.dataDir ?? env.KG_DATA_DIR ?? join(PROJECT_ROOT, "data")),
    neo4jUri: override?.neo4jUri ?? env.NEO4J_URI ?? "bolt://localhost:7687",
    neo4jUser: override?.neo4jUser ?? env.NEO4J_USER ?? "neo4j",
    neo4jPassword: override?.neo4jPassword ?? env.NEO4J_PASSWORD ?? "kg-password",
  };
}

/**
 * Open and initialize the store.
 * @example const store = await openStore(storeConfig()); await store.counts();
 */
export async function openStore(
  config: StoreConfig,
  options: { readOnly?: boolean; isolateQueries?: boolean } = {},
): Promise<GraphStore> {
  if (config.kind === "embedded" && options.readOnly) {
    // A read-only handle cannot create the schema: make sure it exists first.
    const rw = new KuzuStore({ dataDir: config.dataDir });
    try {
      await rw.init();
    } finally {
      await rw.close();
    }
  }
  const store: GraphStore =
    config.kind === "neo4j"
      ? new Neo4jStore({ uri: config.neo4jUri, user: config.neo4jUser, password: config.neo4jPassword })
      : new KuzuStore({ dataDir: config.dataDir, readOnly: options.readOnly, isolateQueries: options.isolateQueries });
  try {
    // Neo4j: checks the server's version once here (refused when older than 5.3, see neo4j-version.ts).
    await store.init();
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
  if (store instanceof Neo4jStore && store.versionWarning) console.warn(`kg: ${store.versionWarning}`);
  return store;
}
