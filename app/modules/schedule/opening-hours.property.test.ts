/**
 * Property test: openingState and openIntervals against a brute-force reference, over random schedules and
 * random instants of 2026 (clustered around the clock changes and bank holidays, where mistakes hide).
 *
 * The reference is written separately and simply. It does not use the app's date code:
 * - London time comes from the rule "BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
 *   last Sunday of October", not from Intl;
 * - a session runs from the first minute the London clock reads its start (or later) to the first minute
 *   it reads its end (or later), found by walking the clock minute by minute;
 * - "open until" is found by walking forward minute by minute while some confirmed session covers the minute;
 * - the bank holidays are the gov.uk dates, typed in.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  openIntervals,
  openingState,
  type OpenInterval,
  type Schedule,
  type ScheduleExceptionRule,
  type WeeklySessionRule,
} from "./opening-hours";

const MIN = 60_000;
const DAY = 86_400_000;
const HORIZON_DAYS = 14;

// ---- Reference London clock -----------------------------------------------------------------------------

function lastSundayAt0100Utc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0)); // last day of the month
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1, 0);
}

const BST: [number, number][] = [2025, 2026, 2027].map((y) => [lastSundayAt0100Utc(y, 2), lastSundayAt0100Utc(y, 9)]);

/** London wall-clock reading of an instant as "local minutes since 1970-01-01 00:00". */
function wallKey(ms: number): number {
  let offset = 0;
  for (const [start, end] of BST) if (ms >= start && ms < end) offset = 60;
  return Math.floor(ms / MIN) + offset;
}

/** The first instant at which the London clock reads `key` or later, by walking minute by minute. */
function firstReach(key: number): number {
  let t = (key - 180) * MIN;
  while (wallKey(t) < key) t += MIN;
  return t;
}

// ---- Reference schedule rules ---------------------------------------------------------------------------

const BANK_HOLIDAYS = new Set([
  "2025-12-25",
  "2025-12-26",
  "2026-01-01",
  "2026-04-03",
  "2026-04-06",
  "2026-05-04",
  "2026-05-25",
  "2026-08-31",
  "2026-12-25",
  "2026-12-28",
  "2027-01-01",
]);

const dateOf = (utcDay: number) => new Date(utcDay * DAY).toISOString().slice(0, 10);

function minutesOf(time: string | null | undefined): number | null {
  if (!time) return null;
  const [h, m] = time.split(":").map(Number) as [number, number];
  if (!(h >= 0 && m >= 0 && m < 60 && (h < 24 || (h === 24 && m === 0)))) return null;
  return h * 60 + m;
}

interface RefOccurrence {
  date: string;
  start: number;
  end: number;
  confirmed: boolean;
  source: string;
}

function refCovers(e: ScheduleExceptionRule, date: string): boolean {
  const [a, b] = e.startDate <= e.endDate ? [e.startDate, e.endDate] : [e.endDate, e.startDate];
  return a <= date && date <= b;
}

const isClosure = (e: ScheduleExceptionRule) => !["hours", "extra", "bank-holiday-open"].includes(e.kind);

/** The sessions that start on a day (UTC day number of the London date). */
function refSessionsOn(schedule: Schedule, utcDay: number): RefOccurrence[] {
  const date = dateOf(utcDay);
  const exceptions = schedule.exceptions.filter((e) => refCovers(e, date));
  if (exceptions.some(isClosure)) return [];
  const planned: { s: number | null; e: number | null; confirmed: boolean; source: string }[] = [];
  const hours = exceptions.filter((e) => e.kind === "hours");
  if (hours.length > 0) {
    for (const h of hours) planned.push({ s: minutesOf(h.startTime), e: minutesOf(h.endTime), confirmed: true, source: "hours" });
  } else {
    const weekday = new Date(utcDay * DAY).getUTCDay() || 7;
    const answered = exceptions.some((e) => e.kind === "bank-holiday-open");
    for (const s of schedule.sessions) {
      if (s.dayOfWeek !== weekday) continue;
      if (s.validFrom && date < s.validFrom) continue;
      if (s.validUntil && date > s.validUntil) continue;
      planned.push({
        s: minutesOf(s.startTime),
        e: minutesOf(s.endTime),
        confirmed: !BANK_HOLIDAYS.has(date) || answered,
        source: "weekly",
      });
    }
  }
  for (const x of exceptions.filter((e) => e.kind === "extra")) {
    planned.push({ s: minutesOf(x.startTime), e: minutesOf(x.endTime), confirmed: true, source: "extra" });
  }
  const out: RefOccurrence[] = [];
  for (const p of planned) {
    if (p.s === null || p.e === null || p.s >= 1440) continue;
    const endDay = p.e > p.s ? utcDay : utcDay + 1;
    const start = firstReach(utcDay * 1440 + p.s);
    const end = firstReach(endDay * 1440 + p.e);
    if (end > start) out.push({ date, start, end, confirmed: p.confirmed, source: p.source });
  }
  return out;
}

