/**
 * The rules a café's published schedule must follow, checked before anything is saved:
 * - a weekly session must not end when it starts, and must not overlap another session of the café
 *   (sessions that end after midnight count on the following day too; two sessions only clash if their
 *   "valid from / until" periods share a date);
 * - "valid from" comes before "valid until"; an exception's first date comes before its last;
 * - an exception, and a seasonal session's "valid from / until", must be plausible: not more than two
 *   years ahead, not more than a year back; a closure no longer than about six months;
 * - an extra one-off session must not clash with the café's usual sessions that day; changed hours
 *   replace that day's usual sessions, but must not clash with a session running on past midnight from
 *   the day before, nor (when they run past midnight themselves) with the next day's sessions.
 *
 * Pure: no clock, no I/O. The caller passes "today" as a London calendar date ("YYYY-MM-DD").
 * Problems come back as codes per field; the page turns them into words.
 */
import { MINUTES_PER_DAY, dateOfDayNumber, dayNumber, parseTime, weekdayOfDayNumber } from "~/lib/london-time";
import type { ExceptionKind } from "./opening-hours";

const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** How far ahead an exception may be dated, in days (two years). */
export const MAX_DAYS_AHEAD = 731;
/** How far back an exception may be dated, in days (a year). */
export const MAX_DAYS_BACK = 366;
/** The longest closure or changed-hours range, in days (about six months). */
export const MAX_RANGE_DAYS = 184;

export type SessionCandidate = {
  /** Set when changing an existing session, so it is not compared with itself. */
  id?: string | null;
  dayOfWeek: number;
  startTime: string;
  endTime: string;
  validFrom?: string | null;
  validUntil?: string | null;
};

export type ExceptionCandidate = {
  id?: string | null;
  kind: ExceptionKind;
  startDate: string;
  endDate: string;
  startTime?: string | null;
  endTime?: string | null;
};

export type ScheduleProblemCode =
  | "invalidTime"
  | "invalidDate"
  | "invalidDay"
  | "endEqualsStart"
  | "overlap"
  | "overlapExtra"
  | "overlapClosure"
  | "datesWrongOrder"
  | "tooFarAhead"
  | "tooFarBack"
  | "rangeTooLong"
  | "notBankHoliday";

export type ScheduleProblem = {
  field: string;
  code: ScheduleProblemCode;
  /** For "overlap": the session it clashes with. */
  clash?: { dayOfWeek: number; startTime: string; endTime: string; date?: string };
  /** For "overlapClosure": the closure already there. */
  closure?: { startDate: string; endDate: string };
};

// ------------------------------------------------------------------ times and dates

/**
 * A time of day as a session is stored: "HH:MM" from "00:00" to "23:59" (a session ending at midnight ends
 * at "00:00"), in minutes after midnight; null for anything else, "24:00" and "9:30" included.
 */
export function parseTimeOfDay(value: string | null | undefined): number | null {
  if (!value || value.length !== 5) return null;
  const minutes = parseTime(value);
  return minutes !== null && minutes < MINUTES_PER_DAY ? minutes : null;
}

