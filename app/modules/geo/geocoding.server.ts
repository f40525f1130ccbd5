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
 *    a known town or village within 20 km of it is the place (more precise than the district's middle);
 *    otherwise the district, or the place if the district is unknown.
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
 * ## Data in memory
 *
 * The files in prisma/data (resolved from the working directory: the server runs from the project
 * root) are read once per process, on first use, into Maps and typed arrays: about 25 ms and 3 MB.
 * Lookups then take microseconds. Nothing here touches the database.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { haversineKm, KM_PER_MILE } from "./distance";
import { parsePolygonalGeometry, polygonCentroid, preparePolygon, type PolygonalGeometry, type PreparedPolygon } from "./geometry";
import { findPostcodeInText, isValidPostcode, lookAlikeLetters, MAX_QUERY_LENGTH, parsePostcode, splitPostcodeAndText } from "./postcode";
import { getEnv } from "~/platform/env.server";
import { editDistance, searchKey } from "./text-match";

export type GeocodePrecision = "postcode" | "sector" | "district" | "place" | "online";
export type LLRArea = "Leicester" | "Leicestershire" | "Rutland";

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
const AREA_CODES: readonly (readonly [string, LLRArea])[] = [
  ["E06000016", "Leicester"],
  ["E10000018", "Leicestershire"],
  ["E06000017", "Rutland"],
];

export const ONLINE_TIMEOUT_MS = 2000;

// ------------------------------------------------------------------------------------ text matching

/** Words too common in place names to identify one on their own. */
const MINOR_WORDS = new Set(["de", "la", "le", "on", "the", "of", "and", "st", "in", "upon", "university", "north", "south", "east", "west", "great", "little", "long", "market"]);

/** The words of a key that can pick out a place: not minor, at least three letters. */
function significantWords(key: string): string[] {
  return key.split(" ").filter((w) => w.length >= 3 && !MINOR_WORDS.has(w));
}

/** How many typos a name of this length may carry and still be recognised. */
function typoAllowance(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  if (length < 12) return 2;
  return 3;
}

// ------------------------------------------------------------------------------------ the tables

type Place = {
  name: string;
  kind: string;
  lat: number;
  lng: number;
  /** Tokens of the name's search key. */
  tokens: string[];
  /** Search keys without spaces: the name's and every alias's. */
  compactKeys: string[];
};

type Tables = {
  postcodeRow: Map<string, number>;
  postcodeLat: Float64Array;
  postcodeLng: Float64Array;
  /** Index into AREA_BY_INDEX (0 = outside LLR). */
  postcodeArea: Uint8Array;
  sectors: Map<string, { lat: number; lng: number }>;
  outcodes: Map<string, { lat: number; lng: number }>;
  places: Place[];
  /** Compact key (no spaces) → place, for names and aliases. */
  placeByKey: Map<string, Place>;
  llr: PreparedPolygon;
  areas: { area: LLRArea; polygon: PreparedPolygon }[];
  loadMs: number;
};

const AREA_BY_INDEX: readonly (LLRArea | null)[] = [null, "Leicester", "Leicestershire", "Rutland"];

/** Other names people use. Keys are place names as in places.csv. */
const PLACE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  "Ashby-de-la-Zouch": ["Ashby", "Ashby de la Zouche"],
  "Melton Mowbray": ["Melton"],
  "Market Harborough": ["Harborough"],
  Loughborough: ["Lboro", "Loughboro"],
  Leicester: ["Leicester City", "Leicester City Centre", "Leicester Town Centre", "City Centre", "Leicester Centre"],
  Kibworth: ["Kibworth Beauchamp"],
  "Loughborough University": ["Lboro University", "Loughboro University", "Lufbra", "Loughborough Uni Campus"],
  "De Montfort University": ["DMU", "De Montfort", "Demontfort", "Demontfort University", "De Montford University", "De Montford"],
  "University of Leicester": ["UoL", "Leicester University", "Uni of Leicester"],
};

/** Words after a place name that say nothing more: "Oakham, Rutland", "Hinckley, Leics, UK". */
const TRAILING_QUALIFIERS = new Set(["leicestershire", "leics", "rutland", "uk", "england", "gb", "united kingdom", "great britain", "lincolnshire", "lincs"]);

let tables: Tables | undefined;

export function dataDirectory(): string {
  return path.join(process.cwd(), "prisma", "data");
}

