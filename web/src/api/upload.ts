/**
 * The API's write door for articles (POST /api/ingest, streamed progress) and
 * its change stream (GET /api/events). Shapes from schema/upload.ts.
 */
import type { IngestEvent, UploadFile, UploadReport, UploadStreamLine } from "../../../schema/upload.js";
import { ApiError } from "./client.js";

export type {
  IngestEvent,
  UploadFile,
  UploadFileResult,
  UploadReport,
  UploadStreamLine,
} from "../../../schema/upload.js";

/** Upload article files; `onLine` gets each progress line; resolves with the server's report. */
export async function uploadArticles(
  files: UploadFile[],
  onLine: (line: UploadStreamLine) => void,
): Promise<UploadReport> {
  let res: Response;
  try {
    res = await fetch("/api/ingest", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/x-ndjson" },
      body: JSON.stringify({ files }),
    });
  } catch (err) {
    throw new ApiError(0, `ingest: cannot reach the server (${(err as Error).message}).`);
  }
  if (!res.ok || !res.body) {
    const text = await res.text();
    let message = `ingest: the server answered ${res.status}`;
    try {
      message = (JSON.parse(text) as { error?: string }).error ?? message;
    } catch {
      // not JSON
    }
    throw new ApiError(res.status, message);
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let report: UploadReport | null = null;
  const take = (text: string) => {
    if (!text.trim()) return;
    const line = JSON.parse(text) as UploadStreamLine;
    if (line.type === "error") throw new ApiError(500, line.error);
    if (line.type === "result") report = line;
    onLine(line);
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let nl: number;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      take(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
    }
  }
  take(buffer);
  if (!report) throw new ApiError(500, "ingest: the server's answer ended without a result.");
  return report;
}

/** Listen to the graph's `ingest` events; returns the function that stops listening. */
export function onIngestEvents(listener: (event: IngestEvent) => void): () => void {
  const source = new EventSource("/api/events");
  const handle = (e: MessageEvent<string>) => listener(JSON.parse(e.data) as IngestEvent);
  source.addEventListener("ingest", handle);
  return () => {
    source.removeEventListener("ingest", handle);
    source.close();
  };
}
