/**
 * Once per browser run: build the app if it is stale and ingest the seeds into a template embedded store. Every
 * suite's `startApp()` then serves a copy of that store instead of running its own ingest (the same seeds, the same
 * command, 21 times over was about a third of the browser run's wall time). With GRAPH_STORE=neo4j there is no
 * template: each suite ingests into the server as before (idempotent).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { ROOT, ensureBuilt } from "./harness.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A data dir holding the seeds ingested into the embedded store, or "" when suites ingest themselves. */
    seedTemplate: string;
  }
}

export default function setup(project: TestProject): () => void {
  ensureBuilt();
  const store = process.env.GRAPH_STORE ?? "embedded";
  if (store !== "embedded") {
    project.provide("seedTemplate", "");
    return () => {};
  }
  const dir = mkdtempSync(join(tmpdir(), "kg-browser-template-"));
  const r = spawnSync("npx", ["tsx", "cli/main.ts", "ingest", "seeds"], {
    cwd: ROOT,
    env: { ...process.env, KG_DATA_DIR: dir, GRAPH_STORE: "embedded" },
    encoding: "utf8",
    timeout: 180_000,
  });
  if (r.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`browser setup: ingest of seeds/ failed (exit ${r.status}).\n${r.stdout}\n${r.stderr}`);
  }
  project.provide("seedTemplate", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
