/**
 * The coverage dashboard's rows and figures: one row per active footprint and per university, with its
 * offer in the coming week, its use (Central Access Point bookings), its grant pipeline and its status;
 * how rows are sorted and filtered (the same for the page and its CSV). Pure.
 */
import { addHours, hoursPer10k, NO_HOURS, type WeekHours } from "./week-hours";

export type CoverageStatus = "covered" | "covered-soon" | "gap";

/** Grant applications for one footprint or university, by stage. */
export type AreaPipeline = {
  /** Submitted and not yet decided (submitted, more information asked, at panel) */
  submitted: number;
  awarded: number;
  /** Offer accepted: the café is being set up */
  settingUp: number;
  /** Expected launch dates of awarded and accepted applications, earliest first */
  expectedLaunches: string[];
};

export const NO_PIPELINE: AreaPipeline = { submitted: 0, awarded: 0, settingUp: 0, expectedLaunches: [] };

export const AREAS = ["Leicester", "Leicestershire", "Rutland"] as const;

export type DashboardPlace = {
  kind: "footprint" | "university";
  id: string;
  /** The footprint's code, or the university's slug: the address of its page */
  key: string;
  name: string;
  area: string | null;
  listSize: number | null;
  listSizeVerified: boolean;
  /** A university's area (of the footprint it lies in), for the area filter; a footprint has its own */
  inArea?: string | null;
};

/** What the dashboard knows of one café. */
export type DashboardCafe = {
  id: string;
  status: string;
  footprintId: string | null;
  coverageSiteId: string | null;
  hours: WeekHours;
  languages: string[];
  offers: string[];
  stale: boolean;
  bookings: number;
  attended: number;
};

export type DashboardRow = DashboardPlace & {
  open: number;
  /** Cafés planned or being set up */
  onTheWay: number;
  paused: number;
  hours: WeekHours;
  per10k: { value: number; approximate: boolean } | null;
  languages: string[];
  offers: string[];
  stale: number;
  bookings: number;
  attended: number;
  pipeline: AreaPipeline;
  /** The expected launch dates, earliest first, each marked overdue when it has passed (as of the figures' date) */
  expected: { date: string; overdue: boolean }[];
  status: CoverageStatus;
  /** Public partner services serving the place (their areas cover it or a location is in it). */
  partnerServices: number;
};

/** Covered with an open café; covered soon when a café is on its way (a listing being set up or an award). */
export function coverageStatus(open: number, onTheWay: number, pipeline: AreaPipeline): CoverageStatus {
  if (open > 0) return "covered";
  if (onTheWay > 0 || pipeline.awarded > 0 || pipeline.settingUp > 0) return "covered-soon";
  return "gap";
}

/** The same order as `a.localeCompare(b)`, with the collator made once (far quicker over many rows). */
export const compareText: (a: string, b: string) => number = new Intl.Collator().compare;

const sortedUnique = (lists: string[][]) => [...new Set(lists.flat())].sort(compareText);

/** A place's row from its cafés (any status; only open ones count toward the offer and use) and pipeline. */
export function dashboardRow(place: DashboardPlace, cafes: readonly DashboardCafe[], pipeline: AreaPipeline = NO_PIPELINE, asOf = ""): DashboardRow {
  const open = cafes.filter((c) => c.status === "open");
  const onTheWay = cafes.filter((c) => c.status === "planned" || c.status === "setting-up").length;
  const hours = open.reduce((sum, c) => addHours(sum, c.hours), NO_HOURS);
  return {
    ...place,
    open: open.length,
    onTheWay,
    paused: cafes.filter((c) => c.status === "paused").length,
    hours,
    per10k: hoursPer10k(hours.minutes, place.listSize, place.listSizeVerified),
    languages: sortedUnique(open.map((c) => c.languages)),
    offers: sortedUnique(open.map((c) => c.offers)),
    stale: open.filter((c) => c.stale).length,
    bookings: cafes.reduce((n, c) => n + c.bookings, 0),
    attended: cafes.reduce((n, c) => n + c.attended, 0),
    pipeline,
    expected: pipeline.expectedLaunches.map((date) => ({ date, overdue: asOf !== "" && date < asOf })),
    status: coverageStatus(open.length, onTheWay, pipeline),
    partnerServices: 0,
  };
}

