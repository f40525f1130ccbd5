/**
 * The dated changes to a café's usual week over the coming months, for the café page's "Upcoming changes"
 * list and the text-message summary: closures (a run of closed days is one change, with its public
 * reason), changed hours, extra sessions, bank holidays (the team's "open as usual" answer, or no answer
 * on a day the café usually opens: "check before travelling"), and seasonal weekly sessions starting or
 * ending (a session's `validFrom`/`validUntil`: its first and last occurrence). A "closed" answer for a bank
 * holiday is a closure naming the holiday. Pure: no I/O, no clock.
 *
 * Built on `weekPlan` (./week-plan.ts), so the list says exactly what the week tables say.
 */
import { t } from "~/lib/i18n";
import { addDays, dateOfDayNumber, dayNumber, isValidDate, parseTime, weekdayOfDayNumber } from "~/lib/london-time";
import { formatDayDate, weekdayName } from "~/lib/dates";
import type { OpenInterval, Schedule, WeeklySessionRule } from "./opening-hours";
import { closedFurtherNoticeText, closedText, formatTimeRange } from "./opening-text";
import { weekPlan } from "./week-plan";

/** How far ahead the café page lists changes (and its JSON-LD gives special opening hours): six months. */
export const UPCOMING_CHANGES_DAYS = 183;

/** At most this many changes are listed; the rest are left for later. */
export const UPCOMING_CHANGES_LIMIT = 40;

/**
 * A session's times as written ("HH:MM"), with its offer's title; `sessionId` (a weekly session) or
 * `exceptionId` (changed hours) say which session it is, when known, so a page can name its offer in its own words.
 */
export type SessionTimes = { startTime: string; endTime: string; label: string | null; sessionId?: string; exceptionId?: string };

export type UpcomingChange =
  /** Closed from `startDate` to `endDate` (inclusive). `cancelsSessions`: a usual session falls in the run. */
  | {
      kind: "closed";
      startDate: string;
      endDate: string;
      reason: string | null;
      /** The bank holiday's name, when the team answered "closed" for it */
      bankHoliday: string | null;
      cancelsSessions: boolean;
    }
  /** The day's usual sessions are replaced by `sessions` (none: closed that day). */
  | { kind: "hours"; date: string; reason: string | null; sessions: SessionTimes[]; usual: SessionTimes[]; bankHoliday: string | null }
  /** A one-off session added to the day (`exceptionId`: the exception that adds it, when known). */
  | { kind: "extra"; date: string; startTime: string; endTime: string; label: string | null; reason: string | null; exceptionId?: string }
  /** A bank holiday the team said the café opens as usual. */
  | { kind: "bank-holiday-open"; date: string; name: string; sessions: SessionTimes[] }
  /** A bank holiday the café usually opens on, and the team has not said: check before travelling. */
  | { kind: "bank-holiday-check"; date: string; name: string; usual: SessionTimes[] }
  /**
   * A seasonal weekly session: `date` is its first occurrence ("season-start") or its last ("season-end");
   * `sessionId`: the weekly session, when known.
   */
  | { kind: "season-start" | "season-end"; date: string; dayOfWeek: number; startTime: string; endTime: string; label: string | null; sessionId?: string };

export type SeasonChange = Extract<UpcomingChange, { kind: "season-start" | "season-end" }>;

/** The dates of a weekly session's first and last occurrence within its validity (null: open-ended). */
export function seasonBounds(session: WeeklySessionRule): { first: string | null; last: string | null } | null {
  if (parseTime(session.startTime) === null || parseTime(session.endTime) === null) return null;
  if (!Number.isInteger(session.dayOfWeek) || session.dayOfWeek < 1 || session.dayOfWeek > 7) return null;
  let first: number | null = null;
  let last: number | null = null;
  if (session.validFrom) {
    first = dayNumber(session.validFrom);
    if (Number.isNaN(first)) return null;
    first += (session.dayOfWeek - weekdayOfDayNumber(first) + 7) % 7;
  }
  if (session.validUntil) {
    last = dayNumber(session.validUntil);
    if (Number.isNaN(last)) return null;
    last -= (weekdayOfDayNumber(last) - session.dayOfWeek + 7) % 7;
  }
  if (first !== null && last !== null && first > last) return null; // never happens
  return { first: first === null ? null : dateOfDayNumber(first), last: last === null ? null : dateOfDayNumber(last) };
}

