/**
 * The HTTP API under /api (thin handlers: validate at the edge, call
 * server/graph.ts or the store, answer JSON) and the built web app from
 * dist/web. The browser never holds database credentials. Every request is
 * checked first (server/security.ts: Host, and for the API the requesting
 * site, JSON POSTs from the app's own origin), and every response carries the
 * security headers.
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
import {
  MAX_NODES_BY_IDS,
  around,
  getDocument,
  getEdge,
  neighbourhood,
  nodesByIds,
  overview,
  overviewAggregate,
  rankedOverview,
  resolveNode,
  search,
  sentences,
  OVERVIEW_LIMIT,
  type OverviewOptions,
} from "./graph.js";
import { evidenceIds, withQuotes } from "../schema/export/quotes.js";
import { EXPORT_FORMATS, exportGraph, isExportFormat } from "../schema/export/index.js";
import { CYPHER_DIR } from "../store/statements.js";
import { PROJECT_ROOT } from "../store/index.js";
import { publicPath } from "./public-path.js";
import { reviewApi, type ReviewService } from "./review.js";
import { SECURITY_HEADERS, Refused, allowedHostsFromEnv, checkFetchSite, checkHost, checkPost } from "./security.js";
import { StoreHost } from "./store-host.js";
import { handleIngest, type ArticleIngest } from "./ingest-api.js";
import { createEvents, type GraphEvents } from "./events.js";
import { checkWrite, writePolicyFromEnv, type WritePolicy } from "./write-guard.js";
import { sessionRoute, storeIdentity } from "./session.js";

export interface ServerOptions {
  /** Directory of the built web app; default dist/web. */
  webDir?: string;
  /** Time limit and row cap for /api/cypher. */
  timeoutMs?: number;
  rowLimit?: number;
  /** Extra names the server may be reached by (default: KG_ALLOWED_HOSTS). */
  allowedHosts?: string[];
  /** The ingest behind POST /api/ingest (given by `kg serve`); without it the route answers 503. */
  articles?: ArticleIngest;
  /** The stream behind GET /api/events (default: a new one). */
  events?: GraphEvents;
  /** Who may write (default: KG_WRITE_TOKEN). */
  writePolicy?: WritePolicy;
  /** Carries out entity review decisions (server/review.ts); without it /api/review's writes answer 503. */
  review?: ReviewService;
}

/** A request the API refuses: status and a sigma-style message. */
class HttpError extends Refused {}

/** Sentences one POST /api/sentences may ask for (a canvas export's evidence). */
export const MAX_SENTENCES_BY_IDS = 20_000;

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
  res.writeHead(status, { ...SECURITY_HEADERS, "content-type": type, "cache-control": "no-store" });
  res.end(text);
}

