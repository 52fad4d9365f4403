/**
 * Incremental ingest: what the store already holds, by document id — the hash
 * of each article's text (ingest/extract-task.ts textHash). An article whose
 * text hashes to what its document recorded is skipped; the same hash under
 * another document id is a duplicate copy.
 */
import type { GraphStore } from "../store/types.js";

/** Hashes the store holds, by document id (documents without a hash have ""). */
export async function storedHashes(store: GraphStore): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const r of await store.run("document-hashes")) out.set(String(r.id), typeof r.hash === "string" ? r.hash : "");
  return out;
}
