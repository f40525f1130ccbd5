/**
 * Opening hours in words, for the finder, the café page and the management pages: the opening state
 * (badge, headline, notes) and time ranges. Every string comes from the "hours.*" catalogue through t().
 * Times are written as the NHS does: "5pm", "5:30pm", "midday", "midnight" (formatClock, ~/lib/dates).
 * The week's plan and the weekly summary in words are in ./week-text.ts.
 */
import { t } from "~/lib/i18n";
import { formatClock, formatDayDate, formatInstantTime, weekdayName } from "~/lib/dates";
import type { ClosureNotice, OpenInterval, OpeningState } from "./opening-hours";
import { dateOfDayNumber, dayNumber, londonDayNumber, weekdayOfDayNumber } from "~/lib/london-time";

function ms(instant: Date): number {
  return instant.getTime();
}

// ---------------------------------------------------------------------------------------------------------
// Times and days

/** "5pm–9pm" from two "HH:MM" times (or minutes). */
export function formatTimeRange(start: string | number, end: string | number): string {
  return t("hours.range", { start: formatClock(start), end: formatClock(end) });
}

/** The real London times of a session ("8pm–2am"). */
export function intervalRange(interval: OpenInterval): string {
  return t("hours.range", { start: formatInstantTime(interval.start), end: formatInstantTime(interval.end) });
}

/** "today", "tomorrow", "Thursday" (within the coming week) or "Thursday 14 May". */
function relativeDay(day: number, today: number): { text: string; dated: boolean } {
  if (day === today) return { text: t("hours.today"), dated: false };
  if (day === today + 1) return { text: t("hours.tomorrow"), dated: false };
  return namedDay(day, today);
}

/** A weekday name or a dated day, capitalised as a name is: "Thursday" or "Thursday 14 May". */
function namedDay(day: number, today: number): { text: string; dated: boolean } {
  if (day > today && day < today + 7) return { text: weekdayName(weekdayOfDayNumber(day)), dated: false };
  return { text: formatDayDate(dateOfDayNumber(day)), dated: true };
}

// ---------------------------------------------------------------------------------------------------------
// The opening state in words

/** "Open now until 2am" names no day when the closing time is this close (even if after midnight). */
const TIME_ONLY_WITHIN_MS = 18 * 60 * 60 * 1000;

export type StatusTone = "open" | "closed" | "check";

/**
 * The badge: a word and a tone (the tone may pick a colour; the word carries the meaning). It agrees with
 * the headline of openingStateText: "Check first" during a session on an unanswered bank holiday, and also
 * before it starts that day ("Bank holiday today: usually opens at 8pm — check before travelling"), since
 * whether the café opens today is exactly what is unknown. A session on a later day leaves "Closed".
 */
export function openingStateBadge(state: OpeningState): { label: string; tone: StatusTone } {
  switch (state.status) {
    case "open":
      return { label: t("hours.badge.open"), tone: "open" };
    case "check":
      return { label: t("hours.badge.check"), tone: "check" };
    default:
      if (unconfirmedLaterToday(state)) return { label: t("hours.badge.check"), tone: "check" };
      return { label: t("hours.badge.closed"), tone: "closed" };
  }
}

/** Closed now, and the headline is the next session, later today, on an unanswered bank holiday. */
function unconfirmedLaterToday(state: OpeningState & { status: "closed" }): boolean {
  if (state.closure && state.closure.date === state.today) return false;
  const next = state.next;
  return next !== null && !next.confirmed && londonDayNumber(ms(next.start)) === dayNumber(state.today);
}

/**
 * A closure's reason that already says "Closed" ("Closed for Christmas and New Year"), tidied to be shown
 * alone (capitalised, without a final full stop), so the text never reads "Closed: Closed for …"; null for
 * any other reason.
 */
