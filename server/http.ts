/**
 * The HTTP API under /api (thin handlers: validate at the edge, call
 * server/graph.ts or the store, answer JSON) and the built web app from
 * dist/web. The browser never holds database credentials.
 */
import { documentList, textSearch } from "./text-search.js";
import { MAX_PATH_STEPS, PathsInputError, shortestPaths } from "./paths.js";
import { normalizeQuery } from "../schema/text.js";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFileSync, existsSync, statSync, readdirSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import type { GraphStore } from "../store/types.js";
import { ENTITY_LABELS, type EntityLabel } from "../schema/index.js";
import { QueryRejected, DEFAULT_ROW_LIMIT, DEFAULT_TIMEOUT_MS } from "../store/types.js";
import { around, getDocument, getEdge, neighbourhood, overview, resolveNode, search, sentences } from "./graph.js";
import { evidenceIds, withQuotes } from "../schema/export/quotes.js";
import { EXPORT_FORMATS, exportGraph, isExportFormat } from "../schema/export/index.js";
import { CYPHER_DIR } from "../store/statements.js";
import { PROJECT_ROOT } from "../store/index.js";

export interface ServerOptions {
  /** Directory of the built web app; default dist/web. */
  webDir?: string;
  /** Time limit and row cap for /api/cypher. */
  timeoutMs?: number;
  rowLimit?: number;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

function send(res: ServerResponse, status: number, body: unknown, type = "application/json; charset=utf-8"): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(text);
}

async function readBody(req: IncomingMessage, max = 1_000_000): Promise<unknown> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new HttpError(413, `body: too large. Expecting at most ${max} bytes.`);
    parts.push(chunk as Buffer);
  }
  const text = Buffer.concat(parts).toString("utf8");
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "body: invalid JSON.");
  }
}

function intParam(url: URL, name: string, def: number, min: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === "") return def;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new HttpError(400, `${url.pathname}: invalid \`${name}\`. Expecting an integer from ${min} to ${max}.`);
  return n;
}

export interface Example {
  name: string;
  description: string;
  query: string;
}

/** Example queries from cypher/examples/*.cypher (header lines `// name:` and `// description:`). */
export function loadExamples(dir = join(CYPHER_DIR, "examples")): Example[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".cypher"))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), "utf8");
      const meta = (k: string) => text.match(new RegExp(`^//\\s*${k}:\\s*(.+)$`, "m"))?.[1].trim();
      const query = text
        .split("\n")
        .filter((l) => !/^\/\/\s*(name|description):/.test(l))
        .join("\n")
        .trim();
      return { name: meta("name") ?? f.replace(/\.cypher$/, ""), description: meta("description") ?? "", query };
    });
}

