/** GEXF for Gephi, written by graphology-gexf (viz positions, sizes and colours included; lists joined with "|"). */
import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf/browser";
import type { GraphBatch } from "../../../core/schema.js";
import { displayName } from "../../../core/schema.js";
import type { Layout } from "../types.js";
import { flat, propertyKeys } from "./common.js";

export function toGexf(batch: GraphBatch, layout?: Layout): string {
  const g = new MultiDirectedGraph();
  const nodeKeys = propertyKeys(batch.nodes);
  const edgeKeys = propertyKeys(batch.edges);
  for (const n of batch.nodes) {
    const attrs: Record<string, unknown> = { label: displayName(n), kind: n.label };
    for (const k of nodeKeys) attrs[k] = flat(n.properties[k]);
    const l = layout?.nodes[n.id];
    if (l) Object.assign(attrs, { x: l.x, y: l.y, size: l.size, color: l.color });
    g.addNode(n.id, attrs);
  }
  for (const e of batch.edges) {
    if (!g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    const attrs: Record<string, unknown> = { kind: e.type, label: e.type };
    for (const k of edgeKeys) attrs[k] = flat(e.properties[k]);
    g.addDirectedEdgeWithKey(e.id, e.source, e.target, attrs);
  }
  return write(g, { pretty: true });
}
