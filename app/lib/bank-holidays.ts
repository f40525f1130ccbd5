/**
 * Bank holidays in England and Wales.
 *
 * The dates are shipped with the app (there is no network at run time), written out for 2024–2030 from the
 * published rules and gov.uk's list (https://www.gov.uk/bank-holidays): New Year's Day, Good Friday, Easter
 * Monday, the early May bank holiday (first Monday of May), the spring bank holiday (last Monday of May),
 * the summer bank holiday (last Monday of August), Christmas Day and Boxing Day. When one of the fixed days
 * falls at a weekend, the next weekday that is not already a bank holiday is the substitute day.
 *
 * Outside the listed years the same rules are computed, so a café is never shown as plainly open on
 * Christmas Day of a year nobody has typed in yet. One-off holidays (a coronation, a jubilee) must be added
 * to the list by hand when they are announced; add each new year's gov.uk dates to the list too.
 */
import { t, type MessageKey } from "~/lib/i18n";
import { civilOfDayNumber, dateOfDayNumber, dayNumber, weekdayOfDayNumber } from "./london-time";

export type BankHolidayKind =
  | "new-year"
  | "good-friday"
  | "easter-monday"
  | "early-may"
  | "spring"
  | "summer"
  | "christmas"
  | "boxing-day"
  | "special";

export interface BankHoliday {
  /** "YYYY-MM-DD" */
  date: string;
  kind: BankHolidayKind;
  /** True when the day stands in for a holiday that fell at a weekend. */
  substitute: boolean;
  /** The holiday's name, as gov.uk writes it ("Boxing Day (substitute day)"). */
  name: string;
}

type Entry = readonly [date: string, kind: BankHolidayKind, substitute?: "substitute"];

/** England and Wales bank holidays, 2024–2030. */
const LISTED: readonly Entry[] = [
  ["2024-01-01", "new-year"],
  ["2024-03-29", "good-friday"],
  ["2024-04-01", "easter-monday"],
  ["2024-05-06", "early-may"],
  ["2024-05-27", "spring"],
  ["2024-08-26", "summer"],
  ["2024-12-25", "christmas"],
  ["2024-12-26", "boxing-day"],

  ["2025-01-01", "new-year"],
  ["2025-04-18", "good-friday"],
  ["2025-04-21", "easter-monday"],
  ["2025-05-05", "early-may"],
  ["2025-05-26", "spring"],
  ["2025-08-25", "summer"],
  ["2025-12-25", "christmas"],
  ["2025-12-26", "boxing-day"],

  ["2026-01-01", "new-year"],
  ["2026-04-03", "good-friday"],
  ["2026-04-06", "easter-monday"],
  ["2026-05-04", "early-may"],
  ["2026-05-25", "spring"],
  ["2026-08-31", "summer"],
  ["2026-12-25", "christmas"],
  ["2026-12-28", "boxing-day", "substitute"], // Boxing Day is a Saturday

  ["2027-01-01", "new-year"],
  ["2027-03-26", "good-friday"],
  ["2027-03-29", "easter-monday"],
  ["2027-05-03", "early-may"],
  ["2027-05-31", "spring"],
  ["2027-08-30", "summer"],
  ["2027-12-27", "christmas", "substitute"], // Christmas Day is a Saturday
  ["2027-12-28", "boxing-day", "substitute"], // Boxing Day is a Sunday

  ["2028-01-03", "new-year", "substitute"], // New Year's Day is a Saturday
  ["2028-04-14", "good-friday"],
  ["2028-04-17", "easter-monday"],
  ["2028-05-01", "early-may"],
  ["2028-05-29", "spring"],
  ["2028-08-28", "summer"],
  ["2028-12-25", "christmas"], // a Monday: no substitute days this year
  ["2028-12-26", "boxing-day"],

  ["2029-01-01", "new-year"],
  ["2029-03-30", "good-friday"],
  ["2029-04-02", "easter-monday"],
  ["2029-05-07", "early-may"],
  ["2029-05-28", "spring"],
  ["2029-08-27", "summer"],
  ["2029-12-25", "christmas"],
  ["2029-12-26", "boxing-day"],

  ["2030-01-01", "new-year"],
  ["2030-04-19", "good-friday"],
  ["2030-04-22", "easter-monday"],
  ["2030-05-06", "early-may"],
  ["2030-05-27", "spring"],
  ["2030-08-26", "summer"],
  ["2030-12-25", "christmas"],
  ["2030-12-26", "boxing-day"],
];

/** The first and last year written out in the list; other years are computed by the rules. */
export const LISTED_YEARS = { first: 2024, last: 2030 } as const;

const NAME_KEYS: Record<BankHolidayKind, MessageKey> = {
  "new-year": "hours.bankHoliday.newYear",
  "good-friday": "hours.bankHoliday.goodFriday",
  "easter-monday": "hours.bankHoliday.easterMonday",
  "early-may": "hours.bankHoliday.earlyMay",
  spring: "hours.bankHoliday.spring",
  summer: "hours.bankHoliday.summer",
  christmas: "hours.bankHoliday.christmas",
  "boxing-day": "hours.bankHoliday.boxingDay",
  special: "hours.bankHoliday.special",
};

