/**
 * Dates and times in a language other than English, through Intl, always in London time (English keeps
 * the catalogue's own forms: "4pm", "Wednesday 6 January"; see app/lib/dates.ts). Formatters are slow to
 * make: one per language and form, cached.
 */
import { localeInfo, type Locale } from "./locales";

const LONDON = "Europe/London";

type Form = "time" | "weekday" | "weekdayShort" | "month" | "monthShort" | "dayMonth" | "dayMonthShort" | "dayDate" | "dayDateShort" | "fullDate" | "date" | "dateTime";

const OPTIONS: Record<Form, Intl.DateTimeFormatOptions> = {
  time: { hour: "numeric", minute: "2-digit" },
  weekday: { weekday: "long" },
  weekdayShort: { weekday: "short" },
  month: { month: "long" },
  monthShort: { month: "short" },
  dayMonth: { day: "numeric", month: "long" },
  dayMonthShort: { day: "numeric", month: "short" },
  dayDate: { weekday: "long", day: "numeric", month: "long" },
  dayDateShort: { weekday: "short", day: "numeric", month: "short" },
  fullDate: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  date: { day: "numeric", month: "long", year: "numeric" },
  dateTime: { day: "numeric", month: "long", year: "numeric", hour: "numeric", minute: "2-digit" },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, form: Form): Intl.DateTimeFormat {
  const key = `${locale} ${form}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(localeInfo(locale).tag, { ...OPTIONS[form], timeZone: LONDON });
    formatters.set(key, made);
  }
  return made;
}

/** A calendar date's noon in London (UTC noon is within the same London day all year). */
function noonOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day, 12);
}

/** A calendar date ("YYYY-MM-DD" parts) in a form. */
export function intlDate(locale: Locale, form: Exclude<Form, "time" | "dateTime">, year: number, month: number, day: number): string {
  return formatter(locale, form).format(noonOf(year, month, day));
}

/** An ISO weekday's name (1 = Monday): 5 January 2026 was a Monday. */
export function intlWeekday(locale: Locale, weekday: number, short = false): string {
  return formatter(locale, short ? "weekdayShort" : "weekday").format(noonOf(2026, 1, 4 + weekday));
}

/** A month's name (1 = January). */
export function intlMonth(locale: Locale, month: number, short = false): string {
  return formatter(locale, short ? "monthShort" : "month").format(noonOf(2026, month, 15));
}

/** A wall-clock time in London ("HH:MM" as minutes since midnight), e.g. Polish "16:00", Gujarati "4:00 PM". */
export function intlClock(locale: Locale, minutesOfDay: number): string {
  // A winter day: London's wall clock is UTC's, so the minutes are shown as they are.
  return formatter(locale, "time").format(Date.UTC(2026, 0, 5, 0, minutesOfDay));
}

/** An instant's London time, date, or both. */
export function intlInstant(locale: Locale, form: "time" | "date" | "dateTime", ms: number): string {
  return formatter(locale, form).format(ms);
}
