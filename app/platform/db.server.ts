import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "@prisma/client";
import { getEnv } from "./env.server";

/**
 * The one Prisma client of the process. Only the modules' *.server.ts files, platform's own tables (rate
 * limits, the health check) and the seed use it.
 * SQLite runs through the libsql driver adapter; `file:` URLs are resolved from the working directory.
 */
declare global {
  var __cafeNetworkPrisma: PrismaClient | undefined;
}

export function createPrismaClient(url = getEnv().DATABASE_URL): PrismaClient {
  if (!url.startsWith("file:")) {
    throw new Error(
      "This build of Café Network is generated for SQLite. See docs/decisions/003-sqlite-now-postgresql-later.md for PostgreSQL.",
    );
  }
  return new PrismaClient({ adapter: new PrismaLibSQL({ url }) });
}

export const prisma: PrismaClient = globalThis.__cafeNetworkPrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalThis.__cafeNetworkPrisma = prisma;

/** The type of a Prisma interactive transaction client, for functions that must run inside one. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
