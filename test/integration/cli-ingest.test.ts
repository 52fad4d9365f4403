/**
 * The CLI end to end on a real Kuzu database in a temp directory: ingest the
 * five seeds, check the graph, ingest again (nothing changes), and compare
 * the CLI's reported counts with a count through the query path.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../store/index.js";
import { CLIENT_LABELS } from "../../schema/index.js";

const TSX = join(PROJECT_ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const CLI = join(PROJECT_ROOT, "cli", "main.ts");
let dataDir: string;

function kg(args: string[], dir = dataDir) {
  const r = spawnSync(process.execPath, [TSX, CLI, ...args], {
    env: { ...process.env, KG_DATA_DIR: dir, GRAPH_STORE: "embedded" },
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SUMMARY =
  /ingested (\d+)\/(\d+) documents(?: \((\d+) unchanged, skipped\))? into embedded store: (\d+) nodes, (\d+) edges, (\d+) errors, [\d.]+ s/;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), "kg-cli-"));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("kg ingest on the seeds", () => {
  let first: RegExpMatchArray;

  it("ingests the five seeds with a one-line summary", () => {
    const r = kg(["ingest"]);
    expect(r.stderr).not.toMatch(/^error:/m);
    expect(r.code).toBe(0);
    first = r.stdout.match(SUMMARY)!;
    expect(first).not.toBeNull();
    expect(first.slice(1, 3)).toEqual(["5", "5"]);
    expect(first[3]).toBeUndefined();
    expect(Number(first[4])).toBeGreaterThan(100);
    expect(first[6]).toBe("0");
  });

  it("has nodes of all five client kinds", () => {
    const r = kg(["query", "MATCH (n) WHERE n.search IS NOT NULL RETURN DISTINCT label(n) AS kind", "--json"]);
    expect(r.code).toBe(0);
    const kinds = JSON.parse(r.stdout).rows.map((x: { kind: string }) => x.kind);
    for (const l of CLIENT_LABELS) expect(kinds).toContain(l);
  });

  it("has 中国人民银行 with evidence sentences from at least two articles", () => {
    const r = kg([
      "query",
      "MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence)-[:MENTIONS]->(a:Agency {id: 'agency:中国人民银行'}) RETURN count(DISTINCT d) AS docs, count(DISTINCT s) AS sentences",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const row = JSON.parse(r.stdout).rows[0];
    expect(row.docs).toBeGreaterThanOrEqual(2);
    expect(row.sentences).toBeGreaterThanOrEqual(2);
  });

  it("MATCH (n) RETURN count(n) through the query path equals the count the CLI reported", () => {
    const r = kg(["query", "MATCH (n) RETURN count(n) AS c", "--json"]);
    expect(JSON.parse(r.stdout).rows[0].c).toBe(Number(first[4]));
    const e = kg(["query", "MATCH ()-[r]->() RETURN count(r) AS c", "--json"]);
    expect(JSON.parse(e.stdout).rows[0].c).toBe(Number(first[5]));
  });

  it("status shows the store, its version and counts by label and type", () => {
    const r = kg(["status"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/store:\s+embedded \(Kuzu 0\.11\.\d+\) at .*kuzu\.db/);
    expect(r.stdout).toMatch(/node\s+Agency\s+\d+/);
    expect(r.stdout).toMatch(/edge\s+ISSUED\s+\d+/);
    expect(r.stdout).toContain(`${first[4]} nodes, ${first[5]} edges`);
    const neo = kg(["status", "--store", "nosuch"]);
    expect(neo.code).toBe(1);
    expect(neo.stderr).toMatch(/invalid GRAPH_STORE `nosuch`/);
  });

  it("ingesting twice skips the unchanged files and leaves node and edge counts unchanged", () => {
    const again = kg(["ingest"]).stdout.match(SUMMARY)!;
    expect(again.slice(1, 4)).toEqual(["0", "5", "5"]);
    expect(again.slice(4, 6)).toEqual(first.slice(4, 6));
  });

  it("--force re-processes everything and still changes nothing", () => {
    const forced = kg(["ingest", "--force"]).stdout.match(SUMMARY)!;
    expect(forced.slice(1, 4)).toEqual(["5", "5", undefined]);
    expect(forced.slice(4, 6)).toEqual(first.slice(4, 6));
  });

  it("a changed file is re-processed, an unchanged one skipped", () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-incr-"));
    const a = join(dir, "a.txt");
    const b = join(dir, "b.txt");
    copyFileSync(join(PROJECT_ROOT, "seeds", "004_b12b5f84a2e197e7.txt"), a);
    copyFileSync(join(PROJECT_ROOT, "seeds", "003_e8677f34a85d734d.txt"), b);
    const data = join(dir, "data");
    expect(kg(["ingest", dir], data).stdout).toMatch(/ingested 2\/2 documents into/);
    const sentences = () =>
      JSON.parse(
        kg(["query", "MATCH (d:Document {id: 'doc:b'})-[:HAS_SENTENCE]->(s) RETURN count(s) AS c", "--json"], data)
          .stdout,
      ).rows[0].c;
    const before = sentences();
    writeFileSync(b, "中国人民银行发布通知。\n");
    expect(kg(["ingest", dir], data).stdout).toMatch(/ingested 1\/2 documents \(1 unchanged, skipped\)/);
    // the old version's sentences are gone, the new one's are there
    expect(before).toBeGreaterThan(5);
    expect(sentences()).toBe(1);
    rmSync(dir, { recursive: true, force: true });
  });

  it("prints a table for a query, and rejects a write with exit code 1", () => {
    const table = kg(["query", "MATCH (a:Agency {id: 'agency:中国人民银行'}) RETURN a.name AS name"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/\| name\s+\|/);
    expect(table.stdout).toContain("中国人民银行");
    const write = kg(["query", "CREATE (n:Agency {id: 'agency:x'})"]);
    expect(write.code).toBe(1);
    expect(write.stderr).toMatch(/rejected \(write\)/);
  });

  it("exports graphology JSON to a file", () => {
    const out = join(dataDir, "g.json");
    const r = kg(["export", "--format", "json", "--out", out]);
    expect(r.code).toBe(0);
    const g = JSON.parse(readFileSync(out, "utf8"));
    expect(g.nodes.find((n: { key: string }) => n.key === "agency:中国人民银行").attributes.kind).toBe("Agency");
    expect(r.stdout).toMatch(new RegExp(`exported ${g.nodes.length} nodes, ${g.edges.length} edges as json`));
  });
});

describe("kg ingest with a broken file", () => {
  it("reports the broken file by name, loads the rest, exits non-zero", () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-broken-"));
    const articles = join(dir, "articles");
    mkdirSync(articles);
    copyFileSync(join(PROJECT_ROOT, "seeds", "004_b12b5f84a2e197e7.txt"), join(articles, "good.txt"));
    writeFileSync(
      join(articles, "broken.txt"),
      Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00, 0x00, 0x41, 0x00, 0xc3, 0x28]),
    );
    const r = kg(["ingest", articles], join(dir, "data"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.txt/);
    expect(r.stdout).toMatch(/ingested 1\/2 documents/);
    rmSync(dir, { recursive: true, force: true });
  });

  it("serve says which port is taken and how to choose another", async () => {
    const { createServer } = await import("node:net");
    const blocker = createServer().listen(0, "127.0.0.1");
    await new Promise((r) => blocker.once("listening", r));
    const port = (blocker.address() as { port: number }).port;
    const r = spawnSync(process.execPath, [TSX, CLI, "serve"], {
      env: { ...process.env, KG_DATA_DIR: mkdtempSync(join(tmpdir(), "kg-port-")), PORT: String(port) },
      encoding: "utf8",
      timeout: 30_000,
    });
    blocker.close();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`port ${port} on 127.0.0.1 is in use. Set PORT`));
  });

  it("a help text and a clear error for an unknown command", () => {
    const r = kg(["frobnicate"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown command `frobnicate`/);
    expect(execFileSync(process.execPath, [TSX, CLI, "--help"], { encoding: "utf8" })).toMatch(/Usage: npm run kg/);
  });
});
