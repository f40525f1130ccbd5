/**
 * The boundaries the map draws: the Leicester, Leicestershire and Rutland outline and the approximate
 * boundaries of the footprints active today, thinned for the browser (about 10 m precision).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { isActiveOn } from "./active-on";
import { parsePolygonalGeometry, type PolygonalGeometry, type Position } from "~/modules/geo";
import { dataDirectory } from "~/modules/geo/index.server";
import { now as clockNow, todayInLondon } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { publicDataVersion } from "~/platform/public-cache.server";

export type BoundaryCollection = {
  type: "FeatureCollection";
  features: {
    type: "Feature";
    properties: { kind: "llr" | "footprint"; name: string; slug?: string; code?: string; approximate: boolean };
    geometry: PolygonalGeometry;
  }[];
};

/** Rounds to 4 decimals (about 10 m) and drops points closer than `minStep` degrees to the last kept one. */
function thinRing(ring: readonly Position[], minStep: number): number[][] {
  const out: number[][] = [];
  for (const p of ring) {
    const x = Math.round(p[0]! * 1e4) / 1e4;
    const y = Math.round(p[1]! * 1e4) / 1e4;
    const last = out[out.length - 1];
    if (last && Math.abs(last[0]! - x) < minStep && Math.abs(last[1]! - y) < minStep) continue;
    out.push([x, y]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0]!, first[1]!]);
  return out.length >= 4 ? out : ring.map((p) => [p[0]!, p[1]!]);
}

function thin(geometry: PolygonalGeometry, minStep: number): PolygonalGeometry {
  if (geometry.type === "Polygon") return { type: "Polygon", coordinates: geometry.coordinates.map((r) => thinRing(r, minStep)) };
  return { type: "MultiPolygon", coordinates: geometry.coordinates.map((poly) => poly.map((r) => thinRing(r, minStep))) };
}

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
    llrOutline = geometry ? { name: feature?.properties?.name ?? "LLR", geometry: thin(geometry, 0.002) } : null;
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
    orderBy: { name: "asc" },
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
      geometry: thin(geometry, 0.0015),
    });
  }
  const data: BoundaryCollection = { type: "FeatureCollection", features };
  boundaryCache = { version, date, data };
  return data;
}
