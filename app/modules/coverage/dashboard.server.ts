import { addDays, londonDate } from "~/lib/london-time";
import { hoursNotConfirmedRecently } from "~/modules/schedule";
import { suggestFootprint } from "~/modules/footprint/index.server";
import { pipelineByArea } from "~/modules/grants/index.server";
import { partnerServicesByFootprint } from "~/modules/partners/index.server";
import type { Schedule, ScheduleExceptionRule, WeeklySessionRule } from "~/modules/schedule";
import { prisma } from "~/platform/db.server";
import { AREAS, dashboardRow, headline, NO_PIPELINE, type DashboardCafe, type DashboardPlace, type DashboardRow, type Headline } from "./dashboard";
import { coverageTimeline, openSpans, projectCoverage, type CafeSpan, type GapOutlook, type Projection, type StatusSince, type TimelinePoint } from "./timeline";
import { NO_HOURS, weekHours } from "./week-hours";

export type MapCafe = { slug: string; name: string; lat: number; lng: number; status: string };
export type MapSite = { name: string; lat: number; lng: number; status: DashboardRow["status"] };

export type CoverageDashboard = {
  asOf: string;
  footprints: DashboardRow[];
  sites: DashboardRow[];
  headline: Headline;
  timeline: TimelinePoint[];
  projection: Projection;
  map: { cafes: MapCafe[]; sites: MapSite[]; statusByCode: Record<string, DashboardRow["status"]> };
};

const CAFE_FIELDS = {
  id: true,
  status: true,
  footprintId: true,
  coverageSiteId: true,
  hoursVerifiedAt: true,
  createdAt: true,
} as const;

type SessionRow = { cafeId: string; dayOfWeek: number | bigint; startTime: string; endTime: string; validFrom: string | null; validUntil: string | null };
type ExceptionRow = { cafeId: string; kind: string; startDate: string; endDate: string; startTime: string | null; endTime: string | null; reason: string };

/**
 * Each open café's schedule for the week from `asOf` (the others offer nothing). Read with plain SQL
 * (strings and numbers only, portable): at national scale these are tens of thousands of rows, and the
 * ORM's row mapping was most of the page's time.
 */
async function schedules(asOf: string): Promise<Map<string, Schedule>> {
  const until = addDays(asOf, 7);
  const from = addDays(asOf, -1);
  const [sessions, exceptions] = await Promise.all([
    prisma.$queryRaw<SessionRow[]>`SELECT s."cafeId", s."dayOfWeek", s."startTime", s."endTime", s."validFrom", s."validUntil"
      FROM "WeeklySession" s JOIN "Cafe" c ON c."id" = s."cafeId" WHERE c."status" = 'open'`,
    prisma.$queryRaw<ExceptionRow[]>`SELECT e."cafeId", e."kind", e."startDate", e."endDate", e."startTime", e."endTime", e."reason"
      FROM "ScheduleException" e JOIN "Cafe" c ON c."id" = e."cafeId"
      WHERE c."status" = 'open' AND e."startDate" <= ${until} AND e."endDate" >= ${from}`,
  ]);
  const out = new Map<string, Schedule>();
  const of = (id: string) => {
    let s = out.get(id);
    if (!s) out.set(id, (s = { sessions: [], exceptions: [] }));
    return s;
  };
  for (const { cafeId, dayOfWeek, ...rule } of sessions) (of(cafeId).sessions as WeeklySessionRule[]).push({ ...rule, dayOfWeek: Number(dayOfWeek) });
  for (const { cafeId, ...rule } of exceptions) (of(cafeId).exceptions as ScheduleExceptionRule[]).push(rule);
  return out;
}

type PlaceTags = { languages: Set<string>; offers: Set<string> };

/**
 * Languages (of open cafés and their offers) and offer types (audiences of their offers), by footprint
 * ("f:<id>") and university ("s:<id>"): made distinct by the database, so a few rows per place.
 */
async function tagsByPlace(): Promise<Map<string, PlaceTags>> {
  const rows = await prisma.$queryRaw<{ footprintId: string | null; siteId: string | null; kind: string; label: string }[]>`
    SELECT c."footprintId" AS "footprintId", c."coverageSiteId" AS "siteId", t."kind" AS "kind", t."label" AS "label"
      FROM "CafeTag" ct JOIN "Tag" t ON t."id" = ct."tagId" JOIN "Cafe" c ON c."id" = ct."cafeId"
      WHERE c."status" = 'open' AND t."kind" = 'language' AND t."retiredAt" IS NULL
    UNION
    SELECT c."footprintId" AS "footprintId", c."coverageSiteId" AS "siteId", t."kind" AS "kind", t."label" AS "label"
      FROM "OfferTag" ot JOIN "Tag" t ON t."id" = ot."tagId" JOIN "Offer" o ON o."id" = ot."offerId" JOIN "Cafe" c ON c."id" = o."cafeId"
      WHERE c."status" = 'open' AND t."kind" IN ('language', 'audience') AND t."retiredAt" IS NULL`;
  const out = new Map<string, PlaceTags>();
  const add = (key: string, kind: string, label: string) => {
    let e = out.get(key);
    if (!e) out.set(key, (e = { languages: new Set(), offers: new Set() }));
    (kind === "language" ? e.languages : e.offers).add(label);
  };
  for (const r of rows) {
    if (r.footprintId) add(`f:${r.footprintId}`, r.kind, r.label);
    if (r.siteId) add(`s:${r.siteId}`, r.kind, r.label);
  }
  return out;
}

