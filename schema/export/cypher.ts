/**
 * A Cypher script that recreates the graph in Neo4j (MERGE by id, so running
 * it twice is harmless). Dates become date('…'); lists stay lists.
 */
import { NODE_PROPERTIES, REL_SPECS, type GraphBatch, type PropValue } from "../index.js";

export function cypherString(s: string): string {
  return `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n").replace(/\r/g, "\\r")}'`;
}

function literal(v: PropValue, type?: string): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return `[${v.map((x) => cypherString(String(x))).join(", ")}]`;
  if (typeof v === "string")
    return type === "DATE" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? `date(${cypherString(v)})` : cypherString(v);
  return String(v);
}

const key = (k: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) && k !== "end" ? k : `\`${k.replace(/`/g, "``")}\``);

function map(props: Record<string, PropValue>, types: Record<string, string> = {}): string {
  const parts = Object.entries(props)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${key(k)}: ${literal(v, types[k])}`);
  return `{${parts.join(", ")}}`;
}

export function writeCypher(batch: GraphBatch): string {
  const labelOf = new Map(batch.nodes.map((n) => [n.id, n.label]));
  const out = [
    "// crypto-reg-kg export: run in Neo4j (cypher-shell -f file.cypher). MERGE by id: safe to run twice.",
    ":begin",
  ];
  for (const n of batch.nodes) {
    out.push(
      `MERGE (n:${n.label} {id: ${cypherString(n.id)}}) SET n += ${map(n.properties, NODE_PROPERTIES[n.label] ?? {})};`,
    );
  }
  out.push(":commit", ":begin");
  for (const e of batch.edges) {
    const from = labelOf.get(e.source);
    const to = labelOf.get(e.target);
    if (!from || !to) continue;
    out.push(
      `MATCH (a:${from} {id: ${cypherString(e.source)}}), (b:${to} {id: ${cypherString(e.target)}}) MERGE (a)-[r:${e.type} {id: ${cypherString(e.id)}}]->(b) SET r += ${map(e.properties, REL_SPECS[e.type]?.properties ?? {})};`,
    );
  }
  out.push(":commit");
  return out.join("\n") + "\n";
}
