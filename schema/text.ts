/**
 * Text rules shared by ingest and queries: what ingest matches on and what a
 * search query is compared with must be normalized the same way, so the rules
 * live here once. The ingest stage `ingest/normalize.ts` applies them to
 * article bodies; `normalizeName`, `searchKey` and `normalizeQuery` apply them
 * to names and queries.
 *
 * normalize: the original body → text for matching, with a map back.
 *
 * Removes glued pinyin annotations (`監(jiān)管` → `監管`, also `(jian1)` and
 * bare syllables), replaces mojibake runs (`重?fù)?`, U+FFFD, stray markup
 * like `?span id="…">`) by a single U+FFFD so no entity can span them (and
 * reports each), folds full-width ASCII to half-width and whitespace to one
 * space, then converts Traditional → Simplified with OpenCC. `toOriginal[i]`
 * is the body offset of normalized char i (length = text.length + 1).
 */
import * as OpenCC from "opencc-js";

export interface NormalizedText {
  /** Simplified, pinyin-stripped, width-normalized text. */
  text: string;
  /** toOriginal[i] = offset in the original body of normalized char i; length = text.length + 1. */
  toOriginal: number[];
  /** Problems found (mojibake runs…), reported per document. */
  warnings: string[];
  /** Offset in the original body of the first character the Traditional → Simplified conversion changed; -1 if none. */
  firstConverted: number;
}

const twToCn = OpenCC.Converter({ from: "tw", to: "cn" });
const hkToCn = OpenCC.Converter({ from: "hk", to: "cn" });

/**
 * Variant characters OpenCC leaves as they are (陜 of 陜西 beside the standard 陝, 鑛 beside 礦): folded to the
 * Simplified character, one for one, after the conversion.
 */
const VARIANTS: Record<string, string> = { 陜: "陕", 鑛: "矿" };
const HAS_VARIANT = new RegExp(`[${Object.keys(VARIANTS).join("")}]`);
const foldVariants = (s: string): string => (HAS_VARIANT.test(s) ? [...s].map((c) => VARIANTS[c] ?? c).join("") : s);

/**
 * Characters that are standard Simplified characters too, which OpenCC still turns into another outside its phrase
 * list: 乾 (qián) of 乾县, 乾隆 and firms' names is no 干 (通用规范汉字表, 2013, keeps 乾 for qián), and 么 of a name
 * (甲么) or a word outside the phrase list is no 幺. Kept as written.
 */
const KEPT = /[乾么]/;
const keepStandard = (from: string, to: string): string =>
  KEPT.test(from) && from.length === to.length
    ? to
        .split("")
        .map((c, k) => (KEPT.test(from[k]!) ? from[k]! : c))
        .join("")
    : to;

/** Simplified form of a short string (names, aliases); not offset-preserving. */
export function toSimplified(s: string): string {
  return foldVariants(keepStandard(s, hkToCn(twToCn(s))));
}

const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
const TONE_BASE: Record<string, string> = {};
for (const [chars, base] of [
  ["āáǎà", "a"],
  ["ēéěè", "e"],
  ["īíǐì", "i"],
  ["ōóǒò", "o"],
  ["ūúǔù", "u"],
  ["ǖǘǚǜü", "v"],
  ["ńňǹ", "n"],
  ["ḿ", "m"],
] as const)
  for (const c of chars) TONE_BASE[c] = base;

const SYLLABLE =
  /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v)$/;

/** Is `s` (the inside of a parenthesis) a pinyin reading: toned, tone-numbered or a bare syllable? */
export function isPinyin(s: string): boolean {
  if (!/^[a-zA-Z\u00c0-\u024f\u1e00-\u1eff]{1,7}[1-5]?$/.test(s)) return false;
  const toned = [...s].some((c) => TONED.includes(c));
  const numbered = /[1-5]$/.test(s);
  const base = [...s.toLowerCase().replace(/[1-5]$/, "")].map((c) => TONE_BASE[c] ?? c).join("");
  if (!/^[a-z]+$/.test(base) || !SYLLABLE.test(base)) return false;
  // bare lower-case syllables only when they are real syllables of ≥2 letters (so "(a)" list markers survive)
  return toned || numbered || (s === s.toLowerCase() && base.length >= 2);
}