/** The seasonal sessions' first and last occurrences on [fromDate, endDate), in date order. */
function seasonChanges(sessions: readonly WeeklySessionRule[], fromDate: string, endDate: string): SeasonChange[] {
  const out: SeasonChange[] = [];
  for (const session of sessions) {
    const bounds = seasonBounds(session);
    if (!bounds) continue;
    const base = {
      dayOfWeek: session.dayOfWeek,
      startTime: session.startTime,
      endTime: session.endTime,
      label: session.label ?? null,
      ...(session.id !== undefined ? { sessionId: session.id } : {}),
    };
    // A first occurrence before the horizon is not news; a start today is (the session begins today).
    if (bounds.first && bounds.first >= fromDate && bounds.first < endDate) out.push({ kind: "season-start", date: bounds.first, ...base });
    if (bounds.last && bounds.last >= fromDate && bounds.last < endDate) out.push({ kind: "season-end", date: bounds.last, ...base });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || (a.kind === b.kind ? 0 : a.kind === "season-start" ? 1 : -1));
}

function times(list: readonly { startTime: string; endTime: string; label?: string | null; sessionId?: string; exceptionId?: string }[]): SessionTimes[] {
  return list.map((s) => ({
    startTime: s.startTime,
    endTime: s.endTime,
    label: s.label ?? null,
    ...(s.sessionId !== undefined ? { sessionId: s.sessionId } : {}),
    ...(s.exceptionId !== undefined ? { exceptionId: s.exceptionId } : {}),
  }));
}

/**
 * The changes to the usual week on the `days` dates from `fromDate` ("YYYY-MM-DD", usually today), in date
 * order, at most `limit` of them. A closure that began before `fromDate` is given from `fromDate`; the last
 * one, if it goes on past the horizon, with its real end.
 */
export function upcomingChanges(
  schedule: Schedule,
  fromDate: string,
  days: number = UPCOMING_CHANGES_DAYS,
  limit: number = UPCOMING_CHANGES_LIMIT,
): UpcomingChange[] {
  if (!isValidDate(fromDate)) throw new RangeError(`Invalid date: ${fromDate}`);
  const endDate = addDays(fromDate, Math.max(0, Math.floor(days)));
  const dated = datedChanges(schedule, fromDate, endDate, limit);
  const seasons = seasonChanges(schedule.sessions, fromDate, endDate);
  if (seasons.length === 0) return dated;
  // When the dated list stopped at the limit, nothing after its last date is known to be complete.
  const lastDated = dated.length >= limit ? changeDate(dated[dated.length - 1]!) : endDate;
  const merged = [...dated];
  for (const season of seasons) {
    if (season.date > lastDated) break;
    // After every dated change of the same day or earlier (a closure is dated by its first day).
    let at = merged.length;
    while (at > 0 && changeDate(merged[at - 1]!) > season.date) at -= 1;
    merged.splice(at, 0, season);
  }
  return merged.slice(0, limit);
}

function datedChanges(schedule: Schedule, fromDate: string, endDate: string, limit: number): UpcomingChange[] {
  const out: UpcomingChange[] = [];
  /** The last date of the closure that the last closed run is part of (it may go on past the horizon). */
  let closureEnd = "";
  const finish = () => {
    const last = out[out.length - 1];
    if (last?.kind === "closed" && last.endDate === addDays(endDate, -1) && closureEnd > last.endDate) last.endDate = closureEnd;
    return out;
  };
  for (let weekStart = fromDate; weekStart < endDate; weekStart = addDays(weekStart, 7)) {
    for (const day of weekPlan(schedule, weekStart).days) {
      if (day.date >= endDate) break;
      const closed = day.notes.find((note) => note.kind === "closed");
      const holiday = day.notes.find((note) => note.kind === "bank-holiday");
      if (closed) {
        const last = out[out.length - 1];
        if (
          last?.kind === "closed" &&
          last.endDate === addDays(day.date, -1) &&
          last.reason === closed.reason &&
          last.bankHoliday === closed.bankHoliday
        ) {
          last.endDate = day.date;
          last.cancelsSessions ||= day.usual.length > 0;
        } else {
          if (out.length >= limit) return out;
          out.push({
            kind: "closed",
            startDate: day.date,
            endDate: day.date,
            reason: closed.reason,
            bankHoliday: closed.bankHoliday,
            cancelsSessions: day.usual.length > 0,
          });
        }
        closureEnd = closed.endDate;
        continue;
      }
      const found: UpcomingChange[] = [];
      const hours = day.notes.find((note) => note.kind === "hours");
      const notExtra = (iv: { source: OpenInterval["source"] }) => iv.source !== "extra";
      if (hours) {
        found.push({
          kind: "hours",
          date: day.date,
          reason: hours.reason,
          sessions: times(day.intervals.filter(notExtra)),
          usual: times(day.usual),
          bankHoliday: holiday?.name ?? null,
        });
      } else if (holiday) {
        const weekly = day.intervals.filter(notExtra);
        if (weekly.some((iv) => !iv.confirmed)) {
          found.push({ kind: "bank-holiday-check", date: day.date, name: holiday.name, usual: times(day.usual) });
        } else if (weekly.length > 0) {
          found.push({ kind: "bank-holiday-open", date: day.date, name: holiday.name, sessions: times(weekly) });
        }
      }
      for (const note of day.notes) {
        if (note.kind !== "extra") continue;
        found.push({
          kind: "extra",
          date: day.date,
          startTime: note.startTime,
          endTime: note.endTime,
          label: note.label,
          reason: note.reason,
          ...(note.exceptionId !== undefined ? { exceptionId: note.exceptionId } : {}),
        });
      }
      for (const change of found) {
        if (out.length >= limit) return out;
        out.push(change);
      }
    }
  }
  return finish();
}

