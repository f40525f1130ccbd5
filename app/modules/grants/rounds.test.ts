import { describe, expect, it } from "vitest";
import { acceptsSubmissions, londonInstant, londonParts, mayMoveRound, openingProblems, roundDateProblems } from "./rounds";

const round = (closesAt: Date) => ({ status: "open", opensAt: new Date("2026-01-01T00:00:00Z"), closesAt });

describe("the closing minute, in Europe/London", () => {
  it("closing at 12:00 on the day the clocks go forward is 11:00 UTC: 11:59:59 BST is in, 12:00 BST is out", () => {
    const closesAt = londonInstant("2027-03-28", "12:00")!;
    expect(closesAt.toISOString()).toBe("2027-03-28T11:00:00.000Z");
    expect(acceptsSubmissions(round(closesAt), new Date("2027-03-28T10:59:59Z"))).toBe(true);
    expect(acceptsSubmissions(round(closesAt), new Date("2027-03-28T11:00:00Z"))).toBe(false);
    // 11:30 UTC would still be before noon on a GMT clock: it is after the closing minute in London.
    expect(acceptsSubmissions(round(closesAt), new Date("2027-03-28T11:30:00Z"))).toBe(false);
  });

  it("closing at 12:00 on the day the clocks go back is 12:00 UTC: 11:30 UTC (11:30 GMT) is still in", () => {
    const closesAt = londonInstant("2026-10-25", "12:00")!;
    expect(closesAt.toISOString()).toBe("2026-10-25T12:00:00.000Z");
    expect(acceptsSubmissions(round(closesAt), new Date("2026-10-25T11:30:00Z"))).toBe(true);
    expect(acceptsSubmissions(round(closesAt), new Date("2026-10-25T11:59:59.999Z"))).toBe(true);
    expect(acceptsSubmissions(round(closesAt), new Date("2026-10-25T12:00:00Z"))).toBe(false);
  });

  it("a round not open, or not yet open, takes nothing", () => {
    const closesAt = new Date("2027-03-31T11:00:00Z");
    expect(acceptsSubmissions({ ...round(closesAt), status: "closed" }, new Date("2027-03-01T00:00:00Z"))).toBe(false);
    expect(acceptsSubmissions({ ...round(closesAt), opensAt: new Date("2027-03-02T00:00:00Z") }, new Date("2027-03-01T00:00:00Z"))).toBe(false);
  });

  it("shows an instant again as the London date and time typed", () => {
    expect(londonParts(londonInstant("2027-03-28", "12:00"))).toEqual({ date: "2027-03-28", time: "12:00" });
    expect(londonInstant("2027-02-30", "12:00")).toBeNull();
    expect(londonInstant("2027-03-28", "noon")).toBeNull();
  });
});

describe("a round's status", () => {
  it("cannot open without criteria, a budget, areas and dates", () => {
    const ready = { budgetPence: 10_000_000, maxAwardPence: 1_500_000, criteria: 3, areas: 2, opensAt: new Date(1), closesAt: new Date(2) };
    expect(openingProblems(ready)).toEqual([]);
    expect(openingProblems({ ...ready, criteria: 0 })).toEqual(["criteria"]);
    expect(openingProblems({ ...ready, budgetPence: 0 })).toEqual(["budget", "maxAward"]);
    expect(openingProblems({ ...ready, closesAt: null })).toEqual(["dates"]);
  });

  it("moves draft → open → closed → decided → archived, and a closed round may open again", () => {
    expect(mayMoveRound("draft", "open")).toBe(true);
    expect(mayMoveRound("closed", "open")).toBe(true);
    expect(mayMoveRound("draft", "decided")).toBe(false);
    expect(mayMoveRound("archived", "open")).toBe(false);
  });
});

describe("a round's typed dates", () => {
  it("names every field's problem at once", () => {
    expect(roundDateProblems({ opensDate: "2026-13-45", opensTime: "25:00", closesDate: "", closesTime: "noon" })).toEqual({
      opensDate: "date",
      opensTime: "time",
      closesDate: "dateMissing",
      closesTime: "time",
    });
  });

  it("accepts real dates and times, and empty ones", () => {
    expect(roundDateProblems({ opensDate: "2027-03-28", opensTime: "9:30", closesDate: "", closesTime: "" })).toEqual({});
  });
});