/** Accepts "9:30", "09.30", "0930" and "09:30"; returns "09:30", or null. */
export function normaliseTime(value: string | null | undefined): string | null {
  const raw = (value ?? "").trim();
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(raw);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/** The day number of an optional "YYYY-MM-DD" date: null when there is none or it is not a real date. */
function dayOf(value: string | null | undefined): number | null {
  if (!value) return null;
  const day = dayNumber(value);
  return Number.isNaN(day) ? null : day;
}

/** Minutes a session lasts; a session whose end is not after its start ends the next day. */
export function sessionMinutes(startTime: string, endTime: string): number | null {
  const start = parseTimeOfDay(startTime);
  const end = parseTimeOfDay(endTime);
  if (start === null || end === null || start === end) return null;
  return end > start ? end - start : end + MINUTES_PER_DAY - start;
}

/** True when a session ends after midnight. */
export function endsNextDay(startTime: string, endTime: string): boolean {
  const start = parseTimeOfDay(startTime);
  const end = parseTimeOfDay(endTime);
  return start !== null && end !== null && end < start;
}

// ------------------------------------------------------------------ weekly sessions

function weeklyInterval(s: SessionCandidate): [number, number] | null {
  const start = parseTimeOfDay(s.startTime);
  const length = sessionMinutes(s.startTime, s.endTime);
  if (start === null || length === null || s.dayOfWeek < 1 || s.dayOfWeek > 7) return null;
  const from = (s.dayOfWeek - 1) * MINUTES_PER_DAY + start;
  return [from, from + length];
}

function validityOverlaps(a: SessionCandidate, b: SessionCandidate): boolean {
  const aFrom = dayOf(a.validFrom) ?? -Infinity;
  const aUntil = dayOf(a.validUntil) ?? Infinity;
  const bFrom = dayOf(b.validFrom) ?? -Infinity;
  const bUntil = dayOf(b.validUntil) ?? Infinity;
  return aFrom <= bUntil && bFrom <= aUntil;
}

/** Do two weekly sessions share any minute of the week (on the week's circle, so Sunday night meets Monday)? */
export function sessionsOverlap(a: SessionCandidate, b: SessionCandidate): boolean {
  const ia = weeklyInterval(a);
  const ib = weeklyInterval(b);
  if (!ia || !ib || !validityOverlaps(a, b)) return false;
  for (const shift of [-MINUTES_PER_WEEK, 0, MINUTES_PER_WEEK]) {
    if (ia[0] < ib[1] + shift && ib[0] + shift < ia[1]) return true;
  }
  return false;
}

/**
 * Checks a weekly session (new or changed) against the café's other sessions.
 * `existing` may include the session itself (matched by id); it is skipped. With `today` (London,
 * "YYYY-MM-DD"), "valid from" and "valid until" must lie within the plausible range (MAX_DAYS_BACK before
 * to MAX_DAYS_AHEAD after today); a date the session already had is kept as it is.
 */
export function validateSession(
  candidate: SessionCandidate,
  existing: readonly SessionCandidate[],
  context: { today?: string } = {},
): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  if (!Number.isInteger(candidate.dayOfWeek) || candidate.dayOfWeek < 1 || candidate.dayOfWeek > 7) {
    problems.push({ field: "dayOfWeek", code: "invalidDay" });
  }
  const start = parseTimeOfDay(candidate.startTime);
  const end = parseTimeOfDay(candidate.endTime);
  if (start === null) problems.push({ field: "startTime", code: "invalidTime" });
  if (end === null) problems.push({ field: "endTime", code: "invalidTime" });
  if (start !== null && end !== null && start === end) problems.push({ field: "endTime", code: "endEqualsStart" });

  const from = candidate.validFrom ? dayOf(candidate.validFrom) : undefined;
  const until = candidate.validUntil ? dayOf(candidate.validUntil) : undefined;
  if (from === null) problems.push({ field: "validFrom", code: "invalidDate" });
  if (until === null) problems.push({ field: "validUntil", code: "invalidDate" });
  if (typeof from === "number" && typeof until === "number" && until < from) {
    problems.push({ field: "validUntil", code: "datesWrongOrder" });
  }
  const today = context.today === undefined ? null : dayOf(context.today);
  if (context.today !== undefined && today === null) throw new Error(`Not a date: ${context.today}`);
  if (today !== null) {
    const stored = candidate.id ? existing.find((other) => other.id === candidate.id) : undefined;
    for (const [field, day] of [["validFrom", from], ["validUntil", until]] as const) {
      if (typeof day !== "number" || stored?.[field] === candidate[field]) continue;
      if (day > today + MAX_DAYS_AHEAD) problems.push({ field, code: "tooFarAhead" });
      else if (day < today - MAX_DAYS_BACK) problems.push({ field, code: "tooFarBack" });
    }
  }
  if (problems.length) return problems;

  const clash = existing.find((other) => !(candidate.id && other.id === candidate.id) && sessionsOverlap(candidate, other));
  if (clash) {
    problems.push({
      field: "startTime",
      code: "overlap",
      clash: { dayOfWeek: clash.dayOfWeek, startTime: clash.startTime, endTime: clash.endTime },
    });
  }
  return problems;
}

// ------------------------------------------------------------------ exceptions

export type ExceptionContext = {
  /** Today in London, "YYYY-MM-DD". */
  today: string;
  /** The café's weekly sessions, to keep an extra session from clashing with them. */
  sessions?: readonly SessionCandidate[];
  /** The café's other exceptions, to keep extra sessions and changed hours from clashing with each other. */
  exceptions?: readonly ExceptionCandidate[];
  /** Bank-holiday dates ("YYYY-MM-DD"), required for the bank-holiday kinds. */
  bankHolidays?: readonly string[];
};

/** Weekly sessions' occurrences that touch day `day` (days since epoch), as absolute minute intervals. */
function occurrencesAround(day: number, sessions: readonly SessionCandidate[]) {
  const result: { from: number; to: number; session: SessionCandidate; date: string; day: number }[] = [];
  for (const d of [day - 1, day, day + 1]) {
    const date = dateOfDayNumber(d);
    const dow = weekdayOfDayNumber(d);
    for (const s of sessions) {
      if (s.dayOfWeek !== dow) continue;
      const fromDay = dayOf(s.validFrom) ?? -Infinity;
      const untilDay = dayOf(s.validUntil) ?? Infinity;
      if (d < fromDay || d > untilDay) continue;
      const start = parseTimeOfDay(s.startTime);
      const length = sessionMinutes(s.startTime, s.endTime);
      if (start === null || length === null) continue;
      const from = d * MINUTES_PER_DAY + start;
      result.push({ from, to: from + length, session: s, date, day: d });
    }
  }
  return result;
}

function exceptionInterval(e: ExceptionCandidate): [number, number] | null {
  const day = dayOf(e.startDate);
  const start = parseTimeOfDay(e.startTime);
  const length = e.startTime && e.endTime ? sessionMinutes(e.startTime, e.endTime) : null;
  if (day === null || start === null || length === null) return null;
  const from = day * MINUTES_PER_DAY + start;
  return [from, from + length];
}

