import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  finderHref,
  hasFilters,
  MAX_PAGES,
  MAX_TAGS_PER_KIND,
  parseFinderQuery,
  roundCoordinate,
  whenWeekday,
  type FinderQuery,
} from "./finder-query";

const parse = (search: string) => parseFinderQuery(new URLSearchParams(search));

describe("parseFinderQuery", () => {
  it("gives the defaults for an empty query", () => {
    expect(parse("")).toEqual({
      mode: "none",
      q: "",
      qTooLong: false,
      gp: "",
      gpTooLong: false,
      practice: null,
      location: null,
      locationInvalid: false,
      page: 1,
      when: "any",
      languages: [],
      audiences: [],
      access: [],
    } satisfies FinderQuery);
  });

  it("keeps the search text as typed, trimmed, without control characters", () => {
    expect(parse("q=%20%20le1%206rl%20").q).toBe("le1 6rl");
    expect(parse("q=Market%0AHarborough%00").q).toBe("Market Harborough");
    expect(parse("q=%F0%9F%98%80%20Oakham").q).toBe("😀 Oakham");
  });

  it("cuts text longer than 100 characters and says so", () => {
    const long = "a".repeat(150);
    const query = parse(`q=${long}`);
    expect(query.q).toBe("a".repeat(100));
    expect(query.qTooLong).toBe(true);
    expect(query.mode).toBe("place");
    expect(parse(`gp=${"b".repeat(101)}`)).toMatchObject({ gp: "b".repeat(100), gpTooLong: true, mode: "gp" });
    // Characters, not UTF-16 units: 100 emoji are not too long.
    expect(parse(`q=${encodeURIComponent("😀".repeat(100))}`).qTooLong).toBe(false);
  });

  it("picks one way of searching: text first, then practice, then location, then GP name", () => {
    expect(parse("q=LE1&practice=C82001&lat=52.6&lng=-1.1&gp=high").mode).toBe("place");
    expect(parse("q=&practice=c82001&lat=52.6&lng=-1.1&gp=high")).toMatchObject({ mode: "practice", practice: "C82001" });
    expect(parse("lat=52.6&lng=-1.1&gp=high").mode).toBe("location");
    expect(parse("gp=high").mode).toBe("gp");
    expect(parse("q=%20%20").mode).toBe("none");
  });

  it("reads a location, rounded to about 100 metres, and flags an unusable one", () => {
    expect(parse("lat=52.63456&lng=-1.13289").location).toEqual({ lat: 52.635, lng: -1.133 });
    for (const bad of ["lat=91&lng=0", "lat=52&lng=181", "lat=abc&lng=1", "lat=52", "lng=1", "lat=&lng=", "lat=Infinity&lng=1", "lat=1e400&lng=1"]) {
      const query = parse(bad);
      expect(query.location, bad).toBeNull();
      expect(query.locationInvalid, bad).toBe(true);
      expect(query.mode, bad).toBe("location");
    }
  });

  it("accepts only practice codes made of letters and digits", () => {
    expect(parse("practice=%20c82001%20").practice).toBe("C82001");
    expect(parse("practice=C8'2001").practice).toBeNull();
    expect(parse("practice=C8").practice).toBeNull();
    expect(parse(`practice=${"A".repeat(11)}`).practice).toBeNull();
  });

  it("keeps the page between 1 and the one after the last page offered", () => {
    expect(parse("page=3").page).toBe(3);
    expect(parse(`page=${MAX_PAGES}`).page).toBe(MAX_PAGES);
    expect(parse("page=99").page).toBe(MAX_PAGES + 1);
    expect(parse("page=0").page).toBe(1);
    expect(parse("page=-4").page).toBe(1);
    expect(parse("page=2.5").page).toBe(1);
    expect(parse("page=two").page).toBe(1);
  });

  it("reads when: now, this evening or a day of the week", () => {
    expect(parse("when=NOW").when).toBe("now");
    expect(parse("when=evening").when).toBe("evening");
    expect(parse("when=4").when).toBe("4");
    expect(parse("when=8").when).toBe("any");
    expect(parse("when=tomorrow").when).toBe("any");
  });

  it("reads repeated or comma-separated tags, without duplicates or odd values", () => {
    expect(parse("lang=urdu&lang=Gujarati,urdu&lang=../etc&lang=").languages).toEqual(["urdu", "gujarati"]);
    expect(parse("for=women-only&access=step-free-access&access=hearing-loop")).toMatchObject({
      audiences: ["women-only"],
      access: ["step-free-access", "hearing-loop"],
    });
    const many = Array.from({ length: 50 }, (_, i) => `lang=l${i}`).join("&");
    expect(parse(many).languages).toHaveLength(MAX_TAGS_PER_KIND);
  });

  it("never throws, whatever the query string holds", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("q", "gp", "practice", "lat", "lng", "page", "when", "lang", "for", "access", "x"), fc.string({ maxLength: 300 })), { maxLength: 30 }), (pairs) => {
        const query = parseFinderQuery(new URLSearchParams(pairs));
        expect(query.page).toBeGreaterThanOrEqual(1);
        expect(query.page).toBeLessThanOrEqual(MAX_PAGES + 1);
        expect(Array.from(query.q).length).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
  });
});

