/**
 * Filters (kind, relationship type, province, date range): state, pure producers,
 * public actions, and the pure visibility predicates the canvas reducers use.
 */
import { atom, type Producer } from "../../core/atom.js";
import type { SigmaGraph } from "../../core/graph.js";
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

export const filterActions = {
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
export function provinceScope(graph: SigmaGraph, province: string | null): Set<string> | null {
  if (!province || !graph.hasNode(province)) return null;
  const scope = new Set<string>([province]);
  graph.forEachNeighbor(province, (n) => scope.add(n));
  // one more hop for places in the province (what applies to a prefecture applies within the province)
  for (const n of [...scope])
    if (graph.getNodeAttribute(n, "kind") === "Place") graph.forEachNeighbor(n, (m) => scope.add(m));
  return scope;
}

export function isNodeVisible(graph: SigmaGraph, node: string, f: FiltersState, scope: Set<string> | null): boolean {
  const a = graph.getNodeAttributes(node);
  if (f.hiddenKinds.includes(a.kind)) return false;
  if (!inDateRange(a.date, f)) return false;
  if (scope && !scope.has(node)) return false;
  return true;
}

export function isEdgeVisible(graph: SigmaGraph, edge: string, f: FiltersState): boolean {
  const a = graph.getEdgeAttributes(edge);
  if (f.hiddenRelTypes.includes(a.kind)) return false;
  return inDateRange(a.date, f);
}
