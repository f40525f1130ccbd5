import { describe, expect, it } from "vitest";
import { fromLondon } from "~/lib/london-time";
import {
  isOpenNow,
  openIntervals,
  openingState,
  type OpeningState,
  type Schedule,
  type ScheduleExceptionRule,
  type WeeklySessionRule,
} from "./opening-hours";
import { openingHoursSpecification, specialOpeningHoursSpecification } from "./schema-org-hours";
import { weekPlan } from "./week-plan";

// 2026: Monday 11 May; spring bank holiday Monday 25 May; clocks go forward Sunday 29 March and back
// Sunday 25 October.
const MON = 1;
const WED = 3;
const THU = 4;
const FRI = 5;
const SAT = 6;
const SUN = 7;

const lon = (date: string, time: string) => fromLondon(date, time);
const utc = (iso: string) => new Date(iso);
const session = (dayOfWeek: number, startTime: string, endTime: string, more: Partial<WeeklySessionRule> = {}) => ({
  dayOfWeek,
  startTime,
  endTime,
  ...more,
});
const exception = (
  kind: ScheduleExceptionRule["kind"],
  startDate: string,
  endDate = startDate,
  more: Partial<ScheduleExceptionRule> = {},
): ScheduleExceptionRule => ({ kind, startDate, endDate, ...more });
const schedule = (sessions: readonly WeeklySessionRule[], exceptions: readonly ScheduleExceptionRule[] = []): Schedule => ({
  sessions,
  exceptions,
});

function expectOpen(state: OpeningState, until: Date) {
  expect(state.status).toBe("open");
  if (state.status !== "open") return;
  expect(state.until.toISOString()).toBe(until.toISOString());
}

function expectClosed(state: OpeningState) {
  expect(state.status).toBe("closed");
  if (state.status !== "closed") throw new Error("not closed");
  return state;
}

