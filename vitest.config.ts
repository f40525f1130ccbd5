import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { postgresqlForTests } from "./tests/support/postgresql-server";

/**
 * Unit tests (pure domain) and integration tests (models, routes, services on a real database), in three projects:
 * - "unit": the pure rules and components beside their modules, sharing one process per worker (no database);
 * - "sqlite": every integration test, each file on its own copy of a SQLite file;
 * - "postgresql": the integration files that exercise the database's own behaviour, each on its own
 *   PostgreSQL database (created from a migrated, seeded template and dropped after the file).
 *   THE RULE: an integration file runs on PostgreSQL too when it carries the marker `@database-behaviour`
 *   in a comment, with the reason. Every file that races writes (Promise.all of writes: places, single-use
 *   links, rate limits, sign-in sessions, jobs run by several instances) or relies on the database itself
 *   (transactions, unique keys, stored bytes, migrations) must carry it. Running the whole suite twice does
 *   not fit the 15-minute budget of `npm test` on a 2-core machine; everything else is plain Prisma that
 *   both databases answer alike.
 * PostgreSQL is TEST_POSTGRES_URL, or a server answering on 127.0.0.1:5432 (user postgres). Without one the
 * PostgreSQL project is skipped with a loud warning; REQUIRE_POSTGRES=1 (set by .ci/run) makes that an error.
 */
const integrationDirectory = path.resolve(__dirname, "tests/integration");
const postgresqlFiles = readdirSync(integrationDirectory)
  .filter((name) => name.endsWith(".test.ts"))
  .filter((name) => {
    const source = readFileSync(path.join(integrationDirectory, name), "utf8");
    return source.includes("@database-behaviour");
  })
  .map((name) => `tests/integration/${name}`);

const postgresql = await postgresqlForTests();

/** Unit test files that use the database (and so run with the integration tests, each on its own copy). */
const UNIT_FILES_WITH_A_DATABASE = ["tests/unit/rate-limit-store.test.ts"];

export default defineConfig({
  resolve: { alias: { "~": path.resolve(__dirname, "app") } },
  test: {
    environment: "node",
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["app/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}"],
          exclude: UNIT_FILES_WITH_A_DATABASE,
          isolate: false,
          setupFiles: ["tests/support/unit-setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ["tests/integration/**/*.test.{ts,tsx}", ...UNIT_FILES_WITH_A_DATABASE],
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/db-setup.ts"],
        },
      },
      ...(postgresql
        ? [
            {
              extends: true as const,
              test: {
                name: "postgresql",
                include: postgresqlFiles,
                env: { TEST_POSTGRES_URL: postgresql },
                globalSetup: ["tests/support/global-setup-postgresql.ts"],
                setupFiles: ["tests/support/db-setup-postgresql.ts"],
              },
            },
          ]
        : []),
    ],
  },
});
