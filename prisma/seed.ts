import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "@prisma/client";

/** Loads reference data (always, idempotently) and demo data (empty database, DEMO_DATA not off). */
export async function runSeed(): Promise<string> {
  const prisma = new PrismaClient({ adapter: new PrismaLibSQL({ url: process.env.DATABASE_URL ?? "file:./data/cafe-network.db" }) });
  try {
    return "Reference data: none yet.";
  } finally {
    await prisma.$disconnect();
  }
}
