import { recordAudit } from "~/modules/audit/index.server";
import { can, type Actor } from "~/modules/identity";
import { enqueueEmail } from "~/modules/outbox/index.server";
import { now } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { freePlace, bookableDate, stillBookable } from "./availability";
import type { SlotChoice } from "./booking-form";
import { bookingsLink, isUniqueViolation, loadBookableCafe, slotOf, takenPlaces } from "./bookings.server";
import { bookedEmail, cancelledEmail } from "./emails";

export type MoveOutcome = { ok: true } | { ok: false; reason: "taken" | "gone" | "forbidden" | "not-found" };

/**
 * The CAP moves a booking to another session (of the same café or another). Atomic: one UPDATE gives the
 * row its new session and place, so the new place is taken and the old one released in the same
 * statement; if the new place has just gone (the unique key refuses it) nothing changes and the next free
 * place is tried. The caller keeps the reference. The cafés are emailed in the same transaction.
 */
export async function moveBooking(actor: Actor, bookingId: string, choice: SlotChoice, reason: string, at: Date = now()): Promise<MoveOutcome> {
  if (!can(actor, "cap.use")) return { ok: false, reason: "forbidden" };
  const booking = await prisma.booking.findFirst({
    where: { id: bookingId, status: "booked" },
    select: { id: true, reference: true, cafeId: true, sessionDate: true, slotKey: true, startsAt: true, endsAt: true, callerName: true, needs: true },
  });
  if (!booking) return { ok: false, reason: "not-found" };
  const cafe = await loadBookableCafe(choice.cafeId);
  if (!cafe || cafe.status !== "open") return { ok: false, reason: "gone" };
  const slot = slotOf(cafe, choice);
  if (!slot || !stillBookable(slot, at) || !bookableDate(slot.date, at)) return { ok: false, reason: "gone" };
  if (booking.cafeId === cafe.id && booking.sessionDate === slot.date && booking.slotKey === slot.key) return { ok: true };

  for (let round = 0; round < slot.offered + 5; round += 1) {
    const place = freePlace(slot.offered, await takenPlaces(prisma, cafe.id, slot));
    if (place === null) return { ok: false, reason: "taken" };
    try {
      const moved = await prisma.$transaction(async (tx) => {
        const changed = await tx.booking.updateMany({
          where: { id: booking.id, status: "booked", cafeId: booking.cafeId, sessionDate: booking.sessionDate, slotKey: booking.slotKey },
          data: { cafeId: cafe.id, sessionDate: slot.date, slotKey: slot.key, startsAt: slot.start, endsAt: slot.end, place, changedById: actor.id, updatedAt: at },
        });
        if (changed.count === 0) return false;
        await recordAudit(tx, {
          actorId: actor.id,
          action: "booking.moved",
          entityType: "booking",
          entityId: booking.id,
          before: { cafeId: booking.cafeId, sessionDate: booking.sessionDate, slotKey: booking.slotKey },
          after: { cafeId: cafe.id, sessionDate: slot.date, slotKey: slot.key, place },
        });
        const old = await tx.cafe.findUniqueOrThrow({ where: { id: booking.cafeId }, select: { id: true, name: true, email: true } });
        if (old.email) {
          const words = cancelledEmail({ reference: booking.reference, cafe: old.name, date: booking.sessionDate, start: booking.startsAt, end: booking.endsAt }, reason, bookingsLink(old.id));
          await enqueueEmail(tx, { to: old.email, ...words, kind: "booking-cancelled", reference: `Booking:${booking.id}` });
        }
        if (cafe.email) {
          const words = bookedEmail(
            { reference: booking.reference, cafe: cafe.name, date: slot.date, start: slot.start, end: slot.end, callerName: booking.callerName ?? "", needs: booking.needs },
            bookingsLink(cafe.id),
          );
          await enqueueEmail(tx, { to: cafe.email, ...words, kind: "booking", reference: `Booking:${booking.id}` });
        }
        return true;
      });
      return moved ? { ok: true } : { ok: false, reason: "not-found" };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return { ok: false, reason: "taken" };
}
