import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  parsePolygonalGeometry,
  polygonCentroid,
  preparePolygon,
  type MultiPolygonGeometry,
  type PolygonalGeometry,
  type PolygonGeometry,
} from "./geometry";

const pointInPolygon = (geometry: PolygonalGeometry, lat: number, lng: number) => preparePolygon(geometry).contains(lat, lng);
const bboxOf = (geometry: PolygonalGeometry) => preparePolygon(geometry).bbox;

// A 10 × 10 square (lng 0..10, lat 0..10) with a 4 × 4 hole in the middle.
const squareWithHole: PolygonGeometry = {
  type: "Polygon",
  coordinates: [
    [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
    [[3, 3], [3, 7], [7, 7], [7, 3], [3, 3]],
  ],
};

// Two islands; the second has an island-in-a-lake (a separate polygon inside the first's hole).
const archipelago: MultiPolygonGeometry = {
  type: "MultiPolygon",
  coordinates: [
    squareWithHole.coordinates,
    [[[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]],
    [[[20, 20], [22, 20], [21, 23]]], // unclosed ring: still a triangle
  ],
};

describe("point in polygon", () => {
  it("respects holes", () => {
    expect(pointInPolygon(squareWithHole, 1, 1)).toBe(true); // (lat, lng)
    expect(pointInPolygon(squareWithHole, 5, 5)).toBe(false); // in the hole
    expect(pointInPolygon(squareWithHole, 5, 2)).toBe(true);
    expect(pointInPolygon(squareWithHole, 11, 5)).toBe(false);
    expect(pointInPolygon(squareWithHole, -0.001, 5)).toBe(false);
  });

  it("handles MultiPolygons, islands in holes and unclosed rings", () => {
    expect(pointInPolygon(archipelago, 1, 1)).toBe(true);
    expect(pointInPolygon(archipelago, 5, 5)).toBe(true); // the island inside the hole
    expect(pointInPolygon(archipelago, 3.5, 3.5)).toBe(false); // hole, outside the island
    expect(pointInPolygon(archipelago, 21, 21)).toBe(true);
    expect(pointInPolygon(archipelago, 22.9, 21.9)).toBe(false);
  });

  it("takes (lat, lng), not GeoJSON's (lng, lat)", () => {
    const thin: PolygonGeometry = { type: "Polygon", coordinates: [[[0, 0], [10, 0], [10, 1], [0, 1], [0, 0]]] };
    expect(pointInPolygon(thin, 0.5, 5)).toBe(true);
    expect(pointInPolygon(thin, 5, 0.5)).toBe(false);
  });

  it("is false for points without a position", () => {
    expect(pointInPolygon(squareWithHole, Number.NaN, 1)).toBe(false);
    expect(pointInPolygon(squareWithHole, 1, Number.POSITIVE_INFINITY)).toBe(false);
  });

  it("agrees with an analytic test on random points (property)", () => {
    const prepared = preparePolygon(squareWithHole);
    fc.assert(
      fc.property(fc.double({ min: -2, max: 12, noNaN: true }), fc.double({ min: -2, max: 12, noNaN: true }), (lat, lng) => {
        // Stay off the edges, where either answer is allowed.
        const onEdge = [0, 3, 7, 10].some((e) => Math.abs(lat - e) < 1e-9 || Math.abs(lng - e) < 1e-9);
        if (onEdge) return;
        const inOuter = lat > 0 && lat < 10 && lng > 0 && lng < 10;
        const inHole = lat > 3 && lat < 7 && lng > 3 && lng < 7;
        expect(prepared.contains(lat, lng)).toBe(inOuter && !inHole);
      }),
    );
  });

  it("gives bounding boxes and centroids", () => {
    expect(bboxOf(archipelago)).toEqual([0, 0, 22, 23]);
    const c = polygonCentroid(squareWithHole)!;
    expect(c.lat).toBeCloseTo(5, 9);
    expect(c.lng).toBeCloseTo(5, 9);
    const asym: PolygonGeometry = { type: "Polygon", coordinates: [[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]] };
    expect(polygonCentroid(asym)).toEqual({ lat: 1, lng: 2 });
  });
});

describe("reading GeoJSON", () => {
  it("accepts geometries, features and collections, as text or values", () => {
    expect(parsePolygonalGeometry(JSON.stringify(squareWithHole))?.type).toBe("Polygon");
    expect(parsePolygonalGeometry({ type: "Feature", properties: {}, geometry: archipelago })?.type).toBe("MultiPolygon");
    expect(
      parsePolygonalGeometry({ type: "FeatureCollection", features: [{ type: "Feature", geometry: { type: "Point", coordinates: [0, 0] } }, { type: "Feature", geometry: squareWithHole }] })?.type,
    ).toBe("Polygon");
  });

  it("returns null for anything else, without throwing", () => {
    for (const bad of ["", "{", "null", "[]", '{"type":"Point","coordinates":[0,0]}', '{"type":"Polygon","coordinates":[[["a","b"]]]}', 42, null, undefined]) {
      expect(parsePolygonalGeometry(bad)).toBeNull();
    }
  });
});

describe("the Leicester, Leicestershire and Rutland boundaries", () => {
  type Feature = { properties: { code: string; name: string }; geometry: PolygonalGeometry };
  const file = JSON.parse(readFileSync(path.resolve("prisma/data/llr-boundaries.geojson"), "utf8")) as { features: Feature[] };
  const byCode = (code: string) => preparePolygon(file.features.find((f) => f.properties.code === code)!.geometry);
  const llr = byCode("LLR");
  const city = byCode("E06000016");
  const county = byCode("E10000018");
  const rutland = byCode("E06000017");

  const places = {
    clockTower: [52.63655, -1.13362],
    loughborough: [52.77136, -1.20516],
    oakham: [52.66667, -0.73333],
    hinckley: [52.5389, -1.37613],
    nottingham: [52.9548, -1.1581],
    stamford: [52.65, -0.48333],
    coventry: [52.4068, -1.5197],
  } as const;
  const test = (p: PolygonalGeometry | ReturnType<typeof preparePolygon>, [lat, lng]: readonly [number, number]) =>
    "contains" in p ? p.contains(lat, lng) : pointInPolygon(p, lat, lng);

  it("has the city as a hole in the county", () => {
    expect(test(city, places.clockTower)).toBe(true);
    expect(test(county, places.clockTower)).toBe(false);
    expect(test(llr, places.clockTower)).toBe(true);
  });

  it("puts towns in the right authority", () => {
    expect(test(county, places.loughborough)).toBe(true);
    expect(test(county, places.hinckley)).toBe(true);
    expect(test(rutland, places.oakham)).toBe(true);
    expect(test(county, places.oakham)).toBe(false);
    for (const p of [places.loughborough, places.oakham, places.hinckley]) expect(test(llr, p)).toBe(true);
  });

  it("leaves neighbouring towns outside", () => {
    for (const p of [places.nottingham, places.stamford, places.coventry]) expect(test(llr, p)).toBe(false);
  });

  it("tests a point in microseconds once prepared", () => {
    const t = performance.now();
    for (let i = 0; i < 10_000; i++) llr.contains(52.3 + (i % 100) * 0.007, -1.7 + Math.floor(i / 100) * 0.013);
    expect((performance.now() - t) / 10_000).toBeLessThan(0.2);
  });
});
