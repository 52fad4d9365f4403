/**
 * Session files: one JSON holding an investigation on the canvas — the graph
 * (graphology's serialized format, with positions and styles), filters and
 * time range, selection, pinned and hidden nodes, the Cypher history and saved
 * queries, the camera, and the identity of the store it was made on — so it
 * can be reopened later or handed to a colleague. Defined once here: the web
 * app writes and reads it, the server validates it against its store.
 *
 * @example
 *   const file = parseSession(JSON.parse(text), "investigation.kg-session.json");
 *   file.graph.nodes.map((n) => n.key);
 */
import { isNodeLabel, isRelType, type NodeLabel, type RelType, type SerializedGraph } from "./index.js";

export const SESSION_FORMAT = "crypto-reg-kg/session";
/** The version this code writes; files of other versions are refused by name. */
export const SESSION_VERSION = 1;
export const SESSION_EXTENSION = ".kg-session.json";

/** What identifies a store: an id made once for its data directory, its size, and a content fingerprint. */
export interface StoreIdentity {
  /** `embedded:<uuid>` (kept in the data directory's `store-id` file) or `neo4j:<hash of the address>`. */
  id: string;
  kind: string;
  nodes: number;
  edges: number;
  /** sha256 over the counts by label and type and every article's id and content hash. */
  fingerprint: string;
}

/** The filters panel's state (kinds, relationship types, province, time range). */
export interface SessionFilters {
  hiddenKinds: NodeLabel[];
  hiddenRelTypes: RelType[];
  /** The time range: YYYY-MM-DD or null. */
  dateFrom: string | null;
  dateTo: string | null;
  /** A province id, or null. */
  province: string | null;
}

export interface SessionStyles {
  sizeMode: string;
  colorMode: string;
  labelDensity: string;
}

export interface SessionQuery {
  name: string;
  query: string;
  params?: Record<string, unknown>;
}

export interface SessionFile {
  format: typeof SESSION_FORMAT;
  version: typeof SESSION_VERSION;
  /** ISO time of saving. */
  savedAt: string;
  /** The store the session was made on (null if unknown). */
  store: StoreIdentity | null;
  /** graphology serialized graph: node attributes carry `x`, `y`, `size`, `color`, `fixed` besides the data. */
  graph: SerializedGraph;
  filters: SessionFilters;
  selection: { type: "node" | "edge"; id: string } | null;
  /** Pinned node ids (they keep their place while the layout runs). */
  pinned: string[];
  /** Nodes hidden by hand. */
  hidden: string[];
  styles: SessionStyles;
  queries: { history: string[]; saved: SessionQuery[] };
  /** The camera (sigma's state), if it was known. */
  camera: { x: number; y: number; ratio: number; angle: number } | null;
}

/** A session file that cannot be read: the message names the file, the field and what was expected. */
export class SessionFormatError extends Error {}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === "object" && !Array.isArray(x);
const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === "string");

/**
 * Check a parsed JSON value against the session schema and return it typed.
 * Throws SessionFormatError naming the source and the first problem:
 * `` session investigation.json: invalid `version` 2. Expecting 1. ``
 */
