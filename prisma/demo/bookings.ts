import type { Prisma } from "@prisma/client";
import { addDays, londonDate } from "../../app/lib/london-time";
import { slotsOnDates, type Slot } from "../../app/modules/bookings/availability";
import { newReference } from "../../app/modules/bookings/reference";
import { scheduleFromRows } from "../../app/modules/schedule/schedule-rows";

/**
 * Demo CAP bookings, worked out from "now" so that the CAP's and the cafés' pages show every state on
 * first start: booked, arrived, did not attend, cancelled by the café with a reason, and one flagged
 * because the café closed the session after it was booked. Cafés no other demonstration relies on.
 */
type Tx = Prisma.TransactionClient;
type Plan = { cafe: string; day: number; caller: string; phone?: string; needs?: string; status: "booked" | "arrived" | "did-not-attend" | "cancelled"; reason?: string; closeAfter?: string };

/**
 * `day`: days from today to look for the session from (the next with places, within a week). Callers who
 * came or did not are in the latest session that has started, on that day or before it.
 */
const PLAN: Plan[] = [
  { cafe: "highfields-kitchen-table-cafe", day: 0, caller: "A.K.", needs: "Speaks Urdu", status: "arrived" },
  { cafe: "highfields-kitchen-table-cafe", day: 0, caller: "Jo", phone: "07700 900321", status: "booked" },
  { cafe: "fosse-road-community-cafe", day: 0, caller: "T.M.", status: "did-not-attend" },
  { cafe: "clocktower-evening-cafe", day: 0, caller: "L.B.", needs: "First time at a café; a little anxious", status: "booked" },
  { cafe: "clocktower-evening-cafe", day: 0, caller: "Kasia", status: "arrived" },
  { cafe: "fosse-road-community-cafe", day: 1, caller: "R.", status: "cancelled", reason: "Caller rang the café: they have other support tonight" },
  { cafe: "thurnby-lodge-evening-cafe", day: 1, caller: "Sam", phone: "0116 496 0999", needs: "Step-free access", status: "booked" },
  { cafe: "glenfield-evening-cafe", day: 5, caller: "P.D.", status: "booked", closeAfter: "Volunteer training day" },
];

export async function loadDemoBookings(tx: Tx, now: Date, cafeIds: Map<string, string>, random: () => number = Math.random): Promise<number> {
  const today = londonDate(now);
  const staff = null;
  let made = 0;
  const held = new Map<string, number>();
  for (const p of PLAN) {
    const cafeId = cafeIds.get(p.cafe);
    if (!cafeId) continue;
    const cafe = await tx.cafe.findUniqueOrThrow({ where: { id: cafeId }, include: { sessions: true, exceptions: true } });
    // The first session with places on that day, or the next day that has one (within the week).
    let slot: Slot | undefined;
    const attended = p.status === "arrived" || p.status === "did-not-attend";
    for (let i = 0; i < 7 && !slot; i += 1) {
      const d = attended ? p.day - i : p.day + i;
      const free = slotsOnDates(scheduleFromRows(cafe), cafe, addDays(today, d), addDays(today, d)).filter(
        (s) => s.offered > (held.get(`${cafeId}|${s.date}|${s.key}`) ?? 0) && (attended ? s.start <= now : s.end > now),
      );
      slot = attended ? free.at(-1) : free[0];
    }
    if (!slot) continue;
    const key = `${cafeId}|${slot.date}|${slot.key}`;
    const place = (held.get(key) ?? 0) + 1;
    await tx.booking.create({
      data: {
        reference: newReference(random),
        cafeId,
        sessionDate: slot.date,
        slotKey: slot.key,
        startsAt: slot.start,
        endsAt: slot.end,
        place: p.status === "cancelled" ? null : place,
        status: p.status,
        callerName: p.caller,
        callbackNumber: p.phone ?? null,
        needs: p.needs ?? null,
        consent: true,
        cancelReason: p.reason ?? null,
        cancelledBy: p.status === "cancelled" ? "cafe" : null,
        createdById: staff,
        changedById: staff,
        createdAt: now,
      },
    });
    if (p.status !== "cancelled") held.set(key, place);
    if (p.closeAfter) {
      // Two days, so the demonstration's one single-day closure stays the only one.
      await tx.scheduleException.create({ data: { cafeId, kind: "closed", startDate: slot.date, endDate: addDays(slot.date, 1), reason: p.closeAfter } });
    }
    made++;
  }
  return made;
}
