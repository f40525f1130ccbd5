import { londonDate } from "~/lib/london-time";
import { prisma } from "~/platform/db.server";
import { getEnv } from "~/platform/env.server";
import type { AwardedGrant, PublisherSettings } from "./threesixty";

/** Awarded grants: the offer made, accepted, or launched (not those withdrawn or declined). */
export const AWARDED_STATUSES = ["awarded", "accepted", "launched"] as const;

/** The publisher's settings (GRANTS_360_PREFIX, GRANTS_FUNDER_ID). */
export function publisherSettings(): PublisherSettings {
  const env = getEnv();
  return { prefix: env.GRANTS_360_PREFIX, funderId: env.GRANTS_FUNDER_ID ?? `360G-${env.GRANTS_360_PREFIX}` };
}

/** Every awarded grant, oldest award first, as the 360Giving export reads it. */
export async function listAwardedGrants(): Promise<AwardedGrant[]> {
  const rows = await prisma.grantApplication.findMany({
    where: { status: { in: [...AWARDED_STATUSES] }, awardedPence: { not: null }, decidedAt: { not: null } },
    orderBy: [{ decidedAt: "asc" }, { reference: "asc" }],
    select: {
      reference: true,
      cafeName: true,
      requestedPence: true,
      awardedPence: true,
      decidedAt: true,
      plannedStartDate: true,
      launchedOn: true,
      updatedAt: true,
      organisation: { select: { id: true, name: true, charityNumber: true, companyNumber: true, addressLine1: true, town: true, postcode: true, website: true } },
      footprint: { select: { code: true, name: true, centroidLat: true, centroidLng: true } },
      coverageSite: { select: { slug: true, name: true, lat: true, lng: true } },
      round: { select: { slug: true, title: true } },
    },
  });
  return rows.map((r) => {
    const location = r.footprint
      ? { code: r.footprint.code, name: r.footprint.name, lat: r.footprint.centroidLat, lng: r.footprint.centroidLng }
      : r.coverageSite
        ? { code: r.coverageSite.slug, name: r.coverageSite.name, lat: r.coverageSite.lat, lng: r.coverageSite.lng }
        : null;
    return {
      reference: r.reference,
      cafeName: r.cafeName,
      requestedPence: r.requestedPence,
      awardedPence: r.awardedPence!,
      awardDate: londonDate(r.decidedAt!),
      plannedStartDate: r.plannedStartDate,
      launchedOn: r.launchedOn,
      dateModified: r.updatedAt,
      organisation: r.organisation,
      location,
      round: r.round,
    };
  });
}
