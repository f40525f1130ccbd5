/**
 * Opening hours: when a café is open, computed from its weekly sessions and dated exceptions, in
 * Europe/London wall-clock time. Pure: no I/O, no clock. Every function takes `now` (or a range) from the
 * caller. The rule it must never break: **a café is never shown as open when it is not.**
 *
 * ## Inputs
 *
 * A `Schedule` is `{ sessions, exceptions }`. The rows mirror the Prisma models `WeeklySession` and
 * `ScheduleException`, so rows can be passed straight in (add `label` from the offer's title if wanted).
 *
 * - **Weekly session**: `dayOfWeek` 1 = Monday … 7 = Sunday, `startTime`–`endTime` "HH:MM". An end at or
 *   before the start means the session ends after midnight, on the next day ("20:00"–"02:00"); an end of
 *   "24:00" or "00:00" is midnight. A session **belongs to the day it starts**: `validFrom`/`validUntil`
 *   (inclusive dates), closures and bank holidays are judged on that day only, so a Saturday closure does
 *   not cut Friday's 20:00–02:00 short.
 * - **Exceptions** cover `startDate`–`endDate` (inclusive) and decide which sessions start on those dates:
 *   1. `closed` (and `bank-holiday-closed`) beat everything: no session starts on those dates.
 *   2. `hours` replace the weekly sessions with `startTime`–`endTime`; several `hours` exceptions on one
 *      date are several sessions. An `hours` exception without valid times means "no sessions" that day.
 *   3. `extra` adds a session `startTime`–`endTime` to whatever else happens that day.
 *   4. `bank-holiday-open` is the team's answer "open as usual" for a bank holiday.
 *   An exception of any other kind is treated as a closure (we cannot tell what it means, so we do not
 *   claim the café is open). A session or exception with an invalid time or date is left out.
 * - **Bank holidays** (England and Wales, ./bank-holidays.ts): the weekly sessions of a bank holiday the
 *   team has not answered are *unconfirmed* (`confirmed: false`). The café is then never "open": it is
 *   "check before travelling". Sessions from `hours` and `extra` exceptions are dated by the team, so
 *   they count as confirmed.
 *
 * ## Clock changes
 *
 * A wall-clock time stands for the first instant London clocks show that time or later (./london-time.ts):
 * a start or end in the spring gap (01:00–01:59 on the last Sunday of March) moves to 02:00 BST; a time in
 * the repeated autumn hour (01:00–01:59 on the last Sunday of October) is its first occurrence, in BST.
 * So a Sunday 00:30–03:00 session lasts 1½ hours in March and 3½ hours in October; a session lying wholly
 * inside the spring gap has no length and does not happen. A session never has negative length.
 *
 * ## API
 *
 * - `openingState(schedule, now)` → `OpeningState`, one of
 *   - `{ status: "open", until, interval, merged, next }`: certainly open now; `until` is the real closing
 *     time (back-to-back and overlapping confirmed sessions are merged; `merged` lists them);
 *   - `{ status: "check", bankHoliday, interval, next }`: a weekly session would be running now, but the day
 *     it started is a bank holiday the team has not answered. Deliberately has no `until`: it is not "open";
 *   - `{ status: "closed", next, closure }`: `next` is the next session starting within 14 days (it may be
 *     unconfirmed: look at `next.confirmed`), `closure` the closure in force today, or one this week that
 *     cancels a session before `next`, with its reason.
 *   `isOpenNow(state)` is true for "open" only.
 * - `openIntervals(schedule, from, to)` → every session overlapping [from, to), sorted by start, not merged,
 *   unconfirmed ones included and flagged.
 * - `weekPlan(schedule, weekStartDate)` (./week-plan.ts) → 7 days from that date (use `startOfWeek` for a
 *   Monday) with their sessions, the usual weekly sessions, and notes (closure, changed hours, extra
 *   session, bank holiday).
 * - `openingHoursSpecification(schedule, { asOf })` and `specialOpeningHoursSpecification(schedule, from, to)`
 *   (./schema-org-hours.ts) → schema.org JSON-LD values.
 * - The sessions of each day, which all of these read, are worked out in ./day-sessions.ts.
 * - Words for all of these are in ./opening-text.ts and ./week-text.ts; React components in ~/components/hours.
 *
 * Results hold `Date`s, which loader data keeps (single fetch), so components take them as they are.
 *
 * Speed: `openingState` looks at a few days around `now` and converts times by arithmetic (the London
 * offset is cached per day), so thousands of cafés can be checked per request.
 */
import { bankHolidayOnDay } from "~/lib/bank-holidays";
import { DAY_MS, dateOfDayNumber, londonDayNumber, wallToEpochMs } from "~/lib/london-time";
import { compile, covers, instantMs, sessionsOn, wouldHaveSessions, type Compiled, type CompiledException } from "./day-sessions";

