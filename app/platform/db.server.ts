import type { PrismaClient } from "@prisma/client";
import { createPrismaClient as createClientFor } from "./database-client.server";
import { getEnv } from "./env.server";

/**
 * The one Prisma client of the process. Only the modules' *.server.ts files, platform's own tables (rate
 * limits, the health check) and the seed use it.
 * DATABASE_URL picks SQLite (`file:`, the default) or PostgreSQL (`postgresql://`) at run time
 * (database-client.server.ts).
 */
declare global {
  var __cafeNetworkPrisma: PrismaClient | undefined;
}

export function createPrismaClient(url = getEnv().DATABASE_URL): PrismaClient {
  return createClientFor(url);
}

export const prisma: PrismaClient = globalThis.__cafeNetworkPrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalThis.__cafeNetworkPrisma = prisma;

/** The type of a Prisma interactive transaction client, for functions that must run inside one. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
