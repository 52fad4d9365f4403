/**
 * Turns a GraphBatch into per-statement row groups for batched upserts, the
 * same for both stores: nodes grouped by label, edges by type and (from, to)
 * label pair; duplicates merged (aliases and evidence unioned, non-null
 * properties kept) with what the store already holds. `planUpsert` is pure;
 * `storedVersions` reads what the store holds for the batch's ids.
 */
import {
  connects,
  NODE_PROPERTIES,
  REL_SPECS,
  labelOfId,
  type GraphBatch,
  type KgEdge,
  type KgNode,
  type NodeLabel,
  type PropValue,
  type RelType,
} from "../schema/index.js";
import { joinSearchKey, searchKeyParts } from "../schema/text.js";
import type { StatementSlots } from "./statements.js";
import type { EdgeKey } from "./types.js";

export interface NodeGroup {
  label: NodeLabel;
  rows: Array<Record<string, PropValue>>;
}
export interface EdgeGroup {
  type: RelType;
  from: NodeLabel;
  to: NodeLabel;
  rows: Array<Record<string, PropValue>>;
}
export interface UpsertPlan {
  nodes: NodeGroup[];
  edges: EdgeGroup[];
}

const union = (a: PropValue | undefined, b: PropValue | undefined): string[] => {
  const out = new Set<string>();
  for (const x of [a, b]) if (Array.isArray(x)) x.forEach((s) => out.add(s));
  return [...out];
};

const unionSearch = (a: PropValue | undefined, b: PropValue | undefined): string | null => {
  const key = joinSearchKey([...searchKeyParts(a), ...searchKeyParts(b)]);
  return key || null;
};

/**
 * Merge two versions of one node's properties: later non-null values win; lists and search are unioned.
 * An entity (a node with aliases) is shared by many articles, so its merge must not depend on their order:
 * of two different values the smaller is kept (the earlier date), and its aliases are sorted.
 */
export function mergeNodeProps(
  older: Record<string, PropValue>,
  newer: Record<string, PropValue>,
): Record<string, PropValue> {
  const out: Record<string, PropValue> = { ...older };
  const entity = "aliases" in older || "aliases" in newer;
  for (const [k, v] of Object.entries(newer)) {
    if (v === null || v === undefined) continue;
    const o = out[k];
    out[k] = entity && o !== null && o !== undefined && !Array.isArray(v) && String(o) < String(v) ? o : v;
  }
  if (entity) out.aliases = union(older.aliases, newer.aliases).sort();
  if ("search" in older || "search" in newer) out.search = unionSearch(older.search, newer.search);
  return out;
}

/** Merge two versions of one edge's properties: evidence unioned, later non-null values win. */
export function mergeEdgeProps(
  older: Record<string, PropValue>,
  newer: Record<string, PropValue>,
): Record<string, PropValue> {
  const out: Record<string, PropValue> = { ...older };
  for (const [k, v] of Object.entries(newer)) if (v !== null && v !== undefined) out[k] = v;
  if ("evidence" in older || "evidence" in newer) out.evidence = union(older.evidence, newer.evidence).sort();
  return out;
}

