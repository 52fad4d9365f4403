/**
 * What the user query API may run on Neo4j: an allow-list, checked on the
 * query's text before anything is sent to the server (after guard.ts's
 * store-neutral checks, and before the planner's read-only check).
 *
 * Allowed: read clauses over the graph (MATCH, OPTIONAL MATCH, WHERE, WITH,
 * UNWIND, RETURN, ORDER BY, SKIP, LIMIT, UNION, CALL { … } subqueries) and
 * the read-only procedures in READ_PROCEDURES. Refused, with the reason:
 * administration and monitoring commands (SHOW …, TERMINATE …, CREATE/DROP/
 * ALTER/START/STOP DATABASE, users, roles, privileges), `dbms.*` and every
 * other procedure not listed, writes, LOAD CSV, USE (another database),
 * CALL { … } IN TRANSACTIONS, query options (`CYPHER …`, EXPLAIN/PROFILE),
 * and compute-only cross products of range() that Neo4j cannot stop once
 * started (it checks for termination only when it touches the store).
 */
import { QueryRejected } from "./types.js";

/** Read-only procedures over the graph a user query may CALL (lower case). */
export const READ_PROCEDURES = [
  "db.labels",
  "db.relationshiptypes",
  "db.propertykeys",
  "db.schema.visualization",
  "db.schema.nodetypeproperties",
  "db.schema.reltypeproperties",
  "db.index.fulltext.querynodes",
  "db.index.fulltext.queryrelationships",
] as const;

/** Clause keywords that start something other than a read of the graph. */
const REFUSED_KEYWORDS: Record<string, string> = {
  SHOW: "SHOW commands (transactions, databases, users, settings…) are administration",
  TERMINATE: "TERMINATE commands end other clients' work",
  CREATE: "CREATE writes the graph or the schema",
  MERGE: "MERGE writes the graph",
  SET: "SET writes the graph",
  DELETE: "DELETE writes the graph",
  DETACH: "DETACH DELETE writes the graph",
  REMOVE: "REMOVE writes the graph",
  FOREACH: "FOREACH exists to write the graph",
  DROP: "DROP changes the schema or the databases",
  ALTER: "ALTER is administration",
  RENAME: "RENAME is administration",
  GRANT: "GRANT is administration",
  DENY: "DENY is administration",
  REVOKE: "REVOKE is administration",
  START: "START DATABASE is administration",
  STOP: "STOP DATABASE is administration",
  ENABLE: "ENABLE is administration",
  DEALLOCATE: "DEALLOCATE is administration",
  REALLOCATE: "REALLOCATE is administration",
  LOAD: "LOAD CSV reads files or URLs outside the graph",
  USE: "USE selects another database",
  CYPHER: "query options (`CYPHER …`) are not accepted here",
  EXPLAIN: "EXPLAIN/PROFILE are not accepted here (the store plans every query itself)",
  PROFILE: "EXPLAIN/PROFILE are not accepted here (the store plans every query itself)",
  FINISH: "FINISH returns nothing to read",
};

/** At most this many rows may be built by the range() calls of one query (their sizes multiplied). */
export const MAX_RANGE_PRODUCT = 100_000_000;
/** The size assumed for a range() whose bounds are not literal numbers. */
const UNKNOWN_RANGE_SIZE = 1_000;

interface Token {
  text: string;
  upper: string;
  /** The characters before and after the token, spaces skipped. */
  before: string;
  after: string;
  /** The previous and next word tokens (upper case), or "". */
  previousWord: string;
  nextWord: string;
}

