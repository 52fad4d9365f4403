/**
 * One measured ingest, in its own process so its peak RSS is its own:
 * `tsx bench/ingest-child.ts <dataDir> <path>…` prints one JSON line
 * {seconds, loaded, replaced, errors, nodes, edges, maxRssMB}.
 */
import { openStore, storeConfig } from "../store/index.js";
import { ingestFiles } from "../ingest/ingest.js";

const [dataDir, ...paths] = process.argv.slice(2);
const store = await openStore(storeConfig({}, { kind: "embedded", dataDir }));
const t0 = performance.now();
const report = await ingestFiles(store, paths);
const seconds = (performance.now() - t0) / 1000;
const counts = await store.counts();
await store.close();
console.log(
  JSON.stringify({
    seconds,
    loaded: report.loaded,
    replaced: report.replaced,
    errors: report.errors.length,
    firstError: report.errors[0]?.message ?? null,
    nodes: counts.nodes,
    edges: counts.edges,
    // resourceUsage().maxRSS is in kilobytes: the process's peak, worker threads included
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
