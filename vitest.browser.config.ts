/** Browser end-to-end suites: playwright-core driving Debian Chromium against the built app. */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: ".",
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // one suite at a time: side by side on 2 cores, camera-fit's depth-2 check failed twice in four runs (nodes
    // left outside the canvas after the fit), so the suites stay serial until that is understood
    fileParallelism: false,
    pool: "forks",
    // builds the app and ingests the seeds once; suites serve copies of that store
    globalSetup: ["test/browser/global-setup.ts"],
  },
});
