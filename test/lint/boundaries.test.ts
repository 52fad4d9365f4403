/**
 * The layer rule (kg/layers in eslint.config.js) fires on wrong imports.
 * Each fixture in test/lint/fixtures/ says, on its first line, which file of
 * the project it pretends to be; it is linted under that name with the
 * project's own ESLint config, through ESLint's Node API.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../store/index.js";

const FIXTURES = join(PROJECT_ROOT, "test", "lint", "fixtures");

/** Lint a fixture as the project file named on its first line (`// lint as: web/src/…`). */
async function lintFixture(name: string): Promise<ESLint.LintResult> {
  const code = readFileSync(join(FIXTURES, name), "utf8");
  const as = code.match(/^\/\/ lint as: (\S+)/)?.[1];
  if (!as) throw new Error(`${name}: missing the \`// lint as: <path>\` first line.`);
  const eslint = new ESLint({ cwd: PROJECT_ROOT });
  const [result] = await eslint.lintText(code, { filePath: join(PROJECT_ROOT, as) });
  return result;
}

const WRONG: Array<[file: string, message: string]> = [
  ["web-imports-server.ts", "layers: web/ may not import server/"],
  ["web-imports-test.ts", "layers: web/ may not import test/"],
  ["ingest-imports-server.ts", "layers: ingest/ may not import server/"],
  ["ingest-imports-cli.ts", "layers: ingest/ may not import cli/"],
  ["schema-imports-store.ts", "layers: schema/ may not import store/"],
  ["schema-reexports-ingest.ts", "layers: schema/ may not import ingest/"],
  ["store-imports-ingest-dynamic.ts", "layers: store/ may not import ingest/"],
  ["bench-imports-test.ts", "layers: bench/ may not import test/"],
];

const RIGHT = ["allowed-cli.ts", "allowed-imports.ts", "allowed-test.ts"];

describe("lint: import boundaries", () => {
  it("every fixture is in one of the tables below", () => {
    const listed = [...WRONG.map(([f]) => f), ...RIGHT].sort();
    expect(readdirSync(FIXTURES).sort()).toEqual(listed);
  });

  it.each(WRONG)("%s is refused", async (file, message) => {
    const result = await lintFixture(file);
    const layers = result.messages.filter((m) => m.ruleId === "kg/layers");
    expect(layers).toHaveLength(1);
    expect(layers[0].severity).toBe(2);
    expect(layers[0].message).toContain(message);
    expect(layers[0].message).toContain("ARCHITECTURE.md");
    // nothing else is wrong with the fixture: the layer rule is the only reason it fails
    expect(result.messages.filter((m) => m.ruleId !== "kg/layers")).toEqual([]);
  });

  it.each(RIGHT)("%s passes", async (file) => {
    const result = await lintFixture(file);
    expect(result.messages).toEqual([]);
  });
});
