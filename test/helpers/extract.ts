/**
 * The extractor on a test's own article: optional front-matter fields, then the body, through the real pipeline;
 * and the views of its result the table tests assert on.
 */
import { processDocument } from "../../ingest/pipeline.js";
import type { DocumentResult } from "../../ingest/types.js";

/** Run one article: front matter from `meta` (each value quoted) when given, then the body. */
export function extractArticle(body: string, meta: Record<string, string> = {}): DocumentResult {
  const head = Object.keys(meta).length
    ? `---\n${Object.entries(meta)
        .map(([k, v]) => `${k}: '${v}'`)
        .join("\n")}\n---\n`
    : "";
  return processDocument("t.txt", Buffer.from(head + body));
}

/** The ids of the entities the article mentions, sorted, each once. */
export const mentionedIds = (r: DocumentResult): string[] => [...new Set(r.mentions.map((m) => m.entityId))].sort();

/** The article's relations (of one type when given), each as `TYPE source -> target`. */
export const relationLines = (r: DocumentResult, type?: string): string[] =>
  r.relations.filter((x) => !type || x.type === type).map((x) => `${x.type} ${x.source} -> ${x.target}`);

/** The names of the article's entities of one label, sorted. */
export const entityNames = (r: DocumentResult, label: string): string[] =>
  r.entities
    .filter((e) => e.label === label)
    .map((e) => e.name)
    .sort();

/** The date of the article's measure named `name`, null when it has none (or there is no such measure). */
export const measureDateOf = (r: DocumentResult, name: string): unknown =>
  r.entities.find((e) => e.label === "Measure" && e.name === name)?.properties.date ?? null;