// ---------------------------------------------------------------------------------------------------------
// Types

export const EXCEPTION_KINDS = ["closed", "hours", "extra", "bank-holiday-open", "bank-holiday-closed"] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

/** A regular weekly session (a `WeeklySession` row). */
export interface WeeklySessionRule {
  id?: string;
  /** ISO day of the week: 1 = Monday … 7 = Sunday */
  dayOfWeek: number;
  /** "HH:MM" London time */
  startTime: string;
  /** "HH:MM"; at or before startTime = ends after midnight, on the next day */
  endTime: string;
  /** First date (inclusive, "YYYY-MM-DD") the session runs; null = always has */
  validFrom?: string | null;
  /** Last date (inclusive) the session runs; null = no end */
  validUntil?: string | null;
  /** A title for the session, e.g. the offer's ("Women's evening") */
  label?: string | null;
}

/** A dated exception (a `ScheduleException` row). */
export interface ScheduleExceptionRule {
  id?: string;
  /** One of EXCEPTION_KINDS; any other value is treated as a closure. */
  kind: ExceptionKind | (string & {});
  /** "YYYY-MM-DD" */
  startDate: string;
  /** "YYYY-MM-DD", inclusive */
  endDate: string;
  /** For "hours" and "extra": the session's times */
  startTime?: string | null;
  endTime?: string | null;
  /** Why (shown to the public): "Closed for refurbishment". Empty = none. */
  reason?: string | null;
  label?: string | null;
}

export interface Schedule {
  sessions: readonly WeeklySessionRule[];
  exceptions: readonly ScheduleExceptionRule[];
}

export type IntervalSource = "weekly" | "hours" | "extra";

/** One occurrence of a session: an interval of time, [start, end). */
export interface OpenInterval {
  start: Date;
  end: Date;
  /** The London date the session starts on (the day it belongs to), "YYYY-MM-DD" */
  date: string;
  /** The session's times as written ("HH:MM"); `start`/`end` are the real instants */
  startTime: string;
  endTime: string;
  source: IntervalSource;
  /** False only for a weekly session on a bank holiday the team has not answered: "check before travelling". */
  confirmed: boolean;
  label?: string | null;
  /** The weekly session's id (source "weekly") */
  sessionId?: string;
  /** The exception's id (source "hours" or "extra") */
  exceptionId?: string;
  /** The exception's reason (source "hours" or "extra") */
  reason?: string | null;
  /** Present when `date` is a bank holiday */
  bankHoliday?: { name: string; confirmed: boolean };
}

interface StateBase {
  /** The instant the state was computed for */
  at: Date;
  /** Its London date */
  today: string;
}

/** Certainly open now. */
export interface OpenState extends StateBase {
  status: "open";
  /** When it really closes: the end of the run of back-to-back or overlapping confirmed sessions */
  until: Date;
  /** The session running now (the earliest-starting, if several) */
  interval: OpenInterval;
  /** Every confirmed session in the run up to `until`, in start order (more than one = merged) */
  merged: OpenInterval[];
  /** The next session starting at or after `until` within the horizon (if it starts exactly at `until`, it
   * is unconfirmed, or it would have been merged) */
  next: OpenInterval | null;
}

/** A weekly session would be running now, but today is a bank holiday without an answer from the team. */
export interface CheckState extends StateBase {
  status: "check";
  bankHoliday: { date: string; name: string };
  /** The session that would be running */
  interval: OpenInterval;
  /** The next session starting at or after that one ends */
  next: OpenInterval | null;
}

/** A closure in force today, or coming this week. */
export interface ClosureNotice {
  /** The first closed date: today, or the day of the cancelled session */
  date: string;
  /** The last closed date of the unbroken run of closures (inclusive) */
  lastDate: string;
  /** The first date after the closure */
  until: string;
  /** The team's reason; null when none was given */
  reason: string | null;
  /** The bank holiday's name, for a "bank-holiday-closed" answer */
  bankHoliday: string | null;
  exceptionId?: string;
}

/** Not open now. */
export interface ClosedState extends StateBase {
  status: "closed";
  /** The next session starting within the horizon (check `next.confirmed`), or null */
  next: OpenInterval | null;
  /** A closure in force today, or one this week that cancels a session before `next` */
  closure: ClosureNotice | null;
}

export type OpeningState = OpenState | CheckState | ClosedState;
export type OpeningStatus = OpeningState["status"];

/** True only when the café is certainly open now ("check" is not open). */
export function isOpenNow(state: Pick<OpeningState, "status">): boolean {
  return state.status === "open";
}


// ---------------------------------------------------------------------------------------------------------
// Open now, next, and the sessions of a range

/**
 * Every session overlapping [from, to), sorted by start (then end). Intervals are whole (not clipped to the
 * range) and not merged; unconfirmed bank-holiday sessions are included with `confirmed: false`.
 */
