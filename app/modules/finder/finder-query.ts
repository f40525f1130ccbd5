/**
 * The finder's GET parameters read from a query string, never throwing whatever it holds (zod with
 * defaults). Pure: no I/O. The values, types and link helpers are in ./finder-params.ts (re-exported here).
 *
 * | parameter | meaning | values |
 * | --------- | ------- | ------ |
 * | `q`       | postcode, town or village as typed | text, at most 100 characters are kept |
 * | `lat`, `lng` | "use my location" | degrees; rounded to 3 decimals (about 100 m) |
 * | `gp`      | part of a GP surgery's name | text, at most 100 characters |
 * | `practice`| a GP practice's ODS code (C82001) | letters and digits |
 * | `when`    | `now` (open now), `evening` (open this evening), `1`…`7` (a day, 1 = Monday) | default any time |
 * | `lang`    | language tag slugs (repeatable): any of them | at most 20 |
 * | `for`     | audience tag slugs (repeatable): any of them | at most 20 |
 * | `access`  | accessibility tag slugs (repeatable): all of them | at most 20 |
 * | `page`    | results page, 1 … MAX_PAGES (a later page is kept as MAX_PAGES + 1: past the pages offered) | default 1 |
 *
 * When several ways of searching are present, the first of these wins: `q` (what was typed last, since the
 * search box is on every form), `practice`, `lat`/`lng`, `gp`.
 */
import { z } from "zod";
import {
  MAX_PAGES,
  MAX_TAGS_PER_KIND,
  roundCoordinate,
  WHEN_VALUES,
  type FinderMode,
  type FinderQuery,
} from "./finder-params";
import { PRACTICE_CODE } from "~/modules/footprint";
import { MAX_QUERY_LENGTH } from "~/modules/geo";

export * from "./finder-params";

const SLUG = /^[a-z0-9][a-z0-9-]{0,59}$/;

/** One text parameter: trimmed, control characters removed, cut to the limit (with a flag when it was cut). */
const text = z
  .string()
  .catch("")
  .transform((value) => {
    // Control characters become spaces; the rest is kept as typed.
    const cleaned = value.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
    const chars = Array.from(cleaned);
    return { value: chars.slice(0, MAX_QUERY_LENGTH).join("").trim(), tooLong: chars.length > MAX_QUERY_LENGTH };
  });

const page = z.coerce
  .number()
  .int()
  .catch(1)
  .transform((n) => Math.min(MAX_PAGES + 1, Math.max(1, n)));

const when = z
  .string()
  .transform((v) => v.trim().toLowerCase())
  .pipe(z.enum(WHEN_VALUES))
  .catch("any");

const practice = z
  .string()
  .transform((v) => v.trim().toUpperCase())
  .pipe(z.string().regex(PRACTICE_CODE))
  .nullable()
  .catch(null);

const coordinate = (limit: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(30)
    .transform((v) => Number(v))
    .pipe(z.number().finite().min(-limit).max(limit));

const slugs = z
  .array(z.string())
  .catch([])
  .transform((values) => {
    const out: string[] = [];
    for (const raw of values.slice(0, 200)) {
      // A comma-separated list is accepted too ("lang=urdu,gujarati").
      for (const part of raw.split(",")) {
        const slug = part.trim().toLowerCase();
        if (SLUG.test(slug) && !out.includes(slug)) out.push(slug);
        if (out.length >= MAX_TAGS_PER_KIND) return out;
      }
    }
    return out;
  });

/** Reads the finder's parameters. Never throws: anything unusable falls back to its default. */
export function parseFinderQuery(params: URLSearchParams): FinderQuery {
  const get = (name: string) => params.get(name) ?? "";
  const q = text.parse(get("q"));
  const gp = text.parse(get("gp"));
  const code = practice.parse(params.get("practice"));

  let location: FinderQuery["location"] = null;
  let locationInvalid = false;
  if (params.has("lat") || params.has("lng")) {
    const lat = coordinate(90).safeParse(get("lat"));
    const lng = coordinate(180).safeParse(get("lng"));
    if (lat.success && lng.success) {
      location = { lat: roundCoordinate(lat.data), lng: roundCoordinate(lng.data) };
    } else {
      locationInvalid = true;
    }
  }

  const mode: FinderMode =
    q.value !== "" || q.tooLong
      ? "place"
      : code
        ? "practice"
        : location || locationInvalid
          ? "location"
          : gp.value !== "" || gp.tooLong
            ? "gp"
            : "none";

  return {
    mode,
    q: q.value,
    qTooLong: q.tooLong,
    gp: gp.value,
    gpTooLong: gp.tooLong,
    practice: code,
    location,
    locationInvalid,
    page: page.parse(params.get("page") ?? undefined),
    when: when.parse(params.get("when") ?? ""),
    languages: slugs.parse(params.getAll("lang")),
    audiences: slugs.parse(params.getAll("for")),
    access: slugs.parse(params.getAll("access")),
  };
}

