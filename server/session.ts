/**
 * Session files against the store: the store's identity (an id made once for
 * its data directory, its counts, a content fingerprint) and the check of a
 * session file (schema/session.ts) — which of its nodes the store holds, which
 * are missing, whether it was made on this store and on this content.
 * Routes: `GET /api/session` (the identity; with a JSON body, the check) and
 * `POST /api/session/validate` (the check: a browser cannot send a GET body).
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { IncomingMessage } from "node:http";
import type { GraphStore } from "../store/types.js";
import { labelOfId, type NodeLabel } from "../schema/index.js";
import {
  SESSION_VERSION,
  SessionFormatError,
  parseSession,
  type SessionValidation,
  type StoreIdentity,
} from "../schema/session.js";
import { Refused } from "./security.js";

/** A session file may be large (a canvas of thousands of nodes with positions): up to 32 MB. */
export const MAX_SESSION_BYTES = 32 * 2 ** 20;
/** Ids asked of the store per statement. */
const CHUNK = 1_000;

/**
 * The store's id: for the embedded store a UUID written once to `store-id` in its data directory
 * (a read-only directory falls back to a hash of its path); for Neo4j a hash of its address.
 */
export function storeId(store: Pick<GraphStore, "kind" | "location">): string {
  const hash = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 32);
  if (store.kind !== "embedded") return `${store.kind}:${hash(store.location)}`;
  const file = join(dirname(store.location), "store-id");
  try {
    if (existsSync(file)) {
      const id = readFileSync(file, "utf8").trim();
      if (/^[0-9a-f-]{36}$/.test(id)) return `embedded:${id}`;
    }
    const id = randomUUID();
    writeFileSync(file, id + "\n", { flag: "wx" });
    return `embedded:${id}`;
  } catch {
    // another process wrote it first, or the directory is read-only
    if (existsSync(file)) {
      const id = readFileSync(file, "utf8").trim();
      if (/^[0-9a-f-]{36}$/.test(id)) return `embedded:${id}`;
    }
    return `embedded:path-${hash(store.location)}`;
  }
}

/**
 * The store's identity now: id, counts, and a fingerprint of its content (the counts by label and
 * type, and every article's id with its content hash: the graph is built deterministically from them).
 */
export async function storeIdentity(store: GraphStore): Promise<StoreIdentity> {
  const [counts, docs] = await Promise.all([store.counts(), store.run("document-hashes")]);
  const h = createHash("sha256");
  const sorted = (o: Record<string, number>) => Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  h.update(JSON.stringify([counts.nodes, counts.edges, sorted(counts.byLabel), sorted(counts.byType)]));
  for (const line of docs.map((r) => `${String(r.id)}\t${String(r.hash ?? "")}`).sort()) h.update(line + "\n");
  return {
    id: storeId(store),
    kind: store.kind,
    nodes: counts.nodes,
    edges: counts.edges,
    fingerprint: h.digest("hex"),
  };
}

/** Which of these node ids the store holds (one statement per label and chunk, by the id key). */
export async function existingNodeIds(store: GraphStore, ids: readonly string[]): Promise<Set<string>> {
  const byLabel = new Map<NodeLabel, string[]>();
  for (const id of new Set(ids)) {
    const label = labelOfId(id);
    if (label) byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  }
  const found = new Set<string>();
  for (const [label, some] of byLabel)
    for (let i = 0; i < some.length; i += CHUNK)
      for (const r of await store.run("nodes-by-ids", { ids: some.slice(i, i + CHUNK) }, { label })) {
        const n = r.n as { id?: unknown; properties?: { id?: unknown } } | null;
        const id = n && (typeof n.id === "string" ? n.id : n.properties?.id);
        if (typeof id === "string") found.add(id);
      }
  return found;
}

/**
 * Check a session file (parsed JSON) against the store: its nodes present and missing, and whether
 * it was made on this store and this content. A malformed file throws SessionFormatError.
 */
export async function validateSession(store: GraphStore, json: unknown): Promise<SessionValidation> {
  const session = parseSession(json, "(request body)");
  const ids = session.graph.nodes.map((n) => n.key);
  const [current, found] = await Promise.all([storeIdentity(store), existingNodeIds(store, ids)]);
  return {
    version: SESSION_VERSION,
    present: ids.filter((id) => found.has(id)),
    missing: ids.filter((id) => !found.has(id)),
    store: {
      matches: session.store?.id === current.id,
      sameContent: session.store?.fingerprint === current.fingerprint,
      saved: session.store,
      current,
    },
  };
}

async function readJson(req: IncomingMessage): Promise<unknown | undefined> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_SESSION_BYTES)
      throw new Refused(413, `session: the file is too large. Expecting at most ${MAX_SESSION_BYTES} bytes.`);
    parts.push(chunk as Buffer);
  }
  const text = Buffer.concat(parts).toString("utf8");
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new Refused(400, "session: invalid JSON. Expecting a session file (schema/session.ts).");
  }
}

/**
 * The session routes; null when the request is not one of them.
 * @example const answer = await sessionRoute(store, req, url); if (answer) return send(res, answer.status, answer.body);
 */
export async function sessionRoute(
  store: GraphStore,
  req: IncomingMessage,
  url: URL,
): Promise<{ status: number; body: unknown } | null> {
  const method = req.method ?? "GET";
  const isValidate = method === "POST" && url.pathname === "/api/session/validate";
  if (!isValidate && !(method === "GET" && url.pathname === "/api/session")) return null;
  const body = await readJson(req);
  if (body === undefined) {
    if (isValidate)
      throw new Refused(400, "session: missing body. Expecting a session file as JSON (schema/session.ts).");
    return { status: 200, body: { version: SESSION_VERSION, store: await storeIdentity(store) } };
  }
  try {
    return { status: 200, body: await validateSession(store, body) };
  } catch (e) {
    if (e instanceof SessionFormatError) throw new Refused(400, e.message);
    throw e;
  }
}
