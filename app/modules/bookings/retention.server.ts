import { DAY_MS } from "~/lib/london-time";
import { recordAudit } from "~/modules/audit/index.server";
import { can, type Actor } from "~/modules/identity";
import { now } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { getEnv } from "~/platform/env.server";

/**
 * Retention: a caller's details (first name or initials, call-back number, needs, and the free-text
 * reasons, which may mention them) are erased BOOKING_RETENTION_DAYS after the session ends. The row stays,
 * anonymous (café, date, session, status), so the counts for reporting remain. Idempotent: a booking
 * already erased is not touched again. Runs hourly in the background jobs and as `npm run purge`.
 */
export async function eraseExpiredCallerDetails(at: Date = now(), days: number = getEnv().BOOKING_RETENTION_DAYS): Promise<{ erased: number }> {
  const before = new Date(at.getTime() - days * DAY_MS);
  const { count } = await prisma.$transaction(async (tx) => {
    const result = await tx.booking.updateMany({
      where: { endsAt: { lt: before }, detailsErasedAt: null },
      data: { callerName: null, callbackNumber: null, needs: null, cancelReason: null, detailsErasedAt: at },
    });
    if (result.count > 0) {
      await recordAudit(tx, { actorId: null, action: "booking.details-erased", entityType: "booking", entityId: "*", after: { count: result.count, endedBefore: before.toISOString() } });
    }
    return result;
  });
  return { erased: count };
}

export type BookingCount = { cafeId: string; cafe: string; footprint: string | null; date: string; status: string; count: number };

/**
 * The anonymous counts for reporting (bookings, arrived, did not attend, cancelled; per café, footprint
 * and day): all commissioners see of bookings. No caller details.
 */
export async function bookingCounts(actor: Actor, from: string, to: string): Promise<BookingCount[] | null> {
  if (!can(actor, "coverage.view") && !can(actor, "cap.use")) return null;
  const groups = await prisma.booking.groupBy({
    by: ["cafeId", "sessionDate", "status"],
    where: { sessionDate: { gte: from, lte: to } },
    _count: { _all: true },
    orderBy: [{ sessionDate: "asc" }],
  });
  const cafes = await prisma.cafe.findMany({
    where: { id: { in: [...new Set(groups.map((g) => g.cafeId))] } },
    select: { id: true, name: true, footprint: { select: { name: true } } },
  });
  const byId = new Map(cafes.map((c) => [c.id, c]));
  return groups.map((g) => ({
    cafeId: g.cafeId,
    cafe: byId.get(g.cafeId)?.name ?? "",
    footprint: byId.get(g.cafeId)?.footprint?.name ?? null,
    date: g.sessionDate,
    status: g.status,
    count: g._count._all,
  }));
}
