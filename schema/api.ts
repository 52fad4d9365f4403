/**
 * Shapes of the HTTP API's answers, defined once: server/ builds them, web/ consumes them.
 */
import type { StoreIdentity } from "./session.js";
import { edgeId, type EntityLabel, type GraphBatch, type KgEdge, type KgNode, type NodeLabel } from "./index.js";

/** A sentence that supports a node or an edge, with the mention's offsets in the document text. */
export interface Evidence {
  sentenceId: string;
  docId: string;
  docTitle: string | null;
  published: string | null;
  /** The sentence, in its original characters. */
  text: string;
  /** The mention (node evidence); null for an edge's supporting sentences. */
  surface: string | null;
  start: number | null;
  end: number | null;
  /** Edge evidence: where the edge's source and target are mentioned in this sentence (document offsets). */
  marks?: Array<{ entityId: string; surface: string; start: number; end: number }>;
  sentenceStart: number;
  sentenceEnd: number;
}

export interface SearchHit {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
  score: number;
}

export interface SearchResponse {
  query: string;
  normalized: string;
  hits: SearchHit[];
}

export interface NodeResponse {
  node: KgNode;
  neighbours: KgNode[];
  edges: KgEdge[];
  total: number;
  limit: number;
  offset: number;
  evidence: Evidence[];
}

/**
 * GET /api/graph: the top `limit` entities by degree among those the filters match, the relationships
 * among them, and how many match (`total`). Relationships come without their `id` (it is
 * `edgeId(type, source, target)`, a third of their bytes); `withEdgeIds` restores it.
 */
export interface OverviewResponse {
  nodes: KgNode[];
  edges: Array<Omit<KgEdge, "id">>;
  total: number;
  limit: number;
}

/** An overview as a GraphBatch: every relationship gets back its id. */
export function withEdgeIds(o: OverviewResponse): GraphBatch & { total: number; limit: number } {
  return { ...o, edges: o.edges.map((e) => ({ ...e, id: edgeId(e.type, e.source, e.target) })) };
}

/** GET /api/graph/aggregate: entities by kind and by province (what to look at instead of a graph too big to draw). */
export interface OverviewAggregate {
  kinds: Array<{ kind: EntityLabel; count: number }>;
  provinces: Array<{ id: string; name: string; count: number }>;
}

export interface EdgeResponse {
  edge: KgEdge;
  source: KgNode;
  target: KgNode;
  evidence: Evidence[];
}

export interface DocumentResponse {
  document: {
    id: string;
    title: string | null;
    /** A display name for articles without a title (their opening words). */
    name: string | null;
    outlet: string | null;
    author: string | null;
    published: string | null;
    dateInferred: boolean;
    url: string | null;
    path: string | null;
    text: string;
  };
  sentences: Array<{ id: string; index: number; start: number; end: number; text: string }>;
  mentions: Array<{
    sentenceId: string;
    entityId: string;
    label: NodeLabel;
    name: string;
    surface: string;
    start: number;
    end: number;
  }>;
}

/** A value in a Cypher result row. */
export type CypherValue =
  | string
  | number
  | boolean
  | null
  | CypherValue[]
  | ({ _type: "node" } & KgNode)
  | ({ _type: "relationship" } & KgEdge)
  | { _type: "path"; nodes: KgNode[]; edges: KgEdge[] }
  | { [k: string]: CypherValue };

export interface CypherResponse {
  columns: string[];
  rows: Array<Record<string, CypherValue>>;
  graph: GraphBatch;
  truncated: boolean;
  elapsedMs: number;
}

export interface CypherExample {
  name: string;
  description: string;
  query: string;
}

export interface StatsResponse {
  store: string;
  location: string;
  version: string;
  nodes: number;
  edges: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
  /** Which store this is (session files record it): id, counts, content fingerprint. */
  identity: StoreIdentity;
}

/** One sentence a text search found: where it is, and the match inside it (offsets into `text`, original characters). */
export interface TextHit {
  sentenceId: string;
  docId: string;
  docTitle: string | null;
  published: string | null;
  outlet: string | null;
  /** The sentence as written (Traditional stays Traditional). */
  text: string;
  /** The match, as offsets into `text` (covers the original characters, glosses included). */
  matchStart: number;
  matchEnd: number;
  /** Each occurrence of each query word, as offsets into `text` (what is marked: the words, not what lies between). */
  matches: Array<{ start: number; end: number }>;
  /** Offsets of the sentence in its document's text (to open the article at it). */
  sentenceStart: number;
  sentenceEnd: number;
  /** Ids of the entities the sentence mentions. */
  entities: string[];
}

export interface Facet {
  /** A document id, a date ("YYYY", "undated") or an entity id. */
  key: string;
  label: string;
  count: number;
}

/** GET /api/text-search?q=…[&doc=…][&entity=…][&year=…]: sentences and documents whose words match. */
export interface TextSearchResponse {
  query: string;
  normalized: string;
  /** Sentences matching before the facet filters and the limit. */
  total: number;
  truncated: boolean;
  hits: TextHit[];
  /** Documents whose title matches, or that hold a matching sentence, with how many. */
  documents: Array<{
    docId: string;
    title: string | null;
    published: string | null;
    outlet: string | null;
    sentences: number;
    titleMatch: boolean;
  }>;
  facets: { documents: Facet[]; dates: Facet[]; entities: Facet[] };
}

/** GET /api/documents: the article list. */
export interface DocumentListItem {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  path: string | null;
  /** Distinct entities its sentences mention. */
  entities: number;
  sentences: number;
}

/** One hop of a path: the relationship (as stored, with its direction) and the sentences that support it. */
export interface PathHop {
  edge: KgEdge;
  evidence: Evidence[];
}

/** GET /api/paths?a=…&b=…&max=N: the shortest paths between two entities, or none within N steps. */
export interface PathsResponse {
  a: KgNode;
  b: KgNode;
  maxSteps: number;
  /** Length of the shortest paths, or null when not connected within maxSteps. */
  length: number | null;
  paths: Array<{ nodes: KgNode[]; hops: PathHop[] }>;
}
