import { describe, expect, it } from "vitest";
import type { Schedule, ScheduleExceptionRule, WeeklySessionRule } from "./opening-hours";
import { UPCOMING_CHANGES_DAYS, upcomingChanges, upcomingChangeText, type UpcomingChange } from "./upcoming-changes";

/** Wednesday evening and Monday evening sessions; "today" is Monday 23 November 2026. */
const TODAY = "2026-11-23";
const sessions: WeeklySessionRule[] = [
  { dayOfWeek: 1, startTime: "18:00", endTime: "21:00", label: "Men’s evening" },
  { dayOfWeek: 3, startTime: "17:00", endTime: "20:00" },
];
const schedule = (exceptions: ScheduleExceptionRule[] = []): Schedule => ({ sessions, exceptions });

function texts(changes: UpcomingChange[]): string[] {
  return changes.map((c) => {
    const text = upcomingChangeText(c);
    return [`${text.when}: ${text.what}`, ...text.details].join(" / ");
  });
}

describe("upcomingChanges", () => {
  it("lists a Christmas closure entered a month ahead, as one run with its reason", () => {
    const changes = upcomingChanges(schedule([{ kind: "closed", startDate: "2026-12-24", endDate: "2026-12-27", reason: "Closed for Christmas" }]), TODAY);
    expect(changes).toContainEqual({
      kind: "closed",
      startDate: "2026-12-24",
      endDate: "2026-12-27",
      reason: "Closed for Christmas",
      bankHoliday: null,
      cancelsSessions: false,
    });
    expect(texts(changes)).toContain("Thursday 24 December to Sunday 27 December: Closed for Christmas");
  });

  it("lists changed hours and extra sessions weeks ahead, with the usual hours and the reason", () => {
    const changes = upcomingChanges(
      schedule([
        { kind: "hours", startDate: "2026-12-16", endDate: "2026-12-16", startTime: "17:00", endTime: "18:30", reason: "Carol concert in the hall" },
        { kind: "extra", startDate: "2026-12-17", endDate: "2026-12-17", startTime: "13:00", endTime: "15:00", label: "Carers’ afternoon", reason: "Before the holidays" },
      ]),
      TODAY,
    );
    expect(texts(changes).slice(0, 2)).toEqual([
      "Wednesday 16 December: Changed hours: 5pm–6:30pm / Carol concert in the hall / Usually 5pm–8pm",
      "Thursday 17 December: Extra session 1pm–3pm / Carers’ afternoon / Before the holidays",
    ]);
  });

  it("says which bank holidays need checking, and gives the team's answers", () => {
    // Monday 28 December 2026 is the Boxing Day bank holiday; Easter Monday is 29 March 2027; the early May
    // bank holiday is 3 May 2027. Christmas Day (a Friday) and New Year's Day have no usual session.
    const changes = upcomingChanges(
      schedule([
        { kind: "bank-holiday-closed", startDate: "2027-03-29", endDate: "2027-03-29", reason: "" },
        { kind: "bank-holiday-open", startDate: "2027-05-03", endDate: "2027-05-03" },
      ]),
      TODAY,
    );
    expect(texts(changes)).toEqual([
      "Monday 28 December: Boxing Day (substitute day): the team has not said whether it opens — check before travelling / Usually 6pm–9pm: Men’s evening",
      "Monday 29 March: Closed: Easter Monday",
      "Monday 3 May: Early May bank holiday: open as usual, 6pm–9pm: Men’s evening",
    ]);
    const withReasons = upcomingChanges(
      schedule([
        { kind: "bank-holiday-closed", startDate: "2026-12-28", endDate: "2026-12-28", reason: "Closed for Boxing Day (substitute day)" },
        { kind: "bank-holiday-closed", startDate: "2027-03-29", endDate: "2027-03-29", reason: "Family day" },
      ]),
      TODAY,
    );
    expect(texts(withReasons).slice(0, 2)).toEqual([
      "Monday 28 December: Closed for Boxing Day (substitute day)",
      "Monday 29 March: Closed: Family day / Easter Monday (bank holiday)",
    ]);
  });

  it("gives a closure in force today from today, and a long closure until further notice", () => {
    const changes = upcomingChanges(schedule([{ kind: "closed", startDate: "2026-11-01", endDate: "2036-11-01", reason: "Venue closed" }]), TODAY);
    expect(changes).toEqual([expect.objectContaining({ kind: "closed", startDate: TODAY, endDate: "2036-11-01", cancelsSessions: true })]);
    expect(texts(changes)).toEqual(["From Monday 23 November: Closed until further notice: Venue closed"]);
    const own = upcomingChanges(schedule([{ kind: "closed", startDate: "2026-11-01", endDate: "2036-11-01", reason: "Closed while the venue is rebuilt" }]), TODAY);
    expect(texts(own)).toEqual(["From Monday 23 November: Closed while the venue is rebuilt (until further notice)"]);
    const upToJanuary = upcomingChanges(schedule([{ kind: "closed", startDate: "2026-12-24", endDate: "2027-01-02", reason: "" }]), TODAY, 35);
    expect(upToJanuary).toEqual([expect.objectContaining({ startDate: "2026-12-24", endDate: "2027-01-02" })]);
  });

  it("covers six months and no further, and stops at the limit", () => {
    const last = "2027-05-24"; // TODAY + 182 days
    const within = upcomingChanges(schedule([{ kind: "closed", startDate: last, endDate: last }]), TODAY);
    expect(within.some((c) => c.kind === "closed" && c.startDate === last)).toBe(true);
    const beyond = upcomingChanges(schedule([{ kind: "closed", startDate: "2027-05-25", endDate: "2027-05-25" }]), TODAY);
    expect(beyond.some((c) => c.kind === "closed")).toBe(false);
    expect(UPCOMING_CHANGES_DAYS).toBe(183);
    const weekly = Array.from({ length: 26 }, (_, i): ScheduleExceptionRule => {
      const date = new Date(Date.UTC(2026, 10, 26 + 7 * i)).toISOString().slice(0, 10);
      return { kind: "extra", startDate: date, endDate: date, startTime: "10:00", endTime: "12:00" };
    });
    expect(upcomingChanges(schedule(weekly), TODAY, UPCOMING_CHANGES_DAYS, 5)).toHaveLength(5);
  });

  it("says when a seasonal weekly session ends and starts again, on its last and first occurrence", () => {
    // Thursdays all year; Wednesdays from 1 November to 31 March (the first Wednesday is 4 November 2026,
    // the last 31 March 2027). Easter Monday (29 March 2027) has no session.
    const seasonal: Schedule = {
      sessions: [
        { dayOfWeek: 4, startTime: "17:00", endTime: "20:00" },
        { dayOfWeek: 3, startTime: "18:00", endTime: "21:00", validFrom: "2026-11-01", validUntil: "2027-03-31", label: "Winter evening" },
        { dayOfWeek: 3, startTime: "18:00", endTime: "21:00", validFrom: "2027-11-01" },
      ],
      exceptions: [],
    };
    const changes = upcomingChanges(seasonal, "2026-12-24");
    expect(changes).toContainEqual({ kind: "season-end", date: "2027-03-31", dayOfWeek: 3, startTime: "18:00", endTime: "21:00", label: "Winter evening" });
    expect(texts(changes)).toContain("Wednesday 31 March: Wednesday 6pm–9pm sessions end after this day / Winter evening");
    // The next winter's sessions start beyond the six months.
    expect(changes.some((c) => c.kind === "season-start")).toBe(false);
    expect(texts(upcomingChanges(seasonal, "2026-10-01"))[0]).toBe("Wednesday 4 November: Wednesday 6pm–9pm sessions start on this day / Winter evening");
    // In date order among the dated changes: after the Christmas bank holidays, before the early May one.
    const order = upcomingChanges(seasonal, "2026-12-24").map((c) => ("date" in c ? c.date : c.startDate));
    expect(order).toEqual([...order].sort());
    // Nothing once the season is over, and a season that began before today is not news.
    expect(upcomingChanges(seasonal, "2027-04-01").some((c) => c.kind === "season-end" || c.kind === "season-start")).toBe(false);
    expect(upcomingChanges(seasonal, "2026-11-05").some((c) => c.kind === "season-start")).toBe(false);
  });

  it("counts season ends within the limit and beside a closure run, without splitting the run", () => {
    const seasonal: Schedule = {
      sessions: [{ dayOfWeek: 3, startTime: "18:00", endTime: "21:00", validUntil: "2026-12-30" }],
      exceptions: [{ kind: "closed", startDate: "2026-12-24", endDate: "2027-01-02", reason: "Christmas" }],
    };
    const changes = upcomingChanges(seasonal, "2026-12-01");
    expect(changes.map((c) => c.kind)).toEqual(["closed", "season-end"]);
    expect(changes[0]).toMatchObject({ startDate: "2026-12-24", endDate: "2027-01-02" });
    expect(upcomingChanges(seasonal, "2026-12-01", 183, 1).map((c) => c.kind)).toEqual(["closed"]);
  });

  it("is empty for a usual week with no bank holiday", () => {
    expect(upcomingChanges(schedule(), "2027-06-01", 60)).toEqual([]);
  });
});
