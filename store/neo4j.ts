/**
 * The Neo4j store, over Bolt with neo4j-driver. The driver owns transactions
 * (executeRead / executeWrite retry transient failures). User queries pass
 * guard.ts and neo4j-guard.ts (an allow-list of reads), are checked with
 * EXPLAIN (query type must be read-only) and run in a READ transaction whose
 * timeout the server enforces, on a connection of their own: when the limit
 * passes, the store answers "timeout" at once, terminates the transaction by
 * its id (found by the tag in its metadata) over the store's own connection,
 * and closes the query's connection, so a query the server cannot stop does
 * not hold a connection of the store.
 */
import { randomUUID } from "node:crypto";
import neo4j, { type Driver, type Session } from "neo4j-driver";
import { labelOfId, type GraphBatch, type PropValue } from "../schema/index.js";
import { neo4jSchema, statement, statementWith, upsertEdges, upsertNodes, type StatementSlots } from "./statements.js";
import { chunks, edgeGroups, planUpsert, storedVersions } from "./upsert-plan.js";
import { fromNeo4j, graphOfRows } from "./values.js";
import { checkUserQuery } from "./guard.js";
import { checkNeo4jQuery } from "./neo4j-guard.js";
import { checkNeo4jVersion, type ServerInfo, type VersionVerdict } from "./neo4j-version.js";
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

/** Rows per UNWIND statement in an upsert (one transaction per upsert call). */
export const UPSERT_BATCH = 10_000;
/** How long after the limit the store waits for the server to end a query before cutting it off itself. */
const CUT_GRACE_MS = 250;
/** How long the store waits for the query's connection to close after cutting it off. */
const CLOSE_WAIT_MS = 2_000;
/** The transaction metadata key that tags the store's user queries. */
export const USER_QUERY_TAG = "kgUserQuery";

export interface Neo4jStoreOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export class Neo4jStore implements GraphStore {
  readonly kind = "neo4j" as const;
  readonly location: string;
  /** The store's own connections: named statements, schema, and administration (version, terminate). */
  private readonly driver: Driver;
  private server: (ServerInfo & VersionVerdict) | null = null;

  constructor(private readonly options: Neo4jStoreOptions) {
    this.location = options.uri;
    this.driver = this.newDriver(100);
  }

  private newDriver(maxConnectionPoolSize: number): Driver {
    return neo4j.driver(this.options.uri, neo4j.auth.basic(this.options.user, this.options.password), {
      disableLosslessIntegers: false,
      connectionAcquisitionTimeout: 15_000,
      maxConnectionPoolSize,
    });
  }

