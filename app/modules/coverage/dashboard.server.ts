import { addDays, londonDate } from "~/lib/london-time";
import { hoursNotConfirmedRecently } from "~/modules/schedule";
import { suggestFootprint } from "~/modules/footprint/index.server";
import { pipelineByArea } from "~/modules/grants/index.server";
import { partnerServicesByFootprint } from "~/modules/partners/index.server";
import type { Schedule, ScheduleExceptionRule, WeeklySessionRule } from "~/modules/schedule";
import { prisma } from "~/platform/db.server";
import { dateTime, giveWay, jsonRows } from "~/platform/json-rows.server";
import { AREAS, compareText, dashboardRow, headline, NO_PIPELINE, type DashboardCafe, type DashboardPlace, type DashboardRow, type Headline } from "./dashboard";
import { coverageTimeline, openSpans, projectCoverage, type CafeSpan, type GapOutlook, type Projection, type StatusSince, type TimelinePoint } from "./timeline";
import { addInto, NO_HOURS, weekHours, type WeekHours } from "./week-hours";

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

type FootprintRow = { id: string; code: string; name: string; area: string; listSize: number | null; listSizeVerified: boolean; openedOn: string | null; closedOn: string | null };
type CafeRow = { id: string; status: string; footprintId: string | null; coverageSiteId: string | null; hoursVerifiedAt: Date | null; createdAt: Date };

/** Every footprint (or the one), read as one value (`jsonRows`). */
async function readFootprints(footprintId?: string): Promise<FootprintRow[]> {
  const rows = await jsonRows<[string, string, string, string, number | null, boolean | number, string | null, string | null]>(
    `SELECT "id", "code", "name", "area", "listSize", "listSizeVerified", "openedOn", "closedOn" FROM "Footprint"${footprintId ? ` WHERE "id" = ?` : ""}`,
    footprintId ? [footprintId] : [],
    ["id", "code", "name", "area", "listSize", "listSizeVerified", "openedOn", "closedOn"],
  );
  return rows.map(([id, code, name, area, listSize, verified, openedOn, closedOn]) => ({ id, code, name, area, listSize, listSizeVerified: Boolean(verified), openedOn, closedOn }));
}

/** Every café (or those of the footprint), read as one value (`jsonRows`). */
async function readCafes(footprintId?: string): Promise<CafeRow[]> {
  const rows = await jsonRows<[string, string, string | null, string | null, string | null, string]>(
    `SELECT "id", "status", "footprintId", "coverageSiteId", ${dateTime(`"hoursVerifiedAt"`)} AS "hoursVerifiedAt", ${dateTime(`"createdAt"`)} AS "createdAt"
       FROM "Cafe"${footprintId ? ` WHERE "footprintId" = ?` : ""}`,
    footprintId ? [footprintId] : [],
    ["id", "status", "footprintId", "coverageSiteId", "hoursVerifiedAt", "createdAt"],
  );
  return rows.map(([id, status, cafeFootprint, coverageSiteId, verified, created]) => ({
    id,
    status,
    footprintId: cafeFootprint,
    coverageSiteId,
    hoursVerifiedAt: verified === null ? null : new Date(verified),
    createdAt: new Date(created),
  }));
}

type ExceptionRow = [cafeId: string, kind: string, startDate: string, endDate: string, startTime: string | null, endTime: string | null, reason: string];

/** Rows by a key, in their order (a row without a key is left out), each as `value` gives it. */
function groupBy<T, V = T>(rows: Iterable<T>, key: (row: T) => string | null, value: (row: T) => V = (row) => row as unknown as V): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const row of rows) {
    const k = key(row);
    if (!k) continue;
    const list = out.get(k);
    if (list) list.push(value(row));
    else out.set(k, [value(row)]);
  }
  return out;
}

/** The longest a slice of work holds the event loop before giving way, in ms. */
const SLICE_MS = 25;

/** `AND <column> = ?` with its value when the dashboard is read for one footprint. */
const onlyFootprint = (column: string, footprintId?: string) => (footprintId ? { sql: ` AND ${column} = ?`, values: [footprintId] } : { sql: "", values: [] });

/**
 * Each open café's hours in the week from `asOf` (the others offer nothing). Weekly sessions never join or
 * replace one another (only exceptions and bank holidays change a day), so a café with no exception in the
 * week offers the sum of its sessions' hours, and each distinct session (day, times, dates) is worked out
 * once for every café that has it: a few hundred nationally. A café with exceptions in the week has its
 * whole schedule worked out. The work is done in slices, giving way in between.
 */
