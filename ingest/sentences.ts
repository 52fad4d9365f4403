/**
 * sentences: split a document into sentence spans with offsets into the
 * original body. Splits on 。！？；… (and their half-width forms) and line
 * breaks; closing quotes and brackets stay with the sentence they close.
 * Splitting runs on the normalized text (so mojibake `?` never splits) and
 * maps back through `toOriginal`.
 */
import { sentenceId } from "../schema/index.js";
import type { NormalizedText, SentenceSpan } from "./types.js";

const END = new Set(["。", "!", "?", ";", "…", "！", "？", "；"]);
const CLOSERS = new Set(["”", "’", "」", "』", ")", "）", "》", '"', "'", "】"]);

/** The end of a document's title: 的 and a kind of document. */
const TITLE_LINE_END =
  /的(?:紧急通知|补充通知|通知|公告|通告|意见|实施意见|指导意见|方案|工作方案|实施方案|办法|规定|决定|风险提示|提示|批复|函|倡议书|声明)$/;

/** Normalized-text spans [start, end) of the sentences. */
export function sentenceRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s && /[^\s\p{P}\uFFFD]/u.test(text.slice(s, e))) out.push([s, e]);
    else if (e > s && out.length && text[s] !== "\n") {
      // a lone punctuation line (e.g. "。" on its own line) joins the previous sentence
      out[out.length - 1]![1] = e;
    }
  };
  // only line breaks and sentence ends matter: jump from one to the next
  const breaks = /[\n。!?;…！？；]/g;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    const i = m.index;
    if (m[0] === "\n") {
      // a long line cut mid-sentence (…支付机\n构侦测…) continues on the next line
      const lineStart = text.lastIndexOf("\n", i - 1) + 1;
      const prev = text[i - 1] ?? "";
      // (a document's long title on its own line, X、Y、Z关于…的公告, is no cut line)
      if (
        lineStart > 0 &&
        i - lineStart >= 40 &&
        /[\u4e00-\u9fff,，、]/.test(prev) &&
        /[\u4e00-\u9fff]/.test(text[i + 1] ?? "") &&
        !TITLE_LINE_END.test(text.slice(Math.max(lineStart, i - 8), i))
      )
        continue;
      push(start, i);
      start = i + 1;
    } else {
      let j = i + 1;
      while (j < text.length && (END.has(text[j]!) || CLOSERS.has(text[j]!))) j++;
      // a question mark inside a quote is not a sentence end when text continues without a break (…如何?还能…)
      push(start, j);
      start = j;
      breaks.lastIndex = j;
    }
  }
  push(start, text.length);
  return out;
}

/**
 * Split into sentences with body offsets (`ranges`: the text's sentenceRanges, when the caller has them already).
 * @example splitSentences("doc:x", "甲。乙！", norm)[1].text === "乙！"
 */
export function splitSentences(
  docId: string,
  body: string,
  norm: NormalizedText,
  ranges: Array<[number, number]> = sentenceRanges(norm.text),
): SentenceSpan[] {
  return ranges.map(([s, e], index) => {
    const start = norm.toOriginal[s]!;
    const end = e < norm.toOriginal.length - 1 ? norm.toOriginal[e - 1]! + 1 : body.length;
    // extend the end over original chars dropped by normalization (pinyin after the last char, mojibake)
    let realEnd = end;
    const nextStart = e < norm.toOriginal.length - 1 ? norm.toOriginal[e]! : body.length;
    while (realEnd < nextStart && !/\s/.test(body[realEnd]!)) realEnd++;
    return { id: sentenceId(docId, index), docId, index, start, end: realEnd, text: body.slice(start, realEnd) };
  });
}
