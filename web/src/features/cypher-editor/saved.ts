/**
 * Saved queries: pure helpers for `$parameters` (found in a query, turned into
 * typed values), the saved-queries file format (export / import) and storage.
 *
 * @example
 *   queryParams("MATCH (p:Province {name: $province}) WHERE m.date >= $from RETURN p") // ["province", "from"]
 */
import type { SavedQuery } from "./types.js";

export const SAVED_KEY = "kg.cypher.saved";
export const SAVED_FILE_FORMAT = "kg-saved-queries";

/** Parameter names a query uses (`$name`), in order of first use, skipping strings and comments. */
export function queryParams(query: string): string[] {
  const stripped = query
    .replace(/\/\/[^\n]*/g, "")
    .replace(/'(?:[^'\\]|\\.)*'/g, "''")
    .replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const out: string[] = [];
  for (const m of stripped.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) if (!out.includes(m[1])) out.push(m[1]);
  return out;
}

/** Parameter values as sent: integers and decimals as numbers, true/false as booleans, the rest as strings. */
export function paramValues(
  names: string[],
  values: Record<string, string>,
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const n of names) {
    const v = (values[n] ?? "").trim();
    out[n] = /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v === "true" ? true : v === "false" ? false : v;
  }
  return out;
}

/** Add or replace (by name) a saved query. */
export const upsertSaved = (q: SavedQuery) => (list: SavedQuery[]) => [q, ...list.filter((x) => x.name !== q.name)];

/** The file a user downloads: a format tag, a version and the queries. */
export function toSavedFile(list: SavedQuery[]): string {
  return JSON.stringify({ format: SAVED_FILE_FORMAT, version: 1, queries: list }, null, 2);
}

/** Parse a saved-queries file; throws a message naming the problem. */
export function parseSavedFile(text: string, fileName = "file"): SavedQuery[] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`saved queries: ${fileName} is not JSON.`);
  }
  const queries = (body as { queries?: unknown })?.queries;
  if ((body as { format?: unknown })?.format !== SAVED_FILE_FORMAT || !Array.isArray(queries))
    throw new Error(
      `saved queries: ${fileName} is not a saved-queries file. Expecting {"format": "${SAVED_FILE_FORMAT}", "queries": […]}.`,
    );
  return queries.map((q, i) => {
    const { name, query, params } = (q ?? {}) as Record<string, unknown>;
    if (typeof name !== "string" || !name.trim() || typeof query !== "string" || !query.trim())
      throw new Error(
        `saved queries: ${fileName}, query ${i + 1}: invalid \`name\` or \`query\`. Expecting non-empty strings.`,
      );
    const p: Record<string, string> = {};
    if (params && typeof params === "object")
      for (const [k, v] of Object.entries(params as Record<string, unknown>)) p[k] = String(v ?? "");
    return { name: name.trim(), query, params: p };
  });
}

export function loadSaved(): SavedQuery[] {
  try {
    return parseSavedFile(localStorage.getItem(SAVED_KEY) ?? "", "storage");
  } catch {
    return [];
  }
}

export function storeSaved(list: SavedQuery[]): void {
  try {
    localStorage.setItem(SAVED_KEY, toSavedFile(list));
  } catch {
    /* storage full or disabled: saved queries live for this session only */
  }
}
