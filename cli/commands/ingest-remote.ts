/**
 * `kg ingest` through a running `kg serve`: the article files are found here (as a direct ingest finds them),
 * uploaded in parts of at most 16 MB to POST /api/ingest, and the server's progress is streamed to the terminal.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { findArticles } from "../../ingest/files.js";
import type { UploadFile, UploadFileResult, UploadStreamLine } from "../../schema/upload.js";
import type { StoreLock } from "../server-lock.js";
import { callServer, ndjsonLines, servedBy } from "../remote.js";
import { config, progressBar, seconds, type Args } from "../shared.js";

const PART_BYTES = 16 * 2 ** 20;

export async function ingestThroughServer(args: Args, paths: string[], lock: StoreLock): Promise<number> {
  const t0 = performance.now();
  const found = findArticles(paths, [config(args).dataDir]);
  if (!found.files.length && !found.errors.length)
    throw new Error(
      `kg ingest: no article files (.txt, .html, .htm, .md) under ${args.positional.join(", ") || "seeds/"}.`,
    );
  const errors = found.errors.map((e) => e.message);
  // parts of the upload, each under PART_BYTES of base64
  const parts: UploadFile[][] = [];
  let part: UploadFile[] = [];
  let size = 0;
  for (const path of found.files) {
    let content: string;
    try {
      content = readFileSync(path).toString("base64");
    } catch (e) {
      errors.push(`${path}: cannot be read: ${(e as Error).message}`);
      continue;
    }
    if (part.length && size + content.length > PART_BYTES) {
      parts.push(part);
      part = [];
      size = 0;
    }
    part.push({ name: basename(path), content });
    size += content.length;
  }
  if (part.length) parts.push(part);
  const pathOf = new Map(found.files.map((p) => [basename(p), p]));
  const total = parts.reduce((n, p) => n + p.length, 0);
  const tty = process.stderr.isTTY;
  const bar = progressBar("ingest");
  let started = false;
  let offset = 0;
  const results: UploadFileResult[] = [];
  let nodes = 0;
  let edges = 0;
  let added = { entities: 0, relationships: 0 };
  for (const files of parts) {
    const res = await callServer(lock, "/api/ingest", {
      body: { files, force: Boolean(args.flags.force) },
      accept: "application/x-ndjson",
    });
    for await (const line of ndjsonLines<UploadStreamLine>(res)) {
      if (line.type === "progress") {
        if (!tty) continue;
        if (!started) bar.start(total, 0, { file: "" });
        started = true;
        bar.update(offset + line.done, { file: line.name });
      } else if (line.type === "error") throw new Error(`kg ingest: the server failed: ${line.error}`);
      else {
        results.push(...line.files);
        nodes = line.nodes;
        edges = line.edges;
        added = {
          entities: added.entities + line.entities.count,
          relationships: added.relationships + line.relationships.count,
        };
      }
    }
    offset += files.length;
  }
  if (started) bar.stop();
  for (const r of results) {
    const path = pathOf.get(r.name) ?? r.name;
    if (r.status === "rejected") errors.push(`${path}: ${r.reason}`);
    if (r.status === "duplicate") console.error(`duplicate: ${path}: ${r.reason}; not loaded again`);
  }
  for (const e of errors) console.error(`error: ${e}`);
  for (const s of found.skipped) console.error(`skipped: ${s.path}: ${s.reason}`);
  const count = (s: UploadFileResult["status"]) => results.filter((r) => r.status === s).length;
  const notes = [
    count("unchanged") ? `${count("unchanged")} unchanged, skipped` : "",
    count("duplicate") ? `${count("duplicate")} duplicates` : "",
    found.skipped.length ? `${found.skipped.length} not articles` : "",
  ].filter(Boolean);
  console.log(
    `ingested ${count("loaded")}/${found.files.length + found.errors.length} documents${notes.length ? ` (${notes.join(", ")})` : ""} ${servedBy(lock)}: ` +
      `${added.entities} new entities, ${added.relationships} new relationships; ${nodes} nodes, ${edges} edges, ${errors.length} errors, ${seconds(t0)} s`,
  );
  return errors.length ? 1 : 0;
}
