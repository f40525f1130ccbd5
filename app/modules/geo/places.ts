/**
 * The places geocoding knows by name (towns, villages, universities, Rutland as a whole) and the rules
 * for reading a typed name: other names people use, words that add nothing ("Oakham, Rutland"), words
 * too common to pick out a place, and how many typos a name may carry. Pure: the table is built from
 * plain records (prisma/data/places.csv on the server, a few rows in tests).
 */
import { haversineKm, KM_PER_MILE } from "./distance";
import { searchKey } from "./text-match";

/** One row of the places table, as read. */
export type PlaceRecord = {
  name: string;
  /** "town", "village", "university", "neighbouring town", "county", … */
  kind: string;
  lat: number;
  lng: number;
  /** The name in the source data, when it differs ("Wigston Magna" for Wigston). */
  sourceName?: string | null;
};

export type Place = {
  name: string;
  kind: string;
  lat: number;
  lng: number;
  /** Tokens of the name's search key. */
  tokens: string[];
  /** Search keys without spaces: the name's and every other name's. */
  compactKeys: string[];
};

export type PlaceTable = {
  places: readonly Place[];
  /** Compact key (no spaces) → place, for names and other names; the first place to claim a key keeps it. */
  placeByKey: ReadonlyMap<string, Place>;
};

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
const TRAILING_QUALIFIERS: readonly string[] = [
  "leicestershire",
  "leics",
  "rutland",
  "uk",
  "england",
  "gb",
  "united kingdom",
  "great britain",
  "lincolnshire",
  "lincs",
];

/** Words too common in place names to identify one on their own. */
const MINOR_WORDS = new Set(["de", "la", "le", "on", "the", "of", "and", "st", "in", "upon", "university", "north", "south", "east", "west", "great", "little", "long", "market"]);

/** Every name a place answers to: its own, its aliases, its source name, and "X University" ↔ "University of X". */
function namesOf(record: PlaceRecord): string[] {
  const names = [record.name, ...(PLACE_ALIASES[record.name] ?? [])];
  if (record.sourceName && record.sourceName !== record.name) names.push(record.sourceName);
  if (record.kind === "university") {
    const of = /^University of (.+)$/i.exec(record.name);
    const suffix = /^(.+) University$/i.exec(record.name);
    if (of) names.push(`${of[1]} University`);
    if (suffix) names.push(`University of ${suffix[1]}`);
  }
  return names;
}

/** Builds the table of places and the keys they answer to. Records without a name or a position are left out. */
export function placeTable(records: Iterable<PlaceRecord>): PlaceTable {
  const places: Place[] = [];
  const placeByKey = new Map<string, Place>();
  for (const record of records) {
    const { name, kind, lat, lng } = record;
    if (!name || !Number.isFinite(lat) || !Number.isFinite(lng)) continue;
    const place: Place = { name, kind, lat, lng, tokens: searchKey(name).split(" "), compactKeys: [] };
    for (const other of namesOf(record)) {
      const key = compactKey(searchKey(other));
      if (!key || placeByKey.has(key)) continue;
      placeByKey.set(key, place);
      place.compactKeys.push(key);
    }
    places.push(place);
  }
  return { places, placeByKey };
}

/** A search key without its spaces: "market harborough" → "marketharborough". */
export function compactKey(key: string): string {
  return key.replace(/ /g, "");
}

/** Drops trailing words that add nothing to a place name ("oakham rutland" → "oakham"), never the last word. */
export function stripQualifiers(key: string): string {
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

/** The search key of a typed place name, without trailing qualifiers. */
export function placeKey(input: string): string {
  return stripQualifiers(searchKey(input));
}

/** The words of a key that can pick out a place: not minor, at least three letters. */
export function significantWords(key: string): string[] {
  return key.split(" ").filter((w) => w.length >= 3 && !MINOR_WORDS.has(w));
}

/** How many typos a name of this length (without spaces) may carry and still be recognised. */
export function typoAllowance(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  if (length < 12) return 2;
  return 3;
}

/** Every place name, in English alphabetical order. */
export function placeNamesIn(table: PlaceTable): string[] {
  return table.places.map((p) => p.name).sort((a, b) => a.localeCompare(b, "en-GB"));
}

/** How far the nearest town may be to say "near" it. */
const NEAR_TOWN_KM = 50;

/** The nearest town (in LLR or neighbouring) to a point, within 50 km, with its distance in miles; or null. */
export function nearestTown(table: PlaceTable, lat: number, lng: number): { name: string; miles: number } | null {
  let best: { name: string; km: number } | null = null;
  for (const p of table.places) {
    if (p.kind !== "town" && p.kind !== "neighbouring town") continue;
    const km = haversineKm(lat, lng, p.lat, p.lng);
    if (!best || km < best.km) best = { name: p.name, km };
  }
  return best && best.km <= NEAR_TOWN_KM ? { name: best.name, miles: best.km / KM_PER_MILE } : null;
}
