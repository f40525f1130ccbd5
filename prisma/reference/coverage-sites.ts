import type { Prisma } from "@prisma/client";
import { readCsv, requiredNumber } from "./files";
import type { LoadCounts } from "./footprints";
import { slugify } from "../../app/lib/slug";

/**
 * The coverage sites outside the PCN footprints: the three universities of places.csv
 * (University of Leicester, De Montfort University, Loughborough University).
 */
export type CoverageSiteRecord = { slug: string; name: string; kind: "university"; postcode: string | null; lat: number; lng: number };

export function coverageSiteRecords(): CoverageSiteRecord[] {
  return readCsv("places.csv")
    .filter((row) => row.kind === "university")
    .map((row) => ({
      slug: slugify(row.name ?? ""),
      name: row.name ?? "",
      kind: "university" as const,
      postcode: row.postcode?.trim() || null,
      lat: requiredNumber(row.lat, `${row.name} lat`),
      lng: requiredNumber(row.lng, `${row.name} lng`),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Upserts by slug. The name is set on creation only; the position follows the file. */
export async function loadCoverageSites(tx: Prisma.TransactionClient): Promise<LoadCounts> {
  const counts: LoadCounts = { created: 0, updated: 0, unchanged: 0 };
  for (const r of coverageSiteRecords()) {
    const existing = await tx.coverageSite.findUnique({ where: { slug: r.slug } });
    if (!existing) {
      await tx.coverageSite.create({ data: r });
      counts.created++;
      continue;
    }
    const changed = (["kind", "postcode", "lat", "lng"] as const).filter((k) => existing[k] !== r[k]);
    if (changed.length) {
      await tx.coverageSite.update({ where: { id: existing.id }, data: Object.fromEntries(changed.map((k) => [k, r[k]])) });
      counts.updated++;
    } else counts.unchanged++;
  }
  return counts;
}
