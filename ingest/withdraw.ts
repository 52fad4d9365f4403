/**
 * The article is the unit of ownership: before a changed article's new
 * version is written, find what its old version contributed — its sentences
 * (and their MENTIONS), its sentence ids in every relationship's `evidence`,
 * relationships left with no evidence, entities left with no mention — so the
 * load withdraws it in the same transaction as the new version.
 * Reads by key only: the old document's mentioned entities, then the
 * relationships of each type that touch them.
 */
import { REL_SPECS, REL_TYPES, labelOfId, sentenceDocument, type KgEdge, type PropValue } from "../schema/index.js";
import type { EdgeKey, GraphStore, UpsertOptions } from "../store/types.js";

export interface Withdrawal {
  remove: NonNullable<UpsertOptions["remove"]>;
  /** Relationships the old versions shared with other articles, carried again with the evidence that is left. */
  kept: KgEdge[];
  /** Entity ids whose relationships changed or that were withdrawn. */
  touched: string[];
}

const ENTITY_RELS = REL_TYPES.filter((t) => t !== "MENTIONS" && t !== "HAS_SENTENCE");

/**
 * What withdrawing `docIds` (stored documents) means for the graph, given the entity ids the new versions mention.
 * @example await planWithdrawal(store, ["doc:a"], new Set(["agency:中国人民银行"]))
 */
export async function planWithdrawal(
  store: GraphStore,
  docIds: string[],
  stillMentioned: ReadonlySet<string>,
): Promise<Withdrawal> {
  const remove = { documents: [...docIds], nodes: [] as string[], edges: [] as EdgeKey[] };
  if (!docIds.length) return { remove, kept: [], touched: [] };
  // one set lookup per evidence id, not one test per withdrawn document (edges of hub entities carry thousands of
  // ids: 50 documents made this ~1.5 s of a re-ingest)
  const withdrawn = new Set(docIds);
  const fromWithdrawn = (s: string) => withdrawn.has(sentenceDocument(s));
  const oldEntities = new Set<string>();
  for (const id of docIds) for (const r of await store.run("document-entities", { id })) oldEntities.add(String(r.id));
  const kept: KgEdge[] = [];
  const keptEnds = new Set<string>();
  const touched = new Set<string>();
  const seen = new Set<string>();
  /** Read the relationships touching `ids`; withdraw the old documents' evidence from them. */
  const sweep = async (ids: string[]) => {
    for (const type of ENTITY_RELS) {
      for (const [from, to] of REL_SPECS[type].endpoints) {
        const ends = ids.filter((i) => {
          const l = labelOfId(i);
          return l === from || l === to;
        });
        if (!ends.length) continue;
        for (const row of await store.run("edges-touching", { ids: ends }, { label: from, type, other: to })) {
          const r = row.r as unknown as KgEdge | null;
          if (!r || seen.has(r.id)) continue;
          seen.add(r.id);
          const evidence = (r.properties.evidence as string[] | null) ?? [];
          const left = evidence.filter((s) => !fromWithdrawn(s));
          if (left.length === evidence.length) {
            keptEnds.add(r.source);
            keptEnds.add(r.target);
            continue;
          }
          remove.edges.push({ id: r.id, type: r.type, source: r.source, target: r.target });
          touched.add(r.source);
          touched.add(r.target);
          if (left.length) {
            const properties: Record<string, PropValue> = {};
            for (const k of Object.keys(REL_SPECS[type].properties)) properties[k] = r.properties[k] ?? null;
            properties.evidence = left;
            kept.push({ ...r, properties });
            keptEnds.add(r.source);
            keptEnds.add(r.target);
          }
        }
      }
    }
  };
  await sweep([...oldEntities]);
  // Entities the old version only related (never mentioned), e.g. a province inferred from a place: their other
  // relationships decide whether they stay.
  const related = [...touched].filter((id) => !oldEntities.has(id) && !stillMentioned.has(id));
  await sweep(related);
  const ids = [...oldEntities, ...related];
  for (const id of ids) {
    if (stillMentioned.has(id) || keptEnds.has(id)) continue;
    const label = labelOfId(id);
    if (!label) continue;
    const elsewhere = await store.run("entity-mentioned-elsewhere", { id, docs: docIds }, { label });
    if (!elsewhere.length) {
      remove.nodes.push(id);
      touched.add(id);
    }
  }
  return { remove, kept, touched: [...touched] };
}
