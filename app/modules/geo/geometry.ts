/**
 * Point-in-polygon for GeoJSON Polygon and MultiPolygon geometries, holes respected.
 *
 * GeoJSON positions are [longitude, latitude]; the functions here take (lat, lng) like the rest of
 * Café Network. The test is planar ray casting (even-odd rule) in degrees, which is exact enough for
 * boundaries drawn at ~60 m resolution over a county. A point exactly on an edge may fall either way.
 *
 * `preparePolygon` copies the rings into flat typed arrays with a bounding box per polygon and per ring,
 * so repeated tests (every footprint, every search) cost a box check for the polygons that are nowhere
 * near and a single pass over the edges of the one that is.
 */

export type Position = readonly number[];
export type PolygonGeometry = { type: "Polygon"; coordinates: readonly (readonly Position[])[] };
export type MultiPolygonGeometry = { type: "MultiPolygon"; coordinates: readonly (readonly (readonly Position[])[])[] };
export type PolygonalGeometry = PolygonGeometry | MultiPolygonGeometry;

/** [minLng, minLat, maxLng, maxLat], as GeoJSON's bbox. */
export type BBox = [number, number, number, number];

type PreparedRing = { xs: Float64Array; ys: Float64Array; bbox: BBox };
type PreparedPart = { outer: PreparedRing; holes: PreparedRing[]; bbox: BBox };

export type PreparedPolygon = {
  bbox: BBox;
  /** Is the point inside (inside an outer ring and not inside one of its holes)? */
  contains(lat: number, lng: number): boolean;
};

function prepareRing(ring: readonly Position[]): PreparedRing | null {
  const points = ring.filter((p) => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]));
  if (points.length < 3) return null;
  const xs = new Float64Array(points.length);
  const ys = new Float64Array(points.length);
  const bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  points.forEach((p, i) => {
    const x = p[0]!;
    const y = p[1]!;
    xs[i] = x;
    ys[i] = y;
    if (x < bbox[0]) bbox[0] = x;
    if (y < bbox[1]) bbox[1] = y;
    if (x > bbox[2]) bbox[2] = x;
    if (y > bbox[3]) bbox[3] = y;
  });
  return { xs, ys, bbox };
}

function inBox(b: BBox, x: number, y: number): boolean {
  return x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
}

/** Even-odd ray casting. The ring may or may not repeat its first point at the end. */
function inRing(ring: PreparedRing, x: number, y: number): boolean {
  if (!inBox(ring.bbox, x, y)) return false;
  const { xs, ys } = ring;
  const n = xs.length;
  let inside = false;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const yi = ys[i]!;
    const yj = ys[j]!;
    if (yi > y !== yj > y) {
      const xi = xs[i]!;
      const xj = xs[j]!;
      if (x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function polygonsOf(geometry: PolygonalGeometry): readonly (readonly (readonly Position[])[])[] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

/** Prepares a Polygon or MultiPolygon for fast repeated point tests. */
export function preparePolygon(geometry: PolygonalGeometry): PreparedPolygon {
  const parts: PreparedPart[] = [];
  const bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygonsOf(geometry)) {
    const [outerRing, ...holeRings] = rings;
    const outer = outerRing ? prepareRing(outerRing) : null;
    if (!outer) continue;
    const holes = holeRings.map(prepareRing).filter((r): r is PreparedRing => r !== null);
    parts.push({ outer, holes, bbox: outer.bbox });
    bbox[0] = Math.min(bbox[0], outer.bbox[0]);
    bbox[1] = Math.min(bbox[1], outer.bbox[1]);
    bbox[2] = Math.max(bbox[2], outer.bbox[2]);
    bbox[3] = Math.max(bbox[3], outer.bbox[3]);
  }
  return {
    bbox,
    contains(lat: number, lng: number): boolean {
      if (!Number.isFinite(lat) || !Number.isFinite(lng) || !inBox(bbox, lng, lat)) return false;
      for (const part of parts) {
        if (!inRing(part.outer, lng, lat)) continue;
        if (!part.holes.some((h) => inRing(h, lng, lat))) return true;
      }
      return false;
    },
  };
}

function isPositionArray(value: unknown): value is Position[] {
  return Array.isArray(value) && value.every((p) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === "number"));
}

/**
 * Reads a Polygon or MultiPolygon from GeoJSON text or a parsed value: a bare geometry, a Feature, or
 * the first polygonal feature of a FeatureCollection. Null for anything else (never throws).
 */
export function parsePolygonalGeometry(input: unknown): PolygonalGeometry | null {
  let value: unknown = input;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!value || typeof value !== "object") return null;
  const obj = value as { type?: unknown; geometry?: unknown; features?: unknown; coordinates?: unknown };
  if (obj.type === "Feature") return parsePolygonalGeometry(obj.geometry);
  if (obj.type === "FeatureCollection" && Array.isArray(obj.features)) {
    for (const f of obj.features) {
      const g = parsePolygonalGeometry(f);
      if (g) return g;
    }
    return null;
  }
  if (obj.type === "Polygon" && Array.isArray(obj.coordinates) && obj.coordinates.every(isPositionArray)) {
    return { type: "Polygon", coordinates: obj.coordinates as Position[][] };
  }
  if (
    obj.type === "MultiPolygon" &&
    Array.isArray(obj.coordinates) &&
    obj.coordinates.every((poly: unknown) => Array.isArray(poly) && poly.every(isPositionArray))
  ) {
    return { type: "MultiPolygon", coordinates: obj.coordinates as Position[][][] };
  }
  return null;
}

/**
 * The area-weighted centroid of the outer rings minus holes (planar, in degrees), as { lat, lng }.
 * Good enough for labelling and for "the middle of Rutland"; null for an empty geometry.
 */
export function polygonCentroid(geometry: PolygonalGeometry): { lat: number; lng: number } | null {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const rings of polygonsOf(geometry)) {
    rings.forEach((ring, r) => {
      let a = 0;
      let x = 0;
      let y = 0;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const pi = ring[i]!;
        const pj = ring[j]!;
        const cross = pj[0]! * pi[1]! - pi[0]! * pj[1]!;
        a += cross;
        x += (pj[0]! + pi[0]!) * cross;
        y += (pj[1]! + pi[1]!) * cross;
      }
      // Outer rings add, holes subtract, whatever their winding.
      const sign = (r === 0 ? 1 : -1) * Math.sign(a);
      area += (sign * a) / 2;
      cx += (sign * x) / 6;
      cy += (sign * y) / 6;
    });
  }
  if (area === 0) return null;
  return { lat: cy / area, lng: cx / area };
}
