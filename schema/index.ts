/**
 * The graph schema, defined once: node labels, relationship types, their
 * properties, id rules and the shared record types. Imported by ingest/,
 * server/ and web/ (it has no Node-only imports so the browser can use it).
 */

/** The five kinds the client named first. */
export const CLIENT_LABELS = ["Agency", "Province", "Company", "Official", "Measure"] as const;
/** Every entity label (things a sentence can mention). */
export const ENTITY_LABELS = [...CLIENT_LABELS, "Person", "Place", "Country"] as const;
/** Every node label in the graph. */
export const NODE_LABELS = [...ENTITY_LABELS, "Document", "Sentence"] as const;

export type ClientLabel = (typeof CLIENT_LABELS)[number];
export type EntityLabel = (typeof ENTITY_LABELS)[number];
export type NodeLabel = (typeof NODE_LABELS)[number];

export const REL_TYPES = [
  "ISSUED",
  "APPLIES_TO",
  "TARGETS",
  "LOCATED_IN",
  "SERVES_AT",
  "AFFILIATED_WITH",
  "SANCTIONED",
  "ACTED_ON",
  "MOVED_TO",
  "IN_PROVINCE",
  "CITES",
  "IMPLEMENTS",
  "WORKED_WITH",
  "MENTIONS",
  "HAS_SENTENCE",
] as const;
export type RelType = (typeof REL_TYPES)[number];
/** Relationship types between entities (everything but the evidence structure MENTIONS / HAS_SENTENCE). */
export const ENTITY_REL_TYPES = REL_TYPES.filter((t) => t !== "MENTIONS" && t !== "HAS_SENTENCE");

/** Property types, named after the Kuzu column types they become. */
export type PropType = "STRING" | "STRING[]" | "INT64" | "BOOLEAN" | "DATE";

/** Properties every entity carries. `search` is a normalized (Simplified, lower-case) join of name and aliases, used for matching only. */
const ENTITY_PROPS = { name: "STRING", aliases: "STRING[]", search: "STRING" } as const;

/** Declared properties of each label (besides `id`, the primary key of every label). */
export const NODE_PROPERTIES: Record<NodeLabel, Record<string, PropType>> = {
  Agency: { ...ENTITY_PROPS, level: "STRING" },
  Province: { ...ENTITY_PROPS, code: "STRING" },
  Company: { ...ENTITY_PROPS, sector: "STRING" },
  Official: { ...ENTITY_PROPS, title: "STRING" },
  Measure: { ...ENTITY_PROPS, kind: "STRING", date: "DATE", status: "STRING" },
  Person: { ...ENTITY_PROPS, title: "STRING" },
  Place: { ...ENTITY_PROPS, code: "STRING", level: "STRING" },
  Country: { ...ENTITY_PROPS },
  Document: {
    name: "STRING",
    title: "STRING",
    outlet: "STRING",
    author: "STRING",
    published: "DATE",
    dateInferred: "BOOLEAN",
    language: "STRING",
    path: "STRING",
    url: "STRING",
    text: "STRING",
    /** sha256 of the file's bytes when it was ingested: an unchanged file is skipped next time. */
    contentHash: "STRING",
  },
  Sentence: { name: "STRING", docId: "STRING", idx: "INT64", start: "INT64", end: "INT64", text: "STRING" },
};

/**
 * Derived properties of every entity, computed from the stored graph (store/ranking.ts), never written by
 * the batched upserts: `degree` is the number of distinct entities it is related to (MENTIONS not counted),
 * the ranking of the overview. Kuzu declares them as columns.
 */
export const RANKING_PROPERTIES = { degree: "INT64" } as const satisfies Record<string, PropType>;

/** Properties every extracted relationship carries: the supporting sentence ids and a date where known. */
const EVIDENCE_PROPS = { evidence: "STRING[]", date: "DATE" } as const;

export interface RelSpec {
  /** Allowed (from, to) label pairs. */
  endpoints: Array<[NodeLabel, NodeLabel]>;
  properties: Record<string, PropType>;
  description: string;
}

const pairs = (from: readonly NodeLabel[], to: readonly NodeLabel[]): Array<[NodeLabel, NodeLabel]> =>
  from.flatMap((f) => to.map((t) => [f, t] as [NodeLabel, NodeLabel]));

