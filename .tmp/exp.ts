import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, storeConfig } from "../store/index.js";
import { QueryIsolation } from "../store/query-isolation.js";
import { syntheticBatch } from "../bench/synthetic.js";

const dir = mkdtempSync(join(tmpdir(), "kg-house-exp-"));
const w = await openStore(storeConfig({}, { kind: "embedded", dataDir: dir }));
await w.upsert(syntheticBatch(2000, 6000, 7));
await w.close();
const iso = new QueryIsolation(dir, { memoryLimitMb: Number(process.argv[2] ?? 600) });
const t = (label: string, p: Promise<unknown>) => {
  const s = performance.now();
  return p.then(
    (r) => console.log(label, "ok", Math.round(performance.now() - s), JSON.stringify((r as { rows: unknown }).rows).slice(0, 80)),
    (e) => console.log(label, "ERR", Math.round(performance.now() - s), e.reason, e.message.slice(0, 200)),
  );
};
await t("return1", iso.query("RETURN 1 AS one", {}, {}, 10_000));
const parens = "RETURN " + "(".repeat(2000) + "1" + ")".repeat(2000) + " AS x";
await t("parens", iso.query(parens, {}, { timeoutMs: 2000 }, 2000));
await t("after", iso.query("RETURN 1 AS one", {}, {}, 10_000));
await t("mem", iso.query("WITH 60000000 AS n UNWIND range(1, n) AS x RETURN count(*) AS c", {}, { timeoutMs: 20000 }, 20000));
await t("after2", iso.query("RETURN 1 AS one", {}, {}, 10_000));
await iso.close();
