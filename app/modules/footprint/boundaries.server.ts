/**
 * The boundaries the map draws (./map-boundaries.ts): the Leicester, Leicestershire and Rutland outline
 * from the open data, and the approximate boundaries of the footprints active today.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { isActiveOn } from "./active-on";
import { thinGeometry, type BoundaryCollection } from "./map-boundaries";
import { parsePolygonalGeometry, type PolygonalGeometry } from "~/modules/geo";
import { dataDirectory } from "~/modules/geo/index.server";
import { now as clockNow, todayInLondon } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { publicDataVersion } from "~/platform/public-cache.server";

type Outline = { name: string; geometry: PolygonalGeometry };

let boundaryCache: { version: number; date: string; data: BoundaryCollection } | undefined;
let llrOutline: Outline | null | undefined;

/** The LLR outline from the open data (named as the data names it), thinned; null if it cannot be read. */
function readLlrOutline(): Outline | null {
  if (llrOutline !== undefined) return llrOutline;
  try {
    const geo = JSON.parse(readFileSync(path.join(dataDirectory(), "llr-boundaries.geojson"), "utf8")) as {
      features?: { properties?: { code?: string; name?: string }; geometry?: unknown }[];
    };
    const feature = geo.features?.find((f) => f.properties?.code === "LLR");
    const geometry = parsePolygonalGeometry(feature?.geometry);
    llrOutline = geometry ? { name: feature?.properties?.name ?? "LLR", geometry: thinGeometry(geometry, 0.002) } : null;
  } catch (error) {
    console.error("[map] could not read the LLR outline", error);
    llrOutline = null;
  }
  return llrOutline;
}

/** The LLR outline and the approximate boundaries of the footprints active today, for the map. */
export async function mapBoundaries(at: Date = clockNow()): Promise<BoundaryCollection> {
  const date = todayInLondon(at);
  const version = publicDataVersion();
  if (boundaryCache && boundaryCache.version === version && boundaryCache.date === date) return boundaryCache.data;
  const rows = await prisma.footprint.findMany({
    where: { boundaryGeoJson: { not: null } },
    select: { code: true, slug: true, name: true, openedOn: true, closedOn: true, boundaryGeoJson: true, boundaryApproximate: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const features: BoundaryCollection["features"] = [];
  const outline = readLlrOutline();
  if (outline) features.push({ type: "Feature", properties: { kind: "llr", name: outline.name, approximate: false }, geometry: outline.geometry });
  for (const row of rows) {
    if (!isActiveOn(row, date)) continue;
    const geometry = parsePolygonalGeometry(row.boundaryGeoJson);
    if (!geometry) continue;
    features.push({
      type: "Feature",
      properties: { kind: "footprint", name: row.name, slug: row.slug, code: row.code, approximate: row.boundaryApproximate },
      geometry: thinGeometry(geometry, 0.0015),
    });
  }
  const data: BoundaryCollection = { type: "FeatureCollection", features };
  boundaryCache = { version, date, data };
  return data;
}
