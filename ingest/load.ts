/**
 * load: the only ingest stage that touches a store. Upserts each document's
 * batch as one unit (batched UNWIND … MERGE statements inside), so a document
 * either lands whole or not at all, and re-loading changes nothing.
 */
import type { GraphStore } from "../server/store/types.js";
import type { DocumentResult, IngestError } from "./types.js";

export interface LoadReport {
  documents: number;
  errors: IngestError[];
}

/**
 * Load extracted documents; a failure on one document is reported and the rest still load.
 * @example await load(store, results, (done, total) => bar.update(done))
 */
export async function load(
  store: GraphStore,
  results: DocumentResult[],
  onProgress?: (done: number, total: number, path: string) => void,
): Promise<LoadReport> {
  const errors: IngestError[] = [];
  let documents = 0;
  for (const [i, r] of results.entries()) {
    try {
      await store.upsert(r.batch);
      documents++;
    } catch (e) {
      errors.push({ path: r.document.path, message: `${r.document.path}: could not be loaded: ${(e as Error).message}` });
    }
    onProgress?.(i + 1, results.length, r.document.path);
  }
  return { documents, errors };
}