const sorted = (set: Set<string> | undefined) => [...(set ?? [])].sort((x, y) => x.localeCompare(y));

/** CAP bookings (not cancelled) and arrivals for sessions in the last 30 days, by café. */
async function bookingsByCafe(asOf: string): Promise<Map<string, { bookings: number; attended: number }>> {
  const groups = await prisma.booking.groupBy({
    by: ["cafeId", "status"],
    where: { sessionDate: { gte: addDays(asOf, -30), lte: asOf }, status: { not: "cancelled" } },
    _count: { _all: true },
  });
  const out = new Map<string, { bookings: number; attended: number }>();
  for (const g of groups) {
    const e = out.get(g.cafeId) ?? { bookings: 0, attended: 0 };
    e.bookings += g._count._all;
    if (g.status === "arrived") e.attended += g._count._all;
    out.set(g.cafeId, e);
  }
  return out;
}

/** Every café's status since its creation, from the audit trail (its creation date and status when none). */
async function statusHistories(cafes: { id: string; status: string; createdAt: Date }[]): Promise<Map<string, StatusSince[]>> {
  const events = await prisma.auditEvent.findMany({
    where: { entityType: "cafe", action: { in: ["cafe.created", "cafe.status.changed"] } },
    select: { entityId: true, action: true, before: true, after: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const status = (json: string | null) => {
    try {
      const value = json ? (JSON.parse(json) as { status?: unknown }).status : undefined;
      return typeof value === "string" ? value : null;
    } catch {
      return null;
    }
  };
  const byCafe = new Map<string, typeof events>();
  for (const e of events) {
    const list = byCafe.get(e.entityId);
    if (list) list.push(e);
    else byCafe.set(e.entityId, [e]);
  }
  const out = new Map<string, StatusSince[]>();
  for (const cafe of cafes) {
    const list = byCafe.get(cafe.id) ?? [];
    const created = londonDate(cafe.createdAt);
    const firstChange = list.find((e) => e.action === "cafe.status.changed");
    const initial = list.find((e) => e.action === "cafe.created");
    const history: StatusSince[] = [
      { date: created, status: status(initial?.after ?? null) ?? status(firstChange?.before ?? null) ?? cafe.status },
    ];
    for (const e of list) {
      const s = e.action === "cafe.status.changed" ? status(e.after) : null;
      if (s) history.push({ date: londonDate(e.createdAt), status: s });
    }
    out.set(cafe.id, history);
  }
  return out;
}

/**
 * The whole dashboard on a London date (`now` judges how long ago hours were checked). With `rowsOnly`
 * (a footprint's page), the rows and headline alone: no café histories, timeline, projection or map.
 */
export async function coverageDashboard(asOf: string, now: Date, { rowsOnly = false }: { rowsOnly?: boolean } = {}): Promise<CoverageDashboard> {
  const [footprints, sites, cafes, scheduleOf, tags, bookings, pipeline, launches, mapCafes] = await Promise.all([
    prisma.footprint.findMany({
      select: { id: true, code: true, name: true, area: true, listSize: true, listSizeVerified: true, openedOn: true, closedOn: true },
    }),
    prisma.coverageSite.findMany({ select: { id: true, slug: true, name: true, lat: true, lng: true }, orderBy: { name: "asc" } }),
    prisma.cafe.findMany({ select: CAFE_FIELDS }),
    schedules(asOf),
    tagsByPlace(),
    bookingsByCafe(asOf),
    pipelineByArea(),
    rowsOnly ? [] : prisma.grantApplication.findMany({ where: { launchedOn: { not: null }, cafeId: { not: null } }, select: { cafeId: true, launchedOn: true } }),
    // The map draws Leicester, Leicestershire and Rutland: the cafés there and at the universities.
    rowsOnly
      ? []
      : prisma.cafe.findMany({
          where: { status: { not: "closed" }, OR: [{ coverageSiteId: { not: null } }, { footprint: { area: { in: [...AREAS] } } }] },
          select: { slug: true, name: true, lat: true, lng: true, status: true },
        }),
  ]);
  const dashboardCafes: DashboardCafe[] = cafes.map((c) => {
    const open = c.status === "open";
    const schedule = open ? scheduleOf.get(c.id) : undefined;
    return {
      id: c.id,
      status: c.status,
      footprintId: c.footprintId,
      coverageSiteId: c.coverageSiteId,
      hours: schedule ? weekHours(schedule, asOf) : NO_HOURS,
      languages: [],
      offers: [],
      stale: open && hoursNotConfirmedRecently(c.hoursVerifiedAt, now),
      ...(bookings.get(c.id) ?? { bookings: 0, attended: 0 }),
    };
  });
  const group = (key: (c: DashboardCafe) => string | null) => {
    const m = new Map<string, DashboardCafe[]>();
    for (const c of dashboardCafes) {
      const k = key(c);
      if (!k) continue;
      const list = m.get(k);
      if (list) list.push(c);
      else m.set(k, [c]);
    }
    return m;
  };
  const byFootprint = group((c) => c.footprintId);
  const bySite = group((c) => c.coverageSiteId);
  const active = footprints.filter((f) => (!f.openedOn || f.openedOn <= asOf) && (!f.closedOn || f.closedOn >= asOf));
  const partners = await partnerServicesByFootprint(active, asOf);
  // A university is served by the partner services serving the footprint it lies in.
  const siteFootprint = new Map(await Promise.all(sites.map(async (s) => [s.id, (await suggestFootprint(s.lat, s.lng, asOf))?.id ?? null] as const)));
  const partnerCount = (footprintId: string | null | undefined) => (footprintId ? (partners.get(footprintId)?.length ?? 0) : 0);
  const footprintRows = active.map((f) => {
    const place: DashboardPlace = { kind: "footprint", id: f.id, key: f.code, name: f.name, area: f.area, listSize: f.listSize, listSizeVerified: f.listSizeVerified };
    const row = dashboardRow(place, byFootprint.get(f.id) ?? [], pipeline.footprints.get(f.id) ?? NO_PIPELINE, asOf);
    const placeTags = tags.get(`f:${f.id}`);
    return { ...row, languages: sorted(placeTags?.languages), offers: sorted(placeTags?.offers), partnerServices: partnerCount(f.id) };
  });
  const siteRows = sites.map((s) => {
    const place: DashboardPlace = { kind: "university", id: s.id, key: s.slug, name: s.name, area: null, listSize: null, listSizeVerified: true };
    const row = dashboardRow(place, bySite.get(s.id) ?? [], pipeline.sites.get(s.id) ?? NO_PIPELINE, asOf);
    const placeTags = tags.get(`s:${s.id}`);
    return { ...row, languages: sorted(placeTags?.languages), offers: sorted(placeTags?.offers), partnerServices: partnerCount(siteFootprint.get(s.id)) };
  });

  // The timeline: each café's open spans in its footprint, from its history (a grant's launch date first).
  const launchedOn = new Map(launches.map((l) => [l.cafeId!, l.launchedOn!]));
  const histories = rowsOnly ? new Map<string, StatusSince[]>() : await statusHistories(cafes.filter((c) => c.footprintId));
  const spans: CafeSpan[] = cafes.flatMap((c) => {
    if (!c.footprintId) return [];
    const history = histories.get(c.id) ?? [];
    const launch = launchedOn.get(c.id);
    return openSpans(c.footprintId, launch ? [{ date: launch, status: "open" }, ...history.filter((h) => h.date > launch)] : history);
  });
  const timeline = coverageTimeline(footprints, spans, asOf);
  // One rule for status and projection: a place "covered soon" is on the way, with or without a date.
  const gaps: GapOutlook[] = [...footprintRows, ...siteRows]
    .filter((r) => r.status !== "covered")
    .map((r) => ({ id: r.id, name: r.name, kind: r.kind, expected: r.pipeline.expectedLaunches[0] ?? null, onTheWay: r.status === "covered-soon" }));
  const covered = footprintRows.filter((r) => r.status === "covered").length;
  const projection = projectCoverage({ covered, active: footprintRows.length }, gaps, asOf);

  const siteStatus = new Map(siteRows.map((r) => [r.id, r.status]));
  return {
    asOf,
    footprints: footprintRows,
    sites: siteRows,
    headline: headline(footprintRows, siteRows, dashboardCafes),
    timeline,
    projection,
    map: {
      cafes: mapCafes,
      sites: sites.map((s) => ({ name: s.name, lat: s.lat, lng: s.lng, status: siteStatus.get(s.id) ?? "gap" })),
      statusByCode: Object.fromEntries(footprintRows.map((r) => [r.key, r.status])),
    },
  };
}
