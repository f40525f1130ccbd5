// Prisma CLI configuration. DATABASE_URL picks the database: a `file:` URL is the embedded SQLite file
// (prisma/schema.prisma, prisma/migrations); a `postgresql://` (or `postgres://`) URL is PostgreSQL
// (prisma/postgresql/schema.prisma, generated from the SQLite one, and prisma/postgresql/migrations).
// Prisma's .env loading is off when this file exists, and `prisma generate` falls back to a
// downloadable query engine when DATABASE_URL cannot be resolved: always give it a value.
// Driver adapters resolve `file:` URLs from the working directory (the project root).
process.env.DATABASE_URL ??= "file:./data/cafe-network.db";

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const url = process.env.DATABASE_URL;
const postgresql = /^postgres(ql)?:\/\//.test(url);

/**
 * A pool for Prisma's WebAssembly schema engine: adapter-pg 6.19 cannot read the catalogue's `name` (OID 19)
 * and `"char"` (OID 18) columns the engine queries, so they are reported as text (OID 25).
 */
function catalogueSafePool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, allowExitOnIdle: true });
  const query = pool.query.bind(pool) as unknown as (...args: unknown[]) => Promise<pg.QueryResult | undefined>;
  (pool as unknown as { query: unknown }).query = async (...args: unknown[]) => {
    const result = await query(...args);
    for (const field of result?.fields ?? []) if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  return pool;
}

/**
 * Prisma's own throw-away shadow database cannot be dropped through adapter-pg 6.19, so `migrate diff
 * --from-migrations` (the drift check) replays the migrations into a fixed one, wiped first:
 * SHADOW_DATABASE_URL, or DATABASE_URL's database with "_shadow" appended (created when missing).
 */
class PrismaPgMigrate extends PrismaPg {
  override async connectToShadowDb() {
    const shadowUrl = process.env.SHADOW_DATABASE_URL ?? withDatabase(url, `${new URL(url).pathname.slice(1)}_shadow`);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const name = new URL(shadowUrl).pathname.slice(1);
      const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    } finally {
      await admin.end();
    }
    const connection = await new PrismaPg(catalogueSafePool(shadowUrl), { disposeExternalPool: true }).connect();
    await connection.executeScript("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    return connection;
  }
}

/**
 * SQLite's shadow database for the drift check (`migrate diff --from-migrations`): libsql's own is
 * ":memory:", and the schema engine hands each whole migration to one executeRaw call, which libsql stops
 * after its first statement. A scratch file, fed one statement at a time, replays the whole history.
 */
class PrismaLibSQLMigrate extends PrismaLibSQL {
  override async connectToShadowDb() {
    const directory = mkdtempSync(path.join(tmpdir(), "cafe-network-shadow-"));
    process.once("exit", () => rmSync(directory, { recursive: true, force: true }));
    const connection = await new PrismaLibSQL({ url: `file:${path.join(directory, "shadow.db")}` }).connect();
    const executeRaw = connection.executeRaw.bind(connection);
    connection.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      let count = 0;
      for (const statement of query.sql.split(/;\s*(?:\n|$)/)) {
        const sql = statement.replace(/^\s*--.*$/gm, "").trim();
        if (sql) count += await executeRaw({ ...query, sql });
      }
      return count;
    };
    return connection;
  }
}

function withDatabase(address: string, database: string): string {
  const parsed = new URL(address);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export default defineConfig({
  experimental: { adapter: true },
  // The WebAssembly schema engine shipped inside the `prisma` package: migrations run offline.
  engine: "js",
  adapter: async () =>
    postgresql ? new PrismaPgMigrate(catalogueSafePool(url), { disposeExternalPool: true }) : new PrismaLibSQLMigrate({ url }),
  schema: postgresql ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgresql ? "prisma/postgresql/migrations" : "prisma/migrations" },
});
