/**
 * Calendar helpers for the demo data, on top of the app's own London-time and bank-holiday modules.
 */
import { bankHolidaysBetween, bankHolidaysIn, type BankHoliday } from "../../app/lib/bank-holidays";
import { addDays, isoWeekday, toLondon } from "../../app/lib/london-time";

export { addDays };
export type { BankHoliday };

/** The London calendar date ("YYYY-MM-DD") and wall-clock time ("HH:MM") of an instant. */
export function londonDateTime(instant: Date): { date: string; time: string } {
  const { date, time } = toLondon(instant);
  return { date, time };
}

/** 1 = Monday … 7 = Sunday */
export const isoDay = isoWeekday;

export const DAY_NAMES = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

/** The first date on or after `from` whose day of the week is one of `days`. */
export function nextDateOn(from: string, days: readonly number[]): string {
  for (let i = 0; i < 7; i++) {
    const date = addDays(from, i);
    if (days.includes(isoDay(date))) return date;
  }
  throw new Error("No day of the week given");
}

/** England and Wales bank holidays of a year. */
export function bankHolidays(year: number): BankHoliday[] {
  return bankHolidaysIn(year);
}

/** Bank holidays after `date` (not on it), soonest first. */
export function bankHolidaysAfter(date: string, count: number): BankHoliday[] {
  return bankHolidaysBetween(addDays(date, 1), addDays(date, 3 * 366)).slice(0, count);
}
