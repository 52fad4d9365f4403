/** Shared access to the real seed articles for the ingest tests. */
import { readFileSync } from "node:fs";
import { processDocument } from "../../ingest/pipeline.js";
import type { DocumentResult } from "../../ingest/types.js";

export const SEEDS = {
  "000": "seeds/000_57e0f5cb65e350e3.txt",
  "001": "seeds/001_59280daeeeb6f7de.txt",
  "002": "seeds/002_14c42f6263d7a414.txt",
  "003": "seeds/003_e8677f34a85d734d.txt",
  "004": "seeds/004_b12b5f84a2e197e7.txt",
} as const;
export type SeedKey = keyof typeof SEEDS;

export const seedBytes = (k: SeedKey): Buffer => readFileSync(SEEDS[k]);

const cache = new Map<string, DocumentResult>();
/** The processed seed (cached: processDocument is pure). */
export function seed(k: SeedKey): DocumentResult {
  let r = cache.get(k);
  if (!r) {
    r = processDocument(SEEDS[k], seedBytes(k));
    cache.set(k, r);
  }
  return r;
}