describe("a weekly session", () => {
  const wednesdays = schedule([session(WED, "17:00", "21:00", { id: "s1", label: "Drop-in" })]);

  it("is open from its start (included) to its end (excluded)", () => {
    expectOpen(openingState(wednesdays, lon("2026-05-13", "17:00")), lon("2026-05-13", "21:00"));
    expectOpen(openingState(wednesdays, lon("2026-05-13", "20:59")), lon("2026-05-13", "21:00"));
    expect(openingState(wednesdays, lon("2026-05-13", "21:00")).status).toBe("closed");
    expect(openingState(wednesdays, lon("2026-05-13", "16:59")).status).toBe("closed");
  });

  it("describes the session running now", () => {
    const state = openingState(wednesdays, lon("2026-05-13", "18:00"));
    if (state.status !== "open") throw new Error("expected open");
    expect(state.interval).toMatchObject({
      date: "2026-05-13",
      startTime: "17:00",
      endTime: "21:00",
      source: "weekly",
      confirmed: true,
      sessionId: "s1",
      label: "Drop-in",
    });
    expect(state.interval.bankHoliday).toBeUndefined();
    expect(state.merged).toHaveLength(1);
    expect(state.next?.date).toBe("2026-05-20");
    expect(state.today).toBe("2026-05-13");
    expect(isOpenNow(state)).toBe(true);
  });

  it("uses London time in winter and summer alike", () => {
    expect(openingState(wednesdays, utc("2026-01-14T17:30:00Z")).status).toBe("open");
    expect(openingState(wednesdays, utc("2026-07-15T16:30:00Z")).status).toBe("open"); // 17:30 BST
    expect(openingState(wednesdays, utc("2026-07-15T20:30:00Z")).status).toBe("closed"); // 21:30 BST
  });

  it("finds the next opening later today, tomorrow or later in the week", () => {
    const state = expectClosed(openingState(wednesdays, lon("2026-05-13", "09:00")));
    expect(state.next?.start).toEqual(lon("2026-05-13", "17:00"));
    const fromSaturday = expectClosed(openingState(wednesdays, lon("2026-05-16", "12:00")));
    expect(fromSaturday.next?.start).toEqual(lon("2026-05-20", "17:00"));
    expect(fromSaturday.closure).toBeNull();
    expect(isOpenNow(fromSaturday)).toBe(false);
  });

  it("skips invalid rules rather than guessing", () => {
    const odd = schedule([
      session(8, "10:00", "12:00"),
      session(WED, "25:00", "26:00"),
      session(WED, "noon", "14:00"),
      session(WED, "10:00", "12:00", { validFrom: "2026-02-30" }),
    ]);
    expect(openIntervals(odd, lon("2026-05-11", "00:00"), lon("2026-05-18", "00:00"))).toEqual([]);
  });

  it("refuses an invalid now", () => {
    expect(() => openingState(wednesdays, new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("sessions past midnight", () => {
  const fridayNights = schedule([session(FRI, "20:00", "02:00")]);

  it("are open after midnight and close at the end time", () => {
    expectOpen(openingState(fridayNights, lon("2026-05-15", "23:00")), lon("2026-05-16", "02:00"));
    expectOpen(openingState(fridayNights, lon("2026-05-16", "01:30")), lon("2026-05-16", "02:00"));
    expect(openingState(fridayNights, lon("2026-05-16", "02:00")).status).toBe("closed");
  });

  it("belong to the day they start: a Saturday closure does not cut Friday night short", () => {
    const closedSaturday = schedule(fridayNights.sessions, [exception("closed", "2026-05-16")]);
    expectOpen(openingState(closedSaturday, lon("2026-05-16", "01:30")), lon("2026-05-16", "02:00"));
    const closedFriday = schedule(fridayNights.sessions, [exception("closed", "2026-05-15")]);
    expect(openingState(closedFriday, lon("2026-05-16", "01:30")).status).toBe("closed");
  });

  it("treat an end equal to the start as 24 hours, and 24:00 or 00:00 as midnight", () => {
    const allDay = schedule([session(WED, "09:00", "09:00")]);
    expectOpen(openingState(allDay, lon("2026-05-14", "08:00")), lon("2026-05-14", "09:00"));
    const toMidnight = schedule([session(WED, "18:00", "24:00"), session(FRI, "18:00", "00:00")]);
    expectOpen(openingState(toMidnight, lon("2026-05-13", "23:59")), lon("2026-05-14", "00:00"));
    expectOpen(openingState(toMidnight, lon("2026-05-15", "23:59")), lon("2026-05-16", "00:00"));
  });

  it("show in the intervals of the next day's range", () => {
    const intervals = openIntervals(fridayNights, lon("2026-05-16", "00:00"), lon("2026-05-17", "00:00"));
    expect(intervals).toHaveLength(1);
    expect(intervals[0]).toMatchObject({ date: "2026-05-15", start: lon("2026-05-15", "20:00"), end: lon("2026-05-16", "02:00") });
  });
});

describe("clock changes", () => {
  const sundaySmallHours = schedule([session(SUN, "00:30", "03:00")]);

  it("spring forward: Sunday 00:30–03:00 lasts 1½ hours on 29 March 2026", () => {
    const [iv] = openIntervals(sundaySmallHours, lon("2026-03-29", "00:00"), lon("2026-03-30", "00:00"));
    expect(iv?.start.toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(iv?.end.toISOString()).toBe("2026-03-29T02:00:00.000Z"); // 03:00 BST
    expectOpen(openingState(sundaySmallHours, utc("2026-03-29T00:59:00Z")), utc("2026-03-29T02:00:00Z"));
    expectOpen(openingState(sundaySmallHours, utc("2026-03-29T01:30:00Z")), utc("2026-03-29T02:00:00Z"));
    expect(openingState(sundaySmallHours, utc("2026-03-29T02:00:00Z")).status).toBe("closed");
  });

  it("fall back: Sunday 00:30–03:00 lasts 3½ hours on 25 October 2026, through both 01:30s", () => {
    const [iv] = openIntervals(sundaySmallHours, lon("2026-10-25", "00:00"), lon("2026-10-26", "00:00"));
    expect(iv?.start.toISOString()).toBe("2026-10-24T23:30:00.000Z"); // 00:30 BST
    expect(iv?.end.toISOString()).toBe("2026-10-25T03:00:00.000Z"); // 03:00 GMT
    expect(openingState(sundaySmallHours, utc("2026-10-25T00:30:00Z")).status).toBe("open"); // 01:30 BST
    expect(openingState(sundaySmallHours, utc("2026-10-25T01:30:00Z")).status).toBe("open"); // 01:30 GMT
    expect(openingState(sundaySmallHours, utc("2026-10-25T03:00:00Z")).status).toBe("closed");
  });

  it("a session starting in the spring gap starts at 02:00 BST", () => {
    const gapStart = schedule([session(SUN, "01:30", "04:00")]);
    const [iv] = openIntervals(gapStart, lon("2026-03-29", "00:00"), lon("2026-03-30", "00:00"));
    expect(iv?.start.toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(iv?.end.toISOString()).toBe("2026-03-29T03:00:00.000Z");
  });

  it("a session wholly inside the spring gap does not happen that day, and happens on other Sundays", () => {
    const inGap = schedule([session(SUN, "01:15", "01:45")]);
    expect(openIntervals(inGap, lon("2026-03-29", "00:00"), lon("2026-03-30", "00:00"))).toEqual([]);
    expect(openIntervals(inGap, lon("2026-04-05", "00:00"), lon("2026-04-06", "00:00"))).toHaveLength(1);
    const state = expectClosed(openingState(inGap, lon("2026-03-28", "12:00")));
    expect(state.next?.date).toBe("2026-04-05");
  });

  it("a session inside the repeated autumn hour runs in its first occurrence (BST)", () => {
    const repeated = schedule([session(SUN, "01:10", "01:50")]);
    const [iv] = openIntervals(repeated, lon("2026-10-25", "00:00"), lon("2026-10-26", "00:00"));
    expect(iv?.start.toISOString()).toBe("2026-10-25T00:10:00.000Z");
    expect(iv?.end.toISOString()).toBe("2026-10-25T00:50:00.000Z");
    expect(openingState(repeated, utc("2026-10-25T01:20:00Z")).status).toBe("closed"); // 01:20 GMT
  });

  it("a session ending in the repeated hour ends at its first occurrence", () => {
    const endsInRepeat = schedule([session(SUN, "00:30", "01:30")]);
    const [iv] = openIntervals(endsInRepeat, lon("2026-10-25", "00:00"), lon("2026-10-26", "00:00"));
    expect(iv?.end.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(iv!.end.getTime() - iv!.start.getTime()).toBe(60 * 60_000);
  });

  it("past-midnight sessions across the change: Saturday 22:00–02:00", () => {
    const saturdayNights = schedule([session(SAT, "22:00", "02:00")]);
    const [spring] = openIntervals(saturdayNights, lon("2026-03-28", "12:00"), lon("2026-03-29", "12:00"));
    expect(spring?.start.toISOString()).toBe("2026-03-28T22:00:00.000Z");
    expect(spring?.end.toISOString()).toBe("2026-03-29T01:00:00.000Z"); // 02:00 BST: three hours
    expectOpen(openingState(saturdayNights, utc("2026-03-29T00:59:00Z")), utc("2026-03-29T01:00:00Z"));
    const [autumn] = openIntervals(saturdayNights, lon("2026-10-24", "12:00"), lon("2026-10-25", "12:00"));
    expect(autumn?.start.toISOString()).toBe("2026-10-24T21:00:00.000Z"); // 22:00 BST
    expect(autumn?.end.toISOString()).toBe("2026-10-25T02:00:00.000Z"); // 02:00 GMT: five hours
    expect(openingState(saturdayNights, utc("2026-10-25T01:30:00Z")).status).toBe("open");
  });

  it("never gives a session a negative or zero length", () => {
    const many = schedule(
      [...Array(48).keys()].map((i) => session(SUN, `${String(Math.floor(i / 2)).padStart(2, "0")}:${i % 2 ? "30" : "00"}`, "01:45")),
    );
    for (const date of ["2026-03-29", "2026-10-25"]) {
      for (const iv of openIntervals(many, lon(date, "00:00"), lon(date, "23:59"))) {
        expect(iv.end.getTime()).toBeGreaterThan(iv.start.getTime());
      }
    }
  });
});

describe("valid from / valid until", () => {
  const term = schedule([session(WED, "17:00", "21:00", { validFrom: "2026-05-13", validUntil: "2026-05-27" })]);

  it("apply the session from its first to its last date, both included", () => {
    const dates = openIntervals(term, lon("2026-05-01", "00:00"), lon("2026-06-10", "00:00")).map((iv) => iv.date);
    expect(dates).toEqual(["2026-05-13", "2026-05-20", "2026-05-27"]);
  });

  it("look for the next session past the gap before it starts", () => {
    const state = expectClosed(openingState(term, lon("2026-05-06", "18:00")));
    expect(state.next?.date).toBe("2026-05-13");
  });

  it("judge a past-midnight session by the day it starts", () => {
    const lastFriday = schedule([session(FRI, "20:00", "02:00", { validUntil: "2026-05-15" })]);
    expect(openingState(lastFriday, lon("2026-05-16", "01:00")).status).toBe("open");
    expect(openingState(lastFriday, lon("2026-05-23", "01:00")).status).toBe("closed");
  });

  it("can switch one set of hours for another on a date", () => {
    const change = schedule([
      session(WED, "17:00", "21:00", { validUntil: "2026-05-19" }),
      session(WED, "18:00", "22:00", { validFrom: "2026-05-20" }),
    ]);
    expectOpen(openingState(change, lon("2026-05-13", "18:00")), lon("2026-05-13", "21:00"));
    expectOpen(openingState(change, lon("2026-05-20", "18:00")), lon("2026-05-20", "22:00"));
    expect(openingState(change, lon("2026-05-20", "17:30")).status).toBe("closed");
  });
});

describe("exceptions", () => {
  const base = [session(WED, "17:00", "21:00"), session(SAT, "12:00", "16:00")];

  it("closed: no session starts on the closed dates, with the reason today", () => {
    const s = schedule(base, [exception("closed", "2026-05-13", "2026-05-13", { reason: "Staff training", id: "x1" })]);
    const state = expectClosed(openingState(s, lon("2026-05-13", "18:00")));
    expect(state.closure).toEqual({
      date: "2026-05-13",
      lastDate: "2026-05-13",
      until: "2026-05-14",
      reason: "Staff training",
      bankHoliday: null,
      exceptionId: "x1",
    });
    expect(state.next?.start).toEqual(lon("2026-05-16", "12:00"));
  });

  it("closed range: the closure's full run of dates, with adjacent closures joined", () => {
    const s = schedule(base, [
      exception("closed", "2025-12-24", "2025-12-28", { reason: "Closed for Christmas and New Year" }),
      exception("closed", "2025-12-29", "2026-01-01", { reason: "" }),
    ]);
    const state = expectClosed(openingState(s, lon("2025-12-24", "18:00")));
    expect(state.closure).toMatchObject({
      date: "2025-12-24",
      lastDate: "2026-01-01",
      until: "2026-01-02",
      reason: "Closed for Christmas and New Year",
    });
    expect(state.next?.start).toEqual(lon("2026-01-03", "12:00"));
  });

  it("closed later this week: the notice names the cancelled day, before the next session", () => {
    const s = schedule(base, [exception("closed", "2026-05-13", "2026-05-13", { reason: "Staff training" })]);
    const state = expectClosed(openingState(s, lon("2026-05-11", "10:00")));
    expect(state.next?.date).toBe("2026-05-16");
    expect(state.closure).toMatchObject({ date: "2026-05-13", reason: "Staff training" });
  });

  it("closed on a day without sessions is not news unless it is today", () => {
    const s = schedule(base, [exception("closed", "2026-05-14", "2026-05-14", { reason: "Building closed" })]);
    expect(expectClosed(openingState(s, lon("2026-05-11", "10:00"))).closure).toBeNull();
    expect(expectClosed(openingState(s, lon("2026-05-14", "10:00"))).closure?.reason).toBe("Building closed");
  });

  it("hours: replace the weekly sessions on those dates; several make several sessions", () => {
    const s = schedule(base, [
      exception("hours", "2026-05-13", "2026-05-13", { startTime: "10:00", endTime: "12:00", reason: "Half term" }),
      exception("hours", "2026-05-13", "2026-05-13", { startTime: "14:00", endTime: "16:00", id: "h2" }),
    ]);
    const intervals = openIntervals(s, lon("2026-05-13", "00:00"), lon("2026-05-14", "00:00"));
    expect(intervals.map((iv) => [iv.startTime, iv.endTime, iv.source])).toEqual([
      ["10:00", "12:00", "hours"],
      ["14:00", "16:00", "hours"],
    ]);
    expect(intervals[0]?.reason).toBe("Half term");
    expect(intervals[1]?.exceptionId).toBe("h2");
    expect(openingState(s, lon("2026-05-13", "18:00")).status).toBe("closed");
    expectOpen(openingState(s, lon("2026-05-13", "15:00")), lon("2026-05-13", "16:00"));
  });

  it("hours without valid times mean no sessions that day (never a guess)", () => {
    const s = schedule(base, [exception("hours", "2026-05-13", "2026-05-13", { startTime: null, endTime: null })]);
    expect(openingState(s, lon("2026-05-13", "18:00")).status).toBe("closed");
  });

  it("extra: adds a session to the day's others", () => {
    const s = schedule(base, [
      exception("extra", "2026-05-13", "2026-05-13", { startTime: "12:00", endTime: "14:00", label: "Lunch club" }),
      exception("extra", "2026-05-14", "2026-05-14", { startTime: "10:00", endTime: "11:00" }),
    ]);
    const intervals = openIntervals(s, lon("2026-05-13", "00:00"), lon("2026-05-15", "00:00"));
    expect(intervals.map((iv) => [iv.date, iv.startTime, iv.source])).toEqual([
      ["2026-05-13", "12:00", "extra"],
      ["2026-05-13", "17:00", "weekly"],
      ["2026-05-14", "10:00", "extra"],
    ]);
    expect(intervals[0]?.label).toBe("Lunch club");
  });

  it("extra adds to changed hours too", () => {
    const s = schedule(base, [
      exception("hours", "2026-05-13", "2026-05-13", { startTime: "10:00", endTime: "12:00" }),
      exception("extra", "2026-05-13", "2026-05-13", { startTime: "19:00", endTime: "20:00" }),
    ]);
    const sources = openIntervals(s, lon("2026-05-13", "00:00"), lon("2026-05-14", "00:00")).map((iv) => iv.source);
    expect(sources).toEqual(["hours", "extra"]);
  });

  it("closed beats changed hours and extra sessions", () => {
    const s = schedule(base, [
      exception("hours", "2026-05-13", "2026-05-13", { startTime: "10:00", endTime: "12:00" }),
      exception("extra", "2026-05-13", "2026-05-13", { startTime: "19:00", endTime: "20:00" }),
      exception("closed", "2026-05-12", "2026-05-14"),
    ]);
    expect(openIntervals(s, lon("2026-05-12", "00:00"), lon("2026-05-15", "00:00"))).toEqual([]);
  });

  it("an unknown kind is treated as a closure", () => {
    const s = schedule(base, [exception("shut", "2026-05-13")]);
    expect(openingState(s, lon("2026-05-13", "18:00")).status).toBe("closed");
  });

  it("a range written backwards still covers its dates", () => {
    const s = schedule(base, [exception("closed", "2026-05-16", "2026-05-13")]);
    expect(openIntervals(s, lon("2026-05-11", "00:00"), lon("2026-05-18", "00:00"))).toEqual([]);
  });

  it("a closure that runs on finds the next session after it, within 14 days", () => {
    const s = schedule(base, [exception("closed", "2026-05-12", "2026-05-20", { reason: "Refurbishment" })]);
    const state = expectClosed(openingState(s, lon("2026-05-13", "18:00")));
    expect(state.next?.date).toBe("2026-05-23");
    expect(state.closure).toMatchObject({ until: "2026-05-21", reason: "Refurbishment" });
    const long = schedule(base, [exception("closed", "2026-05-12", "2026-09-30")]);
    const longState = expectClosed(openingState(long, lon("2026-05-13", "18:00")));
    expect(longState.next).toBeNull();
    expect(longState.closure?.until).toBe("2026-10-01");
  });
});

describe("bank holidays", () => {
  // Monday 25 May 2026 is the spring bank holiday.
  const mondays = [session(MON, "17:00", "21:00")];

  it("without an answer, the café is 'check', never open", () => {
    const state = openingState(schedule(mondays), lon("2026-05-25", "18:00"));
    expect(state.status).toBe("check");
    expect(isOpenNow(state)).toBe(false);
    if (state.status !== "check") return;
    expect(state.bankHoliday).toEqual({ date: "2026-05-25", name: "Spring bank holiday" });
    expect(state.interval).toMatchObject({ confirmed: false, bankHoliday: { name: "Spring bank holiday", confirmed: false } });
    expect("until" in state).toBe(false);
    expect(state.next?.date).toBe("2026-06-01");
  });

  it("without an answer, the next session shows as unconfirmed", () => {
    const state = expectClosed(openingState(schedule(mondays), lon("2026-05-25", "10:00")));
    expect(state.next).toMatchObject({ date: "2026-05-25", confirmed: false });
  });

  it("answered open: open as usual, and certain", () => {
    const s = schedule(mondays, [exception("bank-holiday-open", "2026-05-25")]);
    const state = openingState(s, lon("2026-05-25", "18:00"));
    expectOpen(state, lon("2026-05-25", "21:00"));
    if (state.status === "open") expect(state.interval.bankHoliday).toEqual({ name: "Spring bank holiday", confirmed: true });
  });

  it("answered closed: closed, with the holiday's name", () => {
    const s = schedule(mondays, [exception("bank-holiday-closed", "2026-05-25")]);
    const state = expectClosed(openingState(s, lon("2026-05-25", "18:00")));
    expect(state.closure).toMatchObject({ reason: null, bankHoliday: "Spring bank holiday", until: "2026-05-26" });
  });

  it("changed hours and extra sessions on a bank holiday are the team's own dates, so confirmed", () => {
    const s = schedule(mondays, [
      exception("hours", "2026-05-25", "2026-05-25", { startTime: "12:00", endTime: "15:00" }),
      exception("extra", "2026-05-25", "2026-05-25", { startTime: "18:00", endTime: "19:00" }),
    ]);
    expect(openingState(s, lon("2026-05-25", "13:00")).status).toBe("open");
    expect(openingState(s, lon("2026-05-25", "18:30")).status).toBe("open");
  });

  it("a Sunday night session running into a bank holiday Monday is certain; Monday night's is not", () => {
    const s = schedule([session(SUN, "20:00", "02:00"), session(MON, "20:00", "02:00")]);
    expectOpen(openingState(s, lon("2026-05-25", "01:00")), lon("2026-05-25", "02:00"));
    expect(openingState(s, lon("2026-05-26", "01:00")).status).toBe("check");
  });

  it("an extra session on a bank holiday is open while the weekly one needs checking", () => {
    const s = schedule(mondays, [exception("extra", "2026-05-25", "2026-05-25", { startTime: "20:00", endTime: "22:00" })]);
    expect(openingState(s, lon("2026-05-25", "18:00")).status).toBe("check");
    expectOpen(openingState(s, lon("2026-05-25", "20:30")), lon("2026-05-25", "22:00"));
  });

  it("knows Christmas and the substitute Boxing Day of 2026", () => {
    const s = schedule([session(FRI, "17:00", "21:00"), session(MON, "17:00", "21:00")]);
    expect(openingState(s, lon("2026-12-25", "18:00")).status).toBe("check");
    expect(openingState(s, lon("2026-12-28", "18:00")).status).toBe("check");
    expect(openingState(s, lon("2026-12-21", "18:00")).status).toBe("open");
  });
});

describe("'open until' merges back-to-back and overlapping sessions", () => {
  it("joins sessions that touch", () => {
    const s = schedule([session(WED, "12:00", "14:00", { id: "a" }), session(WED, "14:00", "17:00", { id: "b" })]);
    const state = openingState(s, lon("2026-05-13", "13:00"));
    expectOpen(state, lon("2026-05-13", "17:00"));
    if (state.status === "open") expect(state.merged.map((iv) => iv.sessionId)).toEqual(["a", "b"]);
  });

  it("joins sessions that overlap, including an extra session", () => {
    const s = schedule(
      [session(WED, "17:00", "21:00")],
      [exception("extra", "2026-05-13", "2026-05-13", { startTime: "20:00", endTime: "22:30" })],
    );
    expectOpen(openingState(s, lon("2026-05-13", "18:00")), lon("2026-05-13", "22:30"));
  });

  it("joins across midnight and across days", () => {
    const s = schedule([session(FRI, "20:00", "00:00"), session(SAT, "00:00", "02:00"), session(SAT, "02:00", "04:00")]);
    expectOpen(openingState(s, lon("2026-05-15", "21:00")), lon("2026-05-16", "04:00"));
  });

  it("does not join across a gap of even a minute", () => {
    const s = schedule([session(WED, "12:00", "14:00"), session(WED, "14:01", "17:00")]);
    const state = openingState(s, lon("2026-05-13", "13:00"));
    expectOpen(state, lon("2026-05-13", "14:00"));
    if (state.status === "open") expect(state.next?.start).toEqual(lon("2026-05-13", "14:01"));
  });

  it("does not join an unconfirmed bank-holiday session, but reports it as next", () => {
    const s = schedule([session(SUN, "20:00", "24:00"), session(MON, "00:00", "03:00")]);
    const state = openingState(s, lon("2026-05-24", "22:00"));
    expectOpen(state, lon("2026-05-25", "00:00"));
    if (state.status !== "open") return;
    expect(state.merged).toHaveLength(1);
    expect(state.next).toMatchObject({ date: "2026-05-25", confirmed: false });
    expect(state.next?.start).toEqual(state.until);
  });

  it("a café open round the clock is open until the end of the horizon", () => {
    const s = schedule([1, 2, 3, 4, 5, 6, 7].map((d) => session(d, "00:00", "00:00")));
    const state = openingState(s, lon("2026-06-10", "12:00"), { horizonDays: 3 });
    expect(state.status).toBe("open");
    if (state.status === "open") expect(state.until.getTime()).toBeGreaterThanOrEqual(lon("2026-06-13", "00:00").getTime());
  });
});

describe("the next opening", () => {
  it("is found across the week", () => {
    const s = schedule([session(WED, "17:00", "21:00"), session(SAT, "12:00", "16:00")]);
    expect(expectClosed(openingState(s, lon("2026-05-13", "22:00"))).next?.date).toBe("2026-05-16");
    expect(expectClosed(openingState(s, lon("2026-05-16", "16:00"))).next?.date).toBe("2026-05-20");
  });

  it("is found across a closure", () => {
    const s = schedule(
      [session(WED, "17:00", "21:00")],
      [exception("closed", "2026-05-18", "2026-05-24", { reason: "closed for refurbishment" })],
    );
    const state = expectClosed(openingState(s, lon("2026-05-18", "09:00")));
    expect(state.next?.date).toBe("2026-05-27");
    expect(state.closure).toMatchObject({ date: "2026-05-18", until: "2026-05-25", reason: "closed for refurbishment" });
  });

  it("is none when there are no sessions within the horizon", () => {
    expect(expectClosed(openingState(schedule([]), lon("2026-05-13", "09:00"))).next).toBeNull();
    const later = schedule([session(WED, "17:00", "21:00", { validFrom: "2026-06-17" })]);
    expect(expectClosed(openingState(later, lon("2026-05-13", "09:00"))).next).toBeNull();
    expect(expectClosed(openingState(later, lon("2026-05-13", "09:00"), { horizonDays: 40 })).next?.date).toBe("2026-06-17");
  });

  it("of an unconfirmed day is reported as unconfirmed, not skipped", () => {
    const s = schedule([session(MON, "17:00", "21:00")]);
    expect(expectClosed(openingState(s, lon("2026-05-23", "09:00"))).next).toMatchObject({
      date: "2026-05-25",
      confirmed: false,
    });
  });
});

describe("open intervals", () => {
  it("are the sessions overlapping the range, in order, whole and unmerged", () => {
    const s = schedule([session(FRI, "20:00", "02:00"), session(SAT, "01:00", "03:00"), session(SAT, "12:00", "16:00")]);
    const intervals = openIntervals(s, lon("2026-05-16", "01:30"), lon("2026-05-16", "12:00"));
    expect(intervals.map((iv) => `${iv.date} ${iv.startTime}`)).toEqual(["2026-05-15 20:00", "2026-05-16 01:00"]);
    expect(intervals[0]?.start).toEqual(lon("2026-05-15", "20:00"));
  });

  it("are empty for an empty range", () => {
    const s = schedule([session(WED, "17:00", "21:00")]);
    expect(openIntervals(s, lon("2026-05-13", "18:00"), lon("2026-05-13", "18:00"))).toEqual([]);
  });

  it("include unconfirmed bank-holiday sessions, flagged", () => {
    const s = schedule([session(MON, "17:00", "21:00")]);
    const [iv] = openIntervals(s, lon("2026-05-25", "00:00"), lon("2026-05-26", "00:00"));
    expect(iv).toMatchObject({ confirmed: false, bankHoliday: { name: "Spring bank holiday", confirmed: false } });
  });
});

describe("the week's plan", () => {
  const s = schedule(
    [
      session(MON, "17:00", "21:00", { id: "mon" }),
      session(WED, "17:00", "21:00", { id: "wed" }),
      session(SAT, "12:00", "16:00", { id: "sat", label: "Young people" }),
    ],
    [
      exception("closed", "2026-05-27", "2026-05-27", { reason: "Staff training" }),
      exception("hours", "2026-05-30", "2026-05-30", { startTime: "10:00", endTime: "13:00", reason: "Gala day" }),
      exception("extra", "2026-05-28", "2026-05-28", { startTime: "18:00", endTime: "20:00", reason: "Carers' evening" }),
    ],
  );

  it("lists seven days with their sessions and notes", () => {
    const plan = weekPlan(s, "2026-05-25");
    expect(plan.weekStart).toBe("2026-05-25");
    expect(plan.days.map((d) => d.date)).toEqual([
      "2026-05-25",
      "2026-05-26",
      "2026-05-27",
      "2026-05-28",
      "2026-05-29",
      "2026-05-30",
      "2026-05-31",
    ]);
    const [mon, tue, wed, thu, , sat] = plan.days;
    expect(mon?.notes).toEqual([{ kind: "bank-holiday", name: "Spring bank holiday", check: true }]);
    expect(mon?.intervals[0]?.confirmed).toBe(false);
    expect(tue?.intervals).toEqual([]);
    expect(tue?.notes).toEqual([]);
    expect(wed?.intervals).toEqual([]);
    expect(wed?.usual).toEqual([{ startTime: "17:00", endTime: "21:00", sessionId: "wed" }]);
    expect(wed?.notes).toEqual([
      { kind: "closed", reason: "Staff training", startDate: "2026-05-27", endDate: "2026-05-27", bankHoliday: null },
    ]);
    expect(thu?.notes).toEqual([
      { kind: "extra", reason: "Carers' evening", startTime: "18:00", endTime: "20:00", label: null },
    ]);
    expect(sat?.intervals.map((iv) => iv.startTime)).toEqual(["10:00"]);
    expect(sat?.usual[0]).toMatchObject({ startTime: "12:00", label: "Young people" });
    expect(sat?.notes).toEqual([{ kind: "hours", reason: "Gala day" }]);
  });

  it("marks an answered bank holiday as certain", () => {
    const answered = schedule(s.sessions, [exception("bank-holiday-open", "2026-05-25")]);
    expect(weekPlan(answered, "2026-05-25").days[0]?.notes).toEqual([
      { kind: "bank-holiday", name: "Spring bank holiday", check: false },
    ]);
    const closed = schedule(s.sessions, [exception("bank-holiday-closed", "2026-05-25")]);
    expect(weekPlan(closed, "2026-05-25").days[0]?.notes[0]).toMatchObject({
      kind: "closed",
      bankHoliday: "Spring bank holiday",
    });
  });

  it("refuses an invalid start date", () => {
    expect(() => weekPlan(s, "2026-02-31")).toThrow(RangeError);
  });
});

describe("schema.org JSON-LD", () => {
  const s = schedule(
    [
      session(WED, "17:00", "21:00"),
      session(THU, "17:00", "21:00"),
      session(FRI, "20:00", "02:00"),
      session(SAT, "12:00", "24:00", { validFrom: "2026-06-01", validUntil: "2026-08-31" }),
      session(MON, "10:00", "12:00", { validUntil: "2026-01-31" }),
    ],
    [
      exception("closed", "2026-05-13", "2026-05-14", { reason: "Staff training" }),
      exception("closed", "2026-05-15"),
      exception("hours", "2026-05-20", "2026-05-20", { startTime: "10:00", endTime: "12:00" }),
      exception("extra", "2026-05-21", "2026-05-21", { startTime: "12:00", endTime: "13:00" }),
      exception("bank-holiday-open", "2026-05-25"),
    ],
  );

  it("writes the weekly hours, grouping days with the same times; closes < opens spans midnight", () => {
    expect(openingHoursSpecification(s, { asOf: "2026-05-01" })).toEqual([
      {
        "@type": "OpeningHoursSpecification",
        opens: "17:00",
        closes: "21:00",
        dayOfWeek: ["https://schema.org/Wednesday", "https://schema.org/Thursday"],
      },
      { "@type": "OpeningHoursSpecification", opens: "20:00", closes: "02:00", dayOfWeek: ["https://schema.org/Friday"] },
      {
        "@type": "OpeningHoursSpecification",
        opens: "12:00",
        closes: "00:00",
        validFrom: "2026-06-01",
        validThrough: "2026-08-31",
        dayOfWeek: ["https://schema.org/Saturday"],
      },
    ]);
    expect(openingHoursSpecification(s)).toHaveLength(4);
  });

  it("writes the dated exceptions: closed runs as 00:00–00:00, changed days in full", () => {
    expect(specialOpeningHoursSpecification(s, lon("2026-05-11", "00:00"), lon("2026-05-26", "00:00"))).toEqual([
      { "@type": "OpeningHoursSpecification", opens: "00:00", closes: "00:00", validFrom: "2026-05-13", validThrough: "2026-05-15" },
      { "@type": "OpeningHoursSpecification", opens: "10:00", closes: "12:00", validFrom: "2026-05-20", validThrough: "2026-05-20" },
      { "@type": "OpeningHoursSpecification", opens: "12:00", closes: "13:00", validFrom: "2026-05-21", validThrough: "2026-05-21" },
      { "@type": "OpeningHoursSpecification", opens: "17:00", closes: "21:00", validFrom: "2026-05-21", validThrough: "2026-05-21" },
    ]);
  });

  it("leaves out a bank holiday without an answer", () => {
    const unanswered = schedule([session(MON, "17:00", "21:00")]);
    expect(specialOpeningHoursSpecification(unanswered, lon("2026-05-25", "00:00"), lon("2026-05-26", "00:00"))).toEqual([]);
    const closed = schedule(unanswered.sessions, [exception("bank-holiday-closed", "2026-05-25")]);
    expect(specialOpeningHoursSpecification(closed, lon("2026-05-25", "00:00"), lon("2026-05-26", "00:00"))).toHaveLength(1);
  });
});
