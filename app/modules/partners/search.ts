/**
 * The partner search, pure: which services match the filters (need, who for, language), and their order
 * for a place: nearest location first with its distance; a service whose areas cover the place comes at
 * distance 0, labelled "covers your area"; a service with neither a location nor an area covering the
 * place is left out. Without a place, services are in name order.
 */
import { haversineKm, KM_PER_MILE } from "~/modules/geo";
import { servesPlace, type PlaceAreas, type ServiceArea } from "./areas";

export type PartnerFilters = {
  needs: readonly string[];
  audiences: readonly string[];
  languages: readonly string[];
};

export const NO_FILTERS: PartnerFilters = {
  needs: [],
  audiences: [],
  languages: [],
};

/** What the search needs of a service. */
export type SearchableService = {
  id: string;
  name: string;
  support: readonly string[];
  audiences: readonly string[];
  languages: readonly string[];
  locations: readonly { id: string; lat: number; lng: number }[];
  areas: readonly ServiceArea[];
};

/** Any of the chosen tags of a list, and every list with a choice (needs AND who for AND language). */
export function matchesPartnerFilters(
  service: SearchableService,
  filters: PartnerFilters
): boolean {
  const any = (chosen: readonly string[], carried: readonly string[]) =>
    chosen.length === 0 || chosen.some((slug) => carried.includes(slug));
  return (
    any(filters.needs, service.support) &&
    any(filters.audiences, service.audiences) &&
    any(filters.languages, service.languages)
  );
}

export type PlacedService<S extends SearchableService> = {
  service: S;
  /** Miles to the nearest location; 0 when the service covers the place's area; null without a place. */
  miles: number | null;
  /** The location nearest the place (null for an area-only service, or without a place: the first). */
  locationId: string | null;
  coversArea: boolean;
};

/** One service's place in the results for a point, or null when it neither is near nor covers it. */
export function placeService<S extends SearchableService>(
  service: S,
  origin: { lat: number; lng: number },
  place: PlaceAreas
): PlacedService<S> | null {
  let best: { id: string; miles: number } | null = null;
  for (const loc of service.locations) {
    const miles =
      haversineKm(origin.lat, origin.lng, loc.lat, loc.lng) / KM_PER_MILE;
    if (!best || miles < best.miles) best = { id: loc.id, miles };
  }
  const covers = servesPlace(service.areas, place);
  if (service.locations.length === 0)
    return covers
      ? { service, miles: 0, locationId: null, coversArea: true }
      : null;
  return {
    service,
    miles: best!.miles,
    locationId: best!.id,
    coversArea: false,
  };
}

/**
 * The one order of partner services from a place, wherever they are listed (/partners, the finder's layer,
 * a café page's "Other support nearby"): nearest first, those covering the area (distance 0) before a
 * place at distance 0, then by name.
 */
export function nearestFirst(
  a: { miles: number | null; coversArea: boolean; service: { name: string } },
  b: { miles: number | null; coversArea: boolean; service: { name: string } }
): number {
  return (
    (a.miles ?? 0) - (b.miles ?? 0) ||
    Number(b.coversArea) - Number(a.coversArea) ||
    a.service.name.localeCompare(b.service.name, "en-GB")
  );
}

/** The matching services for a search, in order (see the module comment). */
export function rankServices<S extends SearchableService>(
  services: readonly S[],
  filters: PartnerFilters,
  where: { origin: { lat: number; lng: number }; place: PlaceAreas } | null
): PlacedService<S>[] {
  const matching = services.filter((s) => matchesPartnerFilters(s, filters));
  if (!where) {
    return [...matching]
      .sort((a, b) => a.name.localeCompare(b.name, "en-GB"))
      .map((service) => ({
        service,
        miles: null,
        locationId: service.locations[0]?.id ?? null,
        coversArea: false,
      }));
  }
  return matching
    .map((s) => placeService(s, where.origin, where.place))
    .filter((p): p is PlacedService<S> => p !== null)
    .sort(nearestFirst);
}

/**
 * "Other support nearby" on a café page: the nearest services with a place (up to `places`) and at most
 * `areaWide` of those covering the area without one, so area-wide lines (at distance 0) do not crowd out
 * the places people can walk into. Kept in the order given (nearestFirst): "covers your area" first.
 */
export function nearbyMix<P extends { coversArea: boolean }>(
  ranked: readonly P[],
  places = 3,
  areaWide = 2
): P[] {
  const chosen = new Set([
    ...ranked.filter((r) => !r.coversArea).slice(0, places),
    ...ranked.filter((r) => r.coversArea).slice(0, areaWide),
  ]);
  return ranked.filter((r) => chosen.has(r));
}
