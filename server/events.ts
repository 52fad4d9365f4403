/**
 * Server-sent events, `GET /api/events`: the explorer learns of changes to
 * the graph without a reload. Each change is one event with a name and a JSON
 * payload (`event: ingest`, `data: {…}`); a comment line every 20 s keeps
 * proxies from closing an idle stream.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { SECURITY_HEADERS } from "./security.js";

export type { IngestEvent } from "../schema/upload.js";

export interface GraphEvents {
  /** Answer `GET /api/events` with a stream that stays open. */
  subscribe(req: IncomingMessage, res: ServerResponse): void;
  /** Send an event to every open stream. */
  publish(name: string, data: unknown): void;
  /** Open streams. */
  readonly size: number;
  close(): void;
}

export function createEvents(heartbeatMs = 20_000): GraphEvents {
  const clients = new Set<ServerResponse>();
  let timer: NodeJS.Timeout | null = null;
  const beat = () => {
    for (const res of clients) res.write(": keep-alive\n\n");
  };
  return {
    subscribe(req, res) {
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      res.write("retry: 3000\n\n");
      clients.add(res);
      if (!timer) {
        timer = setInterval(beat, heartbeatMs);
        timer.unref();
      }
      const drop = () => {
        clients.delete(res);
        if (!clients.size && timer) {
          clearInterval(timer);
          timer = null;
        }
      };
      req.once("close", drop);
      res.once("close", drop);
    },
    publish(name, data) {
      const text = `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
      for (const res of clients) res.write(text);
    },
    get size() {
      return clients.size;
    },
    close() {
      for (const res of clients) res.end();
      clients.clear();
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
