import { describe, expect, it } from "vitest";
import { fromLondon } from "~/lib/london-time";
import { formatClock, formatDayDate } from "~/lib/dates";
import {
  openingState,
  type Schedule,
  type ScheduleExceptionRule,
  type WeeklySessionRule,
} from "./opening-hours";
import { formatTimeRange, openingStateBadge, openingStateNotes, openingStateText } from "./opening-text";
import { weekPlan } from "./week-plan";
import { dayNoteText, planSessionText, usualHoursText, weeklyHoursSummary } from "./week-text";

const lon = (date: string, time: string) => fromLondon(date, time);
const session = (dayOfWeek: number, startTime: string, endTime: string, more: Partial<WeeklySessionRule> = {}) => ({
  dayOfWeek,
  startTime,
  endTime,
  ...more,
});
const closed = (startDate: string, endDate: string, reason?: string): ScheduleExceptionRule => ({
  kind: "closed",
  startDate,
  endDate,
  reason: reason ?? null,
});
const schedule = (sessions: readonly WeeklySessionRule[], exceptions: readonly ScheduleExceptionRule[] = []): Schedule => ({
  sessions,
  exceptions,
});
const text = (s: Schedule, date: string, time: string) => openingStateText(openingState(s, lon(date, time)));

// Wednesday 13 May 2026 is in the week Monday 11 – Sunday 17 May.
const usual = schedule([session(3, "17:00", "21:00"), session(4, "17:00", "21:00"), session(6, "12:00", "16:00")]);

describe("times as the NHS writes them", () => {
  it.each([
    ["17:00", "5pm"],
    ["17:30", "5:30pm"],
    ["09:05", "9:05am"],
    ["12:00", "midday"],
    ["12:30", "12:30pm"],
    ["00:00", "midnight"],
    ["24:00", "midnight"],
    ["00:30", "12:30am"],
    ["01:00", "1am"],
    ["23:59", "11:59pm"],
  ])("%s is %s", (time, words) => expect(formatClock(time)).toBe(words));

  it("writes ranges and dates", () => {
    expect(formatTimeRange("17:00", "21:00")).toBe("5pm–9pm");
    expect(formatTimeRange("20:00", "02:00")).toBe("8pm–2am");
    expect(formatTimeRange(720, 960)).toBe("midday–4pm");
    expect(formatDayDate("2026-01-02")).toBe("Friday 2 January");
  });
});

