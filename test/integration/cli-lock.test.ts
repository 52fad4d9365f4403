/**
 * `kg serve` owns the embedded store. Its lock file in the data directory
 * (URL, pid, start time) sends `kg ingest`, `query` and `status` through its
 * API; a stale lock (dead pid) is ignored and replaced; the lock goes away on
 * a clean exit. A lock conflict that remains names the process holding the
 * store, from the lock file.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../store/index.js";
import { explainLockError, LOCK_FILE } from "../../cli/server-lock.js";

const TSX = join(PROJECT_ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const CLI = join(PROJECT_ROOT, "cli", "main.ts");
const SEED_A = join(PROJECT_ROOT, "seeds", "000_57e0f5cb65e350e3.txt");
/** The only seed that names 中金支付 (a payment company). */
const SEED_B = join(PROJECT_ROOT, "seeds", "001_59280daeeeb6f7de.txt");
/** Above Linux's largest pid (2^22): no process has it. */
const STALE_PID = 2 ** 22 + 12345;
let dataDir: string;
let serve: ChildProcess;
let base = "";

const kg = (...args: string[]) =>
  spawnSync(process.execPath, [TSX, CLI, ...args], {
    env: { ...process.env, KG_DATA_DIR: dataDir, GRAPH_STORE: "embedded" },
    encoding: "utf8",
    timeout: 240_000,
  });

async function searchHits(q: string): Promise<string[]> {
  const r = await fetch(`${base}/api/search?q=${encodeURIComponent(q)}`);
  expect(r.status).toBe(200);
  return ((await r.json()) as { hits: Array<{ name: string }> }).hits.map((h) => h.name);
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "kg-lock-"));
  // a stale lock: a process that is gone
  writeFileSync(
    join(dataDir, LOCK_FILE),
    JSON.stringify({
      command: "kg serve",
      pid: STALE_PID,
      startedAt: "2020-01-01",
      dataDir,
      url: "http://127.0.0.1:9/",
    }),
  );
  serve = spawn(process.execPath, [TSX, CLI, "serve"], {
    env: { ...process.env, KG_DATA_DIR: dataDir, GRAPH_STORE: "embedded", PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  serve.stderr!.on("data", (c: Buffer) => (err += c.toString()));
  base = await new Promise<string>((resolve, reject) => {
    serve.stdout!.on("data", (c: Buffer) => {
      const m = c.toString().match(/serving the explorer at (http:\/\/[^/ ]+)/);
      if (m) resolve(m[1]);
    });
    serve.once("exit", (code) => reject(new Error(`kg serve exited (${code}) before serving: ${err}`)));
  });
}, 120_000);

afterAll(async () => {
  if (serve && serve.exitCode === null) {
    const exited = new Promise((r) => serve.once("exit", r));
    serve.kill("SIGTERM");
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe("kg serve as the one writer", () => {
  it("replaces a stale lock file with its own: URL, pid, start time", () => {
    const lock = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), "utf8"));
    // tsx runs the command in a child of the spawned process: the lock names that live process, not the stale one
    expect(lock.pid).not.toBe(STALE_PID);
    expect(() => process.kill(lock.pid, 0)).not.toThrow();
    expect(lock.command).toBe("kg serve");
    expect(lock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(new URL(lock.url).port).toBe(new URL(base).port);
    expect(Date.parse(lock.startedAt)).toBeGreaterThan(Date.parse("2026-01-01"));
  });

  it("kg ingest of a new article goes through the server, exits 0, and /api/search finds its entity within 10 s", async () => {
    const first = kg("ingest", SEED_A);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/through `kg serve` at/);
    expect((await searchHits("中金支付")).some((h) => h.includes("中金支付"))).toBe(false);

    const r = kg("ingest", SEED_B);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/ingested 1\/1 documents through `kg serve`/);
    expect(r.stdout).toMatch(/[1-9]\d* new entities/);
    const deadline = Date.now() + 10_000;
    let hits: string[] = [];
    while (Date.now() < deadline) {
      hits = await searchHits("中金支付");
      if (hits.some((h) => h.includes("中金支付"))) break;
      await new Promise((res) => setTimeout(res, 250));
    }
    expect(hits.some((h) => h.includes("中金支付"))).toBe(true);

    // the same article again: unchanged, nothing loaded
    const again = kg("ingest", SEED_B);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/ingested 0\/1 documents \(1 unchanged, skipped\)/);
  }, 300_000);

  it("kg query and kg status go through the server while it holds the store", () => {
    const q = kg("query", "MATCH (d:Document) RETURN count(d) AS n", "--json");
    expect(q.status, q.stderr).toBe(0);
    expect(JSON.parse(q.stdout).rows[0].n).toBe(2);
    const s = kg("status");
    expect(s.status, s.stderr).toBe(0);
    expect(s.stdout).toMatch(/through `kg serve` at/);
    expect(s.stdout).toMatch(/node {2}Document {9}2/);
  }, 120_000);
});

describe("a lock conflict names who holds the store", () => {
  it("from the lock file: the command, its pid and what to do", () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-lock-msg-"));
    try {
      writeFileSync(
        join(dir, LOCK_FILE),
        JSON.stringify({
          command: "kg ingest",
          pid: process.pid === 1 ? 2 : 1,
          startedAt: "2026-12-04T09:00:00Z",
          dataDir: dir,
        }),
      );
      const kuzu = new Error(
        "embedded store: cannot open x/kuzu.db: another process is using it (Kuzu: IO exception: Could not set lock on file)",
      );
      const e = explainLockError(kuzu, dir) as Error;
      expect(e.message).toMatch(/Could not set lock on file/);
      expect(e.message).toMatch(/held by `kg ingest` \(pid 1, since 2026-12-04T09:00:00Z\)/);
      expect(e.message).toMatch(/Wait for it to finish, or stop it \(kill 1\)/);
      // any other error is left as it is
      const other = new Error("embedded store: cannot open: disk full");
      expect(explainLockError(other, dir)).toBe(other);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the lock file on exit", () => {
  it("is removed when kg serve stops cleanly", async () => {
    const exited = new Promise((r) => serve.once("exit", r));
    serve.kill("SIGTERM");
    await exited;
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  }, 60_000);
});
