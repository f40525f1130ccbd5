/**
 * UK postcodes as people type them: normalisation, common typo repair and classification.
 * Pure functions, no I/O, never throw.
 *
 * A postcode is an outward code (the district, e.g. "LE1", "LE65", "W1A") and an inward code (a digit
 * and two letters, e.g. "7RH"). The sector is the outward code plus the inward digit ("LE1 7").
 *
 * The format rules (from Royal Mail's published rules, as in the government's validation pattern):
 *
 * | outward | example | letters allowed |
 * | ------- | ------- | --------------- |
 * | A9, A99 | M1, B33 | first: not Q, V, X |
 * | AA9, AA99 | LE1, LE65 | second: not I, J, Z |
 * | A9A | W1A | third: A B C D E F G H J K P S T U W |
 * | AA9A | EC1A | fourth: A B E H M N P R V W X Y |
 * | inward 9AA | 7RH | not C, I, K, M, O, V |
 *
 * plus the special "GIR 0AA". The format says nothing about whether a postcode exists: that is the
 * geocoder's job (app/modules/geo/geocoding.server.ts).
 *
 * ## Typo repair
 *
 * People mix up the letter O and the digit 0, and the letter I (or a lower-case l) and the digit 1.
 * Where the format needs a digit, O becomes 0 and I or L become 1; where it needs a letter, 0 becomes O
 * and 1 becomes I (or L where I is not allowed). Repair is attempted only when the input already holds
 * at least one real digit, so words such as "Moira" or "Wing" are never turned into postcodes. When
 * several readings fit, the one with the fewest repairs wins. The other way round, a digit typed inside a
 * word ("0akham", "Hinck1ey") is read as the letter it looks like (`lookAlikeLetters`), for place names.
 *
 * ## A postcode with other words
 *
 * `splitPostcodeAndText` finds a postcode, sector or district typed before or after other words, such as
 * a town: "Leicester LE1", "LE15 Oakham", "Oakham, LE15 6LU".
 */

/** Longer input is rejected outright: no postcode, place or surgery name is anywhere near this long. */
export const MAX_QUERY_LENGTH = 100;

export type PostcodeParse =
  | {
      kind: "full";
      /** "LE1 7RH" */
      text: string;
      postcode: string;
      outward: string;
      inward: string;
      /** "LE1 7" */
      sector: string;
      /** The postcode area, the leading letters: "LE" */
      area: string;
      /** True when a typo was repaired (e.g. "LEI 7RH"). */
      corrected: boolean;
    }
  | { kind: "sector"; text: string; sector: string; outward: string; area: string; corrected: boolean }
  | { kind: "district"; text: string; outward: string; area: string; corrected: boolean }
  | { kind: "none"; reason: "empty" | "too-long" | "not-a-postcode" };


// Character classes of each position. "9" is a digit; anything else is the set of letters allowed.
const FIRST = "ABCDEFGHIJKLMNOPRSTUWYZ";
const SECOND = "ABCDEFGHKLMNOPQRSTUVWXY";
const THIRD_A9A = "ABCDEFGHJKPSTUW";
const FOURTH_AA9A = "ABEHMNPRVWXY";
const INWARD_LETTER = "ABDEFGHJLNPQRSTUWXYZ";
const DIGIT = "9";

/** Outward patterns, most common first (ties in repairs go to the earlier pattern). */
const OUTWARD_PATTERNS: readonly (readonly string[])[] = [
  [FIRST, SECOND, DIGIT], // AA9   LE1
  [FIRST, SECOND, DIGIT, DIGIT], // AA99  LE65
  [FIRST, DIGIT], // A9    B1
  [FIRST, DIGIT, DIGIT], // A99   B33
  [FIRST, DIGIT, THIRD_A9A], // A9A   W1A
  [FIRST, SECOND, DIGIT, FOURTH_AA9A], // AA9A  EC1A
];
const INWARD_PATTERN: readonly string[] = [DIGIT, INWARD_LETTER, INWARD_LETTER];

const TO_DIGIT: Readonly<Record<string, string>> = { O: "0", I: "1", L: "1" };
const TO_LETTER: Readonly<Record<string, readonly string[]>> = { "0": ["O"], "1": ["I", "L"] };

type Coerced = { text: string; repairs: number };

/** Fits `chars` to `pattern`, repairing look-alike characters if allowed. Null if it cannot fit. */
function coerce(chars: string, pattern: readonly string[], allowRepair: boolean): Coerced | null {
  if (chars.length !== pattern.length) return null;
  let text = "";
  let repairs = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const cls = pattern[i]!;
    if (cls === DIGIT) {
      if (c >= "0" && c <= "9") {
        text += c;
        continue;
      }
      const d = allowRepair ? TO_DIGIT[c] : undefined;
      if (!d) return null;
      text += d;
      repairs++;
    } else {
      if (cls.includes(c)) {
        text += c;
        continue;
      }
      const options = allowRepair ? TO_LETTER[c] : undefined;
      const letter = options?.find((l) => cls.includes(l));
      if (!letter) return null;
      text += letter;
      repairs++;
    }
  }
  return { text, repairs };
}

