/**
 * API benchmark: search, neighbourhood and overview on the 5,000-article store (bench/api-store.ts),
 * p50/p95/p99 at 1 and 20 concurrent clients against a `kg serve` on loopback, next to the same work
 * done in-process (the graph.ts functions and their bare named statements on a read-only handle).
 * Bounded loops: each cell runs for a few seconds or a request cap, whichever comes first.
 * `BENCH_API_URL` benchmarks an already running server instead of starting one (e.g. another build).
 *
 * Two kinds of load, both printed. Closed loop: N clients each send the next request as soon as the last
 * is answered (zero think time) — at 20 clients this measures the server saturated: once the cores are busy,
 * latency grows about N / (req/s), whatever the code does. Users with think time: N clients each wait a
 * random pause (exponential, mean BENCH_API_THINK_MS, default 1,000 ms) between requests, the offered load a
 * person browsing makes; each such row prints the load it offered and achieved. Every HTTP row prints the
 * CPU the server used (in cores), the load generator's, and how busy the whole machine was (other processes
 * count there too). The neighbourhood is measured twice: the top node again and again (answered from the
 * server's per-handle cache after the first request), and a distinct node on every request (never cached:
 * each cell asks its own nodes, interleaved by rank so every cell gets hubs and leaves alike).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openStore, storeConfig, PROJECT_ROOT, type GraphStore } from "../store/index.js";
import { labelOfId } from "../schema/index.js";
import { neighbourhood, rankedOverview, search } from "../server/graph.js";
import { bigStore } from "./api-store.js";
import { rng } from "./synthetic.js";

export interface Latency {
  what: string;
  clients: number;
  n: number;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
  bytes?: number;
  /** "closed" (zero think time) or the mean think time in ms. */
  load?: string;
  /** Requests per second the clients would send were answers instant (think-time rows). */
  offered?: number;
  /** CPU over the cell, in cores: the server process, this process (the load generator), the whole machine busy %. */
  serverCores?: number;
  clientCores?: number;
  machineBusy?: number;
}