export function validateException(candidate: ExceptionCandidate, context: ExceptionContext): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const today = dayOf(context.today);
  if (today === null) throw new Error(`Not a date: ${context.today}`);
  const start = dayOf(candidate.startDate);
  const end = dayOf(candidate.endDate);
  if (start === null) problems.push({ field: "startDate", code: "invalidDate" });
  if (end === null) problems.push({ field: "endDate", code: "invalidDate" });

  if (start !== null && end !== null) {
    if (end < start) problems.push({ field: "endDate", code: "datesWrongOrder" });
    if (start > today + MAX_DAYS_AHEAD) problems.push({ field: "startDate", code: "tooFarAhead" });
    else if (end > today + MAX_DAYS_AHEAD) problems.push({ field: "endDate", code: "tooFarAhead" });
    if (start < today - MAX_DAYS_BACK) problems.push({ field: "startDate", code: "tooFarBack" });
    if (end >= start && end - start + 1 > MAX_RANGE_DAYS) problems.push({ field: "endDate", code: "rangeTooLong" });
  }

  const timed = candidate.kind === "hours" || candidate.kind === "extra";
  if (timed) {
    const s = parseTimeOfDay(candidate.startTime);
    const e = parseTimeOfDay(candidate.endTime);
    if (s === null) problems.push({ field: "startTime", code: "invalidTime" });
    if (e === null) problems.push({ field: "endTime", code: "invalidTime" });
    if (s !== null && e !== null && s === e) problems.push({ field: "endTime", code: "endEqualsStart" });
  }

  if ((candidate.kind === "bank-holiday-open" || candidate.kind === "bank-holiday-closed") && start !== null) {
    if (!(context.bankHolidays ?? []).includes(candidate.startDate) || candidate.endDate !== candidate.startDate) {
      problems.push({ field: "startDate", code: "notBankHoliday" });
    }
  }
  if (problems.length) return problems;

  if (candidate.kind === "closed") {
    // A closure over days already closed says nothing new, and would list the same closure twice.
    for (const other of context.exceptions ?? []) {
      if (other.kind !== "closed" || (candidate.id && other.id === candidate.id)) continue;
      const oStart = dayOf(other.startDate);
      const oEnd = dayOf(other.endDate) ?? oStart;
      if (oStart === null || oEnd === null) continue;
      if (oStart <= end! && start! <= oEnd) {
        return [{ field: "startDate", code: "overlapClosure", closure: { startDate: other.startDate, endDate: other.endDate } }];
      }
    }
  }

  if (timed) {
    const mine = exceptionInterval(candidate);
    if (mine) {
      // Other extra sessions or changed hours on the same date (ranges of changed hours count on every date).
      for (const other of context.exceptions ?? []) {
        if (candidate.id && other.id === candidate.id) continue;
        if (other.kind !== "extra" && other.kind !== "hours") continue;
        const oStart = dayOf(other.startDate);
        const oEnd = dayOf(other.endDate) ?? oStart;
        if (oStart === null || oEnd === null) continue;
        for (let d = Math.max(oStart, start! - 1); d <= Math.min(oEnd, start! + 1); d++) {
          const interval = exceptionInterval({ ...other, startDate: dateOfDayNumber(d) });
          if (interval && mine[0] < interval[1] && interval[0] < mine[1]) {
            return [
              {
                field: "startTime",
                code: "overlapExtra",
                clash: { dayOfWeek: weekdayOfDayNumber(d), startTime: other.startTime ?? "", endTime: other.endTime ?? "", date: dateOfDayNumber(d) },
              },
            ];
          }
        }
      }
      // Neither may clash with the usual weekly sessions, including one running on past midnight from the
      // day before, or (past midnight) the next day's. Days whose hours are changed keep none of their
      // usual sessions: the candidate's own day when it changes the hours, and any other changed day.
      const replaced = new Set<number>(candidate.kind === "hours" ? [start!] : []);
      for (const other of context.exceptions ?? []) {
        if (other.kind !== "hours" || (candidate.id && other.id === candidate.id)) continue;
        const oStart = dayOf(other.startDate);
        const oEnd = dayOf(other.endDate) ?? oStart;
        if (oStart === null || oEnd === null) continue;
        for (let d = Math.max(oStart, start! - 1); d <= Math.min(oEnd, start! + 1); d++) replaced.add(d);
      }
      for (const occurrence of occurrencesAround(start!, context.sessions ?? [])) {
        if (replaced.has(occurrence.day)) continue;
        if (mine[0] < occurrence.to && occurrence.from < mine[1]) {
          return [
            {
              field: "startTime",
              code: "overlap",
              clash: {
                dayOfWeek: occurrence.session.dayOfWeek,
                startTime: occurrence.session.startTime,
                endTime: occurrence.session.endTime,
                date: occurrence.date,
              },
            },
          ];
        }
      }
    }
  }
  return problems;
}
