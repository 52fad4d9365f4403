/**
 * Shortest paths between two entities over entity relationships (not through
 * sentences or documents), each hop with the sentences that support it. One
 * dialect-specific named statement (Kuzu `* ALL SHORTEST`, Neo4j
 * `allShortestPaths`), bounded at 6 steps in the file; the caller's maximum is
 * applied here, so "not connected within N steps" is exact for N ≤ 6.
 *
 * @example await shortestPaths(store, "agency:国家发展和改革委员会", "agency:内蒙古自治区发展和改革委员会", 4) // length: null
 */
import { labelOfId, type KgEdge, type KgNode } from "../schema/index.js";
import type { PathsResponse } from "../schema/api.js";
import type { GraphStore, NodeValue, RelValue } from "../store/types.js";
import { getNode, sentences } from "./graph.js";

export const MAX_PATH_STEPS = 6;
/** Sentences shown per hop. */
export const HOP_EVIDENCE = 3;

const strip = <T extends { _type?: string }>(v: T) => {
  const { _type, ...rest } = v;
  void _type;
  return rest;
};

export class PathsInputError extends Error {}

export async function shortestPaths(
  store: GraphStore,
  a: string,
  b: string,
  maxSteps = 4,
): Promise<PathsResponse | null> {
  if (!Number.isInteger(maxSteps) || maxSteps < 1 || maxSteps > MAX_PATH_STEPS)
    throw new PathsInputError(`paths: invalid \`max\`. Expecting an integer from 1 to ${MAX_PATH_STEPS}.`);
  if (a === b) throw new PathsInputError("paths: `a` and `b` are the same node. Expecting two different entities.");
  const la = labelOfId(a);
  const lb = labelOfId(b);
  const [na, nb] = await Promise.all([getNode(store, a), getNode(store, b)]);
  if (!la || !lb || !na || !nb) return null;
  const rows = await store.run("shortest-paths", { a, b }, { label: la, other: lb });
  const paths = rows
    .map((r) => ({
      nodes: (r.ns as NodeValue[]).map((n) => strip(n) as KgNode),
      edges: (r.rs as RelValue[]).map((e) => strip(e) as KgEdge),
    }))
    .filter((p) => p.edges.length <= maxSteps);
  // evidence for every hop, fetched once
  const ids = [
    ...new Set(
      paths.flatMap((p) => p.edges.flatMap((e) => ((e.properties.evidence as string[]) ?? []).slice(0, HOP_EVIDENCE))),
    ),
  ];
  const byId = new Map((ids.length ? await sentences(store, ids) : []).map((s) => [s.sentenceId, s]));
  // one copy of each path (a store may return the same path twice)
  const seen = new Set<string>();
  const out: PathsResponse["paths"] = [];
  for (const p of paths) {
    const key = p.edges.map((e) => e.id).join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      nodes: p.nodes,
      hops: p.edges.map((edge) => ({
        edge,
        evidence: ((edge.properties.evidence as string[]) ?? [])
          .slice(0, HOP_EVIDENCE)
          .map((id) => byId.get(id))
          .filter((s): s is NonNullable<typeof s> => !!s),
      })),
    });
  }
  return { a: na, b: nb, maxSteps, length: out.length ? out[0].hops.length : null, paths: out };
}
