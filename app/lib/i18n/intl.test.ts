import { afterEach, describe, expect, it } from "vitest";
import { formatClock, formatDayDate, formatFullDate, formatInstant, formatInstantTime, weekdayName } from "../dates";
import { t } from "./index";
import { DEFAULT_LOCALE, type Locale } from "./locales";
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
