import { describe, expect, it } from "vitest";
import { isActiveOn } from "~/modules/footprint";
import { coverage, type CoverageCafe, type CoverageFootprint } from "./coverage";

const fp = (id: string, extra: Partial<CoverageFootprint> = {}): CoverageFootprint => ({
  id,
  code: id.toUpperCase(),
  name: `Footprint ${id}`,
  area: "Leicestershire",
  openedOn: "2019-10-01",
  closedOn: null,
  ...extra,
});
const cafe = (id: string, status: string, footprintId: string | null, coverageSiteId: string | null = null): CoverageCafe => ({
  id,
  name: `Café ${id}`,
  status,
  footprintId,
  coverageSiteId,
});

describe("footprints active on a date", () => {
  const closed = fp("lhf", { closedOn: "2022-03-31" });
  const opened = fp("orion", { openedOn: "2022-04-01" });
  it("counts a closed footprint only until its closing date", () => {
    expect(isActiveOn(closed, "2022-03-31")).toBe(true);
    expect(isActiveOn(closed, "2022-04-01")).toBe(false);
  });
  it("counts a new footprint from its opening date", () => {
    expect(isActiveOn(opened, "2022-03-31")).toBe(false);
    expect(isActiveOn(opened, "2022-04-01")).toBe(true);
  });
});

describe("coverage against the target of one open café per footprint", () => {
  const footprints = [fp("a"), fp("b"), fp("c"), fp("old", { closedOn: "2022-03-31" })];
  const sites = [{ id: "uni1", name: "University One" }, { id: "uni2", name: "University Two" }];

  it("counts only open cafés as coverage; planned and setting-up ones are the pipeline", () => {
    const result = coverage(
      footprints,
      sites,
      [cafe("1", "open", "a"), cafe("2", "setting-up", "b"), cafe("3", "paused", "c"), cafe("4", "open", "a", "uni1")],
      "2026-11-25",
    );
    expect(result.activeFootprints).toBe(3);
    expect(result.coveredFootprints).toBe(1);
    expect(result.gapsWithoutPipeline).toBe(1);
    const b = result.footprints.find((r) => r.place.id === "b");
    expect(b).toMatchObject({ covered: false, pipeline: 1, open: 0 });
    expect(result.footprints.find((r) => r.place.id === "c")).toMatchObject({ covered: false, paused: 1 });
    expect(result.coveredSites).toBe(1);
  });

  it("does not count a footprint that has closed, whatever its cafés", () => {
    const result = coverage(footprints, sites, [cafe("1", "open", "old")], "2026-11-25");
    expect(result.footprints.map((r) => r.place.id)).not.toContain("old");
    expect(result.coveredFootprints).toBe(0);
  });

  it("lists the gaps first", () => {
    const result = coverage(footprints, sites, [cafe("1", "open", "a")], "2026-11-25");
    expect(result.footprints[0]?.covered).toBe(false);
    expect(result.footprints.at(-1)?.place.id).toBe("a");
  });

  it("leaves closed cafés out of a footprint's list", () => {
    const result = coverage(footprints, sites, [cafe("1", "closed", "a"), cafe("2", "open", "a")], "2026-11-25");
    expect(result.footprints.find((r) => r.place.id === "a")?.cafes.map((c) => c.id)).toEqual(["2"]);
  });

  it("counts a café toward its footprint and its site, and a café with neither toward nothing", () => {
    const result = coverage(footprints, sites, [cafe("1", "open", "a", "uni2"), cafe("2", "open", null)], "2026-11-25");
    expect(result.footprints.find((r) => r.place.id === "a")).toMatchObject({ covered: true, open: 1 });
    expect(result.sites.map((r) => [r.place.id, r.covered])).toEqual([
      ["uni1", false],
      ["uni2", true],
    ]);
    expect(result.coveredFootprints).toBe(1);
  });

  it("counts planned cafés as the pipeline, so their footprint is not among the gaps without one", () => {
    const result = coverage(footprints, sites, [cafe("1", "planned", "a"), cafe("2", "paused", "b")], "2026-11-25");
    expect(result.footprints.find((r) => r.place.id === "a")).toMatchObject({ covered: false, pipeline: 1 });
    expect(result.gapsWithoutPipeline).toBe(2);
  });
});
