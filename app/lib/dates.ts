/**
 * Dates and times in words, always in London time whatever the server's or the browser's zone, so that
 * both render the same text. Calendar dates are "YYYY-MM-DD" (./london-time.ts); instants are `Date`s or
 * ISO strings (as loader data carries them). Words come from the catalogue ("hours.*", "time.*", "date.*").
 *
 * | function            | gives                           | from                     |
 * | ------------------- | ------------------------------- | ------------------------ |
 * | weekdayName         | "Monday"                        | ISO weekday (1 = Monday) |
 * | shortWeekdayName    | "Mon"                           | ISO weekday              |
 * | formatDayMonth      | "2 January"                     | "YYYY-MM-DD"             |
 * | formatShortDayMonth | "2 Jan"                         | "YYYY-MM-DD"             |
 * | formatDayDate       | "Friday 2 January"              | "YYYY-MM-DD"             |
 * | formatShortDayDate  | "Fri 2 Jan"                     | "YYYY-MM-DD"             |
 * | formatFullDate      | "Friday 2 January 2026"         | "YYYY-MM-DD"             |
 * | formatClock         | "5pm", "5:30pm", "midday"       | "HH:MM" or minutes       |
 * | formatInstantTime   | "9pm"                           | an instant               |
 * | formatInstantDate   | "25 November 2026"              | an instant               |
 * | formatInstant       | "25 November 2026 at 6:30pm"    | an instant               |
 * | formatDateTime      | "25 Nov 2026, 18:30"            | an instant (staff tables)|
 *
 * A text that is not a date is given back as it is; an empty value gives "".
 * In a language other than English (the current one: app/lib/i18n/state.ts) they come from Intl in that
 * language, still in London time (./i18n/intl.ts); English keeps the forms above exactly.
 */
import { currentLocale, t, type MessageKey } from "./i18n";
import { intlClock, intlDate, intlInstant, intlMonth, intlWeekday } from "./i18n/intl";
import {
  LONDON_TIME_ZONE,
  MINUTES_PER_DAY,
  civilOfDayNumber,
  dayNumber,
  londonDayNumber,
  londonMinuteOfDay,
  parseTime,
  weekdayOfDayNumber,
} from "./london-time";

type Instant = Date | string;

// ---------------------------------------------------------------------------------------------------------
// Calendar dates

/** "Monday" … "Sunday" for an ISO weekday (1 = Monday). */
export function weekdayName(weekday: number): string {
  const locale = currentLocale();
  if (locale !== "en") return intlWeekday(locale, weekday);
  return t(`hours.weekday.${weekday}` as MessageKey);
}

/** "Mon" … "Sun" for an ISO weekday. */
export function shortWeekdayName(weekday: number): string {
  const locale = currentLocale();
  if (locale !== "en") return intlWeekday(locale, weekday, true);
  return t(`hours.weekdayShort.${weekday}` as MessageKey);
}

const monthName = (month: number) => {
  const locale = currentLocale();
  return locale === "en" ? t(`hours.month.${month}` as MessageKey) : intlMonth(locale, month);
};
const shortMonthName = (month: number) => {
  const locale = currentLocale();
  return locale === "en" ? t(`hours.monthShort.${month}` as MessageKey) : intlMonth(locale, month, true);
};

/** The date in a language other than English through Intl, or null for English. */
function intlDateOf(n: number, form: Parameters<typeof intlDate>[1]): string | null {
  const locale = currentLocale();
  if (locale === "en") return null;
  const { year, month, day } = civilOfDayNumber(n);
  return intlDate(locale, form, year, month, day);
}

/** The day number of a "YYYY-MM-DD" date, or null when the text is not one. */
function dayOf(date: string | null | undefined): number | null {
  if (!date) return null;
  const n = dayNumber(date);
  return Number.isNaN(n) ? null : n;
}

/** "2 January" for "YYYY-MM-DD". */
export function formatDayMonth(date: string): string {
  const n = dayOf(date);
  if (n === null) return date;
  const other = intlDateOf(n, "dayMonth");
  if (other !== null) return other;
  const { day, month } = civilOfDayNumber(n);
  return t("hours.dayMonth", { day, month: monthName(month) });
}