function coerceOutward(chars: string, allowRepair: boolean): Coerced | null {
  let best: Coerced | null = null;
  for (const pattern of OUTWARD_PATTERNS) {
    const c = coerce(chars, pattern, allowRepair);
    if (c && (!best || c.repairs < best.repairs)) best = c;
    if (best && best.repairs === 0) break;
  }
  return best;
}

function areaOf(outward: string): string {
  const m = /^[A-Z]+/.exec(outward);
  return m ? m[0] : "";
}

/**
 * Upper-cases, turns every run of characters other than letters and digits into one space, and trims.
 * Returns null for input longer than MAX_QUERY_LENGTH.
 */
function cleanPostcodeInput(input: string): string | null {
  if (typeof input !== "string") return "";
  if (input.length > MAX_QUERY_LENGTH * 4) return null;
  const trimmed = input.normalize("NFKC").trim();
  if (trimmed.length > MAX_QUERY_LENGTH) return null;
  return trimmed
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .trim();
}

/**
 * Reads what someone typed as a full postcode, a sector or a district, repairing common typos:
 * "le17rh", "LEI 7RH", " LE1  7RH. " → full "LE1 7RH"; "LE1 7" → sector; "le65" → district "LE65".
 */
export function parsePostcode(input: string): PostcodeParse {
  const cleaned = cleanPostcodeInput(input);
  if (cleaned === null) return { kind: "none", reason: "too-long" };
  if (cleaned === "") return { kind: "none", reason: "empty" };
  const compact = cleaned.replace(/ /g, "");
  if (compact.length < 2 || compact.length > 7) return { kind: "none", reason: "not-a-postcode" };
  if (compact === "GIR0AA") {
    return { kind: "full", text: "GIR 0AA", postcode: "GIR 0AA", outward: "GIR", inward: "0AA", sector: "GIR 0", area: "GIR", corrected: false };
  }
  const allowRepair = /[0-9]/.test(compact);

  // Every reading the input allows, in order of preference: a full postcode, then a sector, then a
  // district. A reading that needs no repair beats one that does ("LL51 1" is a sector as typed, not
  // "L1 5LL" with two letters read as digits).
  const candidates: { parse: PostcodeParse; repairs: number }[] = [];

  // A full postcode: the last three characters are the inward code.
  if (compact.length >= 5) {
    const inward = coerce(compact.slice(-3), INWARD_PATTERN, allowRepair);
    const outward = inward && coerceOutward(compact.slice(0, -3), allowRepair);
    if (inward && outward) {
      const postcode = `${outward.text} ${inward.text}`;
      const repairs = inward.repairs + outward.repairs;
      candidates.push({
        repairs,
        parse: {
          kind: "full",
          text: postcode,
          postcode,
          outward: outward.text,
          inward: inward.text,
          sector: `${outward.text} ${inward.text[0]}`,
          area: areaOf(outward.text),
          corrected: repairs > 0,
        },
      });
    }
  }

  // A sector needs the space: "LE1 7" (or a half-typed "LE1 7R"), whereas "LE17" is a district.
  const lastSpace = cleaned.lastIndexOf(" ");
  if (lastSpace > 0) {
    const tail = cleaned.slice(lastSpace + 1);
    const head = cleaned.slice(0, lastSpace).replace(/ /g, "");
    if (tail.length === 1 || (tail.length === 2 && /[A-Z]/.test(tail[1]!) && !/[0-9]/.test(tail[1]!))) {
      const digit = coerce(tail[0]!, [DIGIT], allowRepair);
      const outward = digit && coerceOutward(head, allowRepair);
      if (digit && outward) {
        const sector = `${outward.text} ${digit.text}`;
        const repairs = digit.repairs + outward.repairs;
        candidates.push({
          repairs,
          parse: { kind: "sector", text: sector, sector, outward: outward.text, area: areaOf(outward.text), corrected: repairs > 0 },
        });
      }
    }
  }

  // A district (outward code) on its own.
  if (compact.length <= 4) {
    const outward = coerceOutward(compact, allowRepair);
    if (outward) {
      candidates.push({
        repairs: outward.repairs,
        parse: { kind: "district", text: outward.text, outward: outward.text, area: areaOf(outward.text), corrected: outward.repairs > 0 },
      });
    }
  }

  const best = candidates.reduce<(typeof candidates)[number] | null>(
    (chosen, candidate) => (chosen === null || candidate.repairs < chosen.repairs ? candidate : chosen),
    null,
  );
  if (best) return best.parse;
  return { kind: "none", reason: "not-a-postcode" };
}

/**
 * A full postcode as stored and shown ("le17rh", " LE1  7RH. ", "LEI 7RH" → "LE1 7RH": capitals, one space,
 * common typos repaired), or null when the input is not a full postcode (a sector, a district, anything
 * else). Whatever it returns passes isValidPostcode. Whether the postcode exists is the geocoder's question.
 */
export function normalisePostcode(input: string): string | null {
  const p = parsePostcode(input);
  return p.kind === "full" ? p.postcode : null;
}

