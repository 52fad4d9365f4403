/** The shared exporters (schema/export: JSON, GEXF, GraphML, CSV, Cypher), the same ones the CLI and API use. */
export * from "../../../schema/export/index.js";
