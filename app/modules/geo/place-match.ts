/**
 * Reading a typed place name against the table of places (places.ts): the exact name or another name, a
 * word that belongs to one place only ("Mowbray"), an unambiguous start ("Market Harb"), a small typo
 * ("Loughbrough"), or digits typed for look-alike letters ("0akham"); and, when none of these settles it,
 * the names close to what was typed. Pure: the table is an argument.
 */
import { haversineKm, type LatLng } from "./distance";
import { compactKey, placeKey, significantWords, typoAllowance, type Place, type PlaceTable } from "./places";
import { lookAlikeLetters, MAX_QUERY_LENGTH } from "./postcode";
import { editDistance } from "./text-match";

export type PlaceMatch = {
  place: Place;
  /** True when the name was completed or repaired rather than found as typed. */
  corrected: boolean;
};

/**
 * The one place a typed name means, or null when it means none or could mean several (the caller then
 * suggests names). In order: a name or other name as typed; every word a whole word of exactly one
 * place's name; an unambiguous start of a name (four letters or more); a small typo, when one place is
 * clearly the closest. Anything but the first is marked corrected.
 */
export function matchPlace(table: PlaceTable, input: string): PlaceMatch | null {
  const key = placeKey(input);
  const compact = compactKey(key);
  if (!compact) return null;
  const exact = table.placeByKey.get(compact);
  if (exact) return { place: exact, corrected: false };
  if (/[0-9]/.test(compact)) return null;

  // Every word of the input is a whole word of exactly one place's name ("Mowbray", "Zouch").
  const words = key.split(" ");
  if (significantWords(key).length > 0) {
    const byWords = table.places.filter((p) => words.every((w) => p.tokens.includes(w)));
    if (byWords.length === 1) return { place: byWords[0]!, corrected: true };
    if (byWords.length > 1) return null; // "Bosworth": Market or Husbands? Suggest both.
  }

  // An unambiguous start of a name ("Market Harb", "Cottes").
  if (compact.length >= 4) {
    const starts = new Set(table.places.filter((p) => p.compactKeys.some((k) => k.startsWith(compact))));
    if (starts.size === 1) return { place: [...starts][0]!, corrected: true };
    if (starts.size > 1) return null;
  }

  return closestByTypo(table, compact);
}

/** The place within the typo allowance of the input, if exactly one is closest. */
function closestByTypo(table: PlaceTable, compact: string): PlaceMatch | null {
  const allowance = typoAllowance(compact.length);
  if (allowance === 0) return null;
  let best: Place | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const p of table.places) {
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

/**
 * A place named with digits typed for look-alike letters ("0akham", "Hinck1ey"), marked corrected; or null.
 * `readings` are the text's look-alike readings, when the caller has them already.
 */
export function matchLookAlike(table: PlaceTable, text: string, readings: readonly string[] = lookAlikeLetters(text)): PlaceMatch | null {
  for (const reading of readings) {
    const repaired = matchPlace(table, reading);
    if (repaired) return { ...repaired, corrected: true };
  }
  return null;
}

/**
 * Up to `limit` place names close to the input, best first: every word in the name, then the same start,
 * then contained in the name (or the name in it), then a few typos away; ties in English alphabetical
 * order. "university" on its own, or with minor words ("the uni", "my university"), gives every
 * university. Nothing for input with digits, under two letters, or absurdly long.
 */
export function suggestPlaceNames(table: PlaceTable, input: string, limit = 5): string[] {
  if (typeof input !== "string" || input.length > MAX_QUERY_LENGTH * 4) return [];
  const key = placeKey(input.slice(0, MAX_QUERY_LENGTH));
  const compact = compactKey(key);
  if (compact.length < 2 || /[0-9]/.test(compact)) return [];
  const words = key.split(" ");
  const byWords = significantWords(key).length > 0;
  if (!byWords && words.includes("university")) {
    return table.places
      .filter((p) => p.kind === "university")
      .map((p) => p.name)
      .sort((a, b) => a.localeCompare(b, "en-GB"))
      .slice(0, limit);
  }
  const allowance = Math.max(1, typoAllowance(compact.length)) + 1;
  const scored: { name: string; score: number }[] = [];
  for (const p of table.places) {
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

/**
 * How near the middle of one of a district's sectors a town must be to count as in that district. Districts
 * range from a few streets (LE1, the city centre) to much of a county (LE15, Rutland), so a town is compared
 * with the sectors, not with the district's middle.
 */
const SECTOR_REACH_KM = 3;

/**
 * Does a place lie in a postcode district: within SECTOR_REACH_KM of the middle of one of its sectors?
 * `sectors` maps a sector ("LE15 6") to its middle.
 */
export function placeInDistrict(sectors: ReadonlyMap<string, LatLng>, outward: string, place: LatLng): boolean {
  const prefix = `${outward} `;
  for (const [sector, middle] of sectors) {
    if (sector.startsWith(prefix) && haversineKm(middle.lat, middle.lng, place.lat, place.lng) <= SECTOR_REACH_KM) return true;
  }
  return false;
}