export function openIntervals(schedule: Schedule, from: Date, to: Date): OpenInterval[] {
  const fromMs = instantMs(from, "from");
  const toMs = instantMs(to, "to");
  if (toMs <= fromMs) return [];
  const c = compile(schedule);
  const out: OpenInterval[] = [];
  // A session can last at most 25 hours, so one starting two days before `from` has ended by then.
  const lastDay = londonDayNumber(toMs - 1);
  for (let day = londonDayNumber(fromMs) - 1; day <= lastDay; day += 1) {
    for (const iv of sessionsOn(c, day)) {
      if (iv.end.getTime() > fromMs && iv.start.getTime() < toMs) out.push(iv);
    }
  }
  return out;
}

export interface OpeningStateOptions {
  /** How far ahead to look for the next session, in days (default 14) */
  horizonDays?: number;
}

/** Whether the café is open at `now`, until when, or when it next opens. See the module comment. */
export function openingState(schedule: Schedule, now: Date, options: OpeningStateOptions = {}): OpeningState {
  const nowMs = instantMs(now, "now");
  const c = compile(schedule);
  const horizonMs = nowMs + (options.horizonDays ?? 14) * DAY_MS;
  const today = londonDayNumber(nowMs);
  const firstDay = today - 1;
  const lastDay = londonDayNumber(horizonMs);
  const days: OpenInterval[][] = [];
  const on = (day: number): OpenInterval[] => (days[day - firstDay] ??= sessionsOn(c, day));
  const base = { at: new Date(nowMs), today: dateOfDayNumber(today) };

  /** The first session, in start order, that starts at or after `fromMs` (or after it, if strictly). */
  const firstStarting = (fromMs: number, strictly: boolean): OpenInterval | null => {
    for (let day = firstDay; day <= lastDay; day += 1) {
      for (const iv of on(day)) {
        const start = iv.start.getTime();
        if (start >= horizonMs) return null;
        if (start > fromMs || (!strictly && start === fromMs)) return iv;
      }
    }
    return null;
  };

  // Sessions running now can only have started today or yesterday.
  const merged: OpenInterval[] = [];
  let pending: OpenInterval | null = null;
  let untilMs = nowMs;
  for (let day = firstDay; day <= today; day += 1) {
    for (const iv of on(day)) {
      if (iv.start.getTime() > nowMs || iv.end.getTime() <= nowMs) continue;
      if (iv.confirmed) {
        merged.push(iv);
        untilMs = Math.max(untilMs, iv.end.getTime());
      } else {
        pending ??= iv;
      }
    }
  }

  if (merged.length > 0) {
    const current = merged[0]!;
    // Extend the run with confirmed sessions that start before it ends (up to the horizon).
    for (let day = firstDay; day <= lastDay && wallToEpochMs(day, 0) <= untilMs; day += 1) {
      for (const iv of on(day)) {
        const start = iv.start.getTime();
        if (start <= nowMs || !iv.confirmed) continue;
        if (start > untilMs || start >= horizonMs) break;
        merged.push(iv);
        untilMs = Math.max(untilMs, iv.end.getTime());
      }
    }
    return {
      status: "open",
      ...base,
      until: new Date(untilMs),
      interval: current,
      merged,
      next: firstStarting(untilMs, false),
    };
  }

  if (pending) {
    return {
      status: "check",
      ...base,
      bankHoliday: { date: pending.date, name: pending.bankHoliday?.name ?? "" },
      interval: pending,
      next: firstStarting(pending.end.getTime(), false),
    };
  }

  const next = firstStarting(nowMs, true);
  return { status: "closed", ...base, next, closure: closureNotice(c, today, next) };
}

function closureNotice(c: Compiled, today: number, next: OpenInterval | null): ClosureNotice | null {
  if (c.closed.length === 0) return null;
  const limit = Math.min(today + 7, next ? londonDayNumber(next.start) : Number.POSITIVE_INFINITY);
  for (let day = today; day === today || day < limit; day += 1) {
    let found: CompiledException | null = null;
    for (const entry of c.closed) {
      if (entry.first > day || day > entry.last) continue;
      if (!found || (found.reason === null && entry.reason !== null)) found = entry;
    }
    if (!found || (day !== today && !wouldHaveSessions(c, day))) continue;
    let last = day;
    while (last - day < 3660 && covers(c.closed, last + 1)) last += 1;
    const holiday = found.rule.kind === "bank-holiday-closed" ? bankHolidayOnDay(day) : null;
    const notice: ClosureNotice = {
      date: dateOfDayNumber(day),
      lastDate: dateOfDayNumber(last),
      until: dateOfDayNumber(last + 1),
      reason: found.reason,
      bankHoliday: holiday ? holiday.name : null,
    };
    if (found.rule.id !== undefined) notice.exceptionId = found.rule.id;
    return notice;
  }
  return null;
}