async function hoursByCafe(asOf: string, footprintId?: string): Promise<Map<string, WeekHours>> {
  const only = onlyFootprint(`c."footprintId"`, footprintId);
  const until = addDays(asOf, 7);
  const from = addDays(asOf, -1);
  // One text per session: "<day> <start> <end> <valid from> <valid until>" (the dates may be empty).
  const sessions = await jsonRows<[cafeId: string, session: string]>(
    `SELECT s."cafeId" AS "cafeId", s."dayOfWeek" || ' ' || s."startTime" || ' ' || s."endTime" || ' ' || COALESCE(s."validFrom", '') || ' ' || COALESCE(s."validUntil", '') AS "session"
       FROM "WeeklySession" s JOIN "Cafe" c ON c."id" = s."cafeId" WHERE c."status" = 'open'${only.sql}`,
    only.values,
    ["cafeId", "session"],
  );
  const exceptions = await jsonRows<ExceptionRow>(
    `SELECT e."cafeId" AS "cafeId", e."kind" AS "kind", e."startDate" AS "startDate", e."endDate" AS "endDate", e."startTime" AS "startTime", e."endTime" AS "endTime", e."reason" AS "reason"
       FROM "ScheduleException" e JOIN "Cafe" c ON c."id" = e."cafeId"
      WHERE c."status" = 'open' AND e."startDate" <= ? AND e."endDate" >= ?${only.sql}`,
    [until, from, ...only.values],
    ["cafeId", "kind", "startDate", "endDate", "startTime", "endTime", "reason"],
  );
  const sessionsOf = groupBy(sessions, ([cafeId]) => cafeId, ([, session]) => session);
  const exceptionsOf = groupBy(exceptions, ([cafeId]) => cafeId);
  const out = new Map<string, WeekHours>();
  const bySession = new Map<string, WeekHours>();
  const bySchedule = new Map<string, WeekHours>();
  let sliceStarted = performance.now();
  const slice = async () => {
    if (performance.now() - sliceStarted > SLICE_MS) {
      await giveWay();
      sliceStarted = performance.now();
    }
  };
  for (const [cafeId, list] of sessionsOf) {
    if (exceptionsOf.has(cafeId)) continue;
    const hours = { ...NO_HOURS };
    for (const text of list) {
      let one = bySession.get(text);
      if (!one) bySession.set(text, (one = weekHours({ sessions: [sessionRule(text)], exceptions: [] }, asOf)));
      addInto(hours, one);
    }
    out.set(cafeId, hours);
    await slice();
  }
  for (const [cafeId, rows] of exceptionsOf) {
    const list = sessionsOf.get(cafeId) ?? [];
    const key = `${[...list].sort().join("|")}#${rows.map((r) => JSON.stringify(r.slice(1))).sort().join("|")}`;
    let hours = bySchedule.get(key);
    if (!hours) {
      const schedule: Schedule = {
        sessions: list.map(sessionRule),
        exceptions: rows.map(([, kind, startDate, endDate, startTime, endTime, reason]): ScheduleExceptionRule => ({ kind, startDate, endDate, startTime, endTime, reason })),
      };
      bySchedule.set(key, (hours = weekHours(schedule, asOf)));
    }
    out.set(cafeId, hours);
    await slice();
  }
  return out;
}

/** A weekly session from its text ("<day> <start> <end> <valid from> <valid until>"). */
function sessionRule(text: string): WeeklySessionRule {
  const [day, startTime, endTime, validFrom, validUntil] = text.split(" ") as [string, string, string, string, string];
  return { dayOfWeek: Number(day), startTime, endTime, validFrom: validFrom || null, validUntil: validUntil || null };
}

type PlaceTags = { languages: Set<string>; offers: Set<string> };

/**
 * Languages (of open cafés and their offers) and offer types (audiences of their offers), by footprint
 * ("f:<id>") and university ("s:<id>"): made distinct by the database (by tag id, named here), so a few rows
 * per place. `|| ''` keeps SQLite from using the status and tag indexes: nearly every café is open and most
 * tags are languages, so reading the tag tables straight through is quicker (about half the time nationally).
 */