/** A POST's JSON body, which must be an object (`null`, arrays and scalars are refused by name). */
async function readJsonObject(req: IncomingMessage, route: string): Promise<Record<string, unknown>> {
  const body = await readBody(req);
  if (body === null || typeof body !== "object" || Array.isArray(body))
    throw new HttpError(
      400,
      `${route}: invalid body \`${JSON.stringify(body).slice(0, 40)}\`. Expecting a JSON object, e.g. {"query": "MATCH (n) RETURN n LIMIT 5"}.`,
    );
  return body as Record<string, unknown>;
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

/** JSON text of an answer object, made once per object (overviews and neighbourhoods are cached on read-only stores). */
const jsonTexts = new WeakMap<object, string>();
function jsonOnce(body: object): string {
  let text = jsonTexts.get(body);
  if (text === undefined) jsonTexts.set(body, (text = JSON.stringify(body)));
  return text;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** /api/graph's filters: `limit` (top entities by degree), `kinds`, `province` (an id), `from`/`to` (YYYY-MM-DD). */
function overviewParams(url: URL): OverviewOptions {
  const kinds = url.searchParams.get("kinds");
  const list = kinds === null ? undefined : (kinds.split(",").filter(Boolean) as EntityLabel[]);
  const bad = list?.filter((k) => !(ENTITY_LABELS as readonly string[]).includes(k)) ?? [];
  if (bad.length)
    throw new HttpError(
      400,
      `graph: invalid \`kinds\` (${bad.join(", ")}). Expecting a comma-separated list of ${ENTITY_LABELS.join(", ")}.`,
    );
  const date = (name: string) => {
    const v = url.searchParams.get(name);
    if (v && !DATE.test(v)) throw new HttpError(400, `graph: invalid \`${name}\`. Expecting a date YYYY-MM-DD.`);
    return v || null;
  };
  const province = url.searchParams.get("province");
  if (province && !province.startsWith("province:"))
    throw new HttpError(400, "graph: invalid `province`. Expecting a province id (province:…).");
  return {
    limit: intParam(url, "limit", OVERVIEW_LIMIT, 1, 100_000),
    kinds: list,
    province: province || null,
    from: date("from"),
    to: date("to"),
  };
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
export function createHandler(source: GraphStore | StoreHost, options: ServerOptions = {}) {
  // reads take the store's current handle; a write (server/store-host.ts) may swap it
  const host = source instanceof StoreHost ? source : new StoreHost(source);
  const events = options.events ?? createEvents();
  const writePolicy = options.writePolicy ?? writePolicyFromEnv();
  const webDir = options.webDir ?? join(PROJECT_ROOT, "dist", "web");
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const rowLimit = options.rowLimit ?? DEFAULT_ROW_LIMIT;
  const allowedHosts = options.allowedHosts ?? allowedHostsFromEnv();

  /** The review routes (server/review.ts): reads under the read gate, decisions outside it. */
  async function review(req: IncomingMessage, res: ServerResponse, url: URL, store: GraphStore): Promise<void> {
    const method = req.method ?? "GET";
    const body = method === "POST" ? await readJsonObject(req, "review") : {};
    const r = await reviewApi(store, options.review, method, url.pathname, url, body);
    if (!r) throw new HttpError(404, `${url.pathname.slice(5)}: no such route.`);
    if (r.filename) res.setHeader("content-disposition", `attachment; filename="${r.filename}"`);
    return send(res, r.status, r.body);
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL, store: GraphStore): Promise<void> {
    const path = url.pathname;
    const method = req.method ?? "GET";
    const idFrom = (prefix: string) => {
      try {
        return decodeURIComponent(path.slice(prefix.length));
      } catch {
        throw new HttpError(400, `${prefix}: invalid id encoding.`);
      }
    };

    const session = await sessionRoute(store, req, url);
    if (session) return send(res, session.status, session.body);
    if (path.startsWith("/api/review")) return review(req, res, url, store);
    if (method === "GET" && path === "/api/stats") {
      const counts = await store.counts();
      return send(res, 200, {
        store: store.kind,
        location: store.kind === "embedded" ? publicPath(store.location) : store.location,
        version: await store.version(),
        ...counts,
        identity: await storeIdentity(store),
      });
    }
    if (method === "GET" && path === "/api/search") {
      const q = url.searchParams.get("q");
      if (!q || !q.trim()) throw new HttpError(400, "search: invalid `q`. Expecting a non-empty string.");
      return send(res, 200, await search(store, q, intParam(url, "limit", 20, 1, 200)));
    }
    if (method === "GET" && path === "/api/graph")
      return send(res, 200, jsonOnce(await rankedOverview(store, overviewParams(url))));
    if (method === "GET" && path === "/api/graph/aggregate") return send(res, 200, await overviewAggregate(store));
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
      return send(res, 200, jsonOnce(hood));
    }
    if (method === "POST" && path === "/api/nodes") {
      const { ids } = await readJsonObject(req, "nodes");
      if (!Array.isArray(ids) || ids.length > MAX_NODES_BY_IDS || ids.some((id) => typeof id !== "string" || id === ""))
        throw new HttpError(
          400,
          `nodes: invalid \`ids\`. Expecting an array of at most ${MAX_NODES_BY_IDS} node ids (non-empty strings).`,
        );
      return send(res, 200, await nodesByIds(store, ids as string[]));
    }
    // ---- sentence texts by id (the canvas exports' quotes)
    if (method === "POST" && path === "/api/sentences") {
      const { ids } = await readJsonObject(req, "sentences");
      if (!Array.isArray(ids) || ids.length > MAX_SENTENCES_BY_IDS || ids.some((id) => typeof id !== "string" || !id))
        throw new HttpError(
          400,
          `sentences: invalid \`ids\`. Expecting an array of at most ${MAX_SENTENCES_BY_IDS} sentence ids (non-empty strings).`,
        );
      return send(res, 200, { sentences: ids.length ? await sentences(store, ids as string[]) : [] });
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
      const body = await readJsonObject(req, "cypher");
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
      if (url.searchParams.has("query"))
        throw new HttpError(
          400,
          "export: `query` is not accepted in a GET (a link must not run a query). Expecting POST /api/export with a JSON body {format, query}.",
        );
      return exportAnswer(res, store, {
        format: url.searchParams.get("format") ?? "json",
        around: url.searchParams.get("around"),
        depth: intParam(url, "depth", 1, 0, 6),
        part: url.searchParams.get("part") ?? "nodes",
      });
    }
    if (method === "POST" && path === "/api/export") {
      const body = await readJsonObject(req, "export");
      const str = (k: string) => {
        const v = body[k];
        if (v !== undefined && v !== null && typeof v !== "string")
          throw new HttpError(400, `export: invalid \`${k}\`. Expecting a string.`);
        return v ?? null;
      };
      const depth = body.depth ?? 1;
      if (!Number.isInteger(depth) || (depth as number) < 0 || (depth as number) > 6)
        throw new HttpError(400, "export: invalid `depth`. Expecting an integer from 0 to 6.");
      return exportAnswer(res, store, {
        format: str("format") ?? "json",
        query: str("query"),
        around: str("around"),
        depth: depth as number,
        part: str("part") ?? "nodes",
      });
    }
    throw new HttpError(404, `api: no route ${method} ${path}.`);
  }

  async function exportAnswer(
    res: ServerResponse,
    store: GraphStore,
    request: {
      format: string;
      query?: string | null;
      around: string | null;
      depth: number;
      part: string;
    },
  ): Promise<void> {
    const { format, query, around: aroundName, depth, part } = request;
    if (!isExportFormat(format))
      throw new HttpError(
        400,
        `export: invalid \`format\` \`${format}\`. Expecting one of ${EXPORT_FORMATS.join(", ")}.`,
      );
    // CSV comes as two files: part nodes (default) or edges.
    if (format === "csv" && part !== "nodes" && part !== "edges")
      throw new HttpError(400, "export: invalid `part`. Expecting nodes or edges.");
    let batch;
    if (query) batch = (await store.readQuery(query, {}, { timeoutMs, rowLimit })).graph;
    else if (aroundName) {
      const node = await resolveNode(store, aroundName);
      if (!node) throw new HttpError(404, `export: nothing matches \`${aroundName}\`.`);
      batch = await around(store, node.id, depth);
    } else batch = await overview(store);
    // the quote text beside the sentence ids (CSV, JSON and the rest)
    const ids = evidenceIds(batch);
    if (ids.length)
      batch = withQuotes(batch, new Map((await sentences(store, ids)).map((e) => [e.sentenceId, e.text])));
    const files = exportGraph(batch, format);
    const file = format === "csv" ? files[part === "edges" ? 1 : 0] : files[0];
    res.setHeader("content-disposition", `attachment; filename="${file.name}"`);
    return send(res, 200, file.text, file.mime);
  }

  /** The built app: its files, index.html for app paths; a missing file (it has an extension) is a 404. */
  function staticFile(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const method = req.method ?? "GET";
    if (method !== "GET" && method !== "HEAD")
      throw new Refused(405, `${url.pathname}: method ${method} not allowed. Expecting GET.`);
    if (!existsSync(join(webDir, "index.html")))
      throw new Refused(503, "The web app is not built. Run `npm run build` (npm start does it for you).");
    let rel: string;
    try {
      rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, "");
    } catch {
      throw new Refused(400, `${url.pathname}: invalid path encoding.`);
    }
    let file = join(webDir, rel);
    if (!file.startsWith(webDir + sep) && file !== webDir)
      throw new Refused(403, `${url.pathname}: outside the web app.`);
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (extname(rel)) throw new Refused(404, `${url.pathname}: no such file in the web app.`);
      file = join(webDir, "index.html");
    }
    res.writeHead(200, { ...SECURITY_HEADERS, "content-type": MIME[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  }

  /** The address a connection arrived on, as a Host name (IPv6 in brackets). */
  const localName = (req: IncomingMessage): string | undefined => {
    const a = req.socket.localAddress?.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
    return a && a.includes(":") ? `[${a}]` : a;
  };

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const isApi = url.pathname.startsWith("/api/");
    try {
      checkHost(req.headers.host, { port: req.socket.localPort ?? 0, boundHost: localName(req), allowedHosts });
      if (isApi) {
        const route = url.pathname.split("/")[2] || "api";
        checkFetchSite(req.headers, route);
        if (req.method === "POST") checkPost(req.headers, route);
        // writes and the event stream: outside the read gate (server/ingest-api.ts, server/events.ts)
        if (req.method === "GET" && url.pathname === "/api/events") return events.subscribe(req, res);
        if (req.method === "POST" && url.pathname === "/api/ingest") {
          checkWrite(req, writePolicy, route);
          return await handleIngest(req, res, options.articles);
        }
        // a review decision takes the store for writing itself (the service goes through host.write)
        if (req.method === "POST" && url.pathname.startsWith("/api/review")) {
          checkWrite(req, writePolicy, route);
          return await review(req, res, url, host.current);
        }
        await host.read((store) => api(req, res, url, store));
      } else staticFile(req, res, url);
    } catch (e) {
      if (e instanceof Refused)
        return isApi
          ? send(res, e.status, { error: e.message })
          : send(res, e.status, e.message, "text/plain; charset=utf-8");
      if (e instanceof QueryRejected) return send(res, 400, { error: e.message, reason: e.reason });
      console.error(`kg serve: ${req.method} ${url.pathname}:`, e);
      send(res, 500, { error: (e as Error).message });
    }
  };
}

/** Start the server; resolves once listening. */
export function startServer(
  store: GraphStore | StoreHost,
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
