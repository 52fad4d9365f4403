/**
 * Extraction throughput: the whole pipeline up to the GraphBatch
 * (processDocument) over the seed articles, beside opencc-js Traditional →
 * Simplified on the same bytes (DESIGN.md's natural baseline), in one run.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { PROJECT_ROOT } from "../store/index.js";
import { listArticleFiles, processDocument } from "../ingest/pipeline.js";

export interface ExtractFigure {
  what: string;
  megabytes: number;
  seconds: number;
}

export function extractBench(rounds = 20): ExtractFigure[] {
  const files = listArticleFiles([join(PROJECT_ROOT, "seeds")]).map((p) => ({ path: p, bytes: readFileSync(p) }));
  const total = files.reduce((a, f) => a + f.bytes.length, 0) * rounds;
  const mb = total / 1e6;
  processDocument(files[0].path, files[0].bytes); // warm lexicons
  let t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const f of files) processDocument(f.path, f.bytes);
  const pipeline = (performance.now() - t0) / 1000;
  const convert = OpenCC.Converter({ from: "tw", to: "cn" });
  const texts = files.map((f) => f.bytes.toString("utf8"));
  t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) convert(t);
  const opencc = (performance.now() - t0) / 1000;
  return [
    { what: "opencc-js tw→cn (baseline)", megabytes: mb, seconds: opencc },
    { what: "kg extraction (read → relate → batch)", megabytes: mb, seconds: pipeline },
  ];
}
