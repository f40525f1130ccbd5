/**
 * Quarterly monitoring returns after a café launches: the quarters they cover (calendar quarters, the
 * first from the launch date to the end of its quarter), when each is due, and when it is overdue. Pure.
 */
import { addDays, isValidDate } from "~/lib/london-time";

/** A return is due this many days after the end of its quarter. */
export const RETURN_DUE_AFTER_DAYS = 30;
/** The applicant is reminded from this many days before the due date (and weekly once it is overdue). */
export const REMIND_BEFORE_DAYS = 14;
export const REMIND_AGAIN_AFTER_DAYS = 7;
/** How many quarters' returns a launch plans at first; the daily job adds the next as time goes on. */
export const QUARTERS_PLANNED_AT_LAUNCH = 4;

export type ReturnPeriod = { periodStart: string; periodEnd: string; dueOn: string };

/** The last day of the calendar quarter containing `date`. */
export function quarterEnd(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const endMonth = Math.ceil(month / 3) * 3;
  const nextStart = endMonth === 12 ? `${year + 1}-01-01` : `${year}-${String(endMonth + 1).padStart(2, "0")}-01`;
  return addDays(nextStart, -1);
}

/** The period starting on `start` (to the end of its quarter) with its due date. */
export function periodFrom(start: string): ReturnPeriod {
  const periodEnd = quarterEnd(start);
  return { periodStart: start, periodEnd, dueOn: addDays(periodEnd, RETURN_DUE_AFTER_DAYS) };
}

/** The first `count` periods after a launch on `launchedOn`. */
export function returnPeriods(launchedOn: string, count: number): ReturnPeriod[] {
  if (!isValidDate(launchedOn)) return [];
  const periods: ReturnPeriod[] = [];
  let start = launchedOn;
  for (let i = 0; i < count; i++) {
    const period = periodFrom(start);
    periods.push(period);
    start = addDays(period.periodEnd, 1);
  }
  return periods;
}

/** The period after `last`. */
export function nextPeriod(last: { periodEnd: string }): ReturnPeriod {
  return periodFrom(addDays(last.periodEnd, 1));
}

/** Not returned and past its due date. */
export function returnOverdue(ret: { submittedAt: Date | string | null; dueOn: string }, today: string): boolean {
  return !ret.submittedAt && ret.dueOn < today;
}

/** The applicant may send a return from the last day of its quarter. */
export function returnOpen(ret: { submittedAt: Date | string | null; periodEnd: string }, today: string): boolean {
  return !ret.submittedAt && ret.periodEnd <= today;
}

/** Whether a reminder is due today: not returned, due within REMIND_BEFORE_DAYS, and not reminded (or, overdue, not in the last week). */
export function reminderDue(
  ret: { submittedAt: Date | string | null; dueOn: string; periodEnd: string; reminderSentOn: string | null },
  today: string,
): boolean {
  if (ret.submittedAt || ret.periodEnd > today) return false;
  if (addDays(today, REMIND_BEFORE_DAYS) < ret.dueOn) return false;
  if (!ret.reminderSentOn) return true;
  return ret.dueOn < today && addDays(ret.reminderSentOn, REMIND_AGAIN_AFTER_DAYS) <= today;
}
