/**
 * Export a GraphBatch in every supported format, one module per format behind
 * one switch. Browser-safe (no Node imports): the CLI, the API and the web app
 * all export through here.
 */
import type { GraphBatch } from "../index.js";
import { writeJson } from "./json.js";
import { writeGexf } from "./gexf.js";
import { writeGraphml } from "./graphml.js";
import { writeCsv } from "./csv.js";
import { writeCypher } from "./cypher.js";
import { withQuotes } from "./quotes.js";

export { evidenceIds, withQuotes } from "./quotes.js";

export const EXPORT_FORMATS = ["json", "gexf", "graphml", "csv", "cypher"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  /** Suggested file name. */
  name: string;
  mime: string;
  text: string;
}

export function isExportFormat(x: unknown): x is ExportFormat {
  return typeof x === "string" && (EXPORT_FORMATS as readonly string[]).includes(x);
}

export interface ExportOptions {
  /** Base of the file names (default "graph"). */
  basename?: string;
  /** Layout positions to keep (GEXF). */
  positions?: Map<string, { x: number; y: number; size?: number }>;
  /**
   * Sentence texts by sentence id: every edge with evidence then carries `quotes` (the text of
   * its evidence sentences, in the order of `evidence`) beside the ids, in every format.
   */
  quotes?: ReadonlyMap<string, string>;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Nodes and edges in one order (by id, code point order), whatever order a store returned them in,
 * so the same graph exports to the same bytes from either store.
 * @example inExportOrder({ nodes: [b, a], edges: [] }).nodes // [a, b]
 */
export function inExportOrder(batch: GraphBatch): GraphBatch {
  return { nodes: [...batch.nodes].sort(byId), edges: [...batch.edges].sort(byId) };
}

/**
 * Serialize a batch (in export order: see inExportOrder); CSV yields two files (nodes, edges), every other format one.
 * @example exportGraph(batch, "gexf")[0].text.startsWith("<?xml")
 */
export function exportGraph(graph: GraphBatch, format: ExportFormat, options: ExportOptions = {}): ExportFile[] {
  const base = options.basename ?? "graph";
  const batch = inExportOrder(options.quotes ? withQuotes(graph, options.quotes) : graph);
  switch (format) {
    case "json":
      return [
        { name: `${base}.json`, mime: "application/json; charset=utf-8", text: writeJson(batch, { name: base }) },
      ];
    case "gexf":
      return [
        {
          name: `${base}.gexf`,
          mime: "application/gexf+xml; charset=utf-8",
          text: writeGexf(batch, options.positions),
        },
      ];
    case "graphml":
      return [{ name: `${base}.graphml`, mime: "application/graphml+xml; charset=utf-8", text: writeGraphml(batch) }];
    case "csv": {
      const { nodes, edges } = writeCsv(batch);
      return [
        { name: `${base}.nodes.csv`, mime: "text/csv; charset=utf-8", text: nodes },
        { name: `${base}.edges.csv`, mime: "text/csv; charset=utf-8", text: edges },
      ];
    }
    case "cypher":
      return [{ name: `${base}.cypher`, mime: "text/plain; charset=utf-8", text: writeCypher(batch) }];
    default: {
      const never: never = format;
      throw new Error(
        `export: invalid \`format\` \`${String(never)}\`. Expecting one of ${EXPORT_FORMATS.join(", ")}.`,
      );
    }
  }
}