/** Collapse duplicate ids within a batch. */
export function dedupe(batch: GraphBatch): GraphBatch {
  const nodes = new Map<string, KgNode>();
  for (const n of batch.nodes) {
    const prev = nodes.get(n.id);
    nodes.set(n.id, prev ? { ...n, properties: mergeNodeProps(prev.properties, n.properties) } : n);
  }
  const edges = new Map<string, KgEdge>();
  for (const e of batch.edges) {
    const prev = edges.get(e.id);
    edges.set(e.id, prev ? { ...e, properties: mergeEdgeProps(prev.properties, e.properties) } : e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/**
 * Build the row groups. `existingNodes` / `existingEdges` are what the store
 * already holds for these ids (properties only), merged in first.
 */
export function planUpsert(
  batch: GraphBatch,
  existingNodes: Map<string, Record<string, PropValue>> = new Map(),
  existingEdges: Map<string, Record<string, PropValue>> = new Map(),
): UpsertPlan {
  const { nodes, edges } = dedupe(batch);
  const labelOf = new Map<string, NodeLabel>();
  const nodeGroups = new Map<NodeLabel, NodeGroup>();
  for (const n of nodes) {
    const declared = NODE_PROPERTIES[n.label];
    if (!declared) throw new Error(`upsert: node ${n.id} has unknown label \`${n.label}\`.`);
    for (const k of Object.keys(n.properties)) {
      if (!(k in declared))
        throw new Error(
          `upsert: node ${n.id} (${n.label}) has undeclared property \`${k}\`. Declare it in schema/NODE_PROPERTIES.`,
        );
    }
    labelOf.set(n.id, n.label);
    const props = mergeNodeProps(existingNodes.get(n.id) ?? {}, n.properties);
    const row: Record<string, PropValue> = { id: n.id };
    for (const k of Object.keys(declared)) row[k] = props[k] ?? null;
    if ("aliases" in declared && row.aliases === null) row.aliases = [];
    const group = nodeGroups.get(n.label) ?? { label: n.label, rows: [] };
    group.rows.push(row);
    nodeGroups.set(n.label, group);
  }
  const edgeGroups = new Map<string, EdgeGroup>();
  for (const e of edges) {
    const spec = REL_SPECS[e.type];
    if (!spec) throw new Error(`upsert: edge ${e.id} has unknown type \`${e.type}\`.`);
    const from = labelOf.get(e.source) ?? labelOfId(e.source);
    const to = labelOf.get(e.target) ?? labelOfId(e.target);
    if (!from || !to || !connects(e.type, from, to)) {
      throw new Error(
        `upsert: edge ${e.id}: ${e.type} does not connect ${from ?? "?"} to ${to ?? "?"}. Allowed: ${spec.endpoints.map(([f, t]) => `${f}->${t}`).join(", ")}.`,
      );
    }
    for (const k of Object.keys(e.properties)) {
      if (!(k in spec.properties))
        throw new Error(
          `upsert: edge ${e.id} (${e.type}) has undeclared property \`${k}\`. Declare it in schema/REL_SPECS.`,
        );
    }
    const props = mergeEdgeProps(existingEdges.get(e.id) ?? {}, e.properties);
    const row: Record<string, PropValue> = { id: e.id, source: e.source, target: e.target };
    for (const k of Object.keys(spec.properties)) row[k] = props[k] ?? null;
    if ("evidence" in spec.properties && row.evidence === null) row.evidence = [];
    const key = `${e.type}|${from}|${to}`;
    const group = edgeGroups.get(key) ?? { type: e.type, from, to, rows: [] };
    group.rows.push(row);
    edgeGroups.set(key, group);
  }
  return { nodes: [...nodeGroups.values()], edges: [...edgeGroups.values()] };
}

type RunStatement = (
  name: string,
  params?: Record<string, unknown>,
  slots?: StatementSlots,
) => Promise<Array<Record<string, unknown>>>;

/**
 * What the store already holds for a batch's node and edge ids (properties by id), read in chunks, every read
 * naming its label (nodes) or its type and both end labels (edges). Nodes in `fresh` are known new and not read;
 * an edge is not read when one of its ends is new (it cannot exist yet).
 */
export async function storedVersions(
  store: { run: RunStatement },
  batch: GraphBatch,
  fresh: ReadonlySet<string> = new Set(),
  chunkSize = 2_000,
): Promise<{
  existingNodes: Map<string, Record<string, PropValue>>;
  existingEdges: Map<string, Record<string, PropValue>>;
}> {
  const read = async (
    out: Map<string, Record<string, PropValue>>,
    name: string,
    ids: string[],
    key: "n" | "r",
    slots: StatementSlots,
  ) => {
    for (const part of chunks(ids, chunkSize)) {
      for (const row of await store.run(name, { ids: part }, slots)) {
        const v = row[key] as { id: string; properties: Record<string, PropValue> } | null;
        if (v) out.set(v.id, v.properties);
      }
    }
  };
  const labelOf = new Map<string, NodeLabel>();
  const byLabel = new Map<NodeLabel, Set<string>>();
  for (const n of batch.nodes) {
    labelOf.set(n.id, n.label);
    if (fresh.has(n.id)) continue;
    const ids = byLabel.get(n.label) ?? new Set<string>();
    ids.add(n.id);
    byLabel.set(n.label, ids);
  }
  const existingNodes = new Map<string, Record<string, PropValue>>();
  for (const [label, ids] of byLabel) await read(existingNodes, "existing-nodes", [...ids], "n", { label });
  const byType = new Map<string, { slots: StatementSlots; ids: Set<string> }>();
  for (const e of batch.edges) {
    // an end that is in this batch and was not found (or is known new) is new: so is the edge
    const isNew = (id: string) => fresh.has(id) || (labelOf.has(id) && !existingNodes.has(id));
    if (isNew(e.source) || isNew(e.target)) continue;
    const label = labelOf.get(e.source) ?? labelOfId(e.source);
    const other = labelOf.get(e.target) ?? labelOfId(e.target);
    if (!label || !other) continue; // planUpsert reports it
    const key = `${e.type}|${label}|${other}`;
    const g = byType.get(key) ?? { slots: { type: e.type, label, other }, ids: new Set<string>() };
    g.ids.add(e.id);
    byType.set(key, g);
  }
  const existingEdges = new Map<string, Record<string, PropValue>>();
  for (const g of byType.values()) await read(existingEdges, "existing-edges", [...g.ids], "r", g.slots);
  return { existingNodes, existingEdges };
}

/** The slots of a statement that names one relationship by its key. */
export function edgeSlots(e: EdgeKey): StatementSlots {
  const label = labelOfId(e.source);
  const other = labelOfId(e.target);
  if (!label || !other) throw new Error(`store: edge ${e.id} has an end with no label in its id.`);
  return { type: e.type, label, other };
}

/** Relationships grouped by their statement slots (type and both end labels). */
export function edgeGroups(
  edges: EdgeKey[],
): Array<{ slots: StatementSlots; rows: Array<{ source: string; target: string }> }> {
  const groups = new Map<string, { slots: StatementSlots; rows: Array<{ source: string; target: string }> }>();
  for (const e of edges) {
    const slots = edgeSlots(e);
    const key = `${slots.type}|${slots.label}|${slots.other}`;
    const g = groups.get(key) ?? { slots, rows: [] };
    g.rows.push({ source: e.source, target: e.target });
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** Split rows into chunks of `size`. */
export function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
