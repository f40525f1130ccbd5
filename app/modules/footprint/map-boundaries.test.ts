import { describe, expect, it } from "vitest";
import { thinGeometry, thinRing } from "./map-boundaries";

const square = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];

describe("thinning a boundary for the map", () => {
  it("rounds to 4 decimals and drops points too close to the last one kept", () => {
    const ring = [
      [-1.123456, 52.654321],
      [-1.12346, 52.65432],
      [-1.1, 52.65],
      [-1.1, 52.6],
      [-1.123456, 52.654321],
    ];
    expect(thinRing(ring, 0.001)).toEqual([
      [-1.1235, 52.6543],
      [-1.1, 52.65],
      [-1.1, 52.6],
      [-1.1235, 52.6543],
    ]);
  });

  it("closes the ring it kept when the closing point was dropped", () => {
    const ring = [...square.slice(0, 3), [0, 0.0005], [0, 0]];
    expect(thinRing(ring, 0.001)).toEqual([...square.slice(0, 3), [0, 0.0005], [0, 0]]);
  });

  it("keeps a ring as it was when thinning would leave fewer than four points", () => {
    const ring = [
      [0, 0],
      [0.0001, 0],
      [0.0001, 0.0001],
      [0, 0],
    ];
    expect(thinRing(ring, 0.01)).toEqual(ring);
  });

  it("thins every ring of a multipolygon", () => {
    expect(thinGeometry({ type: "MultiPolygon", coordinates: [[square], [square]] }, 0.001)).toEqual({ type: "MultiPolygon", coordinates: [[square], [square]] });
  });
});
