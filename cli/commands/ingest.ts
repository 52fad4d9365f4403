/** `kg ingest [paths…] [--force] [--batch N]`: read articles into the store. */
import { join } from "node:path";
import { PROJECT_ROOT, type GraphStore } from "../../store/index.js";
import { ingestFiles } from "../../ingest/ingest.js";
import { refreshRanking } from "../../store/ranking.js";
import { config, progressBar, seconds, withStore, type Args } from "../shared.js";
import { runningServer } from "../remote.js";
import { removeLock, writeLock } from "../server-lock.js";
import { ingestThroughServer } from "./ingest-remote.js";

export async function cmdIngest(args: Args): Promise<number> {
  const t0 = performance.now();
  const paths = args.positional.length ? args.positional : [join(PROJECT_ROOT, "seeds")];
  // a running `kg serve` on this data directory owns the store: upload through it
  const server = runningServer(args);
  if (server) return ingestThroughServer(args, paths, server);
  return withStore(args, async (store) => {
    // the lock file names this process while it holds the store, for anyone who finds it locked
    if (store.kind === "embedded") writeLock(config(args).dataDir, { command: "kg ingest", store: store.kind });
    try {
      return await ingestDirect(store, args, paths, t0);
    } finally {
      if (store.kind === "embedded") removeLock(config(args).dataDir);
    }
  });
}

/** The ingest into a store this process holds. */
async function ingestDirect(store: GraphStore, args: Args, paths: string[], t0: number): Promise<number> {
  const tty = process.stderr.isTTY;
  const bar = progressBar("ingest");
  let started = false;
  const batch = args.flags.batch === undefined ? undefined : Number(args.flags.batch);
  if (batch !== undefined && !(Number.isInteger(batch) && batch > 0))
    throw new Error(`kg ingest: invalid \`--batch\` ${String(args.flags.batch)}. Expecting a positive integer.`);
  const report = await ingestFiles(store, paths, {
    force: Boolean(args.flags.force),
    batchSize: batch,
    onProgress: (done, total, path) => {
      if (!tty) return;
      if (!started) bar.start(total, 0, { file: "" });
      started = true;
      bar.update(done, { file: path.split("/").pop() });
    },
    onWarning: (w) => {
      console.error(`warning: ${w}`);
    },
    // the overview's ranking (store/ranking.ts) follows each committed batch's entities
    afterBatch: async (s, touched) => {
      await refreshRanking(s, touched);
    },
  });
  if (started) bar.stop();
  if (!report.files && !report.errors.length)
    throw new Error(
      `kg ingest: no article files (.txt, .html, .htm, .md) under ${args.positional.join(", ") || "seeds/"}.`,
    );
  for (const e of report.errors) console.error(`error: ${e.message}`);
  for (const s of report.skipped) console.error(`skipped: ${s.path}: ${s.reason}`);
  for (const d of report.duplicates)
    console.error(`duplicate: ${d.path}: the same article as ${d.of}, already loaded; not loaded again`);
  const counts = await store.counts();
  const notes = [
    report.unchanged.length ? `${report.unchanged.length} unchanged, skipped` : "",
    report.duplicates.length ? `${report.duplicates.length} duplicates` : "",
    report.skipped.length ? `${report.skipped.length} not articles` : "",
  ].filter(Boolean);
  console.log(
    `ingested ${report.loaded}/${report.files} documents${notes.length ? ` (${notes.join(", ")})` : ""} into ${store.kind} store: ` +
      `${counts.nodes} nodes, ${counts.edges} edges, ${report.errors.length} errors, ${seconds(t0)} s`,
  );
  return report.errors.length ? 1 : 0;
}
