/**
 * Coverage of the café programme: the plan's target is at least one open café in every active
 * footprint (PCN or alternative area) and in each of the three universities. Pure functions over
 * plain records, so the commissioner's page and its tests share one definition.
 */
import { isActiveOn } from "~/modules/footprint";

export type CoverageFootprint = {
  id: string;
  code: string;
  name: string;
  area: string;
  openedOn: string | null;
  closedOn: string | null;
};

export type CoverageSiteRecord = { id: string; name: string };

export type CoverageCafe = {
  id: string;
  name: string;
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
  sites: CoverageRow<CoverageSiteRecord>[];
  coveredFootprints: number;
  activeFootprints: number;
  coveredSites: number;
  /** Active footprints with no open café, and none being set up either: the real gaps. */
  gapsWithoutPipeline: number;
};

const PIPELINE: readonly string[] = ["planned", "setting-up"];

function row<T extends { id: string }>(place: T, cafes: CoverageCafe[]): CoverageRow<T> {
  const open = cafes.filter((c) => c.status === "open").length;
  return {
    place,
    open,
    pipeline: cafes.filter((c) => PIPELINE.includes(c.status)).length,
    paused: cafes.filter((c) => c.status === "paused").length,
    covered: open > 0,
    cafes: cafes.filter((c) => c.status !== "closed").map(({ id, name, status }) => ({ id, name, status })),
  };
}

export function coverage(
  footprints: CoverageFootprint[],
  sites: CoverageSiteRecord[],
  cafes: CoverageCafe[],
  asOf: string,
): CoverageSummary {
  const active = footprints.filter((f) => isActiveOn(f, asOf));
  const byFootprint = new Map<string, CoverageCafe[]>();
  const bySite = new Map<string, CoverageCafe[]>();
  for (const cafe of cafes) {
    if (cafe.footprintId) byFootprint.set(cafe.footprintId, [...(byFootprint.get(cafe.footprintId) ?? []), cafe]);
    if (cafe.coverageSiteId) bySite.set(cafe.coverageSiteId, [...(bySite.get(cafe.coverageSiteId) ?? []), cafe]);
  }
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
