/**
 * The finder's GET parameters: their values and types, and writing them back into links (paging, removing
 * a filter, a practice's results). Reading them from a query string is ./finder-query.ts (with zod, on the
 * server only); this module needs nothing else, so pages can use it without loading zod in the browser.
 */
import { localePath } from "~/lib/i18n";
export const RESULTS_PER_PAGE = 10;
/** Pages of results: nobody in distress needs the 51st nearest café. */
export const MAX_PAGES = 5;
export const MAX_TAGS_PER_KIND = 20;
/** Positions are rounded to this many decimal places (3 = about 100 m) before use or display. */
export const LOCATION_DECIMALS = 3;

export const WHEN_VALUES = ["any", "now", "evening", "1", "2", "3", "4", "5", "6", "7"] as const;
export type When = (typeof WHEN_VALUES)[number];

/** "Open this evening": a session running at some time between these London times today, not yet over. */
export const EVENING_START = "17:00";
export const EVENING_END = "23:00";

export type FinderMode = "none" | "place" | "practice" | "location" | "gp";

export type FinderQuery = {
  mode: FinderMode;
  /** The search box, trimmed and cut to MAX_QUERY_LENGTH (~/modules/geo) (kept to show back) */
  q: string;
  /** The typed text was longer than MAX_QUERY_LENGTH */
  qTooLong: boolean;
  gp: string;
  gpTooLong: boolean;
  /** An ODS practice code, upper case, or null */
  practice: string | null;
  location: { lat: number; lng: number } | null;
  /** lat/lng were given but could not be used */
  locationInvalid: boolean;
  page: number;
  when: When;
  languages: string[];
  audiences: string[];
  access: string[];
};

export function roundCoordinate(value: number, decimals = LOCATION_DECIMALS): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Whether any filter (time or tag) is chosen. */
export function hasFilters(query: Pick<FinderQuery, "when" | "languages" | "audiences" | "access">): boolean {
  return query.when !== "any" || query.languages.length > 0 || query.audiences.length > 0 || query.access.length > 0;
}

/** The weekday (1 = Monday) a `when` value names, or null for any/now/evening. */
export function whenWeekday(value: When): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 7 ? n : null;
}

/** The parameters that say where to search from (exactly one way, as the query's mode). */
function originParams(query: FinderQuery): [string, string][] {
  switch (query.mode) {
    case "place":
      return [["q", query.q]];
    case "practice":
      return query.practice ? [["practice", query.practice]] : [];
    case "location":
      return query.location ? [["lat", String(query.location.lat)], ["lng", String(query.location.lng)]] : [];
    case "gp":
      return [["gp", query.gp]];
    default:
      return [];
  }
}

/** The filter parameters, in a stable order. */
export function filterParams(query: Pick<FinderQuery, "when" | "languages" | "audiences" | "access">): [string, string][] {
  const out: [string, string][] = [];
  if (query.when !== "any") out.push(["when", query.when]);
  for (const slug of query.languages) out.push(["lang", slug]);
  for (const slug of query.audiences) out.push(["for", slug]);
  for (const slug of query.access) out.push(["access", slug]);
  return out;
}

export type FinderLinkChange = Partial<Pick<FinderQuery, "when" | "languages" | "audiences" | "access" | "page">> & {
  /** Search from a GP practice instead (keeps the filters) */
  practice?: string;
};

/**
 * A link to the finder ("/?q=LE1+6RL&when=now&page=2") for the query with some changes: another page,
 * a filter removed, a practice chosen. Any change other than `page` goes back to page 1.
 */
export function finderHref(query: FinderQuery, change: FinderLinkChange = {}): string {
  const next: FinderQuery = { ...query, ...change, page: change.page ?? 1 };
  const params = new URLSearchParams();
  const origin: [string, string][] = change.practice ? [["practice", change.practice]] : originParams(next);
  for (const [k, v] of origin) params.append(k, v);
  for (const [k, v] of filterParams(next)) params.append(k, v);
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return localePath(search ? `/?${search}` : "/");
}
