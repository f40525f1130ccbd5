import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

/**
 * Builds one SQLite database for this test run (migrations + reference data + demo data), which
 * every test file then copies to its own file (tests/support/db-setup.ts).
 */
export default function setup(project: TestProject) {
  const runDir = path.resolve("tests/.tmp", `run-${process.pid}-${Date.now()}`);
  mkdirSync(runDir, { recursive: true });
  const base = path.join(runDir, "base.db");
  execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/setup.ts"], {
    env: { ...process.env, DATABASE_URL: `file:${base}`, DEMO_DATA: "on", SESSION_SECRET: "test-session-secret-at-least-32-characters" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  project.provide("baseDatabase", base);
  project.provide("runDirectory", runDir);
  return () => {
    if (!process.env.KEEP_TEST_DB) rmSync(runDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseDatabase: string;
    runDirectory: string;
  }
}
