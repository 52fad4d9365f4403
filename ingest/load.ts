/**
 * load: the only ingest stage that writes to a store. A batch of many
 * extracted articles is one transaction (store.upsert): what changed articles'
 * old versions contributed is withdrawn first (ingest/withdraw.ts), then the
 * new versions are upserted; sentences of articles new to the store are
 * marked fresh, so they are never looked up and may be bulk-appended.
 */
import { ENTITY_LABELS, type GraphBatch, type KgNode } from "../schema/index.js";
import type { GraphStore } from "../store/types.js";
import type { DocumentResult, IngestError } from "./types.js";
import { planWithdrawal } from "./withdraw.js";
import { applyOverrides, dataDirOf, readOverrides, type Override } from "./overrides.js";

/**
 * What loading needs of an extracted article: its graph rows and its document's id and path. ingestFiles keeps
 * only this much of each DocumentResult while the article waits in a batch (the sentences, mentions, entities and
 * relations the rows were built from are a third of its heap: 64 against 42 MB for 1,000 generated articles).
 */
export type LoadableResult = Pick<DocumentResult, "batch"> & {
  document: Pick<DocumentResult["document"], "id" | "path">;
};

/** The part of a DocumentResult that loading reads. */
export function loadable(result: DocumentResult): LoadableResult {
  return { batch: result.batch, document: { id: result.document.id, path: result.document.path } };
}

/** One extracted article and the hash recorded on its Document. */
export interface LoadItem {
  result: LoadableResult;
  hash?: string;
}

export interface BatchReport {
  documents: number;
  /** Documents whose older version was withdrawn first. */
  replaced: number;
  /** Entity ids the batch wrote, withdrew or changed relationships of (for ranking refreshes). */
  touched: string[];
  nodes: number;
  edges: number;
}

const ENTITY = new Set<string>(ENTITY_LABELS);

function withHash(node: KgNode, hash: string | undefined): KgNode {
  return hash ? { ...node, properties: { ...node.properties, contentHash: hash } } : node;
}

/**
 * Load a batch of articles in one transaction. `stored` holds the ids of documents already in the store.
 * @example await loadBatch(store, items, new Set(await storedDocumentIds(store)))
 */
export async function loadBatch(
  store: GraphStore,
  items: LoadItem[],
  stored: ReadonlySet<string>,
  overrides: readonly Override[] = readOverrides(dataDirOf(store)),
): Promise<BatchReport> {
  const batch: GraphBatch = { nodes: [], edges: [] };
  const fresh = new Set<string>();
  const replaced: string[] = [];
  const mentioned = new Set<string>();
  for (const item of items) {
    const { result, hash } = item;
    // entity review decisions (ingest/overrides.ts), so reviewed entities stay as reviewed
    const extracted = overrides.length ? applyOverrides(result.batch, overrides) : result.batch;
    const docId = result.document.id;
    const isReplaced = stored.has(docId);
    if (isReplaced) replaced.push(docId);
    for (const n of extracted.nodes) {
      batch.nodes.push(n.id === docId ? withHash(n, hash) : n);
      if (n.label === "Sentence" || (n.label === "Document" && !isReplaced)) fresh.add(n.id);
      if (ENTITY.has(n.label)) mentioned.add(n.id);
    }
    for (const e of extracted.edges) batch.edges.push(e);
  }
  const withdrawal = await planWithdrawal(store, replaced, mentioned);
  batch.edges.push(...withdrawal.kept);
  await store.upsert(batch, { fresh, remove: withdrawal.remove });
  return {
    documents: items.length,
    replaced: replaced.length,
    touched: [...new Set([...mentioned, ...withdrawal.touched])].sort(),
    nodes: batch.nodes.length,
    edges: batch.edges.length,
  };
}

export interface LoadReport {
  documents: number;
  errors: IngestError[];
}

export interface LoadOptions {
  onProgress?: (done: number, total: number, path: string) => void;
  /** Hashes to record on each Document, by path. */
  hashes?: Map<string, string>;
  /** Ids of documents already stored: their older version is withdrawn first (default: read from the store). */
  replace?: Set<string>;
  /** Articles per transaction (default 200). */
  batchSize?: number;
}

/**
 * Load extracted documents in batches; a batch that fails is retried one document at a time, so a failure on
 * one document is reported and the rest still load.
 * @example await load(store, results)
 */
export async function load(
  store: GraphStore,
  results: DocumentResult[],
  options: LoadOptions = {},
): Promise<LoadReport> {
  const { onProgress, hashes, batchSize = 200 } = options;
  // documents already stored are replaced (their old version withdrawn), never appended twice
  const replace = options.replace ?? new Set((await store.run("document-hashes")).map((r) => String(r.id)));
  const errors: IngestError[] = [];
  let documents = 0;
  for (let i = 0; i < results.length; i += batchSize) {
    const items = results
      .slice(i, i + batchSize)
      .map((result) => ({ result, hash: hashes?.get(result.document.path) }));
    const r = await loadItems(store, items, replace);
    documents += r.documents;
    errors.push(...r.errors);
    onProgress?.(
      Math.min(i + batchSize, results.length),
      results.length,
      items[items.length - 1]!.result.document.path,
    );
  }
  return { documents, errors };
}

/**
 * A batch in one transaction; if it fails, each document alone, so one bad article is reported by name and the
 * rest still load.
 */
export async function loadItems(
  store: GraphStore,
  items: LoadItem[],
  stored: ReadonlySet<string>,
  overrides?: readonly Override[],
): Promise<{ documents: number; errors: IngestError[]; reports: BatchReport[] }> {
  try {
    const report = await loadBatch(store, items, stored, overrides);
    return { documents: report.documents, errors: [], reports: [report] };
  } catch (batchError) {
    if (items.length === 1) {
      const path = items[0]!.result.document.path;
      return {
        documents: 0,
        errors: [{ path, message: `${path}: could not be loaded: ${(batchError as Error).message}` }],
        reports: [],
      };
    }
    const out = { documents: 0, errors: [] as IngestError[], reports: [] as BatchReport[] };
    for (const item of items) {
      const r = await loadItems(store, [item], stored, overrides);
      out.documents += r.documents;
      out.errors.push(...r.errors);
      out.reports.push(...r.reports);
    }
    return out;
  }
}
