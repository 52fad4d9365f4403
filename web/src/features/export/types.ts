/** Export formats of the canvas (or of a query result): the shared text formats plus PNG of the canvas. */
import { EXPORT_FORMATS as TEXT_FORMATS } from "../../core/export.js";

export const EXPORT_FORMATS = [...TEXT_FORMATS, "png"] as const;
export type WebExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_LABELS: Record<WebExportFormat, string> = {
  json: "graphology JSON",
  gexf: "GEXF (Gephi)",
  graphml: "GraphML",
  csv: "CSV (nodes + edges)",
  cypher: "Cypher script (Neo4j)",
  png: "PNG image",
};

/** One file to download. */
export interface DownloadFile {
  name: string;
  mime: string;
  content: string | Blob;
}
