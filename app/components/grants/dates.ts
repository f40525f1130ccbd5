import { londonDate, londonTime } from "~/lib/london-time";
import { t, type MessageKey } from "~/lib/i18n";

/** An instant (ISO string or Date) as "Tuesday 31 March 2027, 12:00" in Europe/London. */
export function formatLondonDateTime(instant: string | Date): string {
  const at = typeof instant === "string" ? new Date(instant) : instant;
  const [y, m, d] = londonDate(at).split("-").map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
  return t("grants.dateTime", { weekday: t(`hours.weekday.${weekday}` as MessageKey), day: d, month: t(`hours.month.${m}` as MessageKey), year: y, time: londonTime(at) });
}
