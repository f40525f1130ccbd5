/**
 * The boundaries the map draws, as GeoJSON: the Leicester, Leicestershire and Rutland outline and the
 * approximate boundaries of the footprints, thinned for the browser (about 10 m precision). Pure.
 */
import type { PolygonalGeometry, Position } from "~/modules/geo";

export type BoundaryCollection = {
  type: "FeatureCollection";
  features: {
    type: "Feature";
    properties: { kind: "llr" | "footprint"; name: string; slug?: string; code?: string; approximate: boolean };
    geometry: PolygonalGeometry;
  }[];
};

/** Rounds to 4 decimals (about 10 m) and drops points closer than `minStep` degrees to the last kept one. */
export function thinRing(ring: readonly Position[], minStep: number): number[][] {
  const out: number[][] = [];
  for (const p of ring) {
    const x = Math.round(p[0]! * 1e4) / 1e4;
    const y = Math.round(p[1]! * 1e4) / 1e4;
    const last = out[out.length - 1];
    if (last && Math.abs(last[0]! - x) < minStep && Math.abs(last[1]! - y) < minStep) continue;
    out.push([x, y]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0]!, first[1]!]);
  return out.length >= 4 ? out : ring.map((p) => [p[0]!, p[1]!]);
}

/** Every ring of a polygon or multipolygon thinned (see thinRing). */
export function thinGeometry(geometry: PolygonalGeometry, minStep: number): PolygonalGeometry {
  if (geometry.type === "Polygon") return { type: "Polygon", coordinates: geometry.coordinates.map((r) => thinRing(r, minStep)) };
  return { type: "MultiPolygon", coordinates: geometry.coordinates.map((poly) => poly.map((r) => thinRing(r, minStep))) };
}
