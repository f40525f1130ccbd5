import fc from "fast-check";

/**
 * Generators for fuzzing forms and addresses: what a careless, hostile or unlucky client sends. Strings of
 * every kind (astral, combining, right-to-left, wrong types written out, huge), fields missing or
 * repeated, unknown names, and bodies encoded every way a form can arrive (and some it should not).
 */

/** Values of the wrong type, written as a form would carry them. */
export const WRONG_TYPES = [
  "",
  " ",
  "\t\n",
  "0",
  "-1",
  "1e309",
  "NaN",
  "Infinity",
  "true",
  "null",
  "undefined",
  "[]",
  "{}",
  "[object Object]",
  '{"__proto__":{"admin":true}}',
  "0x1F",
  "9".repeat(40),
  "2027-02-30",
  "31/12/99999",
  "25:61",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "%00",
  "constructor",
  "__proto__",
];

/** Unicode that trips up naive code: astral (surrogate pairs), combining marks, right-to-left text, wide and odd spaces. */
export const UNICODE_SAMPLES = [
  "😀🏳️‍🌈👩🏽‍🍳",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛",
  "e\u0301\u0301\u0301 Zalgơ̸̢̗̣͈͎̓̈́",
  "مقهى الصحة النفسية",
  "קפה \u05D0\u05D1",
  "\u202Bembedded right-to-left\u202C",
  "日本語のカフェ",
  "\u00A0\u2003\u3000",
  "\uFEFFbom",
  "Ａｄｍｉｎ",
  "ﬁ ß İ ı",
];

/** Any string, full Unicode (lone surrogates included), short. */
const anyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);

/** A long string of one repeated piece: up to `max` UTF-16 units. */
export function hugeString(max: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom("x", "é", "😀", "/a", "%", "a\u0301", " ", "ت"), fc.integer({ min: 1_000, max: Math.max(1_001, max) }))
    .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));
}

/**
 * A hostile value for a text field: wrong types, unicode samples mixed with text, any string, and
 * (rarely) a huge one of up to `hugeMax` units.
 */
export function hostileText(hugeMax: number, exclude?: (s: string) => boolean): fc.Arbitrary<string> {
  const value = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...WRONG_TYPES) },
    { weight: 4, arbitrary: fc.constantFrom(...UNICODE_SAMPLES) },
    { weight: 4, arbitrary: anyString },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...UNICODE_SAMPLES), anyString).map(([a, b]) => a + b) },
    { weight: 1, arbitrary: hugeString(hugeMax) },
  );
  return exclude ? value.filter((s) => !exclude(s)) : value;
}

/** A field name nobody expects (plain names: Conform reads `a.b` and `a[0]` as paths). */
export const unknownFieldName = fc.oneof(
  fc.constantFrom("admin", "role", "id", "cafeId", "userId", "status", "isAdmin", "__proto__x", "constructor_", "_action", "redirect"),
  fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,15}$/),
);

/** How the body travels. */
export type Encoding = "urlencoded" | "multipart" | "invalid-percent" | "wrong-type" | "broken-multipart";
export const encodingArb: fc.Arbitrary<Encoding> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Encoding>("urlencoded") },
  { weight: 3, arbitrary: fc.constant<Encoding>("multipart") },
  { weight: 1, arbitrary: fc.constant<Encoding>("invalid-percent") },
  { weight: 1, arbitrary: fc.constant<Encoding>("wrong-type") },
  { weight: 1, arbitrary: fc.constant<Encoding>("broken-multipart") },
);

export type Fields = [name: string, value: string][];

/** A form request with these fields (in order, repeats kept) encoded as `encoding`. */
export function formRequest(url: string, fields: Fields, encoding: Encoding, headers: Record<string, string> = {}): Request {
  const urlencoded = () => {
    const body = new URLSearchParams();
    for (const [name, value] of fields) body.append(name, value);
    return body.toString();
  };
  const init = (contentType: string | null, body: BodyInit): Request => {
    const all = new Headers(headers);
    if (contentType) all.set("Content-Type", contentType);
    return new Request(url, { method: "POST", headers: all, body });
  };
  switch (encoding) {
    case "urlencoded":
      return init("application/x-www-form-urlencoded", urlencoded());
    case "invalid-percent":
      // Broken escapes, a lone surrogate escaped, a bare "=", an empty pair and a name with no value.
      return init("application/x-www-form-urlencoded", `${urlencoded()}&%E0%A4%A=1&bad=%ZZ%&x=%ED%A0%80&=&&novalue`);
    case "wrong-type":
      return init(null, JSON.stringify(Object.fromEntries(fields)));
    case "broken-multipart":
      return init("multipart/form-data; boundary=expected", `--other\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--other--`);
    case "multipart": {
      const form = new FormData();
      for (const [name, value] of fields) form.append(name, value);
      return new Request(url, { method: "POST", headers: new Headers(headers), body: form });
    }
  }
}

/** What the server reads from a body, as the platform reads it (null when it cannot be read as a form). */
export async function fieldsAsRead(request: Request): Promise<Map<string, string[]> | null> {
  try {
    const form = await request.clone().formData();
    const out = new Map<string, string[]>();
    for (const [name, value] of form.entries()) if (typeof value === "string") out.set(name, [...(out.get(name) ?? []), value]);
    return out;
  } catch {
    return null;
  }
}

/** A value as a short readable text for a failure message (huge values by their start and length). */
export function short(value: unknown): string {
  const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === "string" && v.length > 60 ? `${v.slice(0, 40)}…(${v.length} units)` : v));
  return text && text.length > 2_000 ? `${text.slice(0, 2_000)}…` : String(text);
}

/**
 * Runs a property like fc.assert, but reports the counterexample shortly (a huge generated value would
 * otherwise fill the report), with the seed and path to replay it. Seeded as tests/support/db-setup.ts
 * seeds the unit tests (FC_SEED=<n>, or FC_SEED=random to explore), in browser tests too.
 */
export async function assertProperty<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => Promise<string | null>, numRuns: number): Promise<void> {
  const details = await fc.check(
    fc.asyncProperty(arbitrary, async (value) => {
      const problem = await check(value);
      if (problem) throw new Error(problem);
    }),
    { numRuns, endOnFailure: true, ...seeded() },
  );
  if (!details.failed) return;
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`${error}\n  for ${short(details.counterexample?.[0])}\n  (seed ${details.seed}, path ${details.counterexamplePath})`);
}

function seeded(): { seed?: number } {
  const given = process.env.FC_SEED;
  if (given === "random") return {};
  return { seed: given ? Number(given) : 20261123 };
}