const isCjk = (c: string | undefined): boolean => {
  if (!c) return false;
  const x = c.charCodeAt(0);
  return (x >= 0x3400 && x <= 0x9fff) || (x >= 0xf900 && x <= 0xfaff);
};

/** Markup residue left in plain text (`?span id="…" class="keyword">`, `</span>`). */
const MARKUP = /^[?<\uFFFD]\/?(span|div|p|a|font|strong|b|i|em|br|img)\b[^>\n]{0,200}>/i;
/** A mojibake run: `?` or U+FFFD followed by pinyin letters / non-CJK junk and closed by `?` (e.g. `?fù)?`, `?qū)Ρ?`). */
const MOJIBAKE = /^[?\uFFFD][^\s\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’,.，。、?]{1,12}\?/;

/** A line's width in columns, as a plain-text wrapper counts it: two for a CJK or full-width character, one else. */
export function columns(line: string): number {
  let w = 0;
  for (let k = 0; k < line.length; k++) {
    const x = line.charCodeAt(k);
    w +=
      (x >= 0x1100 && x <= 0x115f) ||
      (x >= 0x2e80 && x <= 0xa4cf) ||
      (x >= 0xac00 && x <= 0xd7a3) ||
      (x >= 0xf900 && x <= 0xfaff) ||
      (x >= 0xfe30 && x <= 0xfe4f) ||
      (x >= 0xff00 && x <= 0xff60) ||
      (x >= 0xffe0 && x <= 0xffe6)
        ? 2
        : 1;
  }
  return w;
}

/** One line of a body: where it starts and ends (a trailing \r left out), its text and its width in columns. */
export interface LineSpan {
  start: number;
  end: number;
  text: string;
  width: number;
}

/** The lines of `body`, with their offsets in it. */
export function lineSpans(body: string): LineSpan[] {
  const out: LineSpan[] = [];
  let at = 0;
  for (const l of body.split("\n")) {
    const text = l.replace(/\r$/, "");
    out.push({ start: at, end: at + text.length, text, width: columns(text) });
    at += l.length + 1;
  }
  return out;
}

