/**
 * A week's plan, for the café page and the management previews: each day's sessions, the weekly sessions
 * it would usually have, and what is different that day.
 */
import { bankHolidayOnDay } from "~/lib/bank-holidays";
import { dateOfDayNumber, dayNumber, formatTime, weekdayOfDayNumber } from "~/lib/london-time";
import { compile, covers, sessionsOn } from "./day-sessions";
import type { OpenInterval, Schedule } from "./opening-hours";

/** A weekly session as it usually runs on a day (before exceptions). */
export interface UsualSession {
  startTime: string;
  endTime: string;
  label?: string | null;
  sessionId?: string;
}

export type DayNote =
  /** No sessions: the café is closed this day (`startDate`–`endDate` is the closure's whole range). */
  | { kind: "closed"; reason: string | null; startDate: string; endDate: string; bankHoliday: string | null }
  /** The usual sessions are replaced by the day's `intervals`. */
  | { kind: "hours"; reason: string | null }
  /** An added session (`exceptionId`: the exception that adds it, when known). */
  | { kind: "extra"; reason: string | null; startTime: string; endTime: string; label: string | null; exceptionId?: string }
  /** A bank holiday. `check`: some of the day's sessions are unconfirmed ("check before travelling"). */
  | { kind: "bank-holiday"; name: string; check: boolean };

export interface DayPlan {
  date: string;
  /** ISO weekday, 1 = Monday */
  weekday: number;
  /** The sessions that start this day, in order (unconfirmed ones flagged) */
  intervals: OpenInterval[];
  /** The weekly sessions that would usually start this day */
  usual: UsualSession[];
  /** What is different this day, in the order closure, changed hours, extra sessions, bank holiday */
  notes: DayNote[];
}

export interface WeekPlan {
  weekStart: string;
  days: DayPlan[];
}

/** Seven days from `weekStartDate` ("YYYY-MM-DD"; pass startOfWeek(date) for Monday to Sunday). */
export function weekPlan(schedule: Schedule, weekStartDate: string): WeekPlan {
  const first = dayNumber(weekStartDate);
  if (Number.isNaN(first)) throw new RangeError(`Invalid date: ${weekStartDate}`);
  const c = compile(schedule);
  const days: DayPlan[] = [];
  for (let day = first; day < first + 7; day += 1) {
    const intervals = sessionsOn(c, day);
    const usual: UsualSession[] = [];
    for (const session of c.byWeekday[weekdayOfDayNumber(day)]!) {
      if (day < session.from || day > session.until) continue;
      const entry: UsualSession = { startTime: formatTime(session.start), endTime: formatTime(session.end) };
      if (session.rule.label != null) entry.label = session.rule.label;
      if (session.rule.id !== undefined) entry.sessionId = session.rule.id;
      usual.push(entry);
    }
    const notes: DayNote[] = [];
    const holiday = bankHolidayOnDay(day);
    const closure = covers(c.closed, day);
    if (closure) {
      notes.push({
        kind: "closed",
        reason: closure.reason,
        startDate: dateOfDayNumber(closure.first),
        endDate: dateOfDayNumber(closure.last),
        bankHoliday: closure.rule.kind === "bank-holiday-closed" && holiday ? holiday.name : null,
      });
    } else {
      const hours = c.hours.filter((entry) => entry.first <= day && day <= entry.last);
      if (hours.length > 0) notes.push({ kind: "hours", reason: hours.find((entry) => entry.reason)?.reason ?? null });
      for (const iv of intervals) {
        if (iv.source !== "extra") continue;
        notes.push({
          kind: "extra",
          reason: iv.reason ?? null,
          startTime: iv.startTime,
          endTime: iv.endTime,
          label: iv.label ?? null,
          ...(iv.exceptionId !== undefined ? { exceptionId: iv.exceptionId } : {}),
        });
      }
    }
    if (holiday) notes.push({ kind: "bank-holiday", name: holiday.name, check: intervals.some((iv) => !iv.confirmed) });
    days.push({ date: dateOfDayNumber(day), weekday: weekdayOfDayNumber(day), intervals, usual, notes });
  }
  return { weekStart: dateOfDayNumber(first), days };
}

