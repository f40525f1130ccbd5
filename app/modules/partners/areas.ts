/**
 * Areas a partner service serves, and whether they cover a place. A service with no fixed location (phone
 * or online only) serves areas, not points: the search lists it for a place its areas cover, at distance 0,
 * labelled "covers your area". Pure: the place's footprint and district are worked out by the caller.
 */
export const DISTRICTS = ["Leicester", "Leicestershire", "Rutland"] as const;
export type District = (typeof DISTRICTS)[number];

export function isDistrict(value: unknown): value is District {
  return (
    typeof value === "string" &&
    (DISTRICTS as readonly string[]).includes(value)
  );
}

export type ServiceArea =
  | { kind: "footprint"; footprintId: string }
  | { kind: "district"; district: District }
  | { kind: "llr" };

/** Where a searched place is: in LLR or not, which of its three areas, and which footprint (PCN), if known. */
export type PlaceAreas = {
  inLLR: boolean;
  district: District | null;
  footprintId: string | null;
};

/** A stored PartnerServiceArea row as a ServiceArea; null for a row that names nothing we know. */
export function areaFromRow(row: {
  kind: string;
  footprintId: string | null;
  district: string | null;
}): ServiceArea | null {
  if (row.kind === "llr") return { kind: "llr" };
  if (row.kind === "footprint" && row.footprintId)
    return { kind: "footprint", footprintId: row.footprintId };
  if (row.kind === "district" && isDistrict(row.district))
    return { kind: "district", district: row.district };
  return null;
}

/** Does one area cover the place? A place outside LLR is covered by none. */
export function areaCovers(area: ServiceArea, place: PlaceAreas): boolean {
  if (!place.inLLR) return false;
  switch (area.kind) {
    case "llr":
      return true;
    case "district":
      return place.district === area.district;
    case "footprint":
      return (
        place.footprintId !== null && place.footprintId === area.footprintId
      );
  }
}

/** Does any of a service's areas cover the place? */
export function servesPlace(
  areas: readonly ServiceArea[],
  place: PlaceAreas
): boolean {
  return areas.some((area) => areaCovers(area, place));
}
