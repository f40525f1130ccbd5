import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EARTH_RADIUS_KM, haversineKm, KM_PER_MILE, roundDistance, type LatLng } from "./distance";

const CLOCK_TOWER = { lat: 52.63655, lng: -1.13362 }; // Leicester city centre
const LOUGHBOROUGH_TOWN_HALL = { lat: 52.77136, lng: -1.20516 };
const OAKHAM = { lat: 52.66667, lng: -0.73333 };
const MARKET_HARBOROUGH = { lat: 52.4776, lng: -0.92053 };
const distanceKm = (a: LatLng, b: LatLng) => haversineKm(a.lat, a.lng, b.lat, b.lng);
const distanceMiles = (a: LatLng, b: LatLng) => distanceKm(a, b) / KM_PER_MILE;

describe("great-circle distance", () => {
  it("Leicester Clock Tower to Loughborough is about 10 miles as the crow flies", () => {
    const miles = distanceMiles(CLOCK_TOWER, LOUGHBOROUGH_TOWN_HALL);
    expect(miles).toBeGreaterThan(9.6);
    expect(miles).toBeLessThan(10.0);
    expect(distanceKm(CLOCK_TOWER, LOUGHBOROUGH_TOWN_HALL)).toBeCloseTo(15.75, 1);
  });

  it("matches other known distances", () => {
    // One degree of latitude on the mean sphere.
    expect(haversineKm(0, 0, 1, 0)).toBeCloseTo((Math.PI / 180) * EARTH_RADIUS_KM, 9);
    expect(haversineKm(52, -1, 53, -1)).toBeCloseTo(111.195, 2);
    // London (Charing Cross) to Paris (Notre-Dame): 343.5 km.
    expect(haversineKm(51.5074, -0.1278, 48.8566, 2.3522)).toBeCloseTo(343.5, 0);
    // Leicester to Oakham ~17 miles, to Market Harborough ~14 miles.
    expect(distanceMiles(CLOCK_TOWER, OAKHAM)).toBeCloseTo(16.9, 1);
    expect(distanceMiles(CLOCK_TOWER, MARKET_HARBOROUGH)).toBeCloseTo(14.2, 1);
    // Half way round the Earth.
    expect(haversineKm(0, 0, 0, 180)).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
    expect(haversineKm(90, 0, -90, 0)).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
  });

  it("is zero from a point to itself, and symmetric", () => {
    expect(haversineKm(52.6, -1.1, 52.6, -1.1)).toBe(0);
    fc.assert(
      fc.property(
        fc.double({ min: -90, max: 90, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -90, max: 90, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        (a, b, c, d) => {
          const km = haversineKm(a, b, c, d);
          expect(km).toBeGreaterThanOrEqual(0);
          expect(km).toBeLessThanOrEqual(Math.PI * EARTH_RADIUS_KM + 1e-6);
          expect(km).toBeCloseTo(haversineKm(c, d, a, b), 6);
        },
      ),
    );
  });

  it("wraps across the antimeridian", () => {
    expect(haversineKm(0, 179.9, 0, -179.9)).toBeCloseTo(haversineKm(0, 0, 0, 0.2), 9);
  });
});

describe("units and display rounding", () => {
  it("uses the international mile", () => {
    expect(KM_PER_MILE).toBe(1.609344);
  });

  it.each([
    [0, 0.1],
    [0.04, 0.1],
    [0.44, 0.4],
    [0.45, 0.5],
    [1, 1],
    [3.26, 3.3],
    [9.94, 9.9],
    [9.96, 10],
    [10.4, 10],
    [12.5, 13],
    [101.2, 101],
  ])("rounds %s to %s", (value, expected) => {
    expect(roundDistance(value)).toBe(expected);
  });
});
