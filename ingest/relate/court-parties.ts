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

/** A court's trying a case (审理, 开庭) or ruling on it. */
const TRIED = /审理|开庭|判处|判决|裁定|宣判|审结|驳回|判令/;
/** The word that names a case after a firm (X案, X传销案, X案件, X一案). */
const CASE_AFTER = /^[”"」]?(?:网络|特大)?(?:传销|诈骗|非法集资|集资诈骗)?(?:一)?案(?!例)/;
/** A case said to involve the firms listed next. */
const INVOLVED = /(?:案件|此案|该案|本案)涉及的?(?:公司|企业|当事人)(?:分别|主要)?(?:是|为|有)[:：]?/;

export function courtParties(c: RelateContext): void {
  const { text, mentions, entityById, add, normStart, normEnd, sIndex, ranges } = c;
  if (!TRIED.test(text) && !RULING.test(text)) return;
  const courts = new Map<string, number>();
  for (const m of mentions)
    if (m.label === "Agency" && /法院$/.test(entityById.get(m.entityId)?.name ?? ""))
      courts.set(m.entityId, (courts.get(m.entityId) ?? 0) + 1);
  if (!courts.size) return;
  const court = [...courts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const firms = mentions.filter((m) => m.label === "Company").sort((a, b) => normStart(a) - normStart(b));
  // (the evidence is the sentence the firm is named in)
  const act = (f: ResolvedMention): void => add("ACTED_ON", court, f.entityId, [f.sentenceId], null);
  // a firm the case is named after (PlusToken传销案, X案件): every court that tried or ruled in its own sentence
  const sentenceText = (m: ResolvedMention): string => {
    const [s, e] = ranges[sIndex.get(m.sentenceId)!]!;
    return text.slice(s, e);
  };
  const trying = [...courts.keys()].filter((id) =>
    mentions.some((m) => m.entityId === id && TRIED.test(sentenceText(m))),
  );
  for (const f of firms)
    if (CASE_AFTER.test(text.slice(normEnd(f), normEnd(f) + 6)))
      for (const id of trying) add("ACTED_ON", id, f.entityId, [f.sentenceId], null);
  if (!RULING.test(text)) return;
  // the firms a case is said to involve (案件涉及的公司分别是A、B和C)
  const involved = INVOLVED.exec(text);
  const listEnd = involved ? text.indexOf("。", involved.index) : -1;
  for (const [k, f] of firms.entries()) {
    const before = text.slice(Math.max(0, normStart(f) - 8), normStart(f));
    if (PARTY_ROLE.test(before)) act(f);
    if (involved && normStart(f) >= involved.index + involved[0].length && normEnd(f) <= listEnd) {
      const gap = text.slice(involved.index + involved[0].length, normStart(f));
      if (/^[^，,。；;：:]*$/.test(gap)) act(f);
    }
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
