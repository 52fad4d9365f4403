/**
 * What the API and CLI ask of the graph, written once over the GraphStore
 * interface with named statements from cypher/: search, a node with its paged
 * neighbourhood and evidence, an edge with its evidence, a document with its
 * sentences and mentions, the overview, neighbourhoods at depth N, export.
 */
import {
  NODE_LABELS,
  REL_TYPES,
  isRelType,
  labelOfId,
  parseEdgeId,
  type EntityLabel,
  type GraphBatch,
  type KgEdge,
  type KgNode,
  type NodeLabel,
  type PropValue,
} from "../schema/index.js";
import type {
  DocumentResponse,
  EdgeResponse,
  Evidence,
  NodeResponse,
  SearchHit,
  SearchResponse,
} from "../schema/api.js";

export type { Evidence, SearchHit };
import { normalizeQuery, searchKeyParts } from "../schema/text.js";
import type { GraphStore, NodeValue, RelValue, Row } from "../store/types.js";
import { publicPath } from "./public-path.js";

const strip = <T extends { _type?: string }>(v: T): Omit<T, "_type"> => {
  const { _type, ...rest } = v;
  void _type;
  return rest;
};
const asNode = (v: unknown): KgNode => strip(v as NodeValue) as KgNode;
const asEdge = (v: unknown): KgEdge => strip(v as RelValue) as KgEdge;

/** Rank: exact name, exact alias, name prefix, alias prefix, substring; shorter names first. */
function score(node: KgNode, q: string): number {
  const name = normalizeQuery(String(node.properties.name ?? ""));
  const parts = searchKeyParts(node.properties.search);
  if (name === q) return 100;
  if (parts.includes(q)) return 90;
  if (name.startsWith(q)) return 70;
  if (parts.some((p) => p.startsWith(q))) return 60;
  return 40;
}

/**
 * Find entities by name or alias, Simplified or Traditional.
 * @example await search(store, "人民銀行") // [{ id: "agency:中国人民银行", … }]
 */
export async function search(store: GraphStore, q: string, limit = 20): Promise<SearchResponse> {
  const normalized = normalizeQuery(q);
  if (!normalized) return { query: q, normalized, hits: [] };
  const rows = await store.run("search", { q: normalized, limit: 500 });
  const hits = rows
    .map((r) => asNode(r.n))
    .map((n) => ({
      id: n.id,
      label: n.label as NodeLabel,
      name: String(n.properties.name ?? n.id),
      aliases: (n.properties.aliases as string[] | null) ?? [],
      score: score(n, normalized),
    }))
    .sort((a, b) => b.score - a.score || a.name.length - b.name.length || a.id.localeCompare(b.id))
    .slice(0, limit);
  return { query: q, normalized, hits };
}

function evidenceOf(row: Row, mention?: KgEdge): Evidence {
  const s = asNode(row.s);
  return {
    sentenceId: s.id,
    docId: String(row.docId),
    docTitle: (row.docTitle as string | null) ?? null,
    published: (row.published as string | null) ?? null,
    text: String(s.properties.text ?? ""),
    sentenceStart: Number(s.properties.start ?? 0),
    sentenceEnd: Number(s.properties.end ?? 0),
    surface: (mention?.properties.surface as string | undefined) ?? null,
    start: mention ? Number(mention.properties.start) : null,
    end: mention ? Number(mention.properties.end) : null,
  };
}

export async function getNode(store: GraphStore, id: string): Promise<KgNode | null> {
  const label = labelOfId(id);
  if (!label) return null;
  const rows = await store.run("node", { id }, { label });
  return rows.length ? asNode(rows[0].n) : null;
}

/**
 * A node, one page of its entity neighbours (stable order), the edges to them, and the sentences that mention it.
 * @example await neighbourhood(store, "agency:中国人民银行", { limit: 50 })
 */
