import type { PrismaClient } from "@prisma/client";
import { createPrismaClient } from "../app/platform/database-client.server";
import { readFlag } from "../app/platform/env.server";
import { DEMO_PASSWORD } from "./demo/accounts";
import { londonDateTime } from "./demo/calendar";
import { loadDemoData, type DemoResult } from "./demo/load";
import { describeCounts, loadReferenceData, type ReferenceResult } from "./reference";

/**
 * Loads the reference data (footprints and their changes, practices, universities, tags) every time,
 * idempotently, and the demo data only when asked for, into an empty database (no café,
 * organisation, account or invitation).
 * Run by scripts/setup.ts (npm start, npm run setup) and by the tests.
 */
export type SeedOptions = {
  /** Defaults to a client for DATABASE_URL (default "file:./data/cafe-network.db"; SQLite or PostgreSQL), closed afterwards. */
  prisma?: PrismaClient;
  /** Defaults to DEMO_DATA (on unless "off", "false", "no" or "0"; anything else but "on", "true", "yes", "1" is refused). */
  demo?: boolean;
  /** Defaults to FIXED_NOW if set, else the system clock. Demo dates are worked out from it. */
  now?: Date;
};

export function demoWanted(value = process.env.DEMO_DATA): boolean {
  const on = readFlag(value, true);
  if (on === undefined) throw new Error(`DEMO_DATA must be "on" or "off" (or true/false, yes/no, 1/0), not ${JSON.stringify(value)}`);
  return on;
}

export function seedNow(fixed = process.env.FIXED_NOW): Date {
  if (fixed) {
    const pinned = new Date(fixed);
    if (!Number.isNaN(pinned.getTime())) return pinned;
  }
  return new Date();
}

export async function runSeed(
  options: { prisma?: PrismaClient; demo?: boolean; now?: Date; /** Why demo data is not loaded, when demo is false */ notLoadedReason?: string } = {},
): Promise<string> {
  const own = !options.prisma;
  const prisma = options.prisma ?? createPrismaClient(process.env.DATABASE_URL ?? "file:./data/cafe-network.db");
  const demo = options.demo ?? demoWanted();
  const now = options.now ?? seedNow();
  try {
    const reference = await prisma.$transaction((tx) => loadReferenceData(tx), { timeout: 120_000, maxWait: 10_000 });
    const today = londonDateTime(now).date;
    const activeFootprints = await prisma.footprint.count({
      where: { AND: [{ OR: [{ openedOn: null }, { openedOn: { lte: today } }] }, { OR: [{ closedOn: null }, { closedOn: { gte: today } }] }] },
    });
    const result: DemoResult = demo ? await loadDemoData(prisma, now) : { loaded: false, reason: options.notLoadedReason ?? "DEMO_DATA is off" };
    return summary(reference, activeFootprints, result);
  } finally {
    if (own) await prisma.$disconnect();
  }
}

function summary(r: ReferenceResult, activeFootprints: number, demo: DemoResult): string {
  const total = (c: { created: number; updated: number; unchanged: number }) => c.created + c.updated + c.unchanged;
  const reference =
    `Reference data: ${total(r.footprints)} footprints (${activeFootprints} active today; ${describeCounts(r.footprints)}), ` +
    `${r.footprintChanges} footprint changes, ${total(r.practices)} practice links (${describeCounts(r.practices)}), ` +
    `${total(r.coverageSites)} universities (${describeCounts(r.coverageSites)}), ${total(r.tags)} tags (${describeCounts(r.tags)}).`;
  const demoText = demo.loaded
    ? ` Demo data loaded: ${demo.organisations} organisations, ${demo.cafes} cafés, ${demo.sessions} weekly sessions, ` +
      `${demo.offers} offers, ${demo.exceptions} schedule exceptions, ${demo.bookings} CAP bookings, ${demo.partnerServices} partner services, ` +
      `${demo.applications} grant applications and ${demo.accounts} demo accounts` +
      (demo.accountsKept ? ` (${demo.accountsKept} already existed and were left as they were)` : "") +
      ` — sign in as admin@example.org, officer@, panel@, commissioner@, cap@, vcs@ or cafe@example.org with the password "${DEMO_PASSWORD}".`
    : ` Demo data not loaded: ${demo.reason}.`;
  return reference + demoText;
}
