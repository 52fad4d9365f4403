/** Vite: builds the explorer (web/) into dist/web; `vitest` (unit + integration suites) reads its test block. */
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { resolve } from "node:path";

const apiPort = Number(process.env.PORT ?? 5173);

export default defineConfig({
  root: "web",
  plugins: [react()],
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // the explorer, and the render benchmark page driven by `npm run bench`
    rollupOptions: {
      input: { main: resolve(__dirname, "web/index.html"), bench: resolve(__dirname, "web/bench.html") },
    },
  },
  // `npm run dev` serves the app with hot reload and forwards /api to `kg serve` on PORT+1.
  server: { port: apiPort, proxy: { "/api": `http://127.0.0.1:${apiPort + 1}` } },
  test: {
    root: ".",
    include: ["test/**/*.test.ts"],
    exclude: ["test/browser/**", "node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
