import { randomInt } from "node:crypto";
import { cafeAddress } from "~/modules/cafe";
import { recordAudit } from "~/modules/audit/index.server";
import { can, type Actor } from "~/modules/identity";
import { enqueueEmail } from "~/modules/outbox/index.server";
import { scheduleFromRows } from "~/modules/schedule";
import { now } from "~/platform/clock.server";
import { prisma, type Tx } from "~/platform/db.server";
import { appUrl } from "~/platform/env.server";
import { findSlot, freePlace, bookableDate, stillBookable, type HeldGroup, type Slot } from "./availability";
import type { BookingInput, SlotChoice } from "./booking-form";
import { bookedEmail } from "./emails";
import { newReference } from "./reference";

/**
 * Booking a place: the Central Access Point takes one of the places a café offers in a session.
 *
 * No place is ever promised twice, on SQLite and PostgreSQL alike: each booking holding a place is a row
 * whose (café, date, session, place) is unique, so of two bookings racing for the last place the database
 * accepts one insert and refuses the other. The place number to try is chosen from what is free
 * (`freePlace`); a booking that loses the race reads again and tries the next free place, or is told the
 * session is full. The booking, its audit entry (without caller details) and the café's email are written
 * in one transaction.
 */

export type BookedPlace = {
  id: string;
  reference: string;
  /** `emailed`: the café has an email address, so it is told of the booking */
  cafe: { id: string; name: string; address: string; phone: string | null; emailed: boolean };
  date: string;
  start: Date;
  end: Date;
  bankHoliday: string | null;
};

export type BookingOutcome =
  | { ok: true; booking: BookedPlace }
  /** No place left: the last one went to another booking, or the café has none to offer now */
  | { ok: false; reason: "taken" }
  /** The session can no longer be booked: it ended (or is about to), was closed or removed, the café is not open */
  | { ok: false; reason: "gone" }
  | { ok: false; reason: "forbidden" };

export const BOOKABLE_CAFE = {
  id: true,
  slug: true,
  name: true,
  status: true,
  email: true,
  phone: true,
  venueName: true,
  addressLine1: true,
  town: true,
  postcode: true,
  capPlacesDefault: true,
  sessions: { include: { offer: { select: { title: true } } } },
  exceptions: { include: { offer: { select: { title: true } } } },
} as const;

type BookableCafe = NonNullable<Awaited<ReturnType<typeof loadBookableCafe>>>;

export function loadBookableCafe(cafeId: string) {
  return prisma.cafe.findUnique({ where: { id: cafeId }, select: BOOKABLE_CAFE });
}

/** The slot chosen, as the café's hours stand now; null when it no longer runs. */
export function slotOf(cafe: BookableCafe, choice: Pick<SlotChoice, "date" | "slot">): Slot | null {
  return findSlot(scheduleFromRows(cafe), cafe, choice.date, choice.slot);
}

/**
 * The places held now in a slot: by bookings made for it, and by bookings made for a session at exactly
 * its times that the café has since removed and added again (see `heldInSlot`). A new booking takes a
 * number none of them holds; the unique key (café, date, slot, place) settles a race for it. The bookings
 * of a removed session cannot grow, so counting them in this read is safe.
 */
export async function takenPlaces(db: Tx | typeof prisma, cafeId: string, slot: Pick<Slot, "key" | "date" | "start" | "end">): Promise<number[]> {
  const rows = await db.booking.findMany({
    where: { cafeId, sessionDate: slot.date, place: { not: null }, OR: [{ slotKey: slot.key }, { startsAt: slot.start, endsAt: slot.end }] },
    select: { place: true },
  });
  return rows.map((r) => r.place!);
}

/** Held places grouped for `heldInSlot`, for cafés from a date on. */
export async function heldGroups(cafeIds: string[], fromDate: string): Promise<Map<string, HeldGroup[]>> {
  const rows = await prisma.booking.groupBy({
    by: ["cafeId", "sessionDate", "slotKey", "startsAt", "endsAt"],
    where: { cafeId: { in: cafeIds }, place: { not: null }, sessionDate: { gte: fromDate } },
    _count: { _all: true },
  });
  const byCafe = new Map<string, HeldGroup[]>();
  for (const r of rows) {
    const list = byCafe.get(r.cafeId) ?? [];
    list.push({ sessionDate: r.sessionDate, slotKey: r.slotKey, startsAt: r.startsAt, endsAt: r.endsAt, count: r._count._all });
    byCafe.set(r.cafeId, list);
  }
  return byCafe;
}

