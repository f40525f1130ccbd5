import pg from "pg";
import { afterAll, inject } from "vitest";
import { withDatabase } from "./postgresql-server";
import { configurePropertyRuns } from "./property-runs";

/**
 * Runs before each test file of the "postgresql" project: gives the file its own database, copied from the
 * run's migrated and seeded template, and drops it after the file. Must run before anything imports the
 * Prisma client.
 */
const server = process.env.TEST_POSTGRES_URL;
if (!server) throw new Error("TEST_POSTGRES_URL is not set");
const database = `${inject("postgresqlPrefix")}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${inject("postgresqlTemplate")}"`);
process.env.DATABASE_URL = withDatabase(server, database);
process.env.SESSION_SECRET ??= "test-session-secret-at-least-32-characters";
process.env.NODE_ENV = "test";
process.env.FIXED_NOW ??= "";

afterAll(async () => {
  const client = globalThis.__cafeNetworkPrisma;
  if (client) await client.$disconnect().catch(() => undefined);
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.end();
});

configurePropertyRuns();
