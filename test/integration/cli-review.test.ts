/**
 * `kg review` end to end on a real Kuzu database (the five seeds): merge two seed companies, the merge survives
 * `kg ingest --force` and a new article naming the merged one, list/export/undo/import, split an alias, and bad
 * input refused with a message and exit 1.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../store/index.js";

const TSX = join(PROJECT_ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const CLI = join(PROJECT_ROOT, "cli", "main.ts");
const NEW_ARTICLE = join(PROJECT_ROOT, "test/fixtures/review/huobi_university.txt");
let dataDir: string;

function kg(args: string[]) {
  const r = spawnSync(process.execPath, [TSX, CLI, ...args], {
    env: { ...process.env, KG_DATA_DIR: dataDir, GRAPH_STORE: "embedded" },
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function rows(cypher: string): Array<Record<string, unknown>> {
  const r = kg(["query", cypher, "--json"]);
  expect(r.stderr).toBe("");
  return (JSON.parse(r.stdout) as { rows: Array<Record<string, unknown>> }).rows;
}

const company = (name: string) =>
  rows(
    `MATCH (n:Company {name: '${name}'}) OPTIONAL MATCH (s:Sentence)-[:MENTIONS]->(n) RETURN n.aliases AS aliases, count(s) AS mentions`,
  )[0] as { aliases: string[]; mentions: number } | undefined;

describe("kg review on the seeds", { timeout: 300_000 }, () => {
  let huobi: { aliases: string[]; mentions: number };
  let university: { aliases: string[]; mentions: number };
  const exported = () => join(dataDir, "decisions.json");

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), "kg-cli-review-"));
    const r = kg(["ingest"]);
    expect(r.code).toBe(0);
    huobi = company("火币")!;
    university = company("火币大学")!;
  }, 300_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("merge: one entity with both sets of aliases and mentions; the decision is in the data directory", () => {
    expect(university.mentions).toBe(1);
    const r = kg(["review", "merge", "火币", "company:火币大学"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^#1 .* merge 火币大学 \(company:火币大学\) into 火币 \(company:火币\)$/m);
    expect(r.stdout).toMatch(/reviewed: merged 2 entities into company:火币 in embedded store \(decision #1\)/);
    expect(company("火币大学")).toBeUndefined();
    const merged = company("火币")!;
    expect(merged.mentions).toBe(huobi.mentions + university.mentions);
    expect(merged.aliases).toEqual(expect.arrayContaining([...huobi.aliases, "火币大学"]));
    const file = JSON.parse(readFileSync(join(dataDir, "overrides.json"), "utf8"));
    expect(file).toMatchObject([
      { id: 1, op: "merge", source: { id: "company:火币大学" }, target: { id: "company:火币" } },
    ]);
  });

  it("survives `kg ingest --force` and the ingest of a new article naming the merged company", () => {
    expect(kg(["ingest", "--force"]).code).toBe(0);
    expect(company("火币大学")).toBeUndefined();
    expect(company("火币")!.mentions).toBe(huobi.mentions + university.mentions);
    const r = kg(["ingest", NEW_ARTICLE]);
    expect(r.code).toBe(0);
    expect(company("火币大学")).toBeUndefined();
    expect(company("火币")!.mentions).toBe(huobi.mentions + university.mentions + 2);
  });

  it("list and export show the decision", () => {
    const l = kg(["review", "list"]);
    expect(l.code).toBe(0);
    expect(l.stdout).toMatch(/^#1 +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d +merge 火币大学/m);
    expect(l.stdout).toMatch(/^1 review decision$/m);
    const e = kg(["review", "export", exported()]);
    expect(e.code).toBe(0);
    expect(JSON.parse(readFileSync(exported(), "utf8")).overrides).toHaveLength(1);
  });

  it("undo restores both companies from their articles", () => {
    const r = kg(["review", "undo", "1"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/reviewed: undid decision #1, \d+ article\(s\) read again/);
    expect(company("火币")).toEqual(huobi);
    const back = company("火币大学")!;
    expect(back.aliases).toEqual(university.aliases);
    expect(back.mentions).toBe(university.mentions + 2); // the seeds' and the new article's
    expect(kg(["review", "list"]).stdout).toMatch(/^0 review decisions$/m);
  });

  it("import applies an exported file again; a second import adds nothing", () => {
    const r = kg(["review", "import", exported()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/imported 1 review decision\(s\) from .* 0 already recorded/);
    expect(company("火币大学")).toBeUndefined();
    expect(kg(["review", "import", exported()]).stdout).toMatch(/imported 0 review decision\(s\).* 1 already recorded/);
  });

  it("split moves the alias and the mention written that way to a new entity", () => {
    const r = kg(["review", "split", "国家发展和改革委员会", "--alias", "发改委"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const split = rows(
      "MATCH (s:Sentence)-[m:MENTIONS]->(n:Agency {id: 'agency:发改委'}) RETURN m.surface AS surface, n.name AS name",
    );
    expect(split).toEqual([{ surface: "發(fā)改委", name: "发改委" }]);
    const [national] = rows("MATCH (n:Agency {id: 'agency:国家发展和改革委员会'}) RETURN n.aliases AS aliases");
    expect(national.aliases).not.toContain("发改委");
    expect(national.aliases).toContain("国家发改委");
  });

  it.each([
    [["review", "merge", "火币", "火币"], /same entity/],
    [["review", "merge", "火币", "中国人民银行"], /is a Company and `中国人民银行` a Agency/],
    [["review", "merge", "火币", "no-such-thing-xyz"], /no entity matches `b` `no-such-thing-xyz`/],
    [["review", "split", "中国人民银行", "--alias", "没有的别名"], /has no alias `没有的别名`/],
    [["review", "undo", "99"], /no decision 99/],
    [["review", "frobnicate"], /unknown subcommand `frobnicate`/],
  ])("refuses %j with a message and exit 1", (args, message) => {
    const before = readFileSync(join(dataDir, "overrides.json"), "utf8");
    const r = kg(args as string[]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(readFileSync(join(dataDir, "overrides.json"), "utf8")).toBe(before);
  });

  it("a broken decisions file is refused naming the file and the decision", () => {
    const bad = join(dataDir, "bad.json");
    writeFileSync(bad, JSON.stringify([{ id: 1, op: "merge", at: "2026-01-01", label: "Company", target: {} }]));
    const r = kg(["review", "import", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}: decision 1: invalid \`target\`.`);
    expect(existsSync(bad)).toBe(true);
  });
});