async function tagsByPlace(footprintId?: string): Promise<Map<string, PlaceTags>> {
  const only = onlyFootprint(`c."footprintId"`, footprintId);
  const [rows, tagList] = await Promise.all([
    jsonRows<[footprintId: string | null, siteId: string | null, tagId: string]>(
      `SELECT DISTINCT c."footprintId" AS "footprintId", c."coverageSiteId" AS "siteId", ct."tagId" AS "tagId"
         FROM "Cafe" c JOIN "CafeTag" ct ON ct."cafeId" = c."id"
        WHERE c."status" || '' = 'open' AND ct."tagId" || '' IN (SELECT "id" FROM "Tag" WHERE "kind" = 'language' AND "retiredAt" IS NULL)${only.sql}
       UNION
       SELECT DISTINCT c."footprintId" AS "footprintId", c."coverageSiteId" AS "siteId", ot."tagId" AS "tagId"
         FROM "Offer" o JOIN "Cafe" c ON c."id" = o."cafeId" JOIN "OfferTag" ot ON ot."offerId" = o."id"
        WHERE c."status" || '' = 'open' AND ot."tagId" || '' IN (SELECT "id" FROM "Tag" WHERE "kind" IN ('language', 'audience') AND "retiredAt" IS NULL)${only.sql}`,
      [...only.values, ...only.values],
      ["footprintId", "siteId", "tagId"],
    ),
    prisma.tag.findMany({ where: { kind: { in: ["language", "audience"] }, retiredAt: null }, select: { id: true, kind: true, label: true } }),
  ]);
  const tags = new Map(tagList.map((t) => [t.id, t]));
  const out = new Map<string, PlaceTags>();
  const add = (key: string, kind: string, label: string) => {
    let e = out.get(key);
    if (!e) out.set(key, (e = { languages: new Set(), offers: new Set() }));
    (kind === "language" ? e.languages : e.offers).add(label);
  };
  for (const [placeFootprint, siteId, tagId] of rows) {
    const tag = tags.get(tagId);
    if (!tag) continue;
    if (placeFootprint) add(`f:${placeFootprint}`, tag.kind, tag.label);
    if (siteId) add(`s:${siteId}`, tag.kind, tag.label);
  }
  return out;
}

const sorted = (set: Set<string> | undefined) => [...(set ?? [])].sort(compareText);

/** CAP bookings (not cancelled) and arrivals for sessions in the last 30 days, by café. */
async function bookingsByCafe(asOf: string, footprintId?: string): Promise<Map<string, { bookings: number; attended: number }>> {
  const only = onlyFootprint(`c."footprintId"`, footprintId);
  const rows = await jsonRows<[cafeId: string, bookings: number, attended: number | null]>(
    `SELECT b."cafeId" AS "cafeId", COUNT(*) AS "bookings", SUM(CASE WHEN b."status" = 'arrived' THEN 1 ELSE 0 END) AS "attended"
       FROM "Booking" b JOIN "Cafe" c ON c."id" = b."cafeId"
      WHERE b."sessionDate" >= ? AND b."sessionDate" <= ? AND b."status" <> 'cancelled'${only.sql}
      GROUP BY b."cafeId"`,
    [addDays(asOf, -30), asOf, ...only.values],
    ["cafeId", "bookings", "attended"],
  );
  return new Map(rows.map(([cafeId, bookings, attended]) => [cafeId, { bookings: Number(bookings), attended: Number(attended ?? 0) }]));
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
  const byCafe = groupBy(events, (e) => e.entityId);
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
    readFootprints(footprintId),
    footprintId ? [] : prisma.coverageSite.findMany({ select: { id: true, slug: true, name: true, lat: true, lng: true }, orderBy: { name: "asc" } }),
    readCafes(footprintId),
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
    const booked = bookings.get(c.id);
    return {
      id: c.id,
      status: c.status,
      footprintId: c.footprintId,
      coverageSiteId: c.coverageSiteId,
      hours: (open ? hoursOf.get(c.id) : undefined) ?? NO_HOURS,
      languages: [],
      offers: [],
      stale: open && hoursNotConfirmedRecently(c.hoursVerifiedAt, now),
      bookings: booked?.bookings ?? 0,
      attended: booked?.attended ?? 0,
    };
  });
  const byFootprint = groupBy(dashboardCafes, (c) => c.footprintId);
  const bySite = groupBy(dashboardCafes, (c) => c.coverageSiteId);
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
    return Object.assign(row, { languages: sorted(placeTags?.languages), offers: sorted(placeTags?.offers), partnerServices: partnerCount(f.id) });
  });
  const siteRows = sites.map((s) => {
    const inArea = areaOf.get(siteFootprint.get(s.id) ?? "") ?? null;
    const place: DashboardPlace = { kind: "university", id: s.id, key: s.slug, name: s.name, area: null, listSize: null, listSizeVerified: true, inArea };
    const row = dashboardRow(place, bySite.get(s.id) ?? [], pipeline.sites.get(s.id) ?? NO_PIPELINE, asOf);
    const placeTags = tags.get(`s:${s.id}`);
    return Object.assign(row, { languages: sorted(placeTags?.languages), offers: sorted(placeTags?.offers), partnerServices: partnerCount(siteFootprint.get(s.id)) });
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
