/**
 * The lock file of a data directory (`kg-serve.json`): which `kg` process
 * holds the embedded store for writing. `kg serve` writes it with its URL,
 * so that other commands on the same data directory go through its API;
 * a direct `kg ingest` writes it without a URL, so that a command that finds
 * the store locked can say who holds it. Removed on a clean exit; a file
 * whose process is gone is stale and ignored.
 */
import { readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

export const LOCK_FILE = "kg-serve.json";

export interface StoreLock {
  /** The command holding the store (`kg serve`, `kg ingest`). */
  command: string;
  pid: number;
  /** ISO time it started. */
  startedAt: string;
  dataDir: string;
  /** The store kind (embedded, neo4j). */
  store?: string;
  /** The server's base URL (`kg serve` only), e.g. http://127.0.0.1:5173/. */
  url?: string;
}

export const lockPath = (dataDir: string): string => join(dataDir, LOCK_FILE);

/** Whether a process with this id is alive (EPERM: alive, owned by someone else). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The live lock of a data directory, or null (none, unreadable, or stale: its process is gone). */
export function readLock(dataDir: string): StoreLock | null {
  let lock: StoreLock;
  try {
    lock = JSON.parse(readFileSync(lockPath(dataDir), "utf8")) as StoreLock;
  } catch {
    return null;
  }
  if (!lock || typeof lock !== "object" || typeof lock.pid !== "number") return null;
  return lock.pid !== process.pid && isAlive(lock.pid) ? lock : null;
}

/** Write this process's lock (replacing a stale one). */
export function writeLock(dataDir: string, lock: Omit<StoreLock, "pid" | "startedAt" | "dataDir">): StoreLock {
  const full: StoreLock = { pid: process.pid, startedAt: new Date().toISOString(), dataDir, ...lock };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(lockPath(dataDir), JSON.stringify(full, null, 2) + "\n");
  return full;
}

/** Remove the lock if it is this process's own. */
export function removeLock(dataDir: string): void {
  try {
    const lock = JSON.parse(readFileSync(lockPath(dataDir), "utf8")) as StoreLock;
    if (lock.pid === process.pid) rmSync(lockPath(dataDir), { force: true });
  } catch {
    // no lock, or not ours to remove
  }
}

/** Who holds the store, for messages: "`kg serve` (pid 123, http://…, since …)". */
export function describeLock(lock: StoreLock): string {
  return `\`${lock.command}\` (pid ${lock.pid}${lock.url ? `, ${lock.url}` : ""}, since ${lock.startedAt})`;
}

/**
 * A store error made clear when it is a lock conflict: who holds the store (from the lock file) and what to do.
 * Other errors come back unchanged.
 */
export function explainLockError(e: unknown, dataDir: string): unknown {
  const message = String((e as Error)?.message ?? e);
  if (!/another process is using it|could not set lock/i.test(message)) return e;
  const lock = readLock(dataDir);
  const who = lock
    ? `The store is held by ${describeLock(lock)}. ` +
      (lock.url
        ? "Run this command again: it goes through that server's API."
        : `Wait for it to finish, or stop it (kill ${lock.pid}), and run this again.`)
    : "No `kg` process has registered itself in the lock file: stop the `kg` command (or other program) using this data directory and run this again.";
  return new Error(`${message}\n${who}`, { cause: e });
}
