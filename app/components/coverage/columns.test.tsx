import { describe, expect, it } from "vitest";
import { dashboardRow, NO_HOURS, NO_PIPELINE, tableQuery } from "~/modules/coverage";
import { COVERAGE_COLUMNS, coverageCsv, tableHref } from "./columns";

const row = (sessions: number, expectedLaunches: string[] = []) =>
  dashboardRow(
    { kind: "footprint", id: "f", key: "U1", name: "Test", area: "Rutland", listSize: 10_000, listSizeVerified: true },
    [{ id: "c", status: "open", footprintId: "f", coverageSiteId: null, hours: { ...NO_HOURS, sessions, minutes: 120 * sessions }, languages: [], offers: [], stale: false, bookings: 0, attended: 0 }],
    { ...NO_PIPELINE, awarded: expectedLaunches.length, expectedLaunches },
    "2026-12-07",
  );
const text = (id: string, r: ReturnType<typeof row>) => COVERAGE_COLUMNS.find((c) => c.id === id)!.text(r);

describe("the coverage table's cells", () => {
  it("say 1 session, not 1 sessions", () => {
    expect(text("week", row(1))).toBe("1 session, 2 h");
    expect(text("week", row(2))).toBe("2 sessions, 4 h");
  });
  it("give expected launches with their year, overdue ones marked, in the CSV too", () => {
    const r = row(1, ["2026-10-01", "2027-02-15"]);
    expect(text("pipeline", r)).toContain("expected 1 Oct 2026 (overdue), 15 Feb 2027");
    expect(coverageCsv([r], "2026-12-07")).toContain("1 Oct 2026 (overdue)");
  });
  it("say a footprint's list size is unknown when none is recorded, in the CSV too (a university has none)", () => {
    const footprint = dashboardRow({ kind: "footprint", id: "f", key: "U1", name: "Test", area: "Rutland", listSize: null, listSizeVerified: true }, []);
    const university = dashboardRow({ kind: "university", id: "s", key: "uni", name: "Uni", area: null, listSize: null, listSizeVerified: true }, []);
    expect(text("listSize", footprint)).toBe("unknown");
    expect(coverageCsv([footprint], "2026-12-07")).toContain(",unknown,");
    expect(text("listSize", university)).toBe("");
  });
});

describe("the coverage table's links", () => {
  const query = (q: string) => tableQuery(new URLSearchParams(q));
  it("keep the sort and area, so the CSV is the table shown", () => {
    expect(tableHref(query("area=rutland&sort=hours&dir=desc"), {}, "/coverage/table.csv")).toBe("/coverage/table.csv?sort=hours&dir=desc&area=Rutland");
    expect(tableHref(query("sort=name"), { sort: "hours", dir: "desc" })).toBe("/coverage?sort=hours&dir=desc");
  });
  it("keep an unknown area, so its CSV is as empty as the table it shows", () => {
    expect(tableHref(query("area=Narnia"), {}, "/coverage/table.csv")).toBe("/coverage/table.csv?area=Narnia");
    expect(tableHref(query("area=Narnia"), { sort: "name" })).toBe("/coverage?sort=name&area=Narnia");
  });
});
