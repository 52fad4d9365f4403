/** CSV for spreadsheets: one file of nodes, one of edges (RFC 4180 quoting, UTF-8 with BOM so Excel reads Chinese). */
import type { GraphBatch } from "../index.js";
import { attributeColumns, flatGraph, type Flat } from "./flat.js";

const BOM = "\uFEFF";

export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function table(first: string[], rows: Array<{ head: unknown[]; attributes: Flat }>, cols: string[]): string {
  const lines = [[...first, ...cols].map(csvCell).join(",")];
  for (const r of rows) lines.push([...r.head, ...cols.map((c) => r.attributes[c])].map(csvCell).join(","));
  return BOM + lines.join("\r\n") + "\r\n";
}

export function writeCsv(batch: GraphBatch): { nodes: string; edges: string } {
  const g = flatGraph(batch);
  const nodeCols = attributeColumns(g.nodes, ["label", "kind", "name"]).map((c) => c.name);
  const edgeCols = attributeColumns(g.edges, ["kind"]).map((c) => c.name);
  return {
    nodes: table(
      ["id", "label", "kind", "name"],
      g.nodes.map((n) => ({
        head: [n.key, n.attributes.label, n.attributes.kind, n.attributes.name],
        attributes: n.attributes,
      })),
      nodeCols,
    ),
    edges: table(
      ["id", "source", "target", "kind"],
      g.edges.map((e) => ({ head: [e.key, e.source, e.target, e.attributes.kind], attributes: e.attributes })),
      edgeCols,
    ),
  };
}
