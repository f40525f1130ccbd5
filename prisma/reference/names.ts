/**
 * Display forms of the names in the NHS files, which are written in capitals
 * ("WILLOWBROOK MEDICAL CENTRE (JG ASTLES)" → "Willowbrook Medical Centre (JG Astles)").
 */

/** Abbreviations in the ODS practice names, spelt out (on the upper-case text). */
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bMED\.?\s*PRACT\b\.?/g, "MEDICAL PRACTICE"],
  [/\bMED\.?\s*CTR\b\.?/g, "MEDICAL CENTRE"],
  [/\bMED\.?\s+(CENTRE|PRACTICE)\b/g, "MEDICAL $1"],
  [/\bHEALTH\s+CTR\b\.?/g, "HEALTH CENTRE"],
  [/\bCTR\b\.?/g, "CENTRE"],
  // "BROADHURST ST MED…", "WALNUT ST MED…" are streets; "ST PETER'S" and "ST ELIZABETH'S" are saints.
  [/\bST(?=\s+MEDICAL\b)/g, "STREET"],
];

const KEEP_UPPER = new Set(["GP", "NHS", "PCN", "UK"]);
const LOWER_INSIDE = new Set(["AND", "OF", "THE", "AT", "ON", "BY"]);

function titleWord(word: string): string {
  // Each part of a hyphenated word gets a capital ("AL-WAQAS" → "Al-Waqas"); letters after an apostrophe do not.
  return word
    .split("-")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join("-");
}

/**
 * A practice name in title case. Initials stay in capitals: a short word straight after "DR" or an opening
 * bracket that is followed by a surname ("DR NR PULMAN'S" → "Dr NR Pulman's", "(JG ASTLES)" → "(JG Astles)"),
 * and any single letter ("DR U K ROY" → "Dr U K Roy").
 */
export function tidyPracticeName(raw: string): string {
  let text = raw.trim().toUpperCase().replace(/\s+/g, " ");
  for (const [pattern, replacement] of ABBREVIATIONS) text = text.replace(pattern, replacement);
  text = text.replace(/(\S)\(/g, "$1 (");

  const words = text.split(" ");
  return words
    .map((token, index) => {
      const open = token.startsWith("(") ? "(" : "";
      const close = token.endsWith(")") ? ")" : "";
      const core = token.slice(open.length, token.length - close.length);
      const previous = words[index - 1] ?? "";
      const hasSurnameAfter = !close && index < words.length - 1;
      let out: string;
      if (core === "DR") out = "Dr";
      else if (KEEP_UPPER.has(core)) out = core;
      else if (/^[A-Z]$/.test(core) && hasSurnameAfter) out = core;
      else if (/^[A-Z]{2,3}$/.test(core) && hasSurnameAfter && (open || previous === "DR" || previous === "(DR")) out = core;
      else if (index > 0 && LOWER_INSIDE.has(core) && !open) out = core.toLowerCase();
      else out = titleWord(core);
      return open + out + close;
    })
    .join(" ");
}

/** Towns in epraccur are the first address line that is not a county: a few need a hand. */
const TOWN_BY_PRACTICE: Record<string, string> = {
  C82017: "Measham", // "Nr Swadlincote": Measham Medical Unit, High Street, Measham
  C82054: "Burbage", // "Nr.Hinckley": The Burbage Surgery
  C82600: "Sileby", // "Nr.Loughborough": The Banks Surgery, Sileby
};

export function tidyTown(raw: string, practiceCode = ""): string | null {
  const override = TOWN_BY_PRACTICE[practiceCode];
  if (override) return override;
  let town = raw.trim();
  if (!town) return null;
  // "Hill Street, Hinckley" → Hinckley; "Mountsorrel, Loughborough" → Mountsorrel; "Belton,Nr.Loughborough" → Belton.
  const parts = town.split(",").map((p) => p.trim()).filter(Boolean);
  town = parts.find((p) => !/\b(street|road|lane)\b/i.test(p) && !/^nr\.?\s/i.test(p)) ?? parts[0] ?? town;
  town = town.replace(/^nr\.?\s*/i, "");
  if (/^ashby[\s-]+de[\s-]+la[\s-]+zouch$/i.test(town)) return "Ashby-de-la-Zouch";
  return town
    .split(" ")
    .map((w) => (LOWER_INSIDE.has(w.toUpperCase()) ? w.toLowerCase() : titleWord(w)))
    .join(" ");
}

/** "ORION PCN" → "Orion"; "G3 PCN" → "G3". */
export function tidyPcnName(odsName: string): string {
  const bare = odsName.replace(/\s+PCN$/i, "").trim();
  return bare
    .split(" ")
    .map((w) => (/\d/.test(w) ? w.toUpperCase() : titleWord(w)))
    .join(" ");
}
