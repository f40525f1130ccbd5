/**
 * Searching GP practices by what someone typed: a name (or part of one, with a small typo or an
 * abbreviation), a town or a postcode. Case, accents and punctuation are ignored, and words that describe
 * any surgery ("surgery", "medical", "centre") need not match. Pure: the practices are an argument, so
 * matching is the same whichever database holds them.
 *
 * Best matches first (a lower score): 0 the whole name; 1 the start of the name; 2 every word starts a
 * word of the name; 3 every distinctive word does; 4 part of the name; 5 the town or the postcode; 6 a
 * small typo in each distinctive word. Within a score, nearest first when a point is given, then by name.
 */
import { editDistance, haversineKm, MAX_QUERY_LENGTH, parsePostcode, searchKey, type LatLng } from "~/modules/geo";

/** Words that describe any surgery, so a search need not match them. */
const GENERIC_WORDS = new Set([
  "the", "surgery", "surgeries", "practice", "medical", "centre", "center", "health", "healthcare", "group", "partnership",
  "gp", "gps", "doctors", "doctor", "dr", "drs", "and", "partners", "family", "unit", "clinic", "wellbeing", "street", "road",
]);

/** Query words that are abbreviations of name words. */
const QUERY_SYNONYMS: Readonly<Record<string, string>> = {
  med: "medical",
  ctr: "centre",
  cntr: "centre",
  center: "centre",
  pract: "practice",
  surg: "surgery",
  rd: "road",
  docs: "doctors",
};

/** Results per search: 10 unless asked, never more than 50. */
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;

function practiceWords(text: string): string[] {
  return searchKey(text)
    .split(" ")
    .filter((w) => w.length > 0)
    .map((w) => QUERY_SYNONYMS[w] ?? w);
}

/** What a practice is searched by, worked out once per practice. */
export type PracticeKeys = {
  /** The name's words, without a leading "the". */
  words: string[];
  /** Those words, joined with spaces. */
  joined: string;
  /** The name without spaces (and without "the"). */
  compact: string;
  /** The town's search key, or "". */
  townKey: string;
};

export function practiceKeys(name: string, town: string | null): PracticeKeys {
  const words = practiceWords(name);
  const named = words[0] === "the" ? words.slice(1) : words;
  return {
    words: named,
    joined: named.join(" "),
    compact: words.filter((w) => w !== "the").join(""),
    townKey: town ? searchKey(town) : "",
  };
}

/** A typed search, read once. */
export type PracticeQuery = {
  /** The query's words (abbreviations spelled out, a leading "the" dropped). */
  words: string[];
  /** Those words, joined with spaces. */
  joined: string;
  /** The words that must match: the distinctive ones, or all of them if none is. */
  needed: string[];
  /** The words without spaces. */
  compact: string;
  /** Whether a practice's postcode matches the query read as a postcode, sector or district; null if it is none. */
  postcodeMatches: ((postcode: string) => boolean) | null;
};

/** Reads a search, or null when it cannot match anything (under two letters or digits, absurdly long). */
export function practiceQuery(text: string): PracticeQuery | null {
  if (typeof text !== "string" || text.length > MAX_QUERY_LENGTH * 2) return null;
  const all = practiceWords(text.slice(0, MAX_QUERY_LENGTH));
  const words = all[0] === "the" && all.length > 1 ? all.slice(1) : all;
  const compact = words.join("");
  if (compact.length < 2) return null;
  const distinctive = words.filter((w) => !GENERIC_WORDS.has(w));
  const parsed = parsePostcode(text);
  const postcodeMatches =
    parsed.kind === "full"
      ? (pc: string) => pc === parsed.postcode
      : parsed.kind === "sector"
        ? (pc: string) => pc.startsWith(parsed.sector)
        : parsed.kind === "district"
          ? (pc: string) => pc.startsWith(`${parsed.outward} `)
          : null;
  return { words, joined: words.join(" "), needed: distinctive.length > 0 ? distinctive : words, compact, postcodeMatches };
}

/** How well a practice matches a search (see the module comment), or null when it does not. */
export function scorePractice(p: PracticeKeys & { postcode: string | null }, q: PracticeQuery): number | null {
  const { joined } = q;
  if (p.joined === joined) return 0;
  if (p.joined.startsWith(joined)) return 1;
  const wordMatch = (w: string) => p.words.some((pw) => pw.startsWith(w));
  if (q.words.every(wordMatch)) return 2;
  if (q.needed.every(wordMatch)) return 3;
  if (q.compact.length >= 3 && p.compact.includes(q.compact)) return 4;
  if (q.needed.every((w) => wordMatch(w) || (w.length >= 3 && p.compact.includes(w)))) return 4;
  if (q.postcodeMatches && p.postcode && q.postcodeMatches(p.postcode)) return 5;
  if (p.townKey && (p.townKey === joined || q.needed.every((w) => p.townKey.split(" ").some((t) => t.startsWith(w))))) return 5;
  // A small typo in each distinctive word ("willowbrok", "hedgs").
  const typo = (w: string) => {
    const allowance = w.length >= 8 ? 2 : w.length >= 4 ? 1 : 0;
    return allowance > 0 && p.words.some((pw) => editDistance(w, pw, allowance) <= allowance || (pw.length > w.length && editDistance(w, pw.slice(0, w.length), allowance) <= allowance));
  };
  if (q.needed.every((w) => wordMatch(w) || typo(w))) return 6;
  return null;
}

export type SearchablePractice = PracticeKeys & { code: string; name: string; postcode: string | null; lat: number; lng: number };

/**
 * The practices matching a search, best first, one per practice code (the first listed that `include`
 * accepts, e.g. active on the date), at most `limit` (10 by default, 50 at most).
 */
export function rankPractices<P extends SearchablePractice>(
  practices: readonly P[],
  q: PracticeQuery,
  options: { limit?: number; near?: LatLng; include?: (p: P) => boolean } = {},
): P[] {
  const max = Math.max(1, Math.min(MAX_LIMIT, Math.floor(options.limit ?? DEFAULT_LIMIT) || DEFAULT_LIMIT));
  const scored: { p: P; score: number }[] = [];
  const seen = new Set<string>();
  for (const p of practices) {
    if (seen.has(p.code) || (options.include && !options.include(p))) continue;
    const score = scorePractice(p, q);
    if (score === null) continue;
    seen.add(p.code);
    scored.push({ p, score });
  }
  const near = options.near;
  const distance = (p: P) => (near ? haversineKm(near.lat, near.lng, p.lat, p.lng) : 0);
  scored.sort((a, b) => a.score - b.score || distance(a.p) - distance(b.p) || a.p.name.localeCompare(b.p.name, "en-GB"));
  return scored.slice(0, max).map(({ p }) => p);
}
