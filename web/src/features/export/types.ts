/** Export formats of the canvas (or of a query result). */
export const EXPORT_FORMATS = ["json", "gexf", "graphml", "csv", "cypher", "png"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  json: "graphology JSON",
  gexf: "GEXF (Gephi)",
  graphml: "GraphML",
  csv: "CSV (nodes + edges)",
  cypher: "Cypher CREATE script",
  png: "PNG image",
};

/** One file to download. */
export interface ExportFile {
  name: string;
  mime: string;
  content: string | Blob;
}

/** Node/edge display attributes carried along in exports (positions, colours, sizes). */
export interface Layout {
  nodes: Record<string, { x: number; y: number; size: number; color: string }>;
}
