/**
 * The public area pages: the footprints (PCNs and local areas) with how many cafés each lists, and one
 * footprint's page with its listed cafés and their status now, its paused cafés, its GP practices, and the
 * nearest cafés when it lists none.
 */
import type { CafeListing } from "~/modules/cafe";
import { listedCafeCounts, listedCafesInFootprint, nearestListedCafes, pausedCafesInFootprint } from "~/modules/cafe/index.server";
import { isActiveOn, practiceActiveOn } from "~/modules/footprint";
import { getFootprintBySlugOrCode, listFootprints } from "~/modules/footprint/index.server";
import { now as clockNow, todayInLondon } from "~/platform/clock.server";

export type AreaSummary = { code: string; slug: string; name: string; area: string; cafes: number };

const AREA_ORDER = ["Leicester", "Leicestershire", "Rutland"];

/** The footprints active today, by area then name, with how many cafés each lists. */
export async function publicAreas(at: Date = clockNow()): Promise<{ area: string; footprints: AreaSummary[] }[]> {
  const today = todayInLondon(at);
  const [footprints, counts] = await Promise.all([listFootprints({ activeOn: today }), listedCafeCounts()]);
  const groups = new Map<string, AreaSummary[]>();
  for (const f of footprints) {
    const list = groups.get(f.area) ?? [];
    list.push({ code: f.code, slug: f.slug, name: f.name, area: f.area, cafes: counts.get(f.id) ?? 0 });
    groups.set(f.area, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (AREA_ORDER.indexOf(a) + 1 || 99) - (AREA_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b, "en-GB"))
    .map(([area, list]) => ({ area, footprints: list }));
}

export type PublicAreaPage = {
  footprint: {
    code: string;
    slug: string;
    name: string;
    area: string;
    kind: string;
    active: boolean;
    closedOn: string | null;
    openedOn: string | null;
  };
  cafes: CafeListing[];
  paused: { slug: string; name: string; address: string }[];
  practices: { code: string; name: string; town: string | null }[];
  /** When the area lists no café: the nearest listed cafés to its middle */
  nearby: CafeListing[];
};

/** A footprint's page by slug or code, or null if unknown. */
export async function publicAreaPage(slugOrCode: string, at: Date = clockNow()): Promise<PublicAreaPage | null> {
  if (typeof slugOrCode !== "string" || slugOrCode.length > 120 || !/^[A-Za-z0-9-]+$/.test(slugOrCode)) return null;
  const footprint = await getFootprintBySlugOrCode(slugOrCode);
  if (!footprint) return null;
  const today = todayInLondon(at);
  const [cafes, paused] = await Promise.all([listedCafesInFootprint(footprint.id, at), pausedCafesInFootprint(footprint.id)]);
  const nearby = cafes.length === 0 ? await nearestListedCafes({ lat: footprint.centroidLat, lng: footprint.centroidLng }, { limit: 3, at }) : [];
  const seen = new Set<string>();
  const practices = footprint.practices
    .filter((p) => practiceActiveOn(p, today))
    .filter((p) => (seen.has(p.code) ? false : (seen.add(p.code), true)))
    .map((p) => ({ code: p.code, name: p.name, town: p.town }));
  return {
    footprint: {
      code: footprint.code,
      slug: footprint.slug,
      name: footprint.name,
      area: footprint.area,
      kind: footprint.kind,
      active: isActiveOn(footprint, today),
      closedOn: footprint.closedOn,
      openedOn: footprint.openedOn,
    },
    cafes,
    paused,
    practices,
    nearby,
  };
}
