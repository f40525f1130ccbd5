/**
 * Calendar arithmetic for the demo data: London wall-clock dates, days of the week and the bank
 * holidays of England and Wales (the regular ones, computed from their rules).
 */

const LONDON = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The London calendar date ("YYYY-MM-DD") and wall-clock time ("HH:MM") of an instant. */
export function londonDateTime(instant: Date): { date: string; time: string } {
  const parts = Object.fromEntries(LONDON.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday */
export function isoDay(date: string): number {
  const d = toUtc(date).getUTCDay();
  return d === 0 ? 7 : d;
}

export const DAY_NAMES = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

/** The first date on or after `from` whose day of the week is one of `days`. */
export function nextDateOn(from: string, days: readonly number[]): string {
  for (let i = 0; i < 7; i++) {
    const date = addDays(from, i);
    if (days.includes(isoDay(date))) return date;
  }
  throw new Error("No day of the week given");
}

function ymd(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function easterSunday(year: number): string {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
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
  return ymd(year, month, day);
}

export type BankHoliday = { date: string; name: string };

/** England and Wales bank holidays of a year from the standing rules (one-off holidays are not included). */
export function bankHolidays(year: number): BankHoliday[] {
  const list: BankHoliday[] = [];
  const taken = new Set<string>();
  const add = (date: string, name: string) => {
    list.push({ date, name });
    taken.add(date);
  };
  const weekdayOnOrAfter = (date: string) => {
    let d = date;
    while (isoDay(d) > 5 || taken.has(d)) d = addDays(d, 1);
    return d;
  };
  // Fixed-date holidays: those on weekdays first, then a substitute for each one at a weekend, so that
  // Christmas on a Sunday gives Boxing Day on Monday and the Christmas substitute on Tuesday.
  const fixed = (...days: [date: string, name: string][]) => {
    for (const [date, name] of days) if (isoDay(date) <= 5) add(date, name);
    for (const [date, name] of days) if (isoDay(date) > 5) add(weekdayOnOrAfter(date), `${name} (substitute day)`);
  };
  const firstMonday = (month: number) => nextDateOn(ymd(year, month, 1), [1]);
  const lastMonday = (month: number) => {
    const last = addDays(ymd(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1), -1);
    let d = last;
    while (isoDay(d) !== 1) d = addDays(d, -1);
    return d;
  };

  fixed([ymd(year, 1, 1), "New Year’s Day"]);
  const easter = easterSunday(year);
  add(addDays(easter, -2), "Good Friday");
  add(addDays(easter, 1), "Easter Monday");
  add(firstMonday(5), "Early May bank holiday");
  add(lastMonday(5), "Spring bank holiday");
  add(lastMonday(8), "Summer bank holiday");
  fixed([ymd(year, 12, 25), "Christmas Day"], [ymd(year, 12, 26), "Boxing Day"]);
  return list.sort((a, b) => a.date.localeCompare(b.date));
}

/** Bank holidays after `date` (not on it), soonest first. */
export function bankHolidaysAfter(date: string, count: number): BankHoliday[] {
  const year = Number(date.slice(0, 4));
  return [...bankHolidays(year), ...bankHolidays(year + 1), ...bankHolidays(year + 2)].filter((h) => h.date > date).slice(0, count);
}
