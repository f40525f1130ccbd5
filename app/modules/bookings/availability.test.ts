import { describe, expect, it } from "vitest";
import type { Schedule, ScheduleExceptionRule } from "~/modules/schedule";
import { bookableDate, bookingFlag, findSlot, heldInSlot, freePlace, placesLeft, slotsFor, soonestThenNearest, type PlacesRows, type When } from "./availability";

// November 2026 is GMT: London wall-clock time is UTC.
const sessions = [
  { id: "wed-eve", dayOfWeek: 3, startTime: "18:00", endTime: "21:00" },
  { id: "wed-late", dayOfWeek: 3, startTime: "22:00", endTime: "02:00" },
  { id: "thu-am", dayOfWeek: 4, startTime: "10:00", endTime: "12:00" },
  { id: "fri-eve", dayOfWeek: 5, startTime: "18:00", endTime: "21:00" },
];
const places: PlacesRows = {
  capPlacesDefault: 2,
  sessions: [{ id: "wed-eve", capPlaces: 3 }, { id: "wed-late", capPlaces: null }, { id: "thu-am", capPlaces: 0 }],
  exceptions: [{ id: "extra", capPlaces: 5 }, { id: "hours", capPlaces: null }],
};
const schedule = (exceptions: ScheduleExceptionRule[] = []): Schedule => ({ sessions, exceptions });
const keys = (when: When, at: string, s = schedule()) => slotsFor(s, places, when, new Date(at)).map((slot) => `${slot.date} ${slot.key}`);
const today: When = { kind: "today" };

describe("places left in a session", () => {
  it("are the places offered (capPlacesFor) minus the bookings holding one, never below none", () => {
    expect(placesLeft(3, 1)).toBe(2);
    expect(placesLeft(2, 2)).toBe(0);
    expect(placesLeft(1, 3)).toBe(0);
  });
  it("a new booking takes the lowest free place, and none once as many are held as offered", () => {
    expect(freePlace(3, [])).toBe(1);
    expect(freePlace(3, [1, 3])).toBe(2);
    expect(freePlace(2, [1, 2])).toBeNull();
    expect(freePlace(0, [])).toBeNull();
    // Lowered from 3 to 2 while places 1 and 3 were booked: no room for a third booking.
    expect(freePlace(2, [1, 3])).toBeNull();
  });
  it("uses each session's own number, an extra session's own, the café's default for changed hours", () => {
    const s = schedule([
      { id: "extra", kind: "extra", startDate: "2026-11-26", endDate: "2026-11-26", startTime: "14:00", endTime: "16:00" },
      { id: "hours", kind: "hours", startDate: "2026-11-27", endDate: "2026-11-27", startTime: "17:00", endTime: "20:00" },
    ]);
    expect(findSlot(s, places, "2026-11-25", "weekly:wed-eve")?.offered).toBe(3);
    expect(findSlot(s, places, "2026-11-25", "weekly:wed-late")?.offered).toBe(2);
    expect(findSlot(s, places, "2026-11-26", "weekly:thu-am")?.offered).toBe(0);
    expect(findSlot(s, places, "2026-11-26", "exception:extra")?.offered).toBe(5);
    expect(findSlot(s, places, "2026-11-27", "exception:hours")?.offered).toBe(2);
    expect(findSlot(s, places, "2026-11-27", "weekly:fri-eve")).toBeNull();
  });
});

describe("the sessions for when the caller can go", () => {
  it("now or later today at 23:30: the session running past midnight, not tomorrow's", () => {
    expect(keys(today, "2026-11-25T23:30:00Z")).toEqual(["2026-11-25 weekly:wed-late"]);
  });
  it("after midnight, last night's session still running counts as today, until 30 minutes before it ends", () => {
    expect(keys(today, "2026-11-26T00:30:00Z")).toEqual(["2026-11-25 weekly:wed-late", "2026-11-26 weekly:thu-am"]);
    expect(keys(today, "2026-11-26T01:45:00Z")).toEqual(["2026-11-26 weekly:thu-am"]);
  });
  it("now or later today in the afternoon: this evening's and tonight's, in order", () => {
    expect(keys(today, "2026-11-25T15:00:00Z")).toEqual(["2026-11-25 weekly:wed-eve", "2026-11-25 weekly:wed-late"]);
    expect(keys(today, "2026-11-25T20:40:00Z")).toEqual(["2026-11-25 weekly:wed-late"]);
  });
  it("this evening: today's sessions open after 17:00, not the morning's", () => {
    expect(keys({ kind: "evening" }, "2026-11-26T08:00:00Z")).toEqual([]);
    expect(keys({ kind: "evening" }, "2026-11-25T08:00:00Z")).toEqual(["2026-11-25 weekly:wed-eve", "2026-11-25 weekly:wed-late"]);
  });
  it("tomorrow: the sessions starting tomorrow, not tonight's that runs past midnight", () => {
    expect(keys({ kind: "tomorrow" }, "2026-11-25T23:30:00Z")).toEqual(["2026-11-26 weekly:thu-am"]);
  });
  it("a date in the next seven days, and nothing beyond", () => {
    expect(keys({ kind: "date", date: "2026-12-02" }, "2026-11-25T12:00:00Z")).toEqual(["2026-12-02 weekly:wed-eve", "2026-12-02 weekly:wed-late"]);
    expect(keys({ kind: "date", date: "2026-12-03" }, "2026-11-25T12:00:00Z")).toEqual([]);
    expect(keys({ kind: "date", date: "2026-11-24" }, "2026-11-25T12:00:00Z")).toEqual([]);
  });
  it("a closure or an extra session on the day changes what can be booked", () => {
    const closed = schedule([{ kind: "closed", startDate: "2026-11-25", endDate: "2026-11-25", reason: "Staff training" }]);
    expect(keys(today, "2026-11-25T12:00:00Z", closed)).toEqual([]);
    const extra = schedule([{ id: "extra", kind: "extra", startDate: "2026-11-25", endDate: "2026-11-25", startTime: "13:00", endTime: "15:00" }]);
    expect(keys(today, "2026-11-25T12:00:00Z", extra)).toEqual([
      "2026-11-25 exception:extra",
      "2026-11-25 weekly:wed-eve",
      "2026-11-25 weekly:wed-late",
    ]);
  });
  it("a session on a bank holiday is bookable but unconfirmed until the café answers", () => {
    const christmas = (s: Schedule) => slotsFor(s, places, { kind: "tomorrow" }, new Date("2026-12-24T12:00:00Z"));
    const unanswered = christmas(schedule());
    expect(unanswered).toHaveLength(1);
    expect(unanswered[0]).toMatchObject({ key: "weekly:fri-eve", confirmed: false, bankHoliday: "Christmas Day" });
    const open = christmas(schedule([{ kind: "bank-holiday-open", startDate: "2026-12-25", endDate: "2026-12-25" }]));
    expect(open[0]).toMatchObject({ key: "weekly:fri-eve", confirmed: true });
    expect(christmas(schedule([{ kind: "bank-holiday-closed", startDate: "2026-12-25", endDate: "2026-12-25" }]))).toEqual([]);
  });
});

