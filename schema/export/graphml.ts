/** GraphML with typed keys for every node and edge attribute (yEd, Gephi, Cytoscape, NetworkX). */
import type { GraphBatch } from "../index.js";
import { attributeColumns, flatGraph } from "./flat.js";
import { xmlEscape } from "./xml.js";

const GRAPHML_TYPE = { string: "string", double: "double", boolean: "boolean" } as const;

export function writeGraphml(batch: GraphBatch): string {
  const g = flatGraph(batch);
  const nodeCols = attributeColumns(g.nodes);
  const edgeCols = attributeColumns(g.edges);
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  nodeCols.forEach((c) =>
    out.push(
      `  <key id="n_${xmlEscape(c.name)}" for="node" attr.name="${xmlEscape(c.name)}" attr.type="${GRAPHML_TYPE[c.type]}"/>`,
    ),
  );
  edgeCols.forEach((c) =>
    out.push(
      `  <key id="e_${xmlEscape(c.name)}" for="edge" attr.name="${xmlEscape(c.name)}" attr.type="${GRAPHML_TYPE[c.type]}"/>`,
    ),
  );
  out.push('  <graph id="G" edgedefault="directed">');
  for (const n of g.nodes) {
    out.push(`    <node id="${xmlEscape(n.key)}">`);
    for (const [k, v] of Object.entries(n.attributes))
      out.push(`      <data key="n_${xmlEscape(k)}">${xmlEscape(String(v))}</data>`);
    out.push("    </node>");
  }
  for (const e of g.edges) {
    out.push(`    <edge id="${xmlEscape(e.key)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`);
    for (const [k, v] of Object.entries(e.attributes))
      out.push(`      <data key="e_${xmlEscape(k)}">${xmlEscape(String(v))}</data>`);
    out.push("    </edge>");
  }
  out.push("  </graph>");
  out.push("</graphml>");
  return out.join("\n") + "\n";
}