/** "2 Jan" for "YYYY-MM-DD". */
export function formatShortDayMonth(date: string): string {
  const n = dayOf(date);
  if (n === null) return date;
  const other = intlDateOf(n, "dayMonthShort");
  if (other !== null) return other;
  const { day, month } = civilOfDayNumber(n);
  return t("hours.dayMonth", { day, month: shortMonthName(month) });
}

/** "Friday 2 January" for "YYYY-MM-DD". */
export function formatDayDate(date: string): string {
  const n = dayOf(date);
  if (n === null) return date;
  const other = intlDateOf(n, "dayDate");
  if (other !== null) return other;
  const { day, month } = civilOfDayNumber(n);
  return t("hours.dayDate", { weekday: weekdayName(weekdayOfDayNumber(n)), day, month: monthName(month) });
}

/** "Fri 2 Jan" for "YYYY-MM-DD". */
export function formatShortDayDate(date: string): string {
  const n = dayOf(date);
  if (n === null) return date;
  const other = intlDateOf(n, "dayDateShort");
  if (other !== null) return other;
  const { day, month } = civilOfDayNumber(n);
  return t("hours.dayDateShort", { weekday: shortWeekdayName(weekdayOfDayNumber(n)), day, month: shortMonthName(month) });
}

/** "Thursday 24 December 2026" for "YYYY-MM-DD"; "" for none. */
export function formatFullDate(date: string | null | undefined): string {
  if (!date) return "";
  const n = dayOf(date);
  if (n === null) return date;
  const other = intlDateOf(n, "fullDate");
  if (other !== null) return other;
  return t("date.withYear", { date: formatDayDate(date), year: date.slice(0, 4) });
}

// ---------------------------------------------------------------------------------------------------------
// Times of day

/** "5pm", "5:30pm", "12:30am", "midday", "midnight" from "HH:MM" or minutes since midnight. */
export function formatClock(time: string | number): string {
  const parsed = typeof time === "number" ? time : parseTime(time);
  if (parsed === null) return time as string;
  const minutes = ((parsed % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const locale = currentLocale();
  if (locale !== "en") return intlClock(locale, minutes);
  if (minutes === 0) return t("time.midnight");
  if (minutes === 720) return t("time.midday");
  const hour24 = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const hour = hour24 % 12 === 0 ? 12 : hour24 % 12;
  const suffix = hour24 < 12 ? t("time.am") : t("time.pm");
  return minute === 0
    ? t("hours.timeOnTheHour", { hour, suffix })
    : t("hours.timeWithMinutes", { hour, minutes: String(minute).padStart(2, "0"), suffix });
}

// ---------------------------------------------------------------------------------------------------------
// Instants

function instantMs(value: Instant): number {
  return typeof value === "string" ? Date.parse(value) : value.getTime();
}

/** The London time of an instant, in words ("9pm"). */
export function formatInstantTime(instant: Instant): string {
  return formatClock(londonMinuteOfDay(instantMs(instant)));
}

/** "25 November 2026": the London date of an instant; "" for none. */
export function formatInstantDate(value: Instant | null | undefined): string {
  if (!value) return "";
  const ms = instantMs(value);
  if (Number.isNaN(ms)) return String(value);
  const locale = currentLocale();
  if (locale !== "en") return intlInstant(locale, "date", ms);
  const { day, month, year } = civilOfDayNumber(londonDayNumber(ms));
  return t("date.withYear", { date: t("hours.dayMonth", { day, month: monthName(month) }), year });
}

/** "24 December 2026 at 6:30pm", in London time; "" for none. */
export function formatInstant(value: Instant | null | undefined): string {
  if (!value) return "";
  const ms = instantMs(value);
  if (Number.isNaN(ms)) return String(value);
  const locale = currentLocale();
  if (locale !== "en") return intlInstant(locale, "dateTime", ms);
  return t("date.instant", { date: formatInstantDate(value), time: formatInstantTime(value) });
}

/** Staff tables' compact form, "25 Nov 2026, 18:30" (made once: a formatter is slow to make). */
const dateTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON_TIME_ZONE,
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** "25 Nov 2026, 18:30" for an instant, in London time; "" for none. */
export function formatDateTime(value: Instant | null | undefined): string {
  if (!value) return "";
  const ms = instantMs(value);
  return Number.isNaN(ms) ? String(value) : dateTime.format(ms);
}
