import type { Prisma } from "@prisma/client";
import { addDays, londonDate } from "~/lib/london-time";
import { recordAudit } from "~/modules/audit/index.server";
import { can, type Actor } from "~/modules/identity";
import { enqueueEmail } from "~/modules/outbox/index.server";
import { scheduleFromRows } from "~/modules/schedule";
import { now } from "~/platform/clock.server";
import { prisma, type Tx } from "~/platform/db.server";
import { bookingFlag, slotsOnDates, type BookingFlag } from "./availability";
import { BOOKABLE_CAFE, bookingsLink } from "./bookings.server";
import { cancelledEmail } from "./emails";

/**
 * Bookings after they are made: the café's list (its managers and admins only: it shows the callers'
 * details), marking arrived or did not attend, cancelling (by the café or the CAP, with a reason the other
 * side sees), and the flags on bookings whose session was closed or whose places were lowered.
 * Every change is one conditional update carrying who may make it in its `where`, with its audit entry
 * (never the caller's details) in the same transaction.
 */

export type BookingStatus = "booked" | "arrived" | "did-not-attend" | "cancelled";
export const ACTIVE_STATUSES = ["booked", "arrived", "did-not-attend"] as const;

export type BookingRow = {
  id: string;
  reference: string;
  cafe: { id: string; name: string };
  date: string;
  start: string;
  end: string;
  status: BookingStatus;
  callerName: string | null;
  callbackNumber: string | null;
  needs: string | null;
  cancelReason: string | null;
  cancelledBy: string | null;
  flag: BookingFlag | null;
};

/** A change refused: not this person's to make, no such booking, or the booking's state does not allow it. */
type Refused = { ok: false; forbidden: true } | { ok: false; notFound: true } | { ok: false; state: "cancelled" | "not-started" };
export type ChangeResult = { ok: true } | Refused;

/** Who may change a café's bookings, as a condition on the booking row: its café's managers, admins, the CAP. */
function changeableWhere(actor: Actor, side: "cafe" | "cap", cafeId?: string): Prisma.BookingWhereInput | null {
  if (side === "cap") return can(actor, "cap.use") ? {} : null;
  if (!cafeId || !can(actor, "cafe.bookings", { cafeId })) return null;
  if (can({ roles: actor.roles.filter((r) => r.cafeId === null && r.organisationId === null) }, "cafe.bookings")) return { cafeId };
  return { cafeId, cafe: { roles: { some: { role: "cafe-manager", userId: actor.id } } } };
}

const ROW_SELECT = {
  id: true,
  reference: true,
  cafeId: true,
  sessionDate: true,
  slotKey: true,
  startsAt: true,
  endsAt: true,
  status: true,
  callerName: true,
  callbackNumber: true,
  needs: true,
  cancelReason: true,
  cancelledBy: true,
  cafe: { select: { name: true } },
} as const;

/** Adds the flags: for each café and date, the sessions as the café's hours stand now and the places held. */
async function withFlags(rows: Prisma.BookingGetPayload<{ select: typeof ROW_SELECT }>[]): Promise<BookingRow[]> {
  const cafeIds = [...new Set(rows.map((r) => r.cafeId))];
  const cafes = new Map((await prisma.cafe.findMany({ where: { id: { in: cafeIds } }, select: BOOKABLE_CAFE })).map((c) => [c.id, c]));
  const held = await prisma.booking.groupBy({
    by: ["cafeId", "sessionDate", "slotKey"],
    where: { cafeId: { in: cafeIds }, place: { not: null }, sessionDate: { in: [...new Set(rows.map((r) => r.sessionDate))] } },
    _count: { _all: true },
  });
  const heldBy = new Map(held.map((h) => [`${h.cafeId}|${h.sessionDate}|${h.slotKey}`, h._count._all]));
  const slotsMemo = new Map<string, ReturnType<typeof slotsOnDates>>();
  return rows.map((r) => {
    const cafe = cafes.get(r.cafeId);
    const memoKey = `${r.cafeId}|${r.sessionDate}`;
    let slots = slotsMemo.get(memoKey);
    if (!slots) {
      slots = cafe && cafe.status === "open" ? slotsOnDates(scheduleFromRows(cafe), cafe, r.sessionDate, r.sessionDate) : [];
      slotsMemo.set(memoKey, slots);
    }
    return {
      id: r.id,
      reference: r.reference,
      cafe: { id: r.cafeId, name: r.cafe.name },
      date: r.sessionDate,
      start: r.startsAt.toISOString(),
      end: r.endsAt.toISOString(),
      status: r.status as BookingStatus,
      callerName: r.callerName,
      callbackNumber: r.callbackNumber,
      needs: r.needs,
      cancelReason: r.cancelReason,
      cancelledBy: r.cancelledBy,
      flag: bookingFlag(r, slots, heldBy.get(`${r.cafeId}|${r.sessionDate}|${r.slotKey}`) ?? 0),
    };
  });
}

