/**
 * The embedded store: Kuzu, a real Cypher database in a file under the data
 * directory. One write connection (ingest, internal statements) and one read
 * connection for user queries (READ ONLY transactions, time limit, row cap).
 * Upserts: rows already stored are MERGEd (UNWIND $rows … MERGE); large sets
 * of new rows are appended with COPY from a subquery over $rows (same
 * transaction), as DESIGN.md's measurements advise.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import kuzu, {
  type Connection,
  type Database,
  type PreparedStatement,
  type QueryResult as KuzuQueryResult,
  type KuzuValue,
} from "kuzu";
import { labelOfId, NODE_PROPERTIES, type GraphBatch, type NodeLabel, type PropValue } from "../schema/index.js";
import {
  copyEdges,
  copyNodes,
  kuzuDdl,
  statement,
  statementWith,
  upsertEdges,
  upsertNodes,
  type StatementSlots,
} from "./statements.js";
import { chunks, edgeGroups, planUpsert, storedVersions } from "./upsert-plan.js";
import { fromKuzu, graphOfRows } from "./values.js";
import { checkUserQuery } from "./guard.js";
import { checkKuzuParams } from "./kuzu-params.js";
import { QueryIsolation } from "./query-isolation.js";
import { KuzuReadPool, readPoolSize } from "./kuzu-pool.js";
import {
  DEFAULT_ROW_LIMIT,
  DEFAULT_TIMEOUT_MS,
  QueryRejected,
  countStore,
  type Counts,
  type GraphStore,
  type QueryOptions,
  type QueryResult,
  type Row,
  type UpsertOptions,
} from "./types.js";

const BATCH = 2_000;
/**
 * Rows per COPY statement. Kuzu turns the whole `$rows` parameter into native values before the COPY runs, so
 * this bounds that copy: 10,000 instead of 50,000 took a 1,000-article batch's resident size after loading from
 * 851 to ~560 MB (one extraction thread, 1,000 generated articles); 2,500 instead of 10,000 took the peak RSS of
 * `npm run bench ingest -- --articles 5000` from 990 and 975 MB to 911 and 884 (500 articles: 467/465 → 424/426),
 * the same transactions in more statements, no slower to measure on this 2-core machine.
 */
const COPY_BATCH = 2_500;
/** A list parameter longer than this makes a statement bulk: prepared for that run only (exec). */
const BULK_PARAM = 64;

type KuzuResult = KuzuQueryResult;

/** Serialize work on one connection (Kuzu transactions are per connection). */
class Mutex {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

export interface KuzuStoreOptions {
  /** Directory that holds the database file. */
  dataDir: string;
  /** Open without write access (no schema creation, no upserts). */
  readOnly?: boolean;
  /**
   * Run user queries (readQuery) in a supervised child process on a read-only
   * handle, so a query that crashes the native engine cannot take the caller
   * down. Requires `readOnly` (Kuzu lets several processes read, one write).
   */
  isolateQueries?: boolean;
  /** Buffer pool size in MB (default: KG_KUZU_BUFFER_MB, else DEFAULT_BUFFER_MB; readers and the writer alike). */
  bufferPoolMB?: number;
}

/**
 * The buffer pool (Kuzu's page cache) of every handle this process opens, in MB; 0 is Kuzu's own default, 80% of
 * the machine's memory, of which a handle only takes what it reads and writes. That is the default: a bounded
 * pool breaks Kuzu 0.11.3 as the store grows. With 128 MB, a store of 4,000 generated articles refused the
 * third single-article ingest ("Buffer manager exception: … the buffer pool is full", in the checkpoint of the
 * primary-key index), 512 MB the eleventh; 250-article batches segfaulted in the 17th batch
 * (`BufferManager::optimisticRead` under a node-table scan). Set KG_KUZU_BUFFER_MB to cap the memory of a small
 * store.
 */
export const DEFAULT_BUFFER_MB = 0;

/** KG_KUZU_BUFFER_MB, checked; DEFAULT_BUFFER_MB when unset. */
export function bufferPoolMB(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.KG_KUZU_BUFFER_MB;
  if (raw === undefined || raw === "") return DEFAULT_BUFFER_MB;
  const n = Number(raw);
  if (!Number.isInteger(n) || (n !== 0 && n < 64) || n > 1_048_576)
    throw new Error(
      `embedded store: invalid \`KG_KUZU_BUFFER_MB\` (${raw}). Expecting 0 (Kuzu's default) or an integer number of MB from 64 up.`,
    );
  return n;
}

export class KuzuStore implements GraphStore {
  readonly kind = "embedded" as const;
  readonly location: string;
  private db: Database;
  private writer: Connection;
  private reader: Connection;
  private readonly writeLock = new Mutex();
  private readonly readLock = new Mutex();
  private readonly prepared = new Map<string, PreparedStatement>();