function refOccurrences(schedule: Schedule, fromDay: number, toDay: number): RefOccurrence[] {
  const all: RefOccurrence[] = [];
  for (let d = fromDay; d <= toDay; d += 1) all.push(...refSessionsOn(schedule, d));
  return all.sort((a, b) => a.start - b.start || a.end - b.end);
}

type RefState =
  | { status: "open"; until: number; next: RefOccurrence | null }
  | { status: "check"; interval: RefOccurrence; next: RefOccurrence | null }
  | { status: "closed"; next: RefOccurrence | null };

function refState(schedule: Schedule, now: number): RefState {
  const today = Math.floor(wallKey(now) / 1440);
  const occurrences = refOccurrences(schedule, today - 2, today + HORIZON_DAYS + 2);
  const horizon = now + HORIZON_DAYS * DAY;
  const firstFrom = (t: number, strictly: boolean) =>
    occurrences.find((o) => (strictly ? o.start > t : o.start >= t) && o.start < horizon) ?? null;
  const covering = occurrences.filter((o) => o.start <= now && now < o.end);
  if (covering.some((o) => o.confirmed)) {
    // Walk forward minute by minute while a confirmed session (starting within the horizon) covers the minute.
    let t = Math.floor(now / MIN) * MIN;
    const covered = (m: number) => occurrences.some((o) => o.confirmed && o.start < horizon && o.start <= m && m < o.end);
    while (covered(t)) t += MIN;
    return { status: "open", until: t, next: firstFrom(t, false) };
  }
  const pending = covering.find((o) => !o.confirmed);
  if (pending) return { status: "check", interval: pending, next: firstFrom(pending.end, false) };
  return { status: "closed", next: firstFrom(now, true) };
}

// ---- Random schedules and instants ----------------------------------------------------------------------

const ANCHORS = ["2026-03-29", "2026-10-25", "2026-03-28", "2026-10-24", "2026-05-25", "2026-12-25", "2026-12-28", "2026-04-03", "2026-01-01"];

const time = fc.oneof(
  fc.integer({ min: 0, max: 95 }).map((q) => `${String(Math.floor(q / 4)).padStart(2, "0")}:${String((q % 4) * 15).padStart(2, "0")}`),
  fc.constantFrom("00:00", "00:30", "01:00", "01:15", "01:30", "01:59", "02:00", "02:30", "03:00", "23:30", "24:00"),
);
const maybeBadTime = fc.oneof({ weight: 20, arbitrary: time }, { weight: 1, arbitrary: fc.constantFrom("25:00", "", "7pm") });

const dateNear = (anchorDay: number, spread: number) =>
  fc.integer({ min: -spread, max: spread }).map((d) => dateOf(anchorDay + d));

