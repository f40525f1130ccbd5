import { describe, expect, it } from "vitest";
import { nearestTown, placeKey, placeNamesIn, placeTable, significantWords, stripQualifiers, typoAllowance, type PlaceRecord } from "./places";

const records: PlaceRecord[] = [
  { name: "Melton Mowbray", kind: "town", lat: 52.76588, lng: -0.88693 },
  { name: "Wigston", kind: "town", lat: 52.58128, lng: -1.09248, sourceName: "Wigston Magna" },
  { name: "Oakham", kind: "town", lat: 52.66667, lng: -0.73333, sourceName: "Oakham" },
  { name: "Loughborough University", kind: "university", lat: 52.76487, lng: -1.22947 },
  { name: "University of Leicester", kind: "university", lat: 52.62192, lng: -1.12381 },
  { name: "Stamford", kind: "neighbouring town", lat: 52.65, lng: -0.48333 },
  { name: "Rutland", kind: "county", lat: 52.66, lng: -0.63 },
];

describe("the table of places", () => {
  const table = placeTable(records);
  const keysOf = (name: string) => table.places.find((p) => p.name === name)?.compactKeys;

  it("knows each place by its name, its other names and its name in the source data", () => {
    expect(keysOf("Melton Mowbray")).toEqual(["meltonmowbray", "melton"]);
    expect(keysOf("Wigston")).toEqual(["wigston", "wigstonmagna"]);
    expect(keysOf("Oakham")).toEqual(["oakham"]);
    expect(table.placeByKey.get("melton")?.name).toBe("Melton Mowbray");
  });

  it("knows a university as 'X University' and 'University of X'", () => {
    expect(keysOf("Loughborough University")).toEqual(expect.arrayContaining(["loughboroughuniversity", "universityofloughborough", "lborouniversity"]));
    expect(keysOf("University of Leicester")).toEqual(expect.arrayContaining(["universityofleicester", "leicesteruniversity", "uol"]));
  });

  it("keeps the words of the name for matching word by word", () => {
    expect(table.places.find((p) => p.name === "Melton Mowbray")?.tokens).toEqual(["melton", "mowbray"]);
  });

  it("leaves out rows without a name or a position, and lets the first place keep a shared key", () => {
    const t = placeTable([
      { name: "", kind: "town", lat: 52, lng: -1 },
      { name: "Nowhere", kind: "town", lat: Number.NaN, lng: -1 },
      { name: "Melton", kind: "town", lat: 52, lng: -1 },
      { name: "Melton Mowbray", kind: "town", lat: 52.76588, lng: -0.88693 },
    ]);
    expect(t.places.map((p) => p.name)).toEqual(["Melton", "Melton Mowbray"]);
    expect(t.placeByKey.get("melton")?.name).toBe("Melton");
  });

  it("lists the names alphabetically", () => {
    expect(placeNamesIn(table)).toEqual([
      "Loughborough University",
      "Melton Mowbray",
      "Oakham",
      "Rutland",
      "Stamford",
      "University of Leicester",
      "Wigston",
    ]);
  });
});

describe("reading a typed name", () => {
  it("drops a trailing county or country, however many, but never the name itself", () => {
    expect(stripQualifiers("oakham rutland")).toBe("oakham");
    expect(stripQualifiers("hinckley leics uk")).toBe("hinckley");
    expect(stripQualifiers("stamford lincolnshire united kingdom")).toBe("stamford");
    expect(stripQualifiers("rutland")).toBe("rutland");
    expect(stripQualifiers("rutland uk")).toBe("rutland");
    expect(stripQualifiers("leicestershire")).toBe("leicestershire");
    expect(placeKey("Oakham, Rutland")).toBe("oakham");
    expect(placeKey("St. Peter's, Leics")).toBe("st peters");
  });

  it("finds the words that can pick out a place", () => {
    expect(significantWords("market harborough")).toEqual(["harborough"]);
    expect(significantWords("ashby de la zouch")).toEqual(["ashby", "zouch"]);
    expect(significantWords("the university")).toEqual([]);
    expect(significantWords("great glen")).toEqual(["glen"]);
  });

  it("allows more typos in longer names", () => {
    expect([1, 4, 5, 7, 8, 11, 12, 20].map(typoAllowance)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });
});

describe("the nearest town", () => {
  const table = placeTable(records);

  it("names the nearest town or neighbouring town, with its distance in miles", () => {
    const near = nearestTown(table, 52.67, -0.73);
    expect(near?.name).toBe("Oakham");
    expect(near?.miles).toBeCloseTo(0.27, 2);
    expect(nearestTown(table, 52.65, -0.5)?.name).toBe("Stamford");
  });

  it("never names a university or a county", () => {
    expect(nearestTown(table, 52.62192, -1.12381)?.name).toBe("Wigston");
    expect(nearestTown(table, 52.66, -0.63)?.name).toBe("Oakham");
  });

  it("names nothing more than 50 km away", () => {
    expect(nearestTown(table, 51.5, -0.12)).toBeNull();
    expect(nearestTown(placeTable([]), 52.6, -1.1)).toBeNull();
  });
});
