/**
 * Offline geocoding: what a person types (a postcode, a postcode district, a town, village or
 * university) → a point, with whether it lies in Leicester, Leicestershire and Rutland (LLR).
 *
 * ## Order of lookups (`geocode`)
 *
 * 1. A full postcode in the LLR table (`llr-postcodes.csv`, Code-Point Open 2014) → precision "postcode".
 * 2. A valid full postcode missing from the table (new since 2014, or outside LLR):
 *    a. the online API, only when POSTCODE_API_URL is set: GET {base}/postcodes/{postcode}
 *       (postcodes.io-compatible), 2-second timeout; any failure is logged without the postcode and
 *       ignored → precision "online". It is tried before the sector because it is exact, and only for
 *       postcodes the table lacks, so the shipped tables answer every other search without a network;
 *    b. its sector ("LE1 7"), the mean of the table's postcodes in that sector → "sector";
 *    c. its district ("LE1") from `outcodes.csv` (all of Great Britain) → "district".
 * 3. A sector typed as such ("LE1 7") → "sector", else its district.
 * 4. A district typed as such ("LE65", "NG1") → "district".
 * 5. A town, village or university from `places.csv`: case, accents, punctuation, hyphens and spaces do
 *    not matter; "Saint"/"St", "uni"/"university", "upon"/"on" are the same; common short names
 *    ("Ashby", "Melton", "Harborough", "DMU", "Loughborough uni") are known; a trailing county
 *    ("Oakham, Rutland") is ignored; an unambiguous start ("Market Harb") or a small typo
 *    ("Loughbrough") is accepted and marked `corrected`. "Rutland" is the middle of Rutland.
 * 6. A postcode, sector or district before or after other words ("Leicester LE1", "LE15 Oakham",
 *    "Oakham LE15 6LU", "Narborough Road LE3"): a full postcode or sector is used as such; a district with
 *    a known town or village in it (within 3 km of the middle of one of its sectors) is the place, more
 *    precise than the district's middle; otherwise the district, or the place if the district is unknown.
 * 7. A digit typed for a look-alike letter inside a name ("0akham", "Hinck1ey"): the place, `corrected`.
 * 8. A full postcode inside longer text ("12 London Road, Leicester LE2 0QS").
 *
 * Anything else is `{ ok: false }`: "empty"; "invalid" (over 100 characters, no letters or digits at
 * all, or digits but no postcode); or "not-found" (a well-formed postcode or name we do not know), with
 * up to five place names close to what was typed ("university" on its own, or with words such as "the"
 * or "my", suggests every university).
 *
 * `inLLR`: for a postcode in the table, from its local authority (Code-Point's admin district, exact);
 * for any other point, point-in-polygon against the LLR outline of `llr-boundaries.geojson`. A place
 * outside LLR (an NG or CV district, Stamford) still geocodes, with inLLR false, so the finder can show
 * the nearest cafés with a note.
 *
 * The tables are read by geocoding-data.server.ts, names are matched by places.ts and place-match.ts,
 * postcodes are read by postcode.ts, and the online lookup is postcode-online.server.ts. Nothing here
 * touches the database.
 */
import { parsePostcode, findPostcodeInText, isValidPostcode, lookAlikeLetters, MAX_QUERY_LENGTH, splitPostcodeAndText, type PostcodeAndText } from "./postcode";
import { geocodingTables, forgetGeocodingTables, postcodeInTable } from "./geocoding-data.server";
import { areaIn, type LLRArea } from "./llr-areas";
import { matchLookAlike, matchPlace, placeInDistrict, suggestPlaceNames, type PlaceMatch } from "./place-match";
import { nearestTown, placeNamesIn } from "./places";
import { forgetOnlinePostcodes, lookupPostcodeOnline, ONLINE_TIMEOUT_MS } from "./postcode-online.server";
import type { GeocodePrecision } from "./llr-areas";


export type GeocodeHit = {
  ok: true;
  lat: number;
  lng: number;
  /** What to show: the postcode as normalised ("LE1 7RH", also for a sector or district fallback) or the place's name. */
  label: string;
  precision: GeocodePrecision;
  inLLR: boolean;
  /** Which of Leicester, Leicestershire (county) or Rutland the point is in; null outside LLR. */
  area: LLRArea | null;
  /** The normalised postcode, sector or district, when the input was one. */
  normalised?: string;
  /** The sector or district actually used when the full postcode was not known ("LE1 7", "NG1"). */
  matched?: string;
  /** True when a typo was repaired or a name completed ("LEI 7RH", "Loughbrough", "Market Harb"). */
  corrected?: boolean;
};