describe("the finder's words for a state", () => {
  it("open: 'Open now until 9pm'", () => {
    expect(text(usual, "2026-05-13", "18:00")).toBe("Open now until 9pm");
  });

  it("open past midnight: 'Open now until 2am', before and after midnight", () => {
    const nights = schedule([session(5, "20:00", "02:00")]);
    expect(text(nights, "2026-05-15", "23:00")).toBe("Open now until 2am");
    expect(text(nights, "2026-05-16", "01:30")).toBe("Open now until 2am");
  });

  it("open until midnight or midday", () => {
    expect(text(schedule([session(3, "18:00", "24:00")]), "2026-05-13", "19:00")).toBe("Open now until midnight");
    expect(text(schedule([session(3, "09:00", "12:00")]), "2026-05-13", "10:00")).toBe("Open now until midday");
  });

  it("open for more than a day names the closing day", () => {
    const long = schedule([session(3, "09:00", "09:00")]);
    expect(text(long, "2026-05-13", "10:00")).toBe("Open now until tomorrow at 9am");
  });

  it("closed: 'Opens today at 5pm', 'Opens tomorrow at midday', 'Next: Thursday 5pm–9pm'", () => {
    expect(text(usual, "2026-05-13", "09:00")).toBe("Opens today at 5pm");
    expect(text(usual, "2026-05-15", "20:00")).toBe("Opens tomorrow at midday");
    expect(text(usual, "2026-05-11", "09:00")).toBe("Next: Wednesday 5pm–9pm");
    expect(text(schedule([session(4, "17:00", "21:00")]), "2026-05-11", "09:00")).toBe("Next: Thursday 5pm–9pm");
  });

  it("a next session more than six days away is dated", () => {
    expect(text(schedule([session(4, "17:00", "21:00")]), "2026-05-14", "22:00")).toBe("Next: Thursday 21 May, 5pm–9pm");
  });

  it("'Closed this week: refurbishment', and a reason that says “closed” is not doubled", () => {
    const plain = openingState(schedule(usual.sessions, [closed("2026-05-11", "2026-05-17", "refurbishment")]), lon("2026-05-13", "18:00"));
    expect(openingStateText(plain)).toBe("Closed this week: refurbishment");
    expect(openingStateNotes(plain)).toEqual(["Next: Wednesday 20 May, 5pm–9pm"]);
    const s = schedule(usual.sessions, [closed("2026-05-11", "2026-05-17", "closed for refurbishment.")]);
    expect(text(s, "2026-05-13", "18:00")).toBe("Closed for refurbishment (this week)");
  });

  it("a longer closure says when the café reopens: 'Closed for Christmas and New Year. Reopens Wednesday 6 January at 4pm'", () => {
    // Wednesday afternoons and Friday evenings, closed from Thursday 24 December 2026 to Saturday 2 January.
    const s = schedule([session(3, "16:00", "20:00"), session(5, "17:00", "21:00")], [closed("2026-12-24", "2027-01-02", "Closed for Christmas and New Year")]);
    const state = openingState(s, new Date("2026-12-24T17:00:00Z"));
    expect(openingStateText(state)).toBe("Closed for Christmas and New Year. Reopens Wednesday 6 January at 4pm");
    expect(openingStateNotes(state)).toEqual([]);
    // Within the week the day is enough; a reason without “closed” keeps the word.
    const later = schedule([session(3, "16:00", "20:00")], [closed("2026-12-24", "2027-01-02", "Christmas and New Year")]);
    expect(text(later, "2026-12-31", "12:00")).toBe("Closed: Christmas and New Year. Reopens Wednesday at 4pm");
    expect(text(schedule(usual.sessions, [closed("2026-05-12", "2026-05-20")]), "2026-05-13", "18:00")).toBe("Closed. Reopens Thursday 21 May at 5pm");
  });

  it("does not promise a reopening on a bank holiday the team has not answered: gives the last closed day", () => {
    // Monday evenings; the first Monday after the closure is the Boxing Day bank holiday (28 December 2026).
    const s = schedule([session(1, "18:00", "21:00")], [closed("2026-12-14", "2026-12-27", "Closed for Christmas")]);
    const state = openingState(s, lon("2026-12-15", "12:00"));
    expect(openingStateText(state)).toBe("Closed for Christmas (to Sunday 27 December)");
    expect(openingStateNotes(state)).toEqual(["Next: Monday 28 December, 6pm–9pm (bank holiday — check before travelling)"]);
    const noReason = schedule([session(1, "18:00", "21:00")], [closed("2026-12-14", "2026-12-27")]);
    expect(text(noReason, "2026-12-15", "12:00")).toBe("Closed to Sunday 27 December");
    // Nothing within the fortnight after a long closure: its last day.
    const long = schedule([session(1, "18:00", "21:00")], [closed("2026-12-01", "2027-01-31", "Building work")]);
    expect(text(long, "2026-12-02", "12:00")).toBe("Closed to Sunday 31 January: Building work");
  });

  it("'Closed today: …', without a reason, and until further notice", () => {
    expect(text(schedule(usual.sessions, [closed("2026-05-13", "2026-05-13", "Staff training")]), "2026-05-13", "18:00")).toBe(
      "Closed today: Staff training",
    );
    expect(text(schedule(usual.sessions, [closed("2026-05-13", "2026-05-13", "Closed for staff training")]), "2026-05-13", "18:00")).toBe(
      "Closed for staff training (today)",
    );
    expect(text(schedule(usual.sessions, [closed("2026-05-13", "2026-05-13")]), "2026-05-13", "18:00")).toBe("Closed today");
    expect(text(schedule(usual.sessions, [closed("2026-05-01", "2099-12-31", "Looking for a new venue")]), "2026-05-13", "18:00")).toBe(
      "Closed until further notice: Looking for a new venue",
    );
    expect(text(schedule(usual.sessions, [closed("2026-05-01", "2099-12-31", "Closed while we look for a new venue")]), "2026-05-13", "18:00")).toBe(
      "Closed while we look for a new venue (until further notice)",
    );
  });

  it("a closure later this week is a note under the next opening", () => {
    const s = schedule(usual.sessions, [closed("2026-05-13", "2026-05-13", "Staff training")]);
    const state = openingState(s, lon("2026-05-12", "09:00"));
    expect(openingStateText(state)).toBe("Next: Thursday 5pm–9pm");
    expect(openingStateNotes(state)).toEqual(["Closed tomorrow: Staff training"]);
    const fromMonday = openingState(s, lon("2026-05-11", "09:00"));
    expect(openingStateNotes(fromMonday)).toEqual(["Closed Wednesday: Staff training"]);
    const own = schedule(usual.sessions, [closed("2026-05-13", "2026-05-13", "Closed for staff training")]);
    expect(openingStateNotes(openingState(own, lon("2026-05-12", "09:00")))).toEqual(["Closed for staff training (tomorrow)"]);
  });

  it("a bank holiday closure is named", () => {
    const s = schedule([session(1, "17:00", "21:00")], [{ kind: "bank-holiday-closed", startDate: "2026-05-25", endDate: "2026-05-25" }]);
    expect(text(s, "2026-05-25", "18:00")).toBe("Closed today: Spring bank holiday");
  });

  it("'Bank holiday — check before travelling', with the usual hours", () => {
    const s = schedule([session(1, "17:00", "21:00")]);
    const state = openingState(s, lon("2026-05-25", "18:00"));
    expect(openingStateText(state)).toBe("Bank holiday — check before travelling");
    expect(openingStateNotes(state)).toEqual(["Usual hours: 5pm–9pm", "Next: Monday 1 June, 5pm–9pm"]);
    expect(openingStateBadge(state)).toEqual({ label: "Check first", tone: "check" });
  });

  it("an unconfirmed next session says so", () => {
    const s = schedule([session(1, "17:00", "21:00")]);
    expect(text(s, "2026-05-25", "10:00")).toBe("Bank holiday today: usually opens at 5pm — check before travelling");
    expect(text(s, "2026-05-24", "10:00")).toBe("Bank holiday tomorrow: usually opens at 5pm — check before travelling");
    expect(text(s, "2026-05-22", "10:00")).toBe("Next: Monday 5pm–9pm (bank holiday — check before travelling)");
  });

  it("the badge agrees with the note before a session on an unanswered bank holiday: check first, that day only", () => {
    const s = schedule([session(1, "17:00", "21:00")]);
    const before = openingState(s, lon("2026-05-25", "10:00"));
    expect(openingStateText(before)).toBe("Bank holiday today: usually opens at 5pm — check before travelling");
    expect(openingStateBadge(before)).toEqual({ label: "Check first", tone: "check" });
    expect(openingStateBadge(openingState(s, lon("2026-05-25", "18:00")))).toEqual({ label: "Check first", tone: "check" });
    // After it, and the day before: closed now is the plain truth.
    expect(openingStateBadge(openingState(s, lon("2026-05-25", "22:00")))).toEqual({ label: "Closed", tone: "closed" });
    expect(openingStateBadge(openingState(s, lon("2026-05-24", "10:00")))).toEqual({ label: "Closed", tone: "closed" });
    // Answered: closed, or open.
    const closedAnswer = schedule(s.sessions, [{ kind: "bank-holiday-closed", startDate: "2026-05-25", endDate: "2026-05-25" }]);
    expect(openingStateBadge(openingState(closedAnswer, lon("2026-05-25", "10:00")))).toEqual({ label: "Closed", tone: "closed" });
    const openAnswer = schedule(s.sessions, [{ kind: "bank-holiday-open", startDate: "2026-05-25", endDate: "2026-05-25" }]);
    expect(openingStateBadge(openingState(openAnswer, lon("2026-05-25", "10:00")))).toEqual({ label: "Closed", tone: "closed" });
  });

  it("the badge before a past-midnight session on an unanswered bank holiday (Christmas Day, 8pm–2am)", () => {
    const owl = schedule([session(5, "20:00", "02:00")]);
    const evening = openingState(owl, lon("2026-12-25", "18:00"));
    expect(openingStateText(evening)).toBe("Bank holiday today: usually opens at 8pm — check before travelling");
    expect(openingStateBadge(evening)).toEqual({ label: "Check first", tone: "check" });
  });

  it("'No upcoming sessions'", () => {
    expect(text(schedule([]), "2026-05-13", "18:00")).toBe("No upcoming sessions");
  });

  it("badges carry a word, not only a tone", () => {
    expect(openingStateBadge(openingState(usual, lon("2026-05-13", "18:00")))).toEqual({ label: "Open", tone: "open" });
    expect(openingStateBadge(openingState(usual, lon("2026-05-13", "22:00")))).toEqual({ label: "Closed", tone: "closed" });
  });
});

