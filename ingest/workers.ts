/**
 * Extraction on every core: a pool of worker threads running extract tasks,
 * with a bounded number of files in flight, handing outcomes back in file
 * order whatever order the workers finish in (so the graph never depends on
 * scheduling). With one worker (the default for small runs), it runs in the
 * calling thread.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import type { ExtractOutcome, ExtractTask } from "./extract-task.js";

export interface ExtractOptions {
  /** Worker threads (default: one per core). 1 runs in the calling thread. */
  workers?: number;
  /** Files in flight at most (read, extracted, not yet handed back): bounds memory. Default 32 per worker. */
  window?: number;
}

/** The worker entry (a plain module that registers tsx, since workers do not inherit the loader). */
const WORKER_FILE = fileURLToPath(new URL("./extract-worker.mjs", import.meta.url));

/**
 * Extract tasks on worker threads; yields outcomes in task order.
 * @example for await (const o of extractInOrder(tasks)) if (o.kind === "extracted") batch.push(o.result)
 */
export async function* extractInOrder(
  tasks: ExtractTask[],
  options: ExtractOptions = {},
): AsyncGenerator<ExtractOutcome> {
  // Starting a worker costs about a second (loader, lexicons): small runs stay in this thread.
  const wanted = options.workers ?? (tasks.length < 40 ? 1 : availableParallelism());
  const count = Math.max(1, Math.min(wanted, tasks.length));
  if (count === 1) {
    // loaded only here: with workers, the lexicons live in the workers, not also in this thread
    const { runExtractTask } = await import("./extract-task.js");
    for (const t of tasks) yield runExtractTask(t);
    return;
  }
  const window = Math.max(count, options.window ?? 32 * count);
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
  const dispatch = (w: Worker) => {
    if (next >= tasks.length) return;
    busy.set(w, (busy.get(w) ?? 0) + 1);
    w.postMessage(tasks[next++]);
  };
  for (const w of workers) {
    w.on("message", (o: ExtractOutcome) => {
      busy.set(w, (busy.get(w) ?? 1) - 1);
      done.set(o.index, o);
      signal();
    });
    w.on("error", (e) => {
      failure = new Error(`ingest: an extraction worker failed: ${e.message}`);
      signal();
    });
  }
  try {
    let emitted = 0;
    // Keep each worker a few tasks ahead, never more than `window` outcomes waiting.
    const refill = () => {
      for (const w of workers)
        while ((busy.get(w) ?? 0) < 4 && next < tasks.length && next - emitted < window) dispatch(w);
    };
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