/** What ends a line that is not wrapped: the end of a sentence, a colon, a closing quote. */
const LINE_END = /[。！？!?：:」』”"）)]\s*$/;

/**
 * The line breaks of hard-wrapped paragraphs (a forum repost or a plain-text archive wrapped at a fixed width, which
 * cuts names and titles in two: 内蒙 / 古): in a run of lines without a blank one, at least three and two in five of
 * them filled to the same width (within ten columns of the widest, which is 50 to 160 columns), each break after a
 * filled line that ends mid-sentence. Their offsets in `body`, to be read as if the lines went on.
 */
export function hardWrapBreaks(body: string): Set<number> {
  const out = new Set<number>();
  if (!body.includes("\n")) return out;
  const lines = lineSpans(body);
  for (let k = 0; k < lines.length;) {
    let j = k;
    while (j < lines.length && lines[j]!.width > 0) j++;
    const block = lines.slice(k, j);
    k = Math.max(j, k + 1);
    if (block.length < 3) continue;
    const widest = Math.max(...block.map((b) => b.width));
    if (widest < 50 || widest > 160) continue;
    const filled = block.slice(0, -1).filter((b) => b.width >= widest - 10);
    if (filled.length < 3 || filled.length * 5 < (block.length - 1) * 2) continue;
    for (const b of filled) if (!LINE_END.test(body.slice(b.start, b.end))) out.add(b.end);
  }
  return out;
}

/** A line left open mid-sentence: it ends with a comma or an enumeration mark, or opens a title or a quote it does not close. */
const OPEN_LINE = /[，,、]\s*$/;
const unclosed = (l: string, open: string, close: string): boolean => l.split(open).length > l.split(close).length;

/**
 * The line breaks inside a sentence cut by a page's ragged breaks (8月28日, / 深圳市互联网 / 金融协会于今日下发《关于防范以“
 * / 区块链”…》。): from a line left open mid-sentence, each break up to the line that ends the sentence, within one
 * paragraph (no blank line) and at most eight lines. Their offsets in `body`.
 */
export function raggedBreaks(body: string): Set<number> {
  const out = new Set<number>();
  const lines = lineSpans(body);
  for (let k = 0; k < lines.length - 1; k++) {
    const t = lines[k]!.text;
    const open =
      OPEN_LINE.test(t) ||
      (!LINE_END.test(t) && (unclosed(t, "《", "》") || unclosed(t, "“", "”") || unclosed(t, "「", "」")));
    if (!open || !t.trim() || !lines[k + 1]!.text.trim()) continue;
    // the sentence goes on to the line that ends it
    for (let j = k; j < lines.length - 1 && j < k + 8; j++) {
      const l = lines[j]!;
      if (!lines[j + 1]!.text.trim() || (j > k && LINE_END.test(l.text))) break;
      out.add(l.end);
      if (j > k && LINE_END.test(lines[j + 1]!.text)) {
        k = j;
        break;
      }
    }
  }
  return out;
}

/**
 * Normalize a body for matching.
 * @example normalize("監(jiān)管").text === "监管"
 */
export function normalize(body: string): NormalizedText {
  const warnings: string[] = [];
  // each normalized piece and the body offset it comes from, side by side (no object per character)
  const parts: string[] = [];
  const origins: number[] = [];
  const push = (t: string, orig: number): void => {
    parts.push(t);
    origins.push(orig);
  };
  // a hard-wrapped paragraph is read as the lines it was cut from (its line breaks are left out, offsets kept)
  const wraps = new Set([...hardWrapBreaks(body), ...raggedBreaks(body)]);
  let i = 0;
  const n = body.length;
  while (i < n) {
    const c = body[i]!;
    if (wraps.size && (c === "\n" || c === "\r") && wraps.has(i)) {
      i += c === "\r" && body[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    // 1. glued pinyin annotation after a CJK char: 監(jiān) / 監（jian1）
    if ((c === "(" || c === "（") && isCjk(body[i - 1])) {
      const close = c === "(" ? ")" : "）";
      const j = body.indexOf(close, i + 1);
      if (j > i && j - i <= 9 && isPinyin(body.slice(i + 1, j))) {
        i = j + 1;
        continue;
      }
    }
    // 2. markup residue and mojibake runs
    if (c === "?" || c === "\uFFFD" || c === "<") {
      const rest = body.slice(i, i + 220);
      const mk = rest.match(MARKUP);
      if (mk) {
        warnings.push(`markup residue at ${i}: ${JSON.stringify(mk[0].slice(0, 40))}`);
        push("\uFFFD", i);
        i += mk[0].length;
        continue;
      }
      if (c !== "<") {
        const mj = rest.match(MOJIBAKE);
        const isRun =
          mj &&
          /[a-zA-Z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff)]/.test(mj[0]) &&
          (/[\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff)]/.test(mj[0]) || isCjk(body[i - 1]));
        if (mj && isRun) {
          warnings.push(`mojibake at ${i}: ${JSON.stringify(body.slice(Math.max(0, i - 2), i + mj[0].length))}`);
          push("\uFFFD", i);
          i += mj[0].length;
          continue;
        }
        if (c === "\uFFFD") {
          let j = i;
          while (body[j] === "\uFFFD") j++;
          warnings.push(`mojibake at ${i}: ${j - i} replacement character(s)`);
          push("\uFFFD", i);
          i = j;
          continue;
        }
      }
    }
    // 3. width and whitespace
    const code = c.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) {
      push(String.fromCharCode(code - 0xfee0), i);
    } else if (SMALL_FORMS[c] !== undefined) {
      // the small bracket forms some pages set a document number in (国发﹝2005﹞40号): the usual ones
      push(SMALL_FORMS[c]!, i);
    } else if (c === "\u3000" || c === "\u00a0" || c === "\t") {
      if (parts.at(-1) !== " ") push(" ", i);
    } else if (c === " ") {
      // Taiwan's and Hong Kong's papers set digits apart from the characters on both sides (於 2017 年 9 月, 委員會 21
      // 日召開, 10 部門): for matching, those spaces are left out (one on a side only, 地震 2017年, is a boundary)
      const prev = parts.at(-1);
      if (prev !== " " && !spacedDigits(body, i)) push(" ", i);
    } else {
      push(c, i);
    }
    i++;
  }
  const plain = parts.join("");
  const toOriginal = origins;
  toOriginal.push(n);
  const text = convertSameLength(plain);
  let first = 0;
  while (first < text.length && text.charCodeAt(first) === plain.charCodeAt(first)) first++;
  return { text, warnings, toOriginal, firstConverted: first < text.length ? toOriginal[first]! : -1 };
}

