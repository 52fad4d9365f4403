/**
 * `POST /api/ingest`: articles uploaded as files (a JSON body
 * `{files: [{name, content, encoding?: "base64" | "text"}], force?}`) go
 * through the one ingest flow, with its hash check (unchanged articles are
 * skipped, a changed one replaces its older version). The ingest itself is
 * given by whoever starts the server (`kg serve`: cli/serve-writer.ts), since
 * the server does not import ingest/. Answers the per-file results as JSON,
 * or, with `Accept: application/x-ndjson`, a stream of progress lines and the
 * result as the last line.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { UploadFile, UploadReport, UploadStreamLine } from "../schema/upload.js";
import { Refused, SECURITY_HEADERS } from "./security.js";

/** Ingests uploaded files; `onProgress` after each file is read and extracted. */
export interface ArticleIngest {
  ingest(
    files: UploadFile[],
    options: { force: boolean },
    onProgress: (done: number, total: number, name: string) => void,
  ): Promise<UploadReport>;
}

/** The largest upload body (bytes of JSON, base64 included). */
export const MAX_UPLOAD_BYTES = 64 * 2 ** 20;
/** The most files in one upload. */
export const MAX_UPLOAD_FILES = 2_000;

async function readUpload(req: IncomingMessage): Promise<{ files: UploadFile[]; force: boolean }> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_UPLOAD_BYTES)
      throw new Refused(
        413,
        `ingest: body too large. Expecting at most ${MAX_UPLOAD_BYTES / 2 ** 20} MB per upload; send the files in several uploads.`,
      );
    parts.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(parts).toString("utf8"));
  } catch {
    throw new Refused(400, "ingest: invalid JSON body.");
  }
  const usage = 'Expecting {"files": [{"name": "a.txt", "content": "<base64>"}], "force": false}.';
  if (body === null || typeof body !== "object" || Array.isArray(body))
    throw new Refused(400, `ingest: invalid body. ${usage}`);
  const { files, force } = body as { files?: unknown; force?: unknown };
  if (!Array.isArray(files) || files.length === 0 || files.length > MAX_UPLOAD_FILES)
    throw new Refused(400, `ingest: invalid \`files\`. ${usage} (1 to ${MAX_UPLOAD_FILES} files)`);
  if (force !== undefined && typeof force !== "boolean")
    throw new Refused(400, "ingest: invalid `force`. Expecting true or false.");
  files.forEach((f, i) => {
    const ok =
      f !== null &&
      typeof f === "object" &&
      typeof f.name === "string" &&
      typeof f.content === "string" &&
      (f.encoding === undefined || f.encoding === "base64" || f.encoding === "text");
    if (!ok)
      throw new Refused(
        400,
        `ingest: invalid \`files[${i}]\`. Expecting {name: string, content: string, encoding?: "base64" | "text"}.`,
      );
  });
  return { files: files as UploadFile[], force: force === true };
}

/** Handle `POST /api/ingest` (the write guard has already let the request in). */
export async function handleIngest(
  req: IncomingMessage,
  res: ServerResponse,
  articles: ArticleIngest | undefined,
): Promise<void> {
  if (!articles)
    throw new Refused(503, "ingest: this server does not accept articles (it was started without a writer).");
  const { files, force } = await readUpload(req);
  const stream = String(req.headers.accept ?? "").includes("application/x-ndjson");
  if (!stream) {
    const report = await articles.ingest(files, { force }, () => undefined);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
    });
    res.end(JSON.stringify(report));
    return;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    "content-type": "application/x-ndjson; charset=utf-8",
    "cache-control": "no-store",
    "x-accel-buffering": "no",
  });
  const line = (l: UploadStreamLine) => res.write(JSON.stringify(l) + "\n");
  try {
    const report = await articles.ingest(files, { force }, (done, total, name) =>
      line({ type: "progress", done, total, name }),
    );
    line({ type: "result", ...report });
  } catch (e) {
    line({ type: "error", error: `ingest: ${(e as Error).message}` });
  }
  res.end();
}