export type GeocodeMiss = {
  ok: false;
  reason: "empty" | "invalid" | "not-found";
  /** The input, trimmed and cut to 100 characters. */
  input: string;
  /** Up to five place names close to the input. */
  suggestions: string[];
};

export type GeocodeResult = GeocodeHit | GeocodeMiss;

// ------------------------------------------------------------------------------------ areas and names

/** Is the point inside the LLR outline? */
export function isInLLR(lat: number, lng: number): boolean {
  return geocodingTables().outlines.llr.contains(lat, lng);
}

/** Leicester, Leicestershire (the county) or Rutland, or null outside LLR. */
export function areaAt(lat: number, lng: number): LLRArea | null {
  return areaIn(geocodingTables().outlines, lat, lng);
}

/**
 * For "use my location": whether the browser's position is in LLR, which area, and the nearest known
 * town or village (to say "near Oakham"). Null for an impossible position.
 */
export function reverseArea(lat: number, lng: number): {
  inLLR: boolean;
  area: LLRArea | null;
  nearestPlace: { name: string; miles: number } | null;
} | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  const area = areaAt(lat, lng);
  return { inLLR: area !== null, area, nearestPlace: nearestTown(geocodingTables().places, lat, lng) };
}

/** Every place name geocode knows (towns, villages, universities, Rutland), for a suggestion list. */
export function placeNames(): string[] {
  return placeNamesIn(geocodingTables().places);
}

/** Up to `limit` place names close to the input: same words, same start, contained, or a few typos away. */
export function suggestPlaces(input: string, limit = 5): string[] {
  return suggestPlaceNames(geocodingTables().places, input, limit);
}

/** Forgets online answers (tests) and reloads the tables on next use if `reloadData`. */
export function resetGeocodingCaches(reloadData = false) {
  forgetOnlinePostcodes();
  if (reloadData) forgetGeocodingTables();
}

// ------------------------------------------------------------------------------------ lookups

function hitAt(lat: number, lng: number, fields: Omit<GeocodeHit, "ok" | "lat" | "lng" | "inLLR" | "area">): GeocodeHit {
  const area = areaAt(lat, lng);
  return { ok: true, lat, lng, inLLR: area !== null, area, ...fields };
}

function lookupFullPostcode(postcode: string): GeocodeHit | null {
  const found = postcodeInTable(postcode);
  if (!found) return null;
  const { lat, lng, area } = found;
  return { ok: true, lat, lng, label: postcode, precision: "postcode", inLLR: area !== null, area, normalised: postcode };
}

function lookupSectorOrDistrict(sector: string | null, outward: string, label: string, corrected: boolean): GeocodeHit | null {
  const t = geocodingTables();
  const s = sector ? t.sectors.get(sector) : undefined;
  if (s && sector) return hitAt(s.lat, s.lng, { label, precision: "sector", normalised: label, matched: sector, ...(corrected ? { corrected } : {}) });
  const d = t.outcodes.get(outward);
  if (d) return hitAt(d.lat, d.lng, { label, precision: "district", normalised: label, matched: outward, ...(corrected ? { corrected } : {}) });
  return null;
}

function placeHit(match: PlaceMatch): GeocodeHit {
  const { name, lat, lng } = match.place;
  return hitAt(lat, lng, { label: name, precision: "place", ...(match.corrected ? { corrected: true } : {}) });
}

// ------------------------------------------------------------------------------------ geocode

function miss(reason: GeocodeMiss["reason"], input: string, suggestions: string[] = []): GeocodeMiss {
  return { ok: false, reason, input, suggestions };
}

/**
 * Geocodes what someone typed. Never throws and never rejects; with POSTCODE_API_URL unset it does no
 * I/O after the first call. See the module comment for the order of lookups.
 */