/** CPU seconds a process has used (user + system), from /proc (Linux); NaN elsewhere. */
function processCpuSeconds(pid: number): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = f.slice(f.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

/** The machine's busy and total jiffies, from /proc/stat. */
function machineTicks(): { busy: number; total: number } {
  try {
    const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    const total = cpu.reduce((a, b) => a + b, 0);
    return { busy: total - cpu[3] - (cpu[4] ?? 0), total };
  } catch {
    return { busy: NaN, total: NaN };
  }
}

/** Measure the CPU used while `fn` runs: the server's (pid, when known), this process's, and the machine's. */
async function withCpu<T>(
  serverPid: number | undefined,
  fn: () => Promise<T>,
): Promise<{ value: T; serverCores: number; clientCores: number; machineBusy: number }> {
  const s0 = serverPid ? processCpuSeconds(serverPid) : NaN;
  const c0 = process.cpuUsage();
  const m0 = machineTicks();
  const t0 = performance.now();
  const value = await fn();
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const m1 = machineTicks();
  return {
    value,
    serverCores: serverPid ? (processCpuSeconds(serverPid) - s0) / wall : NaN,
    clientCores: (c.user + c.system) / 1e6 / wall,
    machineBusy: ((m1.busy - m0.busy) / (m1.total - m0.total)) * 100,
  };
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

/**
 * Run `fn` from `clients` concurrent loops for `seconds` (at most `cap` calls in all); latencies in ms. With
 * `thinkMs`, each client pauses between requests for a random time (exponential, that mean; the first pause
 * spread too, so the clients do not start in step).
 */
async function loop(
  clients: number,
  seconds: number,
  cap: number,
  fn: (i: number) => Promise<number | void>,
  thinkMs = 0,
): Promise<{ times: number[]; wallMs: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  let i = 0;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  let lastDone = t0;
  const rand = rng(7); // the same think times every run
  const think = () => new Promise((r) => setTimeout(r, -Math.log(1 - rand()) * thinkMs));
  await Promise.all(
    Array.from({ length: clients }, async () => {
      if (thinkMs) await think();
      while (performance.now() < end && i < cap) {
        const k = i++;
        const s = performance.now();
        const b = await fn(k);
        lastDone = performance.now();
        times.push(lastDone - s);
        if (typeof b === "number") bytes = b;
        if (thinkMs && lastDone < end) await think();
      }
    }),
  );
  // to the last answer: a pause begun before the end is not counted
  return { times, wallMs: lastDone - t0, bytes };
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
  const thinkMs = Number(process.env.BENCH_API_THINK_MS ?? 1_000);
  const store: GraphStore | null = httpOnly
    ? null
    : await openStore(storeConfig({}, { kind: "embedded", dataDir }), { readOnly: true });
  if (store)
    try {
      const ranked = (await rankedOverview(store, { limit: 5_000 })).nodes.map((n) => n.id);
      hub = ranked[0];
      const label = labelOfId(hub)!;
      const inProcess: Array<[string, (i: number) => Promise<unknown>]> = [
        ["search() (index lookup)", (i) => search(store, QUERIES[i % QUERIES.length])],
        ["  statement search-fingerprint", () => store.run("search-fingerprint")],
        ["neighbourhood(hub, limit 50) (cached after the first)", () => neighbourhood(store, hub, { limit: 50 })],
        [
          "neighbourhood(a distinct node each call, by rank, limit 50) (never cached)",
          (i) => neighbourhood(store, ranked[(i + 1) % ranked.length], { limit: 50 }),
        ],
        ["  statement node", () => store.run("node", { id: hub }, { label })],
        [
          "  statement neighbours (page + edges)",
          () => store.run("neighbours", { id: hub, offset: 0, limit: 50 }, { label }),
        ],
        ["  statement neighbour-count", () => store.run("neighbour-count", { id: hub }, { label })],
        [
          "  statement node-evidence (200; a server that can write runs it)",
          () => store.run("node-evidence", { id: hub, limit: 200 }, { label }),
        ],
        [
          "  statement node-evidence-sentences (200; the read-only server's, documents joined in memory)",
          () => store.run("node-evidence-sentences", { id: hub, limit: 200 }, { label }),
        ],
        ["rankedOverview() (1,000; cached after the first)", () => rankedOverview(store)],
      ];
      for (const [what, fn] of inProcess) {
        const w = performance.now();
        await fn(0); // warm: prepare, index build, the overview's cache
        figures.push(summarize(`in-process ${what}: first call`, 1, [performance.now() - w], performance.now() - w));
        const r = await loop(1, Math.min(seconds, 3), 300, async (i) => void (await fn(i + 1)));
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
    // the nodes a distinct-node cell asks for: by rank, dealt out to the cells in turn (hubs and leaves in each)
    const ranked = JSON.parse(
      Buffer.from(await (await fetch(`${base}/api/graph?limit=5000`)).arrayBuffer()).toString(),
    ).nodes.map((n: { id: string }) => n.id) as string[];
    const cells = [...clientCounts.map((c) => ({ clients: c, thinkMs: 0 })), { clients: 20, thinkMs }];
    const nodePath = (id: string) => `/api/nodes/${encodeURIComponent(id)}?limit=50`;
    const routes: Array<[string, (i: number, cell: number) => string, boolean]> = [
      ["GET /api/search", (i) => `/api/search?q=${encodeURIComponent(QUERIES[i % QUERIES.length])}&limit=20`, true],
      ["GET /api/nodes/:hub?limit=50 (the top node every time)", () => nodePath(hub), true],
      [
        "GET /api/nodes/:id?limit=50 (a distinct node every request)",
        (i, cell) => nodePath(ranked[(i * cells.length + cell) % ranked.length]),
        false,
      ],
      ["GET /api/graph (default overview)", () => `/api/graph`, true],
    ];
    for (const [what, path, warm] of routes) {
      if (warm) await get(path(0, 0));
      for (const [k, cell] of cells.entries()) {
        const distinctCap = Math.floor(ranked.length / cells.length);
        const m = await withCpu(served?.child.pid, () =>
          loop(
            cell.clients,
            cell.thinkMs ? Math.max(seconds, 10) : seconds,
            warm ? cap : Math.min(cap, distinctCap),
            (i) => get(path(i, k)),
            cell.thinkMs,
          ),
        );
        const r = m.value;
        figures.push({
          ...summarize(what, cell.clients, r.times, r.wallMs, r.bytes),
          load: cell.thinkMs ? `think ${cell.thinkMs} ms` : "closed",
          offered: cell.thinkMs ? (cell.clients * 1000) / cell.thinkMs : undefined,
          serverCores: m.serverCores,
          clientCores: m.clientCores,
          machineBusy: m.machineBusy,
        });
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
  const [load1, load5] = readFileSync("/proc/loadavg", "utf8").split(" ");
  console.log(`store: 5,000 generated articles (${built}); neighbourhood of the top node ${hub}`);
  console.log(
    "load: `closed` = each client sends its next request when the last is answered (zero think time: the server " +
      "saturated, latency ≈ clients / req/s once the cores are busy); `think T ms` = each client pauses a random " +
      "time (exponential, mean T) between requests, `offered` the req/s they would send were answers instant. " +
      "CPU in cores over the cell: server process, load generator (this process), and the whole machine busy % " +
      `(${availableParallelism()} cores, shared; load average ${load1} / ${load5} at the end).`,
  );
  console.log(
    "| what | load | clients | requests | p50 ms | p95 ms | p99 ms | req/s | offered req/s | server CPU | client CPU | machine busy | bytes | p95 vs 1 client |",
  );
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  const num = (x: number | undefined, d = 2) => (x === undefined || Number.isNaN(x) ? "" : x.toFixed(d));
  for (const f of figures) {
    const one = figures.find((g) => g.what === f.what && g.clients === 1);
    console.log(
      `| ${f.what} | ${f.load ?? "in-process"} | ${f.clients} | ${f.n} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.p99.toFixed(1)} | ${f.perSecond.toFixed(1)} | ${num(f.offered, 1)} | ${num(f.serverCores)} | ${num(f.clientCores)} | ${f.machineBusy === undefined ? "" : num(f.machineBusy, 0) + "%"} | ${f.bytes?.toLocaleString("en") ?? ""} | ${one && f !== one ? (f.p95 / one.p95).toFixed(2) + "×" : ""} |`,
    );
  }
}
