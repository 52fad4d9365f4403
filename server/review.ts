/**
 * The entity review API under /api/review: list, merge, split, undo, export, import, and merge candidates.
 * The decisions themselves are carried out by a ReviewService the command line hands the server (they re-read
 * articles, which is the ingest's job: server/ may not import ingest/); without one, the write routes answer
 * 503. Candidates are read from the store here.
 *
 * | route | body / query | answers |
 * | GET /api/review | | {overrides} |
 * | GET /api/review/candidates?id=… | | {id, candidates} |
 * | GET /api/review/export | | the overrides file (a download) |
 * | POST /api/review/merge | {a, b, name?} | {override, entities} |
 * | POST /api/review/split | {a, alias} | {override, entities} |
 * | POST /api/review/undo | {n} | {override, documents, entities} |
 * | POST /api/review/import | {overrides: [...]} (the exported file) | {added, skipped} |
 */
import type { Override, OverridesFile, ReviewResponse, UndoResponse } from "../schema/review.js";
import type { GraphStore } from "../store/types.js";
import { mergeCandidates } from "./review-candidates.js";
import { Refused } from "./security.js";

/** What the server asks of whoever carries out the decisions (cli/commands/review.ts builds it). */
export interface ReviewService {
  list(): Promise<Override[]>;
  merge(a: string, b: string, name: string | null): Promise<ReviewResponse>;
  split(a: string, alias: string): Promise<ReviewResponse>;
  undo(n: number): Promise<UndoResponse>;
  exportFile(): Promise<OverridesFile>;
  /** The content of an exported file; throws naming the problem. */
  importFile(content: unknown): Promise<{ added: Override[]; skipped: Override[] }>;
}

export interface ReviewAnswer {
  status: number;
  body: unknown;
  /** A download's file name. */
  filename?: string;
}

const text = (body: Record<string, unknown>, route: string, key: string, required = true): string | null => {
  const v = body[key];
  if ((v === undefined || v === null) && !required) return null;
  if (typeof v !== "string" || !v.trim())
    throw new Refused(400, `${route}: invalid \`${key}\`. Expecting a non-empty string (an entity id or name).`);
  return v;
};

/** A review request's failure that names what was wrong (ReviewError, a bad file) is the client's: 400. */
async function clientErrors<T>(fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const err = e as Error;
    if (err.name === "ReviewError" || /^review|overrides/.test(err.message) || err.message.includes("invalid `"))
      throw new Refused(400, err.message);
    if (/read-only/.test(err.message))
      throw new Refused(
        409,
        `review: the server holds the store read-only; stop it and run \`kg review\` (${err.message}).`,
      );
    throw e;
  }
}

/**
 * Answer one /api/review request, or null when the path is not a review route.
 * @example await reviewApi(store, service, "POST", "/api/review/merge", url, {a: "火币", b: "火币大学"})
 */
export async function reviewApi(
  store: GraphStore,
  service: ReviewService | undefined,
  method: string,
  path: string,
  url: URL,
  body: Record<string, unknown>,
): Promise<ReviewAnswer | null> {
  const route = path.replace(/^\/api\//, "");
  if (method === "GET" && path === "/api/review/candidates") {
    const id = url.searchParams.get("id");
    if (!id || !id.trim()) throw new Refused(400, "review/candidates: invalid `id`. Expecting an entity id.");
    const limit = Number(url.searchParams.get("limit") ?? 20);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200)
      throw new Refused(400, "review/candidates: invalid `limit`. Expecting an integer from 1 to 200.");
    const candidates = await mergeCandidates(store, id, limit);
    if (!candidates) throw new Refused(404, `review/candidates: no entity \`${id}\`.`);
    return { status: 200, body: { id, candidates } };
  }
  const known = [
    "/api/review",
    "/api/review/export",
    "/api/review/merge",
    "/api/review/split",
    "/api/review/undo",
    "/api/review/import",
  ];
  if (!known.includes(path))
    return path.startsWith("/api/review") ? { status: 404, body: { error: `${route}: no such route.` } } : null;
  const isGet = path === "/api/review" || path === "/api/review/export";
  if ((isGet && method !== "GET") || (!isGet && method !== "POST"))
    throw new Refused(405, `${route}: method ${method} not allowed. Expecting ${isGet ? "GET" : "POST"}.`);
  if (!service)
    throw new Refused(503, `${route}: this server cannot record review decisions (it was started without a writer).`);
  if (path === "/api/review") return { status: 200, body: { overrides: await clientErrors(() => service.list()) } };
  if (path === "/api/review/export")
    return { status: 200, body: await clientErrors(() => service.exportFile()), filename: "overrides.json" };
  if (path === "/api/review/merge") {
    const a = text(body, route, "a")!;
    const b = text(body, route, "b")!;
    const name = text(body, route, "name", false);
    return { status: 200, body: await clientErrors(() => service.merge(a, b, name)) };
  }
  if (path === "/api/review/split") {
    const a = text(body, route, "a")!;
    const alias = text(body, route, "alias")!;
    return { status: 200, body: await clientErrors(() => service.split(a, alias)) };
  }
  if (path === "/api/review/undo") {
    const n = body.n;
    if (!Number.isInteger(n) || (n as number) < 1)
      throw new Refused(400, `${route}: invalid \`n\`. Expecting the number of a decision (a positive integer).`);
    return { status: 200, body: await clientErrors(() => service.undo(n as number)) };
  }
  return { status: 200, body: await clientErrors(() => service.importFile(body)) };
}