  private readonly isolation: QueryIsolation | null;
  /** Read-only handles serve named reads from a pool of connections, side by side (kuzu-pool.ts). */
  private pool: KuzuReadPool | null = null;

  constructor(private readonly options: KuzuStoreOptions) {
    if (options.isolateQueries && !options.readOnly)
      throw new Error("embedded store: `isolateQueries` needs `readOnly` (only readers can share the database file).");
    this.isolation = options.isolateQueries ? new QueryIsolation(options.dataDir) : null;
    mkdirSync(options.dataDir, { recursive: true });
    this.location = join(options.dataDir, "kuzu.db");
    try {
      // One buffer pool per Database (see DEFAULT_BUFFER_MB): the read pool's connections share it.
      const pool = options.bufferPoolMB ?? bufferPoolMB();
      this.db = new kuzu.Database(this.location, pool * 2 ** 20, true, options.readOnly ?? false);
      // open now (Kuzu would on the first query): a lock held by another process is reported here, with what to do
      this.db.initSync();
      this.writer = new kuzu.Connection(this.db);
      this.reader = new kuzu.Connection(this.db);
      // A user query may use one worker thread at most, so a runaway one cannot starve browsing.
      this.reader.setMaxNumThreadForExec(1);
      if (options.readOnly) this.pool = new KuzuReadPool(this.db, readPoolSize());
    } catch (e) {
      const locked = /lock/i.test(String(e));
      throw new Error(
        locked
          ? `embedded store: cannot open ${this.location}: another process is using it (Kuzu: ${(e as Error).message.split("\n")[0]}). ` +
              "Kuzu lets one process write a database, or several read it: stop `kg serve` (and any other `kg` command) on this data directory and run this again, " +
              "or point KG_DATA_DIR at another directory."
          : `embedded store: cannot open ${this.location}: ${(e as Error).message}`,
        { cause: e },
      );
    }
  }

  /** Opened read-only: nothing can change the data while this handle is open (Kuzu locks out writers). */
  get readOnly(): boolean {
    return this.options.readOnly ?? false;
  }

  async init(): Promise<void> {
    if (this.options.readOnly) return;
    await this.writeLock.run(async () => {
      for (const ddl of kuzuDdl()) await command(this.writer, ddl);
    });
  }

  private async exec(conn: Connection, text: string, params: Record<string, unknown>): Promise<KuzuResult> {
    // A prepared statement keeps the native copy of the parameters it last ran with until it runs again or is
    // collected: a cached COPY/MERGE of 2,500 rows kept its rows after the batch (~40 statements, 22 MB of native
    // values at the peak of the 5,000-article ingest, heaptrack). Statements sent a large list are prepared anew
    // each time (a few ms), so their parameters go with them.
    const bulk = Object.values(params).some((v) => Array.isArray(v) && v.length > BULK_PARAM);
    let ps = bulk ? undefined : this.prepared.get(text);
    if (!ps) {
      ps = await conn.prepare(text);
      if (!ps.isSuccess()) throw new Error(`embedded store: ${ps.getErrorMessage()}\n${text}`);
      if (conn === this.writer && !bulk) this.prepared.set(text, ps);
    }
    const r = await conn.execute(ps, params as Record<string, KuzuValue>);
    return Array.isArray(r) ? r[r.length - 1] : r;
  }

