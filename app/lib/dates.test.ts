import { describe, expect, it } from "vitest";
import {
  formatClock,
  formatDateTime,
  formatDayDate,
  formatDayMonth,
  formatFullDate,
  formatInstant,
  formatInstantDate,
  formatInstantTime,
  formatShortDayDate,
  formatShortDayMonth,
  shortWeekdayName,
  weekdayName,
} from "./dates";

describe("calendar dates in words", () => {
  it("names days and writes dates as the pages do", () => {
    expect(weekdayName(1)).toBe("Monday");
    expect(shortWeekdayName(7)).toBe("Sun");
    expect(formatDayMonth("2026-11-25")).toBe("25 November");
    expect(formatShortDayMonth("2027-03-31")).toBe("31 Mar");
    expect(formatDayDate("2026-01-02")).toBe("Friday 2 January");
    expect(formatFullDate("2026-12-24")).toBe("Thursday 24 December 2026");
  });

  it("writes a date as a text message would", () => {
    expect(formatShortDayDate("2026-12-02")).toBe("Wed 2 Dec");
    expect(formatShortDayDate("2027-01-02")).toBe("Sat 2 Jan");
  });

  it("gives back a text that is not a date, and nothing for no date", () => {
    expect(formatDayDate("2026-02-30")).toBe("2026-02-30");
    expect(formatFullDate("soon")).toBe("soon");
    expect(formatFullDate(null)).toBe("");
    expect(formatFullDate("")).toBe("");
  });
});

describe("instants in London time", () => {
  it("writes the London date of an instant, whatever the zone, in summer and winter", () => {
    expect(formatInstantDate("2026-11-25T12:00:00Z")).toBe("25 November 2026");
    // 23:30 UTC in July is 00:30 the next day in London (BST).
    expect(formatInstantDate(new Date("2026-07-15T23:30:00Z"))).toBe("16 July 2026");
    expect(formatInstantDate("2026-01-15T23:30:00Z")).toBe("15 January 2026");
  });

  it("writes a moment with its time of day", () => {
    expect(formatInstantTime("2026-11-25T21:00:00Z")).toBe("9pm");
    expect(formatInstant("2026-12-24T18:30:00Z")).toBe("24 December 2026 at 6:30pm");
    expect(formatInstant("2026-06-01T11:00:00Z")).toBe("1 June 2026 at midday");
  });

  it("writes staff tables' compact date and 24-hour time", () => {
    expect(formatDateTime("2026-11-25T18:30:00Z")).toBe("25 Nov 2026, 18:30");
    expect(formatDateTime("2026-07-01T08:05:00Z")).toBe("1 Jul 2026, 09:05");
  });

  it("gives nothing for no instant, and an unreadable one as it is", () => {
    for (const format of [formatInstantDate, formatInstant, formatDateTime]) {
      expect(format(null)).toBe("");
      expect(format(undefined)).toBe("");
      expect(format("not a date")).toBe("not a date");
    }
  });
});

describe("times of day", () => {
  it.each([
    ["17:00", "5pm"],
    ["17:30", "5:30pm"],
    ["00:00", "midnight"],
    ["24:00", "midnight"],
    ["12:00", "midday"],
    ["00:30", "12:30am"],
  ])("%s is %s", (time, words) => expect(formatClock(time)).toBe(words));
});
