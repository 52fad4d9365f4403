/**
 * Maps raw driver values (Kuzu's plain objects, neo4j-driver's types) to the
 * one result shape in types.ts, and collects the graph found in result rows.
 */
import neo4j, {
  type Integer,
  type Node as NeoNode,
  type Relationship as NeoRelationship,
  type Path as NeoPath,
  type PathSegment,
} from "neo4j-driver";
import {
  NODE_PROPERTIES,
  REL_SPECS,
  isNodeLabel,
  isRelType,
  labelOfId,
  parseEdgeId,
  type GraphBatch,
  type NodeLabel,
  type PropType,
  type PropValue,
  type RelType,
} from "../schema/index.js";
import type { NodeValue, PathValue, RelValue, Row, Value } from "./types.js";

/** "YYYY-MM-DD" for a midnight date, full ISO otherwise. */
function dateString(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

function bigToValue(b: bigint): number | string {
  return b <= BigInt(Number.MAX_SAFE_INTEGER) && b >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(b) : b.toString();
}

/**
 * The one value mapping of stored properties, the same for both stores: every declared
 * property present, in declared order (schema/), absent and NULL both returned as null —
 * and a list property absent or NULL as [] (Neo4j stores no NULLs, so a NULL written is a
 * missing key there and a NULL column on Kuzu). Undeclared properties are dropped;
 * a node or relationship of an unknown label or type keeps its own, sorted by key.
 */
export function canonicalProperties(
  declared: Record<string, PropType> | null,
  raw: Record<string, unknown>,
  convert: (v: unknown) => Value,
): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  if (!declared) {
    for (const k of Object.keys(raw).sort())
      if (!k.startsWith("_") && k !== "id") out[k] = convert(raw[k]) as PropValue;
    return out;
  }
  for (const [k, type] of Object.entries(declared)) {
    const v = raw[k];
    out[k] = v === null || v === undefined ? (type === "STRING[]" ? [] : null) : (convert(v) as PropValue);
  }
  return out;
}

function nodeProperties(
  label: NodeLabel | null,
  raw: Record<string, unknown>,
  convert: (v: unknown) => Value,
): Record<string, PropValue> {
  return canonicalProperties(label ? NODE_PROPERTIES[label] : null, raw, convert);
}

function relProperties(
  type: RelType | null,
  raw: Record<string, unknown>,
  convert: (v: unknown) => Value,
): Record<string, PropValue> {
  return canonicalProperties(type ? REL_SPECS[type].properties : null, raw, convert);
}

// ---------------------------------------------------------------- Kuzu

function isKuzuNode(v: Record<string, unknown>): boolean {
  return "_label" in v && "_id" in v && !("_src" in v);
}
function isKuzuRel(v: Record<string, unknown>): boolean {
  return "_src" in v && "_dst" in v && "_label" in v;
}

/** Convert one Kuzu value. */
export function fromKuzu(v: unknown): Value {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return bigToValue(v);
  if (v instanceof Date) return dateString(v);
  if (Array.isArray(v)) return v.map(fromKuzu);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("_nodes" in o && "_rels" in o) {
      return {
        _type: "path",
        nodes: (o._nodes as unknown[]).map(fromKuzu) as NodeValue[],
        edges: (o._rels as unknown[]).map(fromKuzu) as RelValue[],
      };
    }
    if (isKuzuRel(o)) {
      const type = isRelType(o._label) ? o._label : null;
      const id = typeof o.id === "string" ? o.id : `${o._label}:${JSON.stringify(o._id)}`;
      const parsed = parseEdgeId(id);
      const internal = (x: unknown) =>
        `_kuzu:${(x as { table: number; offset: number }).table}:${(x as { table: number; offset: number }).offset}`;
      return {
        _type: "relationship",
        id,
        type: (o._label as RelType) ?? "MENTIONS",
        source: parsed?.source ?? internal(o._src),
        target: parsed?.target ?? internal(o._dst),
        properties: relProperties(type, o, fromKuzu),
      };
    }
    if (isKuzuNode(o)) {
      const label = isNodeLabel(o._label) ? o._label : null;
      return {
        _type: "node",
        id: String(o.id),
        label: (label ?? labelOfId(String(o.id)) ?? "Agency") as NodeLabel,
        properties: nodeProperties(label, o, fromKuzu),
      };
    }
    const out: Record<string, Value> = {};
    for (const [k, x] of Object.entries(o)) out[k] = fromKuzu(x);
    return out;
  }
  return v as Value;
}