/** A café's bookings from today (and last night's session) on, soonest first; refused to all but its managers and admins. */
export async function cafeBookings(actor: Actor, cafeId: string, at: Date = now()): Promise<{ ok: true; bookings: BookingRow[] } | Refused> {
  const where = changeableWhere(actor, "cafe", cafeId);
  if (!where) return { ok: false, forbidden: true };
  const rows = await prisma.booking.findMany({
    where: { ...where, sessionDate: { gte: addDays(londonDate(at), -1) }, endsAt: { gt: at } },
    select: ROW_SELECT,
    orderBy: [{ startsAt: "asc" }, { createdAt: "asc" }],
    take: 500,
  });
  return { ok: true, bookings: await withFlags(rows) };
}

/** Bookings coming up across all cafés for the CAP: made or changed recently, flagged first. */
export async function capBookings(actor: Actor, at: Date = now()): Promise<BookingRow[]> {
  if (!can(actor, "cap.use")) return [];
  const rows = await prisma.booking.findMany({
    where: { endsAt: { gt: at }, sessionDate: { lte: addDays(londonDate(at), 8) } },
    select: ROW_SELECT,
    orderBy: [{ startsAt: "asc" }, { createdAt: "asc" }],
    take: 200,
  });
  const flagged = await withFlags(rows);
  return [...flagged.filter((b) => b.flag), ...flagged.filter((b) => !b.flag)];
}

/** How many CAP bookings a café has today (not cancelled): a count only, for anyone who may see the café. */
export async function todaysBookingCount(cafeId: string, at: Date = now()): Promise<number> {
  return prisma.booking.count({ where: { cafeId, sessionDate: londonDate(at), status: { in: [...ACTIVE_STATUSES] } } });
}

/** The café marks a caller arrived or not attended (or puts a mark right): only on a booking that is not cancelled. */
export async function markAttendance(actor: Actor, cafeId: string, bookingId: string, status: "arrived" | "did-not-attend" | "booked"): Promise<ChangeResult> {
  const where = changeableWhere(actor, "cafe", cafeId);
  if (!where) return { ok: false, forbidden: true };
  const at = now();
  return prisma.$transaction(async (tx): Promise<ChangeResult> => {
    // Arrived or not is known once the session has started; putting a mark right is always allowed.
    const started = status === "booked" ? {} : { startsAt: { lte: at } };
    const changed = await tx.booking.updateMany({
      where: { ...where, id: bookingId, status: { in: [...ACTIVE_STATUSES] }, ...started },
      data: { status, changedById: actor.id, updatedAt: at },
    });
    if (changed.count === 0) return whyUnchanged(tx, where, bookingId);
    await recordAudit(tx, { actorId: actor.id, action: `booking.${status}`, entityType: "booking", entityId: bookingId, after: { status } });
    return { ok: true };
  });
}

/**
 * Cancels a booking, by the café (its managers, admins) or by the CAP, with the reason the other side sees.
 * The place is free again at once (place = null); the café is emailed.
 */
export async function cancelBooking(actor: Actor, side: "cafe" | "cap", bookingId: string, reason: string, cafeId?: string): Promise<ChangeResult> {
  const where = changeableWhere(actor, side, cafeId);
  if (!where) return { ok: false, forbidden: true };
  const at = now();
  return prisma.$transaction(async (tx): Promise<ChangeResult> => {
    const changed = await tx.booking.updateMany({
      where: { ...where, id: bookingId, status: { not: "cancelled" } },
      data: { status: "cancelled", place: null, cancelReason: reason, cancelledBy: side, changedById: actor.id, updatedAt: at },
    });
    if (changed.count === 0) return whyUnchanged(tx, where, bookingId);
    await recordAudit(tx, { actorId: actor.id, action: "booking.cancelled", entityType: "booking", entityId: bookingId, after: { status: "cancelled", by: side } });
    await emailCancellation(tx, bookingId, reason);
    return { ok: true };
  });
}

/** Why a conditional change matched no booking: none this person may change, or its state (said, not a 404). */
async function whyUnchanged(tx: Tx, where: Prisma.BookingWhereInput, bookingId: string): Promise<Refused> {
  const booking = await tx.booking.findFirst({ where: { ...where, id: bookingId }, select: { status: true } });
  if (!booking) return { ok: false, notFound: true };
  return { ok: false, state: booking.status === "cancelled" ? "cancelled" : "not-started" };
}

async function emailCancellation(tx: Tx, bookingId: string, reason: string) {
  const b = await tx.booking.findUniqueOrThrow({
    where: { id: bookingId },
    select: { reference: true, sessionDate: true, startsAt: true, endsAt: true, cafe: { select: { id: true, name: true, email: true } } },
  });
  if (!b.cafe.email) return;
  const words = cancelledEmail({ reference: b.reference, cafe: b.cafe.name, date: b.sessionDate, start: b.startsAt, end: b.endsAt }, reason, bookingsLink(b.cafe.id));
  await enqueueEmail(tx, { to: b.cafe.email, ...words, kind: "booking-cancelled", reference: `Booking:${bookingId}` });
}

/** One booking as the CAP sees it (status, the café's reason for a cancellation, its flag), by reference. */
export async function capBooking(actor: Actor, reference: string): Promise<BookingRow | null> {
  if (!can(actor, "cap.use")) return null;
  const row = await prisma.booking.findUnique({ where: { reference }, select: ROW_SELECT });
  return row ? ((await withFlags([row]))[0] ?? null) : null;
}
