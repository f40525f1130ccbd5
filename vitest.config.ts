import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { postgresqlForTests } from "./tests/support/postgresql-server";

/**
 * Unit tests (pure domain) and integration tests (models, routes, services on a real database), in two projects:
 * - "sqlite": every unit and integration test, each integration file on its own copy of a SQLite file;
 * - "postgresql": the integration files that exercise the database's own behaviour, each on its own
 *   PostgreSQL database (created from a migrated, seeded template and dropped after the file).
 *   THE RULE: an integration file runs on PostgreSQL too when it writes concurrently (its source contains
 *   `Promise.all(`) or says it relies on the database (the marker `@database-behaviour` in a comment:
 *   transactions, unique keys, ordering, stored bytes). Running the whole suite twice does not fit the
 *   15-minute budget of `npm test` on a 2-core machine; everything else is plain Prisma that both
 *   databases answer alike.
 * PostgreSQL is TEST_POSTGRES_URL, or a server answering on 127.0.0.1:5432 (user postgres). Without one the
 * PostgreSQL project is skipped with a loud warning; REQUIRE_POSTGRES=1 (set by .ci/run) makes that an error.
 */
const integrationDirectory = path.resolve(__dirname, "tests/integration");
const postgresqlFiles = readdirSync(integrationDirectory)
  .filter((name) => name.endsWith(".test.ts"))
  .filter((name) => {
    const source = readFileSync(path.join(integrationDirectory, name), "utf8");
    return source.includes("Promise.all(") || source.includes("@database-behaviour");
  })
  .map((name) => `tests/integration/${name}`);

const shared = {
  environment: "node" as const,
  pool: "forks" as const,
  testTimeout: 20_000,
  hookTimeout: 60_000,
};

export default defineConfig(async () => {
  const postgresql = await postgresqlForTests();
  return {
    resolve: { alias: { "~": path.resolve(__dirname, "app") } },
    test: {
      ...shared,
      projects: [
        {
          extends: true,
          test: {
            name: "sqlite",
            include: ["app/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}", "tests/integration/**/*.test.{ts,tsx}"],
            globalSetup: ["tests/support/global-setup.ts"],
            setupFiles: ["tests/support/db-setup.ts"],
          },
        },
        ...(postgresql
          ? [
              {
                extends: true,
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
  };
});