export type Headline = {
  activeFootprints: number;
  coveredFootprints: number;
  sites: number;
  coveredSites: number;
  hours: WeekHours;
  noEvening: number;
  noWeekend: number;
  staleListings: number;
  bookings: number;
  attended: number;
};

/**
 * The figures above the table, over every footprint and university (not just the filtered rows). Hours,
 * stale listings and bookings are summed over the cafés themselves, each once: a café at a university is
 * also in a footprint, and adding up both kinds of row would count it twice.
 */
export function headline(footprints: readonly DashboardRow[], sites: readonly DashboardRow[], cafes: readonly DashboardCafe[]): Headline {
  const footprintIds = new Set(footprints.map((r) => r.id));
  const siteIds = new Set(sites.map((r) => r.id));
  const counted = cafes.filter(
    (c) => (c.footprintId !== null && footprintIds.has(c.footprintId)) || (c.coverageSiteId !== null && siteIds.has(c.coverageSiteId)),
  );
  const open = counted.filter((c) => c.status === "open");
  return {
    activeFootprints: footprints.length,
    coveredFootprints: footprints.filter((r) => r.status === "covered").length,
    sites: sites.length,
    coveredSites: sites.filter((r) => r.status === "covered").length,
    hours: open.reduce((sum, c) => addHours(sum, c.hours), NO_HOURS),
    noEvening: footprints.filter((r) => r.hours.eveningMinutes === 0).length,
    noWeekend: footprints.filter((r) => r.hours.weekendMinutes === 0).length,
    staleListings: open.filter((c) => c.stale).length,
    bookings: counted.reduce((n, c) => n + c.bookings, 0),
    attended: counted.reduce((n, c) => n + c.attended, 0),
  };
}

const STATUS_ORDER: Record<CoverageStatus, number> = { gap: 0, "covered-soon": 1, covered: 2 };

/** The columns the table may be sorted by, and each one's value (numbers sort high first on "desc"). */
export const SORTS = {
  status: (r: DashboardRow) => STATUS_ORDER[r.status],
  name: (r: DashboardRow) => r.name,
  area: (r: DashboardRow) => r.area ?? "",
  listSize: (r: DashboardRow) => r.listSize ?? -1,
  open: (r: DashboardRow) => r.open,
  hours: (r: DashboardRow) => r.hours.minutes,
  per10k: (r: DashboardRow) => r.per10k?.value ?? -1,
  bookings: (r: DashboardRow) => r.bookings,
  pipeline: (r: DashboardRow) => r.pipeline.submitted + r.pipeline.awarded + r.pipeline.settingUp,
} as const;
export type SortKey = keyof typeof SORTS;

export function isSortKey(value: string | null): value is SortKey {
  return value !== null && Object.hasOwn(SORTS, value);
}

export type TableQuery = {
  sort: SortKey;
  dir: "asc" | "desc";
  area: string | null;
  /** An ?area= that is none of the areas: said so, and no rows shown (never every area silently) */
  unknownArea?: string;
};

/**
 * Reads ?sort=, ?dir= and ?area= (an unknown sort falls back to gaps first; an area in any case is that area;
 * an unknown area is kept to be reported, and kept in the table's links, so its CSV is the empty table shown).
 */
export function tableQuery(params: URLSearchParams): TableQuery {
  const sort = params.get("sort");
  const area = params.get("area");
  // "leicester" is Leicester: an area is matched whatever its case.
  const known = area ? (AREAS.find((a) => a.toLowerCase() === area.trim().toLowerCase()) ?? null) : null;
  return {
    sort: isSortKey(sort) ? sort : "status",
    dir: params.get("dir") === "desc" ? "desc" : "asc",
    area: known,
    ...(area && !known ? { unknownArea: area.slice(0, 60) } : {}),
  };
}

/**
 * The rows shown: those of the area, universities in it included (all when none, none for an unknown
 * area), sorted, ties by name.
 */
export function shownRows(rows: readonly DashboardRow[], query: TableQuery): DashboardRow[] {
  if (query.unknownArea !== undefined) return [];
  const value = SORTS[query.sort];
  const sign = query.dir === "desc" ? -1 : 1;
  return rows
    .filter((r) => query.area === null || (r.area ?? r.inArea ?? null) === query.area)
    .sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const c = typeof x === "number" && typeof y === "number" ? x - y : compareText(String(x), String(y));
      return sign * c || compareText(a.name, b.name);
    });
}
