import { describe, expect, it } from "vitest";
import type { CoverageFootprint } from "./coverage";
import { coverageTimeline, openSpans, projectCoverage } from "./timeline";

const fp = (id: string, openedOn: string | null = null, closedOn: string | null = null): CoverageFootprint => ({
  id,
  code: id,
  name: id,
  area: "Leicester",
  openedOn,
  closedOn,
});

describe("footprints covered by month", () => {
  it("counts a footprint covered while a café is open in it, against the footprints active that month", () => {
    // The April 2022 change: "old" closes on 31 March, "new" opens on 1 April.
    const footprints = [fp("a"), fp("old", null, "2022-03-31"), fp("new", "2022-04-01")];
    const spans = [
      { footprintId: "old", from: "2022-02-10", until: null },
      { footprintId: "a", from: "2022-03-05", until: "2022-05-01" },
      { footprintId: "new", from: "2022-05-20", until: null },
    ];
    const points = coverageTimeline(footprints, spans, "2022-06-15");
    expect(points.map((p) => [p.month, p.covered, p.active])).toEqual([
      ["2022-02", 1, 2],
      ["2022-03", 2, 2],
      ["2022-04", 1, 2],
      ["2022-05", 1, 2],
      ["2022-06", 1, 2],
    ]);
  });

  it("is empty before the first café", () => {
    expect(coverageTimeline([fp("a")], [], "2026-01-01")).toEqual([]);
  });

  it("reads a café's open spans from its status history", () => {
    const spans = openSpans("a", [
      { date: "2023-01-01", status: "setting-up" },
      { date: "2023-02-01", status: "open" },
      { date: "2023-06-01", status: "paused" },
      { date: "2023-07-01", status: "open" },
    ]);
    expect(spans).toEqual([
      { footprintId: "a", from: "2023-02-01", until: "2023-06-01" },
      { footprintId: "a", from: "2023-07-01", until: null },
    ]);
  });
});

describe("projection from the pipeline", () => {
  it("gives the month every footprint is covered if the awarded cafés launch as planned", () => {
    const p = projectCoverage(
      { covered: 3, active: 5 },
      [
        { id: "x", name: "X", kind: "footprint", expected: "2027-03-10", onTheWay: true },
        { id: "y", name: "Y", kind: "footprint", expected: "2027-01-20", onTheWay: true },
      ],
      "2026-12-07",
    );
    expect(p.allCoveredBy).toBe("2027-03");
    expect(p.nothingOnTheWay).toEqual([]);
    expect(p.points.map((q) => [q.month, q.covered])).toEqual([
      ["2027-01", 4],
      ["2027-02", 4],
      ["2027-03", 5],
    ]);
    expect(p.points.every((q) => q.projected)).toBe(true);
  });

  it("names the gaps with nothing on the way, and then promises no date", () => {
    const p = projectCoverage({ covered: 3, active: 5 }, [{ id: "x", name: "X", kind: "footprint", expected: "2027-03-10", onTheWay: true }, { id: "z", name: "Z", kind: "footprint", expected: null, onTheWay: false }], "2026-12-07");
    expect(p.allCoveredBy).toBeNull();
    expect(p.nothingOnTheWay.map((g) => g.name)).toEqual(["Z"]);
  });

  it("counts an overdue launch from this month", () => {
    const p = projectCoverage({ covered: 4, active: 5 }, [{ id: "x", name: "X", kind: "footprint", expected: "2026-06-01", onTheWay: true }], "2026-12-07");
    expect(p.allCoveredBy).toBe("2026-12");
    expect(p.points).toEqual([]);
  });

  it("lists a café in set-up without a date as on the way, not as nothing on the way, and then promises no month", () => {
    const p = projectCoverage(
      { covered: 3, active: 5 },
      [
        { id: "x", name: "X", kind: "footprint", expected: "2027-03-10", onTheWay: true },
        { id: "s", name: "S", kind: "footprint", expected: null, onTheWay: true },
      ],
      "2026-12-07",
    );
    expect(p.noDateYet.map((g) => g.name)).toEqual(["S"]);
    expect(p.nothingOnTheWay).toEqual([]);
    expect(p.allCoveredBy).toBeNull();
  });

  it("includes universities: their launches set the month, without moving the footprints' line", () => {
    const p = projectCoverage(
      { covered: 4, active: 5 },
      [
        { id: "x", name: "X", kind: "footprint", expected: "2027-01-10", onTheWay: true },
        { id: "u", name: "U", kind: "university", expected: "2027-02-10", onTheWay: true },
      ],
      "2026-12-07",
    );
    expect(p.allCoveredBy).toBe("2027-02");
    expect(p.points.map((q) => [q.month, q.covered])).toEqual([
      ["2027-01", 5],
      ["2027-02", 5],
    ]);
    const gap = projectCoverage({ covered: 5, active: 5 }, [{ id: "u", name: "U", kind: "university", expected: null, onTheWay: false }], "2026-12-07");
    expect(gap.allCoveredBy).toBeNull();
    expect(gap.nothingOnTheWay.map((g) => g.name)).toEqual(["U"]);
  });
});
