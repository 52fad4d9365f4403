/**
 * A pool of read connections on one Kuzu database, so that named read
 * statements (the API's search, neighbourhoods, overview) run side by side:
 * Kuzu runs queries on different Connection objects of one Database
 * concurrently (each `execute` is an async native call off the JS thread).
 * One connection serves one statement at a time; a statement waits for the
 * next free connection. Each connection keeps its own prepared statements.
 * User Cypher does not come here: it stays in its supervised worker
 * (query-isolation.ts).
 */
import { availableParallelism } from "node:os";
import kuzu, { type Connection, type Database, type KuzuValue, type PreparedStatement } from "kuzu";

interface Slot {
  conn: Connection;
  prepared: Map<string, PreparedStatement>;
}

/** How many read connections: one per core (KG_READ_CONNECTIONS overrides), at least 2, at most 16. */
export function readPoolSize(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.KG_READ_CONNECTIONS;
  if (raw !== undefined && raw !== "") {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 64)
      throw new Error(`embedded store: invalid \`KG_READ_CONNECTIONS\` (${raw}). Expecting an integer from 1 to 64.`);
    return n;
  }
  return Math.min(16, Math.max(2, availableParallelism()));
}

export class KuzuReadPool {
  private readonly idle: Slot[] = [];
  private readonly all: Slot[] = [];
  private readonly waiting: Array<(slot: Slot) => void> = [];
  private closed = false;

  /**
   * @example const pool = new KuzuReadPool(db, readPoolSize()); const rows = await pool.run("MATCH (n:Agency) RETURN n.id", {});
   */
  constructor(
    db: Database,
    readonly size: number,
  ) {
    if (!Number.isInteger(size) || size < 1)
      throw new Error(`KuzuReadPool: invalid \`size\` (${size}). Expecting a positive integer.`);
    for (let i = 0; i < size; i++) {
      const conn = new kuzu.Connection(db);
      // parallelism comes from the pool: one thread per statement keeps many readers from oversubscribing the cores
      conn.setMaxNumThreadForExec(1);
      const slot = { conn, prepared: new Map<string, PreparedStatement>() };
      this.all.push(slot);
      this.idle.push(slot);
    }
  }

  private acquire(): Promise<Slot> {
    if (this.closed) return Promise.reject(new Error("KuzuReadPool: closed."));
    const slot = this.idle.pop();
    if (slot) return Promise.resolve(slot);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.idle.push(slot);
  }

  /** Run one read statement on a free connection; resolves to its rows as the kuzu package gives them. */
  async run(text: string, params: Record<string, unknown>): Promise<Array<Record<string, unknown>>> {
    const slot = await this.acquire();
    try {
      let ps = slot.prepared.get(text);
      if (!ps) {
        ps = await slot.conn.prepare(text);
        if (!ps.isSuccess()) throw new Error(`embedded store: ${ps.getErrorMessage()}\n${text}`);
        slot.prepared.set(text, ps);
      }
      const r = await slot.conn.execute(ps, params as Record<string, KuzuValue>);
      const result = Array.isArray(r) ? r[r.length - 1] : r;
      try {
        return (await result.getAll()) as Array<Record<string, unknown>>;
      } finally {
        result.close();
      }
    } finally {
      this.release(slot);
    }
  }

  /** Close every connection once the statements running on them are done. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const busy = this.all.filter((s) => !this.idle.includes(s));
    await Promise.all(busy.map(() => new Promise<Slot>((resolve) => this.waiting.push(resolve))));
    for (const s of this.all) {
      s.prepared.clear();
      await s.conn.close();
    }
  }
}
