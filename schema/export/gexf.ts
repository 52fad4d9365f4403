/** GEXF 1.3 for Gephi: node/edge attributes declared as attribute classes; colours by kind (nodes) and relationship type (edges) in viz:color. */
import { LABEL_COLORS, REL_COLORS, isNodeLabel, isRelType, type GraphBatch } from "../index.js";
import { attributeColumns, flatGraph } from "./flat.js";
import { xmlEscape } from "./xml.js";

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function writeGexf(batch: GraphBatch, positions?: Map<string, { x: number; y: number; size?: number }>): string {
  const g = flatGraph(batch);
  const nodeCols = attributeColumns(g.nodes, ["label"]);
  const edgeCols = attributeColumns(g.edges, ["label"]);
  const nodeIdx = new Map(nodeCols.map((c, i) => [c.name, i]));
  const edgeIdx = new Map(edgeCols.map((c, i) => [c.name, i]));
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
  out.push(
    `  <meta><creator>crypto-reg-kg</creator><description>Chinese crypto-regulation knowledge graph</description></meta>`,
  );
  out.push('  <graph defaultedgetype="directed" mode="static">');
  out.push('    <attributes class="node">');
  nodeCols.forEach((c, i) => out.push(`      <attribute id="${i}" title="${xmlEscape(c.name)}" type="${c.type}"/>`));
  out.push("    </attributes>");
  out.push('    <attributes class="edge">');
  edgeCols.forEach((c, i) => out.push(`      <attribute id="${i}" title="${xmlEscape(c.name)}" type="${c.type}"/>`));
  out.push("    </attributes>");
  out.push("    <nodes>");
  for (const n of g.nodes) {
    out.push(`      <node id="${xmlEscape(n.key)}" label="${xmlEscape(String(n.attributes.label ?? n.key))}">`);
    out.push("        <attvalues>");
    for (const [k, v] of Object.entries(n.attributes)) {
      if (nodeIdx.has(k)) out.push(`          <attvalue for="${nodeIdx.get(k)}" value="${xmlEscape(String(v))}"/>`);
    }
    out.push("        </attvalues>");
    const kind = n.attributes.kind;
    if (typeof kind === "string" && isNodeLabel(kind)) {
      const [r, gr, b] = hexToRgb(LABEL_COLORS[kind]);
      out.push(`        <viz:color r="${r}" g="${gr}" b="${b}"/>`);
    }
    const p = positions?.get(n.key);
    if (p) {
      out.push(`        <viz:position x="${p.x}" y="${p.y}" z="0"/>`);
      if (p.size) out.push(`        <viz:size value="${p.size}"/>`);
    }
    out.push("      </node>");
  }
  out.push("    </nodes>");
  out.push("    <edges>");
  for (const e of g.edges) {
    out.push(
      `      <edge id="${xmlEscape(e.key)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" label="${xmlEscape(String(e.attributes.kind ?? ""))}">`,
    );
    out.push("        <attvalues>");
    for (const [k, v] of Object.entries(e.attributes)) {
      if (edgeIdx.has(k)) out.push(`          <attvalue for="${edgeIdx.get(k)}" value="${xmlEscape(String(v))}"/>`);
    }
    out.push("        </attvalues>");
    const type = e.attributes.kind;
    if (typeof type === "string" && isRelType(type)) {
      const [r, gr, b] = hexToRgb(REL_COLORS[type]);
      out.push(`        <viz:color r="${r}" g="${gr}" b="${b}"/>`);
    }
    out.push("      </edge>");
  }
  out.push("    </edges>");
  out.push("  </graph>");
  out.push("</gexf>");
  return out.join("\n") + "\n";
}
