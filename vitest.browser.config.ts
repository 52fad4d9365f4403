/** Browser end-to-end suites: playwright-core driving Debian Chromium against the built app. */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: ".",
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // two suites at a time: each waits mostly on its own server and Chromium. The suites wait for the app's own
    // signals (window.__kgCamera.busy(), a sigma render, awaited requests), not for fixed delays, so a loaded machine
    // is only slower (test/browser/views.ts cameraAtRest says what a timer-based wait measured)
    maxWorkers: 2,
    pool: "forks",
    // builds the app and ingests the seeds once; suites serve copies of that store
    globalSetup: ["test/browser/global-setup.ts"],
  },
});
