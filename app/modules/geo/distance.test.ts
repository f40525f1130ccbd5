import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  distanceKm,
  distanceMiles,
  EARTH_RADIUS_KM,
  equirectangularKm,
  formatMiles,
  haversineKm,
  haversineMiles,
  KM_PER_MILE,
  kmToMiles,
  milesToKm,
  roundDistance,
} from "./distance";

const CLOCK_TOWER = { lat: 52.63655, lng: -1.13362 }; // Leicester city centre
const LOUGHBOROUGH_TOWN_HALL = { lat: 52.77136, lng: -1.20516 };
const OAKHAM = { lat: 52.66667, lng: -0.73333 };
const MARKET_HARBOROUGH = { lat: 52.4776, lng: -0.92053 };

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

  it("is zero from a point to itself, symmetric, and consistent between units", () => {
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
          expect(haversineMiles(a, b, c, d)).toBeCloseTo(km / KM_PER_MILE, 9);
        },
      ),
    );
  });

  it("wraps across the antimeridian", () => {
    expect(haversineKm(0, 179.9, 0, -179.9)).toBeCloseTo(haversineKm(0, 0, 0, 0.2), 9);
  });
});

describe("equirectangular approximation", () => {
  it("is within 0.1% of haversine across the region", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 52.3, max: 53.0, noNaN: true }),
        fc.double({ min: -1.7, max: -0.4, noNaN: true }),
        fc.double({ min: 52.3, max: 53.0, noNaN: true }),
        fc.double({ min: -1.7, max: -0.4, noNaN: true }),
        (a, b, c, d) => {
          const exact = haversineKm(a, b, c, d);
          expect(Math.abs(equirectangularKm(a, b, c, d) - exact)).toBeLessThanOrEqual(exact * 0.001 + 1e-9);
        },
      ),
    );
  });
});

describe("units and display rounding", () => {
  it("converts miles and km", () => {
    expect(milesToKm(1)).toBe(1.609344);
    expect(kmToMiles(1.609344)).toBe(1);
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

  it("formats with the right noun", () => {
    expect(formatMiles(0.44)).toBe("0.4 miles");
    expect(formatMiles(1.02)).toBe("1 mile");
    expect(formatMiles(12.4)).toBe("12 miles");
    expect(formatMiles(Number.NaN)).toBe("");
    expect(formatMiles(-1)).toBe("");
  });
});
