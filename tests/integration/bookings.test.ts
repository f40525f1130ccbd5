// @database-behaviour: the last place raced (unique key per place), moves in one transaction. Runs on PostgreSQL too (vitest.config.ts).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { optionValue, type BookingInput } from "~/modules/bookings";
import { bookPlace, cafeBookings, cancelBooking, capBookings, markAttendance, moveBooking, todaysBookingCount } from "~/modules/bookings/index.server";
import { prisma } from "~/platform/db.server";
import { setClock } from "./clock.helpers";
import { resetEnvCache } from "~/platform/env.server";
import { makeOrganisationWithCafe, makeUser as makeAccount } from "./auth.helpers";

// Wednesday 25 November 2026, midday (GMT: London time is UTC).
const AT = new Date("2026-11-25T12:00:00Z");

beforeEach(() => {
  process.env.FIXED_NOW = AT.toISOString();
  resetEnvCache();
});
afterEach(() => {
  process.env.FIXED_NOW = "";
  resetEnvCache();
});

/** A person with roles, as a write sees them (an Actor). */
async function makeUser(roles: Parameters<typeof makeAccount>[0]) {
  const user = await makeAccount(roles);
  return { id: user.id, roles: await prisma.roleAssignment.findMany({ where: { userId: user.id }, select: { role: true, cafeId: true, organisationId: true } }) };
}

async function capStaff() {
  return makeUser([{ role: "cap-staff" }]);
}

/** An open café of its own with one extra session this afternoon offering `places` CAP places. */
async function cafeWithSession(places: number) {
  const { cafe } = await makeOrganisationWithCafe("bookings");
  await prisma.cafe.update({ where: { id: cafe.id }, data: { status: "open", email: "team@cafe.example", phone: "0116 496 0000" } });
  const session = await prisma.scheduleException.create({
    data: { cafeId: cafe.id, kind: "extra", startDate: "2026-11-25", endDate: "2026-11-25", startTime: "14:00", endTime: "17:00", capPlaces: places },
  });
  return { cafe, slot: `exception:${session.id}` };
}

function input(cafeId: string, slot: string, more: Partial<BookingInput> = {}): BookingInput {
  return {
    option: { cafeId, date: "2026-11-25", slot },
    callerName: "J.K.",
    callbackNumber: "07700 900123",
    needs: "Prefers a quiet corner",
    consent: true,
    ...more,
  };
}

