/**
 * Extraction off the loading thread: worker threads running extract tasks,
 * with a bounded number of files in flight, handing outcomes back in file
 * order whatever order the workers finish in (so the graph never depends on
 * scheduling). Workers keep extracting while the caller is busy, up to
 * `window` outcomes ahead. By default extraction runs in the calling thread
 * (ingest.ts overlaps it with the loading batch, whose work is Kuzu's own
 * threads): a worker thread costs ~100 MB of resident memory (its own heap,
 * loader and lexicons) and about a second to start.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import type { ExtractOutcome, ExtractTask } from "./extract-task.js";

export interface ExtractOptions {
  /** Worker threads (default 0: the calling thread extracts). */
  workers?: number;
  /** Files in flight at most (read, extracted, not yet handed back): bounds memory. Default 256. */
  window?: number;
}

/** The worker entry (a plain module that registers tsx, since workers do not inherit the loader). */
const WORKER_FILE = fileURLToPath(new URL("./extract-worker.mjs", import.meta.url));

/**
 * How many worker threads extract `tasks` files: `wanted` (at most one per core and per file), else none: the
 * calling thread extracts the next batch while the store loads the last one on its own threads (ingest.ts), and a
 * worker costs about a second to start and ~100 MB resident (its own heap, loader and lexicons).
 * @example extractionThreads(5000) === 0 && extractionThreads(5000, 2) === 2
 */
export function extractionThreads(tasks: number, wanted?: number): number {
  return Math.max(0, Math.min(wanted ?? 0, tasks, availableParallelism()));
}

/**
 * Extract tasks on worker threads; yields outcomes in task order.
 * @example for await (const o of extractInOrder(tasks)) if (o.kind === "extracted") batch.push(o.result)
 */
export async function* extractInOrder(
  tasks: ExtractTask[],
  options: ExtractOptions = {},
): AsyncGenerator<ExtractOutcome> {
  const count = extractionThreads(tasks.length, options.workers);
  if (count === 0) {
    // loaded only here: with workers, the lexicons live in the workers, not also in this thread
    const { runExtractTask } = await import("./extract-task.js");
    for (const t of tasks) yield runExtractTask(t);
    return;
  }
  const window = Math.max(count, options.window ?? 256);
  const workers = Array.from({ length: count }, () => new Worker(WORKER_FILE));
  const done = new Map<number, ExtractOutcome>();
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const busy = new Map<Worker, number>();
  let next = 0;
  let emitted = 0;
  const dispatch = (w: Worker) => {
    if (next >= tasks.length) return;
    busy.set(w, (busy.get(w) ?? 0) + 1);
    w.postMessage(tasks[next++]);
  };
  // Keep each worker a few tasks ahead, never more than `window` outcomes waiting; called as outcomes arrive
  // too, so extraction goes on while the caller is loading.
  const refill = () => {
    for (const w of workers)
      while ((busy.get(w) ?? 0) < 4 && next < tasks.length && next - emitted < window) dispatch(w);
  };
  for (const w of workers) {
    w.on("message", (o: ExtractOutcome) => {
      busy.set(w, (busy.get(w) ?? 1) - 1);
      done.set(o.index, o);
      refill();
      signal();
    });
    w.on("error", (e) => {
      failure = new Error(`ingest: an extraction worker failed: ${e.message}`);
      signal();
    });
  }
  try {
    refill();
    while (emitted < tasks.length) {
      const o = done.get(tasks[emitted]!.index);
      if (o) {
        done.delete(o.index);
        emitted++;
        refill();
        yield o;
        continue;
      }
      if (failure) throw failure;
      await new Promise<void>((r) => (wake = r));
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
