import { isValidDate } from "~/lib/london-time";
import type { When } from "./availability";

/**
 * The CAP's search for a caller, as GET parameters (never throwing whatever they hold):
 * `q` postcode, town or GP surgery; `when` today (default) | evening | tomorrow | date, with `date`;
 * `lang`, `for`, `access` tag slugs (languages and audiences: any of them; access: all of them).
 */
export type CapSearch = { q: string; when: When; languages: string[]; audiences: string[]; access: string[] };

const SLUG = /^[a-z0-9][a-z0-9-]{0,59}$/;
const MAX_TAGS = 20;
export const CAP_QUERY_MAX = 100;

function slugs(values: string[]): string[] {
  return [...new Set(values.filter((v) => SLUG.test(v)))].slice(0, MAX_TAGS);
}

export function parseCapSearch(params: URLSearchParams): CapSearch {
  const q = (params.get("q") ?? "").replace(/[\p{Cc}]/gu, " ").trim().slice(0, CAP_QUERY_MAX);
  const kind = params.get("when");
  const date = params.get("date") ?? "";
  const when: When =
    kind === "evening" || kind === "tomorrow"
      ? { kind }
      : kind === "date" && isValidDate(date)
        ? { kind: "date", date }
        : { kind: "today" };
  return { q, when, languages: slugs(params.getAll("lang")), audiences: slugs(params.getAll("for")), access: slugs(params.getAll("access")) };
}

/** The search as a query string (for links, and for the booking form to offer the next sessions). */
export function capSearchParams(search: CapSearch): string {
  const params = new URLSearchParams({ q: search.q, when: search.when.kind });
  if (search.when.kind === "date") params.set("date", search.when.date);
  for (const slug of search.languages) params.append("lang", slug);
  for (const slug of search.audiences) params.append("for", slug);
  for (const slug of search.access) params.append("access", slug);
  return params.toString();
}

/** Does a café meet the caller's needs? Any of the languages, any of the audiences, all the access features. */
export function meetsNeeds(cafe: { languages: readonly string[]; audiences: readonly string[]; access: readonly string[] }, search: CapSearch): boolean {
  if (search.languages.length && !search.languages.some((l) => cafe.languages.includes(l))) return false;
  if (search.audiences.length && !search.audiences.some((a) => cafe.audiences.includes(a))) return false;
  return search.access.every((a) => cafe.access.includes(a));
}

/** A session with CAP places, as the CAP's pages list it (times as ISO strings, as loader data carries them). */
export type CapOption = {
  /** The booking form's value for this session (optionValue) */
  option: string;
  cafe: { id: string; slug: string; name: string; address: string; phone: string | null; miles: number | null };
  date: string;
  start: string;
  end: string;
  label: string | null;
  offered: number;
  left: number;
  confirmed: boolean;
  bankHoliday: string | null;
};