/** Words of the query outside strings, backtick names and comments, with their neighbours. */
function tokens(query: string): Token[] {
  const bare = query
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''")
    .replace(/`[^`]*`/g, "_")
    .replace(/\/\/[^\n]*/g, " ");
  const out: Token[] = [];
  for (const m of bare.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = bare.slice(0, start).trimEnd().slice(-1);
    const after = bare.slice(end).trimStart().slice(0, 1);
    const previousWord = out.length ? out[out.length - 1].upper : "";
    out.push({ text: m[0], upper: m[0].toUpperCase(), before, after, previousWord, nextWord: "" });
  }
  out.forEach((t, i) => (t.nextWord = out[i + 1]?.upper ?? ""));
  return out;
}

/** Keywords that are refused only before these words (`start` and `stop` are common variable names). */
const ONLY_BEFORE: Record<string, RegExp> = {
  START: /^DATABASES?$/,
  STOP: /^DATABASES?$/,
};

/** A keyword in clause position: not a property key, label, parameter, map key or alias. */
function isClauseWord(t: Token): boolean {
  if ([".", ":", "$", "|", "&"].includes(t.before)) return false;
  if (t.after === ":") return false;
  if (t.previousWord === "AS") return false;
  const only = ONLY_BEFORE[t.upper];
  return only ? only.test(t.nextWord) : true;
}

/** The procedures a query CALLs, lower case (`CALL db.labels()` → "db.labels"). */
export function calledProcedures(query: string): string[] {
  const bare = query
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''")
    .replace(/\/\/[^\n]*/g, " ");
  const out: string[] = [];
  for (const m of bare.matchAll(
    /\bCALL\s+((?:`[^`]*`|[A-Za-z_][A-Za-z0-9_]*)(?:\s*\.\s*(?:`[^`]*`|[A-Za-z_][A-Za-z0-9_]*))*)/gi,
  ))
    out.push(m[1].replace(/[\s`]/g, "").toLowerCase());
  return out;
}

/** The number of rows the query's range() calls can build together (their sizes multiplied). */
export function rangeProduct(query: string): number {
  const bare = query.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  let product = 1;
  for (const m of bare.matchAll(/\brange\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)/gi)) {
    const args = m[1].split(",").map((a) => a.trim());
    const [a, b, step] = args.map((x) => (/^-?\d+$/.test(x) ? Number(x) : NaN));
    let size = Number.isFinite(a) && Number.isFinite(b) ? Math.abs(b - a) + 1 : UNKNOWN_RANGE_SIZE;
    if (args.length > 2 && Number.isFinite(step) && step !== 0) size = Math.ceil(size / Math.abs(step));
    product *= size;
  }
  return product;
}

/**
 * Refuse what the Neo4j query API must not run; returns the query unchanged when it may run.
 * @example checkNeo4jQuery("SHOW TRANSACTIONS") // throws QueryRejected: "cypher: `SHOW` is not allowed here …"
 */
export function checkNeo4jQuery(query: string): string {
  for (const t of tokens(query)) {
    if (!isClauseWord(t)) continue;
    const why = REFUSED_KEYWORDS[t.upper];
    if (why) {
      throw new QueryRejected(
        `cypher: \`${t.text}\` is not allowed here: ${why}. The query API only reads the graph (MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN, CALL { … }, and the procedures ${READ_PROCEDURES.join(", ")}); a variable with this name can be written in backticks.`,
        "write",
      );
    }
    if (t.upper === "TRANSACTIONS" && t.previousWord === "IN") {
      throw new QueryRejected(
        "cypher: `CALL { … } IN TRANSACTIONS` is not allowed here: it commits in batches and exists to write.",
        "write",
      );
    }
  }
  for (const name of calledProcedures(query)) {
    if (!(READ_PROCEDURES as readonly string[]).includes(name)) {
      throw new QueryRejected(
        `cypher: procedure \`${name}\` is not allowed here. Expecting one of ${READ_PROCEDURES.join(", ")} (read-only procedures over the graph).`,
        "write",
      );
    }
  }
  const rows = rangeProduct(query);
  if (rows > MAX_RANGE_PRODUCT) {
    throw new QueryRejected(
      `cypher: the range() calls of this query build up to ${rows.toExponential(1)} rows (at most ${MAX_RANGE_PRODUCT.toExponential(0)}): Neo4j cannot stop a query that only computes, so it is refused before it runs.`,
      "invalid",
    );
  }
  return query;
}
