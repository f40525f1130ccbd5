import { addDays, bankHolidays, isoDay } from "./calendar";

/**
 * A small reading of a café's schedule at a London date and time, used to document the demo data
 * (which cafés are open at the browser tests' pinned instant). It follows the rules of the app's opening
 * hours: a session belongs to the day it starts; "closed" and "bank-holiday-closed" cancel the sessions
 * starting on their dates; "hours" replace them; "extra" adds one; on a bank holiday the team has not
 * answered, the café is never counted as open.
 */
export type ScheduleSession = { dayOfWeek: number; startTime: string; endTime: string; validFrom?: string | null; validUntil?: string | null };
export type ScheduleExceptionLike = { kind: string; startDate: string; endDate: string; startTime?: string | null; endTime?: string | null };
export type ScheduleLike = { sessions: readonly ScheduleSession[]; exceptions: readonly ScheduleExceptionLike[] };

type Interval = { start: number; end: number; confirmed: boolean };

function minutes(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function span(startTime: string, endTime: string): { start: number; end: number } {
  const start = minutes(startTime);
  const end = minutes(endTime);
  return { start, end: end <= start ? end + 1440 : end };
}

const bankHolidayDates = new Map<number, Set<string>>();
function isBankHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  if (!bankHolidayDates.has(year)) bankHolidayDates.set(year, new Set(bankHolidays(year).map((h) => h.date)));
  return bankHolidayDates.get(year)!.has(date);
}

/** The sessions that start on a date, in minutes after that date's midnight. */
export function intervalsOn(schedule: ScheduleLike, date: string): Interval[] {
  const on = schedule.exceptions.filter((e) => e.startDate <= date && date <= e.endDate);
  if (on.some((e) => e.kind === "closed" || e.kind === "bank-holiday-closed")) return [];
  const hours = on.filter((e) => e.kind === "hours");
  const extras = on.filter((e) => e.kind === "extra");
  const answered = on.some((e) => e.kind === "bank-holiday-open");
  const result: Interval[] = [];
  if (hours.length) {
    for (const e of hours) if (e.startTime && e.endTime) result.push({ ...span(e.startTime, e.endTime), confirmed: true });
  } else {
    const confirmed = answered || !isBankHoliday(date);
    for (const s of schedule.sessions) {
      if (s.dayOfWeek !== isoDay(date)) continue;
      if (s.validFrom && date < s.validFrom) continue;
      if (s.validUntil && date > s.validUntil) continue;
      result.push({ ...span(s.startTime, s.endTime), confirmed });
    }
  }
  for (const e of extras) if (e.startTime && e.endTime) result.push({ ...span(e.startTime, e.endTime), confirmed: true });
  return result.sort((a, b) => a.start - b.start);
}

function hhmm(total: number): string {
  const m = ((total % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

export type StateAt = { open: true; until: string } | { open: false; next: { date: string; time: string } | null };

/** Is the café open at a London date and time, and if not, when does it next open (within a week)? */
export function stateAt(schedule: ScheduleLike, date: string, time: string): StateAt {
  const t = minutes(time);
  const running = [
    ...intervalsOn(schedule, addDays(date, -1)).map((i) => ({ ...i, start: i.start - 1440, end: i.end - 1440 })),
    ...intervalsOn(schedule, date),
  ].filter((i) => i.confirmed && i.start <= t && t < i.end);
  if (running.length) return { open: true, until: hhmm(Math.max(...running.map((i) => i.end))) };
  for (let d = 0; d <= 7; d++) {
    const day = addDays(date, d);
    const next = intervalsOn(schedule, day).find((i) => d > 0 || i.start > t);
    if (next) return { open: false, next: { date: day, time: hhmm(next.start) } };
  }
  return { open: false, next: null };
}