describe("the week's table in words", () => {
  it("describes sessions and notes", () => {
    const s = schedule(
      [session(1, "17:00", "21:00", { label: "Women's evening" }), session(3, "17:00", "21:00")],
      [
        closed("2026-05-27", "2026-05-27", "Staff training"),
        { kind: "extra", startDate: "2026-05-28", endDate: "2026-05-28", startTime: "12:00", endTime: "14:00" },
        { kind: "hours", startDate: "2026-05-29", endDate: "2026-05-29", startTime: "10:00", endTime: "12:00" },
      ],
    );
    const plan = weekPlan(s, "2026-05-25");
    const [mon, , wed, thu, fri] = plan.days;
    expect(planSessionText(mon!.intervals[0]!)).toBe("5pm–9pm: Women's evening (check before travelling)");
    expect(mon!.notes.map(dayNoteText)).toEqual(["Spring bank holiday: check before travelling"]);
    expect(wed!.notes.map(dayNoteText)).toEqual(["Closed: Staff training"]);
    const own = weekPlan(schedule(usual.sessions, [closed("2026-05-27", "2026-05-27", "Closed for staff training")]), "2026-05-25");
    expect(own.days[2]!.notes.map(dayNoteText)).toEqual(["Closed for staff training"]);
    expect(usualHoursText(wed!.usual)).toBe("Usually 5pm–9pm");
    expect(thu!.notes.map(dayNoteText)).toEqual(["Extra session midday–2pm"]);
    expect(fri!.notes.map(dayNoteText)).toEqual(["Changed hours"]);
    expect(planSessionText(fri!.intervals[0]!)).toBe("10am–midday");
  });
});

