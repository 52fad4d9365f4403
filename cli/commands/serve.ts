/**
 * `kg serve`: the explorer and the API on PORT (default 5173) and HOST (default 127.0.0.1). The server owns the
 * store: it is the one writer (POST /api/ingest swaps its read-only handle for a writer, server/store-host.ts),
 * and its lock file in the data directory (cli/server-lock.ts) sends other `kg` commands on that directory
 * through its API.
 */
import { join } from "node:path";
import { openStore } from "../../store/index.js";
import { startServer } from "../../server/http.js";
import { StoreHost } from "../../server/store-host.js";
import { createEvents } from "../../server/events.js";
import { READER, config, type Args } from "../shared.js";
import { describeLock, explainLockError, readLock, removeLock, writeLock } from "../server-lock.js";
import { serveWriter } from "../serve-writer.js";
import { hostedReviewService } from "./review.js";

/** The URL other processes on this machine reach a server bound to `host` by. */
function localUrl(host: string, port: number): string {
  const name = host === "0.0.0.0" || host === "" ? "127.0.0.1" : host === "::" ? "[::1]" : host;
  return `http://${name.includes(":") && !name.startsWith("[") ? `[${name}]` : name}:${port}/`;
}

export async function cmdServe(args: Args): Promise<number> {
  const port = Number(args.flags.port ?? process.env.PORT ?? 5173);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`kg serve: invalid PORT \`${port}\`. Expecting 0–65535.`);
  const host = String(args.flags.host ?? process.env.HOST ?? "127.0.0.1");
  const cfg = config(args);
  const other = readLock(cfg.dataDir);
  if (other)
    throw new Error(
      `kg serve: the data directory ${cfg.dataDir} is held by ${describeLock(other)}. ` +
        (other.url ? "Use that server, or stop it first." : "Wait for it to finish, or stop it, and run this again."),
    );
  const store = await openStore(cfg, READER).catch((e: unknown) => {
    throw explainLockError(e, cfg.dataDir);
  });
  const storeHost = new StoreHost(
    store,
    cfg.kind === "embedded" ? { openWriter: () => openStore(cfg), openReader: () => openStore(cfg, READER) } : {},
  );
  const events = createEvents();
  const articles = serveWriter(storeHost, events, join(cfg.dataDir, "uploads"));
  // entity review decisions through the API (server/review.ts), each one a write on the store host
  const review = hostedReviewService(storeHost, cfg.dataDir);
  const server = await startServer(storeHost, port, host, { articles, events, review }).catch(
    async (e: NodeJS.ErrnoException) => {
      await store.close();
      throw new Error(
        e.code === "EADDRINUSE"
          ? `kg serve: port ${port} on ${host} is in use. Set PORT to another port (PORT=0 picks a free one).`
          : `kg serve: ${e.message}`,
      );
    },
  );
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  writeLock(cfg.dataDir, { command: "kg serve", store: cfg.kind, url: localUrl(host, actual) });
  const dropLock = () => removeLock(cfg.dataDir);
  process.once("exit", dropLock);
  const counts = await store.counts();
  console.log(
    `serving the explorer at http://${host === "0.0.0.0" ? "localhost" : host}:${actual}/ (${store.kind} store, ${counts.nodes} nodes, ${counts.edges} edges) — Ctrl+C to stop`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      events.close();
      server.closeAllConnections();
      server.close(() => resolve());
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await storeHost.close();
  dropLock();
  return 0;
}
