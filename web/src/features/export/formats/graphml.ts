/** GraphML (directed; every property as a string key, lists joined with "|"; positions as x/y/size/color keys). */
import type { GraphBatch } from "../../../core/schema.js";
import { displayName } from "../../../core/schema.js";
import type { Layout } from "../types.js";
import { flat, propertyKeys, xmlEscape } from "./common.js";

export function toGraphml(batch: GraphBatch, layout?: Layout): string {
  const nodeKeys = ["label", "kind", ...propertyKeys(batch.nodes).filter((k) => k !== "label" && k !== "kind")];
  const edgeKeys = ["kind", ...propertyKeys(batch.edges).filter((k) => k !== "kind")];
  const ids = new Set(batch.nodes.map((n) => n.id));
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">');
  nodeKeys.forEach((k, i) => out.push(`  <key id="n${i}" for="node" attr.name="${xmlEscape(k)}" attr.type="string"/>`));
  if (layout) {
    out.push('  <key id="nx" for="node" attr.name="x" attr.type="double"/>', '  <key id="ny" for="node" attr.name="y" attr.type="double"/>');
    out.push('  <key id="nsize" for="node" attr.name="size" attr.type="double"/>', '  <key id="ncolor" for="node" attr.name="color" attr.type="string"/>');
  }
  edgeKeys.forEach((k, i) => out.push(`  <key id="e${i}" for="edge" attr.name="${xmlEscape(k)}" attr.type="string"/>`));
  out.push('  <graph id="G" edgedefault="directed">');
  for (const n of batch.nodes) {
    out.push(`    <node id="${xmlEscape(n.id)}">`);
    nodeKeys.forEach((k, i) => {
      const v = k === "label" ? displayName(n) : k === "kind" ? n.label : flat(n.properties[k]);
      if (v !== "") out.push(`      <data key="n${i}">${xmlEscape(v)}</data>`);
    });
    const l = layout?.nodes[n.id];
    if (l) out.push(`      <data key="nx">${l.x}</data>`, `      <data key="ny">${l.y}</data>`, `      <data key="nsize">${l.size}</data>`, `      <data key="ncolor">${xmlEscape(l.color)}</data>`);
    out.push("    </node>");
  }
  for (const e of batch.edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    out.push(`    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`);
    edgeKeys.forEach((k, i) => {
      const v = k === "kind" ? e.type : flat(e.properties[k]);
      if (v !== "") out.push(`      <data key="e${i}">${xmlEscape(v)}</data>`);
    });
    out.push("    </edge>");
  }
  out.push("  </graph>", "</graphml>");
  return out.join("\n") + "\n";
}
