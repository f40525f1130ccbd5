import { practiceActiveOn } from "~/modules/footprint";
import { haversineKm } from "~/modules/geo";
import { applicationsUnderWay } from "~/modules/grants/index.server";
import { hoursNotConfirmedRecently } from "~/modules/schedule";
import { weekPlan, type WeekPlan } from "~/modules/schedule";
import { partnerServicesByFootprint, type FootprintPartnerService } from "~/modules/partners/index.server";
import { londonDate } from "~/lib/london-time";
import { prisma } from "~/platform/db.server";
import type { DashboardRow } from "./dashboard";
import { coverageDashboard } from "./dashboard.server";

export type FootprintCoverage = {
  asOf: string;
  footprint: { code: string; name: string; area: string; listSize: number | null; listSizeVerified: boolean };
  row: DashboardRow;
  practices: { code: string; name: string; town: string | null }[];
  /** Cafés open or on their way, with their week */
  cafes: { slug: string; name: string; status: string; stale: boolean; offers: string[]; week: WeekPlan }[];
  /** Paused and closed cafés, with the date they became so (from the audit trail; null if not recorded) */
  inactive: { slug: string; name: string; status: string; since: string | null }[];
  applications: { reference: string; cafeName: string; status: string; expectedLaunchDate: string | null }[];
  nearest: { slug: string; name: string; km: number; footprint: string }[];
  partners: FootprintPartnerService[];
};

const NEAREST = 5;

/** One footprint's coverage page, by its code; null when there is no such footprint active on the date. */
export async function footprintCoverage(code: string, asOf: string, now: Date): Promise<FootprintCoverage | null> {
  if (typeof code !== "string" || code.length > 40) return null;
  const footprint = await prisma.footprint.findUnique({
    where: { code: code.toUpperCase() },
    include: { practices: { orderBy: { name: "asc" } } },
  });
  if (!footprint) return null;
  const dashboard = await coverageDashboard(asOf, now, { footprintId: footprint.id });
  const row = dashboard.footprints.find((r) => r.id === footprint.id);
  if (!row) return null;
  const [cafes, applications, others, partners] = await Promise.all([
    prisma.cafe.findMany({
      where: { footprintId: footprint.id },
      select: {
        id: true,
        slug: true,
        name: true,
        status: true,
        hoursVerifiedAt: true,
        offers: { select: { title: true }, orderBy: { title: "asc" } },
        sessions: { select: { dayOfWeek: true, startTime: true, endTime: true, validFrom: true, validUntil: true } },
        exceptions: { select: { kind: true, startDate: true, endDate: true, startTime: true, endTime: true, reason: true } },
      },
      orderBy: { name: "asc" },
    }),
    applicationsUnderWay(footprint.id),
    prisma.cafe.findMany({
      where: { status: "open", footprintId: { not: footprint.id } },
      select: { slug: true, name: true, lat: true, lng: true, footprint: { select: { name: true } } },
    }),
    partnerServicesByFootprint([footprint], asOf),
  ]);
  const inactive = cafes.filter((c) => c.status === "paused" || c.status === "closed");
  const changes = inactive.length
    ? await prisma.auditEvent.findMany({
        where: { entityType: "cafe", action: "cafe.status.changed", entityId: { in: inactive.map((c) => c.id) } },
        select: { entityId: true, createdAt: true },
        orderBy: { createdAt: "desc" },
      })
    : [];
  const since = new Map<string, string>();
  for (const e of changes) if (!since.has(e.entityId)) since.set(e.entityId, londonDate(e.createdAt));
  const nearest = others
    .map((c) => ({ slug: c.slug, name: c.name, km: haversineKm(footprint.centroidLat, footprint.centroidLng, c.lat, c.lng), footprint: c.footprint?.name ?? "" }))
    .sort((a, b) => a.km - b.km)
    .slice(0, NEAREST);
  return {
    asOf,
    footprint: { code: footprint.code, name: footprint.name, area: footprint.area, listSize: footprint.listSize, listSizeVerified: footprint.listSizeVerified },
    row,
    practices: footprint.practices.filter((p) => practiceActiveOn(p, asOf)).map((p) => ({ code: p.code, name: p.name, town: p.town })),
    inactive: inactive.map((c) => ({ slug: c.slug, name: c.name, status: c.status, since: since.get(c.id) ?? null })),
    cafes: cafes
      .filter((c) => c.status !== "paused" && c.status !== "closed")
      .map((c) => ({
      slug: c.slug,
      name: c.name,
      status: c.status,
      stale: c.status === "open" && hoursNotConfirmedRecently(c.hoursVerifiedAt, now),
      offers: c.offers.map((o) => o.title),
      week: weekPlan(c.status === "open" ? { sessions: c.sessions, exceptions: c.exceptions } : { sessions: [], exceptions: [] }, asOf),
    })),
    applications,
    nearest,
    partners: partners.get(footprint.id) ?? [],
  };
}
