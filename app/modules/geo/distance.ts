/**
 * Distances on the Earth between latitude/longitude points (WGS84 degrees), treating the Earth as a
 * sphere of mean radius. Across Leicestershire the spherical error is a few metres per mile, far below
 * what matters for "the nearest café".
 */

export type LatLng = { lat: number; lng: number };

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;
export const KM_PER_MILE = 1.609344;

const RAD = Math.PI / 180;

/**
 * Great-circle (haversine) distance in km. This is the reference distance of Café Network: the nearest
 * search (nearest.ts) orders by exactly this function.
 */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLng / 2);
  const h = s1 * s1 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * s2 * s2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Rounds a distance for display: one decimal place below 10 (0.4, 9.9), whole numbers from 10 (12).
 * Anything that would show as 0.0 shows as 0.1, so a café is never "0 miles" away.
 */
export function roundDistance(value: number): number {
  if (!Number.isFinite(value) || value < 0) return NaN;
  const oneDecimal = Math.round(value * 10) / 10;
  if (oneDecimal < 10) return Math.max(0.1, oneDecimal);
  return Math.round(value);
}
