import { coverage, type CoverageCafe, type CoverageFootprint, type CoverageSite, type CoverageSummary } from "./coverage";
import { prisma } from "~/platform/db.server";

const FOOTPRINT_FIELDS = { id: true, code: true, name: true, area: true, openedOn: true, closedOn: true } satisfies Record<keyof CoverageFootprint, true>;
const SITE_FIELDS = { id: true, name: true } satisfies Record<keyof CoverageSite, true>;
const CAFE_FIELDS = { id: true, name: true, status: true, footprintId: true, coverageSiteId: true } satisfies Record<keyof CoverageCafe, true>;

/** Coverage of footprints and universities on a date, from the live café records. */
export async function coverageOn(asOf: string): Promise<CoverageSummary> {
  const [footprints, sites, cafes] = await Promise.all([
    prisma.footprint.findMany({ select: FOOTPRINT_FIELDS }),
    prisma.coverageSite.findMany({ select: SITE_FIELDS, orderBy: [{ name: "asc" }, { id: "asc" }] }),
    prisma.cafe.findMany({ select: CAFE_FIELDS }),
  ]);
  return coverage(footprints, sites, cafes, asOf);
}
