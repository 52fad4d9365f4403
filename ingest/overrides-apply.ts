/**
 * Entity review on a store: record a decision (merge, split) in the data
 * directory's overrides file and apply it to the stored graph, list the
 * decisions, undo one, export and import them. A new decision rewrites the
 * stored part of the graph around its entities with the same pure rewrite the
 * ingest applies to every article (ingest/overrides.ts), in one upsert.
 * Undoing re-derives the entities concerned from their evidence: they are
 * withdrawn and the articles that mention or relate them are read again
 * without that decision.
 */
import { existsSync } from "node:fs";
import { isAbsolute, resolve as resolvePath } from "node:path";
import {
  ENTITY_LABELS,
  ENTITY_REL_TYPES,
  NODE_PROPERTIES,
  REL_SPECS,
  labelOfId,
  sentenceDocument,
  type EntityLabel,
  type GraphBatch,
  type KgEdge,
  type KgNode,
  type NodeLabel,
  type PropValue,
} from "../schema/index.js";
import { normalizeName } from "../schema/text.js";
import { PROJECT_ROOT } from "../store/index.js";
import { refreshRanking } from "../store/ranking.js";
import type { EdgeKey, GraphStore } from "../store/types.js";
import { ingestFiles, type IngestReport } from "./ingest.js";
import {
  applyOverrides,
  readOverrides,
  splitTargetId,
  writeOverrides,
  type MergeOverride,
  type Override,
  type SplitOverride,
} from "./overrides.js";

/** What a review operation needs: the store (writable), the data directory, and how to find an entity by name. */
export interface ReviewContext {
  store: GraphStore;
  dataDir: string;
  /** An entity by id or name, as `kg export --around` finds it. */
  find: (nameOrId: string) => Promise<KgNode | null>;
  now?: () => Date;
}

/** A review request that cannot be carried out: HTTP 400, CLI exit 1. */
export class ReviewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReviewError";
  }
}

export interface ReviewResult {
  override: Override;
  /** The entities as stored afterwards (the merged one; or the split one and the new one). */
  entities: KgNode[];
}

const ENTITY = new Set<string>(ENTITY_LABELS);

const declaredNode = (n: KgNode): KgNode => {
  const props: Record<string, PropValue> = {};
  for (const k of Object.keys(NODE_PROPERTIES[n.label])) props[k] = n.properties[k] ?? null;
  return { id: n.id, label: n.label, properties: props };
};
const declaredEdge = (e: KgEdge): KgEdge => {
  const props: Record<string, PropValue> = {};
  for (const k of Object.keys(REL_SPECS[e.type].properties)) props[k] = e.properties[k] ?? null;
  return { id: e.id, type: e.type, source: e.source, target: e.target, properties: props };
};

function groupByLabel(ids: string[]): Map<NodeLabel, string[]> {
  const out = new Map<NodeLabel, string[]>();
  for (const id of ids) {
    const l = labelOfId(id);
    if (l) out.set(l, [...(out.get(l) ?? []), id]);
  }
  return out;
}

/**
 * The stored part of the graph a decision about `ids` touches: those entities, every MENTIONS of them and every
 * relationship with an end among them. Reads by key and label only.
 */
export async function storedAround(store: GraphStore, ids: string[]): Promise<GraphBatch> {
  const nodes: KgNode[] = [];
  const edges = new Map<string, KgEdge>();
  for (const [label, list] of groupByLabel(ids)) {
    for (const r of await store.run("existing-nodes", { ids: list }, { label }))
      nodes.push(declaredNode(r.n as unknown as KgNode));
    for (const r of await store.run("review-mentions", { ids: list }, { label })) {
      const m = r.m as unknown as KgEdge;
      edges.set(m.id, declaredEdge(m));
    }
    for (const type of ENTITY_REL_TYPES)
      for (const [from, to] of REL_SPECS[type].endpoints) {
        if (from !== label && to !== label) continue;
        for (const r of await store.run("edges-touching", { ids: list }, { label: from, type, other: to })) {
          const e = r.r as unknown as KgEdge | null;
          if (e) edges.set(e.id, declaredEdge(e));
        }
      }
  }
  return { nodes, edges: [...edges.values()] };
}

const edgeKey = (e: KgEdge): EdgeKey => ({ id: e.id, type: e.type, source: e.source, target: e.target });
const ends = (b: GraphBatch) =>
  b.edges.flatMap((e) => [e.source, e.target]).filter((id) => ENTITY.has(labelOfId(id) ?? ""));

/** Rewrite the stored graph around `ids` with one decision, in one upsert; refresh the ranking of what it touched. */
async function rewriteStored(store: GraphStore, o: Override, ids: string[]): Promise<void> {
  const before = await storedAround(store, ids);
  if (!before.nodes.length) return;
  const after = applyOverrides(before, [o]);
  await store.upsert(after, {
    remove: { documents: [], nodes: before.nodes.map((n) => n.id), edges: before.edges.map(edgeKey) },
  });
  await refreshRanking(store, [...ids, ...ends(before), ...ends(after)]);
}

