/**
 * The /partners page: from the parsed address (./query.ts) to what the page shows: where the search is
 * from (a place or postcode through the finder's geocoding, else a GP surgery by name, or the person's
 * location), the results nearest first, and the filters' choices (the managed tag lists).
 */
import type { District } from "./areas";
import { PARTNER_RESULTS_MAX, type PartnersQuery } from "./query";
import { nearbyMix } from "./search";
import { placeAreas, searchPartners } from "./public.server";
import type { PartnerResult, TagLabel } from "./types";
import { practiceByCode, searchPractices } from "~/modules/footprint/index.server";
import { areaAt, geocode } from "~/modules/geo/index.server";
import { now as clockNow } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";

export type PartnersOrigin = {
  kind: "place" | "practice" | "location";
  label: string;
  inLLR: boolean;
};

/** A GP surgery to choose when a name matched several. */
export type PracticeChoice = { code: string; name: string; town: string | null; postcode: string | null };

export type PartnersOutcome =
  | { kind: "all" }
  | { kind: "problem"; input: string; suggestions: string[] }
  | { kind: "choose"; input: string; practices: PracticeChoice[] }
  | { kind: "results"; origin: PartnersOrigin; point: { lat: number; lng: number } };

export type PartnersPage = {
  /** The query as searched: filter values that are not on the lists are left out */
  query: PartnersQuery;
  outcome: PartnersOutcome;
  /** A page past the last one with results */
  pastEnd: boolean;
  results: PartnerResult[];
  total: number;
  options: { support: TagLabel[]; audience: TagLabel[]; language: TagLabel[] };
};

async function filterOptions(): Promise<PartnersPage["options"]> {
  const tags = await prisma.tag.findMany({
    where: {
      kind: { in: ["support", "audience", "language"] },
      retiredAt: null,
    },
    orderBy: [{ sortOrder: "asc" }, { label: "asc" }],
    select: { kind: true, slug: true, label: true },
  });
  const of = (kind: string) =>
    tags
      .filter((t) => t.kind === kind)
      .map((t) => ({ slug: t.slug, label: t.label }));
  return {
    support: of("support"),
    audience: of("audience"),
    language: of("language"),
  };
}

type Where = {
  origin: { lat: number; lng: number };
  place: Awaited<ReturnType<typeof placeAreas>>;
  label: PartnersOrigin;
};

type Unresolved =
  | { problem: { input: string; suggestions: string[] } }
  | { choose: { input: string; practices: PracticeChoice[] } };

async function practicePlace(practice: { lat: number; lng: number; name: string; footprint: { id: string } }): Promise<Where> {
  const area = areaAt(practice.lat, practice.lng);
  const place = await placeAreas(practice.lat, practice.lng, area as District | null, area !== null, practice.footprint.id);
  return {
    origin: { lat: practice.lat, lng: practice.lng },
    place,
    label: { kind: "practice", label: practice.name, inLLR: area !== null },
  };
}

/**
 * The GP surgery a name means: the only one it matches, or the one whose name it is; several: the person
 * chooses (as the finder asks). Null when it matches none.
 */
async function practiceNamed(q: string): Promise<Where | Unresolved | null> {
  const found = await searchPractices(q, 10);
  if (found.length === 0) return null;
  const exact = found.filter((p) => p.name.toLowerCase() === q.toLowerCase());
  const only = found.length === 1 ? found[0]! : exact.length === 1 ? exact[0]! : null;
  if (only) return practicePlace(only);
  return { choose: { input: q, practices: found.map((p) => ({ code: p.code, name: p.name, town: p.town, postcode: p.postcode })) } };
}

async function resolvePlace(query: PartnersQuery): Promise<Where | Unresolved | null> {
  if (query.practice) {
    const practice = await practiceByCode(query.practice);
    return practice ? practicePlace(practice) : { problem: { input: query.practice, suggestions: [] } };
  }
  if (query.q) {
    const hit = await geocode(query.q);
    if (hit.ok) {
      const place = await placeAreas(
        hit.lat,
        hit.lng,
        hit.area as District | null,
        hit.inLLR
      );
      return {
        origin: { lat: hit.lat, lng: hit.lng },
        place,
        label: { kind: "place", label: hit.label, inLLR: hit.inLLR },
      };
    }
    const practice = await practiceNamed(query.q);
    return practice ?? { problem: { input: query.q, suggestions: hit.suggestions } };
  }
  if (query.location) {
    const { lat, lng } = query.location;
    const area = areaAt(lat, lng);
    const place = await placeAreas(
      lat,
      lng,
      area as District | null,
      area !== null
    );
    return {
      origin: { lat, lng },
      place,
      label: { kind: "location", label: "", inLLR: area !== null },
    };
  }
  return null;
}

/** The query with only the filter values that are on the lists (as the finder ignores unknown ones). */
function knownFilters(query: PartnersQuery, options: PartnersPage["options"]): PartnersQuery {
  const known = (chosen: readonly string[], list: TagLabel[]) => chosen.filter((slug) => list.some((o) => o.slug === slug));
  return { ...query, needs: known(query.needs, options.support), audiences: known(query.audiences, options.audience), languages: known(query.languages, options.language) };
}

/** Everything /partners shows for a query. Never throws for bad input. */
export async function partnersPage(
  parsed: PartnersQuery,
  at: Date = clockNow()
): Promise<PartnersPage> {
  const [options, where] = await Promise.all([
    filterOptions(),
    resolvePlace(parsed),
  ]);
  const query = knownFilters(parsed, options);
  const none = { query, results: [], total: 0, pastEnd: false, options };
  if (where && "problem" in where) return { ...none, outcome: { kind: "problem", ...where.problem } };
  if (where && "choose" in where) return { ...none, outcome: { kind: "choose", ...where.choose } };
  const all = await searchPartners(
    query,
    where ? { origin: where.origin, place: where.place } : null,
    at
  );
  const from = (query.page - 1) * PARTNER_RESULTS_MAX;
  const results = all.slice(from, from + PARTNER_RESULTS_MAX);
  return {
    query,
    outcome: where ? { kind: "results", origin: where.label, point: where.origin } : { kind: "all" },
    pastEnd: query.page > 1 && results.length === 0,
    results,
    total: all.length,
    options,
  };
}

/** "Other support nearby" on a café page: the nearest places first, then one or two area-wide services. */
export async function otherSupportNear(
  lat: number,
  lng: number,
  at: Date = clockNow()
): Promise<PartnerResult[]> {
  return nearbyMix(await supportNear(lat, lng, Number.POSITIVE_INFINITY, at));
}

/** The nearest public partner services to a point (area-wide ones first, at distance 0). */
export async function supportNear(
  lat: number,
  lng: number,
  limit = 3,
  at: Date = clockNow()
): Promise<PartnerResult[]> {
  const area = areaAt(lat, lng);
  const place = await placeAreas(
    lat,
    lng,
    area as District | null,
    area !== null
  );
  return (
    await searchPartners(
      { needs: [], audiences: [], languages: [] },
      { origin: { lat, lng }, place },
      at
    )
  ).slice(0, limit);
}
