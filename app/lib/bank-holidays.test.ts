import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_LOCALE } from "./i18n";
import { registerMessages, setClientLocale } from "./i18n/state";
import {
  LISTED_YEARS,
  bankHolidayOn,
  bankHolidaysBetween,
  bankHolidaysIn,
  computedBankHolidays,
  isBankHoliday,
} from "./bank-holidays";

/** Dates published on gov.uk/bank-holidays (England and Wales). */
const GOV_UK: Record<number, string[]> = {
  2024: ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"],
  2025: ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"],
  2026: ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"],
};

// ---- An independent computation, written separately from the module: Gauss's Easter algorithm, JS Date
// weekdays, and the substitute-day rule applied to Christmas and Boxing Day together.

function gaussEaster(year: number): Date {
  const a = year % 19;
  const b = year % 4;
  const c = year % 7;
  const k = Math.floor(year / 100);
  const p = Math.floor((13 + 8 * k) / 25);
  const q = Math.floor(k / 4);
  const M = (15 - p + k - q + 30) % 30;
  const N = (4 + k - q) % 7;
  const d = (19 * a + M) % 30;
  const e = (2 * b + 4 * c + 6 * d + N) % 7;
  if (d === 29 && e === 6) return new Date(Date.UTC(year, 3, 19));
  if (d === 28 && e === 6 && (11 * M + 11) % 30 < 19) return new Date(Date.UTC(year, 3, 18));
  return new Date(Date.UTC(year, 2, 22 + d + e));
}

const DAY = 86_400_000;
const ymd = (d: Date) => d.toISOString().slice(0, 10);
const plus = (d: Date, days: number) => new Date(d.getTime() + days * DAY);
const isWeekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6;

function referenceHolidays(year: number): string[] {
  const out: string[] = [];
  let newYear = new Date(Date.UTC(year, 0, 1));
  while (isWeekend(newYear)) newYear = plus(newYear, 1);
  out.push(ymd(newYear));
  const easter = gaussEaster(year);
  out.push(ymd(plus(easter, -2)), ymd(plus(easter, 1)));
  let may = new Date(Date.UTC(year, 4, 1));
  while (may.getUTCDay() !== 1) may = plus(may, 1);
  out.push(ymd(may));
  let spring = new Date(Date.UTC(year, 4, 31));
  while (spring.getUTCDay() !== 1) spring = plus(spring, -1);
  out.push(ymd(spring));
  let summer = new Date(Date.UTC(year, 7, 31));
  while (summer.getUTCDay() !== 1) summer = plus(summer, -1);
  out.push(ymd(summer));
  // Christmas Day and Boxing Day: each on its date if a weekday, else the next free weekday.
  const christmas = new Date(Date.UTC(year, 11, 25));
  const boxing = new Date(Date.UTC(year, 11, 26));
  const taken: string[] = [];
  for (const day of [christmas, boxing]) {
    let d = day;
    while (isWeekend(d) || taken.includes(ymd(d))) d = plus(d, 1);
    taken.push(ymd(d));
  }
  out.push(...taken);
  return out.sort();
}