describe("weekly summary for a text message", () => {
  it("lists days in order, short", () => {
    expect(weeklyHoursSummary(schedule([session(6, "12:00", "16:00"), session(3, "17:00", "21:00")]))).toBe(
      "Wed 5pm–9pm; Sat midday–4pm",
    );
  });

  it("joins consecutive days with the same hours, and lists several sessions a day", () => {
    const weekdays = [1, 2, 3, 4, 5].map((d) => session(d, "17:00", "21:00"));
    expect(weeklyHoursSummary(schedule(weekdays))).toBe("Mon–Fri 5pm–9pm");
    expect(weeklyHoursSummary(schedule([session(6, "10:00", "12:00"), session(7, "10:00", "12:00")]))).toBe(
      "Sat, Sun 10am–midday",
    );
    expect(weeklyHoursSummary(schedule([session(5, "20:00", "02:00"), session(5, "10:00", "12:00")]))).toBe(
      "Fri 10am–midday, 8pm–2am",
    );
  });

  it("keeps to sessions running on a date when asked", () => {
    const s = schedule([session(3, "17:00", "21:00", { validUntil: "2026-05-01" }), session(4, "17:00", "21:00")]);
    expect(weeklyHoursSummary(s, { asOf: "2026-05-13" })).toBe("Thu 5pm–9pm");
    expect(weeklyHoursSummary(schedule([]))).toBe("No regular sessions");
  });

  it("fits in the length asked for, dropping whole days", () => {
    const busy = schedule(
      [1, 2, 3, 4, 5, 6, 7].flatMap((d) => [
        session(d, "09:00", "09:30"),
        session(d, `1${d}:00`, `1${d}:30`),
        session(d, "20:15", "21:45"),
      ]),
    );
    const full = weeklyHoursSummary(busy, { maxLength: 1000 });
    expect(full.length).toBeGreaterThan(200);
    const short = weeklyHoursSummary(busy, { maxLength: 120 });
    expect(short.length).toBeLessThanOrEqual(120);
    expect(short.endsWith("; …")).toBe(true);
    expect(weeklyHoursSummary(busy).length).toBeLessThanOrEqual(300);
  });
});