export async function neighbourhood(
  store: GraphStore,
  id: string,
  {
    limit = 50,
    offset = 0,
    evidenceLimit = 200,
    kinds,
  }: { limit?: number; offset?: number; evidenceLimit?: number; kinds?: EntityLabel[] } = {},
): Promise<NodeResponse | null> {
  const node = await getNode(store, id);
  if (!node) return null;
  // Only some kinds of neighbours (an expansion that respects the legend's filter); paging and total count those.
  const byKind = kinds !== undefined;
  if (byKind && kinds.length === 0) return { node, neighbours: [], edges: [], total: 0, limit, offset, evidence: [] };
  const [countRows, pageRows, evidenceRows] = [
    await store.run(byKind ? "neighbour-count-of-kinds" : "neighbour-count", byKind ? { id, kinds } : { id }),
    await store.run(
      byKind ? "neighbours-of-kinds" : "neighbours",
      byKind ? { id, kinds, offset, limit } : { id, offset, limit },
    ),
    await store.run("node-evidence", { id, limit: evidenceLimit }),
  ];
  const neighbours = pageRows.map((r) => asNode(r.m));
  const edgeRows = await store.run("edges-between", { id, ids: neighbours.map((n) => n.id) });
  return {
    node,
    neighbours,
    edges: edgeRows.map((r) => asEdge(r.r)),
    total: Number(countRows[0]?.total ?? 0),
    limit,
    offset,
    evidence: evidenceRows.map((r) => evidenceOf(r, asEdge(r.m))),
  };
}

/** How many ids one `nodesByIds` call may ask for. */
export const MAX_NODES_BY_IDS = 1_000;

/**
 * Nodes by id and the relationships among them (what a shared URL's node
 * list restores), one named statement per label; unknown ids are left out.
 * @example await nodesByIds(store, ["agency:中国人民银行", "province:内蒙古自治区"])
 */
export async function nodesByIds(store: GraphStore, ids: readonly string[]): Promise<GraphBatch> {
  const byLabel = new Map<NodeLabel, string[]>();
  for (const id of new Set(ids)) {
    const label = labelOfId(id);
    if (label) byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  }
  const all = [...new Set(ids)];
  const nodes: KgNode[] = [];
  const edges = new Map<string, KgEdge>();
  for (const [label, some] of byLabel) {
    for (const r of await store.run("nodes-by-ids", { ids: some }, { label })) nodes.push(asNode(r.n));
    for (const r of await store.run("edges-among", { ids: all }, { label })) {
      const e = asEdge(r.r);
      edges.set(e.id, e);
    }
  }
  return { nodes, edges: [...edges.values()] };
}

/** Sentences by id, with their documents. */
export async function sentences(store: GraphStore, ids: string[]): Promise<Evidence[]> {
  const rows = await store.run("sentences", { ids });
  return rows.map((r) => evidenceOf(r));
}

/** An edge with its endpoints and supporting sentences (the mention inside each sentence marked). */
export async function getEdge(store: GraphStore, id: string): Promise<EdgeResponse | null> {
  // The edge is found from its two ends (parsed from its id), so both stores look them up by key.
  const ends = parseEdgeId(id);
  const [label, other] = [labelOfId(ends?.source ?? ""), labelOfId(ends?.target ?? "")];
  if (!ends || !isRelType(ends.type) || !label || !other) return null;
  const rows = await store.run(
    "edge",
    { id, source: ends.source, target: ends.target },
    { label, other, type: ends.type },
  );
  if (!rows.length) return null;
  const edge = asEdge(rows[0].r);
  const ids = (edge.properties.evidence as string[] | null) ?? [];
  const evidence = await sentences(store, ids);
  const marks = await store.run("sentence-mentions", { ids, entities: [edge.source, edge.target] });
  for (const ev of evidence) {
    ev.marks = marks
      .filter((m) => m.sentenceId === ev.sentenceId)
      .map((m) => {
        const p = asEdge(m.m).properties;
        return {
          entityId: String(m.entityId),
          surface: String(p.surface ?? ""),
          start: Number(p.start),
          end: Number(p.end),
        };
      })
      .sort((a, b) => a.start - b.start);
  }
  return { edge, source: asNode(rows[0].a), target: asNode(rows[0].b), evidence };
}

