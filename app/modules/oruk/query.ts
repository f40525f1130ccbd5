/**
 * The query parameters of the Open Referral UK API (HSDS 3.0's and the UK profile's), their checks, the
 * filters they choose and the paging envelope. Pure.
 */
import type { DirectoryService } from "./directory";
import { ids } from "./hsds";

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 500;

export type ListQuery = {
  page: number;
  perPage: number;
  search: string[];
  taxonomyTermId: string | null;
  taxonomyId: string | null;
  organizationId: string | null;
  /** 1 = Monday … 7 = Sunday */
  day: number | null;
  /** "HH:MM" */
  startTime: string | null;
  endTime: string | null;
  minimumAge: number | null;
  maximumAge: number | null;
  modifiedAfter: Date | null;
  postcode: string | null;
  /** Metres */
  proximity: number | null;
  full: boolean;
  fullService: boolean;
};

/** A parameter the API cannot use: its name (the response says which). */
export type QueryProblem = { parameter: string };

const DAYS: Record<string, number> = { mo: 1, tu: 2, we: 3, th: 4, fr: 5, sa: 6, su: 7 };

/** "MO", "Monday", "mon" (any case) or 1–7 → 1–7; null when not a day. */
export function parseDay(value: string): number | null {
  const v = value.trim().toLowerCase();
  if (/^[1-7]$/.test(v)) return Number(v);
  const day = DAYS[v.slice(0, 2)];
  if (day === undefined) return null;
  const names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
  return v.length === 2 || names[day - 1]!.startsWith(v) ? day : null;
}

