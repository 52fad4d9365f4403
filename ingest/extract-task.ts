/**
 * One file's extraction, as a worker (or the main thread) runs it: read the
 * bytes, hash the article's text, skip it when the store already holds that
 * hash for its document, else `processDocument` it. Never throws: a failure is
 * an error outcome naming the file.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { processDocument } from "./pipeline.js";
import { read } from "./read.js";
import type { DocumentResult, IngestError, RawDocument } from "./types.js";

export interface ExtractTask {
  /** Position in the run: outcomes are handed back in this order. */
  index: number;
  path: string;
  /** The text hash the store holds for this file's document id, if any. */
  storedHash?: string;
  /** Extract even when the hash is unchanged. */
  force?: boolean;
}

export type ExtractOutcome =
  | { index: number; path: string; kind: "unchanged"; hash: string }
  | { index: number; path: string; kind: "extracted"; hash: string; result: DocumentResult }
  | { index: number; path: string; kind: "error"; error: IngestError };

/**
 * The hash that identifies an article's content: title, date and body text, Unicode-normalized (NFKC) and
 * without whitespace, so the same article saved as HTML, Markdown or with other line breaks hashes alike.
 * @example textHash(doc) === textHash({ ...doc, body: doc.body.replace(/\n/g, "\n\n") })
 */
export function textHash(doc: Pick<RawDocument, "title" | "published" | "body">): string {
  const canon = (s: string | null) => (s ?? "").normalize("NFKC").replace(/\s+/g, "");
  return createHash("sha256")
    .update(`${canon(doc.title)}\u0000${doc.published ?? ""}\u0000${canon(doc.body)}`)
    .digest("hex");
}

export function runExtractTask(task: ExtractTask): ExtractOutcome {
  const { index, path } = task;
  try {
    const bytes = readFileSync(path);
    const hash = textHash(read(path, bytes).document);
    if (!task.force && task.storedHash === hash) return { index, path, kind: "unchanged", hash };
    return { index, path, kind: "extracted", hash, result: processDocument(path, bytes) };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ELOOP"
        ? "cannot be read: a symbolic link loop"
        : code === "EACCES"
          ? "cannot be read: permission denied"
          : code === "ENOENT"
            ? "does not exist"
            : code === "EISDIR"
              ? "is a folder, not a file"
              : msg;
    return { index, path, kind: "error", error: { path, message: why.startsWith(path) ? why : `${path}: ${why}` } };
  }
}
