/**
 * files: which files under the given paths are articles. Folders are walked in
 * sorted order; a file or folder that cannot be stat'ed or listed (a symlink
 * loop, no permission) is one error naming it, and the walk goes on; files
 * that are not articles (PDF, Word, images, archives, other binaries) are
 * reported as skipped with the reason, never dropped silently.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import type { IngestError } from "./types.js";

/** Extensions read as articles. */
export const ARTICLE_EXT = /\.(txt|html?|md)$/i;

/** Folders that hold the project's own data, not articles. */
const IGNORED_DIRS = new Set(["lexicon", "node_modules"]);

const KNOWN_NOT_ARTICLES: Array<[RegExp, string]> = [
  [/^\.pdf$/i, "a PDF is not read: convert it to text or HTML first"],
  [/^\.(docx?|odt|rtf|pages)$/i, "a word-processor document is not read: save it as text or HTML first"],
  [/^\.(xlsx?|ods|csv|tsv|pptx?|odp)$/i, "a spreadsheet or slide file is not an article"],
  [/^\.(png|jpe?g|gif|webp|bmp|tiff?|svg|heic|ico)$/i, "an image is not read (no OCR)"],
  [/^\.(zip|gz|tgz|bz2|xz|7z|rar|tar)$/i, "an archive is not read: unpack it first"],
  [/^\.(mp3|mp4|wav|m4a|mov|avi|mkv|webm)$/i, "audio and video are not read"],
  [/^\.(exe|bin|dll|so|dylib|o|class|jar|wasm|db|sqlite)$/i, "a binary file is not an article"],
];

/** Why a file that is not an article is skipped. */
export function skipReason(name: string): string {
  const ext = extname(name);
  for (const [re, reason] of KNOWN_NOT_ARTICLES) if (re.test(ext)) return reason;
  return ext
    ? `not an article file (${ext}; articles are .txt, .html, .htm, .md)`
    : "not an article file (no extension; articles are .txt, .html, .htm, .md)";
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface ArticleFiles {
  /** Article files, sorted. */
  files: string[];
  /** Files found while walking folders that are not articles, with the reason. */
  skipped: SkippedFile[];
  /** Paths that could not be stat'ed or listed, each named with the reason. */
  errors: IngestError[];
}

const reason = (e: unknown): string => {
  const err = e as NodeJS.ErrnoException;
  if (err.code === "ELOOP") return "cannot be read: a symbolic link loop";
  if (err.code === "EACCES" || err.code === "EPERM") return "cannot be read: permission denied";
  if (err.code === "ENOENT") return "does not exist";
  return `cannot be read: ${err.message}`;
};

/**
 * Walk files and folders into article files (sorted), skipped files and errors. Explicitly named files are
 * always taken (their reading reports what is wrong with them); dot files and lexicon folders are ignored.
 * `ignore` lists folders not to walk (the store's own data directory).
 * @example findArticles(["seeds"]).files // ["seeds/000_….txt", …]
 */
export function findArticles(pathsOrDirs: string[], ignore: string[] = []): ArticleFiles {
  const ignored = new Set(ignore.map((p) => resolve(p)));
  const out = new Set<string>();
  const skipped: SkippedFile[] = [];
  const errors: IngestError[] = [];
  const visited = new Set<string>();
  const walk = (dir: string): void => {
    let real: string;
    let names: string[];
    try {
      real = realpathSync(dir);
      names = readdirSync(dir).sort();
    } catch (e) {
      errors.push({ path: dir, message: `${dir}: ${reason(e)}` });
      return;
    }
    if (visited.has(real)) {
      errors.push({ path: dir, message: `${dir}: cannot be read: a symbolic link loop (${real} is already walked)` });
      return;
    }
    visited.add(real);
    for (const name of names) {
      if (name.startsWith(".") || IGNORED_DIRS.has(name)) continue;
      const p = join(dir, name);
      if (ignored.has(resolve(p))) continue;
      let isDir: boolean;
      try {
        isDir = statSync(p).isDirectory();
      } catch (e) {
        // a dangling or looping symlink: lstat works, stat does not
        const link = (() => {
          try {
            return lstatSync(p).isSymbolicLink();
          } catch {
            return false;
          }
        })();
        errors.push({ path: p, message: `${p}: ${reason(e)}${link ? " (a symbolic link)" : ""}` });
        continue;
      }
      if (isDir) walk(p);
      else if (ARTICLE_EXT.test(name)) out.add(p);
      else skipped.push({ path: p, reason: skipReason(name) });
    }
  };
  for (const p of pathsOrDirs) {
    let dir = false;
    try {
      dir = statSync(p).isDirectory();
    } catch {
      // a missing or unreadable path is kept so that reading it reports the reason
    }
    if (dir) walk(p);
    else out.add(p);
  }
  return { files: [...out].sort(), skipped, errors };
}

/**
 * Article files only (what findArticles finds), sorted.
 * @example listArticleFiles(["seeds"]) // ["seeds/000_….txt", …]
 */
export function listArticleFiles(pathsOrDirs: string[]): string[] {
  return findArticles(pathsOrDirs).files;
}
