import fc from "fast-check";
import { hostileText, UNICODE_SAMPLES, WRONG_TYPES } from "./fuzz";

/**
 * Generated addresses of the public pages, with every parameter they read (and some they do not): the
 * finder (`q`, `gp`, `practice`, `lat`/`lng`, `page`, `when`, the filters), café pages and their print
 * and text views, the area pages, the map data, and the sign-in and reset pages' parameters.
 * Paths stay short: over-long paths are refused by the server before Remix, and tested there.
 */
export type PublicGet = {
  /** The route file in app/routes that answers it */
  file: string;
  params: Record<string, string>;
  /** The path and query as sent */
  path: string;
};

const POSTCODES = ["LE1 6RL", "le4 0pf", "LE11 3TU", "LE15 6RB", "LE1", "LE", "SW1A 1AA", "LE99 9ZZ", "LE1 6RL LE2 2AA"];
const PLACES = ["Leicester", "Loughborough", "Oakham", "market harborough", "Hinckley", "Melton Mowbray", "Coalville", "Nowhere-on-Sea"];
const PRACTICES = ["C82001", "c82001", "Z99999", "C8200"];
const SLUG_FILTERS = ["arabic", "polish", "women", "young-people", "step-free", "hearing-loop", "no-such-tag"];

/** Percent-escapes that do not decode, for queries and paths. */
const BROKEN_ESCAPES = ["%", "%E0%A4%A", "%ZZ", "%ED%A0%80", "%C0%AF", "%00", "%FF%FE"];

const shortHostile = hostileText(2_000).map((s) => s.slice(0, 2_000));
const param = (good: string[]) => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...good) }, { weight: 2, arbitrary: shortHostile });
const number = fc.oneof(
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.constantFrom("52.63", "-1.13", "52.636,-1.133", "1e400", "-0", "0x34", "52.63.1", " 52.6 ", ...WRONG_TYPES),
);

function wellFormed(s: string): string {
  return (s as string & { toWellFormed(): string }).toWellFormed();
}

/** A query string from name–value pairs (repeats kept), sometimes with escapes that do not decode. */
const query = (pairs: fc.Arbitrary<[string, string][]>) =>
  fc.tuple(pairs, fc.oneof({ weight: 6, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.constantFrom(...BROKEN_ESCAPES) })).map(([list, broken]) => {
    const search = new URLSearchParams();
    for (const [name, value] of list) search.append(wellFormed(name), wellFormed(value));
    const text = search.toString() + (broken ? `&q=${broken}&${broken}=1` : "");
    return text ? `?${text}` : "";
  });

const finderPairs = fc
  .record({
    q: fc.option(fc.oneof(param(POSTCODES), param(PLACES)), { nil: undefined }),
    gp: fc.option(param(["Fosse Medical", "surgery", ...PRACTICES]), { nil: undefined }),
    practice: fc.option(param(PRACTICES), { nil: undefined }),
    lat: fc.option(number, { nil: undefined }),
    lng: fc.option(number, { nil: undefined }),
    page: fc.option(param(["1", "2", "0", "-1", "99999999999999999999", "1.5"]), { nil: undefined }),
    when: fc.option(param(["now", "evening", "1", "7", "8", "0"]), { nil: undefined }),
    lang: fc.array(param(SLUG_FILTERS), { maxLength: 3 }),
    for: fc.array(param(SLUG_FILTERS), { maxLength: 3 }),
    access: fc.array(param(SLUG_FILTERS), { maxLength: 3 }),
    other: fc.array(fc.tuple(fc.constantFrom("_data", "index", "redirectTo", "utm_source", "q[]", "__proto__"), shortHostile), { maxLength: 2 }),
  })
  .map((r) => {
    const pairs: [string, string][] = [];
    for (const name of ["q", "gp", "practice", "lat", "lng", "page", "when"] as const) if (r[name] !== undefined) pairs.push([name, r[name]]);
    for (const name of ["lang", "for", "access"] as const) for (const v of r[name]) pairs.push([name, v]);
    // `_data` asks Remix for a route's data: only the finder's own is kept (other routes' ids are Remix's business).
    for (const [name, v] of r.other) pairs.push(name === "_data" ? [name, "routes/_index"] : [name, v]);
    return pairs;
  });

const anyPairs = fc.array(fc.tuple(fc.constantFrom("q", "format", "page", "redirectTo", "sent", "notice", "x"), shortHostile), { maxLength: 3 });

/** A path segment: a known one, or anything (encoded, some with escapes that do not decode). */
function segment(known: string[]): fc.Arbitrary<{ raw: string; value: string }> {
  const hostile = fc.oneof(fc.constantFrom(...UNICODE_SAMPLES, ...WRONG_TYPES), fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 })).filter((s) => s !== "" && s !== "." && s !== "..");
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known).map((v) => ({ raw: v, value: v })) },
    { weight: 1, arbitrary: fc.constantFrom(...known).map((v) => ({ raw: v.toUpperCase(), value: v.toUpperCase() })) },
    { weight: 3, arbitrary: hostile.map((v) => ({ raw: encodeURIComponent(wellFormed(v)), value: wellFormed(v) })) },
    // Escapes that do not decode reach the route undecoded (as Remix passes them on).
    { weight: 1, arbitrary: fc.constantFrom(...BROKEN_ESCAPES).map((v) => ({ raw: `x${v}`, value: `x${v}` })) },
  );
}

/** Any public address, for pages of these cafés and areas. */
export function publicGet(slugs: string[], areaCodes: string[]): fc.Arbitrary<PublicGet> {
  const cafe = segment(slugs);
  const area = segment(areaCodes);
  return fc.oneof(
    { weight: 6, arbitrary: query(finderPairs).map((q) => ({ file: "_index", params: {}, path: `/${q}` })) },
    { weight: 2, arbitrary: fc.tuple(cafe, query(anyPairs)).map(([s, q]) => ({ file: "cafes.$slug", params: { slug: s.value }, path: `/cafes/${s.raw}${q}` })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(cafe, query(fc.array(fc.tuple(fc.constant("format"), param(["a4", "a6", "A6", "letter"])), { maxLength: 2 })))
        .map(([s, q]) => ({ file: "cafes.$slug_.print", params: { slug: s.value }, path: `/cafes/${s.raw}/print${q}` })),
    },
    { weight: 1, arbitrary: cafe.map((s) => ({ file: "cafes.$slug_.summary[.]txt", params: { slug: s.value }, path: `/cafes/${s.raw}/summary.txt` })) },
    { weight: 1, arbitrary: query(anyPairs).map((q) => ({ file: "areas._index", params: {}, path: `/areas${q}` })) },
    { weight: 2, arbitrary: fc.tuple(area, query(anyPairs)).map(([a, q]) => ({ file: "areas.$code", params: { code: a.value }, path: `/areas/${a.raw}${q}` })) },
    { weight: 1, arbitrary: query(anyPairs).map((q) => ({ file: "map-data.boundaries[.]json", params: {}, path: `/map-data/boundaries.json${q}` })) },
    {
      weight: 1,
      arbitrary: query(fc.array(fc.tuple(fc.constant("redirectTo"), param(["/manage", "//evil.example", "https://evil.example/", "/\\evil", "/%0d%0aSet-Cookie:x"])), { maxLength: 2 })).map((q) => ({
        file: "sign-in",
        params: {},
        path: `/sign-in${q}`,
      })),
    },
    { weight: 1, arbitrary: query(anyPairs).map((q) => ({ file: "forgot-password", params: {}, path: `/forgot-password${q}` })) },
  );
}