export function parseSession(json: unknown, source = "session"): SessionFile {
  const fail = (field: string, value: unknown, expecting: string): never => {
    const shown = value === undefined ? "(missing)" : JSON.stringify(value)?.slice(0, 60);
    throw new SessionFormatError(`session ${source}: invalid \`${field}\` ${shown}. Expecting ${expecting}.`);
  };
  if (!isObject(json)) return fail("(file)", json, "a JSON object");
  if (json.format !== SESSION_FORMAT) fail("format", json.format, `"${SESSION_FORMAT}"`);
  if (json.version !== SESSION_VERSION) fail("version", json.version, String(SESSION_VERSION));
  if (typeof json.savedAt !== "string") fail("savedAt", json.savedAt, "an ISO date-time string");
  const store = json.store;
  if (store !== null) {
    if (!isObject(store)) return fail("store", store, "null or {id, kind, nodes, edges, fingerprint}");
    for (const k of ["id", "kind", "fingerprint"] as const)
      if (typeof store[k] !== "string") fail(`store.${k}`, store[k], "a string");
    for (const k of ["nodes", "edges"] as const)
      if (!Number.isInteger(store[k])) fail(`store.${k}`, store[k], "an integer");
  }
  const graph = json.graph;
  if (!isObject(graph)) return fail("graph", graph, "a graphology serialized graph {nodes, edges}");
  if (!Array.isArray(graph.nodes)) fail("graph.nodes", graph.nodes, "an array");
  if (!Array.isArray(graph.edges)) fail("graph.edges", graph.edges, "an array");
  (graph.nodes as unknown[]).forEach((n, i) => {
    if (!isObject(n) || typeof n.key !== "string" || !n.key)
      fail(`graph.nodes[${i}].key`, isObject(n) ? n.key : n, "a node id");
    const a = (n as Record<string, unknown>).attributes;
    if (a !== undefined && !isObject(a)) fail(`graph.nodes[${i}].attributes`, a, "an object");
    for (const k of ["x", "y"])
      if (isObject(a) && a[k] !== undefined && !Number.isFinite(a[k]))
        fail(`graph.nodes[${i}].attributes.${k}`, a[k], "a finite number");
  });
  (graph.edges as unknown[]).forEach((e, i) => {
    if (!isObject(e) || typeof e.source !== "string" || typeof e.target !== "string")
      fail(`graph.edges[${i}]`, e, "{key, source, target, attributes}");
  });
  const f = json.filters;
  if (!isObject(f)) return fail("filters", f, "{hiddenKinds, hiddenRelTypes, dateFrom, dateTo, province}");
  if (!Array.isArray(f.hiddenKinds) || !f.hiddenKinds.every(isNodeLabel))
    fail("filters.hiddenKinds", f.hiddenKinds, "an array of node labels");
  if (!Array.isArray(f.hiddenRelTypes) || !f.hiddenRelTypes.every(isRelType))
    fail("filters.hiddenRelTypes", f.hiddenRelTypes, "an array of relationship types");
  for (const k of ["dateFrom", "dateTo"] as const)
    if (f[k] !== null && !(typeof f[k] === "string" && DATE.test(f[k] as string)))
      fail(`filters.${k}`, f[k], "null or a date YYYY-MM-DD");
  if (f.province !== null && typeof f.province !== "string") fail("filters.province", f.province, "null or a node id");
  const sel = json.selection;
  if (sel !== null && !(isObject(sel) && (sel.type === "node" || sel.type === "edge") && typeof sel.id === "string"))
    fail("selection", sel, 'null or {type: "node" | "edge", id}');
  for (const k of ["pinned", "hidden"] as const) if (!isStringArray(json[k])) fail(k, json[k], "an array of node ids");
  const st = json.styles;
  if (!isObject(st) || !["sizeMode", "colorMode", "labelDensity"].every((k) => typeof st[k] === "string"))
    fail("styles", st, "{sizeMode, colorMode, labelDensity}");
  const q = json.queries;
  if (!isObject(q) || !isStringArray(q.history))
    return fail("queries.history", isObject(q) ? q.history : q, "an array of strings");
  if (
    !Array.isArray(q.saved) ||
    !q.saved.every((s) => isObject(s) && typeof s.name === "string" && typeof s.query === "string")
  )
    fail("queries.saved", q.saved, "an array of {name, query, params?}");
  const cam = json.camera;
  if (cam !== null && !(isObject(cam) && ["x", "y", "ratio", "angle"].every((k) => Number.isFinite(cam[k]))))
    fail("camera", cam, "null or {x, y, ratio, angle}");
  return json as unknown as SessionFile;
}

/** What the server answers about a session file checked against its store. */
export interface SessionValidation {
  version: number;
  /** Node ids of the session that the store holds. */
  present: string[];
  /** Node ids of the session that the store does not hold. */
  missing: string[];
  store: {
    /** The session was made on this store (same store id). */
    matches: boolean;
    /** The store's content is the same as when the session was saved (same fingerprint). */
    sameContent: boolean;
    saved: StoreIdentity | null;
    current: StoreIdentity;
  };
}
