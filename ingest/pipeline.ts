/**
 * pipeline: composes read → normalize → sentences → extract → resolve →
 * relate into one DocumentResult per file, and builds its GraphBatch (the
 * Document, its Sentences, entities, MENTIONS and relation edges, with
 * property keys exactly as declared in schema NODE_PROPERTIES / REL_SPECS).
 * `processDocument` is pure; `processFiles` and `listArticleFiles` touch the file system.
 */
import { readFileSync } from "node:fs";
import {
  edgeId,
  NODE_PROPERTIES,
  REL_SPECS,
  type GraphBatch,
  type KgEdge,
  type KgNode,
  type PropValue,
} from "../schema/index.js";
import { dateFromUrl, findDates, inferDate, relativeBase } from "./dates.js";
import { extract } from "./extract/index.js";
import { normalize, toSimplified } from "./normalize.js";
import { searchKey } from "../schema/text.js";
import { read } from "./read.js";
import { relate } from "./relate/index.js";
import { resolve } from "./resolve.js";
import { sentenceRanges, splitSentences } from "./sentences.js";
import type { DocumentResult, Entity, IngestError, Relation } from "./types.js";

/** Keep only declared property keys, turning undefined into null. */
function declared(label: KgNode["label"], props: Record<string, PropValue | undefined>): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  for (const k of Object.keys(NODE_PROPERTIES[label])) out[k] = props[k] ?? null;
  return out;
}

/** A name for an untitled document: its first line, without pinyin annotations, cut before any mojibake, ≤ 30 chars. */
function fallbackName(body: string): string {
  const line = body.split("\n")[0]!.replace(/(?<=[\u4e00-\u9fff])[(（][a-zA-Z\u00c0-\u024f]{1,7}[1-5]?[)）]/g, "");
  const cut = line.split(/[?\uFFFD]/)[0]!;
  return cut.length > 30 ? `${cut.slice(0, 30)}…` : cut;
}

function entityNode(e: Entity): KgNode {
  return {
    id: e.id,
    label: e.label,
    properties: declared(e.label, {
      ...e.properties,
      name: e.name,
      aliases: e.aliases,
      search: searchKey(e.name, e.aliases),
    }),
  };
}

function relationEdge(r: Relation): KgEdge {
  const spec = REL_SPECS[r.type];
  const props: Record<string, PropValue> = {};
  for (const k of Object.keys(spec.properties))
    props[k] = k === "evidence" ? r.evidence : k === "date" ? r.date : (r.properties?.[k] ?? null);
  return {
    id: edgeId(r.type, r.source, r.target),
    type: r.type,
    source: r.source,
    target: r.target,
    properties: props,
  };
}

/**
 * Process one article file's bytes into its extraction and graph batch.
 * @example processDocument("seeds/000_57e0f5cb65e350e3.txt", bytes).batch.nodes.length > 0
 */
export function processDocument(path: string, bytes: Uint8Array): DocumentResult {
  const { document, warnings: readWarnings } = read(path, bytes);
  const norm = normalize(document.body);
  const warnings = [...readWarnings, ...norm.warnings.map((w) => `${path}: ${w}`)];
  // no date in the metadata: the one the page's address carries, else the text's
  if (!document.published) {
    const inferred = dateFromUrl(document.url) ?? inferDate(norm.text);
    if (inferred) {
      document.published = inferred;
      document.dateInferred = true;
    }
  }
  const ranges = sentenceRanges(norm.text);
  const sentences = splitSentences(document.id, document.body, norm, ranges);
  const simplified = (x: string | null): string | null => (x ? toSimplified(x) : null);
  const ex = extract(document.body, norm, sentences, ranges, {
    title: simplified(document.title),
    outlet: simplified(document.outlet),
    author: simplified(document.author),
    url: document.url,
  });
  warnings.push(...ex.warnings.map((w) => `${path}: ${w}`));
  const resolved = resolve(ex.mentions, ex.links);
  const mentions = resolved.mentions;
  // (relative days, 昨天, count from a dateline's day when the text opens with one)
  const dates = findDates(norm.text, relativeBase(norm.text, document.published));
  const { relations, entities } = relate({
    text: norm,
    sentences,
    ranges,
    mentions,
    entities: resolved.entities,
    links: ex.links,
    dates,
    published: document.published,
  });

  // Traditional when the conversion for matching changed a character of the first 4,000 (no second conversion)
  const language = norm.firstConverted >= 0 && norm.firstConverted < 4000 ? "zh-Hant" : "zh-Hans";
  const nodes: KgNode[] = [];
  const edges: KgEdge[] = [];
  nodes.push({
    id: document.id,
    label: "Document",
    properties: declared("Document", {
      name: document.title ?? fallbackName(document.body),
      title: document.title,
      outlet: document.outlet,
      author: document.author,
      published: document.published,
      dateInferred: document.dateInferred,
      language,
      path: document.path,
      url: document.url,
      text: document.body,
    }),
  });
  for (const s of sentences) {
    nodes.push({
      id: s.id,
      label: "Sentence",
      properties: declared("Sentence", {
        name: s.text.length > 24 ? `${s.text.slice(0, 24)}…` : s.text,
        docId: s.docId,
        idx: s.index,
        start: s.start,
        end: s.end,
        text: s.text,
      }),
    });
    edges.push({
      id: edgeId("HAS_SENTENCE", document.id, s.id),
      type: "HAS_SENTENCE",
      source: document.id,
      target: s.id,
      properties: {},
    });
  }
  for (const e of entities) nodes.push(entityNode(e));
  const seen = new Set<string>();
  for (const m of mentions) {
    const id = edgeId("MENTIONS", m.sentenceId, m.entityId);
    // one MENTIONS edge per (sentence, entity): the first occurrence in the sentence
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({
      id,
      type: "MENTIONS",
      source: m.sentenceId,
      target: m.entityId,
      properties: { surface: m.surface, start: m.start, end: m.end },
    });
  }
  for (const r of relations) edges.push(relationEdge(r));
  const batch: GraphBatch = { nodes, edges };
  return { document, sentences, entities, mentions, relations, warnings, batch };
}

/**
 * Read and process files; a file that fails is reported and the rest go on.
 * @example processFiles(listArticleFiles(["seeds"])).errors.length === 0
 */
export function processFiles(
  paths: string[],
  onProgress?: (done: number, total: number, path: string) => void,
): { results: DocumentResult[]; errors: IngestError[] } {
  const results: DocumentResult[] = [];
  const errors: IngestError[] = [];
  paths.forEach((p, i) => {
    try {
      results.push(processDocument(p, readFileSync(p)));
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      errors.push({ path: p, message: msg.startsWith(p) ? msg : `${p}: ${msg}` });
    }
    onProgress?.(i + 1, paths.length, p);
  });
  return { results, errors };
}

export { listArticleFiles } from "./files.js";
