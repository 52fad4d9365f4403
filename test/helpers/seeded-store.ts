/**
 * A real Kuzu store in a temp directory with the five seed articles ingested
 * through the real pipeline — shared setup for integration and API suites.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, storeConfig, PROJECT_ROOT, type GraphStore } from "../../store/index.js";
import { listArticleFiles, processFiles } from "../../ingest/pipeline.js";
import { load } from "../../ingest/load.js";

export const SEEDS_DIR = join(PROJECT_ROOT, "seeds");

export interface SeededStore {
  store: GraphStore;
  dataDir: string;
  cleanup: () => Promise<void>;
}

/**
 * @param options.asServed reopen the store the way `kg serve` does: read-only, user queries in a child process.
 */
export async function seededStore(options: { asServed?: boolean } = {}): Promise<SeededStore> {
  const dataDir = mkdtempSync(join(tmpdir(), "kg-test-"));
  let store = await openStore(storeConfig({}, { kind: "embedded", dataDir }));
  const { results, errors } = processFiles(listArticleFiles([SEEDS_DIR]));
  if (errors.length) throw new Error(`seed ingest failed: ${errors.map((e) => e.message).join("; ")}`);
  const report = await load(store, results);
  if (report.errors.length) throw new Error(`seed load failed: ${report.errors.map((e) => e.message).join("; ")}`);
  if (options.asServed) {
    await store.close();
    store = await openStore(storeConfig({}, { kind: "embedded", dataDir }), { readOnly: true, isolateQueries: true });
  }
  return {
    store,
    dataDir,
    cleanup: async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
