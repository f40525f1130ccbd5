import { describe, expect, it } from "vitest";
import { awardAmountProblem, budgetSummary, rankApplications, scoreApplication, weightedScore, type ReviewInput } from "./scoring";

const criteria = [
  { id: "need", weight: 3 },
  { id: "plan", weight: 2 },
  { id: "value", weight: 1 },
];

function review(userId: string, scores: ReviewInput["scores"], more: Partial<ReviewInput> = {}): ReviewInput {
  return { userId, recused: false, submitted: true, recommendation: "yes", scores, ...more };
}

describe("a reviewer's weighted score", () => {
  it("weights each criterion", () => {
    // (3×5 + 2×2 + 1×2) / 6 = 21/6
    expect(weightedScore(criteria, { need: 5, plan: 2, value: 2 })).toBeCloseTo(3.5);
  });
  it("leaves an N/A criterion out, with its weight", () => {
    // (3×4 + 1×1) / 4
    expect(weightedScore(criteria, { need: 4, plan: null, value: 1 })).toBeCloseTo(3.25);
  });
  it("counts a 0 as a score, not as N/A", () => {
    expect(weightedScore(criteria, { need: 0, plan: null, value: null })).toBe(0);
  });
  it("is null when every criterion is N/A", () => {
    expect(weightedScore(criteria, { need: null, plan: null, value: null })).toBeNull();
    expect(weightedScore(criteria, {})).toBeNull();
  });
  it("ignores values outside 0–5", () => {
    expect(weightedScore(criteria, { need: 9, plan: 2, value: -1 })).toBe(2);
  });
});

describe("an application's result", () => {
  it("averages the reviewers' weighted scores, leaving out recused and unsubmitted reviewers", () => {
    const result = scoreApplication(criteria, [
      review("a", { need: 4, plan: 4, value: 4 }),
      review("b", { need: 2, plan: 2, value: 2 }, { recommendation: "maybe" }),
      review("c", { need: 0, plan: 0, value: 0 }, { recused: true }),
      review("d", { need: 0, plan: 0, value: 0 }, { submitted: false }),
    ]);
    expect(result.average).toBeCloseTo(3);
    expect(result.counted).toBe(2);
    expect(result.recused).toBe(1);
    expect(result.pending).toBe(1);
    expect(result.recommendations).toEqual({ yes: 1, maybe: 1, no: 0 });
    expect(result.criteria.need).toEqual({ average: 3, spread: 2 });
  });
  it("flags a large disagreement between reviewers", () => {
    const close = scoreApplication(criteria, [review("a", { need: 4, plan: 4, value: 4 }), review("b", { need: 3, plan: 4, value: 4 })]);
    expect(close.flagged).toBe(false);
    const apart = scoreApplication(criteria, [review("a", { need: 5, plan: 5, value: 5 }), review("b", { need: 3, plan: 3, value: 3 })]);
    expect(apart.spread).toBeCloseTo(2);
    expect(apart.flagged).toBe(true);
  });
  it("flags reviewers three points apart on one criterion even when their averages agree", () => {
    const result = scoreApplication(criteria, [review("a", { need: 3, plan: 1, value: 5 }), review("b", { need: 3, plan: 4, value: 0 })]);
    expect(result.spread).toBeLessThan(1.5);
    expect(result.flagged).toBe(true);
  });
  it("has no average or spread when nobody counted has scored", () => {
    const result = scoreApplication(criteria, [review("a", { need: 5 }, { recused: true })]);
    expect(result.average).toBeNull();
    expect(result.spread).toBeNull();
    expect(result.flagged).toBe(false);
  });
});

describe("ranking", () => {
  it("ranks highest first, shares a rank on equal averages and puts unscored applications last", () => {
    const ranked = rankApplications([
      { id: "1", reference: "R-1", average: 2 },
      { id: "2", reference: "R-2", average: null },
      { id: "3", reference: "R-3", average: 4 },
      { id: "4", reference: "R-4", average: 2.0000001 },
      { id: "5", reference: "R-5", average: 1 },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ["3", 1],
      ["1", 2],
      ["4", 2],
      ["5", 4],
      ["2", null],
    ]);
  });
});

describe("budget sums", () => {
  it("adds awards, leaves what remains, and runs the undecided requests against it in ranking order", () => {
    const summary = budgetSummary(100_000_00, [
      { id: "a", requestedPence: 30_000_00, awardedPence: 25_000_00, decided: true },
      { id: "d", requestedPence: 20_000_00, awardedPence: null, decided: true },
      { id: "x", requestedPence: 40_000_00, awardedPence: null, decided: false },
      { id: "y", requestedPence: 35_000_00, awardedPence: null, decided: false },
      { id: "z", requestedPence: 5_000_00, awardedPence: null, decided: false },
    ]);
    expect(summary.awardedPence).toBe(25_000_00);
    expect(summary.remainingPence).toBe(75_000_00);
    expect(summary.undecidedRequestedPence).toBe(80_000_00);
    expect(summary.running.x).toEqual({ cumulativePence: 40_000_00, fits: true });
    expect(summary.running.y).toEqual({ cumulativePence: 75_000_00, fits: true });
    expect(summary.running.z).toEqual({ cumulativePence: 80_000_00, fits: false });
    expect(summary.running.a).toBeUndefined();
  });
  it("refuses an award over the amount requested or the round's maximum, or not positive", () => {
    const limits = { requestedPence: 20_000_00, maxAwardPence: 15_000_00 };
    expect(awardAmountProblem(15_000_00, limits)).toBeNull();
    expect(awardAmountProblem(15_000_01, limits)).toBe("amount-over-maximum");
    expect(awardAmountProblem(20_000_01, { ...limits, maxAwardPence: 50_000_00 })).toBe("amount-over-requested");
    expect(awardAmountProblem(0, limits)).toBe("amount-not-positive");
    expect(awardAmountProblem(1.5, limits)).toBe("amount-not-positive");
  });
});
