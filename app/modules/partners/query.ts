/**
 * The /partners address: what to search near (`q`: a postcode, town, village or GP surgery; or `lat`/`lng`
 * from "use my location"; `practice`: a GP surgery's code, chosen when a name matched several) and the filters (`need`, `for`, `lang`, each repeatable, tag slugs). Every search
 * is a GET, so a result page can be shared and works without JavaScript.
 */
import type { PartnerFilters } from "./search";
import { localePath } from "~/lib/i18n";

export const PARTNERS_QUERY_MAX = 100;
/** Results a page; the page shows the nearest this many. */
export const PARTNER_RESULTS_MAX = 20;

export type PartnersQuery = PartnerFilters & {
  q: string;
  /** A GP surgery's ODS code */
  practice: string | null;
  location: { lat: number; lng: number } | null;
  page: number;
};

const SLUG = /^[a-z0-9-]{1,80}$/;
const PRACTICE = /^[A-Z0-9]{3,10}$/;

function slugs(params: URLSearchParams, name: string): string[] {
  return [...new Set(params.getAll(name).filter((v) => SLUG.test(v)))].slice(
    0,
    20
  );
}

function coordinate(value: string | null, limit: number): number | null {
  if (value === null || value.trim() === "") return null;
  const n = Number(value);
  return Number.isFinite(n) && Math.abs(n) <= limit
    ? Math.round(n * 1000) / 1000
    : null;
}

export function parsePartnersQuery(params: URLSearchParams): PartnersQuery {
  const lat = coordinate(params.get("lat"), 90);
  const lng = coordinate(params.get("lng"), 180);
  const page = Math.floor(Number(params.get("page") ?? "1"));
  const practice = (params.get("practice") ?? "").trim().toUpperCase();
  return {
    q: (params.get("q") ?? "").trim().slice(0, PARTNERS_QUERY_MAX),
    practice: PRACTICE.test(practice) ? practice : null,
    location: lat !== null && lng !== null ? { lat, lng } : null,
    needs: slugs(params, "need"),
    audiences: slugs(params, "for"),
    languages: slugs(params, "lang"),
    page: Number.isFinite(page) && page >= 1 && page <= 50 ? page : 1,
  };
}

/** The address of a search (for links: the same place with other filters, the café page's "more support"). */
export function partnersHref(
  query: Partial<PartnersQuery>,
  path = "/partners"
): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.practice) params.set("practice", query.practice);
  if (query.location) {
    params.set("lat", String(query.location.lat));
    params.set("lng", String(query.location.lng));
  }
  for (const s of query.needs ?? []) params.append("need", s);
  for (const s of query.audiences ?? []) params.append("for", s);
  for (const s of query.languages ?? []) params.append("lang", s);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const text = params.toString();
  return localePath(text ? `${path}?${text}` : path);
}