describe("booking a CAP place", () => {
  it("never gives the last place twice: of 25 bookings at the same moment exactly one gets it", async () => {
    const actor = await capStaff();
    const { cafe, slot } = await cafeWithSession(1);
    const outcomes = await Promise.all(Array.from({ length: 25 }, (_, i) => bookPlace(actor, input(cafe.id, slot, { callerName: `C${i}` }), AT)));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok).map((o) => !o.ok && o.reason)).toEqual(Array(24).fill("taken"));
    const rows = await prisma.booking.findMany({ where: { cafeId: cafe.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ place: 1, status: "booked", sessionDate: "2026-11-25", slotKey: slot });
  });

  it("fills every place offered and no more, each with its own reference", async () => {
    const actor = await capStaff();
    const { cafe, slot } = await cafeWithSession(3);
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => bookPlace(actor, input(cafe.id, slot), AT)));
    const booked = outcomes.filter((o) => o.ok);
    expect(booked).toHaveLength(3);
    const rows = await prisma.booking.findMany({ where: { cafeId: cafe.id }, orderBy: { place: "asc" } });
    expect(rows.map((r) => r.place)).toEqual([1, 2, 3]);
    expect(new Set(rows.map((r) => r.reference)).size).toBe(3);
    for (const r of rows) expect(r.reference).toMatch(/^[ACEFGHJKMNPRTWXY3467]{6}$/);
  });

  it("counts a session's bookings after the café removes it and adds it again at the same times", async () => {
    const actor = await capStaff();
    const { cafe, slot } = await cafeWithSession(1);
    const first = await bookPlace(actor, input(cafe.id, slot), AT);
    expect(first.ok).toBe(true);
    // The café removes the session and adds the same one back: a new session, with its own key.
    const old = await prisma.scheduleException.findUniqueOrThrow({ where: { id: slot.replace("exception:", "") } });
    await prisma.scheduleException.delete({ where: { id: old.id } });
    const again = await prisma.scheduleException.create({
      data: { cafeId: cafe.id, kind: "extra", startDate: old.startDate, endDate: old.endDate, startTime: old.startTime, endTime: old.endTime, capPlaces: 1 },
    });
    const newSlot = `exception:${again.id}`;
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => bookPlace(actor, input(cafe.id, newSlot), AT)));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(0);
    expect(await prisma.booking.count({ where: { cafeId: cafe.id, place: { not: null } } })).toBe(1);
    // The earlier booking still stands for the session at those times: not flagged as closed.
    const seen = (await capBookings(actor, AT)).find((b) => b.cafe.id === cafe.id);
    expect(seen?.flag).toBeNull();
    // With a second place, one more booking gets in, and no more.
    await prisma.scheduleException.update({ where: { id: again.id }, data: { capPlaces: 2 } });
    const more = await Promise.all(Array.from({ length: 5 }, () => bookPlace(actor, input(cafe.id, newSlot), AT)));
    expect(more.filter((o) => o.ok)).toHaveLength(1);
    expect(await prisma.booking.count({ where: { cafeId: cafe.id, place: { not: null } } })).toBe(2);
  });

  it("the database itself refuses a second booking of a held place", async () => {
    const actor = await capStaff();
    const { cafe, slot } = await cafeWithSession(1);
    const first = await bookPlace(actor, input(cafe.id, slot), AT);
    expect(first.ok).toBe(true);
    const row = await prisma.booking.findFirstOrThrow({ where: { cafeId: cafe.id } });
    const copy = { ...row, id: undefined, reference: "TTTTTT" };
    await expect(prisma.booking.create({ data: copy })).rejects.toMatchObject({ code: "P2002" });
    // A cancelled booking gives its place up.
    await prisma.booking.update({ where: { id: row.id }, data: { status: "cancelled", place: null } });
    expect((await bookPlace(actor, input(cafe.id, slot), AT)).ok).toBe(true);
  });

  it("writes the café's email (initials, time, needs, never the number) and an audit entry without the caller", async () => {
    const actor = await capStaff();
    const { cafe, slot } = await cafeWithSession(2);
    const outcome = await bookPlace(actor, input(cafe.id, slot, { callerName: "Priya" }), AT);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const email = await prisma.emailOutbox.findFirstOrThrow({ where: { reference: `Booking:${outcome.booking.id}` } });
    expect(email.to).toBe("team@cafe.example");
    expect(email.text).toContain("Priya");
    expect(email.text).toContain("Prefers a quiet corner");
    expect(email.text).toContain("2pm");
    expect(email.text).toContain(outcome.booking.reference);
    expect(email.text + email.subject).not.toMatch(/07700|900123/);
    const audit = await prisma.auditEvent.findMany({ where: { entityType: "booking", entityId: outcome.booking.id } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toMatch(/Priya|07700|quiet corner/);
  });

  it("refuses sessions that cannot be booked, and people who are not the CAP's", async () => {
    const actor = await capStaff();
    const { cafe, slot } = await cafeWithSession(2);
    // Closed for the day after it was offered.
    await prisma.scheduleException.create({ data: { cafeId: cafe.id, kind: "closed", startDate: "2026-11-25", endDate: "2026-11-25" } });
    expect(await bookPlace(actor, input(cafe.id, slot), AT)).toEqual({ ok: false, reason: "gone" });

    const other = await cafeWithSession(2);
    // Within 30 minutes of its end.
    expect(await bookPlace(actor, input(other.cafe.id, other.slot), new Date("2026-11-25T16:45:00Z"))).toEqual({ ok: false, reason: "gone" });
    const manager = await makeUser([{ role: "cafe-manager", cafeId: other.cafe.id }]);
    expect(await bookPlace(manager, input(other.cafe.id, other.slot), AT)).toEqual({ ok: false, reason: "forbidden" });
    expect(await prisma.booking.count({ where: { cafeId: { in: [cafe.id, other.cafe.id] } } })).toBe(0);
  });

  it("the option a page sends names the café, the date and the session", () => {
    expect(optionValue({ cafeId: "c", date: "2026-11-25", slot: "weekly:s" })).toBe("c|2026-11-25|weekly:s");
  });
});

