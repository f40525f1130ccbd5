/**
 * Words for the management pages: sessions, exceptions, and the schedule rules' problems as messages
 * next to the right field. Everything goes through t(); dates and times are written by ~/lib/dates.
 */
import { formatTimeRange } from "~/modules/schedule";
import { endsNextDay, type ScheduleProblem } from "~/modules/schedule";
import { formatFullDate, weekdayName } from "~/lib/dates";
import { t, type MessageKey } from "~/lib/i18n";

/** "today", "yesterday", "12 days ago" */
export function daysAgo(days: number): string {
  if (days <= 0) return t("manage.ago.today");
  if (days === 1) return t("manage.ago.yesterday");
  return t("manage.ago.days", { days });
}

/** "6pm to 2am (ends the next day)" */
export function sessionTimes(startTime: string, endTime: string): string {
  const range = formatTimeRange(startTime, endTime);
  return endsNextDay(startTime, endTime) || (endTime === "00:00" && startTime !== "00:00")
    ? t("manage.session.rangeNextDay", { range })
    : range;
}

/** "Wednesday 6pm–10pm" */
export function describeSession(s: { dayOfWeek: number; startTime: string; endTime: string }): string {
  return t("manage.session.describe", { day: weekdayName(s.dayOfWeek), times: sessionTimes(s.startTime, s.endTime) });
}

/** "From 1 March 2027", "Until 28 February 2027", "1 Nov 2026 to 28 Feb 2027", or "" for always. */
export function validityText(validFrom: string | null | undefined, validUntil: string | null | undefined): string {
  if (validFrom && validUntil) return t("manage.session.validBetween", { from: formatFullDate(validFrom), until: formatFullDate(validUntil) });
  if (validFrom) return t("manage.session.validFrom", { from: formatFullDate(validFrom) });
  if (validUntil) return t("manage.session.validUntil", { until: formatFullDate(validUntil) });
  return "";
}

export function exceptionKindLabel(kind: string): string {
  switch (kind) {
    case "closed":
    case "hours":
    case "extra":
    case "bank-holiday-open":
    case "bank-holiday-closed":
      return t(`manage.exception.kind.${kind}`);
    default:
      return kind;
  }
}

/** "Closed 24 December 2026 to 2 January 2027: Christmas" and the like. */
export function describeException(e: {
  kind: string;
  startDate: string;
  endDate: string;
  startTime?: string | null;
  endTime?: string | null;
  reason?: string | null;
}): string {
  const dates =
    e.startDate === e.endDate
      ? formatFullDate(e.startDate)
      : t("manage.exception.dateRange", { from: formatFullDate(e.startDate), until: formatFullDate(e.endDate) });
  const times = e.startTime && e.endTime ? sessionTimes(e.startTime, e.endTime) : "";
  const base = t("manage.exception.describe", { kind: exceptionKindLabel(e.kind), dates });
  const withTimes = times ? t("manage.exception.describeTimes", { base, times }) : base;
  return e.reason ? t("manage.exception.describeReason", { base: withTimes, reason: e.reason }) : withTimes;
}

/** The message for a schedule problem, worded for the field it sits next to. */
export function problemMessage(problem: ScheduleProblem): string {
  const clash = problem.clash;
  switch (problem.code) {
    case "overlap":
      if (!clash) return t("manage.error.overlapPlain");
      return clash.date
        ? t("manage.error.overlapOnDate", { date: formatFullDate(clash.date), session: describeSession(clash) })
        : t("manage.error.overlap", { session: describeSession(clash) });
    case "overlapExtra":
      return clash?.date
        ? t("manage.error.overlapExtra", { date: formatFullDate(clash.date), times: sessionTimes(clash.startTime, clash.endTime) })
        : t("manage.error.overlapPlain");
    case "overlapClosure":
      if (!problem.closure) return t("manage.error.overlapPlain");
      return problem.closure.startDate === problem.closure.endDate
        ? t("manage.error.overlapClosureDay", { date: formatFullDate(problem.closure.startDate) })
        : t("manage.error.overlapClosureRange", { from: formatFullDate(problem.closure.startDate), until: formatFullDate(problem.closure.endDate) });
    case "datesWrongOrder":
      return problem.field === "validUntil" ? t("manage.error.validityWrongOrder") : t("manage.error.datesWrongOrder");
    default:
      return t(`manage.error.${problem.code}` as MessageKey);
  }
}

/** Field → message, the first problem per field (the shape forms expect). */
export function problemsToErrors(problems: readonly ScheduleProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const p of problems) errors[p.field] ??= problemMessage(p);
  return errors;
}
