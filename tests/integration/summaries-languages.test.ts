import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_CAFES } from "../../prisma/demo/cafes";
import { DEMO_PARTNER_SERVICES } from "../../prisma/demo/partners";
import { LOCALES, translate, type Locale } from "~/lib/i18n";
import { cafeTextSummary, localisedOffer, SUMMARY_CHANGES_DAYS, TEXT_SUMMARY_MAX } from "~/modules/cafe";
import { serviceTextSummary, SERVICE_SUMMARY_MAX } from "~/modules/partners";
import type { ScheduleExceptionRule } from "~/modules/schedule";
import { upcomingChanges } from "~/modules/schedule";
import { resetEnvCache } from "~/platform/env.server";
import { runWithLocale } from "~/platform/request-locale.server";
import * as cafeSummary from "~/routes/cafes.$slug_.summary[.]txt";
import * as servicePrint from "~/routes/partners.services.$slug.print";
import { asResponse } from "./auth.helpers";

/**
 * The text summaries of every demo café (/<lang>/cafes/<slug>/summary.txt) and every demo partner service
 * (on its print page), in every language: at most 300 characters, the demonstration marker first in the
 * language, the page's address in the language kept whole at the end, and words in the language's script
 * (for the languages not written in Latin letters). And for any café or service (property tests): the
 * fallbacks measure the text in the language, so a longer translation takes room from the hours, never
 * from the limit, and the page's address is never cut.
 */
type RouteFn = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => unknown;

const SCRIPTS: Partial<Record<Locale, RegExp>> = {
  gu: /[\u0A80-\u0AFF]/,
  pa: /[\u0A00-\u0A7F]/,
  ur: /[\u0600-\u06FF]/,
  bn: /[\u0980-\u09FF]/,
  zh: /[\u4E00-\u9FFF]/,
  ar: /[\u0600-\u06FF]/,
};

function prefixed(code: Locale, path: string): string {
  return code === "en" ? path : `/${code}${path}`;
}

async function call(code: Locale, fn: RouteFn, path: string, params: Record<string, string>): Promise<Response> {
  const withLang = code === "en" ? params : { ...params, lang: code };
  return runWithLocale(code, async () => {
    try {
      return asResponse(await fn({ request: new Request(`http://localhost:3000${prefixed(code, path)}`), params: withLang, context: {} }));
    } catch (thrown) {
      if (thrown instanceof Response) return thrown;
      throw thrown;
    }
  });
}

beforeAll(() => {
  process.env.FIXED_NOW = "2026-11-25T18:30:00Z";
  resetEnvCache();
});

