/**
 * ISSUED from a notice's signature (落款): the lines near the end holding only the names of bodies (or of the company
 * whose announcement it is), followed by a line holding only the day (洛阳市发展和改革委员会 洛阳市公安局 / 2022年3月1日)
 * sign the document's own measure, and that day is its issue date.
 */
import type { ResolvedMention } from "../types.js";
import { type RelateContext } from "./context.js";

/** A line holding only a day: 2022年3月1日, 二〇二二年三月一日. */
const DAY_LINE =
  /^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$/;

/** The lines of the text with their offsets. */
function lines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const l of text.split("\n")) {
    out.push([at, at + l.length]);
    at += l.length + 1;
  }
  return out;
}

/** ISSUED for the bodies signing the document's own measure, and the measure's date from the signature's day. */
export function signedBy(c: RelateContext): void {
  const { text, mentions, ranges, normStart, normEnd, without, inRange, add, dateMeasure } = c;
  // (or, with no title line, the measure it transmits, 现将《X》印发给你们)
  const heading = c.heading && c.headingAt >= 0 ? c.heading : c.transmitted;
  const headingAt = heading === c.heading ? c.headingAt : heading ? (c.sIndex.get(heading.sentenceId) ?? -1) : -1;
  if (!heading || headingAt < 0) return;
  const afterHeading = ranges[headingAt]![1];
  const agencies = mentions
    .filter((m) => (m.label === "Agency" || m.label === "Company") && normStart(m) >= afterHeading)
    .sort((a, b) => normStart(a) - normStart(b));
  const ls = lines(text).filter(([s, e]) => s >= afterHeading && text.slice(s, e).trim().length);
  // the names on a line, when the line holds nothing else
  const signers = ([s, e]: [number, number]): ResolvedMention[] => {
    const on = agencies.filter((m) => normStart(m) >= s && normEnd(m) <= e);
    return on.length && /^[\s、,，]*$/.test(without(s, e, on)) ? on : [];
  };
  for (let k = 1; k < ls.length; k++) {
    const [ds, de] = ls[k]!;
    if (!DAY_LINE.test(text.slice(ds, de))) continue;
    const block: ResolvedMention[] = [];
    for (let j = k - 1; j >= 0; j--) {
      const on = signers(ls[j]!);
      if (!on.length) break;
      block.unshift(...on);
    }
    if (!block.length) continue;
    const day = inRange(ds, de).find((d) => d.precision === "day" && d.value)?.value ?? null;
    for (const a of block) add("ISSUED", a.entityId, heading.entityId, [a.sentenceId], day);
    dateMeasure(heading.entityId, day);
  }
}

/** A notice's lead up to its colon once its bodies are taken out: list marks, then 提示：, 发文提示：, 公告如下：. */
const LEAD_SAYS =
  /^[\s、,，和及与]*(?:联合|共同)?(?:发文|发布|发出|印发)?(?:风险)?(?:提示|提醒|公告|通告|通知|声明)(?:如下)?\s*[:：]/;
/** What may open a lead before its bodies: an outlet's tag and a day (【X网】8月24日，). */
const LEAD_OPENING = /^\s*(?:【[^】\n]{1,12}】)?\s*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日)?\s*[,，]?\s*$/;

/**
 * ISSUED from a notice's lead line: next to its title (right under it, or a few lines above it, 以下为全文：), bodies
 * then 提示： (银保监会、中央网信办、公安部、人民银行、市场监管总局发文提示：) name who issued the document's own measure.
 */
export function leadIssuers(c: RelateContext): void {
  const { text, heading, headingAt, ranges, bySentence, normStart, normEnd, add } = c;
  if (!heading || headingAt < 0) return;
  // (the sentences right under it, and those of the few lines above it: a lead paragraph may hold several sentences)
  const above: number[] = [];
  for (let i = headingAt - 1; i >= 0 && i >= headingAt - 15; i--) {
    if ((text.slice(ranges[i]![1], ranges[headingAt]![0]).match(/\n/g) ?? []).length > 3) break;
    above.push(i);
  }
  const near = [1, 2, 3]
    .map((d) => headingAt + d)
    .filter((i) => i < ranges.length)
    .concat(above);
  for (const i of near) {
    const [s, e] = ranges[i]!;
    const on = (bySentence.get(i) ?? [])
      .filter((m) => m.label === "Agency")
      .sort((a, b) => normStart(a) - normStart(b));
    if (!on.length || !LEAD_OPENING.test(text.slice(s, normStart(on[0]!)))) continue;
    // the bodies listed from the first, then the words up to the colon
    let at = normStart(on[0]!);
    const listed: ResolvedMention[] = [];
    for (const m of on) {
      if (!/^[\s、,，和及与]*$/.test(text.slice(at, normStart(m)))) break;
      listed.push(m);
      at = normEnd(m);
    }
    if (!LEAD_SAYS.test(text.slice(at, e))) continue;
    for (const a of listed) add("ISSUED", a.entityId, heading.entityId, [a.sentenceId], null);
    return;
  }
}