  private async rows(result: KuzuResult): Promise<Row[]> {
    const all = await result.getAll();
    result.close();
    return all.map((r: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, fromKuzu(v)])),
    );
  }

  /** Kuzu crashes on `IN $list` with an empty list: answer those without asking. */
  private static hasEmptyList(params: Record<string, unknown>): boolean {
    return Object.values(params).some((v) => Array.isArray(v) && v.length === 0);
  }

  async run(name: string, params: Record<string, unknown> = {}, slots?: StatementSlots): Promise<Row[]> {
    if (KuzuStore.hasEmptyList(params)) return [];
    const text = statementWith(name, "kuzu", slots);
    if (this.pool) return (await this.pool.run(text, params)).map(fromKuzuRow);
    return this.writeLock.run(async () => this.rows(await this.exec(this.writer, text, params)));
  }

  async write(name: string, params: Record<string, unknown> = {}, slots?: StatementSlots): Promise<void> {
    if (this.options.readOnly) throw new Error("embedded store: opened read-only; cannot write.");
    await this.run(name, params, slots);
  }

  async upsert(batch: GraphBatch, options: UpsertOptions = {}): Promise<void> {
    if (this.options.readOnly) throw new Error("embedded store: opened read-only; cannot upsert.");
    const { fresh, remove } = options;
    // Kuzu 0.11 plans `UNWIND … MERGE` as a scan of the label's table: new rows never take that path (below).
    const stored = await storedVersions(this, batch, fresh);
    const removedEdges = new Set(remove?.edges.map((e) => e.id));
    const existingNodes = stored.existingNodes;
    for (const id of remove?.nodes ?? []) existingNodes.delete(id);
    const existingEdges = stored.existingEdges;
    for (const id of removedEdges) existingEdges.delete(id);
    const plan = planUpsert(batch, existingNodes, existingEdges);
    // Endpoints that will be stored once the nodes are in: edges between them may be COPYed. (Kuzu 0.11.3 lets a
    // COPY append a key deleted earlier in the same transaction: a changed article's new sentences are COPYed
    // right after its old ones are deleted.)
    const willBeStored = new Set([...existingNodes.keys(), ...batch.nodes.map((n) => n.id)]);
    const bulkNode = (r: Record<string, PropValue>) => !existingNodes.has(String(r.id));
    const bulkEdge = (r: Record<string, PropValue>) => {
      const [id, source, target] = [String(r.id), String(r.source), String(r.target)];
      return !existingEdges.has(id) && !removedEdges.has(id) && willBeStored.has(source) && willBeStored.has(target);
    };
    // A batch that withdraws: no automatic checkpoint at its commits (the caller checkpoints once, after the run;
    // ingestFiles does). Kuzu 0.11.3 rewrites every node group that lost rows at a checkpoint, and a commit that
    // crosses the WAL threshold checkpoints on the spot: 50 changed articles of a 5,000-article store paid that
    // twice, in the COMMIT and again in the final CHECKPOINT (17.0 s instead of 22.6 s re-ingest, bench/ingest.ts).
    const withdraws = !!(remove && (remove.documents.length || remove.edges.length || remove.nodes.length));
    await this.writeLock.run(async () => {
      if (withdraws) await command(this.writer, "CALL auto_checkpoint=false");
      await command(this.writer, "BEGIN TRANSACTION");
      try {
        for (const id of remove?.documents ?? [])
          (await this.exec(this.writer, statement("delete-document-sentences", "kuzu"), { id })).close();
        for (const g of edgeGroups(remove?.edges ?? []))
          for (const rows of chunks(g.rows, BATCH))
            (await this.exec(this.writer, statementWith("delete-edges", "kuzu", g.slots), { rows })).close();
        for (const id of remove?.nodes ?? []) {
          const label = labelOfId(id);
          if (label) (await this.exec(this.writer, statementWith("delete-node", "kuzu", { label }), { id })).close();
        }
        // New rows are appended with COPY, stored ones updated with MERGE, in that order. Kuzu 0.11.3 loses the
        // list values a COPY wrote to a table when MERGEs then write lists of other rows of it, even in a later
        // transaction: a province appended in a batch read the first aliases of the table (天津市 ["內蒙古"],
        // test/ingest/chunked-load.test.ts and test/ingest/order.test.ts catch it). So new nodes are appended with
        // their list columns empty, and every node's lists, new or stored, are written by the MERGEs, in a
        // transaction of their own right after: withdrawals and appends commit together, then the updates.
        for (const g of plan.nodes)
          for (const rows of kuzuBatches(g.rows.filter(bulkNode).map(withoutLists(g.label)), COPY_BATCH))
            (await this.exec(this.writer, copyNodes(g.label), { rows })).close();
        for (const g of plan.edges)
          for (const rows of kuzuBatches(g.rows.filter(bulkEdge), COPY_BATCH))
            (await this.exec(this.writer, copyEdges(g.type, g.from, g.to), { rows })).close();
        await command(this.writer, "COMMIT");
        await command(this.writer, "BEGIN TRANSACTION");
        for (const g of plan.nodes)
          for (const rows of kuzuBatches(g.rows.filter((r) => !bulkNode(r) || hasList(g.label, r))))
            (await this.exec(this.writer, upsertNodes("kuzu", g.label), { rows })).close();
        for (const g of plan.edges)
          for (const rows of kuzuBatches(g.rows.filter((r) => !bulkEdge(r))))
            (await this.exec(this.writer, upsertEdges("kuzu", g.type, g.from, g.to), { rows })).close();
        await command(this.writer, "COMMIT");
      } catch (e) {
        await command(this.writer, "ROLLBACK").catch(() => undefined);
        throw e;
      } finally {
        if (withdraws) await command(this.writer, "CALL auto_checkpoint=true").catch(() => undefined);
      }
    });
  }

  /** Write the WAL into the database file now (after a large ingest: a smaller file, a faster first open). */
  async checkpoint(): Promise<void> {
    if (this.options.readOnly) return;
    await this.writeLock.run(() => command(this.writer, "CHECKPOINT"));
  }

  async readQuery(
    cypher: string,
    params: Record<string, unknown> = {},
    options: QueryOptions = {},
  ): Promise<QueryResult> {
    const text = checkUserQuery(cypher, params);
    const values = checkKuzuParams(params);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (this.isolation) return this.isolation.query(text, values, options, timeoutMs);
    const rowLimit = options.rowLimit ?? DEFAULT_ROW_LIMIT;
    return this.readLock.run(async () => {
      const started = performance.now();
      const conn = this.reader;
      conn.setQueryTimeout(timeoutMs);
      await command(conn, "BEGIN TRANSACTION READ ONLY");
      try {
        const ps = await conn.prepare(text);
        if (!ps.isSuccess()) throw classifyKuzuError(ps.getErrorMessage());
        let result: KuzuResult;
        try {
          const r = await conn.execute(ps, values as Record<string, KuzuValue>);
          result = Array.isArray(r) ? r[r.length - 1] : r;
        } catch (e) {
          throw classifyKuzuError((e as Error).message, timeoutMs);
        }
        const columns = await result.getColumnNames();
        const rows: Row[] = [];
        let truncated = false;
        while (result.hasNext()) {
          const raw = await result.getNext();
          if (!raw) break;
          if (rows.length >= rowLimit) {
            truncated = true;
            break;
          }
          rows.push(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, fromKuzu(v)])));
        }
        result.close();
        return {
          columns,
          rows,
          graph: graphOfRows(rows),
          truncated,
          elapsedMs: Math.round(performance.now() - started),
        };
      } finally {
        await command(conn, "ROLLBACK").catch(() => undefined);
      }
    });
  }

  counts(): Promise<Counts> {
    return countStore(this);
  }

  async version(): Promise<string> {
    const rows = await this.writeLock.run(async () =>
      this.rows(await this.exec(this.writer, "CALL db_version() RETURN *", {})),
    );
    return `Kuzu ${rows[0]?.version ?? "?"}`;
  }

  async close(): Promise<void> {
    await this.isolation?.close();
    await this.pool?.close();
    await this.writeLock.run(async () => {
      await this.readLock.run(async () => {
        this.prepared.clear();
        await this.reader.close();
        await this.writer.close();
        await this.db.close();
      });
    });
  }
}

