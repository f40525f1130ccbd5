import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  dateOfDayNumber,
  dayNumber,
  formatTime,
  fromLondon,
  isValidDate,
  isoWeekday,
  londonDate,
  londonDayNumber,
  londonMinuteOfDay,
  londonOffsetMinutes,
  londonTime,
  parseTime,
  startOfWeek,
  toLondon,
  wallToEpochMs,
} from "./london-time";

const iso = (d: Date) => d.toISOString();
const at = (s: string) => new Date(s);

describe("instant → London wall clock", () => {
  it("reads GMT in winter and BST in summer", () => {
    expect(toLondon(at("2026-01-15T12:00:00Z"))).toMatchObject({
      date: "2026-01-15",
      time: "12:00",
      weekday: 4,
      minutes: 720,
      offsetMinutes: 0,
    });
    expect(toLondon(at("2026-07-15T12:00:00Z"))).toMatchObject({ date: "2026-07-15", time: "13:00", offsetMinutes: 60 });
  });

  it("changes date at London midnight, not UTC midnight", () => {
    expect(londonDate(at("2026-07-15T23:30:00Z"))).toBe("2026-07-16");
    expect(londonDate(at("2026-01-15T23:30:00Z"))).toBe("2026-01-15");
    expect(toLondon(at("2026-07-19T23:00:00Z"))).toMatchObject({ date: "2026-07-20", time: "00:00", weekday: 1 });
  });

  it("springs forward at 01:00 UTC on the last Sunday of March", () => {
    expect(londonTime(at("2026-03-29T00:59:00Z"))).toBe("00:59");
    expect(londonTime(at("2026-03-29T01:00:00Z"))).toBe("02:00");
    expect(londonOffsetMinutes(at("2026-03-29T00:59:59.999Z"))).toBe(0);
    expect(londonOffsetMinutes(at("2026-03-29T01:00:00Z"))).toBe(60);
  });

  it("falls back at 01:00 UTC on the last Sunday of October, repeating 01:00–01:59", () => {
    expect(londonTime(at("2026-10-25T00:30:00Z"))).toBe("01:30");
    expect(londonTime(at("2026-10-25T00:59:00Z"))).toBe("01:59");
    expect(londonTime(at("2026-10-25T01:00:00Z"))).toBe("01:00");
    expect(londonTime(at("2026-10-25T01:30:00Z"))).toBe("01:30");
    expect(londonTime(at("2026-10-25T02:00:00Z"))).toBe("02:00");
  });

  it("knows the clock changes of several years", () => {
    const changes: [string, number][] = [
      ["2024-03-31T01:00:00Z", 60],
      ["2024-10-27T01:00:00Z", 0],
      ["2025-03-30T01:00:00Z", 60],
      ["2025-10-26T01:00:00Z", 0],
      ["2027-03-28T01:00:00Z", 60],
      ["2027-10-31T01:00:00Z", 0],
      ["2030-03-31T01:00:00Z", 60],
      ["2030-10-27T01:00:00Z", 0],
    ];
    for (const [instant, after] of changes) {
      expect(londonOffsetMinutes(new Date(Date.parse(instant) - 1))).toBe(60 - after);
      expect(londonOffsetMinutes(at(instant))).toBe(after);
    }
  });

  it("drops seconds when giving minutes of the day", () => {
    expect(londonMinuteOfDay(at("2026-01-15T09:15:59.999Z"))).toBe(9 * 60 + 15);
    expect(londonDayNumber(at("1970-01-01T00:00:00Z"))).toBe(0);
  });

  it("agrees with Intl for random instants 2020–2035", () => {
    const reference = new Intl.DateTimeFormat("en-CA", {
      timeZone: "Europe/London",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31) }), (ms) => {
        const parts = Object.fromEntries(reference.formatToParts(ms).map((p) => [p.type, p.value]));
        const wall = toLondon(ms);
        expect(wall.date).toBe(`${parts.year}-${parts.month}-${parts.day}`);
        expect(wall.time).toBe(`${parts.hour}:${parts.minute}`);
      }),
      { seed: 20260329 },
    );
  });
});

