/**
 * The ingest table: generated corpora (bench/corpus.ts) of 1×/10×/100× the
 * five seeds (and `--articles N`), each ingested by `ingestFiles` into an
 * empty Kuzu store in a child process: wall time, articles/s, MB/s, peak RSS,
 * nodes/edges, store size on disk, time per article. Then re-ingest of 1%
 * changed articles into the largest store beside the same files into an empty
 * store.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { PROJECT_ROOT } from "../store/index.js";
import { changeArticles, generateCorpus } from "./corpus.js";

export interface IngestFigure {
  what: string;
  articles: number;
  megabytes: number;
  seconds: number;
  maxRssMB: number;
  nodes: number;
  edges: number;
  storeMB: number;
  errors: number;
}

const TSX = join(PROJECT_ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const CHILD = join(PROJECT_ROOT, "bench", "ingest-child.ts");

function duMB(path: string): number {
  let total = 0;
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) for (const n of readdirSync(p)) walk(join(p, n));
    else total += st.size;
  };
  walk(path);
  return total / 1e6;
}

function child(dataDir: string, paths: string[]) {
  const out = execFileSync(process.execPath, [TSX, CHILD, dataDir, ...paths], {
    encoding: "utf8",
    // as `kg` launches itself (bin/kg.mjs)
    env: { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2" },
    maxBuffer: 1 << 26,
    stdio: ["ignore", "pipe", "ignore"],
  });
  const line = out.trim().split("\n").pop()!;
  return JSON.parse(line) as {
    seconds: number;
    loaded: number;
    errors: number;
    firstError: string | null;
    nodes: number;
    edges: number;
    maxRssMB: number;
  };
}

export async function ingestBench(
  sizes: number[],
  onFigure: (f: IngestFigure) => void = () => undefined,
): Promise<IngestFigure[]> {
  const figures: IngestFigure[] = [];
  const add = (f: IngestFigure) => {
    figures.push(f);
    onFigure(f);
  };
  const largest = Math.max(...sizes);
  for (const articles of sizes) {
    const corpus = generateCorpus({ articles });
    const dataDir = mkdtempSync(join(tmpdir(), "kg-bench-ingest-"));
    try {
      const r = child(dataDir, [corpus.dir]);
      if (r.firstError) console.log(`(first error: ${r.firstError})`);
      add({
        what: `${articles} articles into an empty store`,
        articles: r.loaded,
        megabytes: corpus.bytes / 1e6,
        seconds: r.seconds,
        maxRssMB: r.maxRssMB,
        nodes: r.nodes,
        edges: r.edges,
        storeMB: duMB(dataDir),
        errors: r.errors,
      });
      if (articles === largest) {
        // 1% of the articles change (a sentence added at the start, one removed) and are ingested again
        const changed = changeArticles(corpus.files.filter((_, i) => i % 100 === 0));
        const bytes = changed.reduce((a, p) => a + statSync(p).size, 0) / 1e6;
        const again = child(dataDir, [corpus.dir]);
        add({
          what: `re-ingest ${changed.length} changed (1%) into that store`,
          articles: again.loaded,
          megabytes: bytes,
          seconds: again.seconds,
          maxRssMB: again.maxRssMB,
          nodes: again.nodes,
          edges: again.edges,
          storeMB: duMB(dataDir),
          errors: again.errors,
        });
        const only = mkdtempSync(join(tmpdir(), "kg-bench-changed-"));
        for (const p of changed) cpSync(p, join(only, relative(corpus.dir, p)), { recursive: true });
        const emptyDir = mkdtempSync(join(tmpdir(), "kg-bench-ingest-"));
        const fresh = child(emptyDir, [only]);
        add({
          what: `the same ${changed.length} into an empty store`,
          articles: fresh.loaded,
          megabytes: bytes,
          seconds: fresh.seconds,
          maxRssMB: fresh.maxRssMB,
          nodes: fresh.nodes,
          edges: fresh.edges,
          storeMB: duMB(emptyDir),
          errors: fresh.errors,
        });
        rmSync(only, { recursive: true, force: true });
        rmSync(emptyDir, { recursive: true, force: true });
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(corpus.dir, { recursive: true, force: true });
    }
  }
  return figures;
}

export function printIngestHeader(): void {
  console.log(
    "| what | articles | MB | wall s | articles/s | MB/s | ms/article | peak RSS MB | nodes / edges | store MB | errors |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
}

export function printIngestRow(f: IngestFigure): void {
  console.log(
    `| ${f.what} | ${f.articles} | ${f.megabytes.toFixed(2)} | ${f.seconds.toFixed(1)} | ${(f.articles / f.seconds).toFixed(1)} | ${(f.megabytes / f.seconds).toFixed(2)} | ${((f.seconds * 1000) / Math.max(1, f.articles)).toFixed(1)} | ${Math.round(f.maxRssMB)} | ${f.nodes.toLocaleString("en")} / ${f.edges.toLocaleString("en")} | ${f.storeMB.toFixed(1)} | ${f.errors} |`,
  );
}
