/**
 * The words of a café's public page and print view that are not opening states: a weekly session on one
 * line, with its group and season for a poster, and the note that replaces the hours of a café that is not
 * running. Pure.
 */
import { t } from "~/lib/i18n";
import { formatDayMonth, weekdayName } from "~/lib/dates";
import { formatTimeRange, type WeeklySessionRule } from "~/modules/schedule";

/** A weekly session on one line: "Wednesday 6pm–9pm". */
export function weeklySessionText(session: Pick<WeeklySessionRule, "dayOfWeek" | "startTime" | "endTime">): string {
  return t("finder.cafe.offerSession", { day: weekdayName(session.dayOfWeek), range: formatTimeRange(session.startTime, session.endTime) });
}

/**
 * A weekly session as a poster prints it, with its group and, for a seasonal one, its dates (a start only
 * while it is still to come): "Wednesday 5pm–9pm (Women-only evening), until 31 March".
 */
export function printedSessionText(session: WeeklySessionRule, bounds: { first: string | null; last: string | null } | null, today: string): string {
  const plain = weeklySessionText(session);
  const line = session.label ? t("finder.print.sessionWithLabel", { session: plain, label: session.label }) : plain;
  const from = bounds?.first && bounds.first > today ? formatDayMonth(bounds.first) : null;
  const until = bounds?.last ? formatDayMonth(bounds.last) : null;
  if (from && until) return t("finder.print.sessionFromUntil", { session: line, from, until });
  if (from) return t("finder.print.sessionFrom", { session: line, from });
  return until ? t("finder.print.sessionUntil", { session: line, until }) : line;
}

/** What the text summary says instead of the hours of a paused or closed café; null for an open one. */
export function notRunningNotice(status: string): string | null {
  if (status === "paused") return t("finder.summary.paused");
  return status === "closed" ? t("finder.summary.closed") : null;
}
