import { createRequire } from "node:module";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { isPostgresql, isSqlite } from "./env.server";

/**
 * A Prisma client for a database address, picked at run time with no rebuild: a `file:` URL is the
 * embedded SQLite file (libsql driver adapter; resolved from the working directory), a `postgresql://` URL a
 * PostgreSQL server (pg driver adapter, with the client `npm install` generates from
 * prisma/postgresql/schema.prisma). Both clients have the same models; the app is typed against the SQLite
 * one. No side effects: scripts and the seed import it without opening the app's own client.
 */
export function createPrismaClient(url: string): PrismaClient {
  if (isSqlite(url)) return new PrismaClient({ adapter: new PrismaLibSQL({ url }) });
  if (isPostgresql(url)) return createPostgresqlClient(url);
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), not ${JSON.stringify(`${url.split(":")[0]}:`)}`);
}

/** Connections each instance may open to PostgreSQL unless DATABASE_URL says otherwise (?connection_limit=N). */
export const POSTGRESQL_POOL_SIZE = 10;

function createPostgresqlClient(url: string): PrismaClient {
  // Loaded by name at run time: the generated client stays outside the app bundle, like @prisma/client's.
  const require = createRequire(import.meta.url);
  let generated: { PrismaClient: new (options: { adapter: PrismaPg }) => unknown };
  try {
    generated = require(".prisma/postgresql-client");
  } catch {
    throw new Error("The PostgreSQL client has not been generated: run `npm install` (or `npm run db:generate`).");
  }
  const address = new URL(url);
  const limit = Number(address.searchParams.get("connection_limit")) || POSTGRESQL_POOL_SIZE;
  address.searchParams.delete("connection_limit");
  const adapter = new PrismaPg({ connectionString: address.toString(), max: limit });
  return new generated.PrismaClient({ adapter }) as PrismaClient;
}
