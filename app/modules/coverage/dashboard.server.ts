import { addDays, londonDate } from "~/lib/london-time";
import { hoursNotConfirmedRecently } from "~/modules/schedule";
import { suggestFootprint } from "~/modules/footprint/index.server";
import { pipelineByArea } from "~/modules/grants/index.server";
import { partnerServicesByFootprint } from "~/modules/partners/index.server";
import type { Schedule, ScheduleExceptionRule, WeeklySessionRule } from "~/modules/schedule";
import { Prisma } from "@prisma/client";
import { prisma } from "~/platform/db.server";
import { AREAS, compareText, dashboardRow, headline, NO_PIPELINE, type DashboardCafe, type DashboardPlace, type DashboardRow, type Headline } from "./dashboard";
import { coverageTimeline, openSpans, projectCoverage, type CafeSpan, type GapOutlook, type Projection, type StatusSince, type TimelinePoint } from "./timeline";
import { NO_HOURS, weekHours, type WeekHours } from "./week-hours";

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

/** Lets other requests in between slices of a long piece of work (no request waits long behind it). */
const giveWay = () => new Promise<void>((resolve) => setImmediate(resolve));
/** The longest a slice of work holds the event loop before giving way, in ms. */
const SLICE_MS = 25;

/**
 * Each open café's hours in the week from `asOf` (the others offer nothing). Read with plain SQL
 * (strings and numbers only, portable): at national scale these are tens of thousands of rows, and the
 * ORM's row mapping was most of the page's time. Cafés with the same sessions and exceptions have the same
 * week, so each distinct schedule is worked out once; the work is done in slices, giving way in between.
 */
async function hoursByCafe(asOf: string, footprintId?: string): Promise<Map<string, WeekHours>> {
  const only = footprintId ? Prisma.sql` AND c."footprintId" = ${footprintId}` : Prisma.empty;
  const until = addDays(asOf, 7);
  const from = addDays(asOf, -1);
  const sessions = await prisma.$queryRaw<SessionRow[]>`SELECT s."cafeId", s."dayOfWeek", s."startTime", s."endTime", s."validFrom", s."validUntil"
      FROM "WeeklySession" s JOIN "Cafe" c ON c."id" = s."cafeId" WHERE c."status" = 'open'${only}`;
  await giveWay();
  const [exceptions] = await Promise.all([
    prisma.$queryRaw<ExceptionRow[]>`SELECT e."cafeId", e."kind", e."startDate", e."endDate", e."startTime", e."endTime", e."reason"
      FROM "ScheduleException" e JOIN "Cafe" c ON c."id" = e."cafeId"
      WHERE c."status" = 'open' AND e."startDate" <= ${until} AND e."endDate" >= ${from}${only}`,
  ]);
  await giveWay();
  const group = <T extends { cafeId: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) {
      const list = m.get(r.cafeId);
      if (list) list.push(r);
      else m.set(r.cafeId, [r]);
    }
    return m;
  };
  const sessionsOf = group(sessions);
  const exceptionsOf = group(exceptions);
  const out = new Map<string, WeekHours>();
  const known = new Map<string, WeekHours>();
  let sliceStarted = performance.now();
  for (const cafeId of new Set([...sessionsOf.keys(), ...exceptionsOf.keys()])) {
    const s = sessionsOf.get(cafeId) ?? [];
    const e = exceptionsOf.get(cafeId) ?? [];
    const key = scheduleKey(s, e);
    let hours = known.get(key);
    if (!hours) {
      const schedule: Schedule = {
        sessions: s.map((r): WeeklySessionRule => ({ dayOfWeek: Number(r.dayOfWeek), startTime: r.startTime, endTime: r.endTime, validFrom: r.validFrom, validUntil: r.validUntil })),
        exceptions: e.map((r): ScheduleExceptionRule => ({ kind: r.kind, startDate: r.startDate, endDate: r.endDate, startTime: r.startTime, endTime: r.endTime, reason: r.reason })),
      };
      known.set(key, (hours = weekHours(schedule, asOf)));
    }
    out.set(cafeId, hours);
    if (performance.now() - sliceStarted > SLICE_MS) {
      await giveWay();
      sliceStarted = performance.now();
    }
  }
  return out;
}

