import { describe, expect, it } from "vitest";
import { ids } from "./hsds";
import { filterServices, matchesTimes, paginate, parseDay, parseListQuery, parseTime, type ListQuery } from "./query";
import { cafe, phoneLine } from "./fixtures.test-support";

const TODAY = "2026-11-25";
function query(qs: string): ListQuery {
  const result = parseListQuery(new URLSearchParams(qs));
  if (!result.ok) throw new Error(`refused ${result.problem.parameter}`);
  return result.query;
}

describe("the API's query parameters", () => {
  it("reads paging with defaults and bounds", () => {
    expect(query("")).toMatchObject({ page: 1, perPage: 50, search: [], day: null });
    expect(query("page=3&per_page=10")).toMatchObject({ page: 3, perPage: 10 });
    expect(query("per_page=100000").perPage).toBe(500);
  });

  it("names the parameter it cannot use", () => {
    for (const [qs, parameter] of [["page=x", "page"], ["page=0", "page"], ["per_page=-2", "per_page"], ["per_page=0", "per_page"], ["day=Funday", "day"], ["start_time=25:00", "start_time"], ["minimum_age=old", "minimum_age"], ["modified_after=yesterday", "modified_after"]]) {
      expect(parseListQuery(new URLSearchParams(qs))).toEqual({ ok: false, problem: { parameter } });
    }
  });

  it("reads days and times as people and programs write them", () => {
    expect(["MO", "monday", "Mon", "1"].map(parseDay)).toEqual([1, 1, 1, 1]);
    expect(["SU", "Sunday"].map(parseDay)).toEqual([7, 7]);
    expect(parseDay("Mondays")).toBeNull();
    expect(parseTime("9:30")).toBe("09:30");
    expect(parseTime("18:00:00")).toBe("18:00");
    expect(parseTime("6pm")).toBeNull();
  });
});

describe("filters", () => {
  const services = [cafe(), phoneLine()];

  it("searches words anywhere in the service, its group, places and terms, all of them", () => {
    expect(filterServices(services, query("search=LANTERN"), TODAY).map((s) => s.key)).toEqual(["cafe1"]);
    expect(filterServices(services, query("search=debt%20rutland"), TODAY).map((s) => s.key)).toEqual(["p1"]);
    expect(filterServices(services, query("search=clocktower"), TODAY)).toHaveLength(2);
    expect(filterServices(services, query("search=lantern%20debt"), TODAY)).toHaveLength(0);
  });

  it("filters by term, by list and by organisation id", () => {
    const womenOnly = ids.term(cafe().terms[0]!);
    expect(filterServices(services, query(`taxonomy_term_id=${womenOnly.toUpperCase()}`), TODAY).map((s) => s.key)).toEqual(["cafe1"]);
    expect(filterServices(services, query(`taxonomy_id=${ids.taxonomy("support")}`), TODAY).map((s) => s.key)).toEqual(["p1"]);
    expect(filterServices(services, query(`taxonomy_id=${ids.taxonomy("access")}`), TODAY).map((s) => s.key)).toEqual(["cafe1"]);
    expect(filterServices(services, query(`organization_id=${ids.organisation(cafe().organisation)}`), TODAY)).toHaveLength(2);
  });

  it("keeps services with a stated age range inside the one asked for", () => {
    expect(filterServices(services, query("minimum_age=18"), TODAY).map((s) => s.key)).toEqual(["p1"]);
    expect(filterServices(services, query("minimum_age=21"), TODAY)).toHaveLength(0);
    expect(filterServices(services, query("maximum_age=70"), TODAY).map((s) => s.key)).toEqual(["p1"]);
  });

  it("matches a weekly session by day, start and end; a session past midnight never ends before an end time", () => {
    const c = cafe();
    expect(matchesTimes(c, 3, "18:00", "21:00", TODAY)).toBe(true);
    expect(matchesTimes(c, 3, "18:30", null, TODAY)).toBe(false);
    expect(matchesTimes(c, 2, null, null, TODAY)).toBe(false);
    expect(matchesTimes(c, 5, "19:00", null, TODAY)).toBe(true);
    expect(matchesTimes(c, 5, null, "23:59", TODAY)).toBe(false);
    expect(matchesTimes(c, 6, null, null, TODAY)).toBe(false);
    expect(matchesTimes(phoneLine(), 1, null, null, TODAY)).toBe(false);
    expect(filterServices(services, query("day=WE"), TODAY).map((s) => s.key)).toEqual(["cafe1"]);
  });
});

describe("paging", () => {
  it("slices and describes pages, and a page past the end is empty", () => {
    const items = [1, 2, 3, 4, 5];
    expect(paginate(items, 2, 2, (n) => n * 10)).toEqual({ total_items: 5, total_pages: 3, page_number: 2, size: 2, first_page: false, last_page: false, empty: false, contents: [30, 40] });
    expect(paginate(items, 3, 2, (n) => n)).toMatchObject({ last_page: true, size: 1, contents: [5] });
    expect(paginate(items, 4, 2, (n) => n)).toMatchObject({ last_page: true, empty: true, size: 0, contents: [] });
    expect(paginate([], 1, 50, (n) => n)).toEqual({ total_items: 0, total_pages: 0, page_number: 1, size: 0, first_page: true, last_page: true, empty: true, contents: [] });
  });
});
