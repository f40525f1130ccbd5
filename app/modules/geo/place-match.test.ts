import { describe, expect, it } from "vitest";
import { matchLookAlike, matchPlace, placeInDistrict, suggestPlaceNames } from "./place-match";
import { placeTable } from "./places";

// A few rows of places.csv: enough for every rule, with the ambiguities that matter ("Bosworth", "Market").
const table = placeTable(
  (
    [
      ["Ashby-de-la-Zouch", "town", 52.74632, -1.4732],
      ["Barrow upon Soar", "town", 52.75178, -1.14601],
      ["Cottesmore", "town", 52.71384, -0.6633],
      ["Hinckley", "town", 52.5389, -1.37613],
      ["Husbands Bosworth", "town", 52.45232, -1.05557],
      ["Leicester", "town", 52.6386, -1.13169],
      ["Loughborough", "town", 52.76667, -1.2],
      ["Market Bosworth", "town", 52.62428, -1.40174],
      ["Market Harborough", "town", 52.4776, -0.92053],
      ["Market Overton", "town", 52.73806, -0.6863],
      ["Melton Mowbray", "town", 52.76588, -0.88693],
      ["Oakham", "town", 52.66667, -0.73333],
      ["Sileby", "town", 52.73286, -1.10773],
      ["Wing", "town", 52.6172, -0.6805],
      ["De Montfort University", "university", 52.62947, -1.13804],
      ["Loughborough University", "university", 52.76487, -1.22947],
      ["University of Leicester", "university", 52.62192, -1.12381],
      ["Rutland", "county", 52.66, -0.63],
    ] as const
  ).map(([name, kind, lat, lng]) => ({ name, kind, lat, lng })),
);

const matched = (input: string) => {
  const m = matchPlace(table, input);
  return m && { name: m.place.name, corrected: m.corrected };
};

describe("matching a typed place name", () => {
  it("finds a name or another name as typed, whatever the case, accents and punctuation", () => {
    for (const [input, name] of [
      ["Market Harborough", "Market Harborough"],
      ["MARKET-HARBOROUGH", "Market Harborough"],
      ["ashbydelazouch", "Ashby-de-la-Zouch"],
      ["Ashby", "Ashby-de-la-Zouch"],
      ["Barrow-on-Soar", "Barrow upon Soar"],
      ["Oakham, Rutland", "Oakham"],
      ["DMU", "De Montfort University"],
      ["leicester uni", "University of Leicester"],
      ["Lboro Uni", "Loughborough University"],
      ["Rutland", "Rutland"],
      ["Wing", "Wing"],
    ]) {
      expect(matched(input!), input).toEqual({ name, corrected: false });
    }
  });

  it("takes a word that belongs to one place only, marked corrected", () => {
    expect(matched("Mowbray")).toEqual({ name: "Melton Mowbray", corrected: true });
    expect(matched("zouch")).toEqual({ name: "Ashby-de-la-Zouch", corrected: true });
  });

  it("takes an unambiguous start of a name, marked corrected", () => {
    expect(matched("market harb")).toEqual({ name: "Market Harborough", corrected: true });
    expect(matched("Cottes")).toEqual({ name: "Cottesmore", corrected: true });
  });

  it("forgives a small typo when one place is clearly closest", () => {
    expect(matched("Loughbrough")).toEqual({ name: "Loughborough", corrected: true });
    expect(matched("Hinkley")).toEqual({ name: "Hinckley", corrected: true });
    expect(matched("Leicster")).toEqual({ name: "Leicester", corrected: true });
    expect(matched("Hinkcley")).toEqual({ name: "Hinckley", corrected: true }); // a transposition
  });

  it("does not guess between places", () => {
    expect(matched("Bosworth")).toBeNull(); // Market or Husbands?
    expect(matched("Lough")).toBeNull(); // the town or the university?
    expect(matched("Market")).toBeNull();
  });

  it("matches nothing for short, numeric, empty or unknown input", () => {
    for (const input of ["", "  ", "!!!", "Wig", "Narnia", "LE1", "12 High Street", "Loughborough1"]) {
      expect(matched(input), input).toBeNull();
    }
  });
});

describe("digits typed for look-alike letters", () => {
  it("reads the place behind them, marked corrected", () => {
    expect(matchLookAlike(table, "0akham")).toMatchObject({ place: { name: "Oakham" }, corrected: true });
    expect(matchLookAlike(table, "Hinck1ey")).toMatchObject({ place: { name: "Hinckley" }, corrected: true });
    expect(matchLookAlike(table, "L0ughb0rough")).toMatchObject({ place: { name: "Loughborough" }, corrected: true });
    expect(matchLookAlike(table, "0akhm")).toMatchObject({ place: { name: "Oakham" }, corrected: true });
  });

  it("leaves numbers and names without such digits alone", () => {
    expect(matchLookAlike(table, "Oakham")).toBeNull();
    expect(matchLookAlike(table, "12 High Street")).toBeNull();
    expect(matchLookAlike(table, "anything", ["Oakham"])).toMatchObject({ place: { name: "Oakham" }, corrected: true });
  });
});

describe("suggesting place names", () => {
  it("lists places with every word, then the same start, then a few typos away", () => {
    expect(suggestPlaceNames(table, "Bosworth")).toEqual(["Husbands Bosworth", "Market Bosworth"]);
    expect(suggestPlaceNames(table, "Market")).toEqual(["Market Bosworth", "Market Harborough", "Market Overton"]);
    expect(suggestPlaceNames(table, "Lough")).toEqual(["Loughborough", "Loughborough University"]);
    expect(suggestPlaceNames(table, "Sileb")).toEqual(["Sileby"]);
    expect(suggestPlaceNames(table, "Leicestershire")).toContain("Leicester");
  });

  it("keeps to the limit", () => {
    expect(suggestPlaceNames(table, "Market", 2)).toEqual(["Market Bosworth", "Market Harborough"]);
  });

  it("suggests every university for 'university' on its own or with minor words", () => {
    const universities = ["De Montfort University", "Loughborough University", "University of Leicester"];
    for (const input of ["university", "University.", "the university", "my uni", "uni"]) {
      expect(suggestPlaceNames(table, input), input).toEqual(universities);
    }
  });

  it("suggests nothing for input with digits, under two letters, or absurdly long", () => {
    for (const input of ["", "x", "LE1", "0akham", "x".repeat(10_000), "Narnia"]) {
      expect(suggestPlaceNames(table, input), input).toEqual([]);
    }
    expect(suggestPlaceNames(table, undefined as unknown as string)).toEqual([]);
  });
});

describe("a place in a postcode district", () => {
  const sectors = new Map([
    ["LE15 6", { lat: 52.669, lng: -0.728 }], // Oakham
    ["LE15 9", { lat: 52.6, lng: -0.6 }],
    ["LE1 5", { lat: 52.6386, lng: -1.1317 }],
  ]);
  const oakham = { lat: 52.66667, lng: -0.73333 };

  it("is in the district when within 3 km of the middle of one of its sectors", () => {
    expect(placeInDistrict(sectors, "LE15", oakham)).toBe(true);
    expect(placeInDistrict(sectors, "LE1", oakham)).toBe(false);
  });

  it("compares whole districts, not their first characters", () => {
    expect(placeInDistrict(sectors, "LE", oakham)).toBe(false);
    expect(placeInDistrict(new Map([["LE15 6", { lat: 52.6386, lng: -1.1317 }]]), "LE1", { lat: 52.6386, lng: -1.1317 })).toBe(false);
  });
});