/** The same text for two cafés with the same rules (in any order): their week is the same. */
function scheduleKey(sessions: SessionRow[], exceptions: ExceptionRow[]): string {
  const s = sessions.map((r) => `${r.dayOfWeek} ${r.startTime} ${r.endTime} ${r.validFrom ?? ""} ${r.validUntil ?? ""}`);
  if (s.length > 1) s.sort();
  if (exceptions.length === 0) return s.join("|");
  const e = exceptions.map((r) => JSON.stringify([r.kind, r.startDate, r.endDate, r.startTime, r.endTime, r.reason])).sort();
  return `${s.join("|")}#${e.join("|")}`;
}

type PlaceTags = { languages: Set<string>; offers: Set<string> };

/**
 * Languages (of open cafés and their offers) and offer types (audiences of their offers), by footprint
 * ("f:<id>") and university ("s:<id>"): made distinct by the database (by tag id, named here), so a few rows
 * per place.
 */
async function tagsByPlace(footprintId?: string): Promise<Map<string, PlaceTags>> {
  const only = footprintId ? Prisma.sql` AND c."footprintId" = ${footprintId}` : Prisma.empty;
  const [rows, tagList] = await Promise.all([
    prisma.$queryRaw<{ footprintId: string | null; siteId: string | null; tagId: string }[]>`
      SELECT DISTINCT c."footprintId" AS "footprintId", c."coverageSiteId" AS "siteId", ct."tagId" AS "tagId"
        FROM "Cafe" c JOIN "CafeTag" ct ON ct."cafeId" = c."id"
        WHERE c."status" = 'open' AND ct."tagId" IN (SELECT "id" FROM "Tag" WHERE "kind" = 'language' AND "retiredAt" IS NULL)${only}
      UNION
      SELECT DISTINCT c."footprintId" AS "footprintId", c."coverageSiteId" AS "siteId", ot."tagId" AS "tagId"
        FROM "Offer" o JOIN "Cafe" c ON c."id" = o."cafeId" JOIN "OfferTag" ot ON ot."offerId" = o."id"
        WHERE c."status" = 'open' AND ot."tagId" IN (SELECT "id" FROM "Tag" WHERE "kind" IN ('language', 'audience') AND "retiredAt" IS NULL)${only}`,
    prisma.tag.findMany({ where: { kind: { in: ["language", "audience"] }, retiredAt: null }, select: { id: true, kind: true, label: true } }),
  ]);
  const tags = new Map(tagList.map((t) => [t.id, t]));
  const out = new Map<string, PlaceTags>();
  const add = (key: string, kind: string, label: string) => {
    let e = out.get(key);
    if (!e) out.set(key, (e = { languages: new Set(), offers: new Set() }));
    (kind === "language" ? e.languages : e.offers).add(label);
  };
  for (const r of rows) {
    const tag = tags.get(r.tagId);
    if (!tag) continue;
    if (r.footprintId) add(`f:${r.footprintId}`, tag.kind, tag.label);
    if (r.siteId) add(`s:${r.siteId}`, tag.kind, tag.label);
  }
  return out;
}

const sorted = (set: Set<string> | undefined) => [...(set ?? [])].sort(compareText);