/** The small form parentheses and tortoise-shell brackets (U+FE59, FE5A, FE5D, FE5E) and the brackets they stand for. */
const SMALL_FORMS: Record<string, string> = { "\ufe59": "（", "\ufe5a": "）", "\ufe5d": "〔", "\ufe5e": "〕" };

/** Is the space at `i` one of a pair setting a run of digits apart from characters on both sides (年 21 日)? */
function spacedDigits(body: string, i: number): boolean {
  if (isCjk(body[i - 1]) && /\d/.test(body[i + 1] ?? "")) {
    let j = i + 1;
    while (/\d/.test(body[j] ?? "")) j++;
    return body[j] === " " && isCjk(body[j + 1]);
  }
  if (/\d/.test(body[i - 1] ?? "") && isCjk(body[i + 1])) {
    let k = i - 1;
    while (k > 0 && /\d/.test(body[k - 1]!)) k--;
    return body[k - 1] === " " && isCjk(body[k - 2]);
  }
  return false;
}

/** Traditional → Simplified, keeping the length (so offsets stay valid); falls back per line, then per char. */
function convertSameLength(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  return text
    .split("\n")
    .map((line) => {
      const c = toSimplified(line);
      if (c.length === line.length) return c;
      return [...line]
        .map((ch) => {
          const s = toSimplified(ch);
          return s.length === ch.length ? s : ch;
        })
        .join("");
    })
    .join("\n");
}

/** Normalize a short name (alias, lexicon entry) the way text is normalized, for keys and search. */
const nameCache = new Map<string, string>();
export function normalizeName(s: string): string {
  let v = nameCache.get(s);
  if (v === undefined) {
    v = normalize(s)
      .text.replace(/\uFFFD/g, "")
      .trim();
    if (nameCache.size > 50_000) nameCache.clear();
    nameCache.set(s, v);
  }
  return v;
}

/** The separator of the `search` property's parts. */
export const SEARCH_KEY_SEPARATOR = "|";

/**
 * The `search` property of an entity: its normalized, lower-case name and aliases, deduplicated.
 * @example searchKey("中國人民銀行", ["央行"]) === "中国人民银行|央行"
 */
export function searchKey(name: string, aliases: readonly string[]): string {
  return joinSearchKey([name, ...aliases].map((s) => normalizeName(s).toLowerCase()));
}

/** Split a `search` property into its parts (the inverse of joinSearchKey). */
export function searchKeyParts(key: unknown): string[] {
  return typeof key === "string" ? key.split(SEARCH_KEY_SEPARATOR).filter(Boolean) : [];
}

/** Join search-key parts, deduplicated, empty ones dropped. */
export function joinSearchKey(parts: Iterable<string>): string {
  return [...new Set([...parts].filter(Boolean))].join(SEARCH_KEY_SEPARATOR);
}

/** Normalize a query the way names were normalized at ingest (Simplified, pinyin-free, lower-case, single spaces). */
export function normalizeQuery(q: string): string {
  return normalizeName(q).toLowerCase().replace(/\s+/g, " ").trim();
}