describe("finderHref", () => {
  it("writes the search and filters back, page 1 left out", () => {
    const query = parse("q=LE1 6RL&when=now&lang=urdu&for=women-only&access=hearing-loop&page=2");
    expect(finderHref(query)).toBe("/?q=LE1+6RL&when=now&lang=urdu&for=women-only&access=hearing-loop");
    expect(finderHref(query, { page: 3 })).toBe("/?q=LE1+6RL&when=now&lang=urdu&for=women-only&access=hearing-loop&page=3");
    expect(finderHref(query, { languages: [] })).toBe("/?q=LE1+6RL&when=now&for=women-only&access=hearing-loop");
    expect(finderHref(query, { practice: "C82001" })).toBe("/?practice=C82001&when=now&lang=urdu&for=women-only&access=hearing-loop");
    expect(finderHref(parse(""))).toBe("/");
  });

  it("round-trips: reading a link gives the same query", () => {
    const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
    fc.assert(
      fc.property(
        fc.record({
          q: fc.string({ maxLength: 40 }).map((s) => s.replace(/[\u0000-\u001f\u007f]/g, "").trim()),
          when: fc.constantFrom("any", "now", "evening", "1", "7"),
          languages: fc.uniqueArray(slug, { maxLength: 4 }),
          audiences: fc.uniqueArray(slug, { maxLength: 4 }),
          access: fc.uniqueArray(slug, { maxLength: 4 }),
          page: fc.integer({ min: 1, max: MAX_PAGES }),
        }),
        (input) => {
          const query = { ...parse(""), ...input, mode: input.q ? "place" : "none" } as FinderQuery;
          const back = parse(finderHref(query, { page: query.page }).replace(/^\/\??/, ""));
          expect(back.q).toBe(query.q);
          expect(back.when).toBe(query.when);
          expect(back.languages).toEqual(query.languages);
          expect(back.audiences).toEqual(query.audiences);
          expect(back.access).toEqual(query.access);
          expect(back.page).toBe(query.page);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("keeps a location and a practice as the origin", () => {
    expect(finderHref(parse("lat=52.6&lng=-1.1&when=evening"), { page: 2 })).toBe("/?lat=52.6&lng=-1.1&when=evening&page=2");
    expect(finderHref(parse("practice=C82001&access=bsl"), { access: [] })).toBe("/?practice=C82001");
  });
});

describe("helpers", () => {
  it("hasFilters and whenWeekday", () => {
    expect(hasFilters(parse("q=LE1"))).toBe(false);
    expect(hasFilters(parse("when=now"))).toBe(true);
    expect(hasFilters(parse("access=bsl"))).toBe(true);
    expect(whenWeekday("3")).toBe(3);
    expect(whenWeekday("now")).toBeNull();
    expect(roundCoordinate(-1.23456)).toBe(-1.235);
  });
});
