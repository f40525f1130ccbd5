import type { GeoJsonGeometry } from "./files";

/**
 * Is a point inside a GeoJSON Polygon or MultiPolygon (holes respected)? Ray casting on longitude and
 * latitude, which is exact enough at the scale of a footprint.
 */
export function pointInGeometry(lat: number, lng: number, geometry: GeoJsonGeometry | string): boolean {
  const geom: GeoJsonGeometry = typeof geometry === "string" ? (JSON.parse(geometry) as GeoJsonGeometry) : geometry;
  const polygons = geom.type === "Polygon" ? [geom.coordinates] : geom.coordinates;
  return polygons.some((rings) => {
    let inside = false;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    return inside;
  });
}

/** Distance in kilometres between two points (haversine). */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