/**
 * A bank holiday. Its name is worded when read, in the language of the page reading it: the holidays are made
 * once and shared by every request.
 */
function holiday(date: string, kind: BankHolidayKind, substitute: boolean): BankHoliday {
  return {
    date,
    kind,
    substitute,
    get name() {
      const base = t(NAME_KEYS[kind]);
      return substitute ? t("hours.bankHoliday.substitute", { name: base }) : base;
    },
  };
}

/** Easter Sunday (day number) by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
}

function firstMondayOnOrAfter(n: number): number {
  return n + ((8 - weekdayOfDayNumber(n)) % 7);
}

function lastMondayOnOrBefore(n: number): number {
  return n - ((weekdayOfDayNumber(n) + 6) % 7);
}

function ymd(year: number, month: number, day: number): number {
  return dayNumber(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
}

/** Bank holidays of a year computed by the standing rules (used for years outside the list). */
export function computedBankHolidays(year: number): BankHoliday[] {
  const out: BankHoliday[] = [];
  const taken = new Set<number>();
  const fixed = (n: number, kind: BankHolidayKind) => {
    let day = n;
    while (weekdayOfDayNumber(day) >= 6 || taken.has(day)) day += 1;
    taken.add(day);
    out.push(holiday(dateOfDayNumber(day), kind, day !== n));
  };
  const moving = (n: number, kind: BankHolidayKind) => {
    taken.add(n);
    out.push(holiday(dateOfDayNumber(n), kind, false));
  };
  fixed(ymd(year, 1, 1), "new-year");
  const easter = easterSunday(year);
  moving(easter - 2, "good-friday");
  moving(easter + 1, "easter-monday");
  moving(firstMondayOnOrAfter(ymd(year, 5, 1)), "early-may");
  moving(lastMondayOnOrBefore(ymd(year, 5, 31)), "spring");
  moving(lastMondayOnOrBefore(ymd(year, 8, 31)), "summer");
  fixed(ymd(year, 12, 25), "christmas");
  fixed(ymd(year, 12, 26), "boxing-day");
  return out.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

let listedByDay: Map<number, BankHoliday> | undefined;
const computedByYear = new Map<number, Map<number, BankHoliday>>();

function listed(): Map<number, BankHoliday> {
  if (!listedByDay) {
    listedByDay = new Map();
    for (const [date, kind, substitute] of LISTED) {
      listedByDay.set(dayNumber(date), Object.freeze(holiday(date, kind, substitute === "substitute")));
    }
  }
  return listedByDay;
}

/** The bank holiday on a day number (days since 1970-01-01), or null. The result is shared: do not change it. */
export function bankHolidayOnDay(n: number): Readonly<BankHoliday> | null {
  const known = byDay.get(n);
  if (known !== undefined) return known;
  const found = lookUp(n);
  if (byDay.size >= 20_000) byDay.clear();
  byDay.set(n, found);
  return found;
}

const byDay = new Map<number, Readonly<BankHoliday> | null>();

function lookUp(n: number): Readonly<BankHoliday> | null {
  const { year } = civilOfDayNumber(n);
  if (year >= LISTED_YEARS.first && year <= LISTED_YEARS.last) return listed().get(n) ?? null;
  let computed = computedByYear.get(year);
  if (!computed) {
    computed = new Map(computedBankHolidays(year).map((h) => [dayNumber(h.date), Object.freeze(h)]));
    computedByYear.set(year, computed);
  }
  return computed.get(n) ?? null;
}

/** The bank holiday on a date ("YYYY-MM-DD"), or null. */
export function bankHolidayOn(date: string): Readonly<BankHoliday> | null {
  const n = dayNumber(date);
  return Number.isNaN(n) ? null : bankHolidayOnDay(n);
}

/** Whether a date ("YYYY-MM-DD") is a bank holiday in England and Wales. */
export function isBankHoliday(date: string): boolean {
  return bankHolidayOn(date) !== null;
}

/** The bank holidays of a year, in date order (listed years as written; others computed). */
export function bankHolidaysIn(year: number): BankHoliday[] {
  if (year >= LISTED_YEARS.first && year <= LISTED_YEARS.last) {
    return LISTED.filter(([date]) => date.startsWith(`${year}-`)).map(([date, kind, substitute]) =>
      holiday(date, kind, substitute === "substitute"),
    );
  }
  return computedBankHolidays(year);
}

/** The bank holidays from one date to another, both included, in date order. */
export function bankHolidaysBetween(from: string, to: string): BankHoliday[] {
  const first = dayNumber(from);
  const last = dayNumber(to);
  if (Number.isNaN(first) || Number.isNaN(last) || last < first) return [];
  const out: BankHoliday[] = [];
  for (let year = civilOfDayNumber(first).year; year <= civilOfDayNumber(last).year; year += 1) {
    for (const h of bankHolidaysIn(year)) if (h.date >= from && h.date <= to) out.push(h);
  }
  return out;
}
