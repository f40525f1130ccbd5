/**
 * Footprints (PCNs and alternative local areas) and the GP practices that belong to them.
 *
 * ## Which footprint is a place in? (`suggestFootprint`)
 *
 * PCNs are defined by their practices' patient lists, not by areas, and no official PCN boundary exists.
 * The seeded boundaries are **approximate**: Voronoi cells of the member practices (every point goes to
 * the nearest main-site surgery), clipped to the LLR outline and merged per PCN — the 2021 membership for
 * the plan's 25 footprints and the 2023 membership for those opened since (see prisma/data/PROVENANCE.md).
 * So the answer is a suggestion for a person to confirm, never a rule:
 *
 * 1. the active footprint (opened and not closed on the date) whose boundary contains the point; where
 *    boundaries of different years overlap (e.g. Millennium's 2021 cell and Orion's 2023 cell), the one
 *    of those with the nearest practice active on the date;
 * 2. otherwise the footprint of the nearest practice active on the date (its own dates and its
 *    footprint's), which is what the boundaries approximate anyway;
 * 3. otherwise (no practices at all) the active footprint with the nearest centroid.
 *
 * ## Searching GP practices (`searchPractices`)
 *
 * Done in memory over the ~150 practices (cached for a minute, see below) by the rules of
 * practice-search.ts, so matching is the same on SQLite and PostgreSQL: case, accents and punctuation are
 * ignored, common words ("surgery", "medical", "centre") need not match, abbreviations are understood
 * ("med ctr"), and a small typo is forgiven.
 *
 * ## Cache
 *
 * Footprints and practices are read once and kept for 60 seconds per process (several instances each
 * keep their own, which is fine for data that changes a few times a year). Code that changes footprints or
 * practices calls `invalidateFootprintCache()` so this instance sees the change at once.
 */
import type { Footprint, FootprintChange, Practice } from "@prisma/client";
import { isActiveOn, practiceActiveOn } from "./active-on";
import { practiceKeys, practiceQuery, rankPractices, type SearchablePractice } from "./practice-search";
import { haversineKm, NearestIndex, parsePolygonalGeometry, preparePolygon, type PreparedPolygon } from "~/modules/geo";
import { todayInLondon } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";

export type FootprintSummary = {
  id: string;
  code: string;
  slug: string;
  kind: string;
  name: string;
  area: string;
  centroidLat: number;
  centroidLng: number;
  openedOn: string | null;
  closedOn: string | null;
  inPlan2021: boolean;
  hasBoundary: boolean;
  boundaryApproximate: boolean;
};

export type FootprintSuggestion = FootprintSummary & {
  /** How it was found: inside its (approximate) boundary, or the nearest practice's footprint. */
  method: "boundary" | "nearest-practice" | "nearest-centroid";
  /** The nearest practice of this footprint active on the date, if any. */
  practice: { code: string; name: string; miles: number } | null;
};

export type PracticeMatch = {
  id: string;
  code: string;
  name: string;
  postcode: string | null;
  town: string | null;
  lat: number;
  lng: number;
  footprint: { id: string; code: string; slug: string; name: string };
};

export type FootprintDetail = Footprint & {
  changes: FootprintChange[];
  practices: Practice[];
};

const CACHE_MS = 60_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type CachedFootprint = FootprintSummary & { boundary: PreparedPolygon | null };
type CachedPractice = SearchablePractice & {
  id: string;
  town: string | null;
  footprintId: string;
  activeFrom: string | null;
  activeUntil: string | null;
};
type Cache = {
  footprints: CachedFootprint[];
  footprintById: Map<string, CachedFootprint>;
  practices: CachedPractice[];
  practiceIndex: NearestIndex<CachedPractice>;
};

let cache: Promise<Cache> | undefined;
let cacheLoadedAt = 0;

/** Forget the cached footprints and practices (call after changing either). */
export function invalidateFootprintCache() {
  cache = undefined;
}

const FOOTPRINT_SELECT = {
  id: true,
  code: true,
  slug: true,
  kind: true,
  name: true,
  area: true,
  centroidLat: true,
  centroidLng: true,
  openedOn: true,
  closedOn: true,
  inPlan2021: true,
  boundaryApproximate: true,
  boundaryGeoJson: true,
} as const;

function summary(f: Pick<Footprint, keyof typeof FOOTPRINT_SELECT>): FootprintSummary {
  const { boundaryGeoJson, ...rest } = f;
  return { ...rest, hasBoundary: !!boundaryGeoJson };
}

async function loadCache(): Promise<Cache> {
  const [footprintRows, practiceRows] = await Promise.all([
    prisma.footprint.findMany({ select: FOOTPRINT_SELECT, orderBy: { code: "asc" } }),
    prisma.practice.findMany({
      select: { id: true, code: true, name: true, postcode: true, town: true, lat: true, lng: true, footprintId: true, activeFrom: true, activeUntil: true },
      orderBy: [{ code: "asc" }, { activeFrom: "asc" }],
    }),
  ]);
  const footprints: CachedFootprint[] = footprintRows.map((f) => {
    const geometry = f.boundaryGeoJson ? parsePolygonalGeometry(f.boundaryGeoJson) : null;
    return { ...summary(f), boundary: geometry ? preparePolygon(geometry) : null };
  });
  const practices: CachedPractice[] = practiceRows.map((p) => ({ ...p, ...practiceKeys(p.name, p.town) }));
  return {
    footprints,
    footprintById: new Map(footprints.map((f) => [f.id, f])),
    practices,
    practiceIndex: new NearestIndex(practices, (p) => p),
  };
}

