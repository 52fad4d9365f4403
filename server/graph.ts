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
  ENTITY_LABELS,
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
  OverviewAggregate,
  OverviewResponse,
  SearchHit,
  SearchResponse,
} from "../schema/api.js";

export type { Evidence, SearchHit };
import { normalizeQuery } from "../schema/text.js";
import { lookup, searchIndex, type IndexedEntity } from "./search-index.js";
import type { GraphStore, NodeValue, RelValue, Row } from "../store/types.js";
import { publicPath } from "./public-path.js";

const strip = <T extends { _type?: string }>(v: T): Omit<T, "_type"> => {
  const { _type, ...rest } = v;
  void _type;
  return rest;
};
const asNode = (v: unknown): KgNode => strip(v as NodeValue) as KgNode;
const asEdge = (v: unknown): KgEdge => strip(v as RelValue) as KgEdge;

/** Rank: exact name, exact alias, name prefix, alias prefix, substring. */
function score(e: IndexedEntity, q: string): number {
  const name = e.parts[0] ?? normalizeQuery(e.name);
  if (name === q) return 100;
  if (e.parts.includes(q)) return 90;
  if (name.startsWith(q)) return 70;
  if (e.parts.some((p) => p.startsWith(q))) return 60;
  return 40;
}

/**
 * Find entities by name or alias, Simplified or Traditional, through the in-memory bigram index
 * (server/search-index.ts). Ranked by match, then degree, then shorter names.
 * @example await search(store, "人民銀行") // [{ id: "agency:中国人民银行", … }]
 */
