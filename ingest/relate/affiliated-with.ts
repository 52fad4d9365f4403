/** AFFILIATED_WITH: a person introduced by a company role (其创始人Y; Y（X负责人）). */
import type { ResolvedMention } from "../types.js";
import { type RelateContext } from "./context.js";

/**
 * Between a person and the firm named as theirs (马斯克(Elon Musk)与其电动车公司特斯拉): a gloss in brackets, 与其/和其/及其/
 * 和他的, and a few words of the firm's kind ending in 公司/企业/集团/平台.
 */
const OWN_FIRM =
  /^\s?(?:[(（][A-Za-z .'-]{2,40}[)）])?\s?(?:与其|和其|及其|与他的|和他的|与她的|和她的)[\u4e00-\u9fff]{0,6}?(?:公司|企业|集团|平台|交易所)\s?$/;

/** AFFILIATED_WITH over the document. */
export function affiliatedWith(c: RelateContext): void {
  const { text, ranges, mentions, sIndex, add, bySentence, normStart, normEnd } = c;
  // AFFILIATED_WITH: a person introduced by the company's role in the text around (其创始人Y, 该公司CEO Y; Y（X负责人）)
  const ROLE =
    "(?:联合创始人|创始人|CEO|首席执行官|董事长|总裁|总经理|负责人|发言人|合伙人|行政总裁|首席[\\u4e00-\\u9fff]{1,4}官)";
  const byBack = new RegExp(`(?:其|该公司|该平台|该交易所)的?(${ROLE})\\s*$`);
  const byParen = new RegExp(`^\\s*[(（]\\s*$`);
  for (const p of mentions.filter((m) => m.label === "Person")) {
    const i = sIndex.get(p.sentenceId)!;
    const [s0] = ranges[i]!;
    const back = text.slice(s0, normStart(p)).match(byBack);
    if (back) {
      // the company told of last before, in this sentence or the two before it in the same paragraph
      let c: ResolvedMention | undefined;
      for (let k = i; k >= Math.max(0, i - 2) && !c; k--) {
        if (k < i && text.slice(ranges[k]![1], ranges[k + 1]![0]).includes("\n\n")) break;
        c = (bySentence.get(k) ?? [])
          .filter((m) => m.label === "Company" && (k < i || normEnd(m) <= normStart(p) - back[0].length))
          .sort((x, y) => x.start - y.start)
          .at(-1);
      }
      if (c) add("AFFILIATED_WITH", p.entityId, c.entityId, [p.sentenceId], null, { title: back[1]! });
      continue;
    }
    // Y与其（电动车）公司X, Y和他的公司X: the person's own firm, named right after
    const own = (bySentence.get(i) ?? []).find(
      (m) => m.label === "Company" && normStart(m) > normEnd(p) && OWN_FIRM.test(text.slice(normEnd(p), normStart(m))),
    );
    if (own) {
      add("AFFILIATED_WITH", p.entityId, own.entityId, [p.sentenceId], null);
      continue;
    }
    const c = (bySentence.get(i) ?? []).find(
      (m) => m.label === "Company" && normStart(m) > normEnd(p) && byParen.test(text.slice(normEnd(p), normStart(m))),
    );
    const role = c && text.slice(normEnd(c), normEnd(c) + 12).match(new RegExp(`^的?(${ROLE})\\s*[)）]`));
    if (c && role) add("AFFILIATED_WITH", p.entityId, c.entityId, [p.sentenceId], null, { title: role[1]! });
  }
}
