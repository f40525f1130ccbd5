import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { postgresqlSchema } from "../../scripts/postgresql-schema";

/**
 * One schema, two databases: prisma/postgresql/schema.prisma is exactly what scripts/postgresql-schema.ts
 * makes of prisma/schema.prisma, and each database's migration history, replayed from empty, gives exactly
 * its schema (`prisma migrate diff --from-migrations … --to-schema-datamodel … --exit-code`).
 * @database-behaviour: runs on both projects; each checks its own database's migrations (vitest.config.ts).
 * When this fails after a schema change: scripts/new-migration.sh <name> and npm run db:postgresql-migration -- <name>.
 */
const root = path.resolve(__dirname, "../..");
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const postgresql = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");

function migrationsMatch(databaseUrl: string, migrations: string, schema: string): { matches: boolean; output: string } {
  try {
    const output = execFileSync(
      process.execPath,
      [prismaCli, "migrate", "diff", "--from-migrations", migrations, "--to-schema-datamodel", schema, "--exit-code"],
      { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    return { matches: true, output };
  } catch (error) {
    const failed = error as { status?: number; stdout?: string; stderr?: string };
    return { matches: false, output: `exit ${failed.status}: ${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

describe("the two schemas", () => {
  it.skipIf(postgresql)("the committed PostgreSQL schema is the one generated from the SQLite schema", () => {
    const generated = postgresqlSchema(readFileSync(path.join(root, "prisma/schema.prisma"), "utf8"));
    expect(readFileSync(path.join(root, "prisma/postgresql/schema.prisma"), "utf8"), "run npm run db:postgresql-migration -- <name>").toBe(generated);
  });

  it.skipIf(postgresql)("SQLite: replaying every migration gives exactly prisma/schema.prisma", () => {
    const scratch = mkdtempSync(path.join(tmpdir(), "cafe-network-drift-"));
    try {
      const result = migrationsMatch(`file:${path.join(scratch, "scratch.db")}`, "prisma/migrations", "prisma/schema.prisma");
      expect(result.matches, result.output).toBe(true);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it.runIf(postgresql)("PostgreSQL: replaying every migration gives exactly prisma/postgresql/schema.prisma", () => {
    // The shadow database (this file's database name + "_shadow") is dropped with the run's databases.
    const result = migrationsMatch(process.env.DATABASE_URL!, "prisma/postgresql/migrations", "prisma/postgresql/schema.prisma");
    expect(result.matches, result.output).toBe(true);
  }, 120_000);
});
