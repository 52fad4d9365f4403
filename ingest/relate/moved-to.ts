/** MOVED_TO: a company moving (its mining) to a country. */
import type { ResolvedMention } from "../types.js";
import { type RelateContext, type SentenceContext } from "./context.js";

const MOVE =
  /(出海|迁往|迁至|迁移|转移至|转移到|搬迁|搬到|落户|进军|布局|自营挖矿|设立|建设|转战|移师|前往|撤离|退出中国|退出大陆|迁出)/;

/** MOVED_TO in one sentence (the mover may be in the sentence before, same paragraph). */
export function movedToInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, ranges, sentences, entityById, add, bySentence, normStart, normEnd } = c;
  const { i, s, sid, date, sorted, companies } = x;
  const st = x.text;
  // MOVED_TO
  const countries = sorted.filter((m) => m.label === "Country");
  if (countries.length && MOVE.test(st)) {
    const moveAt = s + st.search(MOVE);
    const candidates = companies.filter(
      (c) => !/(platform|payment|research)/.test(String(entityById.get(c.entityId)?.properties.sector)),
    );
    // the mover is the company closest before the move word, with those listed together with it (A、B和C)
    const before = candidates.filter((c) => normEnd(c) <= moveAt);
    let movers: ResolvedMention[] = [];
    if (before.length) {
      movers = [before.at(-1)!];
      for (let k = before.length - 2; k >= 0; k--) {
        if (!/^[、,，和及与]*$/.test(text.slice(normEnd(before[k]!), normStart(movers[0]!)))) break;
        movers.unshift(before[k]!);
      }
    }
    const ev = [sid];
    if (!movers.length && i > 0 && !text.slice(ranges[i - 1]![1], s).includes("\n")) {
      movers = (bySentence.get(i - 1) ?? []).filter((m) => m.label === "Company");
      if (movers.length) ev.unshift(sentences[i - 1]!.id);
    }
    for (const c of movers) for (const k of countries) add("MOVED_TO", c.entityId, k.entityId, ev, date);
  }
}
