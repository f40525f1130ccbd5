import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { TimelinePoint } from "~/modules/coverage";
import { formatMonth } from "./format";
import { TimelineChart } from "./TimelineChart";

/** The month labels on the chart's axis: their text, x and anchor, and the chart's width. */
function labels(points: TimelinePoint[]) {
  const html = renderToStaticMarkup(<TimelineChart points={points} />);
  const width = Number(/viewBox="0 0 (\d+)/.exec(html)![1]);
  const found = [...html.matchAll(/<text x="([\d.]+)" y="[\d.]+" text-anchor="(\w+)" font-size="11">([A-Z][a-z]{2} \d{4})<\/text>/g)].map((m) => ({
    x: Number(m[1]),
    anchor: m[2]!,
    text: m[3]!,
  }));
  return { width, found };
}

const months = (from: number, count: number): TimelinePoint[] =>
  Array.from({ length: count }, (_, i) => {
    const m = from + i;
    return { month: `${2022 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`, covered: i, active: 30, projected: false };
  });

describe("the coverage timeline chart", () => {
  it("labels the last month, inside the chart (never cut off at the right edge)", () => {
    for (const count of [1, 2, 9, 30, 59]) {
      const points = months(0, count);
      const { width, found } = labels(points);
      const lastLabel = found.at(-1)!;
      expect(lastLabel.text).toBe(formatMonth(points.at(-1)!.month));
      // About 6.5 units a character at font size 11: the label's right end stays within the chart.
      const length = lastLabel.text.length * 6.5;
      const right = lastLabel.anchor === "end" ? lastLabel.x : lastLabel.anchor === "middle" ? lastLabel.x + length / 2 : lastLabel.x + length;
      expect(right).toBeLessThanOrEqual(width);
    }
  });
});
