/**
 * A Cypher CREATE script that rebuilds the exported subgraph in Neo4j or Kuzu:
 * one CREATE per node (label + properties, DATE-typed properties as date()),
 * then one MATCH … CREATE per relationship, matched by label and id.
 */
import type { GraphBatch, PropValue } from "../../../core/schema.js";
import { NODE_PROPERTIES, REL_SPECS } from "../../../core/schema.js";

/** A Cypher literal for a property value (strings double-quoted with JSON escapes, which Cypher accepts). */
export function cypherLiteral(v: PropValue, type?: string): string {
  if (v === null || v === undefined) return "null";
  if (Array.isArray(v)) return `[${v.map((x) => cypherLiteral(x)).join(", ")}]`;
  if (typeof v === "string") return type === "DATE" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? `date(${JSON.stringify(v)})` : JSON.stringify(v);
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "null";
  return v ? "true" : "false";
}

function props(p: Record<string, PropValue>, types: Record<string, string>, extra: Record<string, PropValue> = {}): string {
  const entries = Object.entries({ ...extra, ...p }).filter(([k, v]) => v !== null && v !== undefined && k !== "search");
  return `{${entries.map(([k, v]) => `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : "`" + k.replace(/`/g, "``") + "`"}: ${cypherLiteral(v, types[k])}`).join(", ")}}`;
}

export function toCypher(batch: GraphBatch): string {
  const labelOf = new Map(batch.nodes.map((n) => [n.id, n.label]));
  const lines = [`// ${batch.nodes.length} nodes, ${batch.edges.length} relationships exported from the crypto-regulation KG explorer`, ""];
  for (const n of batch.nodes) lines.push(`CREATE (:${n.label} ${props(n.properties, NODE_PROPERTIES[n.label] ?? {}, { id: n.id })});`);
  lines.push("");
  for (const e of batch.edges) {
    const a = labelOf.get(e.source);
    const b = labelOf.get(e.target);
    if (!a || !b) continue;
    const p = Object.keys(e.properties).length ? " " + props(e.properties, REL_SPECS[e.type]?.properties ?? {}) : "";
    lines.push(`MATCH (a:${a} {id: ${JSON.stringify(e.source)}}), (b:${b} {id: ${JSON.stringify(e.target)}}) CREATE (a)-[:${e.type}${p}]->(b);`);
  }
  return lines.join("\n") + "\n";
}
