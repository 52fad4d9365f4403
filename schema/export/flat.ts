/** Flatten attribute values for formats without lists (GEXF, GraphML, CSV): lists become "a|b". */
import type { GraphBatch, KgEdge, KgNode } from "../index.js";
import { toSerializedGraph } from "../index.js";

export type Flat = Record<string, string | number | boolean>;

export function flatValue(v: unknown): string | number | boolean | undefined {
  if (v === null || v === undefined) return undefined;
  if (Array.isArray(v)) return v.map(String).join("|");
  if (typeof v === "object") return JSON.stringify(v);
  return v as string | number | boolean;
}

export function flatten(attrs: Record<string, unknown>): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(attrs)) {
    const f = flatValue(v);
    if (f !== undefined) out[k] = f;
  }
  return out;
}

/** Nodes and edges with display attributes (label, kind, name, aliases…) flattened. */
export function flatGraph(batch: GraphBatch): {
  nodes: Array<{ key: string; attributes: Flat }>;
  edges: Array<{ key: string; source: string; target: string; attributes: Flat }>;
} {
  const s = toSerializedGraph(batch);
  return {
    nodes: s.nodes.map((n) => ({ key: n.key, attributes: flatten(n.attributes) })),
    edges: s.edges.map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: flatten(e.attributes) })),
  };
}

/** Attribute names used across items, in first-seen order, with the type each needs. */
export function attributeColumns(
  items: Array<{ attributes: Flat }>,
  skip: string[] = [],
): Array<{ name: string; type: "string" | "double" | "boolean" }> {
  const types = new Map<string, Set<string>>();
  for (const it of items) {
    for (const [k, v] of Object.entries(it.attributes)) {
      if (skip.includes(k)) continue;
      const set = types.get(k) ?? new Set<string>();
      set.add(typeof v);
      types.set(k, set);
    }
  }
  return [...types.entries()].map(([name, set]) => ({
    name,
    type: set.size === 1 && set.has("number") ? "double" : set.size === 1 && set.has("boolean") ? "boolean" : "string",
  }));
}

export type { KgEdge, KgNode };