async function entity(ctx: ReviewContext, what: string, nameOrId: string): Promise<KgNode> {
  if (typeof nameOrId !== "string" || !nameOrId.trim())
    throw new ReviewError(`review: invalid \`${what}\`. Expecting an entity id or name.`);
  const n = await ctx.find(nameOrId.trim());
  if (!n) throw new ReviewError(`review: no entity matches \`${what}\` \`${nameOrId}\`.`);
  if (!ENTITY.has(n.label)) throw new ReviewError(`review: \`${nameOrId}\` is a ${n.label}, not an entity.`);
  return n;
}

const aliasesOf = (n: KgNode): string[] =>
  Array.isArray(n.properties.aliases) ? (n.properties.aliases as string[]) : [];
const nameOf = (n: KgNode): string => String(n.properties.name ?? n.id);
const nextId = (list: Override[]) => list.reduce((m, o) => Math.max(m, o.id), 0) + 1;
const stamp = (ctx: ReviewContext) => (ctx.now?.() ?? new Date()).toISOString();

async function stored(store: GraphStore, ids: string[]): Promise<KgNode[]> {
  const out: KgNode[] = [];
  for (const [label, list] of groupByLabel(ids))
    for (const r of await store.run("existing-nodes", { ids: list }, { label }))
      out.push(declaredNode(r.n as unknown as KgNode));
  return out;
}

/**
 * Merge entity `b` into entity `a` (ids or names): one entity with both sets of aliases and evidence, under `a`'s id
 * (and `name` if given). The decision is recorded and re-applied on every ingest.
 * @example await reviewMerge(ctx, "国家发展和改革委员会", "国家发改委")
 */
export async function reviewMerge(
  ctx: ReviewContext,
  a: string,
  b: string,
  name?: string | null,
): Promise<ReviewResult> {
  const target = await entity(ctx, "a", a);
  const source = await entity(ctx, "b", b);
  if (target.id === source.id)
    throw new ReviewError(`review merge: \`${a}\` and \`${b}\` are the same entity (${target.id}).`);
  if (target.label !== source.label)
    throw new ReviewError(
      `review merge: \`${a}\` is a ${target.label} and \`${b}\` a ${source.label}. Expecting two entities of the same kind.`,
    );
  if (name !== undefined && name !== null && (typeof name !== "string" || !name.trim()))
    throw new ReviewError("review merge: invalid `name`. Expecting a non-empty string.");
  const list = readOverrides(ctx.dataDir);
  const o: MergeOverride = {
    id: nextId(list),
    op: "merge",
    at: stamp(ctx),
    label: target.label as EntityLabel,
    target: { id: target.id, name: nameOf(target) },
    source: { id: source.id, name: nameOf(source), aliases: aliasesOf(source) },
    name: name?.trim() || null,
  };
  await rewriteStored(ctx.store, o, [target.id, source.id]);
  writeOverrides(ctx.dataDir, [...list, o]);
  return { override: o, entities: await stored(ctx.store, [target.id]) };
}

/**
 * Split alias `alias` off entity `a`: the mentions written that way, and the evidence of those sentences, move to a
 * new entity named by the alias.
 * @example await reviewSplit(ctx, "国家发展和改革委员会", "发改委")
 */
export async function reviewSplit(ctx: ReviewContext, a: string, alias: string): Promise<ReviewResult> {
  const from = await entity(ctx, "a", a);
  if (typeof alias !== "string" || !alias.trim())
    throw new ReviewError("review split: invalid `alias`. Expecting a non-empty string.");
  const form = normalizeName(alias.trim());
  const aliases = aliasesOf(from);
  const match = aliases.find((x) => normalizeName(x) === form);
  if (!match)
    throw new ReviewError(
      `review split: \`${nameOf(from)}\` has no alias \`${alias}\`. Expecting one of: ${aliases.join(", ") || "(none)"}.`,
    );
  if (normalizeName(nameOf(from)) === form)
    throw new ReviewError(`review split: \`${alias}\` is the name of ${from.id}, not an alias; rename it by a merge.`);
  const intoId = splitTargetId(from.label as EntityLabel, match);
  const list = readOverrides(ctx.dataDir);
  const o: SplitOverride = {
    id: nextId(list),
    op: "split",
    at: stamp(ctx),
    label: from.label as EntityLabel,
    entity: { id: from.id, name: nameOf(from) },
    alias: match,
    into: { id: intoId, name: form },
  };
  await rewriteStored(ctx.store, o, [from.id, intoId]);
  writeOverrides(ctx.dataDir, [...list, o]);
  return { override: o, entities: await stored(ctx.store, [from.id, intoId]) };
}