const fromKuzuRow = (r: Record<string, unknown>): Row =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, fromKuzu(v)]));

/**
 * Run a statement whose result is not needed, and close its result at once:
 * a result left to the garbage collector after the database is closed
 * crashes the process (seen with kuzu 0.11.3).
 */
async function command(conn: Connection, text: string): Promise<void> {
  const r = await conn.query(text);
  for (const x of Array.isArray(r) ? r : [r]) x.close();
}

/** The list-typed properties of each node label (entities' `aliases`). */
const LIST_PROPERTIES = new Map<NodeLabel, string[]>(
  (Object.entries(NODE_PROPERTIES) as Array<[NodeLabel, Record<string, string>]>).map(([label, props]) => [
    label,
    Object.keys(props).filter((k) => props[k]!.endsWith("[]")),
  ]),
);
/** Whether a node row holds a non-empty list (which the COPY path must not write). */
const hasList = (label: NodeLabel, r: Record<string, PropValue>): boolean =>
  (LIST_PROPERTIES.get(label) ?? []).some((k) => Array.isArray(r[k]) && (r[k] as unknown[]).length > 0);
/** A node row with its list properties empty, for COPY (the MERGEs after it write them). */
const withoutLists =
  (label: NodeLabel) =>
  (r: Record<string, PropValue>): Record<string, PropValue> => {
    const lists = LIST_PROPERTIES.get(label) ?? [];
    if (!lists.length) return r;
    const out = { ...r };
    for (const k of lists) out[k] = [];
    return out;
  };