export async function geocode(query: string, options: { onlineTimeoutMs?: number } = {}): Promise<GeocodeResult> {
  try {
    return await geocodeInner(query, options.onlineTimeoutMs ?? ONLINE_TIMEOUT_MS);
  } catch (error) {
    // Only a broken data folder gets here; searching must still answer.
    console.error("[geocoding] lookup failed", error instanceof Error ? error.message : error);
    const input = typeof query === "string" ? query.trim().slice(0, MAX_QUERY_LENGTH) : "";
    return miss("not-found", input);
  }
}

async function geocodeInner(query: string, onlineTimeoutMs: number): Promise<GeocodeResult> {
  if (typeof query !== "string") return miss("invalid", "");
  const input = query.length > MAX_QUERY_LENGTH * 4 ? query.slice(0, MAX_QUERY_LENGTH) : query.normalize("NFKC").trim().slice(0, MAX_QUERY_LENGTH);
  if (input === "") return miss("empty", input);
  const parsed = parsePostcode(query);
  if (parsed.kind === "none" && parsed.reason === "empty") {
    // Nothing in the Latin alphabet: a name in another script is "not found", punctuation is invalid.
    return /[\p{L}]/u.test(input) ? miss("not-found", input) : miss("invalid", input);
  }
  if (parsed.kind === "none" && parsed.reason === "too-long") return miss("invalid", input);

  const corrected = parsed.kind !== "none" && parsed.corrected;
  if (parsed.kind === "full") {
    const exact = lookupFullPostcode(parsed.postcode);
    if (exact) return corrected ? { ...exact, corrected } : exact;
    const online = isValidPostcode(parsed.postcode) ? await lookupPostcodeOnline(parsed.postcode, onlineTimeoutMs) : null;
    if (online) return hitAt(online.lat, online.lng, { label: parsed.postcode, precision: "online", normalised: parsed.postcode, ...(corrected ? { corrected } : {}) });
    const near = lookupSectorOrDistrict(parsed.sector, parsed.outward, parsed.postcode, corrected);
    if (near) return near;
  } else if (parsed.kind === "sector") {
    const near = lookupSectorOrDistrict(parsed.sector, parsed.outward, parsed.sector, corrected);
    if (near) return near;
  } else if (parsed.kind === "district") {
    const near = lookupSectorOrDistrict(null, parsed.outward, parsed.outward, corrected);
    if (near) return near;
  }

  const places = geocodingTables().places;
  const place = matchPlace(places, input);
  if (place) return placeHit(place);

  const split = parsed.kind === "none" ? splitPostcodeAndText(input) : null;
  if (split) {
    const found = await postcodeWithPlace(split.postcode, matchPlace(places, split.text) ?? matchLookAlike(places, split.text), onlineTimeoutMs);
    if (found) return found;
  }

  const readings = lookAlikeLetters(input);
  const repaired = matchLookAlike(places, input, readings);
  if (repaired) return placeHit(repaired);

  if (parsed.kind !== "full") {
    const embedded = findPostcodeInText(input);
    if (embedded) {
      const hit = await geocodeInner(embedded, onlineTimeoutMs);
      if (hit.ok) return hit;
    }
  }

  if (parsed.kind !== "none" || split) return miss("not-found", input);
  if (!/[\p{L}]/u.test(input)) return miss("invalid", input);
  if (/[0-9]/.test(input)) {
    // Digits for letters in a name that is still not known: suggest names close to the letters.
    const suggestions = readings.length > 0 && !/[0-9]/.test(readings[0]!) ? suggestPlaceNames(places, readings[0]!) : [];
    return suggestions.length > 0 ? miss("not-found", input, suggestions) : miss("invalid", input);
  }
  return miss("not-found", input, suggestPlaceNames(places, input));
}

/** A postcode, sector or district typed with other words, which may name a place (step 6 of the order). */
async function postcodeWithPlace(
  postcode: PostcodeAndText["postcode"],
  place: PlaceMatch | null,
  onlineTimeoutMs: number,
): Promise<GeocodeHit | null> {
  const found = await geocodeInner(postcode.text, onlineTimeoutMs);
  const hit = found.ok ? found : null;
  if (!place) return hit;
  if (!hit) return placeHit(place);
  // A town in the district typed with it is a more precise point than the district's middle; a town
  // elsewhere ("Loughborough LE1") loses to the postcode, which the results then name.
  if (postcode.kind === "district" && placeInDistrict(geocodingTables().sectors, postcode.outward, place.place)) return placeHit(place);
  return hit;
}
