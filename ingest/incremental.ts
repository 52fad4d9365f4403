/**
 * Incremental ingest: a file whose bytes hash to what the store recorded for
 * its document id is skipped (nothing to redo); new and changed files are
 * processed. `--force` processes everything.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { documentId } from "../schema/index.js";
import type { GraphStore } from "../store/types.js";

export function fileHash(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** Hashes the store holds, by document id. */
export async function storedHashes(store: GraphStore): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const r of await store.run("document-hashes")) if (typeof r.hash === "string") out.set(String(r.id), r.hash);
  return out;
}

export interface Partition {
  /** Files to process, with their hashes. */
  todo: Map<string, string>;
  /** Files already ingested with the same bytes. */
  unchanged: string[];
  /** Files that could not even be read. */
  unreadable: Array<{ path: string; message: string }>;
}

export function partition(paths: string[], stored: Map<string, string>, force = false): Partition {
  const todo = new Map<string, string>();
  const unchanged: string[] = [];
  const unreadable: Array<{ path: string; message: string }> = [];
  for (const p of paths) {
    let hash: string;
    try {
      hash = fileHash(p);
    } catch (e) {
      unreadable.push({ path: p, message: `${p}: cannot be read: ${(e as Error).message}` });
      continue;
    }
    if (!force && stored.get(documentId(p)) === hash) unchanged.push(p);
    else todo.set(p, hash);
  }
  return { todo, unchanged, unreadable };
}