/**
 * Kuzu types a list-of-structs parameter from its FIRST row: a NULL or an
 * empty list there has no type ("vector with ANY type") and the batch fails
 * when a later row has a value. So empty lists are sent as NULL (read back as
 * [] by values.ts), and rows are batched by which columns are NULL: within a
 * batch, a column is NULL in every row or in none.
 */
export function kuzuBatches(
  rows: Array<Record<string, PropValue>>,
  size = BATCH,
): Array<Array<Record<string, PropValue>>> {
  const groups = new Map<string, Array<Record<string, PropValue>>>();
  for (const r of rows) {
    const out: Record<string, PropValue> = {};
    let signature = "";
    for (const [k, v] of Object.entries(r)) {
      const value = Array.isArray(v) && v.length === 0 ? null : v;
      out[k] = value;
      signature += value === null ? "0" : "1";
    }
    const g = groups.get(signature) ?? [];
    g.push(out);
    groups.set(signature, g);
  }
  return [...groups.values()].flatMap((g) => chunks(g, size));
}

/** Map a Kuzu error message to a QueryRejected with the reason. */
export function classifyKuzuError(message: string, timeoutMs?: number): QueryRejected {
  if (/read-only transaction|read only transaction|read-only database|readonly/i.test(message)) {
    return new QueryRejected(`Write queries are not allowed here (the query API is read-only): ${message}`, "write");
  }
  if (/interrupt|timeout/i.test(message)) {
    return new QueryRejected(
      `Query cut at the time limit${timeoutMs ? ` of ${timeoutMs} ms` : ""}: ${message}`,
      "timeout",
    );
  }
  if (/multiple statements/i.test(message)) {
    return new QueryRejected(`Only one statement per query: ${message}`, "invalid");
  }
  return new QueryRejected(message, "syntax");
}
