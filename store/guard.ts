/**
 * First, cheap checks on a user's query, before the store's own read-only
 * enforcement (Kuzu READ ONLY transactions, Neo4j EXPLAIN query type + READ
 * access mode) does the real work. Rejects clauses that read or write outside
 * the graph (LOAD, COPY, EXPORT, ATTACH, INSTALL…), which a read-only
 * transaction would not stop. Not a write filter on its own.
 *
 * `range()` calls whose bounds are constant (literals, arithmetic on them,
 * numeric parameters) are evaluated and refused when they would build more
 * than MAX_RANGE elements. Bounds computed from the data are not known here:
 * the embedded store's query worker has a memory limit for those
 * (query-isolation.ts).
 */
import { stripComments } from "./statements.js";
import { QueryRejected } from "./types.js";

const MAX_QUERY_CHARS = 20_000;

/** Statements that touch files, extensions or other databases. */
const OUTSIDE =
  /^\s*(LOAD|COPY|EXPORT|IMPORT|ATTACH|DETACH\s+DATABASE|INSTALL|UNINSTALL|USE|CHECKPOINT|BEGIN|COMMIT|ROLLBACK)\b/i;
/**
 * Procedures that read or change the server's settings rather than the graph
 * (`CALL current_setting('home_directory')` answers a path on the server;
 * `CALL threads = 8` changes the engine's configuration).
 */
const SETTINGS = /\bCALL\s+(current_setting\b|\w+\s*=)/i;
/** `LOAD CSV` / `LOAD FROM` anywhere outside strings. */
const LOAD_ANYWHERE = /\bLOAD\s+(CSV|FROM|WITH)\b/i;

/** Largest `range()` a query may build: Kuzu materializes the list, and a huge one exhausts memory before any time limit can act. */
export const MAX_RANGE = 1_000_000;

/** The argument lists of every `range(…)` call, split at their top-level commas. */
export function rangeCalls(text: string): string[][] {
  const calls: string[][] = [];
  for (const m of text.matchAll(/\brange\s*\(/gi)) {
    const args: string[] = [];
    let depth = 0;
    let start = m.index + m[0].length;
    for (let i = start; i < text.length; i++) {
      const c = text[i];
      if (c === "(" || c === "[" || c === "{") depth++;
      else if ((c === ")" || c === "]" || c === "}") && depth > 0) depth--;
      else if (c === "," && depth === 0) {
        args.push(text.slice(start, i).trim());
        start = i + 1;
      } else if (c === ")") {
        args.push(text.slice(start, i).trim());
        calls.push(args);
        break;
      }
    }
  }
  return calls;
}

/**
 * The value of a constant arithmetic expression (numbers, `$param`s with
 * numeric values, + - * / % ^, parentheses), or null when it is not one.
 * @example evaluateConstant("6*10000000") === 60000000
 */
export function evaluateConstant(expr: string, params: Record<string, unknown> = {}): number | null {
  const tokens = expr.match(/\d+(?:\.\d+)?(?:e[+-]?\d+)?|\$\w+|[-+*/%^()]|\S/gi) ?? [];
  let i = 0;
  const fail = Symbol("not constant");
  const atom = (): number => {
    const t = tokens[i++];
    if (t === undefined) throw fail;
    if (t === "(") {
      const v = sum();
      if (tokens[i++] !== ")") throw fail;
      return v;
    }
    if (t === "-") return -atom();
    if (t === "+") return atom();
    if (/^\d/.test(t)) return Number(t);
    if (t.startsWith("$")) {
      const v = params[t.slice(1)];
      if (typeof v === "number") return v;
      if (typeof v === "string" && /^-?\d+$/.test(v.trim())) return Number(v);
    }
    throw fail;
  };
  const power = (): number => {
    const base = atom();
    if (tokens[i] === "^") {
      i++;
      return base ** power();
    }
    return base;
  };
  const product = (): number => {
    let v = power();
    while (tokens[i] === "*" || tokens[i] === "/" || tokens[i] === "%") {
      const op = tokens[i++];
      const r = power();
      v = op === "*" ? v * r : op === "/" ? v / r : v % r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (tokens[i] === "+" || tokens[i] === "-") v = tokens[i++] === "+" ? v + product() : v - product();
    return v;
  };
  try {
    const v = sum();
    return i === tokens.length && Number.isFinite(v) ? v : null;
  } catch (e) {
    if (e === fail) return null;
    throw e;
  }
}

/** How many elements `range(start, end[, step])` builds, or null when its bounds are not constant. */
export function rangeSize(args: string[], params: Record<string, unknown> = {}): number | null {
  if (args.length < 2 || args.length > 3) return null;
  const [start, end, step = 1] = args.map((a) => evaluateConstant(a, params));
  if (start === null || end === null || step === null || step === 0) return null;
  return Math.max(0, Math.floor((end - start) / step) + 1);
}

/** Remove quoted strings so keyword checks do not see their contents. */
function withoutStrings(text: string): string {
  return text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
}

/**
 * Validate a query's text; returns it trimmed, without comments.
 * @example checkUserQuery("MATCH (n) RETURN n // all") === "MATCH (n) RETURN n"
 */
export function checkUserQuery(cypher: unknown, params: Record<string, unknown> = {}): string {
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
  if (SETTINGS.test(bare)) {
    throw new QueryRejected(
      "cypher: this statement reads or changes the server's settings (CALL current_setting, CALL <setting> = …); the query API only reads the graph.",
      "invalid",
    );
  }
  for (const args of rangeCalls(bare)) {
    const size = rangeSize(args, params);
    if (size !== null && size > MAX_RANGE) {
      throw new QueryRejected(
        `cypher: range(${args.join(", ")}) is too large to build (${size.toLocaleString("en")} elements; at most ${MAX_RANGE.toLocaleString("en")}).`,
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