async function bookOne(actor: { id: string; roles: { role: string; cafeId: string | null; organisationId: string | null }[] }, cafeId: string, slot: string, callerName = "J.K.") {
  const outcome = await bookPlace(actor, input(cafeId, slot, { callerName }), AT);
  if (!outcome.ok) throw new Error(`not booked: ${outcome.reason}`);
  return outcome.booking;
}

describe("after booking", () => {
  it("moving is atomic: into a full session nothing changes; into a free one the old place is free at once", async () => {
    const cap = await capStaff();
    const from = await cafeWithSession(1);
    const full = await cafeWithSession(1);
    const free = await cafeWithSession(1);
    const booking = await bookOne(cap, from.cafe.id, from.slot, "Moved");
    await bookOne(cap, full.cafe.id, full.slot);

    expect(await moveBooking(cap, booking.id, { cafeId: full.cafe.id, date: "2026-11-25", slot: full.slot }, "Nearer home", AT)).toEqual({ ok: false, reason: "taken" });
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ cafeId: from.cafe.id, place: 1, status: "booked" });

    // Racing a move against a new booking for the same free place: exactly one gets it, and nothing is lost.
    const [moved, other] = await Promise.all([
      moveBooking(cap, booking.id, { cafeId: free.cafe.id, date: "2026-11-25", slot: free.slot }, "Nearer home", AT),
      bookPlace(cap, input(free.cafe.id, free.slot), AT),
    ]);
    expect([moved.ok, other.ok].filter(Boolean)).toHaveLength(1);
    const held = await prisma.booking.findMany({ where: { cafeId: free.cafe.id, place: { not: null } } });
    expect(held).toHaveLength(1);
    if (moved.ok) {
      expect(await prisma.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ cafeId: free.cafe.id, place: 1, reference: booking.reference });
      // The old place is free again.
      expect((await bookPlace(cap, input(from.cafe.id, from.slot), AT)).ok).toBe(true);
    } else {
      expect(await prisma.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ cafeId: from.cafe.id, place: 1 });
    }
  });

  it("the café sees its bookings with the callers' details, marks arrival, and sees the CAP's reason for a cancellation", async () => {
    const cap = await capStaff();
    const { cafe, slot } = await cafeWithSession(3);
    const manager = await makeUser([{ role: "cafe-manager", cafeId: cafe.id }]);
    const arriving = await bookOne(cap, cafe.id, slot, "A.A.");
    const cancelled = await bookOne(cap, cafe.id, slot, "C.C.");
    // Whether the caller came is known once the session has started (14:00).
    const pinned = process.env.FIXED_NOW;
    try {
      setClock(new Date("2026-11-25T13:59:00Z"));
      expect(await markAttendance(manager, cafe.id, arriving.id, "arrived")).toEqual({ ok: false, state: "not-started" });
      setClock(new Date("2026-11-25T14:05:00Z"));
      expect(await markAttendance(manager, cafe.id, arriving.id, "arrived")).toEqual({ ok: true });
      expect(await cancelBooking(cap, "cap", cancelled.id, "Caller found help closer to home")).toEqual({ ok: true });
      expect(await cancelBooking(cap, "cap", cancelled.id, "again")).toEqual({ ok: false, state: "cancelled" });
      expect(await markAttendance(manager, cafe.id, cancelled.id, "arrived")).toEqual({ ok: false, state: "cancelled" });
      expect(await markAttendance(manager, cafe.id, "no-such-booking", "arrived")).toEqual({ ok: false, notFound: true });
    } finally {
      setClock(pinned ? new Date(pinned) : null);
    }

    const seen = await cafeBookings(manager, cafe.id, AT);
    expect(seen.ok).toBe(true);
    const rows = seen.ok ? seen.bookings : [];
    expect(rows.find((b) => b.id === arriving.id)).toMatchObject({ status: "arrived", callerName: "A.A.", callbackNumber: "07700 900123" });
    expect(rows.find((b) => b.id === cancelled.id)).toMatchObject({ status: "cancelled", cancelReason: "Caller found help closer to home", cancelledBy: "cap" });
    expect(await todaysBookingCount(cafe.id, AT)).toBe(1);
    const email = await prisma.emailOutbox.findFirstOrThrow({ where: { reference: `Booking:${cancelled.id}`, kind: "booking-cancelled" } });
    expect(email.text).toContain("Caller found help closer to home");
    expect(email.text).not.toMatch(/07700|C\.C\./);
    const audit = await prisma.auditEvent.findMany({ where: { entityType: "booking", entityId: { in: [arriving.id, cancelled.id] } } });
    expect(audit.map((a) => a.action).sort()).toEqual(["booking.arrived", "booking.cancelled", "booking.created", "booking.created"]);
    expect(JSON.stringify(audit)).not.toMatch(/A\.A\.|C\.C\.|07700|closer to home/);
  });

  it("a manager of another café can neither see nor change these bookings", async () => {
    const cap = await capStaff();
    const { cafe, slot } = await cafeWithSession(2);
    const other = await makeOrganisationWithCafe("other");
    const outsider = await makeUser([{ role: "cafe-manager", cafeId: other.cafe.id }]);
    const booking = await bookOne(cap, cafe.id, slot);
    expect(await cafeBookings(outsider, cafe.id, AT)).toEqual({ ok: false, forbidden: true });
    expect(await markAttendance(outsider, cafe.id, booking.id, "did-not-attend")).toEqual({ ok: false, forbidden: true });
    expect(await cancelBooking(outsider, "cafe", booking.id, "No", cafe.id)).toEqual({ ok: false, forbidden: true });
    // Naming their own café does not reach a booking of another.
    expect(await cancelBooking(outsider, "cafe", booking.id, "No", other.cafe.id)).toEqual({ ok: false, notFound: true });
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ status: "booked", place: 1 });
  });

  it("flags bookings whose session was closed or whose places were lowered, and keeps them", async () => {
    const cap = await capStaff();
    const closed = await cafeWithSession(2);
    const lowered = await cafeWithSession(2);
    await bookOne(cap, closed.cafe.id, closed.slot);
    await bookOne(cap, lowered.cafe.id, lowered.slot);
    await bookOne(cap, lowered.cafe.id, lowered.slot);
    await prisma.scheduleException.create({ data: { cafeId: closed.cafe.id, kind: "closed", startDate: "2026-11-25", endDate: "2026-11-25", reason: "Flood" } });
    await prisma.scheduleException.update({ where: { id: lowered.slot.slice("exception:".length) }, data: { capPlaces: 1 } });
    const flags = (await capBookings(cap, AT)).filter((b) => [closed.cafe.id, lowered.cafe.id].includes(b.cafe.id));
    expect(flags.map((b) => b.flag).sort()).toEqual(["places-lowered", "places-lowered", "session-closed"]);
    expect(await prisma.booking.count({ where: { cafeId: { in: [closed.cafe.id, lowered.cafe.id] }, status: "booked" } })).toBe(3);
  });
});

describe("the demo data", () => {
  it("has bookings today and this week in each state, one flagged by a closure", async () => {
    const demo = await prisma.booking.findMany({ where: { cafe: { isDemo: true } }, orderBy: { createdAt: "asc" } });
    expect(new Set(demo.map((b) => b.status))).toEqual(new Set(["booked", "arrived", "did-not-attend", "cancelled"]));
    expect(new Set(demo.map((b) => b.cafeId)).size).toBeGreaterThanOrEqual(3);
    expect(demo.find((b) => b.status === "cancelled")?.cancelReason).toBeTruthy();
    const cap = await capStaff();
    const seen = await capBookings(cap, demo[0]!.createdAt);
    expect(seen.filter((b) => b.flag === "session-closed").length).toBeGreaterThanOrEqual(1);
  });
});
