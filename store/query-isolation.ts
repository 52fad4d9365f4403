/**
 * Runs the embedded store's user queries in a supervised child process
 * (kuzu-query-worker.ts, read-only on the same database file). A query that
 * crashes the native engine, outlives its time limit by far, or grows the
 * process past its memory limit costs only the child: the caller gets a
 * QueryRejected, and the next query gets a fresh child.
 *
 * Who stopped the child decides the reason: the supervisor's own kill at the
 * time limit is a `timeout`, its kill at the memory limit is `memory`, and
 * only an exit nobody asked for is a `crash`. A child being stopped is
 * dropped at once, so no query is ever sent to it.
 */
import { fork, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";
import { QueryRejected, type QueryOptions, type QueryResult } from "./types.js";

export interface QueryRequest {
  id: number;
  cypher: string;
  params: Record<string, unknown>;
  options: QueryOptions;
}
export type QueryReply =
  | { id: number; result: QueryResult; error?: undefined }
  | { id: number; error: { message: string; reason: QueryRejected["reason"] }; result?: undefined };
/** What the worker says of itself: started, or over its memory limit (with its resident size in bytes). */
export type WorkerNotice = { ready: true } | { overMemory: number };

export interface QueryIsolationOptions {
  /** Grace beyond the query's own time limit (which Kuzu enforces) before the supervisor kills the child. */
  killGraceMs?: number;
  /** Resident memory of the child, in MB, beyond which it is killed and the query refused. */
  memoryLimitMb?: number;
}

export const DEFAULT_KILL_GRACE_MS = 5_000;
export const DEFAULT_QUERY_MEMORY_MB = 1_024;

const WORKER = join(dirname(fileURLToPath(import.meta.url)), "kuzu-query-worker.ts");
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** Why the supervisor stopped a child (null: it has not). */
type StopReason = null | "timeout" | "memory" | "close";

interface Worker {
  child: ChildProcess;
  /** Resolves once the child has opened the database. */
  ready: Promise<void>;
  stopping: StopReason;
}

/** Kuzu 0.11.3 crashes on some parameters inside OPTIONAL MATCH … WHERE; say so only when the query has both. */
export function crashAdvice(cypher: string, params: Record<string, unknown>): string {
  const optionalWithParam = /\bOPTIONAL\s+MATCH\b[\s\S]*\bWHERE\b[\s\S]*\$\w/i.test(cypher);
  if (optionalWithParam && Object.keys(params).length > 0)
    return " Kuzu 0.11.3 crashes on some parameters inside OPTIONAL MATCH … WHERE: writing those values as literals usually avoids it.";
  return " This is a bug in the embedded engine (Kuzu), not in the query.";
}

export class QueryIsolation {
  private worker: Worker | null = null;
  private nextId = 1;
  private tail: Promise<unknown> = Promise.resolve();
  private readonly killGraceMs: number;
  private readonly memoryLimitMb: number;

  constructor(
    private readonly dataDir: string,
    options: QueryIsolationOptions = {},
  ) {
    this.killGraceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    this.memoryLimitMb = options.memoryLimitMb ?? DEFAULT_QUERY_MEMORY_MB;
  }

  private spawn(): Worker {
    const child = fork(WORKER, [this.dataDir, String(this.memoryLimitMb)], {
      execArgv: ["--import", TSX_LOADER],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (m: WorkerNotice) => {
        if ("ready" in m) {
          child.off("exit", onExit);
          child.off("message", onMessage);
          resolve();
        }
      };
      const onExit = (code: number | null, signal: string | null) =>
        reject(new Error(`embedded store: the query worker exited while starting (${signal ?? `exit ${code}`}).`));
      child.on("message", onMessage);
      child.once("exit", onExit);
    });
    // awaited by the query that spawned it; this only keeps an unawaited failure from becoming an unhandled rejection
    ready.catch(() => undefined);
    // a send to a child that has just died reports here; its exit event answers the query
    child.on("error", () => undefined);
    const worker: Worker = { child, ready, stopping: null };
    child.once("exit", () => {
      if (this.worker === worker) this.worker = null;
    });
    return worker;
  }

  /** Stop a child: it is dropped at once (the next query gets a fresh one), and the reason is recorded. */
  private stop(worker: Worker, reason: Exclude<StopReason, null>): void {
    if (!worker.stopping) worker.stopping = reason;
    if (this.worker === worker) this.worker = null;
    worker.child.kill("SIGKILL");
  }

  /** The running child, or a fresh one if there is none or it has died. */
  private current(): Worker {
    const w = this.worker;
    if (w && !w.stopping && w.child.connected && w.child.exitCode === null && w.child.signalCode === null) return w;
    this.worker = this.spawn();
    return this.worker;
  }

  /** Run one query in the child; queries run one at a time, like the in-process read connection. */
  query(
    cypher: string,
    params: Record<string, unknown>,
    options: QueryOptions,
    timeoutMs: number,
  ): Promise<QueryResult> {
    const run = async (): Promise<QueryResult> => {
      let worker = this.current();
      await worker.ready;
      // it may have died between starting and now (e.g. killed from outside): never send to a dead child
      if (worker !== this.current()) {
        worker = this.current();
        await worker.ready;
      }
      return this.ask(worker, { id: this.nextId++, cypher, params, options }, timeoutMs);
    };
    const next = this.tail.then(run, run);
    this.tail = next.catch(() => undefined);
    return next;
  }

  private ask(worker: Worker, request: QueryRequest, timeoutMs: number): Promise<QueryResult> {
    const { child } = worker;
    return new Promise<QueryResult>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
      };
      const onMessage = (m: QueryReply | WorkerNotice) => {
        if ("overMemory" in m) {
          done();
          this.stop(worker, "memory");
          reject(
            new QueryRejected(
              `Query stopped: it needed more than ${this.memoryLimitMb} MB (the query worker reached ${Math.round(m.overMemory / 1e6)} MB and was stopped; nothing was changed). ` +
                "Build smaller lists (range, collect) or return fewer rows.",
              "memory",
            ),
          );
          return;
        }
        if (!("id" in m) || m.id !== request.id) return;
        done();
        if (m.error) reject(new QueryRejected(m.error.message, m.error.reason));
        else resolve(m.result!);
      };
      const onExit = (code: number | null, signal: string | null) => {
        done();
        if (worker.stopping === "close") {
          reject(new QueryRejected("The embedded store was closed while the query ran.", "invalid"));
          return;
        }
        reject(
          new QueryRejected(
            `The embedded database engine crashed on this query (${signal ?? `exit ${code}`}); nothing was changed, and the next query gets a fresh query engine.` +
              crashAdvice(request.cypher, request.params),
            "crash",
          ),
        );
      };
      const timer = setTimeout(() => {
        done();
        this.stop(worker, "timeout");
        reject(
          new QueryRejected(
            `Query cut at the time limit of ${timeoutMs} ms (the query worker was stopped).`,
            "timeout",
          ),
        );
      }, timeoutMs + this.killGraceMs);
      child.on("message", onMessage);
      child.once("exit", onExit);
      child.send(request);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    worker.stopping = "close";
    const { child } = worker;
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      if (child.connected) child.disconnect();
      setTimeout(() => child.kill("SIGKILL"), 3_000).unref();
    });
  }
}