describe("text summaries in every language", () => {
  it.each(LOCALES.map((l) => l.code))("every demo café's summary in %s fits 300 characters", async (code) => {
    const cafes = DEMO_CAFES.filter((c) => c.status !== "setting-up");
    expect(cafes.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const cafe of cafes) {
      const response = await call(code, cafeSummary.loader as RouteFn, `/cafes/${cafe.slug}/summary.txt`, { slug: cafe.slug });
      expect(response.status, cafe.slug).toBe(200);
      const text = (await response.text()).trim();
      const url = `${prefixed(code, `/cafes/${cafe.slug}`)}`;
      if (text.length > 300) problems.push(`${cafe.slug}: ${text.length} characters: ${text}`);
      if (!text.endsWith(url)) problems.push(`${cafe.slug}: does not end with its address ${url}: ${text}`);
      const demo = runWithLocale(code, () => translate(code, "finder.summary.demo", { cafeShort: translate(code, "brand.cafeShort") }));
      if (!text.startsWith(demo)) problems.push(`${cafe.slug}: does not start with "${demo}": ${text}`);
      const script = SCRIPTS[code];
      if (script && !script.test(text)) problems.push(`${cafe.slug}: no text in the language's script: ${text}`);
      if (text.includes("\uFFFD") || /\{[a-zA-Z]+\}/.test(text)) problems.push(`${cafe.slug}: a broken character or placeholder: ${text}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(LOCALES.map((l) => l.code))("every demo partner service's summary in %s fits 300 characters", async (code) => {
    const problems: string[] = [];
    let checked = 0;
    for (const service of DEMO_PARTNER_SERVICES) {
      const response = await call(code, servicePrint.loader as RouteFn, `/partners/services/${service.slug}/print`, { slug: service.slug });
      if (response.status === 404) continue;
      expect(response.status, service.slug).toBe(200);
      const { summary } = (await response.json()) as { summary: string };
      checked += 1;
      const url = prefixed(code, `/partners/${service.organisation}`);
      if (summary.length > 300) problems.push(`${service.slug}: ${summary.length} characters: ${summary}`);
      if (!summary.endsWith(url)) problems.push(`${service.slug}: does not end with its address ${url}: ${summary}`);
      const demo = translate(code, "partners.summary.demo");
      if (!summary.startsWith(demo)) problems.push(`${service.slug}: does not start with "${demo}": ${summary}`);
      const script = SCRIPTS[code];
      if (script && !script.test(summary)) problems.push(`${service.slug}: no text in the language's script: ${summary}`);
      if (summary.includes("\uFFFD") || /\{[a-zA-Z]+\}/.test(summary)) problems.push(`${service.slug}: a broken character or placeholder: ${summary}`);
    }
    expect(checked).toBeGreaterThan(15);
    expect(problems).toEqual([]);
  });
});

const CODES = LOCALES.map((l) => l.code);
const cafeUrl = (code: Locale) => `https://cafes.example.org${code === "en" ? "" : `/${code}`}/cafes/a-long-cafe-name-for-the-address`;
const text = (max: number) => fc.string({ maxLength: max });
const sessionTimes = {
  dayOfWeek: fc.integer({ min: 1, max: 7 }),
  startTime: fc.constantFrom("09:00", "12:00", "17:30", "20:00"),
  endTime: fc.constantFrom("11:00", "16:00", "21:00", "02:00"),
};
const session = fc.record({ ...sessionTimes, label: fc.option(fc.string({ minLength: 1, maxLength: 60 })) });
const exception = fc.record({
  kind: fc.constantFrom("closed", "hours", "extra"),
  startDay: fc.integer({ min: 26, max: 30 }),
  days: fc.integer({ min: 0, max: 3 }),
  label: fc.option(fc.string({ minLength: 1, maxLength: 60 })),
});

/** Unpaired UTF-16 surrogates: half of a character (an emoji, a rarer Chinese character) cut off. */
const BROKEN_CHARACTER = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A café's own translation of an offer's title into a language: up to 120 characters (the form's limit) of
 * the language's own letters (from its catalogue: combining vowel signs and all), spaces, and characters
 * written with two UTF-16 units (a teapot emoji, a rare Chinese character).
 */
function translatedTitle(code: Locale) {
  const letters = [...new Set([...`${translate(code, "finder.cafe.whoForDefault")}${translate(code, "finder.summary.moreChanges")}`])];
  const unit = fc.oneof({ arbitrary: fc.constantFrom(...letters), weight: 8 }, { arbitrary: fc.constant(" "), weight: 1 }, { arbitrary: fc.constantFrom("🫖", "𠮷"), weight: 2 });
  return fc.string({ unit, minLength: 1, maxLength: 120, size: "max" });
}

/** A session's offer: its title as written (English) and, maybe, the café's own translation of it into `code`. */
const offerTitle = (code: Locale) => fc.option(fc.record({ title: fc.string({ minLength: 1, maxLength: 60 }), translated: fc.option(translatedTitle(code)) }));

/** The title a page in `code` gives the offer, as the server gives it (see localisedOffer). */
function shownTitle(code: Locale, offer: { title: string; translated: string | null } | null): string | null {
  if (!offer) return null;
  const translations = offer.translated ? [{ locale: code, title: offer.translated, description: "" }] : [];
  return localisedOffer({ title: offer.title, description: "", translations }, "en", code).title.text;
}

describe("text summaries in every language, for any café or service", () => {
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
          const summary = runWithLocale(code, () =>
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

  it.each(CODES)("a café's summary in %s stays within 300 characters with the café's own translations of its offers' titles, no character cut in half", (code) => {
    fc.assert(
      fc.property(
        fc.record({
          name: fc.string({ minLength: 1, maxLength: 120 }),
          addressLine1: text(120),
          town: text(40),
          phone: fc.option(text(20)),
          sessions: fc.array(fc.record({ ...sessionTimes, offer: offerTitle(code) }), { maxLength: 10 }),
          extras: fc.array(fc.record({ startDay: fc.integer({ min: 26, max: 30 }), offer: offerTitle(code) }), { maxLength: 4 }),
          demo: fc.boolean(),
        }),
        ({ sessions, extras, ...input }) => {
          const asOf = "2026-11-25";
          const schedule = {
            sessions: sessions.map(({ offer, ...s }) => ({ ...s, label: shownTitle(code, offer) })),
            exceptions: extras.map(
              (e): ScheduleExceptionRule => ({
                kind: "extra",
                startDate: `2026-11-${e.startDay}`,
                endDate: `2026-11-${e.startDay}`,
                startTime: "18:00",
                endTime: "20:30",
                label: shownTitle(code, e.offer),
              }),
            ),
          };
          const summary = runWithLocale(code, () =>
            cafeTextSummary({
              ...input,
              postcode: "LE4 5AA",
              url: cafeUrl(code),
              sessions: schedule.sessions,
              asOf,
              changes: upcomingChanges(schedule, asOf, SUMMARY_CHANGES_DAYS),
            }),
          );
          expect(summary.length).toBeLessThanOrEqual(TEXT_SUMMARY_MAX);
          expect(summary.endsWith(cafeUrl(code))).toBe(true);
          expect(summary).not.toMatch(BROKEN_CHARACTER);
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
          locations: fc.array(
            fc.record({
              name: text(120),
              postcode: fc.constantFrom("LE1 1HL", "LE15 6LU"),
              byAppointment: fc.boolean(),
              sessions: fc.array(session, { maxLength: 10 }),
            }),
            { maxLength: 3 },
          ),
          areas: fc.array(text(40), { maxLength: 8 }),
          phone: fc.option(fc.constantFrom("0116 496 0101", "0800 123 4567 (free, 24 hours)")),
          demo: fc.boolean(),
        }),
        (input) => {
          const summary = runWithLocale(code, () => serviceTextSummary({ ...input, url }));
          expect(summary.length).toBeLessThanOrEqual(SERVICE_SUMMARY_MAX);
          expect(summary.endsWith(url)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