export async function search(store: GraphStore, q: string, limit = 20): Promise<SearchResponse> {
  const normalized = normalizeQuery(q);
  if (!normalized) return { query: q, normalized, hits: [] };
  const found = lookup(await searchIndex(store), normalized);
  const hits = found
    .map((e) => ({ e, score: score(e, normalized) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.e.degree - a.e.degree ||
        a.e.name.length - b.e.name.length ||
        a.e.id.localeCompare(b.e.id),
    )
    .slice(0, limit)
    .map(({ e, score }) => ({ id: e.id, label: e.label, name: e.name, aliases: e.aliases, score }));
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
export function neighbourhood(
  store: GraphStore,
  id: string,
  options: { limit?: number; offset?: number; evidenceLimit?: number; kinds?: EntityLabel[] } = {},
): Promise<NodeResponse | null> {
  const { limit = 50, offset = 0, evidenceLimit = 200, kinds } = options;
  const key = JSON.stringify([id, limit, offset, evidenceLimit, kinds ?? null]);
  return perHandle(neighbourhoodCache, NEIGHBOURHOOD_CACHE_SIZE, store, key, () =>
    computeNeighbourhood(store, id, { limit, offset, evidenceLimit, kinds }),
  );
}

/** Neighbourhood pages kept per read-only handle (a hub's page is ~25 KB of JSON). */
const NEIGHBOURHOOD_CACHE_SIZE = 512;
const neighbourhoodCache = new WeakMap<GraphStore, Map<string, Promise<unknown>>>();

/**
 * An answer computed once per read-only handle and key, then shared (callers must not change it). A read-only
 * handle cannot see a write while open (Kuzu locks writers out; `kg serve` swaps in a new handle after one,
 * server/store-host.ts), so nothing kept here outlives the data it was read from; a handle that can write is
 * asked every time. At most `size` answers per handle, the least recently used dropped first; a failed answer is
 * forgotten.
 */
function perHandle<T>(
  caches: WeakMap<GraphStore, Map<string, Promise<unknown>>>,
  size: number,
  store: GraphStore,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  if (!isReadOnly(store)) return compute();
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new Map()));
  let hit = cache.get(key) as Promise<T> | undefined;
  if (hit)
    cache.delete(key); // re-inserted below: most recently used last
  else {
    if (cache.size >= size) cache.delete(cache.keys().next().value!);
    hit = compute();
    const c = cache;
    hit.catch(() => c.get(key) === hit && c.delete(key));
  }
  cache.set(key, hit);
  return hit;
}

async function computeNeighbourhood(
  store: GraphStore,
  id: string,
  {
    limit,
    offset,
    evidenceLimit,
    kinds,
  }: { limit: number; offset: number; evidenceLimit: number; kinds?: EntityLabel[] },
): Promise<NodeResponse | null> {
  const label = labelOfId(id);
  if (!label) return null;
  // Only some kinds of neighbours (an expansion that respects the legend's filter); paging and total count those.
  const byKind = kinds !== undefined;
  if (byKind && kinds.length === 0) {
    const node = await getNode(store, id);
    return node ? { node, neighbours: [], edges: [], total: 0, limit, offset, evidence: [] } : null;
  }
  // Four labelled statements at once (the read pool runs them side by side): the node, the count, the page
  // with its edges, the evidence.
  const [nodeRows, countRows, pageRows, evidence] = await Promise.all([
    store.run("node", { id }, { label }),
    store.run(byKind ? "neighbour-count-of-kinds" : "neighbour-count", byKind ? { id, kinds } : { id }, { label }),
    store.run(
      byKind ? "neighbours-of-kinds" : "neighbours",
      byKind ? { id, kinds, offset, limit } : { id, offset, limit },
      { label },
    ),
    nodeEvidence(store, id, label, evidenceLimit),
  ]);
  if (!nodeRows.length) return null;
  const edges = new Map<string, KgEdge>();
  for (const r of pageRows) for (const e of (r.rels as unknown[]) ?? []) edges.set(asEdge(e).id, asEdge(e));
  return {
    node: asNode(nodeRows[0].n),
    neighbours: pageRows.map((r) => asNode(r.m)),
    edges: [...edges.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    total: Number(countRows[0]?.total ?? 0),
    limit,
    offset,
    evidence,
  };
}

/**
 * The sentences that mention a node (at most `limit`, the first in sentence-key order), oldest first. On a
 * read-only handle whose document titles are loaded (`readyDocuments`), the statement reads the sentences alone
 * and the documents are joined here; otherwise node-evidence reads both.
 */
async function nodeEvidence(store: GraphStore, id: string, label: NodeLabel, limit: number): Promise<Evidence[]> {
  const documents = readyDocuments(store);
  if (documents) {
    const rows = await store.run("node-evidence-sentences", { id, limit }, { label });
    const found = rows.map((r) => {
      const ev = evidenceOf(r, asEdge(r.m));
      const d = documents.get(String(asNode(r.s).properties.docId));
      return (
        d && {
          ...ev,
          docId: d.id,
          docTitle: d.docTitle,
          published: d.published,
          idx: Number(asNode(r.s).properties.idx),
        }
      );
    });
    if (found.every((e) => e !== undefined)) {
      // as node-evidence orders them: published (undated last), document, position
      const cmp = (a: string | null, b: string | null) =>
        a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
      found.sort((a, b) => cmp(a.published, b.published) || cmp(a.docId, b.docId) || a.idx - b.idx);
      return found.map(({ idx, ...e }) => (void idx, e));
    }
  }
  const rows = await store.run("node-evidence", { id, limit }, { label });
  return rows.map((r) => evidenceOf(r, asEdge(r.m)));
}

interface DocumentTitle {
  id: string;
  docTitle: string | null;
  published: string | null;
}
const documentTitles = new WeakMap<GraphStore, Map<string, DocumentTitle> | Promise<unknown>>();

/**
 * Every document's title and date, by id, of a read-only handle (it cannot change while open; a write swaps in
 * a new handle): null until loaded, the first call starting the load (one statement, in the background, so no
 * request waits for it). A handle that can write: always null.
 */
function readyDocuments(store: GraphStore): Map<string, DocumentTitle> | null {
  if (!isReadOnly(store)) return null;
  const got = documentTitles.get(store);
  if (got instanceof Map) return got;
  if (!got)
    documentTitles.set(
      store,
      store.run("document-titles").then(
        (rows) => {
          const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
          const map = new Map(
            rows.map((r) => [
              String(r.id),
              { id: String(r.id), docTitle: str(r.docTitle), published: str(r.published) },
            ]),
          );
          documentTitles.set(store, map);
        },
        () => documentTitles.delete(store),
      ),
    );
  return null;
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

/** Every entity and the relationships among them (no Documents, Sentences, MENTIONS): the default export. */
export async function overview(store: GraphStore): Promise<GraphBatch> {
  const [nodeRows, edgeRows] = await Promise.all([store.run("entity-nodes"), store.run("entity-edges")]);
  return { nodes: nodeRows.map((r) => asNode(r.n)), edges: edgeRows.map((r) => asEdge(r.r)) };
}

export interface OverviewOptions {
  /** At most this many entities (the top ones by degree). */
  limit?: number;
  /** Only these kinds (default: every entity kind). */
  kinds?: readonly EntityLabel[];
  /** Only the province (an id) and the entities related to it. */
  province?: string | null;
  /** Only entities with a relationship dated in [from, to] (YYYY-MM-DD; either may be open). */
  from?: string | null;
  to?: string | null;
}

/** The default number of entities in the overview. */
export const OVERVIEW_LIMIT = 1_000;

/**
 * The overview the explorer opens with: the top entities by degree (precomputed at ingest,
 * store/ranking.ts) among the filtered ones, the relationships among them, and how many the filters
 * match (`total`: the "N more" the explorer offers).
 * @example await rankedOverview(store, { limit: 500, kinds: ["Agency", "Measure"] })
 */
export function rankedOverview(store: GraphStore, options: OverviewOptions = {}): Promise<OverviewResponse> {
  // a read-only store cannot change while open: each distinct overview is computed once (bounded cache)
  const key = JSON.stringify([options.limit, options.kinds, options.province, options.from, options.to]);
  return perHandle(overviewCache, OVERVIEW_CACHE_SIZE, store, key, () => computeOverview(store, options));
}

const OVERVIEW_CACHE_SIZE = 32;
const overviewCache = new WeakMap<GraphStore, Map<string, Promise<unknown>>>();

/** Whether a store says it is read-only (the embedded store as served). */
export const isReadOnly = (store: GraphStore): boolean => (store as { readOnly?: boolean }).readOnly === true;

async function computeOverview(store: GraphStore, options: OverviewOptions): Promise<OverviewResponse> {
  const limit = options.limit ?? OVERVIEW_LIMIT;
  const kinds = [...(options.kinds ?? ENTITY_LABELS)];
  const dated = Boolean(options.from || options.to);
  let nodes: KgNode[];
  let degrees: number[];
  let total: number;
  if (!options.province && !dated) {
    const [nodeRows, countRows] = await Promise.all([
      store.run("overview-nodes", { kinds, limit }),
      store.run("overview-count", { kinds }),
    ]);
    nodes = nodeRows.map((r) => asNode(r.n));
    degrees = nodeRows.map((r) => Number(r.degree ?? 0));
    total = Number(countRows[0]?.total ?? 0);
  } else {
    // candidates from each filter (ranked), intersected here; then the top ones fetched by id
    const scopes = await Promise.all([
      options.province
        ? store
            .run("overview-in-province", { province: options.province })
            .then((rows) => [{ id: options.province, degree: Infinity }, ...rows])
        : null,
      dated
        ? store.run("overview-dated", { from: options.from || "0001-01-01", to: options.to || "9999-12-31" })
        : null,
    ]);
    const lists = scopes.filter((x): x is NonNullable<typeof x> => x !== null);
    const others = lists.slice(1).map((l) => new Set(l.map((r) => String(r.id))));
    const wanted = new Set<string>(kinds);
    const candidates = lists[0]
      .map((r) => ({ id: String(r.id), degree: Number(r.degree) }))
      .filter((r) => wanted.has(labelOfId(r.id) ?? "") && others.every((o) => o.has(r.id)))
      .sort((x, y) => y.degree - x.degree || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    total = candidates.length;
    const ids = candidates.slice(0, limit).map((c) => c.id);
    const order = new Map(ids.map((id, i) => [id, i]));
    const rows = (await store.run("overview-nodes-by-id", { ids })).sort(
      (x, y) => order.get(asNode(x.n).id)! - order.get(asNode(y.n).id)!,
    );
    nodes = rows.map((r) => asNode(r.n));
    degrees = rows.map((r) => Number(r.degree ?? 0));
  }
  const shown = new Set(nodes.map((n) => n.id));
  const min = Math.min(...degrees);
  const edgeRows = nodes.length ? await store.run("overview-edges", { min }) : [];
  const edges = edgeRows
    .map((r) => asEdge(r.r))
    .filter((e) => shown.has(e.source) && shown.has(e.target))
    .map(({ id, ...rest }) => (void id, rest));
  // `search` is an internal matching key: not sent
  for (const n of nodes) delete n.properties.search;
  return { nodes, edges, total, limit };
}

/** The aggregate view (what the explorer offers instead of drawing too much): entities by kind and by province. */
export async function overviewAggregate(store: GraphStore): Promise<OverviewAggregate> {
  const [kindRows, provinceRows] = await Promise.all([store.run("overview-kinds"), store.run("overview-provinces")]);
  return {
    kinds: kindRows.map((r) => ({ kind: String(r.kind) as EntityLabel, count: Number(r.count) })),
    provinces: provinceRows.map((r) => ({ id: String(r.id), name: String(r.name ?? r.id), count: Number(r.count) })),
  };
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
      const label = labelOfId(nid);
      if (!label) continue;
      const rows = await store.run("neighbours", { id: nid, offset: 0, limit: maxNodes }, { label });
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
  // Every relationship among the nodes reached: one statement per label of their sources (not one per node).
  const ids = [...nodes.keys()];
  const labels = new Set(ids.map((nid) => labelOfId(nid)).filter((l): l is NodeLabel => l !== null));
  for (const label of labels)
    for (const r of await store.run("edges-among", { ids }, { label })) {
      const e = asEdge(r.r);
      edges.set(e.id, e);
    }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}
