import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { DEFAULT_TEST_POSTGRES_URL, withDatabase } from "./postgresql-server";

/**
 * Builds one PostgreSQL database for this test run (migrations + reference data + demo data, exactly as
 * `npm run setup` does) as the template every test file copies (tests/support/db-setup-postgresql.ts), and
 * drops it and any copy left behind at the end.
 */
export default async function setup(project: TestProject) {
  const server = process.env.TEST_POSTGRES_URL || DEFAULT_TEST_POSTGRES_URL;
  const prefix = `cafe_test_${process.pid}_${Date.now().toString(36)}`;
  const base = `${prefix}_base`;
  const runDir = path.resolve("tests/.tmp", `run-pg-${process.pid}-${Date.now()}`);
  mkdirSync(runDir, { recursive: true });

  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${base}"`);
  try {
    execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/setup.ts"], {
      env: { ...process.env, DATABASE_URL: withDatabase(server, base), DEMO_DATA: "on", SESSION_SECRET: "test-session-secret-at-least-32-characters" },
      stdio: ["ignore", "ignore", "inherit"],
    });
  } catch (error) {
    await dropRun(admin, prefix);
    await admin.end();
    throw error;
  }
  project.provide("postgresqlTemplate", base);
  project.provide("postgresqlPrefix", prefix);
  project.provide("runDirectory", runDir);
  project.provide("baseDatabase", "");
  return async () => {
    await dropRun(admin, prefix);
    await admin.end();
    if (!process.env.KEEP_TEST_DB) rmSync(runDir, { recursive: true, force: true });
  };
}

async function dropRun(admin: pg.Client, prefix: string) {
  const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}\\_%`]);
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresqlTemplate: string;
    postgresqlPrefix: string;
  }
}
