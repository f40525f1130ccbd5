import path from "node:path";
import { defineConfig } from "vitest/config";

/** Browser tests: real headless Chromium against the production build (see support/global-setup.ts). */
export default defineConfig({
  resolve: { alias: { "~": path.resolve(__dirname, "../../app") } },
  test: {
    root: path.resolve(__dirname, "../.."),
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: ["tests/e2e/support/global-setup.ts"],
    environment: "node",
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
