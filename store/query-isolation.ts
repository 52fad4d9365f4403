/**
 * Runs the embedded store's user queries in a supervised child process
 * (kuzu-query-worker.ts, read-only on the same database file). A query that
 * crashes the native engine, or outlives its time limit by far, costs only
 * the child: the caller gets a QueryRejected, the child is started again on
 * the next query, and the server stays up.
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

const WORKER = join(dirname(fileURLToPath(import.meta.url)), "kuzu-query-worker.ts");
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
/** Grace beyond the query's own time limit before the child is killed. */
const KILL_GRACE_MS = 5_000;

export class QueryIsolation {
  private child: ChildProcess | null = null;
  private ready: Promise<void> | null = null;
  private nextId = 1;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataDir: string) {}

  private start(): Promise<void> {
    const child = fork(WORKER, [this.dataDir], {
      execArgv: ["--import", TSX_LOADER],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    this.child = child;
    this.ready = new Promise((resolve, reject) => {
      child.once("message", () => resolve());
      child.once("exit", (code, signal) =>
        reject(new Error(`embedded store: the query worker exited while starting (${signal ?? code}).`)),
      );
    });
    child.on("exit", () => {
      if (this.child === child) {
        this.child = null;
        this.ready = null;
      }
    });
    return this.ready;
  }

  /** Run one query in the child; queries run one at a time, like the in-process read connection. */
  query(
    cypher: string,
    params: Record<string, unknown>,
    options: QueryOptions,
    timeoutMs: number,
  ): Promise<QueryResult> {
    const run = async (): Promise<QueryResult> => {
      if (!this.child || !this.ready) await this.start();
      else await this.ready;
      const child = this.child!;
      const id = this.nextId++;
      return new Promise<QueryResult>((resolve, reject) => {
        const done = () => {
          clearTimeout(timer);
          child.off("message", onMessage);
          child.off("exit", onExit);
        };
        const onMessage = (m: QueryReply) => {
          if (m.id !== id) return;
          done();
          if (m.error) reject(new QueryRejected(m.error.message, m.error.reason));
          else resolve(m.result!);
        };
        const onExit = (code: number | null, signal: string | null) => {
          done();
          reject(
            new QueryRejected(
              `The embedded database engine crashed on this query (${signal ?? `exit ${code}`}); nothing was changed, and the query engine is restarted for the next query. ` +
                "This is a Kuzu bug: rewriting the query (e.g. literal values instead of parameters inside OPTIONAL MATCH … WHERE) usually avoids it.",
              "crash",
            ),
          );
        };
        const timer = setTimeout(() => {
          done();
          // Forget the worker now: its "exit" may come later than the next query, which must start a new one.
          if (this.child === child) {
            this.child = null;
            this.ready = null;
          }
          child.kill("SIGKILL");
          reject(
            new QueryRejected(
              `Query cut at the time limit of ${timeoutMs} ms (the query worker was stopped).`,
              "timeout",
            ),
          );
        }, timeoutMs + KILL_GRACE_MS);
        child.on("message", onMessage);
        child.once("exit", onExit);
        child.send({ id, cypher, params, options } satisfies QueryRequest);
      });
    };
    const next = this.tail.then(run, run);
    this.tail = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child) return;
    await new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.disconnect();
      setTimeout(() => child.kill("SIGKILL"), 3_000).unref();
    });
  }
}
