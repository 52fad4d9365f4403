/** graphology serialized JSON (schema's toSerializedGraph), with canvas positions, sizes and colours. */
import type { GraphBatch } from "../../../core/schema.js";
import { toSerializedGraph } from "../../../core/schema.js";
import type { Layout } from "../types.js";

export function toJson(batch: GraphBatch, layout?: Layout): string {
  const g = toSerializedGraph(batch, { name: "crypto-regulation knowledge graph", exported: new Date().toISOString() });
  if (layout) for (const n of g.nodes) Object.assign(n.attributes, layout.nodes[n.key] ?? {});
  return JSON.stringify(g, null, 2);
}
