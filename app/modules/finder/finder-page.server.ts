/**
 * The finder page: from the parsed query (./finder-query.ts) to what the page shows (./finder-page.ts):
 * where to search from (a place, the person's location, a GP practice, or everywhere), the results, and the
 * filters' choices.
 */
import type { CafeFilters } from "./filters";
import type { FinderOrigin, FinderPage, FinderSearch } from "./finder-page";
import { hasFilters, RESULTS_PER_PAGE, roundCoordinate, type FinderQuery } from "./finder-params";
import { findCafes } from "./search.server";
import type { TagKind } from "~/modules/tags";
import { filterOptions, listedCafeIndex, tagLabels } from "~/modules/cafe/index.server";
import { practiceByCode, searchPractices } from "~/modules/footprint/index.server";
import { geocode, isInLLR, reverseArea } from "~/modules/geo/index.server";
import { now as clockNow, todayInLondon } from "~/platform/clock.server";

const rounded = (p: { lat: number; lng: number }) => ({ lat: roundCoordinate(p.lat), lng: roundCoordinate(p.lng) });

/**
 * The query with only tag slugs of the managed list, each in the parameter of its kind: an unknown slug
 * ("for=x") or one of another kind ("lang=women-only") is not a filter. A retired tag is still a tag: it
 * stays chosen (and can be unticked) until the person removes it.
 */
export async function withKnownTags(query: FinderQuery): Promise<FinderQuery> {
  const index = await listedCafeIndex();
  const known = (kind: TagKind) => (slug: string) => index.tags.get(slug)?.kind === kind;
  const languages = query.languages.filter(known("language"));
  const audiences = query.audiences.filter(known("audience"));
  const access = query.access.filter(known("access"));
  if (languages.length === query.languages.length && audiences.length === query.audiences.length && access.length === query.access.length) {
    return query;
  }
  return { ...query, languages, audiences, access };
}

/**
 * Everything the finder page shows for a query: geocoding, GP practices, results, and the query as searched
 * (unknown tags left out: see withKnownTags). Never throws for bad input.
 */
export async function finderPage(parsed: FinderQuery, at: Date = clockNow()): Promise<FinderPage> {
  const query = await withKnownTags(parsed);
  const filters: CafeFilters = { when: query.when, languages: query.languages, audiences: query.audiences, access: query.access };
  const [options, labels] = await Promise.all([
    filterOptions(query),
    tagLabels([...query.languages, ...query.audiences, ...query.access]),
  ]);
  const page = { query, options, chosenLabels: Object.fromEntries(labels) };
  const search = (origin: FinderSearch["origin"], footprintFirst: string | null = null) =>
    findCafes({ origin, footprintFirst, filters, page: query.page, perPage: RESULTS_PER_PAGE, at });

  switch (query.mode) {
    case "place": {
      if (query.qTooLong) return { ...page, outcome: { kind: "problem", problem: "too-long", input: query.q, suggestions: [] } };
      const hit = await geocode(query.q);
      if (!hit.ok) {
        const problem = hit.reason === "not-found" ? "not-found" : "invalid";
        return { ...page, outcome: { kind: "problem", problem, input: query.q, suggestions: hit.suggestions } };
      }
      const matched = hit.precision === "sector" || hit.precision === "district" ? (hit.matched ?? null) : null;
      const origin: FinderOrigin = {
        kind: "place",
        label: hit.label,
        precision: hit.precision,
        matched: matched && matched !== hit.label ? matched : null,
        corrected: hit.corrected === true,
        inLLR: hit.inLLR,
      };
      return { ...page, outcome: { kind: "results", origin, point: rounded(hit), ...(await search({ lat: hit.lat, lng: hit.lng })) } };
    }
    case "location": {
      const where = query.location ? reverseArea(query.location.lat, query.location.lng) : null;
      if (!query.location || !where) return { ...page, outcome: { kind: "problem", problem: "location", input: "", suggestions: [] } };
      const origin: FinderOrigin = { kind: "location", inLLR: where.inLLR, nearPlace: where.nearestPlace?.name ?? null };
      return { ...page, outcome: { kind: "results", origin, point: rounded(query.location), ...(await search(query.location)) } };
    }
    case "practice": {
      const practice = query.practice ? await practiceByCode(query.practice, todayInLondon(at)) : null;
      if (!practice) return { ...page, outcome: { kind: "problem", problem: "practice", input: query.practice ?? "", suggestions: [] } };
      const origin: FinderOrigin = {
        kind: "practice",
        inLLR: isInLLR(practice.lat, practice.lng),
        practice: { code: practice.code, name: practice.name, town: practice.town, footprint: practice.footprint.name },
      };
      return { ...page, outcome: { kind: "results", origin, point: rounded(practice), ...(await search(practice, practice.footprint.id)) } };
    }
    case "gp": {
      if (query.gpTooLong) return { ...page, outcome: { kind: "problem", problem: "gp-too-long", input: query.gp, suggestions: [] } };
      if (query.gp.replace(/[^\p{L}\p{N}]/gu, "").length < 2) {
        return { ...page, outcome: { kind: "problem", problem: "gp-too-short", input: query.gp, suggestions: [] } };
      }
      const found = await searchPractices(query.gp, 10, todayInLondon(at));
      if (found.length === 0) return { ...page, outcome: { kind: "problem", problem: "gp-not-found", input: query.gp, suggestions: [] } };
      return {
        ...page,
        outcome: {
          kind: "practices",
          input: query.gp,
          practices: found.map((p) => ({ code: p.code, name: p.name, town: p.town, postcode: p.postcode, footprint: p.footprint.name })),
        },
      };
    }
    default: {
      if (!hasFilters(query)) return { ...page, outcome: { kind: "start" } };
      return { ...page, outcome: { kind: "results", origin: { kind: "all", inLLR: true }, point: null, ...(await search(null)) } };
    }
  }
}
