import { prisma } from "~/platform/db.server";

/**
 * Whether any demonstration record is in the database. Public pages show a notice while it is true.
 * Cached for a minute: the answer changes only when an admin removes the demo data.
 */
let cache: { value: boolean; at: number } | undefined;

export async function hasDemoData(): Promise<boolean> {
  const nowMs = Date.now();
  if (cache && nowMs - cache.at < 60_000) return cache.value;
  const [cafe, organisation] = await Promise.all([
    prisma.cafe.findFirst({ where: { isDemo: true }, select: { id: true } }),
    prisma.organisation.findFirst({ where: { isDemo: true }, select: { id: true } }),
  ]);
  const value = !!(cafe || organisation);
  cache = { value, at: nowMs };
  return value;
}
