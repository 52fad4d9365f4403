import { KuzuStore } from "../store/kuzu.js";
import { mkdtempSync } from "node:fs";
import { spawn } from "node:child_process";
const dir = mkdtempSync("/tmp/kg-house-lock-");
const a = new KuzuStore({ dataDir: dir }); await a.init(); await a.close();
for (const mode of ["ro", "rw"]) {
  const child = spawn("npx", ["tsx", ".tmp/holder.mts", dir, mode], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((r) => child.stdout.once("data", r));
  for (const ro of [false, true]) {
    try { const b = new KuzuStore({ dataDir: dir, readOnly: ro }); await b.counts(); console.log(mode, ro, "opened"); await b.close(); } catch (e) { console.log(mode, ro, (e as Error).message); }
  }
  child.kill();
}
