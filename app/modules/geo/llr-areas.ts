/**
 * Leicester, Leicestershire and Rutland (LLR): which of the three a point or a postcode is in. A postcode
 * in the table carries its local authority (exact); any other point is tested against the outlines in
 * llr-boundaries.geojson. Pure: the prepared outlines are an argument.
 */
import type { PreparedPolygon } from "./geometry";

export type LLRArea = "Leicester" | "Leicestershire" | "Rutland";

/** How exactly a place was found: its full postcode, its sector or district, a place name, or the online postcode API. */
export type GeocodePrecision = "postcode" | "sector" | "district" | "place" | "online";

/** The nine local authorities of LLR (2013 codes, unchanged since). */
const LLR_AUTHORITIES: ReadonlyMap<string, LLRArea> = new Map([
  ["E06000016", "Leicester"],
  ["E06000017", "Rutland"],
  ["E07000129", "Leicestershire"],
  ["E07000130", "Leicestershire"],
  ["E07000131", "Leicestershire"],
  ["E07000132", "Leicestershire"],
  ["E07000133", "Leicestershire"],
  ["E07000134", "Leicestershire"],
  ["E07000135", "Leicestershire"],
]);

/** The boundary code of the whole of LLR in llr-boundaries.geojson. */
export const LLR_BOUNDARY_CODE = "LLR";
/** The boundary code of Rutland, whose middle is the place "Rutland". */
export const RUTLAND_BOUNDARY_CODE = "E06000017";
/** The boundary codes of the three areas in llr-boundaries.geojson (the county as a whole). */
export const AREA_BOUNDARY_CODES: readonly (readonly [string, LLRArea])[] = [
  ["E06000016", "Leicester"],
  ["E10000018", "Leicestershire"],
  ["E06000017", "Rutland"],
];

/** The area of a local authority code (a postcode's admin district), or null outside LLR. */
export function areaOfAuthority(code: string): LLRArea | null {
  return LLR_AUTHORITIES.get(code) ?? null;
}

/** The outline of LLR and of each of its three areas, prepared for point tests. */
export type AreaOutlines = {
  llr: PreparedPolygon;
  areas: readonly { area: LLRArea; polygon: PreparedPolygon }[];
};

/** Leicester, Leicestershire (the county) or Rutland, or null outside the LLR outline. */
export function areaIn(outlines: AreaOutlines, lat: number, lng: number): LLRArea | null {
  if (!outlines.llr.contains(lat, lng)) return null;
  return outlines.areas.find((a) => a.polygon.contains(lat, lng))?.area ?? null;
}
