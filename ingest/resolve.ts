/**
 * resolve: mentions (and the entities their links point to) → canonical
 * entities with deterministic ids (entityId(label, canonical Simplified name)).
 * Traditional and Simplified forms meet in the normalized name; aliases are the
 * lexicon's short forms plus every form seen in the text.
 */
import { entityId, NODE_PROPERTIES, type PropValue } from "../schema/index.js";
import type { EntityRef, Link } from "./types.js";
import type { Entity, Mention, ResolvedMention } from "./types.js";

export interface Resolution {
  entities: Entity[];
  mentions: ResolvedMention[];
}

export const idOf = (ref: { label: Entity["label"]; name: string }): string => entityId(ref.label, ref.name);

/** Merge two property values: a non-null value wins over null; the first non-null is kept. */
const mergeProp = (a: PropValue | undefined, b: PropValue | undefined): PropValue =>
  a === undefined || a === null ? (b ?? null) : a;

/**
 * Resolve one document's mentions.
 * @example resolve(mentions, links).entities.find(e => e.id === "agency:中国人民银行")
 */
export function resolve(mentions: Mention[], links: Link[] = []): Resolution {
  const byId = new Map<string, Entity>();
  const add = (
    ref: EntityRef | (Mention & { name?: string }),
    aliases: string[],
    props: Record<string, PropValue>,
  ): string => {
    const label = ref.label;
    const name = "name" in ref && ref.name ? ref.name : (ref as Mention).normalized;
    const id = entityId(label, name);
    const declared = NODE_PROPERTIES[label];
    let e = byId.get(id);
    if (!e) {
      e = { id, label, name, aliases: [], properties: {} };
      for (const k of Object.keys(declared)) if (!["name", "aliases", "search"].includes(k)) e.properties[k] = null;
      byId.set(id, e);
    }
    for (const a of aliases) if (a && a !== name && !a.includes("\uFFFD") && !e.aliases.includes(a)) e.aliases.push(a);
    for (const [k, v] of Object.entries(props))
      if (k in declared && !["name", "aliases", "search"].includes(k)) e.properties[k] = mergeProp(e.properties[k], v);
    return id;
  };
  const resolved: ResolvedMention[] = mentions.map((m) => {
    const { aliases, ...props } = m.properties ?? {};
    const id = add(m, Array.isArray(aliases) ? aliases : [], props);
    return { ...m, entityId: id };
  });
  for (const l of links) {
    add(l.from, l.from.aliases, l.from.properties);
    add(l.to, l.to.aliases, l.to.properties);
  }
  return { entities: [...byId.values()].sort((a, b) => a.id.localeCompare(b.id)), mentions: resolved };
}
