/**
 * A child process that answers user queries on a READ-ONLY Kuzu database,
 * so that a query which crashes the native engine (seen with kuzu 0.11.3:
 * a list parameter inside an OPTIONAL MATCH's WHERE) kills only this process,
 * never the server. Started and supervised by query-isolation.ts.
 *
 * Kuzu materializes lists (e.g. `range()`) in native memory before its time
 * limit can act, and V8's heap limit does not cover native memory: so the
 * worker watches its own resident size and tells the supervisor when it
 * passes the limit (argv[3], MB); the supervisor stops it. Should that
 * message not be acted on, the worker stops itself at twice the limit.
 */
import { KuzuStore } from "./kuzu.js";
import { QueryRejected } from "./types.js";
import type { QueryRequest, QueryReply, WorkerNotice } from "./query-isolation.js";

const dataDir = process.argv[2];
const limitMb = Number(process.argv[3]);
if (!dataDir) throw new Error("kuzu-query-worker: missing the data directory argument.");
if (!(limitMb > 0)) throw new Error("kuzu-query-worker: invalid memory limit argument. Expecting a number of MB.");
// Pages read from the database count towards the limit too: half of it is the buffer pool's.
const store = new KuzuStore({ dataDir, readOnly: true, bufferPoolMB: Math.max(64, Math.floor(limitMb / 2)) });
const notify = (m: QueryReply | WorkerNotice) => process.send?.(m);

/** How often the resident size is checked while a query runs (native execution leaves this thread free). */
const WATCH_MS = 50;
setInterval(() => {
  const rss = process.memoryUsage.rss();
  if (rss > limitMb * 2 * 1e6) process.kill(process.pid, "SIGKILL");
  else if (rss > limitMb * 1e6) notify({ overMemory: rss });
}, WATCH_MS).unref();

process.on("message", async (req: QueryRequest) => {
  let reply: QueryReply;
  try {
    reply = { id: req.id, result: await store.readQuery(req.cypher, req.params, req.options) };
  } catch (e) {
    const reason = e instanceof QueryRejected ? e.reason : "invalid";
    reply = { id: req.id, error: { message: (e as Error).message, reason } };
  }
  notify(reply);
});
process.on("disconnect", () => {
  void store.close().finally(() => process.exit(0));
});
notify({ ready: true });
