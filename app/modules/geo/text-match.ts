/** Matching typed names against known ones: one key per name, and edit distance for typos. */

const TOKEN_SYNONYMS: Readonly<Record<string, string>> = {
  saint: "st",
  uni: "university",
  univ: "university",
  upon: "on",
  "&": "and",
};

/**
 * A matching key for names: lower case, no accents or apostrophes, "&" as "and", every other run of
 * punctuation or spaces as one space, and a few equivalent words made the same (saint/st, uni/university,
 * upon/on). "Ashby-de-la-Zouch" and "ashby de la zouch" give the same key.
 */
export function searchKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .map((t) => TOKEN_SYNONYMS[t] ?? t)
    .join(" ");
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment). Stops early and returns
 * `max + 1` once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}
