/** Vite: builds the explorer (web/) into dist/web; `vitest` (unit + integration suites) reads its test block. */
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { resolve, join, relative } from "node:path";
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

/** This folder (the config is loaded as an ES module: no __dirname). */
const ROOT = fileURLToPath(new URL(".", import.meta.url));

const apiPort = Number(process.env.PORT ?? 5173);

/**
 * The suites that get their store from test/helpers/targets.ts: with NEO4J_URI set they all use
 * that one Neo4j database (Community has one) and wipe it, so they run one file at a time, after
 * the other suites (which keep their parallel workers); without NEO4J_URI they are ordinary suites.
 */
function neo4jSuites(dir = join(ROOT, "test")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "browser" ? [] : neo4jSuites(path);
    return e.name.endsWith(".test.ts") && readFileSync(path, "utf8").includes("helpers/targets.js")
      ? [relative(ROOT, path)]
      : [];
  });
}
const TEST_INCLUDE = ["test/**/*.test.ts"];
const TEST_EXCLUDE = ["test/browser/**", "node_modules/**"];
const NEO4J_SUITES = process.env.NEO4J_URI ? neo4jSuites() : [];

export default defineConfig({
  root: "web",
  plugins: [react()],
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // the explorer, and the render benchmark page driven by `npm run bench`
    rollupOptions: {
      input: { main: resolve(ROOT, "web/index.html"), bench: resolve(ROOT, "web/bench.html") },
    },
  },
  // `npm run dev` serves the app with hot reload and forwards /api to `kg serve` on PORT+1.
  server: { port: apiPort, proxy: { "/api": `http://127.0.0.1:${apiPort + 1}` } },
  test: {
    root: ".",
    // liveness bounds, not speed checks: CLI suites spawn tsx, slow on a loaded 2-core machine
    testTimeout: 180_000,
    hookTimeout: 240_000,
    pool: "forks",
    // two at a time even on 2 cores (vitest's default is cores − 1): most suites wait on spawned CLIs and Kuzu, not the CPU
    maxWorkers: Math.max(2, availableParallelism() - 1),
    ...(NEO4J_SUITES.length
      ? {
          projects: [
            {
              extends: true,
              test: { name: "suites", include: TEST_INCLUDE, exclude: [...TEST_EXCLUDE, ...NEO4J_SUITES] },
            },
            {
              extends: true,
              test: {
                name: "neo4j (one file at a time)",
                include: NEO4J_SUITES,
                exclude: TEST_EXCLUDE,
                fileParallelism: false,
                sequence: { groupOrder: 1 },
              },
            },
          ],
        }
      : { include: TEST_INCLUDE, exclude: TEST_EXCLUDE }),
  },
});