/** A unique index refused the write (Prisma's P2002): another booking took the place (or the reference). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

const cryptoRandom = () => randomInt(0, 2 ** 32) / 2 ** 32;

export function bookingsLink(cafeId: string) {
  return `${appUrl()}/manage/cafes/${cafeId}/bookings`;
}

/**
 * Takes a place for a caller in the session chosen. Only the CAP's staff (and admins) book. The outcome
 * says why not, never by throwing, so the page can offer the next sessions with what was typed.
 */
export async function bookPlace(actor: Actor, input: BookingInput, at: Date = now()): Promise<BookingOutcome> {
  if (!can(actor, "cap.use")) return { ok: false, reason: "forbidden" };
  const { cafeId, date, slot: slotKey } = input.option;
  const cafe = await loadBookableCafe(cafeId);
  if (!cafe || cafe.status !== "open") return { ok: false, reason: "gone" };
  const slot = slotOf(cafe, { date, slot: slotKey });
  if (!slot || !stillBookable(slot, at) || !bookableDate(slot.date, at)) return { ok: false, reason: "gone" };

  // Each round either books, or sees a place it tried taken by someone else and reads again.
  for (let round = 0; round < slot.offered + 5; round += 1) {
    const place = freePlace(slot.offered, await takenPlaces(prisma, cafeId, slot));
    if (place === null) return { ok: false, reason: "taken" };
    try {
      const booking = await prisma.$transaction((tx) => insertBooking(tx, actor, cafe, slot, place, input, at));
      return { ok: true, booking };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return { ok: false, reason: "taken" };
}

async function insertBooking(tx: Tx, actor: Actor, cafe: BookableCafe, slot: Slot, place: number, input: BookingInput, at: Date): Promise<BookedPlace> {
  const row = await tx.booking.create({
    data: {
      reference: newReference(cryptoRandom),
      cafeId: cafe.id,
      sessionDate: slot.date,
      slotKey: slot.key,
      startsAt: slot.start,
      endsAt: slot.end,
      place,
      status: "booked",
      callerName: input.callerName,
      callbackNumber: input.callbackNumber,
      needs: input.needs || null,
      consent: input.consent,
      createdById: actor.id,
      changedById: actor.id,
      createdAt: at,
      updatedAt: at,
    },
    select: { id: true, reference: true },
  });
  // The audit trail says what happened to which place, never who the caller is.
  await recordAudit(tx, {
    actorId: actor.id,
    action: "booking.created",
    entityType: "booking",
    entityId: row.id,
    after: { cafeId: cafe.id, sessionDate: slot.date, slotKey: slot.key, place, status: "booked" },
  });
  const booked = { reference: row.reference, cafe: cafe.name, date: slot.date, start: slot.start, end: slot.end };
  if (cafe.email) {
    const words = bookedEmail({ ...booked, callerName: input.callerName, needs: input.needs || null }, bookingsLink(cafe.id));
    await enqueueEmail(tx, { to: cafe.email, ...words, kind: "booking", reference: `Booking:${row.id}` });
  }
  return {
    id: row.id,
    reference: row.reference,
    cafe: { id: cafe.id, name: cafe.name, address: cafeAddress(cafe), phone: cafe.phone, emailed: Boolean(cafe.email) },
    date: slot.date,
    start: slot.start,
    end: slot.end,
    bankHoliday: slot.confirmed ? null : slot.bankHoliday,
  };
}

/** A booking as the CAP's result page shows it (the caller's summary), by reference. */
export async function bookingByReference(actor: Actor, reference: string): Promise<BookedPlace | null> {
  if (!can(actor, "cap.use")) return null;
  const row = await prisma.booking.findUnique({
    where: { reference },
    select: {
      id: true,
      reference: true,
      sessionDate: true,
      startsAt: true,
      endsAt: true,
      cafe: { select: { id: true, name: true, phone: true, email: true, venueName: true, addressLine1: true, town: true, postcode: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    reference: row.reference,
    cafe: { id: row.cafe.id, name: row.cafe.name, address: cafeAddress(row.cafe), phone: row.cafe.phone, emailed: Boolean(row.cafe.email) },
    date: row.sessionDate,
    start: row.startsAt,
    end: row.endsAt,
    bankHoliday: null,
  };
}
