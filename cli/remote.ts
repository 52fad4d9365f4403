/**
 * Commands through a running `kg serve`: when the data directory's lock file
 * (cli/server-lock.ts) names a live server for the same store, `ingest`,
 * `query`, `export` and `status` ask its API instead of opening the store
 * (which the server holds). Writes send KG_WRITE_TOKEN when it is set.
 */
import { config, type Args } from "./shared.js";
import { readLock, type StoreLock } from "./server-lock.js";

/** The server that holds this command's store, or null (open the store directly). */
export function runningServer(args: Args): StoreLock | null {
  const cfg = config(args);
  const lock = readLock(cfg.dataDir);
  if (!lock?.url) return null;
  return (lock.store ?? "embedded") === cfg.kind ? lock : null;
}

/** A request to the server's API; a refusal or an unreachable server is an error naming the server. */
export async function callServer(
  lock: StoreLock,
  path: string,
  init: { method?: string; body?: unknown; accept?: string } = {},
): Promise<Response> {
  const url = new URL(path, lock.url);
  const headers: Record<string, string> = { accept: init.accept ?? "application/json" };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const token = process.env.KG_WRITE_TOKEN?.trim();
  if (token) headers.authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch (e) {
    throw new Error(
      `kg: \`kg serve\` (pid ${lock.pid}) holds this data directory but does not answer at ${lock.url} (${(e as Error).cause ?? (e as Error).message}). ` +
        "Wait for it to start, or stop it and run this again.",
      { cause: e },
    );
  }
  if (!res.ok) {
    const text = await res.text();
    let message = text;
    try {
      message = (JSON.parse(text) as { error?: string }).error ?? text;
    } catch {
      // not JSON: the text as it is
    }
    throw new Error(`kg: the server at ${lock.url} refused ${path.split("?")[0]} (${res.status}): ${message}`);
  }
  return res;
}

/** The lines of an NDJSON response, parsed, as they arrive. */
export async function* ndjsonLines<T>(res: Response): AsyncGenerator<T> {
  const decoder = new TextDecoder();
  let buffer = "";
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let nl: number;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, nl).trim();
      buffer = buffer.slice(nl + 1);
      if (line) yield JSON.parse(line) as T;
    }
  }
  if (buffer.trim()) yield JSON.parse(buffer) as T;
}

export const servedBy = (lock: StoreLock): string => `through \`kg serve\` at ${lock.url} (pid ${lock.pid})`;