const scenario = fc
  .record({
    anchor: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...ANCHORS).map((d) => Date.parse(d) / DAY) },
      { weight: 2, arbitrary: fc.integer({ min: Date.parse("2026-01-01") / DAY, max: Date.parse("2026-12-31") / DAY }) },
    ),
  })
  .chain(({ anchor }) => {
    const session: fc.Arbitrary<WeeklySessionRule> = fc.record(
      {
        dayOfWeek: fc.integer({ min: 1, max: 7 }),
        startTime: maybeBadTime,
        endTime: maybeBadTime,
        validFrom: fc.option(dateNear(anchor, 10), { nil: null }),
        validUntil: fc.option(dateNear(anchor, 10), { nil: null }),
        id: fc.string({ minLength: 1, maxLength: 4 }),
      },
      { requiredKeys: ["dayOfWeek", "startTime", "endTime"] },
    );
    const exception: fc.Arbitrary<ScheduleExceptionRule> = fc.record({
      kind: fc.constantFrom("closed", "hours", "extra", "bank-holiday-open", "bank-holiday-closed", "hours", "extra", "other"),
      startDate: dateNear(anchor, 6),
      endDate: dateNear(anchor, 6),
      startTime: fc.option(maybeBadTime, { nil: null }),
      endTime: fc.option(maybeBadTime, { nil: null }),
      reason: fc.option(fc.constantFrom("Staff training", "Refurbishment", ""), { nil: null }),
    });
    return fc.record({
      schedule: fc.record({
        sessions: fc.array(session, { maxLength: 6 }),
        exceptions: fc.array(exception, { maxLength: 3 }),
      }),
      // An instant within three days of the anchor, to the second.
      now: fc.integer({ min: -3 * 86_400, max: 3 * 86_400 }).map((s) => anchor * DAY + s * 1000),
      windowBefore: fc.integer({ min: 0, max: 2 * 1440 }),
      windowAfter: fc.integer({ min: 1, max: 3 * 1440 }),
    });
  });

// ---- Comparison -----------------------------------------------------------------------------------------

const show = (o: OpenInterval | RefOccurrence | null | undefined) =>
  o
    ? {
        date: o.date,
        start: new Date(o.start).toISOString(),
        end: new Date(o.end).toISOString(),
        confirmed: o.confirmed,
        source: o.source,
      }
    : null;

/** The states are checked on more cases than the windows: "check" (unconfirmed hours) is rare. */
const CASES = 4 * (fc.readConfigureGlobal().numRuns ?? 200);

describe("opening hours against a brute-force reference", () => {
  it("agree on open / check / closed, 'until' and the next session (four times FC_RUNS random cases)", () => {
    let open = 0;
    let check = 0;
    fc.assert(
      fc.property(scenario, ({ schedule, now }) => {
        const actual = openingState(schedule, new Date(now));
        const expected = refState(schedule, now);
        expect(actual.status).toBe(expected.status);
        if (actual.status === "open" && expected.status === "open") {
          open += 1;
          expect(actual.until.toISOString()).toBe(new Date(expected.until).toISOString());
          expect(actual.interval.start.getTime()).toBeLessThanOrEqual(now);
          expect(actual.interval.end.getTime()).toBeGreaterThan(now);
          expect(actual.interval.confirmed).toBe(true);
        }
        if (actual.status === "check" && expected.status === "check") {
          check += 1;
          expect(show(actual.interval)).toEqual(show(expected.interval));
        }
        expect(show(actual.next)).toEqual(show(expected.next));
      }),
      { seed: 4242, numRuns: CASES },
    );
    // The cases must exercise every state, not only "closed" (as large a share of them as at 4,000 cases).
    expect(open).toBeGreaterThan((300 / 4000) * CASES);
    expect(check).toBeGreaterThan(Math.max(2, (10 / 4000) * CASES));
  });

  it("agree on the sessions overlapping a random window (FC_RUNS random cases)", () => {
    fc.assert(
      fc.property(scenario, ({ schedule, now, windowBefore, windowAfter }) => {
        const from = now - windowBefore * MIN;
        const to = now + windowAfter * MIN;
        const actual = openIntervals(schedule, new Date(from), new Date(to));
        const fromDay = Math.floor(wallKey(from) / 1440) - 2;
        const toDay = Math.floor(wallKey(to) / 1440) + 1;
        const expected = refOccurrences(schedule, fromDay, toDay).filter((o) => o.end > from && o.start < to);
        expect(actual.map(show)).toEqual(expected.map(show));
      }),
      { seed: 2026 },
    );
  });

  it("the reference clock agrees with the known clock changes of 2026", () => {
    expect(wallKey(Date.parse("2026-03-29T01:00:00Z")) - wallKey(Date.parse("2026-03-29T00:59:00Z"))).toBe(61);
    expect(wallKey(Date.parse("2026-10-25T01:00:00Z")) - wallKey(Date.parse("2026-10-25T00:59:00Z"))).toBe(-59);
    expect(firstReach(Date.parse("2026-03-29T01:30:00Z") / MIN)).toBe(Date.parse("2026-03-29T01:00:00Z"));
    expect(firstReach(Date.parse("2026-10-25T01:30:00Z") / MIN)).toBe(Date.parse("2026-10-25T00:30:00Z"));
  });
});
