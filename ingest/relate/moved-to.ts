/** MOVED_TO: a company moving (its mining) to a country. */
import type { ResolvedMention } from "../types.js";
import { type RelateContext, type SentenceContext } from "./context.js";

const MOVE_WORDS =
  "出海|迁往|迁至|迁到|迁移|转移至|转移到|搬迁|搬到|搬往|落户|进军|布局|自营挖矿|设立|建设|转战|转向|转往|移师|撤离|退出中国|退出大陆|迁出";
/** Words of leaving: the country right after them is where the firm left, not where it went (撤离哈萨克斯坦, 迁出伊朗). */
const LEAVES = /(?:撤离|迁出|撤出|退出)$/;
const MOVE = new RegExp(`(${MOVE_WORDS})`);
/** A move told as a guess (平台或转往…, 可能迁往…, 有分析指…): no company's move. */
const GUESSED_MOVE = new RegExp(`(?:或|或许|可能|也许|有望|分析指|分析称|预计)[^。，,；;]{0,6}?(?:${MOVE_WORDS})`);
/** What follows a country used as an attribute (美国交易所, 美国矿工, 美国监管机构). */
const COUNTRY_AS_ATTRIBUTE =
  /^(?:的)?(?:交易所|交易平台|平台|公司|企业|矿企|矿工|矿商|银行|机构|监管|政府|用户|投资者|媒体|上市公司|同行|对手)/;
const MOVES = new RegExp(`(${MOVE_WORDS})`, "g");

/**
 * MOVED_TO in one sentence (the mover may be in the sentence before, same paragraph). Each country goes with the move
 * word after it in its clause (在哈萨克斯坦设立), else the one before it; and that word with the company closest before
 * it since the move word before (A迁往美国，B则转向哈萨克斯坦: B to Kazakhstan), with those listed together with it
 * (A、B和C).
 */
export function movedToInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, ranges, sentences, entityById, add, bySentence, normStart, normEnd } = c;
  const { i, s, sid, date, sorted, companies } = x;
  const st = x.text;
  // (a country written before a kind of firm or of people is whose they are, not where one goes: 美国交易所, 美国矿工)
  const countries = sorted.filter(
    (m) => m.label === "Country" && !COUNTRY_AS_ATTRIBUTE.test(text.slice(normEnd(m), normEnd(m) + 4)),
  );
  if (!countries.length || !MOVE.test(st)) return;
  const moves = [...st.matchAll(MOVES)].map((m) => s + m.index);
  const candidates = companies.filter(
    (c) => !/(platform|payment|research)/.test(String(entityById.get(c.entityId)?.properties.sector)),
  );
  for (const k of countries) {
    const at = normStart(k);
    // (the country a firm left: 撤离哈萨克斯坦)
    if (LEAVES.test(text.slice(Math.max(0, at - 2), at))) continue;
    // (a move word after it in its own clause first: 在哈萨克斯坦设立)
    const mv =
      moves.find((p) => p > at && !/[,，;；。]/.test(text.slice(at, p))) ??
      moves.filter((p) => p < at).at(-1) ??
      moves.find((p) => p > at)!;
    const from = moves.filter((p) => p < mv).at(-1) ?? s;
    // (none since the move word before: the move goes on from the one told before, 比特大陆…矿业出海，…出海北美和哈萨克)
    const since = candidates.filter((c) => normEnd(c) <= mv && normStart(c) >= from);
    const before = since.length ? since : candidates.filter((c) => normEnd(c) <= mv);
    let movers: ResolvedMention[] = [];
    if (before.length) {
      movers = [before.at(-1)!];
      for (let k = before.length - 2; k >= 0; k--) {
        if (!/^[、,，和及与]*$/.test(text.slice(normEnd(before[k]!), normStart(movers[0]!)))) break;
        movers.unshift(before[k]!);
      }
    }
    const ev = [sid];
    // (no mover in the sentence before its first move word: the companies of the sentence before, same paragraph)
    // (not when the move is a guess about firms in general: 有分析指，平台或转往日本发展)
    if (!movers.length && i > 0 && !text.slice(ranges[i - 1]![1], s).includes("\n") && !GUESSED_MOVE.test(st)) {
      movers = (bySentence.get(i - 1) ?? []).filter((m) => m.label === "Company");
      if (movers.length) ev.unshift(sentences[i - 1]!.id);
    }
    for (const m of movers) add("MOVED_TO", m.entityId, k.entityId, ev, date);
  }
}
