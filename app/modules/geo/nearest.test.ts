import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { haversineKm, KM_PER_MILE } from "./distance";
import { NearestIndex, nearestBruteForce, type NearestOptions, type Neighbour } from "./nearest";

type Point = { id: number; lat: number; lng: number; open: boolean };

const simplify = (rows: Neighbour<Point>[]) => rows.map((r) => [r.index, r.km]);

/** A deterministic pseudo-random generator, so benchmarks-in-tests are repeatable. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Points on the Leicestershire scale, with deliberate duplicates and near-duplicates. */
const regionalPoint = fc.record({
  id: fc.nat(),
  lat: fc.oneof(fc.double({ min: 52.3, max: 53.0, noNaN: true }), fc.constantFrom(52.63655, 52.77136, 52.6)),
  lng: fc.oneof(fc.double({ min: -1.7, max: -0.4, noNaN: true }), fc.constantFrom(-1.13362, -1.20516, -1.1)),
  open: fc.boolean(),
});

/** Anywhere on Earth, including the poles and the antimeridian. */
const globalPoint = fc.record({
  id: fc.nat(),
  lat: fc.oneof(fc.double({ min: -90, max: 90, noNaN: true }), fc.constantFrom(-90, 90, 0)),
  lng: fc.oneof(fc.double({ min: -180, max: 180, noNaN: true }), fc.constantFrom(-180, 180, 179.999, -179.999)),
  open: fc.boolean(),
});

const options = fc.record(
  {
    limit: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constant(1000)),
    maxKm: fc.oneof(fc.double({ min: 0, max: 60, noNaN: true }), fc.constant(0)),
    maxMiles: fc.double({ min: 0, max: 40, noNaN: true }),
    openOnly: fc.boolean(),
  },
  { requiredKeys: [] },
);

function toOptions(o: { limit?: number; maxKm?: number; maxMiles?: number; openOnly?: boolean }): NearestOptions<Point> {
  const { openOnly, ...rest } = o;
  return openOnly ? { ...rest, filter: (p) => p.open } : rest;
}

