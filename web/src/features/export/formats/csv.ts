/** CSV, two tables: nodes (id, kind, name, properties…) and edges (id, source, target, type, properties…); RFC 4180 quoting, UTF-8 with BOM so spreadsheets read Chinese. */
import type { GraphBatch } from "../../../core/schema.js";
import { displayName } from "../../../core/schema.js";
import { flat, propertyKeys } from "./common.js";

const BOM = "\uFEFF";

export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function table(header: string[], rows: string[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function toCsv(batch: GraphBatch): { nodes: string; edges: string } {
  const nk = propertyKeys(batch.nodes).filter((k) => k !== "name");
  const ids = new Set(batch.nodes.map((n) => n.id));
  const edges = batch.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const ek = propertyKeys(edges);
  return {
    nodes: table(["id", "kind", "name", ...nk], batch.nodes.map((n) => [n.id, n.label, displayName(n), ...nk.map((k) => flat(n.properties[k]))])),
    edges: table(["id", "source", "target", "type", ...ek], edges.map((e) => [e.id, e.source, e.target, e.type, ...ek.map((k) => flat(e.properties[k]))])),
  };
}
