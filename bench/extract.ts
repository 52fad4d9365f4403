/**
 * Extraction throughput: the whole pipeline up to the GraphBatch
 * (processDocument) over a generated corpus (bench/corpus.ts), in one thread,
 * beside opencc-js Traditional → Simplified on the same bytes (DESIGN.md's
 * natural baseline), in one run. MB/s per core. Timed twice: a first pass
 * (which pays the JIT's warm-up, as each ingest worker does once) and the
 * next, different articles with the code warm (a long ingest's steady rate).
 */
import { readFileSync, rmSync } from "node:fs";
import * as OpenCC from "opencc-js";
import { processDocument } from "../ingest/pipeline.js";
import { generateCorpus } from "./corpus.js";

export interface ExtractFigure {
  what: string;
  megabytes: number;
  seconds: number;
}

export function extractBench(articles = 500): ExtractFigure[] {
  // twice the articles: the first half is timed cold, the second (other articles) once the code is warm
  const corpus = generateCorpus({ articles: articles * 2, seed: 5 });
  const all = corpus.files.map((p) => ({ path: p, bytes: readFileSync(p) }));
  rmSync(corpus.dir, { recursive: true, force: true });
  const files = all.slice(0, articles);
  const later = all.slice(articles);
  const megabytes = (fs: typeof all): number => fs.reduce((a, f) => a + f.bytes.length, 0) / 1e6;
  const pass = (fs: typeof all): number => {
    const t0 = performance.now();
    for (const f of fs) processDocument(f.path, f.bytes);
    return (performance.now() - t0) / 1000;
  };
  processDocument(files[0]!.path, files[0]!.bytes); // warm lexicons
  // the first pass pays the JIT's warm-up, which a worker pays once per ingest
  const pipeline = pass(files);
  const warm = pass(later);
  const convert = OpenCC.Converter({ from: "tw", to: "cn" });
  const texts = files.map((f) => f.bytes.toString("utf8"));
  convert(texts[0]!);
  const t0 = performance.now();
  for (const t of texts) convert(t);
  const opencc = (performance.now() - t0) / 1000;
  return [
    { what: "opencc-js tw→cn (baseline)", megabytes: megabytes(files), seconds: opencc },
    {
      what: "kg extraction (read → relate → batch), one core, first pass",
      megabytes: megabytes(files),
      seconds: pipeline,
    },
    { what: `kg extraction, the next ${later.length} articles (warm)`, megabytes: megabytes(later), seconds: warm },
  ];
}