/** The recorded decisions, oldest first. */
export function reviewList(ctx: Pick<ReviewContext, "dataDir">): Override[] {
  return readOverrides(ctx.dataDir);
}

/** Where a stored document can be read again: its recorded path as given, from here, or from the project. */
function articleFile(path: string): string | null {
  const candidates = isAbsolute(path) ? [path] : [resolvePath(path), resolvePath(PROJECT_ROOT, path)];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** The documents that mention the entities or support one of their relationships. */
async function documentsOf(store: GraphStore, ids: string[]): Promise<string[]> {
  const docs = new Set<string>();
  for (const [label, list] of groupByLabel(ids))
    for (const r of await store.run("review-entity-docs", { ids: list }, { label })) docs.add(String(r.docId));
  for (const e of (await storedAround(store, ids)).edges)
    for (const s of (e.properties.evidence as string[] | null) ?? []) docs.add(sentenceDocument(s));
  return [...docs].sort();
}

export interface UndoResult {
  override: Override;
  /** Articles read again. */
  documents: number;
  ingest: IngestReport;
  entities: KgNode[];
}

/**
 * Undo decision `n`: drop it from the list and re-derive its entities from their evidence (withdraw them, read the
 * articles that mention or relate them again without it). Refused, with nothing changed, when an article file is
 * no longer where it was read from.
 * @example await reviewUndo(ctx, 1)
 */
export async function reviewUndo(ctx: ReviewContext, n: number): Promise<UndoResult> {
  const list = readOverrides(ctx.dataDir);
  const o = list.find((x) => x.id === n);
  if (!o)
    throw new ReviewError(
      `review undo: no decision ${n}. Expecting one of: ${list.map((x) => x.id).join(", ") || "(none recorded)"}.`,
    );
  const remaining = list.filter((x) => x !== o);
  const ids = o.op === "merge" ? [o.target.id, o.source.id] : [o.entity.id, o.into.id];
  const docIds = await documentsOf(ctx.store, ids);
  const files: string[] = [];
  const missing: string[] = [];
  for (const r of docIds.length ? await ctx.store.run("review-documents", { ids: docIds }) : []) {
    const f = typeof r.path === "string" ? articleFile(r.path) : null;
    if (f) files.push(f);
    else missing.push(`${String(r.id)} (${String(r.path)})`);
  }
  if (missing.length)
    throw new ReviewError(
      `review undo: cannot re-read ${missing.length} article(s) to restore the entities: ${missing.join(", ")}. Put the files back where they were ingested from.`,
    );
  writeOverrides(ctx.dataDir, remaining);
  const present = (await stored(ctx.store, ids)).map((x) => x.id);
  const neighbours = ends(await storedAround(ctx.store, present));
  await ctx.store.upsert({ nodes: [], edges: [] }, { remove: { documents: [], nodes: present, edges: [] } });
  const ingest = await ingestFiles(ctx.store, files, {
    force: true,
    overrides: remaining,
    afterBatch: (s, touched) => refreshRanking(s, touched).then(() => undefined),
  });
  await refreshRanking(ctx.store, [...ids, ...neighbours]);
  return { override: o, documents: files.length, ingest, entities: await stored(ctx.store, ids) };
}

/** The decisions as a file's content (the same shape as the overrides file). */
export function reviewExport(ctx: Pick<ReviewContext, "dataDir">): { version: 1; overrides: Override[] } {
  return { version: 1, overrides: readOverrides(ctx.dataDir) };
}

const sameDecision = (a: Override, b: Override): boolean =>
  a.op === "merge" && b.op === "merge"
    ? a.target.id === b.target.id && a.source.id === b.source.id && a.name === b.name
    : a.op === "split" && b.op === "split"
      ? a.entity.id === b.entity.id && normalizeName(a.alias) === normalizeName(b.alias)
      : false;

/**
 * Import decisions (from reviewExport, or another machine's overrides file): each one not already recorded is
 * appended, numbered after the existing ones, and applied to the stored graph. Decisions about entities this store
 * does not hold are kept: they apply when articles naming them are ingested.
 */
export async function reviewImport(
  ctx: ReviewContext,
  overrides: Override[],
): Promise<{ added: Override[]; skipped: Override[] }> {
  const added: Override[] = [];
  const skipped: Override[] = [];
  for (const o of overrides) {
    const list = readOverrides(ctx.dataDir);
    if (list.some((x) => sameDecision(x, o))) {
      skipped.push(o);
      continue;
    }
    const copy = { ...o, id: nextId(list) } as Override;
    await rewriteStored(
      ctx.store,
      copy,
      copy.op === "merge" ? [copy.target.id, copy.source.id] : [copy.entity.id, copy.into.id],
    );
    writeOverrides(ctx.dataDir, [...list, copy]);
    added.push(copy);
  }
  return { added, skipped };
}