/** A document's full text (original characters), sentence offsets and entity mentions. */
export async function getDocument(store: GraphStore, id: string): Promise<DocumentResponse | null> {
  const rows = await store.run("document", { id });
  if (!rows.length) return null;
  const d = asNode(rows[0].d).properties;
  const str = (v: PropValue | undefined) => (v === null || v === undefined ? null : String(v));
  const sentenceRows = await store.run("document-sentences", { id });
  const mentionRows = await store.run("document-mentions", { id });
  return {
    document: {
      id,
      title: str(d.title),
      // a display name for articles without a title (the opening words)
      name: str(d.name),
      outlet: str(d.outlet),
      author: str(d.author),
      published: str(d.published),
      dateInferred: Boolean(d.dateInferred),
      url: str(d.url),
      // where it was read from, without the server's absolute paths
      path: d.path ? publicPath(String(d.path)) : null,
      text: String(d.text ?? ""),
    },
    sentences: sentenceRows.map((r) => {
      const s = asNode(r.s);
      return {
        id: s.id,
        index: Number(s.properties.idx),
        start: Number(s.properties.start),
        end: Number(s.properties.end),
        text: String(s.properties.text ?? ""),
      };
    }),
    mentions: mentionRows.map((r) => {
      const e = asNode(r.e);
      const m = asEdge(r.m);
      return {
        sentenceId: String(r.sentenceId),
        entityId: e.id,
        label: e.label as NodeLabel,
        name: String(e.properties.name ?? e.id),
        surface: String(m.properties.surface ?? ""),
        start: Number(m.properties.start),
        end: Number(m.properties.end),
      };
    }),
  };
}

export async function listDocuments(store: GraphStore): Promise<Row[]> {
  const rows = await store.run("documents");
  return rows.map((r) => (typeof r.path === "string" ? { ...r, path: publicPath(r.path) } : r));
}

/** Every entity and the relationships among them (no Documents, Sentences, MENTIONS). */
export async function overview(store: GraphStore): Promise<GraphBatch> {
  const nodes = (await store.run("overview-nodes")).map((r) => asNode(r.n));
  const edges = (await store.run("overview-edges")).map((r) => asEdge(r.r));
  return { nodes, edges };
}

/** The whole graph, Documents and Sentences included: label by label, type by type, each by id. */
export async function wholeGraph(store: GraphStore): Promise<GraphBatch> {
  const nodes: KgNode[] = [];
  const edges: KgEdge[] = [];
  for (const label of NODE_LABELS) for (const r of await store.run("all-nodes", {}, { label })) nodes.push(asNode(r.n));
  for (const type of REL_TYPES) for (const r of await store.run("all-edges", {}, { type })) edges.push(asEdge(r.r));
  return { nodes, edges };
}

/** Resolve a name or id to one entity id (exact id, else the best search hit). */
export async function resolveNode(store: GraphStore, nameOrId: string): Promise<KgNode | null> {
  const byId = await getNode(store, nameOrId);
  if (byId) return byId;
  const { hits } = await search(store, nameOrId, 1);
  return hits.length ? getNode(store, hits[0].id) : null;
}

/**
 * The entity neighbourhood of a node out to `depth` steps (breadth-first, entity nodes only),
 * with every relationship among the nodes reached.
 */
export async function around(store: GraphStore, id: string, depth: number, maxNodes = 5_000): Promise<GraphBatch> {
  if (!Number.isInteger(depth) || depth < 0 || depth > 6)
    throw new Error("around: invalid `depth`. Expecting an integer from 0 to 6.");
  const start = await getNode(store, id);
  if (!start) return { nodes: [], edges: [] };
  const nodes = new Map<string, KgNode>([[start.id, start]]);
  const edges = new Map<string, KgEdge>();
  let frontier = [start.id];
  for (let d = 0; d < depth && frontier.length && nodes.size < maxNodes; d++) {
    const next: string[] = [];
    for (const nid of frontier) {
      const rows = await store.run("neighbours", { id: nid, offset: 0, limit: maxNodes });
      for (const r of rows) {
        const m = asNode(r.m);
        if (!nodes.has(m.id) && nodes.size < maxNodes) {
          nodes.set(m.id, m);
          next.push(m.id);
        }
      }
    }
    frontier = next;
  }
  // Every relationship among the nodes reached.
  const ids = [...nodes.keys()];
  for (const nid of ids) {
    for (const r of await store.run("edges-between", { id: nid, ids })) {
      const e = asEdge(r.r);
      edges.set(e.id, e);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
