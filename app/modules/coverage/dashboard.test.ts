import { describe, expect, it } from "vitest";
import { coverageStatus, dashboardRow, headline, NO_PIPELINE, shownRows, tableQuery, type DashboardCafe, type DashboardPlace } from "./dashboard";
import { NO_HOURS } from "./week-hours";

const place = (id: string, area: string | null, listSize: number | null = 20_000): DashboardPlace => ({
  kind: area ? "footprint" : "university",
  id,
  key: id.toUpperCase(),
  name: `Place ${id}`,
  area,
  listSize,
  listSizeVerified: true,
});
const cafe = (status: string, minutes = 0, extra: Partial<DashboardCafe> = {}): DashboardCafe => ({
  id: Math.random().toString(36),
  status,
  footprintId: null,
  coverageSiteId: null,
  hours: { ...NO_HOURS, sessions: minutes ? 1 : 0, minutes },
  languages: [],
  offers: [],
  stale: false,
  bookings: 0,
  attended: 0,
  ...extra,
});

describe("a footprint's status", () => {
  it("is covered with an open café, covered soon with one on the way or an award, a gap otherwise", () => {
    expect(coverageStatus(1, 0, NO_PIPELINE)).toBe("covered");
    expect(coverageStatus(0, 1, NO_PIPELINE)).toBe("covered-soon");
    expect(coverageStatus(0, 0, { ...NO_PIPELINE, awarded: 1, expectedLaunches: ["2027-01-01"] })).toBe("covered-soon");
    expect(coverageStatus(0, 0, { ...NO_PIPELINE, submitted: 2 })).toBe("gap");
  });
});

describe("a footprint's row", () => {
  it("counts only open cafés' hours, languages and offers; bookings of every café", () => {
    const row = dashboardRow(place("a", "Leicester"), [
      cafe("open", 120, { languages: ["Urdu", "English"], offers: ["Women"], bookings: 3, attended: 2 }),
      cafe("paused", 600, { languages: ["Polish"], bookings: 1 }),
      cafe("setting-up"),
    ]);
    expect(row).toMatchObject({ open: 1, paused: 1, onTheWay: 1, status: "covered", bookings: 4, attended: 2 });
    expect(row.hours.minutes).toBe(120);
    expect(row.languages).toEqual(["English", "Urdu"]);
    expect(row.per10k).toEqual({ value: 1, approximate: false });
  });
});

describe("expected launches", () => {
  it("are marked overdue once their date has passed", () => {
    const row = dashboardRow(place("a", "Leicester"), [], { ...NO_PIPELINE, awarded: 2, expectedLaunches: ["2026-10-01", "2027-01-15"] }, "2026-12-07");
    expect(row.expected).toEqual([
      { date: "2026-10-01", overdue: true },
      { date: "2027-01-15", overdue: false },
    ]);
  });
});

describe("the table's rows", () => {
  const rows = [
    dashboardRow(place("b", "Leicestershire"), [cafe("open", 60)]),
    dashboardRow(place("a", "Leicester"), []),
    dashboardRow(place("c", "Rutland"), [cafe("open", 300)]),
    dashboardRow(place("u", null), [cafe("open", 30)]),
  ];
  it("lists gaps first by default", () => {
    expect(shownRows(rows, tableQuery(new URLSearchParams())).map((r) => r.id)).toEqual(["a", "b", "c", "u"]);
  });
  it("sorts by a column either way", () => {
    expect(shownRows(rows, tableQuery(new URLSearchParams("sort=hours&dir=desc"))).map((r) => r.id)).toEqual(["c", "b", "u", "a"]);
    expect(shownRows(rows, tableQuery(new URLSearchParams("sort=name"))).map((r) => r.id)).toEqual(["a", "b", "c", "u"]);
  });
  it("includes the universities of the chosen area when filtering by area", () => {
    const uni = { ...dashboardRow({ ...place("dmu", null), inArea: "Leicester" }, []) };
    const lboro = { ...dashboardRow({ ...place("lboro", null), inArea: "Leicestershire" }, []) };
    const leicester = { ...dashboardRow(place("l", "Leicester"), []) };
    const ids = shownRows([leicester, uni, lboro], tableQuery(new URLSearchParams("area=Leicester"))).map((r) => r.id);
    expect(ids.sort()).toEqual(["dmu", "l"]);
  });
  it("filters by area, ignores an unknown sort, and shows nothing for an unknown area (reporting it)", () => {
    expect(shownRows(rows, tableQuery(new URLSearchParams("area=Rutland"))).map((r) => r.id)).toEqual(["c"]);
    expect(tableQuery(new URLSearchParams("sort=__proto__"))).toEqual({ sort: "status", dir: "asc", area: null });
    const mars = tableQuery(new URLSearchParams("area=Mars&sort=__proto__"));
    expect(mars).toEqual({ sort: "status", dir: "asc", area: null, unknownArea: "Mars" });
    expect(shownRows(rows, mars)).toEqual([]);
  });
  it("takes an area in any case as that area", () => {
    expect(tableQuery(new URLSearchParams("area=rutland")).area).toBe("Rutland");
    expect(tableQuery(new URLSearchParams("area=LEICESTERSHIRE")).area).toBe("Leicestershire");
    expect(shownRows(rows, tableQuery(new URLSearchParams("area=rutland"))).map((r) => r.id)).toEqual(["c"]);
  });
  it("gives headline figures over all rows", () => {
    const cafes = [
      cafe("open", 60, { footprintId: "b" }),
      cafe("open", 300, { footprintId: "c" }),
      cafe("open", 30, { coverageSiteId: "u" }),
    ];
    const h = headline(rows.slice(0, 3), rows.slice(3), cafes);
    expect(h).toMatchObject({ activeFootprints: 3, coveredFootprints: 2, sites: 1, coveredSites: 1, noEvening: 3 });
    expect(h.hours.minutes).toBe(390);
  });
  it("counts a café at a university once in the headline figures", () => {
    const atUniversity = cafe("open", 120, { footprintId: "a", coverageSiteId: "u", stale: true, bookings: 5, attended: 3 });
    const footprints = [dashboardRow(place("a", "Leicester"), [atUniversity])];
    const sites = [dashboardRow(place("u", null), [atUniversity])];
    const h = headline(footprints, sites, [atUniversity, cafe("open", 600, { footprintId: "elsewhere" })]);
    expect(h).toMatchObject({ staleListings: 1, bookings: 5, attended: 3 });
    expect(h.hours.minutes).toBe(120);
  });
});