const STRICT_FULL =
  /^(GIR 0AA|(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRV-Y]) [0-9][ABD-HJLNP-UW-Z]{2})$/;
const STRICT_OUTWARD =
  /^(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRV-Y])$/;

/** Strict check of an already normalised full postcode ("LE1 7RH": capitals, one space). No repairs. */
export function isValidPostcode(postcode: string): boolean {
  return typeof postcode === "string" && STRICT_FULL.test(postcode);
}

/** Strict check of an already normalised outward code ("LE1", "LE65", "W1A"). No repairs. */
export function isValidOutward(outward: string): boolean {
  return typeof outward === "string" && STRICT_OUTWARD.test(outward);
}

/**
 * Finds a full postcode written inside longer text, such as an address
 * ("10 London Road, Leicester LE2 0QS" → "LE2 0QS"). Strict: no typo repair, so ordinary words never
 * match. Returns the last one found, or null.
 */
export function findPostcodeInText(text: string): string | null {
  const cleaned = cleanPostcodeInput(text);
  if (!cleaned) return null;
  const tokens = cleaned.split(" ");
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (i > 0) {
      const pair = `${tokens[i - 1]} ${token}`;
      if (STRICT_FULL.test(pair)) return pair;
    }
    if (token.length >= 5 && token.length <= 7) {
      const spaced = `${token.slice(0, -3)} ${token.slice(-3)}`;
      if (STRICT_FULL.test(spaced)) return spaced;
    }
  }
  return null;
}

/**
 * Readings of text with digits typed for look-alike letters inside words: 0 as O, and 1 as L or I
 * ("0akham" → "Oakham", "Hinck1ey" → "Hinckley", "1bstock" → "Ibstock" among the readings). Only a digit
 * next to a letter is read as one, so numbers ("12 High Street") stay numbers. Empty when nothing changes.
 */
export function lookAlikeLetters(text: string): string[] {
  if (typeof text !== "string" || text.length > MAX_QUERY_LENGTH || !/[01]/.test(text)) return [];
  const inWord = /(?<=\p{L})[01]|[01](?=\p{L})/gu;
  if (!inWord.test(text)) return [];
  const lowerOrUpper = (letter: string, neighbour: string) => (neighbour === neighbour.toUpperCase() ? letter.toUpperCase() : letter);
  const readings = ["l", "i"].map((one) =>
    text.replace(inWord, (digit, offset: number) => {
      const neighbour = text[offset + 1] ?? text[offset - 1] ?? "";
      return lowerOrUpper(digit === "0" ? "o" : one, /\p{L}/u.test(neighbour) ? neighbour : "a");
    }),
  );
  return [...new Set(readings)].filter((reading) => reading !== text);
}

export type PostcodeAndText = {
  /** The postcode, sector or district */
  postcode: Exclude<PostcodeParse, { kind: "none" }>;
  /** The other words as typed ("Leicester"), with letters and without digits */
  text: string;
};

/**
 * Does text hold a word with a digit that is not a name with a digit typed for a letter ("0akham")? A house
 * number ("12", "12a"), an inward code ("7RH") or other digits: a word with a digit and fewer than three
 * letters.
 */
function hasNumberWord(text: string): boolean {
  return text.split(/[\s,;]+/).some((word) => /[0-9]/.test(word) && (word.match(/\p{L}/gu)?.length ?? 0) < 3);
}

/**
 * A postcode, sector or district typed before or after other words ("Leicester LE1", "LE15 Oakham",
 * "Oakham, LE15 6LU", "Narborough Road LE3"), or null. The other words must hold a letter and no number
 * (a house number, an inward code), so an address is left to findPostcodeInText, while a digit typed for a
 * letter inside a name ("0akham LE15") stays with the name; and the postcode must be well formed as
 * typed (no typo repair). A full postcode or sector (two parts) is preferred to a district, and a reading
 * at the end to one at the start.
 */
export function splitPostcodeAndText(input: string): PostcodeAndText | null {
  if (typeof input !== "string" || input.length > MAX_QUERY_LENGTH) return null;
  const words = input.trim().split(/[\s,;]+/).filter((w) => w !== "");
  if (words.length < 2) return null;
  const tries: [number, number][] = [];
  for (const size of [2, 1]) {
    if (words.length > size) tries.push([words.length - size, words.length], [0, size]);
  }
  for (const [from, to] of tries) {
    const chunk = words.slice(from, to).join(" ");
    const rest = [...words.slice(0, from), ...words.slice(to)].join(" ").replace(/^[\s.,;:-]+|[\s.,;:-]+$/g, "");
    if (!/[0-9]/.test(chunk) || !/\p{L}/u.test(rest) || hasNumberWord(rest)) continue;
    const postcode = parsePostcode(chunk);
    // As typed, without typo repair: "12 High Street" is not "I2H 1GH" and a street.
    if (postcode.kind === "none" || postcode.corrected) continue;
    if (to - from === 2 && postcode.kind === "district") continue;
    return { postcode, text: rest };
  }
  return null;
}

