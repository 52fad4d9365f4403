/**
 * First, cheap checks on a user's query, before the store's own read-only
 * enforcement (Kuzu READ ONLY transactions, Neo4j EXPLAIN query type + READ
 * access mode) does the real work. Rejects clauses that read or write outside
 * the graph (LOAD, COPY, EXPORT, ATTACH, INSTALL…), which a read-only
 * transaction would not stop. Not a write filter on its own.
 */
import { stripComments } from "./statements.js";
import { QueryRejected } from "./types.js";

const MAX_QUERY_CHARS = 20_000;

/** Statements that touch files, extensions or other databases. */
const OUTSIDE =
  /^\s*(LOAD|COPY|EXPORT|IMPORT|ATTACH|DETACH\s+DATABASE|INSTALL|UNINSTALL|USE|CHECKPOINT|BEGIN|COMMIT|ROLLBACK)\b/i;
/** `LOAD CSV` / `LOAD FROM` anywhere outside strings. */
const LOAD_ANYWHERE = /\bLOAD\s+(CSV|FROM|WITH)\b/i;

/** Largest literal `range(a, b)` span a query may build: Kuzu materializes the list, and a huge one exhausts memory before any time limit can act. */
export const MAX_RANGE = 1_000_000;

/** Remove quoted strings so keyword checks do not see their contents. */
function withoutStrings(text: string): string {
  return text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
}

/**
 * Validate a query's text; returns it trimmed, without comments.
 * @example checkUserQuery("MATCH (n) RETURN n // all") === "MATCH (n) RETURN n"
 */
export function checkUserQuery(cypher: unknown): string {
  if (typeof cypher !== "string" || cypher.trim() === "") {
    throw new QueryRejected("cypher: invalid `query`. Expecting a non-empty string.", "invalid");
  }
  if (cypher.length > MAX_QUERY_CHARS) {
    throw new QueryRejected(
      `cypher: query too long (${cypher.length} characters). Expecting at most ${MAX_QUERY_CHARS}.`,
      "invalid",
    );
  }
  const text = stripBlockComments(stripComments(cypher)).trim().replace(/;\s*$/, "");
  const bare = withoutStrings(text);
  if (OUTSIDE.test(bare) || LOAD_ANYWHERE.test(bare)) {
    throw new QueryRejected(
      "cypher: this statement reads or writes outside the graph (LOAD/COPY/EXPORT/IMPORT/ATTACH/INSTALL/transactions); the query API only reads the graph.",
      "write",
    );
  }
  for (const m of bare.matchAll(/\brange\s*\(\s*(-?\d+)\s*,\s*(-?\d+)/gi)) {
    if (Math.abs(Number(m[2]) - Number(m[1])) > MAX_RANGE) {
      throw new QueryRejected(
        `cypher: range(${m[1]}, ${m[2]}) is too large to build (at most ${MAX_RANGE.toLocaleString("en")} elements).`,
        "invalid",
      );
    }
  }
  if (/;\s*\S/.test(bare)) {
    throw new QueryRejected("cypher: only one statement per query (found `;` followed by more text).", "invalid");
  }
  return text;
}

function stripBlockComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, " ");
}