export const REL_SPECS: Record<RelType, RelSpec> = {
  ISSUED: {
    endpoints: pairs(["Agency", "Company"], ["Measure"]),
    properties: { ...EVIDENCE_PROPS },
    description: "an agency issued, announced or decided a measure; a company issued its own announcement",
  },
  APPLIES_TO: {
    endpoints: pairs(["Measure"], ["Province", "Place"]),
    properties: { ...EVIDENCE_PROPS },
    description: "a measure applies to a province or place",
  },
  TARGETS: {
    endpoints: pairs(["Measure"], ["Company"]),
    properties: { ...EVIDENCE_PROPS },
    description: "a measure names a company",
  },
  LOCATED_IN: {
    endpoints: pairs(["Agency", "Company"], ["Province", "Place", "Country"]),
    properties: { ...EVIDENCE_PROPS },
    description: "an agency or company is located in a division or country",
  },
  SERVES_AT: {
    endpoints: pairs(["Official"], ["Agency"]),
    properties: { ...EVIDENCE_PROPS, title: "STRING", former: "BOOLEAN" },
    description: "an official holds (or held) a post at an agency",
  },
  AFFILIATED_WITH: {
    endpoints: pairs(["Person"], ["Agency", "Company"]),
    properties: { ...EVIDENCE_PROPS, title: "STRING" },
    description: "an expert or analyst works for an institution",
  },
  SANCTIONED: {
    endpoints: pairs(["Agency"], ["Official"]),
    properties: { ...EVIDENCE_PROPS },
    description: "a discipline body sanctioned an official",
  },
  ACTED_ON: {
    endpoints: pairs(["Agency"], ["Company"]),
    properties: { ...EVIDENCE_PROPS },
    description: "an agency acted on a company",
  },
  MOVED_TO: {
    endpoints: pairs(["Company"], ["Country"]),
    properties: { ...EVIDENCE_PROPS },
    description: "a company moved operations to a country",
  },
  IN_PROVINCE: {
    endpoints: pairs(["Place"], ["Province"]),
    properties: { ...EVIDENCE_PROPS },
    description: "a prefecture or county lies in a province",
  },
  CITES: {
    endpoints: pairs(["Measure"], ["Measure"]),
    properties: { ...EVIDENCE_PROPS },
    description: "a measure cites a law or document it rests on (依据《…》, 根据《…》)",
  },
  IMPLEMENTS: {
    endpoints: pairs(["Measure"], ["Measure"]),
    properties: { ...EVIDENCE_PROPS },
    description: "a local measure carries out a higher one (为贯彻落实《…》)",
  },
  WORKED_WITH: {
    endpoints: pairs(["Agency"], ["Agency"]),
    properties: { ...EVIDENCE_PROPS },
    description: "agencies acted together (牵头, 会同, 联合, 召集): from the lead to each partner",
  },
  MENTIONS: {
    endpoints: pairs(["Sentence"], ENTITY_LABELS),
    properties: { surface: "STRING", start: "INT64", end: "INT64" },
    description: "a sentence mentions an entity (surface = original characters, offsets into the document text)",
  },
  HAS_SENTENCE: {
    endpoints: pairs(["Document"], ["Sentence"]),
    properties: {},
    description: "a document contains a sentence",
  },
};

/** The (type, from label, to label) triples REL_SPECS allows. */
const CONNECTED = new Set(
  Object.entries(REL_SPECS).flatMap(([type, spec]) => spec.endpoints.map(([f, t]) => `${type} ${f} ${t}`)),
);

/**
 * Does a relationship of `type` connect a `from` node to a `to` node, as REL_SPECS declares?
 * @example connects("ISSUED", "Agency", "Measure") === true
 */
export function connects(type: RelType, from: NodeLabel, to: NodeLabel): boolean {
  return CONNECTED.has(`${type} ${from} ${to}`);
}

/** Agency levels. */
export const AGENCY_LEVELS = [
  "central",
  "provincial",
  "prefectural",
  "county",
  "association",
  "academic",
  "foreign",
] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