// ---------------------------------------------------------------- Neo4j

/** Convert one neo4j-driver value. */
export function fromNeo4j(v: unknown): Value {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) {
    const i = v as Integer;
    return i.inSafeRange() ? i.toNumber() : i.toString();
  }
  if (typeof v === "bigint") return bigToValue(v);
  if (
    neo4j.isDate(v as object) ||
    neo4j.isDateTime(v as object) ||
    neo4j.isLocalDateTime(v as object) ||
    neo4j.isTime(v as object) ||
    neo4j.isLocalTime(v as object) ||
    neo4j.isDuration(v as object)
  ) {
    return String(v);
  }
  if (Array.isArray(v)) return v.map(fromNeo4j);
  if (neo4j.isNode(v as object)) {
    const n = v as NeoNode;
    const label = n.labels.find(isNodeLabel) ?? null;
    const id = String(n.properties.id ?? n.elementId);
    return {
      _type: "node",
      id,
      label: (label ?? labelOfId(id) ?? "Agency") as NodeLabel,
      properties: nodeProperties(label, n.properties, fromNeo4j),
    };
  }
  if (neo4j.isRelationship(v as object)) {
    const r = v as NeoRelationship;
    const type = isRelType(r.type) ? r.type : null;
    const id = String(r.properties.id ?? r.elementId);
    const parsed = parseEdgeId(id);
    return {
      _type: "relationship",
      id,
      type: r.type as RelType,
      source: parsed?.source ?? r.startNodeElementId,
      target: parsed?.target ?? r.endNodeElementId,
      properties: relProperties(type, r.properties, fromNeo4j),
    };
  }
  if (neo4j.isPath(v as object)) {
    const p = v as NeoPath;
    const nodes = [p.start, ...p.segments.map((s: PathSegment) => s.end)].map(fromNeo4j) as NodeValue[];
    return { _type: "path", nodes, edges: p.segments.map((s: PathSegment) => fromNeo4j(s.relationship)) as RelValue[] };
  }
  if (typeof v === "object") {
    const out: Record<string, Value> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = fromNeo4j(x);
    return out;
  }
  return v as Value;
}

// ---------------------------------------------------------------- graph of a result

function isTyped(v: Value, t: string): boolean {
  return typeof v === "object" && v !== null && !Array.isArray(v) && (v as { _type?: string })._type === t;
}

/** Every node and relationship in the rows (deduplicated), as a GraphBatch. */
export function graphOfRows(rows: Row[]): GraphBatch {
  const nodes = new Map<string, NodeValue>();
  const edges = new Map<string, RelValue>();
  const visit = (v: Value): void => {
    if (v === null || typeof v !== "object") return;
    if (Array.isArray(v)) return v.forEach(visit);
    if (isTyped(v, "node")) nodes.set((v as NodeValue).id, v as NodeValue);
    else if (isTyped(v, "relationship")) edges.set((v as RelValue).id, v as RelValue);
    else if (isTyped(v, "path")) {
      (v as PathValue).nodes.forEach(visit);
      (v as PathValue).edges.forEach(visit);
    } else Object.values(v).forEach(visit);
  };
  rows.forEach((r) => Object.values(r).forEach(visit));
  const strip = <T extends { _type: string }>(x: T): Omit<T, "_type"> => {
    const { _type, ...rest } = x;
    void _type;
    return rest;
  };
  return { nodes: [...nodes.values()].map(strip), edges: [...edges.values()].map(strip) } as GraphBatch;
}
