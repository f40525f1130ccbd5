import { coverage, type CoverageSummary } from "./coverage";
import { prisma } from "~/platform/db.server";

/** Coverage of footprints and universities on a date, from the live café records. */
export async function coverageOn(asOf: string): Promise<CoverageSummary> {
  const [footprints, sites, cafes] = await Promise.all([
    prisma.footprint.findMany({
      select: { id: true, code: true, slug: true, name: true, area: true, openedOn: true, closedOn: true, listSize: true, listSizeVerified: true },
    }),
    prisma.coverageSite.findMany({ select: { id: true, name: true, slug: true }, orderBy: { name: "asc" } }),
    prisma.cafe.findMany({ select: { id: true, name: true, status: true, footprintId: true, coverageSiteId: true } }),
  ]);
  return coverage(footprints, sites, cafes, asOf);
}