describe("bookings that need someone to act", () => {
  const booking = { status: "booked", sessionDate: "2026-11-25", slotKey: "weekly:wed-eve" };
  it("flags a booking whose session was closed, or whose places were lowered below those booked", () => {
    expect(bookingFlag(booking, [{ key: "weekly:wed-eve", offered: 3 }], 3)).toBeNull();
    expect(bookingFlag(booking, [], 1)).toBe("session-closed");
    expect(bookingFlag(booking, [{ key: "weekly:wed-eve", offered: 1 }], 2)).toBe("places-lowered");
    expect(bookingFlag({ ...booking, status: "cancelled" }, [], 0)).toBeNull();
  });

  it("flags a booking whose session now runs at other times than the caller was told", () => {
    const told = { ...booking, startsAt: new Date("2026-11-25T18:00:00Z"), endsAt: new Date("2026-11-25T22:00:00Z") };
    const slot = { key: "weekly:wed-eve", offered: 3, start: new Date("2026-11-25T18:00:00Z"), end: new Date("2026-11-25T22:00:00Z") };
    expect(bookingFlag(told, [slot], 1)).toBeNull();
    expect(bookingFlag(told, [{ ...slot, start: new Date("2026-11-25T19:30:00Z") }], 1)).toBe("times-changed");
    expect(bookingFlag(told, [{ ...slot, end: new Date("2026-11-25T21:00:00Z") }], 1)).toBe("times-changed");
  });

  it("counts the places held in a slot by its own bookings and by those of a session at exactly its times", () => {
    const start = new Date("2026-11-25T18:00:00Z");
    const end = new Date("2026-11-25T21:00:00Z");
    const slot = { key: "weekly:new", date: "2026-11-25", start, end };
    const groups = [
      { sessionDate: "2026-11-25", slotKey: "weekly:new", startsAt: start, endsAt: end, count: 1 },
      { sessionDate: "2026-11-25", slotKey: "weekly:removed", startsAt: start, endsAt: end, count: 2 },
      { sessionDate: "2026-11-25", slotKey: "weekly:other", startsAt: new Date("2026-11-25T10:00:00Z"), endsAt: new Date("2026-11-25T12:00:00Z"), count: 4 },
      { sessionDate: "2026-12-02", slotKey: "weekly:new", startsAt: start, endsAt: end, count: 8 },
    ];
    expect(heldInSlot(groups, slot)).toBe(3);
    const orphan = { status: "booked", sessionDate: "2026-11-25", slotKey: "weekly:removed", startsAt: start, endsAt: end };
    expect(bookingFlag(orphan, [{ key: "weekly:new", offered: 3, start, end }], 2)).toBeNull();
    expect(bookingFlag(orphan, [{ key: "weekly:new", offered: 3, start: new Date("2026-11-25T18:30:00Z"), end }], 2)).toBe("session-closed");
  });

  it("books only the dates the search offers: today to a week ahead (and last night's session still running)", () => {
    const at = new Date("2026-11-25T12:00:00Z");
    expect(bookableDate("2026-11-25", at)).toBe(true);
    expect(bookableDate("2026-12-02", at)).toBe(true);
    expect(bookableDate("2026-11-24", at)).toBe(true);
    expect(bookableDate("2026-12-03", at)).toBe(false);
    expect(bookableDate("2030-12-02", at)).toBe(false);
    expect(bookableDate("2026-11-20", at)).toBe(false);
  });
});

describe("the options for a caller", () => {
  it("come soonest first, then nearest", () => {
    const options = [
      { id: "far-soon", start: "2026-11-25T18:00:00Z", miles: 6 },
      { id: "near-late", start: "2026-11-25T22:00:00Z", miles: 1 },
      { id: "near-soon", start: "2026-11-25T18:00:00Z", miles: 2 },
      { id: "unknown-soon", start: "2026-11-25T18:00:00Z", miles: null },
    ];
    expect(soonestThenNearest(options, (o) => o).map((o) => o.id)).toEqual(["near-soon", "far-soon", "unknown-soon", "near-late"]);
  });
});
