/**
 * Writes prisma/postgresql/schema.prisma from prisma/schema.prisma: the same models, only the provider
 * swapped to PostgreSQL and the client generated beside the SQLite one (node_modules/.prisma/postgresql-client),
 * so one `npm install` makes both and the app picks one at run time from DATABASE_URL.
 *   npx tsx scripts/postgresql-schema.ts           → writes the file ("unchanged" when it already matches)
 *   npx tsx scripts/postgresql-schema.ts --check   → exit code 1 when the committed file is out of date
 *   npx tsx scripts/postgresql-schema.ts --warn    → only says so (npm install runs this: SQLite needs nothing more)
 * Run by `npm run db:postgresql-migration -- <name>`, which also writes the migration for the change.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SQLITE_SCHEMA = path.join(root, "prisma/schema.prisma");
export const POSTGRESQL_SCHEMA = path.join(root, "prisma/postgresql/schema.prisma");

const HEADER = `// GENERATED from prisma/schema.prisma by scripts/postgresql-schema.ts: do not edit by hand.
// Change prisma/schema.prisma, then run \`npm run db:postgresql-migration -- <name>\` (and
// scripts/new-migration.sh <name> for SQLite). Only the provider and the client's output differ.
`;

/** The PostgreSQL schema text for a SQLite schema text (throws when the expected blocks are missing). */
export function postgresqlSchema(sqlite: string): string {
  const generator = /generator client \{([^}]*)\}/;
  const datasource = /datasource db \{([^}]*)\}/;
  const generatorBody = generator.exec(sqlite)?.[1];
  const datasourceBody = datasource.exec(sqlite)?.[1];
  if (generatorBody === undefined || datasourceBody === undefined || !/provider\s*=\s*"sqlite"/.test(datasourceBody)) {
    throw new Error("prisma/schema.prisma must have a `generator client` block and a `datasource db` block with provider \"sqlite\"");
  }
  if (/\boutput\s*=/.test(generatorBody)) throw new Error("prisma/schema.prisma's generator must not set an output");
  const pgGenerator = generatorBody.replace(/\n$/, "") + `\n  output     = "../../node_modules/.prisma/postgresql-client"\n`;
  const pgDatasource = datasourceBody.replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  return (
    HEADER +
    sqlite.replace(generator, `generator client {${pgGenerator}}`).replace(datasource, `datasource db {${pgDatasource}}`)
  );
}

/** Writes the file; returns whether it changed. */
export function writePostgresqlSchema(): boolean {
  const next = postgresqlSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
  let current = "";
  try {
    current = readFileSync(POSTGRESQL_SCHEMA, "utf8");
  } catch {
    // first run
  }
  if (current === next) return false;
  writeFileSync(POSTGRESQL_SCHEMA, next);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--check") || process.argv.includes("--warn")) {
    const next = postgresqlSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
    let current = "";
    try {
      current = readFileSync(POSTGRESQL_SCHEMA, "utf8");
    } catch {
      // missing counts as out of date
    }
    if (current !== next) {
      console.error("prisma/postgresql/schema.prisma is out of date: run `npm run db:postgresql-migration -- <name>`.");
      process.exit(process.argv.includes("--check") ? 1 : 0);
    }
    if (process.argv.includes("--check")) console.log("prisma/postgresql/schema.prisma matches prisma/schema.prisma.");
  } else {
    console.log(writePostgresqlSchema() ? "Wrote prisma/postgresql/schema.prisma." : "prisma/postgresql/schema.prisma unchanged.");
  }
}