/** Splits one CSV line, honouring double quotes. */
function csvFields(line: string): string[] {
  if (!line.includes('"')) return line.split(",");
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      out.push(field);
      field = "";
    } else field += c;
  }
  out.push(field);
  return out;
}

function readCsv(file: string): { header: string[]; rows: string[][] } {
  const text = readFileSync(path.join(dataDirectory(), file), "utf8");
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const header = csvFields(lines[0] ?? "");
  return { header, rows: lines.slice(1).map(csvFields) };
}

function column(header: string[], name: string): number {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`Geocoding data: column "${name}" missing`);
  return i;
}

function load(): Tables {
  const started = performance.now();

  // Boundaries.
  type Feature = { properties?: { code?: string }; geometry?: unknown };
  const geo = JSON.parse(readFileSync(path.join(dataDirectory(), "llr-boundaries.geojson"), "utf8")) as { features?: Feature[] };
  const geometryOf = (code: string): PolygonalGeometry => {
    const g = parsePolygonalGeometry(geo.features?.find((f) => f.properties?.code === code)?.geometry);
    if (!g) throw new Error(`Geocoding data: boundary ${code} missing from llr-boundaries.geojson`);
    return g;
  };
  const llr = preparePolygon(geometryOf("LLR"));
  const areas = AREA_CODES.map(([code, area]) => ({ area, polygon: preparePolygon(geometryOf(code)) }));

  // Full postcodes, and sector sums on the way.
  const pc = readCsv("llr-postcodes.csv");
  const [iPc, iLat, iLng, iLad] = ["postcode", "lat", "lng", "lad_code"].map((c) => column(pc.header, c)) as [number, number, number, number];
  const n = pc.rows.length;
  const postcodeRow = new Map<string, number>();
  const postcodeLat = new Float64Array(n);
  const postcodeLng = new Float64Array(n);
  const postcodeArea = new Uint8Array(n);
  const sectorSums = new Map<string, [number, number, number]>();
  pc.rows.forEach((r, i) => {
    const code = r[iPc]!;
    const lat = Number(r[iLat]);
    const lng = Number(r[iLng]);
    if (!Number.isFinite(lat) || !Number.isFinite(lng)) return;
    postcodeRow.set(code, i);
    postcodeLat[i] = lat;
    postcodeLng[i] = lng;
    const area = LLR_AUTHORITIES.get(r[iLad] ?? "");
    postcodeArea[i] = area ? AREA_BY_INDEX.indexOf(area) : 0;
    const sector = code.slice(0, -2);
    const s = sectorSums.get(sector);
    if (s) {
      s[0] += lat;
      s[1] += lng;
      s[2] += 1;
    } else sectorSums.set(sector, [lat, lng, 1]);
  });
  const sectors = new Map<string, { lat: number; lng: number }>();
  for (const [sector, [la, ln, count]] of sectorSums) sectors.set(sector, { lat: la / count, lng: ln / count });

  // Districts.
  const oc = readCsv("outcodes.csv");
  const [oCode, oLat, oLng] = ["outcode", "lat", "lng"].map((c) => column(oc.header, c)) as [number, number, number];
  const outcodes = new Map<string, { lat: number; lng: number }>();
  for (const r of oc.rows) {
    const lat = Number(r[oLat]);
    const lng = Number(r[oLng]);
    if (r[oCode] && Number.isFinite(lat) && Number.isFinite(lng)) outcodes.set(r[oCode]!, { lat, lng });
  }

  // Places, their aliases, and Rutland as a whole.
  const pl = readCsv("places.csv");
  const [pName, pKind, pLat, pLng, pSource] = ["name", "kind", "lat", "lng", "source_name"].map((c) => column(pl.header, c)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const places: Place[] = [];
  const placeByKey = new Map<string, Place>();
  const addPlace = (name: string, kind: string, lat: number, lng: number, otherNames: readonly string[]) => {
    const place: Place = { name, kind, lat, lng, tokens: searchKey(name).split(" "), compactKeys: [] };
    const names = [name, ...otherNames];
    if (kind === "university") {
      // "University of X" ↔ "X University"
      const of = /^University of (.+)$/i.exec(name);
      const suffix = /^(.+) University$/i.exec(name);
      if (of) names.push(`${of[1]} University`);
      if (suffix) names.push(`University of ${suffix[1]}`);
    }
    for (const other of names) {
      const key = searchKey(other).replace(/ /g, "");
      if (!key || placeByKey.has(key)) continue;
      placeByKey.set(key, place);
      place.compactKeys.push(key);
    }
    places.push(place);
  };
  for (const r of pl.rows) {
    const lat = Number(r[pLat]);
    const lng = Number(r[pLng]);
    const name = r[pName];
    if (!name || !Number.isFinite(lat) || !Number.isFinite(lng)) continue;
    const source = r[pSource];
    addPlace(name, r[pKind] ?? "town", lat, lng, [...(PLACE_ALIASES[name] ?? []), ...(source && source !== name ? [source] : [])]);
  }
  const rutlandMiddle = polygonCentroid(geometryOf("E06000017"));
  if (rutlandMiddle) addPlace("Rutland", "county", rutlandMiddle.lat, rutlandMiddle.lng, []);

  return {
    postcodeRow,
    postcodeLat,
    postcodeLng,
    postcodeArea,
    sectors,
    outcodes,
    places,
    placeByKey,
    llr,
    areas,
    loadMs: performance.now() - started,
  };
}

function data(): Tables {
  tables ??= load();
  return tables;
}

/** Loads the tables now (e.g. at server start) instead of on the first search. Returns counts and time. */
export function loadGeocodingData() {
  const t = data();
  return { postcodes: t.postcodeRow.size, sectors: t.sectors.size, districts: t.outcodes.size, places: t.places.length, loadMs: t.loadMs };
}

// ------------------------------------------------------------------------------------ areas

/** Is the point inside the LLR outline? */
export function isInLLR(lat: number, lng: number): boolean {
  return data().llr.contains(lat, lng);
}

/** Leicester, Leicestershire (the county) or Rutland, or null outside LLR. */
export function areaAt(lat: number, lng: number): LLRArea | null {
  const t = data();
  if (!t.llr.contains(lat, lng)) return null;
  return t.areas.find((a) => a.polygon.contains(lat, lng))?.area ?? null;
}

/**
 * For "use my location": whether the browser's position is in LLR, which area, and the nearest known
 * town or village (to say "near Oakham"). Null for an impossible position.
 */
export function reverseArea(lat: number, lng: number): {
  label: string;
  inLLR: boolean;
  area: LLRArea | null;
  nearestPlace: { name: string; miles: number } | null;
} | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  const area = areaAt(lat, lng);
  let best: { name: string; km: number } | null = null;
  for (const p of data().places) {
    if (p.kind !== "town" && p.kind !== "neighbouring town") continue;
    const km = haversineKm(lat, lng, p.lat, p.lng);
    if (!best || km < best.km) best = { name: p.name, km };
  }
  return {
    label: "your location",
    inLLR: area !== null,
    area,
    nearestPlace: best && best.km <= 50 ? { name: best.name, miles: best.km / KM_PER_MILE } : null,
  };
}