export function closedReason(reason: string | null | undefined): string | null {
  const text = (reason ?? "").trim().replace(/[\s.;:,]+$/, "");
  if (!/^closed\b/i.test(text)) return null;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** "Closed: {reason}", or the reason alone when it already says "Closed"; "Closed" without one. */
export function closedText(reason: string | null | undefined): string {
  const own = closedReason(reason);
  if (own) return own;
  return reason ? t("hours.note.closed", { reason }) : t("hours.note.closedNoReason");
}

/** "Closed until further notice: {reason}" ("Closed for refurbishment (until further notice)"). */
export function closedFurtherNoticeText(reason: string | null | undefined): string {
  const own = closedReason(reason);
  if (own) return t("hours.closedFurtherNoticeOwnReason", { reason: own });
  return reason ? t("hours.closedFurtherNoticeReason", { reason }) : t("hours.closedFurtherNotice");
}

/**
 * When a café closed today opens again: the next session, when it is certain (not on a bank holiday the
 * team has not answered) and comes after the closure. Null otherwise (none within the horizon, or unknown).
 */
function reopening(state: OpeningState & { status: "closed" }): { day: string; time: string } | null {
  const closure = state.closure;
  const next = state.next;
  if (!closure || closure.date !== state.today || !next || !next.confirmed) return null;
  const day = londonDayNumber(ms(next.start));
  if (day < dayNumber(closure.until)) return null;
  return { day: relativeDay(day, dayNumber(state.today)).text, time: formatInstantTime(next.start) };
}

/** The headline for a closure in force today; `reopens`: it says when the café reopens. */
function closureHeadline(closure: ClosureNotice, today: number, reopens: { day: string; time: string } | null): { text: string; reopens: boolean } {
  const text = (value: string) => ({ text: value, reopens: false });
  const reason = closure.reason ?? closure.bankHoliday;
  const own = closedReason(reason);
  const last = dayNumber(closure.lastDate);
  const until = dayNumber(closure.until);
  const mondayAfterThisWeek = today - weekdayOfDayNumber(today) + 8;
  if (last - today > 365) return text(closedFurtherNoticeText(reason));
  if (until === today + 1) {
    if (own) return text(t("hours.closedTodayOwnReason", { reason: own }));
    return text(reason ? t("hours.closedTodayReason", { reason }) : t("hours.closedToday"));
  }
  if (until === mondayAfterThisWeek) {
    if (own) return text(t("hours.closedThisWeekOwnReason", { reason: own }));
    return text(reason ? t("hours.closedThisWeekReason", { reason }) : t("hours.closedThisWeek"));
  }
  // A longer closure: when the café reopens, if that is certain; otherwise its last closed day.
  if (reopens) {
    const said = own
      ? t("hours.closedReopensOwnReason", { reason: own, ...reopens })
      : reason
        ? t("hours.closedReopensReason", { reason, ...reopens })
        : t("hours.closedReopens", reopens);
    return { text: said, reopens: true };
  }
  const date = formatDayDate(closure.lastDate);
  if (own) return text(t("hours.closedToOwnReason", { reason: own, date }));
  return text(reason ? t("hours.closedToReason", { date, reason }) : t("hours.closedTo", { date }));
}

function nextText(next: OpenInterval, today: number): string {
  const day = londonDayNumber(ms(next.start));
  const time = formatInstantTime(next.start);
  if (!next.confirmed) {
    if (day === today) return t("hours.nextCheckToday", { time });
    if (day === today + 1) return t("hours.nextCheckTomorrow", { time });
    const named = namedDay(day, today);
    return t(named.dated ? "hours.nextCheckDated" : "hours.nextCheck", { day: named.text, range: intervalRange(next) });
  }
  if (day === today) return t("hours.opensToday", { time });
  if (day === today + 1) return t("hours.opensTomorrow", { time });
  const named = namedDay(day, today);
  return t(named.dated ? "hours.nextDated" : "hours.next", { day: named.text, range: intervalRange(next) });
}

/**
 * The finder's one line for a state: "Open now until 9pm", "Opens today at 5pm", "Opens tomorrow at midday",
 * "Next: Thursday 5pm–9pm", "Closed this week: closed for refurbishment", "Closed for Christmas and New Year.
 * Reopens Wednesday 6 January at 6pm" (or, when the next session is not certain, "… (to Saturday 2 January)",
 * its last closed day), "Bank holiday — check before travelling", "No upcoming sessions".
 */
export function openingStateText(state: OpeningState): string {
  const today = dayNumber(state.today);
  switch (state.status) {
    case "open": {
      const untilMs = ms(state.until);
      const untilDay = londonDayNumber(untilMs);
      const time = formatInstantTime(state.until);
      // Within the day (or the small hours after it) the time alone is clear; further off, name the day.
      if (untilDay === today || (untilDay === today + 1 && untilMs - ms(state.at) < TIME_ONLY_WITHIN_MS)) {
        return t("hours.openUntil", { time });
      }
      return t("hours.openUntilDay", { day: relativeDay(untilDay, today).text, time });
    }
    case "check":
      return t("hours.check");
    default:
      if (state.closure && state.closure.date === state.today) return closureHeadline(state.closure, today, reopening(state)).text;
      if (!state.next) return t("hours.none");
      return nextText(state.next, today);
  }
}

/** Further lines under the headline: the usual hours on a bank holiday, a closure ahead, the next session. */
export function openingStateNotes(state: OpeningState): string[] {
  const today = dayNumber(state.today);
  switch (state.status) {
    case "open":
      return [];
    case "check": {
      const notes = [t("hours.checkUsual", { range: intervalRange(state.interval) })];
      if (state.next) notes.push(nextText(state.next, today));
      return notes;
    }
    default: {
      const notes: string[] = [];
      const closure = state.closure;
      if (closure && closure.date === state.today) {
        // The headline already says when it reopens, when that is certain.
        if (state.next && !closureHeadline(closure, today, reopening(state)).reopens) notes.push(nextText(state.next, today));
      } else if (closure) {
        const reason = closure.reason ?? closure.bankHoliday;
        const own = closedReason(reason);
        const day = relativeDay(dayNumber(closure.date), today).text;
        if (own) notes.push(t("hours.closedOnOwnReason", { day, reason: own }));
        else notes.push(reason ? t("hours.closedOnReason", { day, reason }) : t("hours.closedOn", { day }));
      }
      return notes;
    }
  }
}

/** The opening state as a status line shows it: the badge's word and tone, the headline and the notes. */
export type OpeningStatusView = { tone: StatusTone; label: string; text: string; notes: string[] };

export function openingStatusView(state: OpeningState): OpeningStatusView {
  const badge = openingStateBadge(state);
  return { tone: badge.tone, label: badge.label, text: openingStateText(state), notes: openingStateNotes(state) };
}