/** Measure kinds. */
export const MEASURE_KINDS = [
  "notice",
  "announcement",
  "measures",
  "meeting",
  "campaign",
  "enforcement",
  "law",
  "catalogue",
  "other",
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Display colours by label, shared by the web legend and exports. */
export const LABEL_COLORS: Record<NodeLabel, string> = {
  Agency: "#d62728",
  Province: "#2ca02c",
  Company: "#1f77b4",
  Official: "#9467bd",
  Measure: "#ff7f0e",
  Person: "#8c564b",
  Place: "#17becf",
  Country: "#7f7f7f",
  Document: "#bcbd22",
  Sentence: "#c7c7c7",
};

/**
 * Display colours by relationship type (edges on the canvas, the legend, GEXF): one hue per
 * family — issuing and implementing (warm), where things apply (green), people (violet),
 * enforcement (red), movement (blue), citation and evidence (grey).
 */
export const REL_COLORS: Record<RelType, string> = {
  ISSUED: "#e6772e",
  IMPLEMENTS: "#c9a227",
  CITES: "#8d8d8d",
  APPLIES_TO: "#3a9d5d",
  TARGETS: "#7aa33b",
  LOCATED_IN: "#49a6a6",
  IN_PROVINCE: "#2f8f8f",
  SERVES_AT: "#8e63b8",
  AFFILIATED_WITH: "#b07aa1",
  WORKED_WITH: "#c26fc2",
  SANCTIONED: "#d1453b",
  ACTED_ON: "#c2185b",
  MOVED_TO: "#3f7fd1",
  MENTIONS: "#b5b5b5",
  HAS_SENTENCE: "#cfcfcf",
};

/** How a relationship type reads as a caption: `SERVES_AT` → "serves at". */
export function relCaption(type: string): string {
  return type.toLowerCase().replace(/_/g, " ");
}

export type PropValue = string | number | boolean | null | string[];

/** A node as every layer sees it: store-neutral, plain JSON. */
export interface KgNode {
  id: string;
  label: NodeLabel;
  properties: Record<string, PropValue>;
}

/** A relationship as every layer sees it. */
export interface KgEdge {
  id: string;
  type: RelType;
  source: string;
  target: string;
  properties: Record<string, PropValue>;
}

/** A set of nodes and edges: what ingest loads, what a query or export returns. */
export interface GraphBatch {
  nodes: KgNode[];
  edges: KgEdge[];
}

// ---------------------------------------------------------------- ids

/**
 * Deterministic id of an entity: label + canonical name (or a division code).
 * @example entityId("Agency", "中国人民银行") === "agency:中国人民银行"
 */
export function entityId(label: EntityLabel, key: string): string {
  if (!key) throw new Error(`schema/entityId: invalid \`key\` for ${label}. Expecting a non-empty string.`);
  return `${label.toLowerCase()}:${key}`;
}

/** @example documentId("seeds/000_57e0f5cb65e350e3.txt") === "doc:000_57e0f5cb65e350e3" */
export function documentId(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return `doc:${base.replace(/\.[^.]+$/, "")}`;
}

/** @example sentenceId("doc:000", 3) === "doc:000#3" */
export function sentenceId(docId: string, index: number): string {
  return `${docId}#${index}`;
}

/**
 * The document of a sentence id, sentenceId's inverse: everything before the last `#` (a file's name may hold one).
 * @example sentenceDocument("doc:a#b#3") === "doc:a#b"
 */
export function sentenceDocument(sentence: string): string {
  return sentence.slice(0, sentence.lastIndexOf("#"));
}

/** @example edgeId("ISSUED", "agency:a", "measure:b") === "ISSUED:agency:a->measure:b" */
export function edgeId(type: RelType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}

/**
 * Parse the type, source and target out of an edge id made by edgeId, or null.
 * @example parseEdgeId("ISSUED:agency:a->measure:b") // { type: "ISSUED", source: "agency:a", target: "measure:b" }
 */
export function parseEdgeId(id: string): { type: string; source: string; target: string } | null {
  const colon = id.indexOf(":");
  const arrow = id.indexOf("->", colon);
  if (colon < 0 || arrow < 0) return null;
  return { type: id.slice(0, colon), source: id.slice(colon + 1, arrow), target: id.slice(arrow + 2) };
}

/** The label encoded in an id made by the helpers above, or null. */
export function labelOfId(id: string): NodeLabel | null {
  if (id.startsWith("doc:")) return id.includes("#") ? "Sentence" : "Document";
  const prefix = id.slice(0, id.indexOf(":"));
  return ((NODE_LABELS as readonly string[]).find((l) => l.toLowerCase() === prefix) as NodeLabel | undefined) ?? null;
}

export function isNodeLabel(x: unknown): x is NodeLabel {
  return typeof x === "string" && (NODE_LABELS as readonly string[]).includes(x);
}
export function isRelType(x: unknown): x is RelType {
  return typeof x === "string" && (REL_TYPES as readonly string[]).includes(x);
}

/** The name to show for a node. */
export function displayName(node: KgNode): string {
  const p = node.properties;
  const s = (p.name ?? p.title ?? node.id) as string;
  return node.label === "Sentence" && typeof p.text === "string"
    ? p.text.slice(0, 24) + (p.text.length > 24 ? "…" : "")
    : s;
}

// ---------------------------------------------------------------- graphology JSON

/** graphology's serialized format, as exported by the CLI, API and web. */
export interface SerializedGraph {
  attributes: Record<string, unknown>;
  options: { type: "directed"; multi: true; allowSelfLoops: true };
  nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
  edges: Array<{ key: string; source: string; target: string; attributes: Record<string, unknown> }>;
}

/** Turn a batch into graphology's serialized format (node `label` = display name, `kind` = node label; edge `kind` = type). */
export function toSerializedGraph(batch: GraphBatch, attributes: Record<string, unknown> = {}): SerializedGraph {
  const keys = new Set(batch.nodes.map((n) => n.id));
  return {
    attributes,
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: batch.nodes.map((n) => {
      // `kind` is the node label here; a Measure's own kind (notice, meeting…) becomes `measureKind`.
      // `search` is an internal matching key and is left out.
      const { kind, search, ...rest } = n.properties;
      void search;
      return {
        key: n.id,
        attributes: {
          ...rest,
          ...(kind !== undefined ? { [`${n.label.toLowerCase()}Kind`]: kind } : {}),
          label: displayName(n),
          kind: n.label,
          name: n.properties.name ?? displayName(n),
          aliases: n.properties.aliases ?? [],
        },
      };
    }),
    edges: batch.edges
      .filter((e) => keys.has(e.source) && keys.has(e.target))
      .map((e) => ({ key: e.id, source: e.source, target: e.target, attributes: { ...e.properties, kind: e.type } })),
  };
}
