/**
 * The Neo4j store, over Bolt with neo4j-driver. The driver owns transactions
 * (executeRead / executeWrite retry transient failures); user queries are
 * checked with EXPLAIN (query type must be read-only) and then run in a READ
 * transaction with a timeout and a row cap.
 */
import neo4j, { type Driver, type Session } from "neo4j-driver";
import { labelOfId, type GraphBatch, type PropValue } from "../schema/index.js";
import { neo4jSchema, statement, statementWith, upsertEdges, upsertNodes, type StatementSlots } from "./statements.js";
import { chunks, edgeGroups, planUpsert, storedVersions } from "./upsert-plan.js";
import { fromNeo4j, graphOfRows } from "./values.js";
import { checkUserQuery } from "./guard.js";
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

const BATCH = 1_000;

export interface Neo4jStoreOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export class Neo4jStore implements GraphStore {
  readonly kind = "neo4j" as const;
  readonly location: string;
  private readonly driver: Driver;

  constructor(private readonly options: Neo4jStoreOptions) {
    this.location = options.uri;
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: false,
      connectionAcquisitionTimeout: 15_000,
    });
  }

  private session(mode: "READ" | "WRITE"): Session {
    return this.driver.session({
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
      );
    }
  }

  async init(): Promise<void> {
    await this.verify();
    const session = this.session("WRITE");
    try {
      for (const s of neo4jSchema()) await session.run(s);
      // Indexes are built in the background: wait, so the first search can use the full-text index.
      await session.run("CALL db.awaitIndexes(300)");
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

  /** Rows with integer-valued numbers as Neo4j integers (INT64 properties). */
  private static rows(rows: Array<Record<string, PropValue>>): Array<Record<string, unknown>> {
    return rows.map((r) => Neo4jStore.params(r));
  }

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
          for (const rows of chunks(g.rows, BATCH))
            await tx.run(statementWith("delete-edges", "neo4j", g.slots), { rows });
        for (const id of remove?.nodes ?? []) {
          const label = labelOfId(id);
          if (label) await tx.run(statementWith("delete-node", "neo4j", { label }), { id });
        }
        for (const g of plan.nodes)
          for (const rows of chunks(g.rows, BATCH))
            await tx.run(upsertNodes("neo4j", g.label), { rows: Neo4jStore.rows(rows) });
        for (const g of plan.edges)
          for (const rows of chunks(g.rows, BATCH))
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
    const text = checkUserQuery(cypher);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const rowLimit = options.rowLimit ?? DEFAULT_ROW_LIMIT;
    const started = performance.now();
    const session = this.session("READ");
    try {
      // The planner says what kind of query this is, before anything runs.
      let queryType: string;
      try {
        const plan = await session.executeRead((tx) => tx.run(`EXPLAIN ${text}`, Neo4jStore.params(params)), {
          timeout: timeoutMs,
        });
        queryType = plan.summary.queryType;
      } catch (e) {
        throw classifyNeo4jError(e as Error, timeoutMs);
      }
      if (queryType !== "r") {
        throw new QueryRejected(
          `Write queries are not allowed here (the query API is read-only): the planner classifies this query as "${queryType}".`,
          "write",
        );
      }
      const rows: Row[] = [];
      let truncated = false;
      let columns: string[] = [];
      try {
        await session.executeRead(
          async (tx) => {
            rows.length = 0;
            truncated = false;
            const result = tx.run(text, Neo4jStore.params(params));
            columns = (await result.keys()).map(String);
            for await (const record of result) {
              if (rows.length >= rowLimit) {
                truncated = true;
                break;
              }
              rows.push(Object.fromEntries(record.keys.map((k) => [String(k), fromNeo4j(record.get(k))])));
            }
          },
          { timeout: timeoutMs },
        );
      } catch (e) {
        throw classifyNeo4jError(e as Error, timeoutMs);
      }
      return { columns, rows, graph: graphOfRows(rows), truncated, elapsedMs: Math.round(performance.now() - started) };
    } finally {
      await session.close();
    }
  }

  counts(): Promise<Counts> {
    return countStore(this);
  }

  async version(): Promise<string> {
    const info = await this.driver.getServerInfo();
    return `Neo4j ${info.agent ?? "?"} (protocol ${info.protocolVersion ?? "?"})`;
  }

  /** Delete everything (test suites only: they own the database they are pointed at). */
  async clearForTests(): Promise<void> {
    const session = this.session("WRITE");
    try {
      await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
    } finally {
      await session.close();
    }
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
