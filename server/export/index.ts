/**
 * Export a GraphBatch in one of the supported formats. One module per format
 * behind a switch; all share schema's graphology JSON as the starting point.
 */
import type { GraphBatch } from "../../schema/index.js";
import { toSerializedGraph } from "../../schema/index.js";

export const EXPORT_FORMATS = ["json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MIME: Record<ExportFormat, string> = {
  json: "application/json; charset=utf-8",
};

export function isExportFormat(x: unknown): x is ExportFormat {
  return typeof x === "string" && (EXPORT_FORMATS as readonly string[]).includes(x);
}

/**
 * Serialize a batch.
 * @example exportGraph(batch, "json") // graphology serialized JSON text
 */
export function exportGraph(batch: GraphBatch, format: ExportFormat): string {
  switch (format) {
    case "json":
      return JSON.stringify(toSerializedGraph(batch, { name: "crypto-regulation knowledge graph", exported: new Date().toISOString() }), null, 2);
    default: {
      const never: never = format;
      throw new Error(`export: invalid \`format\` ${String(never)}. Expecting one of ${EXPORT_FORMATS.join(", ")}.`);
    }
  }
}
