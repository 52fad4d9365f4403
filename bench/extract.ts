/**
 * Extraction throughput: the whole pipeline up to the GraphBatch
 * (processDocument) over a generated corpus (bench/corpus.ts), in one thread,
 * beside opencc-js Traditional → Simplified on the same bytes (DESIGN.md's
 * natural baseline), in one run. MB/s per core.
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
  const corpus = generateCorpus({ articles, seed: 5 });
  const files = corpus.files.map((p) => ({ path: p, bytes: readFileSync(p) }));
  rmSync(corpus.dir, { recursive: true, force: true });
  const mb = files.reduce((a, f) => a + f.bytes.length, 0) / 1e6;
  processDocument(files[0]!.path, files[0]!.bytes); // warm lexicons
  let t0 = performance.now();
  for (const f of files) processDocument(f.path, f.bytes);
  const pipeline = (performance.now() - t0) / 1000;
  const convert = OpenCC.Converter({ from: "tw", to: "cn" });
  const texts = files.map((f) => f.bytes.toString("utf8"));
  convert(texts[0]!);
  t0 = performance.now();
  for (const t of texts) convert(t);
  const opencc = (performance.now() - t0) / 1000;
  return [
    { what: "opencc-js tw→cn (baseline)", megabytes: mb, seconds: opencc },
    { what: "kg extraction (read → relate → batch), one core", megabytes: mb, seconds: pipeline },
  ];
}
