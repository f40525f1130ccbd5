import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cafeTextSummary,
  labelledWeeklyHours,
  SUMMARY_CHANGES_DAYS,
  TEXT_SUMMARY_MAX,
  type SummaryInput,
} from "./text-summary";
import type { ScheduleExceptionRule, WeeklySessionRule } from "~/modules/schedule";
import { upcomingChanges } from "~/modules/schedule";

const base: SummaryInput = {
  name: "Clocktower Evening Café",
  venueName: "The Lamplight Rooms",
  addressLine1: "14 Humberstone Gate",
  town: "Leicester",
  postcode: "LE1 1HL",
  phone: "0116 496 0101",
  url: "https://cafes.example.org/cafes/clocktower-evening-cafe",
  sessions: [
    { dayOfWeek: 3, startTime: "17:00", endTime: "21:00" },
    { dayOfWeek: 6, startTime: "12:00", endTime: "16:00" },
  ],
};

describe("cafeTextSummary", () => {
  it("gives name, address, the usual sessions, phone and the page's address", () => {
    expect(cafeTextSummary(base)).toBe(
      "Clocktower Evening Café, The Lamplight Rooms, 14 Humberstone Gate, Leicester LE1 1HL. Drop in Wed 5pm–9pm; Sat midday–4pm. Tel 0116 496 0101. https://cafes.example.org/cafes/clocktower-evening-cafe",
    );
  });

  it("leaves out sessions that are not running on the date", () => {
    const text = cafeTextSummary({
      ...base,
      sessions: [...base.sessions, { dayOfWeek: 1, startTime: "10:00", endTime: "12:00", validUntil: "2026-01-31" }],
      asOf: "2026-11-25",
    });
    expect(text).not.toContain("Mon");
  });

  it("says a paused café is paused instead of giving hours", () => {
    const text = cafeTextSummary({ ...base, notice: "Paused: not running at the moment" });
    expect(text).toContain("Paused: not running at the moment.");
    expect(text).not.toContain("Wed");
  });

  it("shortens the hours, then the address, to stay within 300 characters; the link is never cut", () => {
    const sessions = Array.from({ length: 7 }, (_, i) => [
      { dayOfWeek: i + 1, startTime: "09:00", endTime: "10:15" },
      { dayOfWeek: i + 1, startTime: "11:30", endTime: "12:45" },
      { dayOfWeek: i + 1, startTime: `${13 + (i % 3)}:00`, endTime: "17:30" },
    ]).flat();
    const busy = cafeTextSummary({ ...base, sessions });
    expect(busy.length).toBeLessThanOrEqual(TEXT_SUMMARY_MAX);
    expect(busy).toContain("…");
    expect(busy.endsWith(base.url)).toBe(true);

    const longAddress = cafeTextSummary({
      ...base,
      venueName: "The Very Long Named Community Resource Centre and Meeting Rooms of the Parish",
      addressLine1: "Unit 12, The Old Hosiery Works Business Park, Off the Great Central Way",
      sessions,
    });
    expect(longAddress.length).toBeLessThanOrEqual(TEXT_SUMMARY_MAX);
    expect(longAddress).toContain("LE1 1HL");
    expect(longAddress.endsWith(base.url)).toBe(true);
  });

  it("stays within the limit for any input, keeping a reasonable link whole", () => {
    const text = fc.string({ maxLength: 200 });
    fc.assert(
      fc.property(
        fc.record({
          name: fc.string({ minLength: 1, maxLength: 250 }),
          venueName: fc.option(text),
          addressLine1: text,
          town: fc.string({ maxLength: 60 }),
          postcode: fc.constantFrom("LE1 1HL", "LE15 6LU", ""),
          phone: fc.option(fc.string({ maxLength: 30 })),
          sessions: fc.array(
            fc.record({
              dayOfWeek: fc.integer({ min: 1, max: 7 }),
              startTime: fc.constantFrom("09:00", "12:00", "17:30", "20:00"),
              endTime: fc.constantFrom("11:00", "16:00", "21:00", "02:00"),
            }),
            { maxLength: 20 },
          ),
        }),
        (input) => {
          const summary = cafeTextSummary({ ...input, url: base.url });
          expect(summary.length).toBeLessThanOrEqual(TEXT_SUMMARY_MAX);
          expect(summary).toContain(base.url);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** The input for a café with these sessions and exceptions, on a date, as the print view builds it. */
function withSchedule(
  asOf: string,
  sessions: readonly WeeklySessionRule[],
  exceptions: readonly ScheduleExceptionRule[] = [],
  extra: Partial<SummaryInput> = {},
): SummaryInput {
  return { ...base, sessions, asOf, changes: upcomingChanges({ sessions, exceptions }, asOf, SUMMARY_CHANGES_DAYS), ...extra };
}

/** The shortest wording of the changes, with the space before it. */
const CHECK_PAGE = " Check the page for changes.";

/** A time range in the text that is not followed by its group in brackets. */
const UNLABELLED_RANGE = /–(?:\d{1,2}(?::\d\d)?(?:am|pm)|midday|midnight)(?! \()/;

describe("cafeTextSummary: changes, groups and demonstration data", () => {
  const wedSat: WeeklySessionRule[] = [
    { dayOfWeek: 3, startTime: "17:00", endTime: "21:00" },
    { dayOfWeek: 6, startTime: "12:00", endTime: "16:00" },
  ];

  it("names a closure in the coming fortnight instead of promising the usual Wednesday", () => {
    const text = cafeTextSummary(
      withSchedule("2026-11-25", wedSat, [{ kind: "closed", startDate: "2026-12-02", endDate: "2026-12-02", reason: "Staff training" }]),
    );
    expect(text).toBe(
      "Clocktower Evening Café, The Lamplight Rooms, 14 Humberstone Gate, Leicester LE1 1HL. Drop in Wed 5pm–9pm; Sat midday–4pm. Closed Wed 2 Dec. Tel 0116 496 0101. https://cafes.example.org/cafes/clocktower-evening-cafe",
    );
  });

  it("gives a closure's whole run, changed hours and extra sessions, in date order", () => {
    const text = cafeTextSummary(
      withSchedule("2026-12-14", wedSat, [
        { kind: "closed", startDate: "2026-12-24", endDate: "2027-01-02", reason: "Christmas" },
        { kind: "hours", startDate: "2026-12-16", endDate: "2026-12-16", startTime: "17:00", endTime: "19:00" },
        { kind: "extra", startDate: "2026-12-21", endDate: "2026-12-21", startTime: "13:00", endTime: "15:00", label: "Carers’ afternoon" },
      ], { venueName: null, phone: null }),
    );
    expect(text).toContain(
      "Changed hours Wed 16 Dec: 5pm–7pm. Extra session Mon 21 Dec 1pm–3pm (Carers’ afternoon). Closed Thu 24 Dec–Sat 2 Jan.",
    );
    expect(text.length).toBeLessThanOrEqual(TEXT_SUMMARY_MAX);
  });

  it("leaves out a closure that cancels no session, and changes after the fortnight", () => {
    const text = cafeTextSummary(
      withSchedule("2026-11-25", wedSat, [
        { kind: "closed", startDate: "2026-11-30", endDate: "2026-11-30", reason: "Monday: not a session day" },
        { kind: "closed", startDate: "2026-12-09", endDate: "2026-12-09", reason: "Beyond the fortnight" },
      ]),
    );
    expect(text).not.toMatch(/Closed|changes/);
  });

  it("says a bank holiday the team has not answered needs checking, and one they answered", () => {
    const monday: WeeklySessionRule[] = [{ dayOfWeek: 1, startTime: "18:00", endTime: "21:00" }];
    // Boxing Day 2026 is a Saturday: the bank holiday is Monday 28 December.
    expect(cafeTextSummary(withSchedule("2026-12-21", monday))).toContain("Mon 28 Dec is a bank holiday: check before travelling.");
    const open = cafeTextSummary(withSchedule("2026-12-21", monday, [{ kind: "bank-holiday-open", startDate: "2026-12-28", endDate: "2026-12-28" }]));
    expect(open).toContain("Open Mon 28 Dec (bank holiday).");
    const closed = cafeTextSummary(withSchedule("2026-12-21", monday, [{ kind: "bank-holiday-closed", startDate: "2026-12-28", endDate: "2026-12-28" }]));
    expect(closed).toContain("Closed Mon 28 Dec.");
  });

  it("names the group a session is for, so a men-only evening is not shown as a plain drop-in", () => {
    const text = cafeTextSummary(
      withSchedule("2026-11-25", [...wedSat, { dayOfWeek: 4, startTime: "18:00", endTime: "21:00", label: "Men’s evening" }]),
    );
    expect(text).toContain("Drop in Wed 5pm–9pm; Thu 6pm–9pm (Men’s evening); Sat midday–4pm.");
  });

  it("shortens the changes, not the usual week: a Friday warning never comes without the Friday session", () => {
    // Christmas Day and New Year's Day 2027 fall on Fridays; the team has not answered for either.
    const sessions: WeeklySessionRule[] = [
      { dayOfWeek: 3, startTime: "17:00", endTime: "21:00" },
      { dayOfWeek: 5, startTime: "17:00", endTime: "21:00", label: "Men’s evening" },
    ];
    const input = withSchedule("2026-12-24", sessions, [], { name: "Castle Street Evening Café" });
    const full = cafeTextSummary({ ...input, changes: [] });
    expect(full).toContain("Drop in Wed 5pm–9pm; Fri 5pm–9pm (Men’s evening).");
    const text = cafeTextSummary(input);
    expect(text.length).toBeLessThanOrEqual(TEXT_SUMMARY_MAX);
    expect(text).toContain("Drop in Wed 5pm–9pm; Fri 5pm–9pm (Men’s evening).");
    expect(text).toContain("Fri 25 Dec is a bank holiday: check before travelling. More changes on the page.");
    expect(text).not.toContain("…");
  });

  it("keeps every session and says “Check the page for changes” rather than dropping a day", () => {
    const sessions: WeeklySessionRule[] = [
      { dayOfWeek: 1, startTime: "18:00", endTime: "21:00", label: "Students’ evening" },
      { dayOfWeek: 4, startTime: "18:00", endTime: "21:00", label: "Students’ evening" },
    ];
    const closures: ScheduleExceptionRule[] = [
      { kind: "hours", startDate: "2026-12-31", endDate: "2026-12-31", startTime: "16:00", endTime: "19:00", label: "A long-titled New Year’s Eve gathering" },
      { kind: "extra", startDate: "2027-01-02", endDate: "2027-01-02", startTime: "13:00", endTime: "15:00", label: "Another long-titled afternoon for students" },
    ];
    const text = cafeTextSummary(withSchedule("2026-12-24", sessions, closures));
    expect(text.length).toBeLessThanOrEqual(TEXT_SUMMARY_MAX);
    expect(text).toContain("Drop in Mon 6pm–9pm (Students’ evening); Thu 6pm–9pm (Students’ evening).");
    expect(text).toMatch(/More changes on the page\.|Check the page for changes\./);
  });

  it("says when a seasonal session ends or starts: in the changes within the fortnight, otherwise when it fits", () => {
    const wellandLike: WeeklySessionRule[] = [
      { dayOfWeek: 4, startTime: "17:00", endTime: "20:00" },
      { dayOfWeek: 3, startTime: "18:00", endTime: "21:00", validFrom: "2026-11-01", validUntil: "2027-03-31" },
    ];
    const winter = cafeTextSummary(withSchedule("2026-12-24", wellandLike, [], { phone: null, venueName: null }));
    expect(winter).toContain("Drop in Wed 6pm–9pm; Thu 5pm–8pm. Wed 6pm–9pm sessions until 31 Mar.");
    const lastFortnight = cafeTextSummary(withSchedule("2027-03-24", wellandLike, [], { phone: null, venueName: null }));
    expect(lastFortnight).toContain("Wed 6pm–9pm sessions end after Wed 31 Mar.");
    expect(lastFortnight).not.toContain("until 31 Mar");
    const summer = cafeTextSummary(withSchedule("2026-09-01", wellandLike, [], { phone: null, venueName: null }));
    expect(summer).toContain("Drop in Thu 5pm–8pm. Wed 6pm–9pm sessions from 4 Nov to 31 Mar.");
    const starting = cafeTextSummary(withSchedule("2026-10-26", wellandLike, [], { phone: null, venueName: null }));
    expect(starting).toContain("Wed 6pm–9pm sessions start Wed 4 Nov.");
  });

  it("says demonstration data is not a real café, first, whatever else is cut", () => {
    const text = cafeTextSummary({ ...base, demo: true });
    expect(text.startsWith("Demonstration data – not a real café. Clocktower Evening Café")).toBe(true);
    const long = cafeTextSummary({ ...base, demo: true, name: "A very long café name ".repeat(20) });
    expect(long.startsWith("Demonstration data – not a real café. ")).toBe(true);
    expect(long.length).toBeLessThanOrEqual(TEXT_SUMMARY_MAX);
    expect(long.endsWith(base.url)).toBe(true);
    expect(cafeTextSummary({ ...base, demo: true, notice: "Paused: not running at the moment" })).toMatch(/^Demonstration data – not a real café\. .*Paused/);
    expect(cafeTextSummary(base)).not.toContain("Demonstration");
  });

  it("falls back to “Check the page for changes” when the changes do not fit; never drops a session’s group", () => {
    const labelled: WeeklySessionRule[] = Array.from({ length: 7 }, (_, i) => ({
      dayOfWeek: i + 1,
      startTime: "18:00",
      endTime: "21:00",
      label: `A long-titled culturally specific evening for group ${i + 1} with more words`,
    }));
    const closures: ScheduleExceptionRule[] = Array.from({ length: 7 }, (_, i) => ({
      kind: "closed",
      startDate: `2026-11-${26 + i}`.replace("2026-11-31", "2026-12-01").replace("2026-11-32", "2026-12-02"),
      endDate: `2026-11-${26 + i}`.replace("2026-11-31", "2026-12-01").replace("2026-11-32", "2026-12-02"),
      reason: `Closed ${i}`,
    }));
    const input = withSchedule("2026-11-25", labelled, closures, {
      venueName: "The Very Long Named Community Resource Centre and Meeting Rooms of the Parish",
      addressLine1: "Unit 12, The Old Hosiery Works Business Park, Off the Great Central Way",
      demo: true,
    });
    const text = cafeTextSummary(input);
    expect(text.length).toBeLessThanOrEqual(TEXT_SUMMARY_MAX);
    expect(text).toMatch(/Check the page for changes\.|More changes on the page\./);
    expect(text).toContain("Demonstration data – not a real café.");
    expect(text).not.toMatch(UNLABELLED_RANGE);
    expect(text.endsWith(base.url)).toBe(true);
  });

  it("stays within the limit with long groups, many changes and demonstration data; keeps the link, the marker and a word on changes", () => {
    const longText = fc.string({ minLength: 0, maxLength: 120 });
    const date = fc.integer({ min: 0, max: 20 }).map((n) => {
      const d = new Date(Date.UTC(2026, 10, 25 + n));
      return d.toISOString().slice(0, 10);
    });
    fc.assert(
      fc.property(
        fc.record({
          name: fc.string({ minLength: 1, maxLength: 250 }),
          venueName: fc.option(longText),
          addressLine1: longText,
          phone: fc.option(fc.string({ maxLength: 30 })),
          demo: fc.boolean(),
          sessions: fc.array(
            fc.record({
              dayOfWeek: fc.integer({ min: 1, max: 7 }),
              startTime: fc.constantFrom("09:00", "12:00", "17:30", "20:00"),
              endTime: fc.constantFrom("11:00", "16:00", "21:00", "02:00"),
              label: fc.option(longText),
              validFrom: fc.option(fc.constantFrom("2026-10-01", "2026-11-30", "2026-12-03", "2027-01-15")),
              validUntil: fc.option(fc.constantFrom("2026-11-24", "2026-12-01", "2026-12-20", "2027-03-31")),
            }),
            { maxLength: 14 },
          ),
          exceptions: fc.array(
            fc.record({
              kind: fc.constantFrom("closed", "hours", "extra", "bank-holiday-open", "bank-holiday-closed"),
              startDate: date,
              length: fc.integer({ min: 0, max: 12 }),
              startTime: fc.constantFrom("10:00", "13:00", "18:00"),
              endTime: fc.constantFrom("12:00", "15:00", "22:00"),
              reason: longText,
            }),
            { maxLength: 10 },
          ),
        }),
        ({ exceptions, ...input }) => {
          const rules: ScheduleExceptionRule[] = exceptions.map(({ length, ...e }) => {
            const end = new Date(`${e.startDate}T00:00:00Z`);
            end.setUTCDate(end.getUTCDate() + length);
            return { ...e, endDate: end.toISOString().slice(0, 10) };
          });
          const summaryInput = withSchedule("2026-11-25", input.sessions, rules, { ...input, url: base.url });
          const summary = cafeTextSummary(summaryInput);
          expect(summary.length).toBeLessThanOrEqual(TEXT_SUMMARY_MAX);
          expect(summary).toContain(base.url);
          if (input.demo) expect(summary.startsWith("Demonstration data – not a real café.")).toBe(true);
          const cancelling = summaryInput.changes!.filter((c) => c.kind !== "closed" || c.cancelsSessions);
          if (cancelling.length > 0) {
            expect(summary).toMatch(/Closed |Changed hours |Extra session |bank holiday|sessions start |sessions end |Check the page for changes/);
          } else expect(summary).not.toContain("Check the page for changes");
          // No usual session is dropped whenever the shortest wording of the changes fits beside them all.
          const week = labelledWeeklyHours(summaryInput.sessions, summaryInput.asOf, Number.POSITIVE_INFINITY);
          const withoutChanges = cafeTextSummary({ ...summaryInput, changes: [] });
          if (week && withoutChanges.includes(week) && withoutChanges.length + CHECK_PAGE.length <= TEXT_SUMMARY_MAX) {
            expect(summary).toContain(week);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
