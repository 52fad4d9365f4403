/**
 * API benchmark: search, neighbourhood and overview on the 5,000-article store (bench/api-store.ts),
 * p50/p95/p99 at 1 and 20 concurrent clients against a `kg serve` on loopback, next to the same work
 * done in-process (the graph.ts functions and their bare named statements on a read-only handle).
 * Bounded loops: each cell runs for a few seconds or a request cap, whichever comes first.
 * `BENCH_API_URL` benchmarks an already running server instead of starting one (e.g. another build).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { openStore, storeConfig, PROJECT_ROOT, type GraphStore } from "../store/index.js";
import { labelOfId } from "../schema/index.js";
import { neighbourhood, rankedOverview, search } from "../server/graph.js";
import { bigStore } from "./api-store.js";

export interface Latency {
  what: string;
  clients: number;
  n: number;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
  bytes?: number;
}

const QUERIES = ["人民银行", "发展和改革", "矿池", "内蒙古", "全面关停", "王建", "科技1", "通知", "能源局", "四川"];

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function summarize(what: string, clients: number, times: number[], wallMs: number, bytes?: number): Latency {
  const s = [...times].sort((a, b) => a - b);
  return {
    what,
    clients,
    n: s.length,
    p50: quantile(s, 0.5),
    p95: quantile(s, 0.95),
    p99: quantile(s, 0.99),
    perSecond: (s.length / wallMs) * 1000,
    bytes,
  };
}

/** Run `fn` from `clients` concurrent loops for `seconds` (at most `cap` calls in all); latencies in ms. */
async function loop(
  clients: number,
  seconds: number,
  cap: number,
  fn: (i: number) => Promise<number | void>,
): Promise<{ times: number[]; wallMs: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  let i = 0;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end && i < cap) {
        const k = i++;
        const s = performance.now();
        const b = await fn(k);
        times.push(performance.now() - s);
        if (typeof b === "number") bytes = b;
      }
    }),
  );
  return { times, wallMs: performance.now() - t0, bytes };
}

export async function startServe(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "cli", "main.ts"), "serve"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, KG_DATA_DIR: dataDir, GRAPH_STORE: "embedded", PORT: "0", HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error("bench: `kg serve` did not start within 120 s.")), 120_000);
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = out.match(/serving the explorer at (http:\/\/[^/\s]+)\//);
      if (m) {
        clearTimeout(timer);
        resolve(m[1].replace("localhost", "127.0.0.1"));
      }
    });
    child.on("exit", (code) => reject(new Error(`bench: \`kg serve\` exited (${code}) before listening.`)));
  });
  return { url, child };
}

/** The figures: in-process (functions and bare statements, 1 client), then HTTP at each client count. */
export async function apiBench(
  options: { seconds?: number; clients?: number[]; cap?: number } = {},
): Promise<{ figures: Latency[]; hub: string; built: string }> {
  const seconds = options.seconds ?? Number(process.env.BENCH_API_SECONDS ?? 6);
  const clientCounts = options.clients ?? [1, 20];
  const cap = options.cap ?? 5_000;
  const { dataDir, built, seconds: buildSeconds } = await bigStore();
  const figures: Latency[] = [];

  // in-process, one client: the functions the handlers call, and their bare statements
  // BENCH_API_HTTP_ONLY=1: only the HTTP figures, e.g. of another build's server at BENCH_API_URL (which
  // may hold the store's lock), for the node BENCH_API_HUB
  const httpOnly = Boolean(process.env.BENCH_API_HTTP_ONLY);
  let hub = process.env.BENCH_API_HUB ?? "";
  const store: GraphStore | null = httpOnly
    ? null
    : await openStore(storeConfig({}, { kind: "embedded", dataDir }), { readOnly: true });
  if (store)
    try {
      hub = (await rankedOverview(store, { limit: 1 })).nodes[0].id;
      const label = labelOfId(hub)!;
      const inProcess: Array<[string, (i: number) => Promise<unknown>]> = [
        ["search() (index lookup)", (i) => search(store, QUERIES[i % QUERIES.length])],
        ["  statement search-fingerprint", () => store.run("search-fingerprint")],
        ["neighbourhood(hub, limit 50)", () => neighbourhood(store, hub, { limit: 50 })],
        ["  statement node", () => store.run("node", { id: hub }, { label })],
        [
          "  statement neighbours (page + edges)",
          () => store.run("neighbours", { id: hub, offset: 0, limit: 50 }, { label }),
        ],
        ["  statement neighbour-count", () => store.run("neighbour-count", { id: hub }, { label })],
        ["  statement node-evidence (200)", () => store.run("node-evidence", { id: hub, limit: 200 }, { label })],
        ["rankedOverview() (1,000; cached after the first)", () => rankedOverview(store)],
      ];
      for (const [what, fn] of inProcess) {
        const w = performance.now();
        await fn(0); // warm: prepare, index build, the overview's cache
        figures.push(summarize(`in-process ${what}: first call`, 1, [performance.now() - w], performance.now() - w));
        const r = await loop(1, Math.min(seconds, 3), 300, async (i) => void (await fn(i)));
        figures.push(summarize(`in-process ${what}`, 1, r.times, r.wallMs));
      }
    } finally {
      await store.close();
    }

  // over HTTP
  const external = process.env.BENCH_API_URL;
  const served = external ? null : await startServe(dataDir);
  const base = external ?? served!.url;
  try {
    const get = async (path: string) => {
      const res = await fetch(base + path);
      const body = await res.arrayBuffer();
      if (!res.ok)
        throw new Error(`bench: ${path} answered ${res.status}: ${Buffer.from(body).toString().slice(0, 200)}`);
      return body.byteLength;
    };
    const routes: Array<[string, (i: number) => string]> = [
      ["GET /api/search", (i) => `/api/search?q=${encodeURIComponent(QUERIES[i % QUERIES.length])}&limit=20`],
      ["GET /api/nodes/:hub?limit=50", () => `/api/nodes/${encodeURIComponent(hub)}?limit=50`],
      ["GET /api/graph (default overview)", () => `/api/graph`],
    ];
    for (const [what, path] of routes) {
      await get(path(0));
      for (const clients of clientCounts) {
        const r = await loop(clients, seconds, cap, (i) => get(path(i)));
        figures.push(summarize(what, clients, r.times, r.wallMs, r.bytes));
      }
    }
  } finally {
    served?.child.kill();
  }
  return { figures, hub, built: built ? `built in ${buildSeconds.toFixed(1)} s` : "reused" };
}

/** Print the table (bench/run.ts). */
export async function printApiBench(): Promise<void> {
  const { figures, hub, built } = await apiBench();
  console.log(`store: 5,000 generated articles (${built}); neighbourhood of the top node ${hub}`);
  console.log("| what | clients | requests | p50 ms | p95 ms | p99 ms | req/s | bytes | p95 vs 1 client |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const f of figures) {
    const one = figures.find((g) => g.what === f.what && g.clients === 1);
    console.log(
      `| ${f.what} | ${f.clients} | ${f.n} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.p99.toFixed(1)} | ${f.perSecond.toFixed(1)} | ${f.bytes?.toLocaleString("en") ?? ""} | ${one && f.clients !== 1 ? (f.p95 / one.p95).toFixed(2) + "×" : ""} |`,
    );
  }
}
