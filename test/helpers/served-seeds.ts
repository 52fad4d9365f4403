/**
 * One API suite's server: the seeds ingested into a fresh embedded store opened as `kg serve` opens it,
 * served on a free loopback port for the suite (registers its own beforeAll/afterAll).
 * @example const app = serveSeeds(); … await fetch(app.base + "/api/stats")
 */
import { afterAll, beforeAll } from "vitest";
import type { Server } from "node:http";
import { startServer } from "../../server/http.js";
import { seededStore, type SeededStore } from "./seeded-store.js";

export interface ServedSeeds {
  /** `http://127.0.0.1:<port>`, set once the suite's beforeAll has run. */
  readonly base: string;
}

export function serveSeeds(): ServedSeeds {
  let seeded: SeededStore | undefined;
  let server: Server | undefined;
  let base = "";
  beforeAll(async () => {
    seeded = await seededStore({ asServed: true });
    server = await startServer(seeded.store, 0, "127.0.0.1", { timeoutMs: 5_000, rowLimit: 1_000 });
    const addr = server.address();
    if (!addr || typeof addr !== "object") throw new Error("server did not bind");
    base = `http://127.0.0.1:${addr.port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await seeded?.cleanup();
  });
  return {
    get base() {
      return base;
    },
  };
}
