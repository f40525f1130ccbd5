import { describe, expect, it } from "vitest";
import { notRunningNotice, printedSessionText, weeklySessionText } from "./public-cafe-text";
import { seasonBounds, type WeeklySessionRule } from "~/modules/schedule";

const TODAY = "2026-11-25";
const printed = (session: WeeklySessionRule) => printedSessionText(session, seasonBounds(session), TODAY);

describe("a weekly session in words", () => {
  it("names the day and the times", () => {
    expect(weeklySessionText({ dayOfWeek: 3, startTime: "18:00", endTime: "21:00" })).toBe("Wednesday 6pm–9pm");
  });

  it("on a poster, adds its group and a season's dates (a start only while it is to come)", () => {
    expect(printed({ dayOfWeek: 3, startTime: "17:00", endTime: "21:00" })).toBe("Wednesday 5pm–9pm");
    expect(printed({ dayOfWeek: 3, startTime: "17:00", endTime: "21:00", label: "Women-only evening" })).toBe("Wednesday 5pm–9pm (Women-only evening)");
    expect(printed({ dayOfWeek: 3, startTime: "18:00", endTime: "21:00", validUntil: "2027-03-31" })).toBe("Wednesday 6pm–9pm, until 31 March");
    expect(printed({ dayOfWeek: 3, startTime: "18:00", endTime: "21:00", validFrom: "2026-01-07", validUntil: "2027-03-31" })).toBe(
      "Wednesday 6pm–9pm, until 31 March",
    );
    expect(printed({ dayOfWeek: 3, startTime: "18:00", endTime: "21:00", validFrom: "2027-01-04", validUntil: "2027-03-31" })).toBe(
      "Wednesday 6pm–9pm, from 6 January to 31 March",
    );
    expect(printed({ dayOfWeek: 4, startTime: "17:00", endTime: "20:00", validFrom: "2027-01-07", label: "Students" })).toBe(
      "Thursday 5pm–8pm (Students), from 7 January",
    );
  });
});

describe("a café that is not running", () => {
  it("is said to be paused or closed instead of its hours", () => {
    expect(notRunningNotice("paused")).toBe("Paused: not running at the moment");
    expect(notRunningNotice("closed")).toBe("Closed: no longer running");
    expect(notRunningNotice("open")).toBeNull();
  });
});