/** Build the request handler (exported for tests that want no socket). */
export function createHandler(store: GraphStore, options: ServerOptions = {}) {
  const webDir = options.webDir ?? join(PROJECT_ROOT, "dist", "web");
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const rowLimit = options.rowLimit ?? DEFAULT_ROW_LIMIT;

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    const method = req.method ?? "GET";
    const idFrom = (prefix: string) => {
      try {
        return decodeURIComponent(path.slice(prefix.length));
      } catch {
        throw new HttpError(400, `${prefix}: invalid id encoding.`);
      }
    };

    if (method === "GET" && path === "/api/stats") {
      const counts = await store.counts();
      return send(res, 200, { store: store.kind, location: store.location, version: await store.version(), ...counts });
    }
    if (method === "GET" && path === "/api/search") {
      const q = url.searchParams.get("q");
      if (!q || !q.trim()) throw new HttpError(400, "search: invalid `q`. Expecting a non-empty string.");
      return send(res, 200, await search(store, q, intParam(url, "limit", 20, 1, 200)));
    }
    if (method === "GET" && path === "/api/graph") return send(res, 200, await overview(store));
    if (method === "GET" && path.startsWith("/api/nodes/")) {
      const id = idFrom("/api/nodes/");
      if (!id) throw new HttpError(400, "nodes: invalid id. Expecting /api/nodes/<id>.");
      const kindsParam = url.searchParams.get("kinds");
      let kinds: EntityLabel[] | undefined;
      if (kindsParam !== null) {
        kinds = kindsParam.split(",").filter(Boolean) as EntityLabel[];
        const bad = kinds.filter((k) => !(ENTITY_LABELS as readonly string[]).includes(k));
        if (bad.length)
          throw new HttpError(
            400,
            `nodes: invalid \`kinds\` (${bad.join(", ")}). Expecting a comma-separated list of ${ENTITY_LABELS.join(", ")}.`,
          );
      }
      const hood = await neighbourhood(store, id, {
        limit: intParam(url, "limit", 50, 1, 1000),
        offset: intParam(url, "offset", 0, 0, 1_000_000),
        kinds,
      });
      if (!hood) throw new HttpError(404, `nodes: no node with id \`${id}\`.`);
      return send(res, 200, hood);
    }
    if (method === "GET" && path.startsWith("/api/edges/")) {
      const id = idFrom("/api/edges/");
      const edge = await getEdge(store, id);
      if (!edge) throw new HttpError(404, `edges: no relationship with id \`${id}\`.`);
      return send(res, 200, edge);
    }
    if (method === "GET" && path === "/api/documents") return send(res, 200, { documents: await documentList(store) });
    // ---- shortest paths between two entities (server/paths.ts)
    if (method === "GET" && path === "/api/paths") {
      const a = url.searchParams.get("a");
      const b = url.searchParams.get("b");
      if (!a || !b) throw new HttpError(400, "paths: invalid `a` or `b`. Expecting two node ids.");
      try {
        const r = await shortestPaths(store, a, b, intParam(url, "max", 4, 1, MAX_PATH_STEPS));
        if (!r) throw new HttpError(404, `paths: no entity with id \`${a}\` or \`${b}\`.`);
        return send(res, 200, r);
      } catch (err) {
        if (err instanceof PathsInputError) throw new HttpError(400, err.message);
        throw err;
      }
    }
    // ---- text search over sentences and titles (server/text-search.ts)
    if (method === "GET" && path === "/api/text-search") {
      const q = url.searchParams.get("q");
      if (!q || !normalizeQuery(q)) throw new HttpError(400, "text-search: invalid `q`. Expecting a non-empty string.");
      const year = url.searchParams.get("year");
      if (year && !/^(\d{4}|undated)$/.test(year))
        throw new HttpError(400, "text-search: invalid `year`. Expecting YYYY or `undated`.");
      return send(
        res,
        200,
        await textSearch(store, q, {
          limit: intParam(url, "limit", 50, 1, 500),
          doc: url.searchParams.get("doc"),
          entity: url.searchParams.get("entity"),
          year,
        }),
      );
    }
    if (method === "GET" && path.startsWith("/api/documents/")) {
      const id = idFrom("/api/documents/");
      const doc = await getDocument(store, id);
      if (!doc) throw new HttpError(404, `documents: no document with id \`${id}\`.`);
      return send(res, 200, doc);
    }
    if (method === "POST" && path === "/api/cypher") {
      const body = (await readBody(req)) as { query?: unknown; params?: unknown };
      if (typeof body.query !== "string" || !body.query.trim())
        throw new HttpError(400, "cypher: invalid `query`. Expecting a non-empty string.");
      if (
        body.params !== undefined &&
        (typeof body.params !== "object" || body.params === null || Array.isArray(body.params))
      ) {
        throw new HttpError(400, "cypher: invalid `params`. Expecting an object.");
      }
      const result = await store.readQuery(body.query, (body.params as Record<string, unknown>) ?? {}, {
        timeoutMs,
        rowLimit,
      });
      return send(res, 200, result);
    }
    if (method === "GET" && path === "/api/examples") return send(res, 200, { examples: loadExamples() });
    if (method === "GET" && path === "/api/export") {
      const format = url.searchParams.get("format") ?? "json";
      if (!isExportFormat(format))
        throw new HttpError(
          400,
          `export: invalid \`format\` \`${format}\`. Expecting one of ${EXPORT_FORMATS.join(", ")}.`,
        );
      const query = url.searchParams.get("query");
      const aroundName = url.searchParams.get("around");
      let batch;
      if (query) batch = (await store.readQuery(query, {}, { timeoutMs, rowLimit })).graph;
      else if (aroundName) {
        const node = await resolveNode(store, aroundName);
        if (!node) throw new HttpError(404, `export: nothing matches \`${aroundName}\`.`);
        batch = await around(store, node.id, intParam(url, "depth", 1, 0, 6));
      } else batch = await overview(store);
      // the quote text beside the sentence ids (CSV, JSON and the rest)
      const ids = evidenceIds(batch);
      if (ids.length)
        batch = withQuotes(batch, new Map((await sentences(store, ids)).map((e) => [e.sentenceId, e.text])));
      const files = exportGraph(batch, format);
      // CSV comes as two files: ?part=nodes (default) or ?part=edges.
      const part = url.searchParams.get("part") ?? "nodes";
      if (format === "csv" && part !== "nodes" && part !== "edges")
        throw new HttpError(400, "export: invalid `part`. Expecting nodes or edges.");
      const file = format === "csv" ? files[part === "edges" ? 1 : 0] : files[0];
      res.setHeader("content-disposition", `attachment; filename="${file.name}"`);
      return send(res, 200, file.text, file.mime);
    }
    throw new HttpError(404, `api: no route ${method} ${path}.`);
  }

  function staticFile(res: ServerResponse, url: URL): void {
    if (!existsSync(join(webDir, "index.html"))) {
      return send(
        res,
        503,
        "The web app is not built. Run `npm run build` (npm start does it for you).",
        "text/plain; charset=utf-8",
      );
    }
    let rel: string;
    try {
      rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, "");
    } catch {
      return send(res, 400, "bad path", "text/plain; charset=utf-8");
    }
    let file = join(webDir, rel);
    if (!file.startsWith(webDir + sep) && file !== webDir)
      return send(res, 403, "forbidden", "text/plain; charset=utf-8");
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(webDir, "index.html");
    res.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    try {
      if (url.pathname.startsWith("/api/")) await api(req, res, url);
      else staticFile(res, url);
    } catch (e) {
      if (e instanceof HttpError) return send(res, e.status, { error: e.message });
      if (e instanceof QueryRejected) return send(res, 400, { error: e.message, reason: e.reason });
      console.error(`kg serve: ${req.method} ${url.pathname}:`, e);
      send(res, 500, { error: (e as Error).message });
    }
  };
}

/** Start the server; resolves once listening. */
export function startServer(
  store: GraphStore,
  port: number,
  host = "127.0.0.1",
  options: ServerOptions = {},
): Promise<Server> {
  const server = createServer(createHandler(store, options));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}