describe("London wall clock → instant", () => {
  it("converts ordinary times in winter and summer", () => {
    expect(iso(fromLondon("2026-01-15", "17:00"))).toBe("2026-01-15T17:00:00.000Z");
    expect(iso(fromLondon("2026-07-15", "17:00"))).toBe("2026-07-15T16:00:00.000Z");
    expect(iso(fromLondon("2026-07-15"))).toBe("2026-07-14T23:00:00.000Z");
  });

  it("moves a time in the spring gap forward to the first valid instant (02:00 BST)", () => {
    expect(iso(fromLondon("2026-03-29", "00:59"))).toBe("2026-03-29T00:59:00.000Z");
    expect(iso(fromLondon("2026-03-29", "01:00"))).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(fromLondon("2026-03-29", "01:30"))).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(fromLondon("2026-03-29", "01:59"))).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(fromLondon("2026-03-29", "02:00"))).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(fromLondon("2026-03-29", "02:01"))).toBe("2026-03-29T01:01:00.000Z");
  });

  it("takes the first occurrence (BST) of a time the autumn change repeats", () => {
    expect(iso(fromLondon("2026-10-25", "00:59"))).toBe("2026-10-24T23:59:00.000Z");
    expect(iso(fromLondon("2026-10-25", "01:00"))).toBe("2026-10-25T00:00:00.000Z");
    expect(iso(fromLondon("2026-10-25", "01:30"))).toBe("2026-10-25T00:30:00.000Z");
    expect(iso(fromLondon("2026-10-25", "01:59"))).toBe("2026-10-25T00:59:00.000Z");
    expect(iso(fromLondon("2026-10-25", "02:00"))).toBe("2026-10-25T02:00:00.000Z");
  });

  it("treats 24:00 as the next midnight", () => {
    expect(wallToEpochMs(dayNumber("2026-03-28"), 1440)).toBe(Date.parse("2026-03-29T00:00:00Z"));
    expect(wallToEpochMs(dayNumber("2026-10-24"), 1440)).toBe(Date.parse("2026-10-24T23:00:00Z"));
  });

  it("rejects nonsense", () => {
    expect(() => fromLondon("2026-02-30", "10:00")).toThrow(RangeError);
    expect(() => fromLondon("2026-02-10", "25:00")).toThrow(RangeError);
    expect(() => toLondon(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("round-trips every minute that exists exactly once (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber("2024-01-01"), max: dayNumber("2031-12-31") }),
        fc.integer({ min: 0, max: 1439 }),
        (day, minutes) => {
          const ms = wallToEpochMs(day, minutes);
          const wall = toLondon(ms);
          // Every result is a real instant whose wall clock is at or after the one asked for …
          expect(wall.dayNumber * 1440 + wall.minutes).toBeGreaterThanOrEqual(day * 1440 + minutes);
          // … and a minute earlier the clock still showed an earlier time (the first instant rule).
          const before = toLondon(ms - 60_000);
          expect(before.dayNumber * 1440 + before.minutes).toBeLessThan(day * 1440 + minutes);
          // Outside the spring gap the time is shown exactly.
          const inGap = wall.dayNumber * 1440 + wall.minutes !== day * 1440 + minutes;
          if (inGap) expect(wall.time).toBe("02:00");
        },
      ),
      { seed: 1031 },
    );
  });
});

describe("dates and times", () => {
  it("counts days since 1970 and back", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("2026-03-29")).toBe(Date.UTC(2026, 2, 29) / 86_400_000);
    expect(dateOfDayNumber(dayNumber("2028-02-29"))).toBe("2028-02-29");
    expect(dateOfDayNumber(-1)).toBe("1969-12-31");
    for (let n = -800; n < 80_000; n += 37) {
      expect(dayNumber(dateOfDayNumber(n))).toBe(n);
      expect(dateOfDayNumber(n)).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
    }
  });

  it("validates dates", () => {
    expect(isValidDate("2028-02-29")).toBe(true);
    expect(isValidDate("2027-02-29")).toBe(false);
    expect(isValidDate("2100-02-29")).toBe(false);
    expect(isValidDate("2000-02-29")).toBe(true);
    expect(isValidDate("2026-13-01")).toBe(false);
    expect(isValidDate("2026-1-01")).toBe(false);
    expect(isValidDate("")).toBe(false);
  });

  it("gives ISO weekdays, adds days and finds the Monday of a week", () => {
    expect(isoWeekday("2026-05-11")).toBe(1);
    expect(isoWeekday("2026-05-17")).toBe(7);
    expect(isoWeekday("1970-01-01")).toBe(4);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(startOfWeek("2026-05-17")).toBe("2026-05-11");
    expect(startOfWeek("2026-05-11")).toBe("2026-05-11");
  });

  it("parses and writes times", () => {
    expect(parseTime("17:00")).toBe(1020);
    expect(parseTime("9:05")).toBe(545);
    expect(parseTime("00:00")).toBe(0);
    expect(parseTime("24:00")).toBe(1440);
    expect(parseTime("17:00:00")).toBe(1020);
    expect(parseTime("24:01")).toBeNull();
    expect(parseTime("12:60")).toBeNull();
    expect(parseTime("5pm")).toBeNull();
    expect(parseTime("")).toBeNull();
    for (const bad of ["1:5", "123:00", "12:5x", "ab:cd", "12:00:30", "12:00 ", " 12:00", "-1:00", "12:7"]) {
      expect(parseTime(bad), bad).toBeNull();
    }
    expect(formatTime(545)).toBe("09:05");
    expect(formatTime(1440)).toBe("24:00");
  });
});

describe("speed", () => {
  it("converts a million instants quickly once the offsets are cached", () => {
    const start = Date.parse("2026-01-01T00:00:00Z");
    toLondon(start);
    const t0 = performance.now();
    let sum = 0;
    for (let i = 0; i < 1_000_000; i += 1) {
      const ms = start + i * 31_337;
      sum += londonMinuteOfDay(ms) + wallToEpochMs(londonDayNumber(ms), 600);
    }
    const elapsed = performance.now() - t0;
    expect(sum).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(2000);
  });
});
