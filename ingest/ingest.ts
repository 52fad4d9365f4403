/**
 * ingestFiles: the one ingest flow, used by `kg ingest`, the tests and the
 * bench. Files → hash check (unchanged articles skipped, duplicate copies
 * reported) → extraction on worker threads (outcomes in file order) → load in
 * batches of many articles (at most 1000 articles or BATCH_ROWS graph rows),
 * each one transaction that also withdraws what a changed article's old
 * version contributed. Memory is bounded by the batch's rows and the
 * extraction window, not by the corpus.
 */
import { dirname } from "node:path";
import { setFlagsFromString } from "node:v8";
import { documentId } from "../schema/index.js";
import type { GraphStore } from "../store/types.js";
import { findArticles, type SkippedFile } from "./files.js";
import { storedHashes } from "./incremental.js";
import { loadable, loadItems, type BatchReport, type LoadItem } from "./load.js";
import type { IngestError } from "./types.js";
import { extractInOrder } from "./workers.js";
import type { Override } from "./overrides.js";

export interface IngestOptions {
  /** Extract and load even articles whose text is unchanged. */
  force?: boolean;
  /**
   * Articles per transaction at most (default 1000: each Kuzu COPY into a non-empty table costs a fixed part that
   * grows the file and the time, so fewer, larger batches load faster into a smaller store).
   */
  batchSize?: number;
  /**
   * Graph rows (nodes + relationships, as extracted) per transaction at most (default BATCH_ROWS): a batch is
   * loaded whole (its rows, their native copies in Kuzu's COPY, the transaction's local storage), so this, not the
   * article count, bounds the ingest's memory; long articles make smaller batches.
   */
  batchRows?: number;
  /** Extraction worker threads (default 0: this thread extracts the next batch while the last one loads). */
  workers?: number;
  /** After each file is extracted (or skipped). */
  onProgress?: (done: number, total: number, path: string) => void;
  /** Each warning as it is found (already prefixed with the file). */
  onWarning?: (message: string) => void;
  /**
   * After each batch is committed, with the ids of the entities it touched (wrote, withdrew, or changed the
   * relationships of): the hook for refreshing derived data such as the overview ranking.
   */
  afterBatch?: (store: GraphStore, touchedIds: string[], batch: BatchReport) => Promise<void> | void;
  /** Entity review decisions applied to every article (default: the data directory's overrides file). */
  overrides?: readonly Override[];
}

/**
 * Default rows per batch: above the ~100,000 rows of 1,000 generated articles of ~3 KB, so it only shortens
 * batches of long articles. Not smaller: stores built in batches of 25,000 or 50,000 rows made Kuzu 0.11.3
 * segfault (in the 17th batch of the 5,000-article bench corpus at 25,000; on re-ingesting 50 changed articles
 * into the store built at 50,000), with and without extraction threads and MALLOC_ARENA_MAX, while the same
 * re-ingest into a store built 1,000 articles at a time completes.
 */
export const BATCH_ROWS = 120_000;

/**
 * V8's old-space growth while ingesting, in percent over what survived the last full collection. V8 otherwise
 * picks a factor of up to 4 when its collections are cheap, and an ingest's heap is mostly extraction garbage and
 * batches already loaded: on the 5,000-article bench corpus the heap reached ~450 MB around ~150-200 MB live, at
 * the peak (the last batches' COMMIT, when Kuzu's native memory is highest too). With 20, that peak RSS is 952-984
 * MB over four runs against 1,107-1,204 over six without (`npm run bench ingest -- --articles 5000` back to back:
 * 955 against 1,190 MB), with no wall-time cost measurable on a shared 2-core machine (65.3 against 65.6 s back to
 * back); 10 was no lower for certain (922 MB), 50 gave 1,047 MB.
 */
export const INGEST_HEAP_GROWING_PERCENT = 20;

/**
 * Set V8's heap growth for the rest of the process (a V8 flag: process-wide, so a server that ingested keeps it,
 * which suits a long-lived process too; tsx does not pass node's own flags on, so it is set here, not on the
 * command line).
 */
function tightenHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${INGEST_HEAP_GROWING_PERCENT}`);
}

export interface Duplicate {
  path: string;
  /** The document (id) that already has this text. */
  of: string;
}

export interface IngestReport {
  /** Article files found. */
  files: number;
  /** Documents written (new or changed). */
  loaded: number;
  /** Of those, documents that replaced an older version. */
  replaced: number;
  unchanged: string[];
  duplicates: Duplicate[];
  skipped: SkippedFile[];
  errors: IngestError[];
  warnings: number;
  batches: BatchReport[];
}

/**
 * Ingest files and folders into a store.
 * @example const report = await ingestFiles(store, ["seeds"]); report.loaded === 5
 */
export async function ingestFiles(
  store: GraphStore,
  paths: string[],
  options: IngestOptions = {},
): Promise<IngestReport> {
  const { force = false, batchSize = 1000, batchRows = BATCH_ROWS, onProgress, onWarning, afterBatch } = options;
  tightenHeapGrowth();
  // the embedded store's own folder may sit among the articles: never walk it
  const found = findArticles(paths, store.kind === "embedded" ? [dirname(store.location)] : []);
  const report: IngestReport = {
    files: found.files.length,
    loaded: 0,
    replaced: 0,
    unchanged: [],
    duplicates: [],
    skipped: found.skipped,
    errors: [...found.errors],
    warnings: 0,
    batches: [],
  };
  const hashes = await storedHashes(store);
  const stored = new Set(hashes.keys());
  /** Which document holds each text hash: the store's, then this run's. */
  const byHash = new Map<string, string>();
  for (const [id, h] of hashes) if (h && !byHash.has(h)) byHash.set(h, id);
  const pathOfId = new Map<string, string>();
  const tasks = found.files.map((path, index) => ({ index, path, storedHash: hashes.get(documentId(path)), force }));

  let pending: LoadItem[] = [];
  let pendingRows = 0;
  const load = async (items: LoadItem[]) => {
    const r = await loadItems(store, items, stored, options.overrides);
    report.loaded += r.documents;
    report.errors.push(...r.errors);
    for (const b of r.reports) {
      report.replaced += b.replaced;
      report.batches.push({ ...b, touched: [] });
      await afterBatch?.(store, b.touched, b);
    }
    for (const it of items) stored.add(it.result.document.id);
  };
  // One batch loads while the next is extracted (Kuzu works on its own threads meanwhile): at most two batches
  // are held, the one loading and the one filling.
  let loading: Promise<void> | null = null;
  let loadFailure: { error: unknown } | null = null;
  const settle = async () => {
    if (loading) await loading;
    loading = null;
    if (loadFailure) throw loadFailure.error;
  };
  const flush = async () => {
    await settle();
    if (!pending.length) return;
    const items = pending;
    pending = [];
    pendingRows = 0;
    loading = load(items).catch((error: unknown) => {
      loadFailure = { error };
    });
  };

  let done = 0;
  for await (const o of extractInOrder(tasks, { workers: options.workers })) {
    // extraction in this thread: let the loading batch's callbacks (and a server's requests) run between articles
    await new Promise<void>((r) => setImmediate(r));
    onProgress?.(++done, tasks.length, o.path);
    if (o.kind === "error") {
      report.errors.push(o.error);
      continue;
    }
    const id = documentId(o.path);
    const earlier = pathOfId.get(id);
    if (earlier) {
      report.errors.push({
        path: o.path,
        message: `${o.path}: not loaded: its document id ${id} is already taken by ${earlier} in this run (rename one of them).`,
      });
      continue;
    }
    pathOfId.set(id, o.path);
    if (o.kind === "unchanged") {
      report.unchanged.push(o.path);
      continue;
    }
    const holder = byHash.get(o.hash);
    if (holder && holder !== id) {
      report.duplicates.push({ path: o.path, of: holder });
      continue;
    }
    byHash.set(o.hash, id);
    for (const w of o.result.warnings) {
      report.warnings++;
      onWarning?.(w.startsWith(o.path) ? w : `${o.path}: ${w}`);
    }
    pending.push({ result: loadable(o.result), hash: o.hash });
    pendingRows += o.result.batch.nodes.length + o.result.batch.edges.length;
    if (pending.length >= batchSize || pendingRows >= batchRows) await flush();
  }
  await flush();
  await settle();
  const checkpoint = (store as { checkpoint?: () => Promise<void> }).checkpoint;
  if (report.loaded && checkpoint) await checkpoint.call(store);
  return report;
}