describe("nearest search is exactly brute force", () => {
  it("on regional points (property)", () => {
    fc.assert(
      fc.property(fc.array(regionalPoint, { maxLength: 300 }), regionalPoint, options, (points, q, o) => {
        const index = NearestIndex.of(points);
        const opts = toOptions(o);
        expect(simplify(index.nearest(q.lat, q.lng, opts))).toEqual(simplify(nearestBruteForce(points, (p) => p, q.lat, q.lng, opts)));
      }),
      { numRuns: 400 },
    );
  });

  it("on points anywhere on Earth (property)", () => {
    fc.assert(
      fc.property(fc.array(globalPoint, { maxLength: 200 }), globalPoint, options, (points, q, o) => {
        const index = NearestIndex.of(points);
        const opts = toOptions(o);
        expect(simplify(index.nearest(q.lat, q.lng, opts))).toEqual(simplify(nearestBruteForce(points, (p) => p, q.lat, q.lng, opts)));
      }),
      { numRuns: 300 },
    );
  });

  it("on many points clustered like towns, with duplicates (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), fc.integer({ min: 1, max: 40 }), (seed, limit) => {
        const rnd = lcg(seed);
        const centres = Array.from({ length: 12 }, () => ({ lat: 52.4 + rnd() * 0.5, lng: -1.6 + rnd() * 1.1 }));
        const points: Point[] = [];
        for (let i = 0; i < 1500; i++) {
          const c = centres[Math.floor(rnd() * centres.length)]!;
          const dup = rnd() < 0.1 && points.length > 0;
          const base = dup ? points[Math.floor(rnd() * points.length)]! : { lat: c.lat + (rnd() - 0.5) * 0.05, lng: c.lng + (rnd() - 0.5) * 0.08 };
          points.push({ id: i, lat: base.lat, lng: base.lng, open: rnd() < 0.3 });
        }
        const index = NearestIndex.of(points);
        for (let k = 0; k < 10; k++) {
          const q = rnd() < 0.5 ? points[Math.floor(rnd() * points.length)]! : { lat: 52.3 + rnd() * 0.7, lng: -1.7 + rnd() * 1.3 };
          const opts: NearestOptions<Point> = { limit, filter: k % 2 ? (p) => p.open : undefined, maxMiles: k % 3 ? undefined : 5 };
          expect(simplify(index.nearest(q.lat, q.lng, opts))).toEqual(simplify(nearestBruteForce(points, (p) => p, q.lat, q.lng, opts)));
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("results", () => {
  const points: Point[] = [
    { id: 0, lat: 52.63655, lng: -1.13362, open: true }, // Leicester
    { id: 1, lat: 52.77136, lng: -1.20516, open: true }, // Loughborough
    { id: 2, lat: 52.66667, lng: -0.73333, open: false }, // Oakham
    { id: 3, lat: 52.4776, lng: -0.92053, open: true }, // Market Harborough
    { id: 4, lat: Number.NaN, lng: -1, open: true }, // no position: never returned
    { id: 5, lat: 52.63655, lng: -1.13362, open: true }, // same place as 0
  ];
  const index = NearestIndex.of(points);

  it("are nearest first, ties in input order, with km and miles", () => {
    const rows = index.nearest(52.64, -1.13);
    expect(rows.map((r) => r.item.id)).toEqual([0, 5, 1, 3, 2]);
    expect(rows[0]!.miles).toBeCloseTo(rows[0]!.km / KM_PER_MILE, 12);
    expect(rows[2]!.km).toBe(haversineKm(52.64, -1.13, 52.77136, -1.20516));
    expect(index.size).toBe(5);
  });

  it("honour limit, maximum distance and filter", () => {
    expect(index.nearest(52.64, -1.13, { limit: 2 }).map((r) => r.item.id)).toEqual([0, 5]);
    expect(index.nearest(52.64, -1.13, { maxMiles: 12 }).map((r) => r.item.id)).toEqual([0, 5, 1]);
    expect(index.nearest(52.64, -1.13, { maxKm: 1 }).map((r) => r.item.id)).toEqual([0, 5]);
    expect(index.nearest(52.67, -0.74, { limit: 1, filter: (p) => p.open }).map((r) => r.item.id)).toEqual([3]);
    expect(index.nearestOne(52.67, -0.74)?.item.id).toBe(2);
    expect(index.nearest(52.64, -1.13, { limit: 0 })).toEqual([]);
  });

  it("are empty for an empty index or a query without a position", () => {
    expect(NearestIndex.of<Point>([]).nearest(52, -1)).toEqual([]);
    expect(index.nearest(Number.NaN, -1)).toEqual([]);
    expect(index.nearest(95, -1)).toEqual([]);
    expect(NearestIndex.of<Point>([]).nearestOne(52, -1)).toBeNull();
  });

  it("work with any item type through an accessor", () => {
    const cafes = [{ name: "A", where: { lat: 52.6, lng: -1.1 } }, { name: "B", where: { lat: 52.7, lng: -1.2 } }];
    const idx = new NearestIndex(cafes, (c) => c.where);
    expect(idx.nearestOne(52.71, -1.21)?.item.name).toBe("B");
  });
});

describe("speed at national scale", () => {
  const rnd = lcg(42);
  // 10,000 cafés across Great Britain.
  const points: Point[] = Array.from({ length: 10_000 }, (_, i) => ({ id: i, lat: 50 + rnd() * 8.5, lng: -5.5 + rnd() * 7.2, open: rnd() < 0.8 }));

  it("builds 10,000 points and answers queries quickly, in the same order as brute force", () => {
    let t = performance.now();
    const index = NearestIndex.of(points);
    const buildMs = performance.now() - t;
    const queries = Array.from({ length: 2000 }, () => ({ lat: 50 + rnd() * 8.5, lng: -5.5 + rnd() * 7.2 }));
    t = performance.now();
    for (const q of queries) index.nearest(q.lat, q.lng, { limit: 10, filter: (p) => p.open });
    const perQueryMs = (performance.now() - t) / queries.length;
    // Generous ceilings (shared CI machines); typical figures are ~3 ms and ~0.01 ms.
    expect(buildMs).toBeLessThan(200);
    expect(perQueryMs).toBeLessThan(1);
    for (const q of queries.slice(0, 50)) {
      const opts: NearestOptions<Point> = { limit: 10, filter: (p) => p.open };
      expect(simplify(index.nearest(q.lat, q.lng, opts))).toEqual(simplify(nearestBruteForce(points, (p) => p, q.lat, q.lng, opts)));
    }
  });
});
