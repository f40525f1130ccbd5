import { afterEach, describe, expect, it } from "vitest";
import { formatClock, formatDayDate, formatFullDate, formatInstant, formatInstantTime, weekdayName } from "../dates";
import { t } from "./index";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";
import { registerMessages, setClientLocale } from "./state";

function inLocale<T>(locale: Locale, run: () => T): T {
  setClientLocale(locale, null);
  try {
    return run();
  } finally {
    setClientLocale(DEFAULT_LOCALE, null);
  }
}

afterEach(() => setClientLocale(DEFAULT_LOCALE, null));

describe("dates and times per language, in London time", () => {
  it("keep English exactly as before", () => {
    expect(formatClock("16:00")).toBe("4pm");
    expect(formatClock("17:30")).toBe("5:30pm");
    expect(formatClock("12:00")).toBe("midday");
    expect(formatDayDate("2027-01-06")).toBe("Wednesday 6 January");
    expect(weekdayName(1)).toBe("Monday");
  });

  it("use Intl in other languages", () => {
    expect(inLocale("pl", () => formatClock("16:00"))).toBe("16:00");
    expect(inLocale("pl", () => formatDayDate("2027-01-06"))).toBe("środa, 6 stycznia");
    expect(inLocale("pl", () => weekdayName(1))).toBe("poniedziałek");
    expect(inLocale("zh", () => formatFullDate("2027-01-06"))).toBe("2027年1月6日星期三");
    expect(inLocale("ar", () => formatClock("09:05"))).toBe(
      new Intl.DateTimeFormat("ar", { hour: "numeric", minute: "2-digit", timeZone: "Europe/London" }).format(Date.UTC(2026, 0, 5, 9, 5)),
    );
    expect(inLocale("gu", () => formatDayDate("2027-01-06"))).toContain("બુધવાર");
  });

  it("show an instant in London time, summer and winter alike", () => {
    // 17:30 UTC in July is 18:30 in London; in January, 17:30.
    expect(inLocale("pl", () => formatInstantTime("2026-07-01T17:30:00Z"))).toBe("18:30");
    expect(inLocale("pl", () => formatInstantTime("2026-01-05T17:30:00Z"))).toBe("17:30");
    expect(formatInstant("2026-07-01T17:30:00Z")).toBe("1 July 2026 at 6:30pm");
    expect(inLocale("pl", () => formatInstant("2026-07-01T23:30:00Z"))).toMatch(/^2 lipca 2026.*0:30$/);
  });
});

describe("t() in the current language", () => {
  it("falls back to English for a key the language lacks, and formats numbers and plurals for the language", () => {
    registerMessages("pl", { "finder.result.miles": "{miles, plural, one {# mila} few {# mile} many {# mil} other {# mili}} stąd" });
    expect(inLocale("pl", () => t("finder.result.miles", { miles: 0.4 }))).toBe("0,4 mili stąd");
    expect(inLocale("pl", () => t("finder.result.miles", { miles: 3 }))).toBe("3 mile stąd");
    expect(inLocale("pl", () => t("notFound.title"))).toBe(t("notFound.title"));
    expect(t("finder.result.miles", { miles: 0.4 })).toBe("0.4 miles away");
    registerMessages("pl", {});
  });
});

/** Each language's own digits and script, as the date and time formats should show them. */
const SCRIPTS: Record<Locale, RegExp> = {
  en: /[A-Za-z]/,
  gu: /[\u0A80-\u0AFF]/,
  pa: /[\u0A00-\u0A7F]/,
  pl: /[a-ząćęłńóśźż]/,
  ur: /[\u0600-\u06FF]/,
  bn: /[\u0980-\u09FF]/,
  zh: /[\u4E00-\u9FFF]/,
  ar: /[\u0600-\u06FF]/,
  so: /[A-Za-z]/,
};

describe("dates and times in every language, in London time", () => {
  const others = LOCALES.filter((l) => l.code !== DEFAULT_LOCALE);
  const london = (tag: string, options: Intl.DateTimeFormatOptions, ms: number) =>
    new Intl.DateTimeFormat(tag, { ...options, timeZone: "Europe/London" }).format(ms);

  it.each(others)("$code: an instant's time is London's on both sides of the clock change", ({ code, tag }) => {
    // The clocks went forward at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October 2026.
    const instants = ["2026-03-29T00:30:00Z", "2026-03-29T01:30:00Z", "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z", "2026-07-01T23:30:00Z"];
    for (const instant of instants) {
      const ms = Date.parse(instant);
      expect(inLocale(code, () => formatInstantTime(instant)), `${code} ${instant}`).toBe(london(tag, { hour: "numeric", minute: "2-digit" }, ms));
    }
    // Half past midnight UTC on 1 July is 1:30 in London, and the date is still 2 July after 23:30 UTC.
    const summer = inLocale(code, () => formatInstantTime("2026-07-01T00:30:00Z"));
    const winter = inLocale(code, () => formatInstantTime("2026-01-01T00:30:00Z"));
    expect(summer).not.toBe(winter);
    expect(inLocale(code, () => formatInstant("2026-07-01T23:30:00Z"))).toBe(
      london(tag, { day: "numeric", month: "long", year: "numeric", hour: "numeric", minute: "2-digit" }, Date.parse("2026-07-01T23:30:00Z")),
    );
  });

  it.each(others)("$code: weekdays, dates and clock times come from Intl in the language's script", ({ code, tag }) => {
    const wednesday = Date.UTC(2027, 0, 6, 12);
    expect(inLocale(code, () => weekdayName(3))).toBe(london(tag, { weekday: "long" }, wednesday));
    expect(inLocale(code, () => formatDayDate("2027-01-06"))).toBe(london(tag, { weekday: "long", day: "numeric", month: "long" }, wednesday));
    expect(inLocale(code, () => formatFullDate("2027-01-06"))).toBe(
      london(tag, { weekday: "long", day: "numeric", month: "long", year: "numeric" }, wednesday),
    );
    expect(inLocale(code, () => formatDayDate("2027-01-06"))).toMatch(SCRIPTS[code]);
    // A wall-clock time is shown as written (London's), whatever the machine's own zone.
    expect(inLocale(code, () => formatClock("16:00"))).toBe(london(tag, { hour: "numeric", minute: "2-digit" }, Date.UTC(2026, 0, 5, 16, 0)));
    expect(inLocale(code, () => formatClock("16:00"))).not.toBe(inLocale(code, () => formatClock("04:00")));
  });
});
