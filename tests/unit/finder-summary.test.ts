import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cafeTextSummary, shorten, TEXT_SUMMARY_MAX, type SummaryInput } from "~/domain/finder-summary";

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

describe("shorten", () => {
  it("cuts at a word boundary with an ellipsis", () => {
    expect(shorten("Clocktower Evening Café", 100)).toBe("Clocktower Evening Café");
    expect(shorten("Clocktower Evening Café", 15)).toBe("Clocktower…");
    expect(shorten("Clocktower", 5)).toBe("Cloc…");
  });
});