/** Every place name geocode knows (towns, villages, universities, Rutland), for a suggestion list. */
export function placeNames(): string[] {
  return data()
    .places.map((p) => p.name)
    .sort((a, b) => a.localeCompare(b, "en-GB"));
}

function hitAt(lat: number, lng: number, fields: Omit<GeocodeHit, "ok" | "lat" | "lng" | "inLLR" | "area">): GeocodeHit {
  const area = areaAt(lat, lng);
  return { ok: true, lat, lng, inLLR: area !== null, area, ...fields };
}

// ------------------------------------------------------------------------------------ lookups

function lookupFullPostcode(postcode: string): GeocodeHit | null {
  const t = data();
  const row = t.postcodeRow.get(postcode);
  if (row === undefined) return null;
  const area = AREA_BY_INDEX[t.postcodeArea[row]!] ?? null;
  return {
    ok: true,
    lat: t.postcodeLat[row]!,
    lng: t.postcodeLng[row]!,
    label: postcode,
    precision: "postcode",
    inLLR: area !== null,
    area,
    normalised: postcode,
  };
}

function lookupSectorOrDistrict(sector: string | null, outward: string, label: string, corrected: boolean): GeocodeHit | null {
  const t = data();
  const s = sector ? t.sectors.get(sector) : undefined;
  if (s && sector) return hitAt(s.lat, s.lng, { label, precision: "sector", normalised: label, matched: sector, ...(corrected ? { corrected } : {}) });
  const d = t.outcodes.get(outward);
  if (d) return hitAt(d.lat, d.lng, { label, precision: "district", normalised: label, matched: outward, ...(corrected ? { corrected } : {}) });
  return null;
}

type PlaceMatch = { place: Place; corrected: boolean };

