/** LOCATED_IN for a body whose place is only in its name. */
import type { Entity, ResolvedMention } from "../types.js";
import { type RelateContext } from "./context.js";

/** LOCATED_IN from a body's name (a placed parent body, a division opening the name, a country). */
export function locatedByName(c: RelateContext): void {
  const { input, mentions, add, rels } = c;
  // LOCATED_IN for a body whose place is only in its name: a sub-unit of a body placed in the text (X市公安局经侦支队
  // → X市公安局's place), a division of the document at the start of its name, after a national prefix
  // (中国人民银行X支行), or a country opening a foreign body's name (美国联邦储备委员会)
  const placedIn = (id: string): boolean => [...rels.values()].some((r) => r.type === "LOCATED_IN" && r.source === id);
  const divisions = input.entities.filter(
    (e) => e.label === "Province" || e.label === "Place" || e.label === "Country",
  );
  const firstMention = new Map<string, ResolvedMention>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start))
    if (!firstMention.has(m.entityId)) firstMention.set(m.entityId, m);
  const bodies = input.entities.filter((e) => e.label === "Agency" && firstMention.has(e.id));
  for (const a of bodies) {
    // (a university or research institute is placed by no rule: its name is not a government body's)
    if (placedIn(a.id) || /(大学|学院|研究院|研究所|研究中心|学校)/.test(a.name)) continue;
    const ev = [firstMention.get(a.id)!.sentenceId];
    const parent = bodies
      .filter((b) => b.id !== a.id && a.name.startsWith(b.name) && a.name.length > b.name.length && placedIn(b.id))
      .sort((x, y) => y.name.length - x.name.length)[0];
    if (parent) {
      for (const r of [...rels.values()].filter((x) => x.type === "LOCATED_IN" && x.source === parent.id))
        add("LOCATED_IN", a.id, r.target, ev, null);
      continue;
    }
    const body = a.name.replace(
      /^(中国人民银行|人民银行|国家金融监督管理总局|中国银行保险监督管理委员会|中共|中国共产党)/,
      "",
    );
    const forms = (d: Entity): string[] =>
      d.label === "Country"
        ? [d.name, ...d.aliases].filter((f) => !/^(中国|中华人民共和国)$/.test(f))
        : [
            d.name,
            d.name.replace(
              /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|省|市|县|区|州|盟|旗)$/,
              "",
            ),
          ].filter((f) => f.length >= 2);
    // the division the name opens with, and the one chained right after it (内蒙古自治区通辽市…)
    let at = 0;
    let found: Entity | undefined;
    for (;;) {
      const next = divisions
        .filter((d) => (d.label !== "Country" || at === 0) && forms(d).some((f) => body.startsWith(f, at)))
        .map((d) => ({
          d,
          len: Math.max(
            ...forms(d)
              .filter((f) => body.startsWith(f, at))
              .map((f) => f.length),
          ),
        }))
        .sort((x, y) => y.len - x.len)[0];
      if (!next) break;
      found = next.d;
      at += next.len;
    }
    if (found && at < body.length) add("LOCATED_IN", a.id, found.id, ev, null);
  }
}
