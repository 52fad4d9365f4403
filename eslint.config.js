/**
 * ESLint: typescript-eslint's recommended rules, the React hooks rules for the
 * web app, and the layer rule that keeps imports pointing down the table of
 * ARCHITECTURE.md. `npm run lint` runs it with `prettier --check`; .ci/run
 * fails the build on either.
 */
import { dirname, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const ROOT = dirname(fileURLToPath(import.meta.url));

/**
 * Which of our folders each folder may import (besides itself). Folders not
 * listed (test/, the root config files) may import anything.
 */
export const LAYERS = {
  schema: [],
  store: ["schema"],
  ingest: ["schema", "store"],
  server: ["schema", "store"],
  cli: ["schema", "store", "ingest", "server"],
  web: ["schema"],
  bench: ["schema", "store", "ingest", "server", "cli", "web"],
};
const OURS = new Set([...Object.keys(LAYERS), "test", "cypher"]);

/** The top folder of a path inside the project, or null outside it. */
function topFolder(file) {
  const rel = relative(ROOT, file);
  if (!rel || rel.startsWith("..") || rel.includes(":")) return null;
  const [top, ...rest] = rel.split(sep);
  return rest.length ? top : null;
}

/** kg/layers: an import from a folder that its layer may not use. */
const layersRule = {
  meta: {
    type: "problem",
    docs: { description: "Imports point down the layer table of ARCHITECTURE.md." },
    schema: [],
    messages: {
      forbidden:
        "layers: {{from}}/ may not import {{to}}/ (`{{source}}`). {{from}}/ may import {{allowed}}; see ARCHITECTURE.md.",
    },
  },
  create(context) {
    const from = topFolder(context.filename);
    const allowed = from ? LAYERS[from] : undefined;
    if (!allowed) return {};
    const check = (node) => {
      const source = node?.type === "Literal" && typeof node.value === "string" ? node.value : null;
      if (!source || !source.startsWith(".")) return;
      const to = topFolder(resolve(dirname(context.filename), source));
      if (!to || to === from || !OURS.has(to) || allowed.includes(to)) return;
      context.report({
        node,
        messageId: "forbidden",
        data: {
          from,
          to,
          source,
          allowed: allowed.length ? allowed.map((f) => `${f}/`).join(", ") : "nothing of ours",
        },
      });
    };
    return {
      ImportDeclaration: (n) => check(n.source),
      ExportNamedDeclaration: (n) => check(n.source),
      ExportAllDeclaration: (n) => check(n.source),
      ImportExpression: (n) => check(n.source),
    };
  },
};

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "data/",
      "test-artifacts/",
      "seeds/",
      "docs/",
      // Files with deliberately wrong imports, linted under other names by test/lint/boundaries.test.ts.
      "test/lint/fixtures/",
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { kg: { rules: { layers: layersRule } } },
    rules: {
      "kg/layers": "error",
      // `_`-prefixed names mark an argument or binding kept on purpose (a callback's position, a destructured omission).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    files: ["web/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    ...reactHooks.configs.flat.recommended,
  },
);
