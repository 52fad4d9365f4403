/**
 * ACTED_ON by a court on the companies of the case it decided (a contract dispute over mining machines): in a document
 * where a court rules (判决, 裁定, 驳回…, 认定…无效, 宣判, 判令), the companies named as parties (原告X, 被告Y, 上诉人…)
 * or as the two sides of the contract the case is about (X公司与Y公司签订…合同/协议). The court is the one the
 * document names most (the first named on a tie).
 */
import type { ResolvedMention } from "../types.js";
import type { RelateContext } from "./context.js";

/** A court's ruling. */
const RULING = /判决|裁定|驳回|判令|宣判|审结|认定[^。]{0,12}无效|确认[^。]{0,12}无效/;
/** The role words a party is named after. */
const PARTY_ROLE = /(原告|被告|上诉人|被上诉人|申请人|被申请人|第三人|委托方|受托方)(?:公司)?[:：]?\s*$/;
/** The two sides of a contract: A与B签订 (or 订立, 签署). */
const SIGNED = /^\s*与\s*$/;
const SIGNS = /^[^，。；]{0,12}(签订|订立|签署)/;

export function courtParties(c: RelateContext): void {
  const { text, mentions, entityById, add, normStart, normEnd, sentences, ranges } = c;
  if (!RULING.test(text)) return;
  const courts = new Map<string, number>();
  for (const m of mentions)
    if (m.label === "Agency" && /法院$/.test(entityById.get(m.entityId)?.name ?? ""))
      courts.set(m.entityId, (courts.get(m.entityId) ?? 0) + 1);
  if (!courts.size) return;
  const court = [...courts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const firms = mentions.filter((m) => m.label === "Company").sort((a, b) => normStart(a) - normStart(b));
  const sentenceAt = (p: number): number => ranges.findIndex(([s, e]) => p >= s && p < e);
  const act = (f: ResolvedMention): void => {
    const i = sentenceAt(normStart(f));
    if (i >= 0) add("ACTED_ON", court, f.entityId, [sentences[i]!.id], null);
  };
  for (const [k, f] of firms.entries()) {
    const before = text.slice(Math.max(0, normStart(f) - 8), normStart(f));
    if (PARTY_ROLE.test(before)) act(f);
    const next = firms[k + 1];
    if (
      next &&
      next.entityId !== f.entityId &&
      SIGNED.test(text.slice(normEnd(f), normStart(next))) &&
      SIGNS.test(text.slice(normEnd(next), normEnd(next) + 24))
    ) {
      act(f);
      act(next);
    }
  }
}
