/**
 * Entity review decisions (merge, split) as overrides: their shape, the file
 * that holds them (KG_DATA_DIR/overrides.json, an ordered list), and the pure
 * rewrite that applies them to a graph batch. The same rewrite runs on every
 * extracted article before it is loaded (so `kg ingest --force` and new
 * articles land on the reviewed entities) and on the stored part of the graph
 * a new decision touches (ingest/overrides-apply.ts).
 */
import { readFileSync, writeFileSync, renameSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  ENTITY_LABELS,
  edgeId,
  entityId,
  type EntityLabel,
  type GraphBatch,
  type KgEdge,
  type KgNode,
  type PropValue,
} from "../schema/index.js";
import { normalizeName, searchKey } from "../schema/text.js";
import { storeConfig } from "../store/index.js";
import type { GraphStore } from "../store/types.js";

import type { MergeOverride, Override, SplitOverride } from "../schema/review.js";
export type { EntityRefAtTime, MergeOverride, Override, SplitOverride } from "../schema/review.js";

/** Where a store's overrides live: the embedded store's data directory, or KG_DATA_DIR (Neo4j). */
export function dataDirOf(store: Pick<GraphStore, "kind" | "location">): string {
  return store.kind === "embedded" ? dirname(store.location) : storeConfig().dataDir;
}

/** The overrides file of a data directory. */
export const overridesPath = (dataDir: string): string => join(dataDir, "overrides.json");

const ENTITY = new Set<string>(ENTITY_LABELS);
const isStr = (x: unknown): x is string => typeof x === "string" && x.length > 0;
const isRef = (x: unknown): x is { id: string; name: string } =>
  !!x && typeof x === "object" && isStr((x as { id: unknown }).id) && isStr((x as { name: unknown }).name);

/**
 * Check a parsed overrides list; throws naming `file` and the first problem.
 * @example parseOverrides(JSON.parse(text), "data/overrides.json")
 */
export function parseOverrides(value: unknown, file: string): Override[] {
  const list =
    value && typeof value === "object" && !Array.isArray(value) ? (value as { overrides?: unknown }).overrides : value;
  if (!Array.isArray(list))
    throw new Error(`${file}: invalid overrides. Expecting a JSON list of decisions (or {"overrides": [...]}).`);
  const ids = new Set<number>();
  return list.map((o: Record<string, unknown>, i) => {
    const bad = (what: string) => new Error(`${file}: decision ${i + 1}: invalid \`${what}\`.`);
    if (!o || typeof o !== "object") throw bad("entry");
    if (!Number.isInteger(o.id) || (o.id as number) < 1 || ids.has(o.id as number)) throw bad("id");
    ids.add(o.id as number);
    if (!isStr(o.at)) throw bad("at");
    if (!isStr(o.label) || !ENTITY.has(o.label)) throw bad("label");
    if (o.op === "merge") {
      if (!isRef(o.target)) throw bad("target");
      if (!isRef(o.source) || !Array.isArray((o.source as { aliases?: unknown }).aliases)) throw bad("source");
      if (o.name !== null && o.name !== undefined && !isStr(o.name)) throw bad("name");
      if (o.target.id === o.source.id) throw bad("source");
      return { ...(o as unknown as MergeOverride), name: (o.name as string | undefined) ?? null };
    }
    if (o.op === "split") {
      if (!isRef(o.entity)) throw bad("entity");
      if (!isStr(o.alias)) throw bad("alias");
      if (!isRef(o.into)) throw bad("into");
      return o as unknown as SplitOverride;
    }
    throw bad("op");
  });
}

