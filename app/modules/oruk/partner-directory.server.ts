/**
 * Partner services (the voluntary groups' services of the partner directory) as the API's directory holds
 * them: the partner directory's public ones (PUBLIC_SERVICE: the service not hidden, its organisation
 * verified and not hidden), of the public organisations passed in.
 */
import { areaAt } from "~/modules/geo/index.server";
import { areaFromRow } from "~/modules/partners";
import { PUBLIC_SERVICE } from "~/modules/partners/index.server";
import { todayInLondon } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import type { DirectoryArea, DirectoryOrganisation, DirectoryService } from "./directory";
import { partnerServiceType } from "./hsds";
import { tagOf, termsOf } from "./rows.server";

function loadRows(today: string) {
  return prisma.partnerService.findMany({
    where: PUBLIC_SERVICE,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      publicId: true,
      organisationId: true,
      slug: true,
      name: true,
      description: true,
      whoFor: true,
      access: true,
      accessNotes: true,
      isFree: true,
      costNote: true,
      minimumAge: true,
      maximumAge: true,
      phone: true,
      email: true,
      website: true,
      checkedAt: true,
      isDemo: true,
      updatedAt: true,
      tags: tagOf,
      locations: {
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: {
          id: true,
          publicId: true,
          name: true,
          addressLine1: true,
          addressLine2: true,
          town: true,
          postcode: true,
          lat: true,
          lng: true,
          byAppointment: true,
          sessions: { select: { id: true, dayOfWeek: true, startTime: true, endTime: true, validFrom: true, validUntil: true } },
          exceptions: {
            where: { endDate: { gte: today } },
            select: { id: true, kind: true, startDate: true, endDate: true, startTime: true, endTime: true, reason: true },
          },
        },
      },
      areas: { select: { id: true, kind: true, district: true, footprintId: true, footprint: { select: { name: true, boundaryGeoJson: true } } } },
    },
  });
}
type AreaRow = Awaited<ReturnType<typeof loadRows>>[number]["areas"][number];

/** An area served, named, with its outline when it is a footprint that has one. */
function areaOf(row: AreaRow): DirectoryArea | null {
  const served = areaFromRow(row);
  if (!served) return null;
  if (served.kind === "llr") return { key: row.id, name: "Leicester, Leicestershire and Rutland", geometry: null, served };
  if (served.kind === "district") return { key: row.id, name: served.district, geometry: null, served };
  return { key: row.id, name: row.footprint?.name ?? served.footprintId, geometry: row.footprint?.boundaryGeoJson ?? null, served };
}

/** The public partner services of the given (public) organisations. */
export async function loadPartnerServices(today: string, organisations: Map<string, DirectoryOrganisation>, siteUrl: string): Promise<DirectoryService[]> {
  const rows = await loadRows(today);
  const out: DirectoryService[] = [];
  for (const row of rows) {
    const organisation = organisations.get(row.organisationId);
    if (!organisation) continue;
    out.push({
      source: "partner",
      key: row.id,
      publicId: row.publicId,
      name: row.name,
      description: row.description.trim() || row.name,
      status: "active",
      pageUrl: `${siteUrl}/partners/${organisation.slug}`,
      website: row.website,
      email: row.email,
      phone: row.phone,
      whoFor: row.whoFor,
      accessRoute: row.access,
      accessNotes: row.accessNotes,
      fees: row.isFree ? null : row.costNote,
      free: row.isFree,
      minimumAge: row.minimumAge,
      maximumAge: row.maximumAge,
      assuredDate: row.checkedAt ? todayInLondon(row.checkedAt) : null,
      isDemo: row.isDemo,
      updatedAt: row.updatedAt,
      organisation,
      locations: row.locations.map((l) => ({
        key: l.id,
        publicId: l.publicId,
        name: l.name,
        description: null,
        lat: l.lat,
        lng: l.lng,
        address: { line1: l.addressLine1, line2: l.addressLine2, town: l.town, postcode: l.postcode, county: areaAt(l.lat, l.lng) ?? "Leicestershire" },
        accessNotes: null,
        access: [],
        sessions: l.sessions.map((s) => ({ key: s.id, dayOfWeek: s.dayOfWeek, startTime: s.startTime, endTime: s.endTime, validFrom: s.validFrom, validUntil: s.validUntil, label: null })),
        exceptions: l.exceptions.map((e) => ({ key: e.id, kind: e.kind, startDate: e.startDate, endDate: e.endDate, startTime: e.startTime, endTime: e.endTime, reason: e.reason })),
        byAppointment: l.byAppointment,
      })),
      areas: row.areas.map(areaOf).filter((a): a is DirectoryArea => a !== null),
      terms: [partnerServiceType(), ...termsOf(row.tags, "support"), ...termsOf(row.tags, "audience")],
      languages: termsOf(row.tags, "language"),
    });
  }
  return out;
}
