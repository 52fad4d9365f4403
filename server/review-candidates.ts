/**
 * Merge candidates for one entity: entities of the same kind whose normalized name is the same, whose name is
 * the other's alias, or that share a short form (an alias) — within one province when both are located in one;
 * two bodies in different provinces that share a short form (`发改委`) are different bodies and not suggested.
 */
import { normalizeQuery } from "../schema/text.js";
import type { CandidateReason, MergeCandidate } from "../schema/review.js";
import type { GraphStore } from "../store/types.js";
import { getNode } from "./graph.js";

/** Labels that have LOCATED_IN → Province (schema REL_SPECS). */
const LOCATED = new Set(["Agency", "Company"]);
const RANK: Record<CandidateReason, number> = {
  "same-name": 0,
  "name-is-alias": 1,
  "short-form-in-province": 2,
  "shared-alias": 3,
};

const keyOf = (s: string) => normalizeQuery(s).replace(/[\s·・,，、.。()（）《》“”"']/g, "");
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/**
 * @example await mergeCandidates(store, "agency:国家发展和改革委员会")
 * @returns null when there is no such entity
 */
export async function mergeCandidates(store: GraphStore, id: string, limit = 20): Promise<MergeCandidate[] | null> {
  const node = await getNode(store, id);
  if (!node) return null;
  const label = node.label;
  const rows = await store.run("review-entities", {}, { label });
  const provinces = new Map<string, Set<string>>();
  if (LOCATED.has(label))
    for (const r of await store.run("review-provinces", {}, { label })) {
      const set = provinces.get(String(r.id)) ?? new Set<string>();
      set.add(String(r.province));
      provinces.set(String(r.id), set);
    }
  const name = keyOf(String(node.properties.name ?? ""));
  const aliases = new Set(strings(node.properties.aliases).map(keyOf).filter(Boolean));
  const mine = provinces.get(node.id) ?? new Set<string>();
  const out: MergeCandidate[] = [];
  for (const r of rows) {
    const oid = String(r.id);
    if (oid === node.id) continue;
    const oname = keyOf(String(r.name ?? ""));
    const oaliases = new Set(strings(r.aliases).map(keyOf).filter(Boolean));
    const theirs = provinces.get(oid) ?? new Set<string>();
    const common = [...mine].filter((p) => theirs.has(p));
    const elsewhere = mine.size > 0 && theirs.size > 0 && common.length === 0;
    let reason: CandidateReason | null = null;
    let shared: string[];
    if (oname && oname === name) [reason, shared] = ["same-name", [name]];
    else if (!elsewhere && (aliases.has(oname) || oaliases.has(name)))
      [reason, shared] = ["name-is-alias", aliases.has(oname) ? [oname] : [name]];
    else {
      shared = [...aliases].filter((a) => oaliases.has(a));
      if (shared.length && !elsewhere) reason = common.length ? "short-form-in-province" : "shared-alias";
    }
    if (!reason) continue;
    out.push({
      id: oid,
      name: String(r.name ?? oid),
      aliases: strings(r.aliases),
      reason,
      shared: shared.sort(),
      province: reason === "short-form-in-province" ? (common.sort()[0] ?? null) : null,
    });
  }
  return out.sort((a, b) => RANK[a.reason] - RANK[b.reason] || a.id.localeCompare(b.id)).slice(0, limit);
}