function getCache(): Promise<Cache> {
  if (!cache || Date.now() - cacheLoadedAt > CACHE_MS) {
    cacheLoadedAt = Date.now();
    const loading = loadCache();
    cache = loading;
    // A failed load is not kept: the next call tries again.
    loading.catch(() => {
      if (cache === loading) cache = undefined;
    });
  }
  return cache;
}

function checkDate(asOf: string): string {
  if (!ISO_DATE.test(asOf)) throw new Error(`Expected a date "YYYY-MM-DD", got "${asOf}"`);
  return asOf;
}

/**
 * The footprint a point most likely belongs to on a date (see the module comment: approximate
 * boundaries first, then the nearest active practice). Null only when no footprint is active.
 */
export async function suggestFootprint(lat: number, lng: number, asOf: string): Promise<FootprintSuggestion | null> {
  checkDate(asOf);
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  const c = await getCache();
  const active = c.footprints.filter((f) => isActiveOn(f, asOf));
  if (active.length === 0) return null;
  const activeIds = new Set(active.map((f) => f.id));

  const nearestPracticeIn = (ids: Set<string>) =>
    c.practiceIndex.nearestOne(lat, lng, { filter: (p) => ids.has(p.footprintId) && practiceActiveOn(p, asOf) });
  const result = (f: CachedFootprint, method: FootprintSuggestion["method"]): FootprintSuggestion => {
    const near = nearestPracticeIn(new Set([f.id]));
    const { boundary: _boundary, ...rest } = f;
    return { ...rest, method, practice: near ? { code: near.item.code, name: near.item.name, miles: near.miles } : null };
  };

  const containing = active.filter((f) => f.boundary?.contains(lat, lng));
  if (containing.length === 1) return result(containing[0]!, "boundary");
  if (containing.length > 1) {
    const near = nearestPracticeIn(new Set(containing.map((f) => f.id)));
    return result((near && c.footprintById.get(near.item.footprintId)) || containing[0]!, "boundary");
  }

  const near = nearestPracticeIn(activeIds);
  const footprint = near && c.footprintById.get(near.item.footprintId);
  if (footprint) return result(footprint, "nearest-practice");

  let best: CachedFootprint = active[0]!;
  for (const f of active) {
    if (haversineKm(lat, lng, f.centroidLat, f.centroidLng) < haversineKm(lat, lng, best.centroidLat, best.centroidLng)) best = f;
  }
  return result(best, "nearest-centroid");
}

/**
 * GP practices whose name (or town, or postcode) matches what was typed, active on the date (they and
 * their footprint), each with its footprint. Best matches first (practice-search.ts): the whole name,
 * then names starting with the query, then names with every distinctive word, then part of a word, then
 * the town or postcode, then a small typo; within each, nearest to `near` if given, else by name.
 */
export async function searchPractices(
  query: string,
  limit = 10,
  asOf: string = todayInLondon(),
  options: { near?: { lat: number; lng: number } } = {},
): Promise<PracticeMatch[]> {
  checkDate(asOf);
  const q = practiceQuery(query);
  if (!q) return [];
  const c = await getCache();
  const listed = (p: CachedPractice) => {
    const footprint = c.footprintById.get(p.footprintId);
    return practiceActiveOn(p, asOf) && !!footprint && isActiveOn(footprint, asOf);
  };
  return rankPractices(c.practices, q, { limit, near: options.near, include: listed }).map((p) => {
    const f = c.footprintById.get(p.footprintId)!;
    return {
      id: p.id,
      code: p.code,
      name: p.name,
      postcode: p.postcode,
      town: p.town,
      lat: p.lat,
      lng: p.lng,
      footprint: { id: f.id, code: f.code, slug: f.slug, name: f.name },
    };
  });
}

/** Footprints, by name; with `activeOn`, only those active on that date. Read fresh from the database. */
export async function listFootprints(options: { activeOn?: string } = {}): Promise<FootprintSummary[]> {
  const rows = await prisma.footprint.findMany({ select: FOOTPRINT_SELECT });
  const activeOn = options.activeOn === undefined ? undefined : checkDate(options.activeOn);
  return rows
    .filter((f) => activeOn === undefined || isActiveOn(f, activeOn))
    .map(summary)
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
}

/**
 * One footprint by slug ("rutland-healthcare") or code ("U67590", any case), with its dated changes and
 * its practice links (all of them, with their dates; filter with practiceActiveOn). Null if unknown.
 */
export async function getFootprintBySlugOrCode(slugOrCode: string): Promise<FootprintDetail | null> {
  if (typeof slugOrCode !== "string") return null;
  const text = slugOrCode.trim();
  if (!text || text.length > 200) return null;
  const include = {
    changes: { orderBy: { date: "asc" } },
    practices: { orderBy: { name: "asc" } },
  } as const;
  return (
    (await prisma.footprint.findUnique({ where: { slug: text.toLowerCase() }, include })) ??
    (await prisma.footprint.findUnique({ where: { code: text.toUpperCase() }, include }))
  );
}
