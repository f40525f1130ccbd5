import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Schedule } from "~/modules/schedule";
import { addInto, hoursPer10k, NO_HOURS, splitInterval, weekHours } from "./week-hours";

const weekly = (dayOfWeek: number, startTime: string, endTime: string) => ({ dayOfWeek, startTime, endTime });
const schedule = (s: Partial<Schedule>): Schedule => ({ sessions: [], exceptions: [], ...s });
// 2026-11-02 is a Monday in an ordinary week (no bank holiday, no clock change).
const MONDAY = "2026-11-02";

describe("session-hours in the coming week", () => {
  it("adds up the week's weekly sessions", () => {
    const h = weekHours(schedule({ sessions: [weekly(1, "10:00", "12:00"), weekly(3, "13:00", "16:30")] }), MONDAY);
    expect(h).toEqual({ sessions: 2, minutes: 330, eveningMinutes: 0, weekendMinutes: 0 });
  });

  it("counts the seven days from the date given, whatever weekday it is", () => {
    const h = weekHours(schedule({ sessions: [weekly(1, "10:00", "12:00")] }), "2026-11-04");
    expect(h.sessions).toBe(1); // next Monday, 9 November
  });

  it("leaves out a closed day and uses changed hours and extra sessions", () => {
    const h = weekHours(
      schedule({
        sessions: [weekly(1, "10:00", "12:00"), weekly(2, "10:00", "12:00")],
        exceptions: [
          { kind: "closed", startDate: "2026-11-02", endDate: "2026-11-02" },
          { kind: "hours", startDate: "2026-11-03", endDate: "2026-11-03", startTime: "10:00", endTime: "11:00" },
          { kind: "extra", startDate: "2026-11-07", endDate: "2026-11-07", startTime: "18:00", endTime: "20:00" },
        ],
      }),
      MONDAY,
    );
    expect(h).toEqual({ sessions: 2, minutes: 180, eveningMinutes: 120, weekendMinutes: 120 });
  });

  it("does not count weekly sessions on a bank holiday the café has not confirmed, but does once it has", () => {
    const sessions = [weekly(5, "10:00", "12:00")];
    expect(weekHours(schedule({ sessions }), "2026-12-21").sessions).toBe(0); // Christmas Day
    const confirmed = weekHours(
      schedule({ sessions, exceptions: [{ kind: "bank-holiday-open", startDate: "2026-12-25", endDate: "2026-12-25" }] }),
      "2026-12-21",
    );
    expect(confirmed.minutes).toBe(120);
  });

  it("splits a session past midnight between the evening and the weekend", () => {
    // Friday 20:00 to Saturday 02:00: all six hours are evening, the two after midnight weekend.
    const h = weekHours(schedule({ sessions: [weekly(5, "20:00", "02:00")] }), MONDAY);
    expect(h).toEqual({ sessions: 1, minutes: 360, eveningMinutes: 360, weekendMinutes: 120 });
  });

  it("counts a session from 4pm to 7pm as two evening hours", () => {
    expect(weekHours(schedule({ sessions: [weekly(2, "16:00", "19:00")] }), MONDAY).eveningMinutes).toBe(120);
  });

  it("measures a session across a clock change by the time it really lasts", () => {
    const sunday = [weekly(7, "00:30", "03:00")];
    expect(weekHours(schedule({ sessions: sunday }), "2026-10-19").minutes).toBe(210); // clocks go back
    expect(weekHours(schedule({ sessions: sunday }), "2026-03-23").minutes).toBe(90); // clocks go forward
  });

  it("never gives more evening or weekend minutes than the session lasts (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 24 * 60 }), fc.integer({ min: 0, max: 3 * 24 * 60 }), (startMin, length) => {
        const start = Date.UTC(2026, 0, 1) + startMin * 60_000;
        const s = splitInterval(start, start + length * 60_000);
        expect(s.minutes).toBe(length);
        expect(s.eveningMinutes).toBeGreaterThanOrEqual(0);
        expect(s.eveningMinutes).toBeLessThanOrEqual(length);
        expect(s.weekendMinutes).toBeLessThanOrEqual(length);
      }),
    );
  });

  // The dashboard works out each distinct weekly session once and adds them up for a café with no exception in
  // the week: right only while nothing in a week joins, splits or drops one weekly session because of another.
  it("gives a week of weekly sessions alone the sum of each session's week (property)", () => {
    const time = fc.integer({ min: 0, max: 96 }).map((q) => `${String(Math.floor(q / 4)).padStart(2, "0")}:${String((q % 4) * 15).padStart(2, "0")}`);
    // Weeks around the clock changes, Christmas, Easter and the May bank holidays, and any week of 2026.
    const week = fc.oneof(
      fc.constantFrom("2026-03-23", "2026-03-29", "2026-10-19", "2026-10-25", "2026-12-21", "2026-12-28", "2026-04-01", "2026-05-01", "2026-05-22"),
      fc.integer({ min: 0, max: 364 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10)),
    );
    const near = (d: number) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10);
    const session = fc.record({
      dayOfWeek: fc.integer({ min: 1, max: 7 }),
      startTime: time,
      endTime: time,
      validFrom: fc.option(fc.integer({ min: 0, max: 364 }).map(near), { nil: null }),
      validUntil: fc.option(fc.integer({ min: 0, max: 364 }).map(near), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(session, { maxLength: 8 }), week, (sessions, from) => {
        const sum = { ...NO_HOURS };
        for (const one of sessions) addInto(sum, weekHours(schedule({ sessions: [one] }), from));
        expect(weekHours(schedule({ sessions }), from)).toEqual(sum);
      }),
    );
  });
});

describe("hours per 10,000 registered patients", () => {
  it("is worked out from the list size, to one decimal", () => {
    expect(hoursPer10k(6 * 60, 30_000, true)).toEqual({ value: 2, approximate: false });
    expect(hoursPer10k(100, 45_000, true)).toEqual({ value: 0.4, approximate: false });
  });
  it("is flagged as approximate when the list size is unverified", () => {
    expect(hoursPer10k(6 * 60, 30_000, false)).toEqual({ value: 2, approximate: true });
  });
  it("is unknown without a list size", () => {
    expect(hoursPer10k(600, null, true)).toBeNull();
    expect(hoursPer10k(600, 0, true)).toBeNull();
  });
});
