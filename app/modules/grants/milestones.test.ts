import { describe, expect, it } from "vitest";
import { defaultMilestoneKey, defaultMilestones, DEFAULT_MILESTONES, expectedLaunchDate, mayLaunch, milestoneOverdue } from "./milestones";

describe("set-up milestones", () => {
  it("start with the issue's seven defaults, due in order after acceptance", () => {
    const list = defaultMilestones("2027-01-04");
    expect(list.map((m) => defaultMilestoneKey(m.title))).toEqual([
      "agreement-signed",
      "venue-confirmed",
      "safeguarding-lead",
      "staff-recruited",
      "staff-trained",
      "cap-briefed",
      "sessions-published",
    ]);
    expect(list[0]!.dueOn).toBe("2027-01-18");
    expect(list.at(-1)!.dueOn).toBe("2027-03-29");
    expect([...list].sort((a, b) => a.sortOrder - b.sortOrder)).toEqual(list);
    expect(DEFAULT_MILESTONES).toHaveLength(7);
  });

  it("keep an officer's own title as typed, even one that looks like a default's key", () => {
    expect(defaultMilestoneKey("staff-trained")).toBeNull();
    expect(defaultMilestoneKey("default:nonsense")).toBeNull();
  });

  it("let the café launch only when every milestone is done or waived", () => {
    expect(mayLaunch([{ status: "done" }, { status: "waived" }])).toBe(true);
    expect(mayLaunch([{ status: "done" }, { status: "pending" }])).toBe(false);
    expect(mayLaunch([])).toBe(true);
  });

  it("are overdue when pending past their due date", () => {
    expect(milestoneOverdue({ status: "pending", dueOn: "2027-01-01" }, "2027-01-02")).toBe(true);
    expect(milestoneOverdue({ status: "pending", dueOn: "2027-01-02" }, "2027-01-02")).toBe(false);
    expect(milestoneOverdue({ status: "waived", dueOn: "2027-01-01" }, "2027-02-02")).toBe(false);
    expect(milestoneOverdue({ status: "pending", dueOn: null }, "2027-02-02")).toBe(false);
  });

  it("expect the launch on the planned start date when it is after acceptance, else when the last milestone is due", () => {
    expect(expectedLaunchDate("2027-01-04", "2027-06-01")).toBe("2027-06-01");
    expect(expectedLaunchDate("2027-01-04", "2026-12-01")).toBe("2027-03-29");
    expect(expectedLaunchDate("2027-01-04", null)).toBe("2027-03-29");
  });
});
