/**
 * What the finder page shows for a query (see ./finder-page.server.ts), as loader data: the search's
 * results, where it searched from, or why it could not search. Types only, for the page's components too.
 */
import type { FinderQuery } from "./finder-params";
import type { CafeFilters } from "./filters";
import type { CafeListing, TagOption } from "~/modules/cafe";
import type { TagKind } from "~/modules/tags";
import type { GeocodePrecision } from "~/modules/geo";

export type FinderSearch = {
  /** Where distances are measured from; null lists every matching café by name */
  origin: { lat: number; lng: number } | null;
  /** List the cafés of this footprint first (a GP practice's) */
  footprintFirst?: string | null;
  filters: CafeFilters;
  page: number;
  perPage: number;
  at?: Date;
};

export type FinderResults = {
  results: CafeListing[];
  page: number;
  /** There is a next page to show: more matching cafés, and this is not the last page offered (MAX_PAGES) */
  hasMore: boolean;
  /** The page is past the end of the results (which are not empty): "no more results" */
  pastEnd: boolean;
  /** Is any listed café open now (whatever the filters)? */
  anyOpenNow: boolean;
  /**
   * When none of this page's cafés is open now: the nearest café open now that matches the language,
   * audience and access filters (open now for the chosen group, as the "open now" filter means it; the
   * time filter is replaced by "now"). `filtered` says whether any such filter was chosen.
   */
  nearestOpen: { slug: string; name: string; miles: number | null; filtered: boolean } | null;
  /** With footprintFirst: how many matching cafés the footprint has */
  inFootprint: number;
  /** The bank holiday on the time filter's day (today for "open now" and "this evening"), if it is one */
  bankHoliday: { date: string; name: string; /** "today" or "Monday 28 December" */ day: string } | null;
};

export type FinderOrigin =
  | {
      kind: "place";
      label: string;
      precision: GeocodePrecision;
      /** The sector or district used when the exact postcode is not known */
      matched: string | null;
      corrected: boolean;
      inLLR: boolean;
    }
  | { kind: "location"; inLLR: boolean; nearPlace: string | null }
  | { kind: "practice"; inLLR: boolean; practice: { code: string; name: string; town: string | null; footprint: string } }
  | { kind: "all"; inLLR: true };

export type FinderProblem = "not-found" | "invalid" | "too-long" | "location" | "practice" | "gp-too-short" | "gp-too-long" | "gp-not-found";

/** A GP practice offered to search from, after a search by name. */
export type PracticeChoice = { code: string; name: string; town: string | null; postcode: string | null; footprint: string };

export type FinderOutcome =
  | { kind: "start" }
  | { kind: "problem"; problem: FinderProblem; input: string; suggestions: string[] }
  | { kind: "practices"; input: string; practices: PracticeChoice[] }
  | ({
      kind: "results";
      origin: FinderOrigin;
      /** Where distances are measured from (3 decimals), for the map */
      point: { lat: number; lng: number } | null;
    } & FinderResults);

export type FinderPage = {
  /** The query as searched: tag slugs that are not in the managed list (of the parameter's kind) left out */
  query: FinderQuery;
  outcome: FinderOutcome;
  options: Record<TagKind, TagOption[]>;
  /** Labels of the chosen tags (for "Your filters") */
  chosenLabels: Record<string, string>;
};
