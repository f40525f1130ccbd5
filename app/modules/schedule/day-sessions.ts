/**
 * The sessions of one day of a schedule, the one place the rule of ./opening-hours.ts is applied: a
 * schedule is compiled once per call (times and dates parsed), then `sessionsOn` gives the sessions that
 * start on a London day, with closures, changed hours, extra sessions and bank holidays applied.
 */
import { bankHolidayOnDay } from "~/lib/bank-holidays";
import { MINUTES_PER_DAY, dateOfDayNumber, dayNumber, formatTime, parseTime, wallToEpochMs, weekdayOfDayNumber } from "~/lib/london-time";
import type { IntervalSource, OpenInterval, Schedule, ScheduleExceptionRule, WeeklySessionRule } from "./opening-hours";

// Compiling a schedule (parsing once per call)

export interface CompiledSession {
  rule: WeeklySessionRule;
  start: number;
  end: number;
  from: number;
  until: number;
}

export interface CompiledException {
  rule: ScheduleExceptionRule;
  first: number;
  last: number;
  /** Minutes, or null when the exception has no valid times */
  start: number | null;
  end: number | null;
  reason: string | null;
}

export interface Compiled {
  byWeekday: CompiledSession[][];
  closed: CompiledException[];
  hours: CompiledException[];
  extra: CompiledException[];
  bankHolidayOpen: CompiledException[];
}

function cleanText(value: string | null | undefined): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

export function compile(schedule: Schedule): Compiled {
  const byWeekday: CompiledSession[][] = [[], [], [], [], [], [], [], []];
  for (const rule of schedule.sessions) {
    const weekday = rule.dayOfWeek;
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) continue;
    const start = parseTime(rule.startTime);
    const end = parseTime(rule.endTime);
    if (start === null || end === null || start >= MINUTES_PER_DAY) continue;
    const from = rule.validFrom ? dayNumber(rule.validFrom) : Number.NEGATIVE_INFINITY;
    const until = rule.validUntil ? dayNumber(rule.validUntil) : Number.POSITIVE_INFINITY;
    if (Number.isNaN(from) || Number.isNaN(until)) continue;
    byWeekday[weekday]!.push({ rule, start, end, from, until });
  }
  const compiled: Compiled = { byWeekday, closed: [], hours: [], extra: [], bankHolidayOpen: [] };
  for (const rule of schedule.exceptions) {
    const a = dayNumber(rule.startDate);
    const b = dayNumber(rule.endDate || rule.startDate);
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    let start = rule.startTime ? parseTime(rule.startTime) : null;
    let end = rule.endTime ? parseTime(rule.endTime) : null;
    if (start === null || end === null || start >= MINUTES_PER_DAY) {
      start = null;
      end = null;
    }
    const entry: CompiledException = {
      rule,
      first: Math.min(a, b),
      last: Math.max(a, b),
      start,
      end,
      reason: cleanText(rule.reason),
    };
    switch (rule.kind) {
      case "hours":
        compiled.hours.push(entry);
        break;
      case "extra":
        if (start !== null) compiled.extra.push(entry);
        break;
      case "bank-holiday-open":
        compiled.bankHolidayOpen.push(entry);
        break;
      default: // "closed", "bank-holiday-closed" and anything unknown
        compiled.closed.push(entry);
        break;
    }
  }
  return compiled;
}

export function covers(list: CompiledException[], day: number): CompiledException | null {
  for (const entry of list) if (entry.first <= day && day <= entry.last) return entry;
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// The sessions of one day

function interval(
  day: number,
  date: string,
  start: number,
  end: number,
  source: IntervalSource,
  confirmed: boolean,
  bankHolidayName: string | null,
): OpenInterval | null {
  const startMs = wallToEpochMs(day, start);
  const endMs = wallToEpochMs(end > start ? day : day + 1, end);
  if (endMs <= startMs) return null; // wholly inside the spring-forward gap: never happens
  const result: OpenInterval = {
    start: new Date(startMs),
    end: new Date(endMs),
    date,
    startTime: formatTime(start),
    endTime: formatTime(end),
    source,
    confirmed,
  };
  if (bankHolidayName !== null) result.bankHoliday = { name: bankHolidayName, confirmed };
  return result;
}

function byStart(a: OpenInterval, b: OpenInterval): number {
  return a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime();
}

/** The sessions that start on a day (London day number), sorted by start. */
export function sessionsOn(c: Compiled, day: number): OpenInterval[] {
  const weekly = c.byWeekday[weekdayOfDayNumber(day)]!;
  if (weekly.length === 0 && !covers(c.hours, day) && !covers(c.extra, day)) return [];
  if (covers(c.closed, day)) return [];
  const out: OpenInterval[] = [];
  const date = dateOfDayNumber(day);
  const holiday = bankHolidayOnDay(day);
  const holidayName = holiday ? holiday.name : null;
  let replaced = false;
  for (const entry of c.hours) {
    if (entry.first > day || day > entry.last) continue;
    replaced = true;
    if (entry.start === null || entry.end === null) continue;
    const iv = interval(day, date, entry.start, entry.end, "hours", true, holidayName);
    if (iv) out.push(withException(iv, entry));
  }
  if (!replaced) {
    const confirmed = holiday === null || covers(c.bankHolidayOpen, day) !== null;
    for (const session of weekly) {
      if (day < session.from || day > session.until) continue;
      const iv = interval(day, date, session.start, session.end, "weekly", confirmed, holidayName);
      if (!iv) continue;
      if (session.rule.id !== undefined) iv.sessionId = session.rule.id;
      if (session.rule.label != null) iv.label = session.rule.label;
      out.push(iv);
    }
  }
  for (const entry of c.extra) {
    if (entry.first > day || day > entry.last || entry.start === null || entry.end === null) continue;
    const iv = interval(day, date, entry.start, entry.end, "extra", true, holidayName);
    if (iv) out.push(withException(iv, entry));
  }
  if (out.length > 1) out.sort(byStart);
  return out;
}

function withException(iv: OpenInterval, entry: CompiledException): OpenInterval {
  if (entry.rule.id !== undefined) iv.exceptionId = entry.rule.id;
  if (entry.rule.label != null) iv.label = entry.rule.label;
  iv.reason = entry.reason;
  return iv;
}

/** Whether any session would start on a day if there were no closures. */
export function wouldHaveSessions(c: Compiled, day: number): boolean {
  if (covers(c.extra, day)) return true;
  const hours = c.hours.filter((entry) => entry.first <= day && day <= entry.last);
  if (hours.length > 0) return hours.some((entry) => entry.start !== null);
  return c.byWeekday[weekdayOfDayNumber(day)]!.some((s) => s.from <= day && day <= s.until);
}


/** An instant's milliseconds; a RangeError names the argument when it is not a valid date. */
export function instantMs(value: Date, name: string): number {
  const ms = value.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`${name} is not a valid date`);
  return ms;
}
