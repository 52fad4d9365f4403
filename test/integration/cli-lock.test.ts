/**
 * Kuzu lets one process write a database or several read it. While `kg serve`
 * has the embedded store open, `kg ingest` into the same data directory
 * fails with a message that names `kg serve` and says what to do, instead
 * of Kuzu's bare "Could not set lock on file".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../store/index.js";

const TSX = join(PROJECT_ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const CLI = join(PROJECT_ROOT, "cli", "main.ts");
let dataDir: string;
let serve: ChildProcess;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "kg-lock-"));
  serve = spawn(process.execPath, [TSX, CLI, "serve"], {
    env: { ...process.env, KG_DATA_DIR: dataDir, GRAPH_STORE: "embedded", PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  serve.stderr!.on("data", (c: Buffer) => (err += c.toString()));
  await new Promise<void>((resolve, reject) => {
    serve.stdout!.on("data", (c: Buffer) => {
      if (/serving the explorer at/.test(c.toString())) resolve();
    });
    serve.once("exit", (code) => reject(new Error(`kg serve exited (${code}) before serving: ${err}`)));
  });
});
afterAll(async () => {
  if (serve && serve.exitCode === null) {
    const exited = new Promise((r) => serve.once("exit", r));
    serve.kill("SIGTERM");
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the embedded store's lock", () => {
  it("kg ingest while kg serve runs: a message naming kg serve and what to do", () => {
    const r = spawnSync(process.execPath, [TSX, CLI, "ingest", join(PROJECT_ROOT, "seeds")], {
      env: { ...process.env, KG_DATA_DIR: dataDir, GRAPH_STORE: "embedded" },
      encoding: "utf8",
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/another process is using it/);
    expect(r.stderr).toMatch(
      /stop `kg serve` \(and any other `kg` command\) on this data directory and run this again/,
    );
    expect(r.stderr).toMatch(/KG_DATA_DIR/);
  });
});
