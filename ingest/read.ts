/**
 * read: bytes of one article file → RawDocument.
 *
 * Handles UTF-8 with or without BOM, CRLF, YAML front matter (title,
 * author/source/outlet, date, url) or none, HTML bodies (reduced to
 * paragraphs with htmlparser2, `<br>` as a break) and plain text. GBK/GB18030
 * input is detected and decoded (with a warning); anything else that is not
 * text is rejected with an Error whose message starts with the path.
 */
import { Parser } from "htmlparser2";
import iconv from "iconv-lite";
import { parse as parseYaml } from "yaml";
import { documentId } from "../schema/index.js";
import type { RawDocument } from "./types.js";

export interface ReadResult {
  document: RawDocument;
  warnings: string[];
}

/** Decode bytes as text: UTF-8 (BOM stripped), else GBK when it decodes cleanly, else throw. */
export function decodeText(path: string, bytes: Uint8Array): { text: string; encoding: "utf-8" | "gbk"; warnings: string[] } {
  if (bytes.length === 0) throw new Error(`${path}: empty file`);
  let nul = 0;
  for (let i = 0; i < Math.min(bytes.length, 8192); i++) if (bytes[i] === 0) nul++;
  if (nul > 0) throw new Error(`${path}: binary file (contains NUL bytes), not a text article`);
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const view = bytes.subarray(start);
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(view);
    return { text, encoding: "utf-8", warnings: [] };
  } catch {
    // not UTF-8: try GB18030 (a superset of GBK), accept only if it yields plausible Chinese text
  }
  const gbk = iconv.decode(Buffer.from(view), "gb18030");
  const cjk = (gbk.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const bad = (gbk.match(/[\uFFFD\u0080-\u009f\ue000-\uf8ff]/g) ?? []).length;
  const printable = (gbk.match(/[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\x20-\x7e\n\r\t]/g) ?? []).length;
  if (cjk >= 4 && bad === 0 && printable / gbk.length > 0.9) {
    return { text: gbk, encoding: "gbk", warnings: [`${path}: not UTF-8; decoded as GBK/GB18030`] };
  }
  throw new Error(`${path}: not UTF-8 and not decodable as GBK text (binary or unknown encoding); convert it to UTF-8`);
}

const BLOCK = new Set(["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "blockquote", "pre", "table", "ul", "ol", "header", "footer", "figure", "figcaption", "hr"]);
const SKIP = new Set(["script", "style", "noscript", "template", "head"]);

/** Reduce HTML to text paragraphs separated by "\n" (block elements and `<br>` break lines). */
export function htmlToText(html: string): string {
  let out = "";
  let skip = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skip++;
        if (BLOCK.has(name)) out += "\n";
      },
      onclosetag(name) {
        if (SKIP.has(name)) skip = Math.max(0, skip - 1);
        if (BLOCK.has(name)) out += "\n";
      },
      ontext(text) {
        if (!skip) out += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return tidyLines(out);
}

/** Trim each line, drop empty ones, collapse inner runs of spaces. */
function tidyLines(text: string): string {
  return text
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((l) => l.length > 0)
    .join("\n");
}

const looksLikeHtml = (s: string): boolean => /<(p|div|br|span|strong|h[1-6]|li|table|img|a)\b[^>]*>/i.test(s) && /<\/?(p|div|br)\b/i.test(s);

/** A date-ish front-matter value → YYYY-MM-DD in China time (UTC+8), or null. */
export function isoDateOf(value: unknown): string | null {
  if (value == null || value === "") return null;
  if (value instanceof Date) return shiftToChina(value);
  const s = String(value).trim();
  const m = s.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/);
  if (m) return `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  const t = Date.parse(s);
  if (!Number.isNaN(t)) return /\d{1,2}:\d{2}/.test(s) ? shiftToChina(new Date(t)) : new Date(t).toISOString().slice(0, 10);
  return null;
}
const shiftToChina = (d: Date): string => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

const str = (v: unknown): string | null => (v == null || v === "" ? null : String(v).trim() || null);

/**
 * Read one article.
 * @example read("seeds/000.txt", bytes).document.published === "2021-06-10"
 */
export function read(path: string, bytes: Uint8Array): ReadResult {
  const { text, warnings } = decodeText(path, bytes);
  let src = text.replace(/\r\n?/g, "\n");
  let meta: Record<string, unknown> = {};
  const fm = src.match(/^\s*---[ \t]*\n([\s\S]*?)\n---[ \t]*(\n|$)/);
  if (fm) {
    try {
      const parsed: unknown = parseYaml(fm[1]!);
      if (parsed != null && typeof parsed !== "object") throw new Error("front matter is not a mapping");
      meta = (parsed ?? {}) as Record<string, unknown>;
    } catch (e) {
      throw new Error(`${path}: broken YAML front matter: ${(e as Error).message.split("\n")[0]}`);
    }
    src = src.slice(fm[0].length);
  } else if (/^\s*---[ \t]*\n/.test(src)) {
    throw new Error(`${path}: broken YAML front matter: opening "---" without a closing "---"`);
  }
  const format: RawDocument["format"] = looksLikeHtml(src) ? "html" : "text";
  const body = format === "html" ? htmlToText(src) : tidyLines(src);
  if (!/[\u4e00-\u9fff]/.test(body)) throw new Error(`${path}: no Chinese text in the body (empty or not an article)`);

  let title = str(meta.title);
  if (!title && format === "text") {
    const first = body.split("\n")[0]!;
    if (first.length <= 50 && !/[。！？!?]$/.test(first)) title = first;
  }
  const source = str(meta.source) ?? str(meta.outlet);
  const author = str(meta.author);
  let outlet = source ?? author;
  if (!outlet) {
    const m = body.slice(0, 200).match(/^[《]?([\u4e00-\u9fff]{2,8})[》]?(?:[（(][^）)]*[）)])?讯/m);
    if (m) outlet = m[1]!;
  }
  const published = isoDateOf(meta.date ?? meta.published ?? meta.pubDate);
  const document: RawDocument = {
    id: documentId(path),
    path,
    title,
    outlet,
    author: source ? author : null,
    published,
    dateInferred: false,
    url: str(meta.url) ?? str(meta.link),
    format,
    body,
  };
  return { document, warnings };
}
