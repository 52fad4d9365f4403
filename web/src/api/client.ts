/**
 * Typed calls to the explorer's HTTP API. Node and edge ids contain ':' and
 * Chinese characters, so every id in a path is encodeURIComponent-ed here and
 * nowhere else. Errors carry the server's message (`{error}` bodies).
 */
import type { GraphBatch, SerializedGraph } from "../core/schema.js";
import type { SessionFile, SessionValidation, StoreIdentity } from "../core/session.js";
import type {
  CypherExample,
  CypherResponse,
  DocumentListItem,
  PathsResponse,
  DocumentResponse,
  TextSearchResponse,
  EdgeResponse,
  Evidence,
  NodeResponse,
  OverviewAggregate,
  OverviewResponse,
  SearchResponse,
  StatsResponse,
} from "./types.js";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch (err) {
    throw new ApiError(0, `api: cannot reach the server (${(err as Error).message}).`);
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    if (!res.ok) throw new ApiError(res.status, `api: ${path} answered ${res.status}: ${text.slice(0, 200)}`);
    throw new ApiError(res.status, `api: ${path} answered invalid JSON.`);
  }
  if (!res.ok) {
    const msg =
      body && typeof body === "object" && "error" in body
        ? String((body as { error: unknown }).error)
        : `${path} answered ${res.status}`;
    throw new ApiError(res.status, msg);
  }
  return body as T;
}

const enc = encodeURIComponent;

export const api = {
  /** The overview: the top `limit` entities by degree, filtered by kinds, province (id) and dates. */
  graph: (opts: { limit?: number; kinds?: readonly string[]; province?: string; from?: string; to?: string } = {}) => {
    const q = new URLSearchParams();
    if (opts.limit !== undefined) q.set("limit", String(opts.limit));
    if (opts.kinds) q.set("kinds", opts.kinds.join(","));
    if (opts.province) q.set("province", opts.province);
    if (opts.from) q.set("from", opts.from);
    if (opts.to) q.set("to", opts.to);
    const qs = q.toString();
    return request<OverviewResponse>(`/api/graph${qs ? `?${qs}` : ""}`);
  },
  /** Entities by kind and by province. */
  graphAggregate: () => request<OverviewAggregate>("/api/graph/aggregate"),
  stats: () => request<StatsResponse>("/api/stats"),
  search: (q: string, limit = 20, signal?: AbortSignal) =>
    request<SearchResponse>(`/api/search?q=${enc(q)}&limit=${limit}`, { signal }),
  node: (id: string, opts: { limit?: number; offset?: number; kinds?: readonly string[] } = {}) =>
    request<NodeResponse>(
      `/api/nodes/${enc(id)}?limit=${opts.limit ?? 50}&offset=${opts.offset ?? 0}${opts.kinds ? `&kinds=${enc(opts.kinds.join(","))}` : ""}`,
    ),
  /** Nodes by id and the relationships among them (unknown ids are left out). */
  nodes: (ids: readonly string[]) =>
    request<GraphBatch>("/api/nodes", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ids }),
    }),
  /** The neighbourhood of a node (id or name) at depth N, as graphology JSON. */
  around: (id: string, depth: number) =>
    request<SerializedGraph>(`/api/export?format=json&around=${enc(id)}&depth=${depth}`),
  /** A read query's graph, as graphology JSON (a POST: the server runs no query from a GET). */
  exportQuery: (query: string) =>
    request<SerializedGraph>("/api/export", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ format: "json", query }),
    }),
  edge: (id: string) => request<EdgeResponse>(`/api/edges/${enc(id)}`),
  /** Sentences by id, in their original characters (the quotes of an export). */
  sentences: async (ids: readonly string[]) =>
    (
      await request<{ sentences: Evidence[] }>("/api/sentences", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ids }),
      })
    ).sentences,
  /** Sentences and titles whose words match (Simplified or Traditional), with facets; `doc`, `entity`, `year` narrow. */
  textSearch: (
    q: string,
    opts: { doc?: string; entity?: string; year?: string; limit?: number } = {},
    signal?: AbortSignal,
  ) =>
    request<TextSearchResponse>(
      `/api/text-search?q=${enc(q)}&limit=${opts.limit ?? 100}${opts.doc ? `&doc=${enc(opts.doc)}` : ""}${opts.entity ? `&entity=${enc(opts.entity)}` : ""}${opts.year ? `&year=${enc(opts.year)}` : ""}`,
      { signal },
    ),
  /** Shortest paths between two entities within `max` steps (each hop with its evidence). */
  paths: (a: string, b: string, max = 4) => request<PathsResponse>(`/api/paths?a=${enc(a)}&b=${enc(b)}&max=${max}`),
  /** The article list (title, outlet, date, entity and sentence counts). */
  documents: async () => (await request<{ documents: DocumentListItem[] }>("/api/documents")).documents,
  document: (id: string) => request<DocumentResponse>(`/api/documents/${enc(id)}`),
  cypher: (query: string, params?: Record<string, unknown>) =>
    request<CypherResponse>("/api/cypher", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, params }),
    }),
  /** The store's identity (recorded in session files). */
  sessionIdentity: () => request<{ version: number; store: StoreIdentity }>("/api/session"),
  /** Check a session file against the store: its nodes present and missing, same store or not. */
  validateSession: (file: SessionFile) =>
    request<SessionValidation>("/api/session/validate", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(file),
    }),
  /** Example queries (cypher/examples/*.cypher); the server wraps them as `{examples}`. */
  examples: async () => {
    const r = await request<CypherExample[] | { examples: CypherExample[] }>("/api/examples");
    return Array.isArray(r) ? r : r.examples;
  },
};
