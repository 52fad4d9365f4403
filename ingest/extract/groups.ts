/** Shorthands naming a fixed group of national regulators (一行三会, 银证保三会, 一行两会): each body a mention of its own. */
import { AGENCY_GROUPS } from "../lexicon/agencies.js";
import { type Cand, LEX_BY_FORM } from "./shared.js";

/** Each group's forms, a junk space allowed between characters as scraped pages write them (銀證保 三會). */
const GROUP_FORMS = AGENCY_GROUPS.flatMap((g) =>
  g.forms.map((f) => ({ pattern: [...f].join("\\s?"), members: g.members })),
).sort((a, b) => b.pattern.length - a.pattern.length);
const GROUP = new RegExp(GROUP_FORMS.map((g) => `(${g.pattern})`).join("|"), "g");

/** The lexicon's own ref of a national body, by its canonical name. */
const nationalRef = (name: string): NonNullable<Cand["ref"]> => {
  const e = LEX_BY_FORM.get(name.toLowerCase())?.find((x) => x.ref.label === "Agency" && x.ref.name === name);
  if (!e) throw new Error(`AGENCY_GROUPS names ${name}, which the agency lexicon does not hold`);
  return e.ref;
};
const MEMBERS = GROUP_FORMS.map((g) => g.members.map(nationalRef));

/**
 * A group shorthand: the first body is the mention, the others stand at the same span; the shorthand is no alias.
 * @example groups("人民银行牵头，工信部会同银证保三会联合下发通知") names the three commissions at 银证保三会
 */
export function agencyGroups(text: string): Cand[] {
  const out: Cand[] = [];
  for (const m of text.matchAll(GROUP)) {
    const members = MEMBERS[m.slice(1).findIndex((x) => x !== undefined)]!;
    const span = { start: m.index, end: m.index + m[0].length, priority: 8, noAlias: true, role: "gov" };
    out.push({ ...span, ref: members[0]!, inner: members.slice(1).map((ref) => ({ ...span, ref })) });
  }
  return out;
}
