/**
 * load: the only ingest stage that touches a store. Upserts each document's
 * batch as one unit (batched UNWIND … MERGE statements inside), so a document
 * either lands whole or not at all, and re-loading changes nothing.
 */
import type { GraphStore } from "../store/types.js";
import type { DocumentResult, IngestError } from "./types.js";

export interface LoadReport {
  documents: number;
  errors: IngestError[];
}

/**
 * Load extracted documents; a failure on one document is reported and the rest still load.
 * @example await load(store, results, { onProgress: (done, total) => bar.update(done) })
 */
export interface LoadOptions {
  onProgress?: (done: number, total: number, path: string) => void;
  /** File hashes to record on each Document (incremental ingest). */
  hashes?: Map<string, string>;
  /** Ids of documents already stored from an older version of the file: their old sentences are removed first. */
  replace?: Set<string>;
}

export async function load(
  store: GraphStore,
  results: DocumentResult[],
  options: LoadOptions = {},
): Promise<LoadReport> {
  const { onProgress, hashes, replace } = options;
  const errors: IngestError[] = [];
  let documents = 0;
  for (const [i, r] of results.entries()) {
    try {
      const hash = hashes?.get(r.document.path);
      // Record the file's hash on its Document, so an unchanged file is skipped next time.
      const batch = hash
        ? {
            ...r.batch,
            nodes: r.batch.nodes.map((n) =>
              n.id === r.document.id ? { ...n, properties: { ...n.properties, contentHash: hash } } : n,
            ),
          }
        : r.batch;
      if (replace?.has(r.document.id)) await store.write("delete-document-sentences", { id: r.document.id });
      await store.upsert(batch);
      documents++;
    } catch (e) {
      errors.push({
        path: r.document.path,
        message: `${r.document.path}: could not be loaded: ${(e as Error).message}`,
      });
    }
    onProgress?.(i + 1, results.length, r.document.path);
  }
  return { documents, errors };
}