/** CAP bookings (not cancelled) and arrivals for sessions in the last 30 days, by café. */
async function bookingsByCafe(asOf: string, footprintId?: string): Promise<Map<string, { bookings: number; attended: number }>> {
  const only = footprintId ? Prisma.sql` AND "cafeId" IN (SELECT "id" FROM "Cafe" WHERE "footprintId" = ${footprintId})` : Prisma.empty;
  const rows = await prisma.$queryRaw<{ cafeId: string; bookings: number | bigint; attended: number | bigint | null }[]>`
    SELECT "cafeId", COUNT(*) AS "bookings", SUM(CASE WHEN "status" = 'arrived' THEN 1 ELSE 0 END) AS "attended"
      FROM "Booking" WHERE "sessionDate" >= ${addDays(asOf, -30)} AND "sessionDate" <= ${asOf} AND "status" <> 'cancelled'${only}
      GROUP BY "cafeId"`;
  return new Map(rows.map((r) => [r.cafeId, { bookings: Number(r.bookings), attended: Number(r.attended ?? 0) }]));
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
 * (the CSV), the rows and headline alone: no café histories, timeline, projection or map. With
 * `footprintId` (a footprint's page), that footprint's row alone, read for it only.
 */
export async function coverageDashboard(
  asOf: string,
  now: Date,
  { rowsOnly = false, footprintId }: { rowsOnly?: boolean; footprintId?: string } = {},
): Promise<CoverageDashboard> {
  rowsOnly ||= footprintId !== undefined;
  // The larger reads one after another, giving way in between: on SQLite a read holds the process while it
  // runs, so taken together they would hold every other request for the sum of them.
  const tags = await tagsByPlace(footprintId);
  await giveWay();
  const bookings = await bookingsByCafe(asOf, footprintId);
  await giveWay();
  const hoursOf = await hoursByCafe(asOf, footprintId);
  await giveWay();
  const [footprints, sites, cafes, pipeline, launches, mapCafes] = await Promise.all([
    prisma.footprint.findMany({
      where: footprintId ? { id: footprintId } : {},
      select: { id: true, code: true, name: true, area: true, listSize: true, listSizeVerified: true, openedOn: true, closedOn: true },
    }),
    footprintId ? [] : prisma.coverageSite.findMany({ select: { id: true, slug: true, name: true, lat: true, lng: true }, orderBy: { name: "asc" } }),
    prisma.cafe.findMany({ where: footprintId ? { footprintId } : {}, select: CAFE_FIELDS }),
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
  await giveWay();
  const dashboardCafes: DashboardCafe[] = cafes.map((c) => {
    const open = c.status === "open";
    return {
      id: c.id,
      status: c.status,
      footprintId: c.footprintId,
      coverageSiteId: c.coverageSiteId,
      hours: (open ? hoursOf.get(c.id) : undefined) ?? NO_HOURS,
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
  const areaOf = new Map(footprints.map((f) => [f.id, f.area]));
  const partnerCount = (footprintId: string | null | undefined) => (footprintId ? (partners.get(footprintId)?.length ?? 0) : 0);
  const footprintRows = active.map((f) => {
    const place: DashboardPlace = { kind: "footprint", id: f.id, key: f.code, name: f.name, area: f.area, listSize: f.listSize, listSizeVerified: f.listSizeVerified };
    const row = dashboardRow(place, byFootprint.get(f.id) ?? [], pipeline.footprints.get(f.id) ?? NO_PIPELINE, asOf);
    const placeTags = tags.get(`f:${f.id}`);
    return { ...row, languages: sorted(placeTags?.languages), offers: sorted(placeTags?.offers), partnerServices: partnerCount(f.id) };
  });
  const siteRows = sites.map((s) => {
    const inArea = areaOf.get(siteFootprint.get(s.id) ?? "") ?? null;
    const place: DashboardPlace = { kind: "university", id: s.id, key: s.slug, name: s.name, area: null, listSize: null, listSizeVerified: true, inArea };
    const row = dashboardRow(place, bySite.get(s.id) ?? [], pipeline.sites.get(s.id) ?? NO_PIPELINE, asOf);
    const placeTags = tags.get(`s:${s.id}`);
    return { ...row, languages: sorted(placeTags?.languages), offers: sorted(placeTags?.offers), partnerServices: partnerCount(siteFootprint.get(s.id)) };
  });

  await giveWay();
  // The timeline: each café's open spans in its footprint, from its history (a grant's launch date first).
  const launchedOn = new Map(launches.map((l) => [l.cafeId!, l.launchedOn!]));
  const histories = rowsOnly ? new Map<string, StatusSince[]>() : await statusHistories(cafes.filter((c) => c.footprintId));
  const spans: CafeSpan[] = cafes.flatMap((c) => {
    if (!c.footprintId) return [];
    const history = histories.get(c.id) ?? [];
    const launch = launchedOn.get(c.id);
    return openSpans(c.footprintId, launch ? [{ date: launch, status: "open" }, ...history.filter((h) => h.date > launch)] : history);
  });
  const timeline = rowsOnly ? [] : coverageTimeline(footprints, spans, asOf);
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