/** "9:30", "09:30", "09:30:00" → "09:30"; null when not a time of day. */
export function parseTime(value: string): string | null {
  const m = value.trim().match(/^(\d{1,2}):(\d{2})(?::(\d{2}))?$/);
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, "0")}:${m[2]}`;
}

function flag(value: string | null): boolean {
  return value !== null && /^(true|1|yes)$/i.test(value.trim());
}

/** Reads a list endpoint's query string. */
export function parseListQuery(params: URLSearchParams): { ok: true; query: ListQuery } | { ok: false; problem: QueryProblem } {
  const text = (name: string) => {
    const v = params.get(name);
    return v === null || v.trim() === "" ? null : v.trim().slice(0, 200);
  };
  const integer = (name: string, fallback: number, min: number, max: number): number | QueryProblem => {
    const v = text(name);
    if (v === null) return fallback;
    // Below the least (per_page=0, page=0) is refused; above the most is capped (per_page at most 500).
    if (!/^\d+$/.test(v) || Number(v) < min) return { parameter: name };
    return Math.min(max, Number(v));
  };
  const number = (name: string): number | null | QueryProblem => {
    const v = text(name);
    if (v === null) return null;
    const n = Number(v);
    return Number.isFinite(n) && n >= 0 ? n : { parameter: name };
  };
  const page = integer("page", 1, 1, 1_000_000);
  const perPage = integer("per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
  const minimumAge = number("minimum_age");
  const maximumAge = number("maximum_age");
  const proximity = number("proximity");
  for (const v of [page, perPage, minimumAge, maximumAge, proximity]) if (typeof v === "object" && v !== null) return { ok: false, problem: v };

  const dayText = text("day");
  const day = dayText === null ? null : parseDay(dayText);
  if (dayText !== null && day === null) return { ok: false, problem: { parameter: "day" } };
  const times: Record<string, string | null> = {};
  for (const name of ["start_time", "end_time"]) {
    const v = text(name);
    times[name] = v === null ? null : parseTime(v);
    if (v !== null && times[name] === null) return { ok: false, problem: { parameter: name } };
  }
  const modifiedText = text("modified_after");
  const modifiedAfter = modifiedText === null ? null : new Date(modifiedText);
  if (modifiedAfter && Number.isNaN(modifiedAfter.getTime())) return { ok: false, problem: { parameter: "modified_after" } };
  const search = (text("search") ?? "")
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "")
    .slice(0, 10);

  return {
    ok: true,
    query: {
      page: page as number,
      perPage: perPage as number,
      search,
      taxonomyTermId: text("taxonomy_term_id")?.toLowerCase() ?? null,
      taxonomyId: text("taxonomy_id")?.toLowerCase() ?? null,
      organizationId: text("organization_id")?.toLowerCase() ?? null,
      day,
      startTime: times.start_time ?? null,
      endTime: times.end_time ?? null,
      minimumAge: minimumAge as number | null,
      maximumAge: maximumAge as number | null,
      modifiedAfter,
      postcode: text("postcode"),
      proximity: proximity as number | null,
      full: flag(params.get("full")),
      fullService: flag(params.get("full_service")),
    },
  };
}

// ------------------------------------------------------------------------------------- filters

/** The words a text search looks in: names, descriptions, who for, organisation, towns, terms. */
export function searchableText(s: DirectoryService): string {
  return [
    s.name,
    s.description,
    s.whoFor ?? "",
    s.organisation.name,
    ...s.locations.flatMap((l) => [l.name, l.address.town, l.address.postcode]),
    ...s.areas.map((a) => a.name),
    ...[...s.terms, ...s.languages, ...s.locations.flatMap((l) => l.access)].map((term) => term.label),
  ]
    .join(" ")
    .toLowerCase();
}

/** The weekly sessions of a service, at every place. */
function sessionsOf(s: DirectoryService) {
  return s.locations.flatMap((l) => l.sessions);
}

/**
 * Whether a service has a weekly session on `day` (any day without one) that opens at or after `startTime`
 * and closes at or before `endTime` (either may be absent). A session past midnight closes "after" any
 * end time of its own day.
 */
export function matchesTimes(s: DirectoryService, day: number | null, startTime: string | null, endTime: string | null, today: string): boolean {
  if (day === null && startTime === null && endTime === null) return true;
  return sessionsOf(s).some(
    (session) =>
      (session.validUntil === null || session.validUntil >= today) &&
      (day === null || session.dayOfWeek === day) &&
      (startTime === null || session.startTime >= startTime) &&
      (endTime === null || (session.endTime > session.startTime && session.endTime <= endTime)),
  );
}

/** The term ids a service carries (its own terms, languages and its places' access features). */
export function termIdsOf(s: DirectoryService): Set<string> {
  return new Set([...s.terms, ...s.languages, ...s.locations.flatMap((l) => l.access)].map((term) => ids.term(term)));
}

export function taxonomyIdsOf(s: DirectoryService): Set<string> {
  return new Set([...s.terms, ...s.languages, ...s.locations.flatMap((l) => l.access)].map((term) => ids.taxonomy(term.taxonomy)));
}

/** The services the query's filters keep (not the postcode, which needs geocoding), in their order. */
export function filterServices(services: readonly DirectoryService[], q: ListQuery, today: string): DirectoryService[] {
  return services.filter((s) => {
    if (q.search.length > 0) {
      const text = searchableText(s);
      if (!q.search.every((word) => text.includes(word))) return false;
    }
    if (q.taxonomyTermId && !termIdsOf(s).has(q.taxonomyTermId)) return false;
    if (q.taxonomyId && !taxonomyIdsOf(s).has(q.taxonomyId)) return false;
    if (q.organizationId && ids.organisation(s.organisation) !== q.organizationId) return false;
    // Ages: only services that state the age (the specification's "at least" / "at or below").
    if (q.minimumAge !== null && (s.minimumAge === null || s.minimumAge < q.minimumAge)) return false;
    if (q.maximumAge !== null && (s.maximumAge === null || s.maximumAge > q.maximumAge)) return false;
    if (q.modifiedAfter && s.updatedAt < q.modifiedAfter) return false;
    return matchesTimes(s, q.day, q.startTime, q.endTime, today);
  });
}

// ------------------------------------------------------------------------------------- paging

export type Page<T> = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
};

/** One page of `items` in the HSDS paging envelope. A page past the end is empty. */
export function paginate<T, R>(items: readonly T[], page: number, perPage: number, map: (item: T) => R): Page<R> {
  const totalPages = Math.ceil(items.length / perPage);
  const contents = items.slice((page - 1) * perPage, page * perPage).map(map);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
