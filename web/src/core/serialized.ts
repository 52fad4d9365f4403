/** graphology serialized JSON (the API's and CLI's export format) back to a GraphBatch the canvas can merge. */
import type { GraphBatch, KgEdge, KgNode, NodeLabel, PropValue, RelType, SerializedGraph } from "./schema.js";
import { isNodeLabel, isRelType, labelOfId } from "./schema.js";

/** Attributes the export adds for display only (not KgNode properties). */
const DISPLAY_ATTRS = new Set(["label", "kind", "x", "y", "size", "color"]);

export function serializedToBatch(g: Pick<SerializedGraph, "nodes" | "edges">): GraphBatch {
  const nodes: KgNode[] = g.nodes.map((n) => {
    const a = n.attributes ?? {};
    const label: NodeLabel = isNodeLabel(a.kind) ? a.kind : (labelOfId(n.key) ?? "Agency");
    const properties: Record<string, PropValue> = {};
    // toSerializedGraph renames a node's own `kind` property (e.g. a Measure's) to `<label>Kind`
    const ownKind = `${label.toLowerCase()}Kind`;
    for (const [k, v] of Object.entries(a)) {
      if (k === ownKind) properties.kind = v as PropValue;
      else if (!DISPLAY_ATTRS.has(k)) properties[k] = v as PropValue;
    }
    return { id: n.key, label, properties };
  });
  const edges: KgEdge[] = g.edges.map((e) => {
    const a = e.attributes ?? {};
    const type: RelType = isRelType(a.kind) ? a.kind : "MENTIONS";
    const properties: Record<string, PropValue> = {};
    for (const [k, v] of Object.entries(a)) if (k !== "kind") properties[k] = v as PropValue;
    return { id: e.key ?? `${type}:${e.source}->${e.target}`, type, source: e.source, target: e.target, properties };
  });
  return { nodes, edges };
}
