/**
 * The one interface in front of both stores (Kuzu embedded, Neo4j), and the
 * store-neutral shape of query results.
 */
import { NODE_LABELS, REL_TYPES, type GraphBatch, type KgEdge, type KgNode } from "../schema/index.js";
import type { StatementSlots } from "./statements.js";

export type StoreKind = "embedded" | "neo4j";

/** A value in a query result, the same whatever the store. */
export type Value =
  null | boolean | number | string | Value[] | { [key: string]: Value } | NodeValue | RelValue | PathValue;

export type NodeValue = { _type: "node" } & KgNode;
export type RelValue = { _type: "relationship" } & KgEdge;
export interface PathValue {
  _type: "path";
  nodes: NodeValue[];
  edges: RelValue[];
}

export type Row = Record<string, Value>;

export interface QueryOptions {
  /** Cut the query after this many milliseconds. */
  timeoutMs?: number;
  /** Return at most this many rows (more are reported as `truncated`). */
  rowLimit?: number;
}

export interface QueryResult {
  columns: string[];
  rows: Row[];
  /** Nodes and relationships found anywhere in the rows. */
  graph: GraphBatch;
  truncated: boolean;
  elapsedMs: number;
}

/** A user query the store refused (a write, a syntax error, a timeout): HTTP 400, CLI exit 1. */
export class QueryRejected extends Error {
  constructor(
    message: string,
    readonly reason: "write" | "syntax" | "timeout" | "invalid" | "crash" | "memory",
  ) {
    super(message);
    this.name = "QueryRejected";
  }
}

/** A relationship named by its key: type and both endpoints (their labels follow from the ids). */
export interface EdgeKey {
  id: string;
  type: KgEdge["type"];
  source: string;
  target: string;
}

/** What the ingest knows about a batch before it is written (store/upsert-plan.ts, ingest/withdraw.ts). */
export interface UpsertOptions {
  /**
   * Node ids known not to be stored (the sentences of a document new to the store): they are not looked up, nor
   * are the edges that touch them, and they may be bulk-appended.
   */
  fresh?: ReadonlySet<string>;
  /** Withdrawn first, in the same transaction (re-ingest of a changed article). */
  remove?: {
    /** Documents whose sentences are deleted (with their MENTIONS and HAS_SENTENCE). */
    documents: string[];
    /** Nodes deleted with their relationships (entities left with no evidence). */
    nodes: string[];
    /** Relationships deleted; the batch may carry them again with what evidence is left. */
    edges: EdgeKey[];
  };
}

export interface Counts {
  nodes: number;
  edges: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
}

export interface GraphStore {
  readonly kind: StoreKind;
  /** Human-readable location (data directory or Bolt URI). */
  readonly location: string;
  /** Create the schema if missing (idempotent). */
  init(): Promise<void>;
  /** Run a named read statement from cypher/ (internal use: parameters only, never user text). */
  run(name: string, params?: Record<string, unknown>, slots?: StatementSlots): Promise<Row[]>;
  /** Run a named write statement from cypher/ (internal use, e.g. removing a changed document's old sentences). */
  write(name: string, params?: Record<string, unknown>, slots?: StatementSlots): Promise<void>;
  /**
   * Upsert a batch in one transaction: first what `options.remove` withdraws, then nodes by label, then edges by
   * type and label pair, batched, idempotent.
   */
  upsert(batch: GraphBatch, options?: UpsertOptions): Promise<void>;
  /** A user's query: read-only, time-limited, row-capped; throws QueryRejected. */
  readQuery(cypher: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<QueryResult>;
  counts(): Promise<Counts>;
  version(): Promise<string>;
  close(): Promise<void>;
}

/** Counts by label and type through the named count statements, one per label and type (the same for every store). */
export async function countStore(store: Pick<GraphStore, "run">): Promise<Counts> {
  const byLabel: Record<string, number> = {};
  const byType: Record<string, number> = {};
  const count = (rows: Row[]) => Number(rows[0]?.count ?? 0);
  const labels = await Promise.all(
    NODE_LABELS.map(async (label) => count(await store.run("count-nodes", {}, { label }))),
  );
  const types = await Promise.all(REL_TYPES.map(async (type) => count(await store.run("count-edges", {}, { type }))));
  NODE_LABELS.forEach((label, i) => labels[i] > 0 && (byLabel[label] = labels[i]));
  REL_TYPES.forEach((type, i) => types[i] > 0 && (byType[type] = types[i]));
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  return { nodes: sum(byLabel), edges: sum(byType), byLabel, byType };
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_ROW_LIMIT = 5_000;

export type { KgNode, KgEdge };
