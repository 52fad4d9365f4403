/**
 * The overview's ranking, precomputed in the store: each entity's `degree`
 * (distinct related entities, MENTIONS not counted; schema RANKING_PROPERTIES),
 * refreshed for the entities a load touched. Read by cypher/overview-*.cypher
 * and the search index. The batched upserts never write it.
 */
import { ENTITY_LABELS, labelOfId, type EntityLabel } from "../schema/index.js";
import type { GraphStore } from "./types.js";

const CHUNK = 1_000;

/**
 * Recompute `degree` for the given entity ids (both ends of every relationship a load added or removed),
 * or for every entity when `ids` is omitted. Ids that are not entities are ignored. Returns how many ids
 * were refreshed.
 * @example await refreshRanking(store, ["agency:中国人民银行", "measure:关于…的通知"])
 */
export async function refreshRanking(store: Pick<GraphStore, "write">, ids?: Iterable<string>): Promise<number> {
  if (ids === undefined) {
    for (const label of ENTITY_LABELS) await store.write("refresh-ranking-all", {}, { label });
    return -1;
  }
  const byLabel = new Map<EntityLabel, string[]>();
  for (const id of new Set(ids)) {
    const label = labelOfId(id);
    if (!label || !(ENTITY_LABELS as readonly string[]).includes(label)) continue;
    const list = byLabel.get(label as EntityLabel) ?? [];
    list.push(id);
    byLabel.set(label as EntityLabel, list);
  }
  let n = 0;
  for (const [label, list] of byLabel)
    for (let i = 0; i < list.length; i += CHUNK) {
      const chunk = list.slice(i, i + CHUNK);
      await store.write("refresh-ranking", { ids: chunk }, { label });
      n += chunk.length;
    }
  return n;
}
