#!/usr/bin/env node
// The `kg` bin: runs cli/main.ts through tsx (TypeScript, no build step).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsx = createRequire(import.meta.url).resolve("tsx/cli");
// glibc gives every thread that allocates its own malloc arena and keeps what is freed in it: Kuzu's threads and
// Node's thread pool made an ingest's resident size grow by ~200 MB. Two arenas, unless the caller chose.
const env = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2" };
const r = spawnSync(process.execPath, [tsx, join(root, "cli", "main.ts"), ...process.argv.slice(2)], {
  stdio: "inherit",
  env,
});
process.exit(r.status ?? 1);
