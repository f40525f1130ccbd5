import { describe, expect, it } from "vitest";
import { milesText, resultsCountText } from "./text";

describe("the finder's counts in words", () => {
  it("says how many cafés a page shows, singular for one", () => {
    expect(resultsCountText("distance", 1, 10)).toBe("Page 1: 10 cafés, nearest first.");
    expect(resultsCountText("surgery-area", 1, 10)).toBe("Page 1: 10 cafés, those in your surgery’s area first.");
    expect(resultsCountText("distance", 3, 1)).toBe("Page 3: 1 café.");
    expect(resultsCountText("town", 1, 9)).toBe("Page 1: 9 cafés, by town.");
    expect(resultsCountText("town", 1, 1)).toBe("Page 1: 1 café.");
    expect(resultsCountText("town", 2, 2)).toBe("Page 2: 2 cafés, by town.");
  });

  it("writes distances in miles, singular for one", () => {
    expect(milesText(1)).toBe("1 mile away");
    expect(milesText(1.04)).toBe("1 mile away");
    expect(milesText(0.03)).toBe("0.1 miles away");
    expect(milesText(2.5)).toBe("2.5 miles away");
    expect(milesText(12.4)).toBe("12 miles away");
  });
});