  private session(mode: "READ" | "WRITE", driver: Driver = this.driver): Session {
    return driver.session({
      database: this.options.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  /** Fail with a clear message when the server cannot be reached. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity();
    } catch (e) {
      throw new Error(
        `neo4j store: cannot reach Neo4j at ${this.options.uri} as ${this.options.user}: ${(e as Error).message}`,
        { cause: e },
      );
    }
  }

  /** Connect, check the server's version (refused when older than 5.3), create the schema. */
  async init(): Promise<void> {
    await this.verify();
    this.server = await this.checkServer();
    const session = this.session("WRITE");
    try {
      for (const s of neo4jSchema()) await session.run(s);
    } finally {
      await session.close();
    }
    // Indexes are built in the background: wait, so the first search can use the full-text index.
    await this.admin("admin-await-indexes");
  }

  /** The server's version, judged against the supported range; throws when it is older. */
  private async checkServer(): Promise<ServerInfo & VersionVerdict> {
    const rows = await this.admin("admin-components");
    const kernel = rows.find((r) => r.name === "Neo4j Kernel") ?? rows[0] ?? {};
    const info: ServerInfo = {
      name: String(kernel.name ?? "Neo4j"),
      version: String(kernel.version ?? "?"),
      edition: String(kernel.edition ?? "?"),
    };
    const verdict = checkNeo4jVersion(info.version);
    if (verdict.status === "older") throw new Error(`neo4j store: ${this.options.uri}: ${verdict.message}`);
    return { ...info, ...verdict };
  }

  /** A warning to show the user when the server is outside the tested range, else null. */
  get versionWarning(): string | null {
    return this.server?.status === "newer" ? `neo4j store: ${this.options.uri}: ${this.server.message}` : null;
  }

  /** Run an administration statement (cypher/admin-*.neo4j.cypher) on the store's own connection, auto-commit. */
  private async admin(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const session = this.session("WRITE");
    try {
      const res = await session.run(statementWith(name, "neo4j"), params);
      return res.records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), fromNeo4j(r.get(k))])));
    } finally {
      await session.close();
    }
  }

  private static params(params: Record<string, unknown>): Record<string, unknown> {
    // Integers sent as JS numbers become floats in Neo4j; SKIP/LIMIT need integers.
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(params))
      out[k] = typeof v === "number" && Number.isInteger(v) ? neo4j.int(v) : v;
    return out;
  }

  async run(name: string, params: Record<string, unknown> = {}, slots?: StatementSlots): Promise<Row[]> {
    const text = statementWith(name, "neo4j", slots);
    const session = this.session("READ");
    try {
      const res = await session.executeRead((tx) => tx.run(text, Neo4jStore.params(params)));
      return res.records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), fromNeo4j(r.get(k))])));
    } finally {
      await session.close();
    }
  }

  async write(name: string, params: Record<string, unknown> = {}, slots?: StatementSlots): Promise<void> {
    const text = statementWith(name, "neo4j", slots);
    const session = this.session("WRITE");
    try {
      await session.executeWrite((tx) => tx.run(text, Neo4jStore.params(params)));
    } finally {
      await session.close();
    }
  }

  /** The plan of a named statement (EXPLAIN, auto-commit: nothing runs), for the suites' index checks. */
  async explain(name: string, params: Record<string, unknown> = {}, slots?: StatementSlots, text?: string) {
    const session = this.session("READ");
    try {
      const res = await session.run(
        `EXPLAIN ${text ?? statementWith(name, "neo4j", slots)}`,
        Neo4jStore.params(params),
      );
      return res.summary.plan;
    } finally {
      await session.close();
    }
  }

  /** Rows with integer-valued numbers as Neo4j integers (INT64 properties). */
  private static rows(rows: Array<Record<string, PropValue>>): Array<Record<string, unknown>> {
    return rows.map((r) => Neo4jStore.params(r));
  }

  /**
   * Upsert a batch in one transaction: for each label, then each relationship type and label pair,
   * UNWIND statements of up to UPSERT_BATCH rows that MERGE by labelled key (the uniqueness constraints' indexes).
   */
  async upsert(batch: GraphBatch, options: UpsertOptions = {}): Promise<void> {
    const { existingNodes, existingEdges } = await storedVersions(this, batch, options.fresh);
    const remove = options.remove;
    for (const id of remove?.nodes ?? []) existingNodes.delete(id);
    for (const e of remove?.edges ?? []) existingEdges.delete(e.id);
    const plan = planUpsert(batch, existingNodes, existingEdges);
    const session = this.session("WRITE");
    try {
      // One transaction per batch: the unit of retry for the driver. What a changed article withdraws goes first.
      await session.executeWrite(async (tx) => {
        for (const id of remove?.documents ?? []) await tx.run(statement("delete-document-sentences", "neo4j"), { id });
        for (const g of edgeGroups(remove?.edges ?? []))
          for (const rows of chunks(g.rows, UPSERT_BATCH))
            await tx.run(statementWith("delete-edges", "neo4j", g.slots), { rows });
        for (const id of remove?.nodes ?? []) {
          const label = labelOfId(id);
          if (label) await tx.run(statementWith("delete-node", "neo4j", { label }), { id });
        }
        for (const g of plan.nodes)
          for (const rows of chunks(g.rows, UPSERT_BATCH))
            await tx.run(upsertNodes("neo4j", g.label), { rows: Neo4jStore.rows(rows) });
        for (const g of plan.edges)
          for (const rows of chunks(g.rows, UPSERT_BATCH))
            await tx.run(upsertEdges("neo4j", g.type, g.from, g.to), { rows: Neo4jStore.rows(rows) });
      });
    } finally {
      await session.close();
    }
  }

  async readQuery(
    cypher: string,
    params: Record<string, unknown> = {},
    options: QueryOptions = {},
  ): Promise<QueryResult> {
    const text = checkNeo4jQuery(checkUserQuery(cypher));
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const rowLimit = options.rowLimit ?? DEFAULT_ROW_LIMIT;
    const started = performance.now();
    const tag = randomUUID();
    // A connection of its own: cut off with the query when the server does not stop it.
    const driver = this.newDriver(1);
    const work = this.runUserQuery(driver, text, params, { timeoutMs, rowLimit, tag });
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<"limit">(
      (resolve) => (timer = setTimeout(() => resolve("limit"), timeoutMs + CUT_GRACE_MS)),
    );
    try {
      const first = await Promise.race([work, limit]);
      if (first === "limit") {
        work.catch(() => undefined); // it ends when its connection is closed below
        await this.cut(tag, driver);
        throw new QueryRejected(
          `Query cut at the time limit of ${timeoutMs} ms (the server did not end it; the store terminated its transaction and closed its connection).`,
          "timeout",
        );
      }
      return { ...first, elapsedMs: Math.round(performance.now() - started) };
    } catch (e) {
      throw e instanceof QueryRejected ? e : classifyNeo4jError(e as Error, timeoutMs);
    } finally {
      clearTimeout(timer);
      void driver.close().catch(() => undefined);
    }
  }

  /** EXPLAIN (must be a read), then the query, in one READ transaction with the server-side timeout and the tag. */
  private async runUserQuery(
    driver: Driver,
    text: string,
    params: Record<string, unknown>,
    { timeoutMs, rowLimit, tag }: { timeoutMs: number; rowLimit: number; tag: string },
  ): Promise<Omit<QueryResult, "elapsedMs">> {
    const session = this.session("READ", driver);
    // An unmanaged transaction: a user's query is never retried (executeRead would retry transient failures).
    const tx = session.beginTransaction({ timeout: timeoutMs, metadata: { [USER_QUERY_TAG]: tag } });
    try {
      const plan = await tx.run(`EXPLAIN ${text}`, Neo4jStore.params(params));
      const queryType = plan.summary.queryType;
      if (queryType !== "r") {
        throw new QueryRejected(
          `Write queries are not allowed here (the query API is read-only): the planner classifies this query as "${queryType}".`,
          "write",
        );
      }
      const rows: Row[] = [];
      let truncated = false;
      const result = tx.run(text, Neo4jStore.params(params));
      const columns = (await result.keys()).map(String);
      for await (const record of result) {
        if (rows.length >= rowLimit) {
          truncated = true;
          break;
        }
        rows.push(Object.fromEntries(record.keys.map((k) => [String(k), fromNeo4j(record.get(k))])));
      }
      return { columns, rows, graph: graphOfRows(rows), truncated };
    } catch (e) {
      throw e instanceof QueryRejected ? e : classifyNeo4jError(e as Error, timeoutMs);
    } finally {
      // A read: nothing to commit; rolled back. (When the store cuts the query off, closing its driver ends these.)
      await tx.close().catch(() => undefined);
      await session.close().catch(() => undefined);
    }
  }

  /** End a user query that outlived its limit: terminate its transaction by id, then close its connection. */
  private async cut(tag: string, driver: Driver): Promise<void> {
    const terminate = (async () => {
      const ids = (await this.userQueries()).filter((q) => q.tag === tag).map((q) => q.transactionId);
      if (ids.length) await this.admin("admin-terminate", { ids });
    })().catch(() => undefined);
    const close = driver.close().catch(() => undefined);
    await Promise.race([Promise.all([terminate, close]), new Promise((r) => setTimeout(r, CLOSE_WAIT_MS).unref())]);
  }

  /** The store's user queries running on the server (by the tag in their transaction metadata). */
  async userQueries(): Promise<Array<{ transactionId: string; tag: string; query: string }>> {
    const rows = await this.admin("admin-transactions");
    return rows
      .map((r) => ({
        transactionId: String(r.transactionId),
        tag: String((r.metaData as Record<string, unknown> | null)?.[USER_QUERY_TAG] ?? ""),
        query: String(r.currentQuery ?? ""),
      }))
      .filter((q) => q.tag !== "");
  }

  counts(): Promise<Counts> {
    return countStore(this);
  }

  async version(): Promise<string> {
    const info = await this.driver.getServerInfo();
    const server = this.server ? `${this.server.version} ${this.server.edition}` : (info.agent ?? "?");
    const note = this.server?.message ? ` — ${this.server.message}` : "";
    return `Neo4j ${server} (protocol ${info.protocolVersion ?? "?"})${note}`;
  }

  /**
   * Wipe the database for a suite or the bench, only if it is empty or carries the scratch marker
   * (:KgScratch); marks it afterwards. Refuses, with the way out, to wipe anything else.
   */
  async clearScratch(purpose = "the suites or the bench"): Promise<void> {
    const [state] = await this.admin("admin-scratch-state");
    const nodes = Number(state?.nodes ?? 0);
    if (nodes > 0 && Number(state?.markers ?? 0) === 0) {
      throw new Error(
        `neo4j store: refusing to wipe ${this.options.uri}${this.options.database ? ` (database ${this.options.database})` : ""} for ${purpose}: it holds ${nodes} nodes and no (:KgScratch) marker. Point NEO4J_URI at an empty or scratch database, or mark this one as disposable with \`CREATE (:KgScratch)\`.`,
      );
    }
    await this.admin("admin-scratch-clear");
    await this.admin("admin-scratch-mark");
  }

  /** The suites' wipe: the same scratch rule. */
  clearForTests(): Promise<void> {
    return this.clearScratch();
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** Map a Neo4j error to a QueryRejected with the reason. */
export function classifyNeo4jError(e: Error & { code?: string }, timeoutMs: number): QueryRejected {
  const code = e.code ?? "";
  if (/AccessMode|Forbidden|WriteOnReadOnly/i.test(code) || /read access mode/i.test(e.message)) {
    return new QueryRejected(`Write queries are not allowed here (the query API is read-only): ${e.message}`, "write");
  }
  if (/TransactionTimedOut|Terminated|timed out|timeout/i.test(code + " " + e.message)) {
    return new QueryRejected(`Query cut at the time limit of ${timeoutMs} ms: ${e.message}`, "timeout");
  }
  if (/Syntax|Semantic|ParameterMissing|Statement/i.test(code)) return new QueryRejected(e.message, "syntax");
  return new QueryRejected(e.message, "invalid");
}