/** The decisions stored in a data directory ([] when there is no file yet). */
export function readOverrides(dataDir: string): Override[] {
  const file = overridesPath(dataDir);
  if (!existsSync(file)) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${file}: not valid JSON: ${(e as Error).message}`, { cause: e });
  }
  return parseOverrides(parsed, file);
}

/** Write the decisions (atomically: a temporary file renamed over the old one). */
export function writeOverrides(dataDir: string, overrides: Override[]): void {
  const file = overridesPath(dataDir);
  writeFileSync(`${file}.tmp`, JSON.stringify(overrides, null, 2) + "\n");
  renameSync(`${file}.tmp`, file);
}

// ---------------------------------------------------------------- the rewrite

const key = (s: string) => normalizeName(s).toLowerCase();

/** The entity a split moves an alias to: the alias as its own canonical name. */
export const splitTargetId = (label: EntityLabel, alias: string): string => entityId(label, normalizeName(alias));

function uniqueAliases(name: string, aliases: Iterable<string>, drop: (a: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const seen = new Set([name]);
  for (const a of aliases)
    if (a && !seen.has(a) && !drop(a)) {
      seen.add(a);
      out.push(a);
    }
  return out.sort();
}

function withNames(node: KgNode, name: string, aliases: string[]): KgNode {
  return { ...node, properties: { ...node.properties, name, aliases, search: searchKey(name, aliases) } };
}

const aliasesOf = (n: KgNode | undefined): string[] =>
  Array.isArray(n?.properties.aliases) ? (n.properties.aliases as string[]) : [];

/** A relationship re-pointed: new ends, new id. */
function repoint(e: KgEdge, source: string, target: string, properties = e.properties): KgEdge {
  return { ...e, id: edgeId(e.type, source, target), source, target, properties };
}

/** Collapse edges that now share an id: evidence unioned, MENTIONS keep the earliest occurrence. */
function combineEdges(edges: KgEdge[]): KgEdge[] {
  const byId = new Map<string, KgEdge>();
  for (const e of edges) {
    const prev = byId.get(e.id);
    if (!prev) {
      byId.set(e.id, e);
      continue;
    }
    if (e.type === "MENTIONS") {
      if (Number(e.properties.start) < Number(prev.properties.start)) byId.set(e.id, e);
      continue;
    }
    const props: Record<string, PropValue> = { ...prev.properties };
    for (const [k, v] of Object.entries(e.properties)) if (props[k] === null || props[k] === undefined) props[k] = v;
    if (Array.isArray(prev.properties.evidence) || Array.isArray(e.properties.evidence))
      props.evidence = [
        ...new Set([...((prev.properties.evidence as string[]) ?? []), ...((e.properties.evidence as string[]) ?? [])]),
      ].sort();
    byId.set(e.id, { ...prev, properties: props });
  }
  return [...byId.values()];
}

function applyMerge(batch: GraphBatch, o: MergeOverride): GraphBatch {
  const A = o.target.id;
  const B = o.source.id;
  const nodeA = batch.nodes.find((n) => n.id === A);
  const nodeB = batch.nodes.find((n) => n.id === B);
  if (!nodeA && !nodeB) return batch;
  const name = o.name ?? o.target.name;
  const nodes: KgNode[] = [];
  let placed = false;
  for (const n of batch.nodes) {
    if (n.id !== A && n.id !== B) {
      nodes.push(n);
      continue;
    }
    if (placed) continue;
    placed = true;
    const base = nodeA ?? { ...nodeB!, id: A };
    const props: Record<string, PropValue> = { ...base.properties };
    // facts (level, sector…) the target lacks are taken from the merged entity
    for (const [k, v] of Object.entries(nodeB?.properties ?? {}))
      if ((props[k] === null || props[k] === undefined) && !["name", "aliases", "search"].includes(k)) props[k] = v;
    const names = [
      ...aliasesOf(nodeA),
      ...(nodeA || name !== o.target.name ? [o.target.name] : []),
      ...(nodeB ? [o.source.name, ...aliasesOf(nodeB)] : []),
    ];
    if (nodeA && String(nodeA.properties.name) !== name) names.push(String(nodeA.properties.name));
    nodes.push(withNames({ ...base, properties: props }, name, uniqueAliases(name, names)));
  }
  const edges: KgEdge[] = [];
  for (const e of batch.edges) {
    if (e.source !== B && e.target !== B) {
      edges.push(e);
      continue;
    }
    const s = e.source === B ? A : e.source;
    const t = e.target === B ? A : e.target;
    if (s === t) continue; // a relationship between the two merged entities has no meaning on one
    edges.push(repoint(e, s, t));
  }
  return { nodes, edges: combineEdges(edges) };
}

function applySplit(batch: GraphBatch, o: SplitOverride): GraphBatch {
  const A = o.entity.id;
  const C = o.into.id;
  const nodeA = batch.nodes.find((n) => n.id === A);
  const form = key(o.alias);
  const isForm = (s: unknown) => typeof s === "string" && key(s) === form;
  // the sentences in which A was written as the alias
  const moved = new Set<string>();
  const surfaces = new Set<string>();
  for (const e of batch.edges)
    if (e.type === "MENTIONS" && e.target === A && isForm(e.properties.surface)) {
      moved.add(e.source);
      surfaces.add(String(e.properties.surface));
    }
  const edges: KgEdge[] = [];
  const refs = new Set<string>();
  for (const e of batch.edges) {
    if (e.source !== A && e.target !== A) {
      edges.push(e);
      continue;
    }
    if (e.type === "MENTIONS") {
      if (moved.has(e.source)) edges.push(repoint(e, e.source, C));
      else edges.push(e);
      refs.add(moved.has(e.source) ? C : A);
      continue;
    }
    const evidence = Array.isArray(e.properties.evidence) ? (e.properties.evidence as string[]) : [];
    const toC = evidence.filter((s) => moved.has(s));
    const toA = evidence.filter((s) => !moved.has(s));
    const other = e.source === A ? e.target : e.source;
    if (toA.length || !toC.length) {
      edges.push({ ...e, properties: { ...e.properties, evidence: toA } });
      refs.add(A);
    }
    if (toC.length && other !== C) {
      const [s, t] = e.source === A ? [C, e.target] : [e.source, C];
      edges.push(repoint(e, s, t, { ...e.properties, evidence: toC }));
      refs.add(C);
    }
  }
  const nodes: KgNode[] = [];
  for (const n of batch.nodes) {
    if (n.id === C) continue; // re-added below with what this batch says of it
    if (n.id !== A) {
      nodes.push(n);
      continue;
    }
    const left = uniqueAliases(String(n.properties.name), aliasesOf(n), isForm);
    // an entity this batch no longer mentions or relates is not written by it
    if (refs.has(A) || !moved.size) nodes.push(withNames(n, String(n.properties.name), left));
  }
  if (refs.has(C) || batch.nodes.some((n) => n.id === C)) {
    const prior = batch.nodes.find((n) => n.id === C);
    const template = prior ?? nodeA ?? { id: C, label: o.label, properties: {} };
    const properties: Record<string, PropValue> = {};
    // facts of the entity it is split from (its level, its province) may be what was wrong: left empty
    for (const k of Object.keys(template.properties)) properties[k] = prior ? template.properties[k] : null;
    const aliases = uniqueAliases(o.into.name, [...aliasesOf(prior), ...surfaces]);
    nodes.push(withNames({ id: C, label: o.label, properties }, o.into.name, aliases));
  }
  return { nodes, edges: combineEdges(edges) };
}

/**
 * Apply decisions, in order, to a batch (one article's extraction, or the stored part of the graph around the
 * entities concerned). Pure: returns a new batch.
 * @example applyOverrides(batch, [merge]).nodes.some((n) => n.id === merge.source.id) === false
 */
export function applyOverrides(batch: GraphBatch, overrides: readonly Override[]): GraphBatch {
  let out = batch;
  for (const o of overrides) out = o.op === "merge" ? applyMerge(out, o) : applySplit(out, o);
  return out;
}