describe("England and Wales bank holidays", () => {
  it("match the dates published on gov.uk for 2024–2026", () => {
    for (const [year, dates] of Object.entries(GOV_UK)) {
      expect(bankHolidaysIn(Number(year)).map((h) => h.date)).toEqual(dates);
    }
  });

  it("match an independent computation for every listed year", () => {
    for (let year = LISTED_YEARS.first; year <= LISTED_YEARS.last; year += 1) {
      expect(bankHolidaysIn(year).map((h) => h.date), String(year)).toEqual(referenceHolidays(year));
    }
  });

  it("cover 2024–2030 with eight holidays a year", () => {
    expect(LISTED_YEARS.first).toBeLessThanOrEqual(2024);
    expect(LISTED_YEARS.last).toBeGreaterThanOrEqual(2030);
    for (let year = 2024; year <= 2030; year += 1) expect(bankHolidaysIn(year)).toHaveLength(8);
  });

  it("put Easter on the known Sundays", () => {
    const easters = ["2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01", "2030-04-21"];
    for (const easter of easters) {
      const year = Number(easter.slice(0, 4));
      const goodFriday = bankHolidaysIn(year).find((h) => h.kind === "good-friday")!;
      const easterMonday = bankHolidaysIn(year).find((h) => h.kind === "easter-monday")!;
      expect(goodFriday.date).toBe(ymd(plus(new Date(`${easter}T00:00:00Z`), -2)));
      expect(easterMonday.date).toBe(ymd(plus(new Date(`${easter}T00:00:00Z`), 1)));
      expect(ymd(gaussEaster(year))).toBe(easter);
    }
  });

  it("include the substitute days", () => {
    expect(bankHolidayOn("2026-12-28")).toMatchObject({ kind: "boxing-day", substitute: true, name: "Boxing Day (substitute day)" });
    expect(bankHolidayOn("2027-12-27")).toMatchObject({ kind: "christmas", substitute: true });
    expect(bankHolidayOn("2027-12-28")).toMatchObject({ kind: "boxing-day", substitute: true });
    expect(bankHolidayOn("2028-01-03")).toMatchObject({ kind: "new-year", substitute: true });
    // Christmas 2028 is a Monday: Boxing Day is the Tuesday and there is no substitute.
    expect(bankHolidayOn("2028-12-25")).toMatchObject({ kind: "christmas", substitute: false });
    expect(bankHolidayOn("2028-12-26")).toMatchObject({ kind: "boxing-day", substitute: false });
    expect(isBankHoliday("2028-12-27")).toBe(false);
    // Weekend days themselves are not bank holidays.
    expect(isBankHoliday("2026-12-26")).toBe(false);
    expect(isBankHoliday("2027-12-25")).toBe(false);
  });

  it("know the early May, spring and summer Mondays", () => {
    expect(bankHolidayOn("2025-05-05")?.name).toBe("Early May bank holiday");
    expect(bankHolidayOn("2026-05-04")?.kind).toBe("early-may");
    expect(bankHolidayOn("2026-05-25")?.kind).toBe("spring");
    expect(bankHolidayOn("2026-08-31")?.name).toBe("Summer bank holiday");
    expect(isBankHoliday("2026-05-11")).toBe(false);
    expect(bankHolidayOn("not a date")).toBeNull();
  });

  it("compute the same rules for years outside the list", () => {
    for (let year = 2031; year <= 2040; year += 1) {
      expect(bankHolidaysIn(year).map((h) => h.date), String(year)).toEqual(referenceHolidays(year));
    }
    // 2033: Christmas is a Sunday, so Boxing Day is the Monday and the Christmas substitute the Tuesday.
    expect(bankHolidaysIn(2033).map((h) => h.date).slice(-2)).toEqual(["2033-12-26", "2033-12-27"]);
    expect(isBankHoliday("2031-12-25")).toBe(true);
    // The module's own rules agree with its list where both exist.
    for (let year = LISTED_YEARS.first; year <= LISTED_YEARS.last; year += 1) {
      expect(computedBankHolidays(year).map((h) => h.date)).toEqual(bankHolidaysIn(year).map((h) => h.date));
    }
  });

  it("list the holidays between two dates", () => {
    expect(bankHolidaysBetween("2026-12-20", "2027-01-05").map((h) => h.date)).toEqual([
      "2026-12-25",
      "2026-12-28",
      "2027-01-01",
    ]);
    expect(bankHolidaysBetween("2027-01-05", "2026-12-20")).toEqual([]);
  });
});

describe("bank holidays' names", () => {
  afterEach(() => setClientLocale(DEFAULT_LOCALE, null));
  it("are in the language of whoever reads them, though the holidays are made once for everyone", () => {
    registerMessages("pl", { "hours.bankHoliday.boxingDay": "Drugi dzień świąt", "hours.bankHoliday.substitute": "{name} (dzień zastępczy)" });
    const boxingDay = bankHolidayOn("2026-12-28")!;
    expect(boxingDay.name).toBe("Boxing Day (substitute day)");
    setClientLocale("pl", null);
    expect(bankHolidayOn("2026-12-28")).toBe(boxingDay);
    expect(boxingDay.name).toBe("Drugi dzień świąt (dzień zastępczy)");
    expect(JSON.parse(JSON.stringify(boxingDay))).toMatchObject({ date: "2026-12-28", name: "Drugi dzień świąt (dzień zastępczy)" });
  });
});
