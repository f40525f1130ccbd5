/**
 * Coverage of the café programme: the plan's target is at least one open café in every active
 * footprint (PCN or alternative area) and in each of the three universities. Pure functions over
 * plain records, so the commissioner's page and its tests share one definition.
 */
import type { CafeStatus } from "~/modules/cafe";
import { isActiveOn } from "~/modules/footprint";

export type CoverageFootprint = {
  id: string;
  code: string;
  name: string;
  area: string;
  openedOn: string | null;
  closedOn: string | null;
};

export type CoverageSite = { id: string; name: string };

export type CoverageCafe = {
  id: string;
  name: string;
  /** A CafeStatus, as stored */
  status: string;
  footprintId: string | null;
  coverageSiteId: string | null;
};

export type CoverageRow<T> = {
  place: T;
  open: number;
  pipeline: number;
  paused: number;
  covered: boolean;
  cafes: { id: string; name: string; status: string }[];
};

export type CoverageSummary = {
  asOf: string;
  footprints: CoverageRow<CoverageFootprint>[];
  sites: CoverageRow<CoverageSite>[];
  coveredFootprints: number;
  activeFootprints: number;
  coveredSites: number;
  /** Active footprints with no open café, and none being set up either: the real gaps. */
  gapsWithoutPipeline: number;
};

/** Cafés on their way to opening: not coverage yet, but not a gap to fill either. */
const PIPELINE: readonly CafeStatus[] = ["planned", "setting-up"];

function row<T extends { id: string }>(place: T, cafes: readonly CoverageCafe[]): CoverageRow<T> {
  const is = (status: CafeStatus) => (c: CoverageCafe) => c.status === status;
  const open = cafes.filter(is("open")).length;
  return {
    place,
    open,
    pipeline: cafes.filter((c) => (PIPELINE as readonly string[]).includes(c.status)).length,
    paused: cafes.filter(is("paused")).length,
    covered: open > 0,
    cafes: cafes.filter((c) => !is("closed")(c)).map(({ id, name, status }) => ({ id, name, status })),
  };
}

/** The cafés of each footprint or site, by its id. */
function groupBy(cafes: readonly CoverageCafe[], key: (cafe: CoverageCafe) => string | null): Map<string, CoverageCafe[]> {
  const groups = new Map<string, CoverageCafe[]>();
  for (const cafe of cafes) {
    const id = key(cafe);
    if (!id) continue;
    const group = groups.get(id);
    if (group) group.push(cafe);
    else groups.set(id, [cafe]);
  }
  return groups;
}

/**
 * Coverage on a date: a row per footprint active then (gaps first, then by area and name) and per site,
 * each with its cafés other than closed ones, and the totals the dashboard shows.
 */
export function coverage(
  footprints: CoverageFootprint[],
  sites: CoverageSite[],
  cafes: CoverageCafe[],
  asOf: string,
): CoverageSummary {
  const active = footprints.filter((f) => isActiveOn(f, asOf));
  const byFootprint = groupBy(cafes, (c) => c.footprintId);
  const bySite = groupBy(cafes, (c) => c.coverageSiteId);
  const footprintRows = active
    .map((f) => row(f, byFootprint.get(f.id) ?? []))
    .sort((a, b) => Number(a.covered) - Number(b.covered) || a.place.area.localeCompare(b.place.area) || a.place.name.localeCompare(b.place.name));
  const siteRows = sites.map((s) => row(s, bySite.get(s.id) ?? []));
  return {
    asOf,
    footprints: footprintRows,
    sites: siteRows,
    coveredFootprints: footprintRows.filter((r) => r.covered).length,
    activeFootprints: footprintRows.length,
    coveredSites: siteRows.filter((r) => r.covered).length,
    gapsWithoutPipeline: footprintRows.filter((r) => !r.covered && r.pipeline === 0).length,
  };
}