function stripQualifiers(key: string): string {
  let tokens = key.split(" ");
  let changed = true;
  while (changed && tokens.length > 1) {
    changed = false;
    for (const q of TRAILING_QUALIFIERS) {
      const qt = q.split(" ");
      if (tokens.length > qt.length && tokens.slice(-qt.length).join(" ") === q) {
        tokens = tokens.slice(0, -qt.length);
        changed = true;
      }
    }
  }
  return tokens.join(" ");
}

function matchPlace(input: string): PlaceMatch | null {
  const t = data();
  const key = stripQualifiers(searchKey(input));
  const compact = key.replace(/ /g, "");
  if (!compact) return null;
  const exact = t.placeByKey.get(compact);
  if (exact) return { place: exact, corrected: false };
  if (/[0-9]/.test(compact)) return null;

  // Every word of the input is a whole word of exactly one place's name ("Mowbray", "Zouch").
  const words = key.split(" ");
  if (significantWords(key).length > 0) {
    const byWords = t.places.filter((p) => words.every((w) => p.tokens.includes(w)));
    if (byWords.length === 1) return { place: byWords[0]!, corrected: true };
    if (byWords.length > 1) return null; // "Bosworth": Market or Husbands? Suggest both.
  }

  // An unambiguous start of a name ("Market Harb", "Cottes").
  if (compact.length >= 4) {
    const starts = new Set(t.places.filter((p) => p.compactKeys.some((k) => k.startsWith(compact))));
    if (starts.size === 1) return { place: [...starts][0]!, corrected: true };
    if (starts.size > 1) return null;
  }

  // A small typo, if one place is clearly the closest.
  const allowance = typoAllowance(compact.length);
  if (allowance === 0) return null;
  let best: Place | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const p of t.places) {
    let d = Infinity;
    for (const k of p.compactKeys) d = Math.min(d, editDistance(compact, k, allowance));
    if (d < bestDistance) {
      best = p;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && p !== best) tie = true;
  }
  if (best && bestDistance <= allowance && !tie) return { place: best, corrected: true };
  return null;
}

/** Up to `limit` place names close to the input: same words, same start, contained, or a few typos away. */
export function suggestPlaces(input: string, limit = 5): string[] {
  if (typeof input !== "string" || input.length > MAX_QUERY_LENGTH * 4) return [];
  const key = stripQualifiers(searchKey(input.slice(0, MAX_QUERY_LENGTH)));
  const compact = key.replace(/ /g, "");
  if (compact.length < 2 || /[0-9]/.test(compact)) return [];
  const words = key.split(" ");
  const byWords = significantWords(key).length > 0;
  // "university", "the uni", "my university": every university.
  if (!byWords && words.includes("university")) {
    return data()
      .places.filter((p) => p.kind === "university")
      .map((p) => p.name)
      .sort((a, b) => a.localeCompare(b, "en-GB"))
      .slice(0, limit);
  }
  const allowance = Math.max(1, typoAllowance(compact.length)) + 1;
  const scored: { name: string; score: number }[] = [];
  for (const p of data().places) {
    let score = Infinity;
    if (byWords && words.every((w) => p.tokens.includes(w))) score = 0;
    for (const k of p.compactKeys) {
      if (score === 0) break;
      if (k.startsWith(compact)) score = Math.min(score, 1);
      else if (compact.length >= 4 && (k.includes(compact) || compact.includes(k))) score = Math.min(score, 2);
      else {
        const d = Math.min(editDistance(compact, k, allowance), editDistance(compact, k.slice(0, compact.length), allowance - 1) + 1);
        if (d <= allowance) score = Math.min(score, 2 + d);
      }
    }
    if (score < Infinity) scored.push({ name: p.name, score });
  }
  scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name, "en-GB"));
  return scored.slice(0, limit).map((s) => s.name);
}

// ------------------------------------------------------------------------------------ online

type OnlinePoint = { lat: number; lng: number };
const ONLINE_CACHE_LIMIT = 1000;
/** Postcode → point, or null when the API said it does not exist. Failures are not cached. */
const onlineCache = new Map<string, OnlinePoint | null>();

/** Forgets online answers (tests) and reloads the tables on next use if `reloadData`. */
export function resetGeocodingCaches(reloadData = false) {
  onlineCache.clear();
  if (reloadData) tables = undefined;
}

