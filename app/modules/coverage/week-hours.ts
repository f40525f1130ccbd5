/**
 * The offer a café really makes in a week: its sessions in the coming seven days (closures, changed
 * hours, extra sessions and bank holidays applied, as the public page shows them), their length in real
 * minutes (so a session across a clock change is as long as it lasts), and how much of it falls in the
 * evening (from 5pm until 6am) and at the weekend (Saturday and Sunday, London time). Pure.
 *
 * A weekly session on a bank holiday the café has not confirmed is not counted: the public page says
 * "check before travelling" for it, so it is not an offer anyone can rely on.
 */
import { wallToEpochMs, dayNumber, londonDayNumber, weekdayOfDayNumber, MINUTE_MS } from "~/lib/london-time";
import { weekPlan, type Schedule } from "~/modules/schedule";

export type WeekHours = {
  sessions: number;
  /** Minutes of sessions starting in the seven days */
  minutes: number;
  /** Of those, minutes from 5pm to 6am London time */
  eveningMinutes: number;
  /** Of those, minutes on Saturdays and Sundays London time */
  weekendMinutes: number;
};

export const EVENING_FROM_MINUTES = 17 * 60;
export const EVENING_UNTIL_MINUTES = 6 * 60;

export const NO_HOURS: WeekHours = { sessions: 0, minutes: 0, eveningMinutes: 0, weekendMinutes: 0 };

function overlapMs(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** Minutes of [startMs, endMs) in the evening and at the weekend. */
export function splitInterval(startMs: number, endMs: number): { minutes: number; eveningMinutes: number; weekendMinutes: number } {
  let evening = 0;
  let weekend = 0;
  const first = londonDayNumber(startMs) - 1;
  const last = londonDayNumber(Math.max(startMs, endMs - 1));
  for (let day = first; day <= last; day += 1) {
    evening += overlapMs(startMs, endMs, wallToEpochMs(day, EVENING_FROM_MINUTES), wallToEpochMs(day + 1, EVENING_UNTIL_MINUTES));
    const weekday = weekdayOfDayNumber(day);
    if (weekday === 6 || weekday === 7) weekend += overlapMs(startMs, endMs, wallToEpochMs(day, 0), wallToEpochMs(day + 1, 0));
  }
  return {
    minutes: Math.max(0, endMs - startMs) / MINUTE_MS,
    eveningMinutes: evening / MINUTE_MS,
    weekendMinutes: weekend / MINUTE_MS,
  };
}

/** The sessions that start in the seven days from `fromDate` ("YYYY-MM-DD"), and their minutes. */
export function weekHours(schedule: Schedule, fromDate: string): WeekHours {
  if (Number.isNaN(dayNumber(fromDate))) throw new RangeError(`Invalid date: ${fromDate}`);
  const out = { ...NO_HOURS };
  for (const day of weekPlan(schedule, fromDate).days) {
    for (const iv of day.intervals) {
      if (!iv.confirmed) continue;
      const split = splitInterval(iv.start.getTime(), iv.end.getTime());
      out.sessions += 1;
      out.minutes += split.minutes;
      out.eveningMinutes += split.eveningMinutes;
      out.weekendMinutes += split.weekendMinutes;
    }
  }
  return out;
}

/** Adds `b` into `a` in place (for sums over many cafés, without a new object each time). */
export function addInto(a: WeekHours, b: WeekHours): void {
  a.sessions += b.sessions;
  a.minutes += b.minutes;
  a.eveningMinutes += b.eveningMinutes;
  a.weekendMinutes += b.weekendMinutes;
}

export function addHours(a: WeekHours, b: WeekHours): WeekHours {
  return {
    sessions: a.sessions + b.sessions,
    minutes: a.minutes + b.minutes,
    eveningMinutes: a.eveningMinutes + b.eveningMinutes,
    weekendMinutes: a.weekendMinutes + b.weekendMinutes,
  };
}

/**
 * Session-hours a week per 10,000 registered patients, to one decimal; null without a list size.
 * `approximate` when the list size is not verified, so the figure is shown flagged, never as fact.
 */
export function hoursPer10k(minutes: number, listSize: number | null, listSizeVerified: boolean): { value: number; approximate: boolean } | null {
  if (listSize == null || listSize <= 0) return null;
  return { value: Math.round(((minutes / 60) * 10_000 * 10) / listSize) / 10, approximate: !listSizeVerified };
}
