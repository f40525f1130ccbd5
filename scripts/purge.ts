/**
 * Erases the callers' details of bookings whose session ended more than BOOKING_RETENTION_DAYS ago
 * (default 30), keeping the anonymous rows for the counts. The server does the same hourly; this is for
 * an operator who wants it now. Safe to run again: erased bookings are left alone.
 *
 *   npm run purge
 *
 * Uses DATABASE_URL like the server; the database must have been set up (`npm run setup`).
 */
import { existsSync } from "node:fs";
import path from "node:path";

async function main(): Promise<number> {
  const { getEnv } = await import("../app/platform/env.server");
  let env: ReturnType<typeof getEnv>;
  try {
    env = getEnv();
  } catch (error) {
    console.error(`Café Network cannot start: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (env.DATABASE_URL.startsWith("file:")) {
    const file = path.resolve(env.DATABASE_URL.replace(/^file:/, "").split("?")[0] ?? "");
    if (!existsSync(file)) {
      console.error(`There is no database at ${file}. Run \`npm run setup\` with the same DATABASE_URL first.`);
      return 1;
    }
  }
  const { eraseExpiredCallerDetails } = await import("../app/modules/bookings/retention.server");
  const { prisma } = await import("../app/platform/db.server");
  try {
    const { erased } = await eraseExpiredCallerDetails();
    console.log(`Callers' details erased from ${erased} booking${erased === 1 ? "" : "s"} whose session ended more than ${env.BOOKING_RETENTION_DAYS} days ago.`);
    return 0;
  } catch (error) {
    const { errorLine } = await import("../app/platform/error-line.server");
    console.error(`Café Network could not erase callers' details: ${errorLine(error)}. Is the database set up (npm run setup)? Check DATABASE_URL.`);
    return 1;
  } finally {
    await prisma.$disconnect().catch(() => undefined);
  }
}

process.exitCode = await main();