async function lookupOnline(postcode: string, timeoutMs: number): Promise<OnlinePoint | null> {
  const base = getEnv().POSTCODE_API_URL;
  if (!base) return null;
  if (onlineCache.has(postcode)) return onlineCache.get(postcode) ?? null;
  const url = `${base.replace(/\/+$/, "")}/postcodes/${encodeURIComponent(postcode)}`;
  try {
    const res = await fetch(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(timeoutMs) });
    if (res.status === 404) {
      await res.body?.cancel();
      remember(postcode, null);
      return null;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new Error(`HTTP ${res.status}`);
    }
    const body = (await res.json()) as { result?: { latitude?: unknown; longitude?: unknown } | null };
    const lat = body?.result?.latitude;
    const lng = body?.result?.longitude;
    if (typeof lat !== "number" || typeof lng !== "number" || !Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
      // A known postcode without a position (postcodes.io has a few): no better than the sector.
      remember(postcode, null);
      return null;
    }
    const point = { lat, lng };
    remember(postcode, point);
    return point;
  } catch (error) {
    const reason = error instanceof Error ? (error.name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : error.message) : String(error);
    // The postcode is personal data here (where someone in distress is): never logged.
    console.warn(`[geocoding] online postcode lookup failed (${reason}); using the offline tables instead`);
    return null;
  }
}

function remember(postcode: string, point: OnlinePoint | null) {
  if (onlineCache.size >= ONLINE_CACHE_LIMIT) {
    const oldest = onlineCache.keys().next().value;
    if (oldest !== undefined) onlineCache.delete(oldest);
  }
  onlineCache.set(postcode, point);
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
    const online = isValidPostcode(parsed.postcode) ? await lookupOnline(parsed.postcode, onlineTimeoutMs) : null;
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

  const place = matchPlace(input);
  if (place) return placeHit(place);

  const split = parsed.kind === "none" ? splitPostcodeAndText(input) : null;
  if (split) {
    const found = await postcodeWithPlace(split.postcode, matchPlace(split.text) ?? matchLookAlike(split.text), onlineTimeoutMs);
    if (found) return found;
  }

  const readings = lookAlikeLetters(input);
  const repaired = matchLookAlike(input, readings);
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
    const suggestions = readings.length > 0 && !/[0-9]/.test(readings[0]!) ? suggestPlaces(readings[0]!) : [];
    return suggestions.length > 0 ? miss("not-found", input, suggestions) : miss("invalid", input);
  }
  return miss("not-found", input, suggestPlaces(input));
}

/** A place named with digits typed for look-alike letters ("0akham"), marked corrected; or null. */
function matchLookAlike(text: string, readings: string[] = lookAlikeLetters(text)): PlaceMatch | null {
  for (const reading of readings) {
    const repaired = matchPlace(reading);
    if (repaired) return { ...repaired, corrected: true };
  }
  return null;
}

/** Does a place lie in a postcode district: within SECTOR_REACH_KM of the middle of one of its sectors? */
function placeInDistrict(outward: string, place: Place): boolean {
  const prefix = `${outward} `;
  for (const [sector, middle] of data().sectors) {
    if (sector.startsWith(prefix) && haversineKm(middle.lat, middle.lng, place.lat, place.lng) <= SECTOR_REACH_KM) return true;
  }
  return false;
}

function placeHit(match: PlaceMatch): GeocodeHit {
  const { name, lat, lng } = match.place;
  return hitAt(lat, lng, { label: name, precision: "place", ...(match.corrected ? { corrected: true } : {}) });
}

/**
 * How near the middle of one of a district's sectors a town must be to count as in that district. Districts
 * range from a few streets (LE1, the city centre) to much of a county (LE15, Rutland), so a town is compared
 * with the sectors, not with the district's middle.
 */
const SECTOR_REACH_KM = 3;

/** A postcode, sector or district typed with other words, which may name a place (step 6 of the order). */
async function postcodeWithPlace(
  postcode: Exclude<ReturnType<typeof parsePostcode>, { kind: "none" }>,
  place: PlaceMatch | null,
  onlineTimeoutMs: number,
): Promise<GeocodeHit | null> {
  const found = await geocodeInner(postcode.text, onlineTimeoutMs);
  const hit = found.ok ? found : null;
  if (!place) return hit;
  if (!hit) return placeHit(place);
  // A town in the district typed with it is a more precise point than the district's middle; a town
  // elsewhere ("Loughborough LE1") loses to the postcode, which the results then name.
  if (postcode.kind === "district" && placeInDistrict(postcode.outward, place.place)) return placeHit(place);
  return hit;
}
