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
import { searchPractices } from "~/modules/footprint/index.server";
import { areaAt, geocode } from "~/modules/geo/index.server";
import { now as clockNow } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";

export type PartnersOrigin = {
  kind: "place" | "practice" | "location";
  label: string;
  inLLR: boolean;
};

export type PartnersOutcome =
  | { kind: "all" }
  | { kind: "problem"; input: string; suggestions: string[] }
  | { kind: "results"; origin: PartnersOrigin };

export type PartnersPage = {
  outcome: PartnersOutcome;
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

async function resolvePlace(
  query: PartnersQuery
): Promise<
  Where | { problem: { input: string; suggestions: string[] } } | null
> {
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
    const practice = (await searchPractices(query.q, 1))[0];
    if (practice) {
      const area = areaAt(practice.lat, practice.lng);
      const place = await placeAreas(
        practice.lat,
        practice.lng,
        area as District | null,
        area !== null,
        practice.footprint.id
      );
      return {
        origin: { lat: practice.lat, lng: practice.lng },
        place,
        label: { kind: "practice", label: practice.name, inLLR: area !== null },
      };
    }
    return { problem: { input: query.q, suggestions: hit.suggestions } };
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

/** Everything /partners shows for a query. Never throws for bad input. */
export async function partnersPage(
  query: PartnersQuery,
  at: Date = clockNow()
): Promise<PartnersPage> {
  const [options, where] = await Promise.all([
    filterOptions(),
    resolvePlace(query),
  ]);
  if (where && "problem" in where)
    return {
      outcome: { kind: "problem", ...where.problem },
      results: [],
      total: 0,
      options,
    };
  const all = await searchPartners(
    query,
    where ? { origin: where.origin, place: where.place } : null,
    at
  );
  const from = (query.page - 1) * PARTNER_RESULTS_MAX;
  return {
    outcome: where ? { kind: "results", origin: where.label } : { kind: "all" },
    results: all.slice(from, from + PARTNER_RESULTS_MAX),
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
