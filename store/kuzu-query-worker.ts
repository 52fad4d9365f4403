/**
 * A child process that answers user queries on a READ-ONLY Kuzu database,
 * so that a query which crashes the native engine (seen with kuzu 0.11.3:
 * a list parameter inside an OPTIONAL MATCH's WHERE) kills only this process,
 * never the server. Started and supervised by query-isolation.ts.
 */
import { KuzuStore } from "./kuzu.js";
import { QueryRejected } from "./types.js";
import type { QueryRequest, QueryReply } from "./query-isolation.js";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("kuzu-query-worker: missing the data directory argument.");
const store = new KuzuStore({ dataDir, readOnly: true });

process.on("message", async (req: QueryRequest) => {
  let reply: QueryReply;
  try {
    reply = { id: req.id, result: await store.readQuery(req.cypher, req.params, req.options) };
  } catch (e) {
    const reason = e instanceof QueryRejected ? e.reason : "invalid";
    reply = { id: req.id, error: { message: (e as Error).message, reason } };
  }
  process.send?.(reply);
});
process.on("disconnect", () => {
  void store.close().finally(() => process.exit(0));
});
process.send?.({ ready: true });
