/**
 * Filters (kind, relationship type, province, date range): state, pure producers,
 * public actions, and the pure visibility predicates the canvas reducers use.
 */
import { atom, type Producer } from "../../core/atom.js";
import type { DataGraph } from "../../core/graph.js";
import type { NodeLabel, RelType } from "../../core/schema.js";
import { EMPTY_FILTERS, type FiltersState } from "./types.js";

export * from "./types.js";

export const filtersAtom = atom<FiltersState>(EMPTY_FILTERS);

const toggleIn = <T>(list: T[], x: T) => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]);

export const toggleKind: Producer<FiltersState, [NodeLabel]> = (kind) => (s) => ({
  ...s,
  hiddenKinds: toggleIn(s.hiddenKinds, kind),
});
export const toggleRelType: Producer<FiltersState, [RelType]> = (t) => (s) => ({
  ...s,
  hiddenRelTypes: toggleIn(s.hiddenRelTypes, t),
});
export const setDateRange: Producer<FiltersState, [string | null, string | null]> = (from, to) => (s) => ({
  ...s,
  dateFrom: from,
  dateTo: to,
});
export const setProvince: Producer<FiltersState, [string | null]> = (p) => (s) => ({ ...s, province: p });

/** Show only one node kind (every other entity kind hidden); again on the same kind shows all. */
export const onlyKind: Producer<FiltersState, [NodeLabel, readonly NodeLabel[]]> = (kind, all) => (s) => {
  const others = all.filter((k) => k !== kind);
  const already = others.every((k) => s.hiddenKinds.includes(k)) && !s.hiddenKinds.includes(kind);
  return { ...s, hiddenKinds: already ? [] : others };
};
/** Show only one relationship type; again on the same type shows all. */
export const onlyRelType: Producer<FiltersState, [RelType, readonly RelType[]]> = (t, all) => (s) => {
  const others = all.filter((k) => k !== t);
  const already = others.every((k) => s.hiddenRelTypes.includes(k)) && !s.hiddenRelTypes.includes(t);
  return { ...s, hiddenRelTypes: already ? [] : others };
};

/** Every kind and relationship type shown again (the legend's "Show all"); province and dates stay. */
export const showAllKindsAndTypes: Producer<FiltersState, []> = () => (s) => ({
  ...s,
  hiddenKinds: [],
  hiddenRelTypes: [],
});

export const filterActions = {
  showAllKindsAndTypes: () => filtersAtom.set(showAllKindsAndTypes()),
  onlyKind: (k: NodeLabel, all: readonly NodeLabel[]) => filtersAtom.set(onlyKind(k, all)),
  onlyRelType: (t: RelType, all: readonly RelType[]) => filtersAtom.set(onlyRelType(t, all)),
  toggleKind: (k: NodeLabel) => filtersAtom.set(toggleKind(k)),
  toggleRelType: (t: RelType) => filtersAtom.set(toggleRelType(t)),
  setDateRange: (from: string | null, to: string | null) => filtersAtom.set(setDateRange(from, to)),
  setProvince: (p: string | null) => filtersAtom.set(setProvince(p)),
  reset: () => filtersAtom.set(EMPTY_FILTERS),
};

export function isFiltered(f: FiltersState): boolean {
  return f.hiddenKinds.length > 0 || f.hiddenRelTypes.length > 0 || !!f.dateFrom || !!f.dateTo || !!f.province;
}

export function inDateRange(date: string | null, f: FiltersState): boolean {
  if (!date) return true;
  if (f.dateFrom && date < f.dateFrom) return false;
  if (f.dateTo && date > f.dateTo) return false;
  return true;
}

/** Nodes within one hop of the province (the province itself, places in it, what applies to or is located in it). */
export function provinceScope(graph: DataGraph, province: string | null): Set<string> | null {
  if (!province || !graph.hasNode(province)) return null;
  const scope = new Set<string>([province]);
  graph.forEachNeighbor(province, (n) => scope.add(n));
  // one more hop for places in the province (what applies to a prefecture applies within the province)
  for (const n of [...scope])
    if (graph.getNodeAttribute(n, "kind") === "Place") graph.forEachNeighbor(n, (m) => scope.add(m));
  return scope;
}

