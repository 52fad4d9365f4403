/**
 * Paths as the API shows them: never the server's absolute paths. A file or
 * folder inside the project is shown relative to it (`seeds/000_….txt`,
 * `data/kuzu.db`); elsewhere only its folder and name (`…/articles/a.txt`).
 */
import { basename, dirname, isAbsolute, relative, sep } from "node:path";
import { PROJECT_ROOT } from "../store/index.js";

/**
 * @example publicPath(join(PROJECT_ROOT, "seeds", "000.txt")) === "seeds/000.txt"
 * @example publicPath("/home/ana/articles/a.txt") === "…/articles/a.txt"
 */
export function publicPath(path: string, root = PROJECT_ROOT): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(root, path);
  if (rel && !rel.startsWith("..") && !isAbsolute(rel)) return rel.split(sep).join("/");
  return `…/${basename(dirname(path))}/${basename(path)}`;
}
