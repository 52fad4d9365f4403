/**
 * `kg export` carries the quote text beside the sentence ids: the seeds ingested
 * with `kg ingest` into a fresh data directory, then `kg export` as JSON and as
 * CSV; every edge with evidence has `quotes`, one per sentence id, each the
 * stored sentence in its original characters (Traditional stays Traditional).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../store/index.js";
import { readCsv } from "../helpers/csv.js";

const TSX = join(PROJECT_ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const CLI = join(PROJECT_ROOT, "cli", "main.ts");
let dataDir: string;
const kg = (...args: string[]) =>
  spawnSync(process.execPath, [TSX, CLI, ...args], {
    env: { ...process.env, KG_DATA_DIR: dataDir, GRAPH_STORE: "embedded" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 180_000,
  });

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), "kg-export-"));
  const r = kg("ingest", join(PROJECT_ROOT, "seeds"));
  if (r.status !== 0) throw new Error(`kg ingest failed: ${r.stderr}`);
}, 200_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface JsonEdge {
  key: string;
  attributes: { kind: string; evidence?: string[]; quotes?: string[] };
}

describe("kg export carries quotes", () => {
  it("JSON: every edge with evidence has one quote per sentence id, the sentence as written", () => {
    const r = kg("export", "--format", "json");
    expect(r.status).toBe(0);
    const g = JSON.parse(r.stdout) as { edges: JsonEdge[] };
    const withEv = g.edges.filter((e) => (e.attributes.evidence ?? []).length > 0);
    expect(withEv.length).toBeGreaterThan(20);
    for (const e of withEv) {
      expect(e.attributes.quotes).toHaveLength(e.attributes.evidence!.length);
      for (const q of e.attributes.quotes!) expect(q).toMatch(/[\u4e00-\u9fff]/);
    }
    // the quote of an edge from the Traditional article (003) keeps its Traditional characters
    const all = withEv.flatMap((e) => e.attributes.quotes!);
    expect(all.some((q) => /[國發關於虛擬貨幣礦]/.test(q))).toBe(true);
    // evidence from the seeds' seed sentence about the 924 notice is quoted in full
    const notice = all.find((q) => q.includes("史上最嚴"));
    expect(notice).toBeDefined();
    expect(notice).toContain("924規定");
  }, 200_000);

  it("CSV: the edges file has a quotes column beside evidence", () => {
    const base = join(dataDir, "out.csv");
    const r = kg("export", "--format", "csv", "--out", base);
    expect(r.status).toBe(0);
    const rows = readCsv(readFileSync(join(dataDir, "out.edges.csv"), "utf8").replace(/^\uFEFF/, "")).filter(
      (x) => x.length > 1,
    );
    const header = rows[0];
    const ev = header.indexOf("evidence");
    const qi = header.indexOf("quotes");
    expect(ev).toBeGreaterThan(0);
    expect(qi).toBeGreaterThan(0);
    const withEv = rows.slice(1).filter((row) => row[ev]);
    expect(withEv.length).toBeGreaterThan(20);
    for (const row of withEv) expect(row[qi]).toMatch(/[\u4e00-\u9fff]/);
  }, 200_000);
});
