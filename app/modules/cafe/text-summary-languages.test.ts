import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { cafeTextSummary, SUMMARY_CHANGES_DAYS, TEXT_SUMMARY_MAX } from "./text-summary";
import { DEFAULT_LOCALE, LOCALES, setClientLocale, type Locale } from "~/lib/i18n";
import "~/lib/i18n/messages.server";
import { serviceTextSummary, SERVICE_SUMMARY_MAX } from "~/modules/partners";
import { upcomingChanges, type ScheduleExceptionRule } from "~/modules/schedule";

/**
 * The text summaries stay within 300 characters in every language, whatever a café or service holds: the
 * fallbacks measure the text in the language (a longer translation of "Drop in" or of a change takes room
 * from the hours, never from the limit), and the page's address is never cut.
 */
afterEach(() => setClientLocale(DEFAULT_LOCALE, null));

function inLocale<T>(locale: Locale, run: () => T): T {
  setClientLocale(locale, null);
  try {
    return run();
  } finally {
    setClientLocale(DEFAULT_LOCALE, null);
  }
}

const CODES = LOCALES.map((l) => l.code);
const cafeUrl = (code: Locale) => `https://cafes.example.org${code === "en" ? "" : `/${code}`}/cafes/a-long-cafe-name-for-the-address`;
const text = (max: number) => fc.string({ maxLength: max });
const session = fc.record({
  dayOfWeek: fc.integer({ min: 1, max: 7 }),
  startTime: fc.constantFrom("09:00", "12:00", "17:30", "20:00"),
  endTime: fc.constantFrom("11:00", "16:00", "21:00", "02:00"),
  label: fc.option(fc.string({ minLength: 1, maxLength: 60 })),
});
const exception = fc.record({
  kind: fc.constantFrom("closed", "hours", "extra"),
  startDay: fc.integer({ min: 26, max: 30 }),
  days: fc.integer({ min: 0, max: 3 }),
  label: fc.option(fc.string({ minLength: 1, maxLength: 60 })),
});

describe("text summaries in every language", () => {
  it.each(CODES)("a café's summary in %s stays within 300 characters for any café, its address whole", (code) => {
    fc.assert(
      fc.property(
        fc.record({
          name: fc.string({ minLength: 1, maxLength: 120 }),
          venueName: fc.option(text(120)),
          addressLine1: text(120),
          town: text(40),
          postcode: fc.constantFrom("LE1 1HL", "LE15 6LU", ""),
          phone: fc.option(text(20)),
          sessions: fc.array(session, { maxLength: 10 }),
          exceptions: fc.array(exception, { maxLength: 4 }),
          demo: fc.boolean(),
          notice: fc.option(fc.constantFrom("paused", "closed")),
        }),
        ({ exceptions, notice, ...input }) => {
          const asOf = "2026-11-25";
          const rules = exceptions.map(
            (e): ScheduleExceptionRule => ({
              kind: e.kind,
              startDate: `2026-11-${e.startDay}`,
              endDate: e.kind === "closed" ? `2026-11-${Math.min(30, e.startDay + e.days)}` : `2026-11-${e.startDay}`,
              startTime: e.kind === "closed" ? null : "18:00",
              endTime: e.kind === "closed" ? null : "20:30",
              label: e.label,
            }),
          );
          const summary = inLocale(code, () =>
            cafeTextSummary({
              ...input,
              url: cafeUrl(code),
              asOf,
              changes: upcomingChanges({ sessions: input.sessions, exceptions: rules }, asOf, SUMMARY_CHANGES_DAYS),
              notice: notice ? `${notice}: not running at the moment` : null,
            }),
          );
          expect(summary.length).toBeLessThanOrEqual(TEXT_SUMMARY_MAX);
          expect(summary.endsWith(cafeUrl(code))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it.each(CODES)("a partner service's summary in %s stays within 300 characters, its address whole", (code) => {
    const url = `https://cafes.example.org${code === "en" ? "" : `/${code}`}/partners/a-long-organisation-name`;
    fc.assert(
      fc.property(
        fc.record({
          name: fc.string({ minLength: 1, maxLength: 120 }),
          organisation: fc.string({ minLength: 1, maxLength: 120 }),
          access: fc.constantFrom("drop-in", "self-referral", "referral", "remote"),
          location: fc.option(
            fc.record({
              name: text(120),
              postcode: fc.constantFrom("LE1 1HL", "LE15 6LU"),
              byAppointment: fc.boolean(),
              sessions: fc.array(session, { maxLength: 10 }),
            }),
          ),
          areas: fc.array(text(40), { maxLength: 8 }),
          phone: fc.option(fc.constantFrom("0116 496 0101", "0800 123 4567 (free, 24 hours)")),
          demo: fc.boolean(),
        }),
        (input) => {
          const summary = inLocale(code, () => serviceTextSummary({ ...input, url }));
          expect(summary.length).toBeLessThanOrEqual(SERVICE_SUMMARY_MAX);
          expect(summary.endsWith(url)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