/** A closure this long or longer is "until further notice". */
export const FURTHER_NOTICE_DAYS = 365;

/** Whether a closure runs so long it is "until further notice". */
export function isIndefinite(change: { startDate: string; endDate: string }): boolean {
  return dayNumber(change.endDate) - dayNumber(change.startDate) >= FURTHER_NOTICE_DAYS;
}

/** The first date of a change. */
export function changeDate(change: UpcomingChange): string {
  return change.kind === "closed" ? change.startDate : change.date;
}

// ---------------------------------------------------------------------------------------------------------
// In words, for the café page

function sessionsText(list: readonly SessionTimes[]): string {
  return list
    .map((s) => {
      const range = formatTimeRange(s.startTime, s.endTime);
      return s.label ? t("hours.table.label", { range, label: s.label }) : range;
    })
    .join(", ");
}

/**
 * A change in words: `when` ("Thursday 24 December to Saturday 2 January"), `what` ("Closed for Christmas",
 * "Closed: staff training") and further lines (the reason, the usual hours).
 */
export function upcomingChangeText(change: UpcomingChange): { when: string; what: string; details: string[] } {
  switch (change.kind) {
    case "closed": {
      const reason = change.reason ?? change.bankHoliday;
      // The holiday is named unless the team's reason already names it.
      const details =
        change.reason && change.bankHoliday && !change.reason.includes(change.bankHoliday)
          ? [t("hours.upcoming.bankHoliday", { name: change.bankHoliday })]
          : [];
      if (isIndefinite(change)) {
        return {
          when: t("hours.upcoming.from", { date: formatDayDate(change.startDate) }),
          what: closedFurtherNoticeText(reason),
          details,
        };
      }
      const when =
        change.startDate === change.endDate
          ? formatDayDate(change.startDate)
          : t("hours.upcoming.range", { from: formatDayDate(change.startDate), to: formatDayDate(change.endDate) });
      return { when, what: closedText(reason), details };
    }
    case "hours": {
      const details: string[] = [];
      if (change.reason) details.push(change.reason);
      if (change.usual.length > 0) details.push(t("hours.note.usually", { hours: sessionsText(change.usual) }));
      if (change.bankHoliday) details.push(t("hours.upcoming.bankHoliday", { name: change.bankHoliday }));
      const what =
        change.sessions.length > 0 ? t("hours.upcoming.hours", { hours: sessionsText(change.sessions) }) : t("hours.upcoming.hoursNone");
      return { when: formatDayDate(change.date), what, details };
    }
    case "extra": {
      const range = formatTimeRange(change.startTime, change.endTime);
      const details = [change.label, change.reason].filter((x): x is string => !!x).filter((x, i, all) => all.indexOf(x) === i);
      return { when: formatDayDate(change.date), what: t("hours.note.extraNoReason", { range }), details };
    }
    case "bank-holiday-open":
      return {
        when: formatDayDate(change.date),
        what: t("hours.upcoming.bankHolidayOpen", { name: change.name, hours: sessionsText(change.sessions) }),
        details: [],
      };
    case "bank-holiday-check":
      return {
        when: formatDayDate(change.date),
        what: t("hours.upcoming.bankHolidayCheck", { name: change.name }),
        details: change.usual.length > 0 ? [t("hours.note.usually", { hours: sessionsText(change.usual) })] : [],
      };
    case "season-start":
    case "season-end": {
      const params = { day: weekdayName(change.dayOfWeek), range: formatTimeRange(change.startTime, change.endTime) };
      return {
        when: formatDayDate(change.date),
        what: t(change.kind === "season-start" ? "hours.upcoming.seasonStart" : "hours.upcoming.seasonEnd", params),
        details: change.label ? [change.label] : [],
      };
    }
  }
}
