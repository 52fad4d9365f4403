import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { KuzuStore } from "./store/kuzu.ts";
import { processDocument } from "./ingest/pipeline.ts";
import { loadBatch } from "./ingest/load.ts";
import { generateCorpus } from "./bench/corpus.ts";
const n = Number(process.argv[2]);
const c = generateCorpus({ articles: n, seed: 3 });
const items = c.files.map((p) => ({ result: processDocument(p, readFileSync(p)) }));
const du = (d: string) => readdirSync(d).reduce((a, f) => a + statSync(join(d, f)).size, 0) / 1e6;
for (const [name, ck, bs] of [["default", 0, 200], ["threshold 4GB", 4e9, 200], ["batch 1000", 0, 1000]] as const) {
  const dir = `/tmp/ingest-scratch/ck-${name.replace(/\W/g, "")}-${n}`;
  const s = new KuzuStore({ dataDir: dir });
  await s.init();
  if (ck) { const r: any = await (s as any).writer.query(`CALL checkpoint_threshold=${ck}`); r.close(); }
  const stored = new Set<string>();
  const t0 = performance.now();
  const sizes: string[] = [];
  for (let i = 0; i < items.length; i += bs) {
    const part = items.slice(i, i + bs);
    await loadBatch(s, part, stored);
    for (const it of part) stored.add(it.result.document.id);
    if ((i / bs) % 2 === 1) sizes.push(du(dir).toFixed(0));
  }
  await s.checkpoint();
  await s.close();
  console.log(name, ((performance.now() - t0) / 1000).toFixed(1), "s", "final MB", du(dir).toFixed(0), "along", sizes.join(","));
}