/** Relationship types that record an event (their `date` is when it happened); undated ones are listed apart. */
export const EVENT_REL_TYPES: readonly RelType[] = ["ISSUED", "SANCTIONED", "MOVED_TO", "ACTED_ON"];

export const hasDateRange = (f: FiltersState) => !!f.dateFrom || !!f.dateTo;

export interface TimeScope {
  /** Nodes shown while a date range is set: dated nodes in range, and the ends of every event in range. */
  nodes: Set<string>;
  /** Edges shown: dated edges in range, and undated non-event edges between a dated in-range node and a shown node. */
  edges: Set<string>;
  /** Events without a date (undated measures, undated event relationships): listed apart, not drawn. */
  undatedNodes: string[];
  undatedEdges: string[];
}

/**
 * What a date range leaves: the events (dated measures, dated relationships) inside it and what
 * they connect. Undated entities (agencies, provinces) stay only through an event in range;
 * undated events are counted apart. Null when no range is set.
 */
export function timeScope(graph: DataGraph, f: FiltersState): TimeScope | null {
  if (!hasDateRange(f)) return null;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const undatedNodes: string[] = [];
  const undatedEdges: string[] = [];
  graph.forEachNode((n, a) => {
    if (a.date) {
      if (inDateRange(a.date, f)) nodes.add(n);
    } else if (a.kind === "Measure") undatedNodes.push(n);
  });
  graph.forEachEdge((e, a, s, t) => {
    if (a.date) {
      if (inDateRange(a.date, f)) {
        edges.add(e);
        nodes.add(s);
        nodes.add(t);
      }
    } else if (
      EVENT_REL_TYPES.includes(a.kind) &&
      !graph.getNodeAttribute(s, "date") &&
      !graph.getNodeAttribute(t, "date")
    )
      // an edge to a dated measure happened on the measure's date: only truly undated events are listed apart
      undatedEdges.push(e);
  });
  // undated links of an in-range dated node (a measure's issuer, the province it applies to) come with it
  graph.forEachEdge((e, a, s, t) => {
    if (a.date) return;
    const sd = graph.getNodeAttribute(s, "date");
    const td = graph.getNodeAttribute(t, "date");
    if ((sd && nodes.has(s)) || (td && nodes.has(t))) {
      edges.add(e);
      nodes.add(s);
      nodes.add(t);
    }
  });
  // a dated node outside the range never comes back through a link
  for (const n of [...nodes]) {
    const d = graph.getNodeAttribute(n, "date");
    if (d && !inDateRange(d, f)) nodes.delete(n);
  }
  for (const e of [...edges]) {
    const [s, t] = graph.extremities(e);
    if (!nodes.has(s) || !nodes.has(t)) edges.delete(e);
  }
  return { nodes, edges, undatedNodes, undatedEdges };
}

/** timeScope, computed once per filters state and graph content (the reducers ask per node). */
let cached: { f: FiltersState; graph: DataGraph; order: number; size: number; scope: TimeScope | null } | null = null;
export function cachedTimeScope(graph: DataGraph, f: FiltersState): TimeScope | null {
  if (!hasDateRange(f)) return null;
  if (cached && cached.f === f && cached.graph === graph && cached.order === graph.order && cached.size === graph.size)
    return cached.scope;
  const scope = timeScope(graph, f);
  cached = { f, graph, order: graph.order, size: graph.size, scope };
  return scope;
}

export function isNodeVisible(graph: DataGraph, node: string, f: FiltersState, scope: Set<string> | null): boolean {
  const a = graph.getNodeAttributes(node);
  if (f.hiddenKinds.includes(a.kind)) return false;
  const time = cachedTimeScope(graph, f);
  if (time && !time.nodes.has(node)) return false;
  if (scope && !scope.has(node)) return false;
  return true;
}

export function isEdgeVisible(graph: DataGraph, edge: string, f: FiltersState): boolean {
  const a = graph.getEdgeAttributes(edge);
  if (f.hiddenRelTypes.includes(a.kind)) return false;
  const time = cachedTimeScope(graph, f);
  return !time || time.edges.has(edge);
}
