/**
 * A café's week in words: the sessions and notes of the week's table, and the usual weekly hours in a few
 * words for a text message. Every string comes from the "hours.*" catalogue through t().
 */
import { t } from "~/lib/i18n";
import { shortWeekdayName } from "~/lib/dates";
import { MINUTES_PER_DAY, parseTime } from "~/lib/london-time";
import type { OpenInterval, Schedule, WeeklySessionRule } from "./opening-hours";
import type { DayNote } from "./week-plan";
import { closedText, formatTimeRange, intervalRange } from "./opening-text";


// ---------------------------------------------------------------------------------------------------------
// The week's plan in words

/** The text of a session in the week's table: "5pm–9pm", "5pm–9pm: Women's evening", flagged if unconfirmed. */
export function planSessionText(interval: OpenInterval): string {
  const range = intervalRange(interval);
  const withLabel = interval.label ? t("hours.table.label", { range, label: interval.label }) : range;
  return interval.confirmed ? withLabel : t("hours.table.unconfirmed", { range: withLabel });
}

/** A day note in words: "Closed: staff training", "Changed hours", "Extra session 1pm–3pm: …", "Christmas Day (bank holiday)". */
export function dayNoteText(note: DayNote): string {
  switch (note.kind) {
    case "closed":
      return closedText(note.reason ?? note.bankHoliday);
    case "hours":
      return note.reason ? t("hours.note.hours", { reason: note.reason }) : t("hours.note.hoursNoReason");
    case "extra": {
      const range = formatTimeRange(note.startTime, note.endTime);
      const reason = note.reason ?? note.label;
      return reason ? t("hours.note.extra", { range, reason }) : t("hours.note.extraNoReason", { range });
    }
    case "bank-holiday":
      return t(note.check ? "hours.note.bankHolidayCheck" : "hours.note.bankHoliday", { name: note.name });
  }
}

/** "Usually 5pm–9pm" (or "Usually 10am–midday, 5pm–9pm") for a day whose sessions changed. */
export function usualHoursText(usual: readonly { startTime: string; endTime: string }[]): string {
  return t("hours.note.usually", { hours: usual.map((s) => formatTimeRange(s.startTime, s.endTime)).join(", ") });
}

// ---------------------------------------------------------------------------------------------------------
// Weekly summary for a text message

export interface WeeklySummaryOptions {
  /** Only sessions running on this date ("YYYY-MM-DD"); default: every session */
  asOf?: string;
  /** Longest result, in characters (default 300): whole days are dropped from the end, marked "…" */
  maxLength?: number;
}

/**
 * The usual week day by day, as "Wed 5pm–9pm" parts; consecutive days with the same hours are joined
 * ("Mon–Fri 5pm–9pm"). Only sessions running on `asOf` when given. `describe` words each session (default:
 * its time range).
 */
export function weeklyHoursParts<S extends WeeklySessionRule>(
  sessions: readonly S[],
  asOf: string | null | undefined,
  describe: (range: string, session: S) => string = (range) => range,
): string[] {
  const perDay: string[] = [];
  for (let weekday = 1; weekday <= 7; weekday += 1) {
    const day = sessions
      .filter((s) => s.dayOfWeek === weekday)
      .filter((s) => !asOf || ((!s.validFrom || s.validFrom <= asOf) && (!s.validUntil || s.validUntil >= asOf)))
      .map((session) => ({ session, start: parseTime(session.startTime), end: parseTime(session.endTime) }))
      .filter((s): s is { session: S; start: number; end: number } => s.start !== null && s.end !== null && s.start < MINUTES_PER_DAY)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    perDay.push(day.map((s) => describe(formatTimeRange(s.start, s.end), s.session)).join(", "));
  }
  const parts: string[] = [];
  for (let i = 0; i < 7; ) {
    const hours = perDay[i]!;
    let j = i;
    while (j + 1 < 7 && perDay[j + 1] === hours) j += 1;
    if (hours !== "") {
      const first = shortWeekdayName(i + 1);
      const days =
        j === i ? first : j === i + 1 ? `${first}, ${shortWeekdayName(j + 1)}` : `${first}–${shortWeekdayName(j + 1)}`;
      parts.push(`${days} ${hours}`);
    }
    i = j + 1;
  }
  return parts;
}

/**
 * Parts joined with "; ", dropping whole days from the end (marked "…") until the text is at most
 * `maxLength` long; the first day alone may still be longer.
 */
export function joinWeeklyParts(parts: readonly string[], maxLength: number): string {
  const kept = [...parts];
  const more = t("hours.summary.more");
  let text = kept.join("; ");
  while (text.length > maxLength && kept.length > 1) {
    kept.pop();
    text = `${kept.join("; ")}; ${more}`;
  }
  return text;
}

/**
 * The regular weekly hours in a few words: "Wed 5pm–9pm; Sat midday–4pm"; consecutive days with the same
 * hours are joined ("Mon–Fri 5pm–9pm"). Exceptions are not included (the summary is for the usual week).
 */
export function weeklyHoursSummary(schedule: Pick<Schedule, "sessions">, options: WeeklySummaryOptions = {}): string {
  const maxLength = options.maxLength ?? 300;
  const parts = weeklyHoursParts(schedule.sessions, options.asOf);
  if (parts.length === 0) return t("hours.summary.none");
  const more = t("hours.summary.more");
  const text = joinWeeklyParts(parts, maxLength);
  return text.length > maxLength ? `${text.slice(0, Math.max(0, maxLength - more.length))}${more}` : text;
}
