import { describe, expect, it } from "vitest";
import { nextPeriod, quarterEnd, reminderDue, returnOpen, returnOverdue, returnPeriods } from "./monitoring";

describe("monitoring return periods", () => {
  it("run from the launch to the end of its calendar quarter, then quarter by quarter, each due 30 days after", () => {
    expect(returnPeriods("2027-02-10", 4)).toEqual([
      { periodStart: "2027-02-10", periodEnd: "2027-03-31", dueOn: "2027-04-30" },
      { periodStart: "2027-04-01", periodEnd: "2027-06-30", dueOn: "2027-07-30" },
      { periodStart: "2027-07-01", periodEnd: "2027-09-30", dueOn: "2027-10-30" },
      { periodStart: "2027-10-01", periodEnd: "2027-12-31", dueOn: "2028-01-30" },
    ]);
    expect(nextPeriod({ periodEnd: "2027-12-31" })).toEqual({ periodStart: "2028-01-01", periodEnd: "2028-03-31", dueOn: "2028-04-30" });
    expect(quarterEnd("2028-02-29")).toBe("2028-03-31");
    expect(returnPeriods("not a date", 4)).toEqual([]);
  });

  it("open on the quarter's last day and are overdue after the due date", () => {
    const r = { submittedAt: null, periodEnd: "2027-03-31", dueOn: "2027-04-30" };
    expect(returnOpen(r, "2027-03-30")).toBe(false);
    expect(returnOpen(r, "2027-03-31")).toBe(true);
    expect(returnOverdue(r, "2027-04-30")).toBe(false);
    expect(returnOverdue(r, "2027-05-01")).toBe(true);
    expect(returnOverdue({ ...r, submittedAt: new Date() }, "2027-06-01")).toBe(false);
    expect(returnOpen({ ...r, submittedAt: new Date() }, "2027-04-01")).toBe(false);
  });

  it("remind once from 14 days before the due date, then weekly while overdue", () => {
    const r = { submittedAt: null, periodEnd: "2027-03-31", dueOn: "2027-04-30", reminderSentOn: null as string | null };
    expect(reminderDue(r, "2027-04-15")).toBe(false);
    expect(reminderDue(r, "2027-04-16")).toBe(true);
    expect(reminderDue({ ...r, reminderSentOn: "2027-04-16" }, "2027-04-30")).toBe(false);
    expect(reminderDue({ ...r, reminderSentOn: "2027-04-16" }, "2027-05-01")).toBe(true);
    expect(reminderDue({ ...r, reminderSentOn: "2027-05-01" }, "2027-05-07")).toBe(false);
    expect(reminderDue({ ...r, reminderSentOn: "2027-05-01" }, "2027-05-08")).toBe(true);
    expect(reminderDue({ ...r, submittedAt: "2027-04-20" }, "2027-05-08")).toBe(false);
  });
});
