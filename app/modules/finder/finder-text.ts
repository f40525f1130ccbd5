/**
 * The finder's words about bank holidays, for the results: the note on a café listed for a usual session
 * its team has not confirmed, and the day the results' bank holiday falls on. Pure.
 */
import { t } from "~/lib/i18n";
import { formatDayDate } from "~/lib/dates";
import { intervalRange, type OpenInterval } from "~/modules/schedule";

/** "Monday 28 December is a bank holiday: the usual session (6pm–9pm) is not confirmed — check before travelling." */
export function bankHolidayNoteText(session: OpenInterval, today: string): string {
  const range = intervalRange(session);
  return session.date === today ? t("finder.result.bankHolidayToday", { range }) : t("finder.result.bankHolidayOn", { day: formatDayDate(session.date), range });
}

/** The day of the results' bank holiday: "today", or "Monday 28 December". */
export function bankHolidayDayText(date: string, today: string): string {
  return date === today ? t("hours.today") : formatDayDate(date);
}
