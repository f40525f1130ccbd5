/**
 * The public read side of cafés: a café's page, its print view and text summary, the footprint (area)
 * pages, and the boundaries the map draws. Everything returned here is what the public may see, shaped for
 * loader data (lean: only what the pages show).
 *
 * Which cafés have a public page: "open", "paused" (the page says so) and "closed" (the page says so and
 * lists open cafés nearby). "planned" and "setting-up" cafés are not public yet: their pages are 404s.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Prisma } from "@prisma/client";
import QRCode from "qrcode";
import { cafeTextSummary, SUMMARY_CHANGES_DAYS } from "./text-summary";
import { hoursNotConfirmedRecently } from "./listing-freshness";
import { addDays, londonMidnight, startOfWeek } from "~/lib/london-time";
import {
  openingHoursSpecification,
  openingState,
  specialOpeningHoursSpecification,
  weekPlan,
  type Schedule,
  type WeekPlan,
} from "~/modules/schedule";
import { scheduleFromRows } from "~/modules/schedule";
import { seasonBounds, UPCOMING_CHANGES_DAYS, upcomingChanges, type UpcomingChange } from "~/modules/schedule";
import { formatDayMonth, formatTimeRange, weekdayName, weeklyHoursSummary } from "~/modules/schedule";
import { parsePolygonalGeometry, type PolygonalGeometry, type Position } from "~/modules/geo";
import { t } from "~/lib/i18n";
import { isActiveOn, practiceActiveOn } from "~/modules/footprint";
import { getFootprintBySlugOrCode, listFootprints } from "~/modules/footprint/index.server";
import {
  cafeAddress,
  getSearchIndex,
  listedCafeCounts,
  listedCafesInFootprint,
  nearestListedCafes,
  statusView,
  type CafeListing,
  type StatusView,
} from "~/modules/finder/index.server";
import { now as clockNow, todayInLondon } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { appUrl } from "~/platform/env.server";
import { dataDirectory } from "~/modules/geo/index.server";
import { publicDataVersion } from "~/platform/public-cache.server";

export const PUBLIC_STATUSES = ["open", "paused", "closed"] as const;
export type PublicCafeStatus = (typeof PUBLIC_STATUSES)[number];

function isPublicStatus(status: string): status is PublicCafeStatus {
  return (PUBLIC_STATUSES as readonly string[]).includes(status);
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

const cafeSelect = {
  id: true,
  slug: true,
  name: true,
  status: true,
  description: true,
  venueName: true,
  addressLine1: true,
  addressLine2: true,
  town: true,
  postcode: true,
  lat: true,
  lng: true,
  phone: true,
  email: true,
  website: true,
  gettingThere: true,
  whoFor: true,
  accessNotes: true,
  hoursVerifiedAt: true,
  isDemo: true,
  organisation: { select: { name: true, website: true } },
  footprint: { select: { name: true, slug: true, code: true } },
  coverageSite: { select: { name: true } },
  tags: { select: { tag: { select: { kind: true, slug: true, label: true, sortOrder: true } } } },
  offers: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      title: true,
      description: true,
      tags: { select: { tag: { select: { kind: true, slug: true, label: true, sortOrder: true } } } },
    },
  },
  sessions: {
    orderBy: [{ dayOfWeek: "asc" }, { startTime: "asc" }],
    select: { id: true, dayOfWeek: true, startTime: true, endTime: true, validFrom: true, validUntil: true, offerId: true },
  },
  exceptions: {
    orderBy: { startDate: "asc" },
    select: { id: true, kind: true, startDate: true, endDate: true, startTime: true, endTime: true, reason: true, offerId: true },
  },
} satisfies Prisma.CafeSelect;

type TagRef = { tag: { kind: string; slug: string; label: string; sortOrder: number } };

function tagsOf(refs: TagRef[], kind: string) {
  return refs
    .map((r) => r.tag)
    .filter((tag) => tag.kind === kind)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.label.localeCompare(b.label, "en-GB"));
}

async function queryPublicCafe(slug: string) {
  const cafe = await prisma.cafe.findUnique({ where: { slug }, select: cafeSelect });
  if (!cafe || !isPublicStatus(cafe.status)) return null;
  return cafe;
}
type CafeRow = NonNullable<Awaited<ReturnType<typeof queryPublicCafe>>>;

/**
 * The cafés read for public pages, kept for as long as the finder's search index is current: it is replaced
 * at once after invalidatePublicData() (every write to a café or a tag) and when its periodic check sees a
 * change made elsewhere, and this memory goes with it. A café page, print view or text summary then needs
 * no query; what depends on the time (status, weeks, staleness) is still worked out for each request.
 */
const publicRows = new WeakMap<object, Map<string, CafeRow>>();
const PUBLIC_ROWS_MAX = 5_000;

async function findPublicCafe(slug: string): Promise<CafeRow | null> {
  if (typeof slug !== "string" || !SLUG.test(slug)) return null;
  const index = await getSearchIndex();
  let rows = publicRows.get(index);
  if (!rows) publicRows.set(index, (rows = new Map()));
  const kept = rows.get(slug);
  if (kept) return kept;
  const cafe = await queryPublicCafe(slug);
  // Only cafés found are kept (unknown addresses cost a query each, and cannot fill the memory).
  if (cafe && (await getSearchIndex()) === index) {
    if (rows.size >= PUBLIC_ROWS_MAX) rows.clear();
    rows.set(slug, cafe);
  }
  return cafe;
}

function scheduleOf(cafe: CafeRow, today: string): Schedule {
  const titles = new Map(cafe.offers.map((o) => [o.id, o.title]));
  const recent = cafe.exceptions.filter((e) => e.endDate >= addDays(today, -2));
  return scheduleFromRows({ sessions: cafe.sessions, exceptions: recent }, (offerId) => titles.get(offerId));
}

export function cafeUrl(slug: string): string {
  return `${appUrl()}/cafes/${slug}`;
}

// ---------------------------------------------------------------------------------------------------------
// The café page

export type PublicOffer = {
  title: string;
  description: string;
  audiences: string[];
  languages: string[];
  /** "Wednesday 6pm–9pm" for each weekly session of the offer */
  sessions: string[];
};

export type PublicCafePage = {
  cafe: {
    slug: string;
    name: string;
    status: PublicCafeStatus;
    description: string;
    operator: { name: string; website: string | null };
    venueName: string | null;
    addressLines: string[];
    town: string;
    postcode: string;
    address: string;
    lat: number;
    lng: number;
    phone: string | null;
    email: string | null;
    website: string | null;
    gettingThere: string | null;
    whoFor: string | null;
    accessNotes: string | null;
    footprint: { name: string; slug: string; code: string } | null;
    coverageSite: string | null;
    /** ISO instant the hours were last confirmed */
    hoursVerifiedAt: string | null;
    stale: boolean;
  };
  /** Status now (open cafés only) */
  status: StatusView | null;
  today: string;
  thisWeek: WeekPlan;
  nextWeek: WeekPlan;
  /** Closures, changed hours, extra sessions, seasonal sessions starting or ending and bank holidays from today until `upcomingUntil` (open cafés) */
  upcoming: UpcomingChange[];
  /** The last date `upcoming` covers */
  upcomingUntil: string;
  offers: PublicOffer[];
  languages: string[];
  access: { slug: string; label: string }[];
  jsonLd: Record<string, unknown>;
  /** Open cafés nearby, for a closed or paused café's page */
  alternatives: CafeListing[];
};

function jsonLdFor(cafe: CafeRow, schedule: Schedule, at: Date, today: string): Record<string, unknown> {
  const url = cafeUrl(cafe.slug);
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "LocalBusiness",
    "@id": url,
    name: cafe.name,
    url,
    address: {
      "@type": "PostalAddress",
      streetAddress: [cafe.venueName, cafe.addressLine1, cafe.addressLine2].filter(Boolean).join(", "),
      addressLocality: cafe.town,
      postalCode: cafe.postcode,
      addressCountry: "GB",
    },
    geo: { "@type": "GeoCoordinates", latitude: cafe.lat, longitude: cafe.lng },
    isAccessibleForFree: true,
    parentOrganization: { "@type": "Organization", name: cafe.organisation.name },
  };
  if (cafe.description) data.description = cafe.description;
  if (cafe.phone) data.telephone = cafe.phone;
  if (cafe.status === "open") {
    data.openingHoursSpecification = openingHoursSpecification(schedule, { asOf: today });
    // The same dates as the page's "Upcoming changes": from now to the end of the horizon's last day.
    const horizonEnd = londonMidnight(addDays(today, UPCOMING_CHANGES_DAYS));
    data.specialOpeningHoursSpecification = specialOpeningHoursSpecification(schedule, at, horizonEnd);
  }
  return data;
}

/** Everything the café page shows, or null when the café does not exist or is not public. */
export async function publicCafePage(slug: string, at: Date = clockNow()): Promise<PublicCafePage | null> {
  const cafe = await findPublicCafe(slug);
  if (!cafe) return null;
  const today = todayInLondon(at);
  const schedule = scheduleOf(cafe, today);
  const weekStart = startOfWeek(today);
  const labelsOf = (refs: TagRef[], kind: string) => tagsOf(refs, kind).map((tag) => tag.label);
  const cafeLanguages = tagsOf(cafe.tags, "language");
  const languages = [
    ...cafeLanguages,
    ...cafe.offers
      .flatMap((o) => tagsOf(o.tags, "language"))
      .filter((tag, i, all) => !cafeLanguages.some((c) => c.slug === tag.slug) && all.findIndex((x) => x.slug === tag.slug) === i),
  ];

  const alternatives =
    cafe.status === "open" ? [] : await nearestListedCafes({ lat: cafe.lat, lng: cafe.lng }, { limit: 3, excludeIds: [cafe.id], at });

  return {
    cafe: {
      slug: cafe.slug,
      name: cafe.name,
      status: cafe.status as PublicCafeStatus,
      description: cafe.description,
      operator: cafe.organisation,
      venueName: cafe.venueName,
      addressLines: [cafe.venueName, cafe.addressLine1, cafe.addressLine2, cafe.town, cafe.postcode].filter((x): x is string => !!x && x.trim() !== ""),
      town: cafe.town,
      postcode: cafe.postcode,
      address: cafeAddress(cafe),
      lat: cafe.lat,
      lng: cafe.lng,
      phone: cafe.phone,
      email: cafe.email,
      website: cafe.website,
      gettingThere: cafe.gettingThere,
      whoFor: cafe.whoFor,
      accessNotes: cafe.accessNotes,
      footprint: cafe.footprint,
      coverageSite: cafe.coverageSite?.name ?? null,
      hoursVerifiedAt: cafe.hoursVerifiedAt ? cafe.hoursVerifiedAt.toISOString() : null,
      stale: hoursNotConfirmedRecently(cafe.hoursVerifiedAt, at),
    },
    status: cafe.status === "open" ? statusView(openingState(schedule, at)) : null,
    today,
    thisWeek: weekPlan(schedule, weekStart),
    nextWeek: weekPlan(schedule, addDays(weekStart, 7)),
    upcoming: cafe.status === "open" ? upcomingChanges(schedule, today, UPCOMING_CHANGES_DAYS) : [],
    upcomingUntil: addDays(today, UPCOMING_CHANGES_DAYS - 1),
    offers: cafe.offers.map((o) => ({
      title: o.title,
      description: o.description,
      audiences: labelsOf(o.tags, "audience"),
      languages: labelsOf(o.tags, "language"),
      sessions: cafe.sessions
        .filter((s) => s.offerId === o.id && (!s.validUntil || s.validUntil >= today))
        .map((s) => t("finder.cafe.offerSession", { day: weekdayName(s.dayOfWeek), range: formatTimeRange(s.startTime, s.endTime) })),
    })),
    languages: languages.map((tag) => tag.label),
    access: tagsOf(cafe.tags, "access").map((tag) => ({ slug: tag.slug, label: tag.label })),
    jsonLd: jsonLdFor(cafe, schedule, at, today),
    alternatives,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Print view and text summary

export type CafePrint = {
  slug: string;
  name: string;
  status: PublicCafeStatus;
  /** Demonstration data: the poster, card and text say it is not a real café */
  isDemo: boolean;
  operator: string;
  addressLines: string[];
  phone: string | null;
  whoFor: string | null;
  /** "Wed 5pm–9pm; Sat midday–4pm" */
  hours: string;
  /** One line per weekly session running today or starting within six months, a seasonal one with its
   * dates, since a poster stays up for months: "Wednesday 5pm–9pm (Women-only evening), until 31 March" */
  sessions: string[];
  url: string;
  qrSvg: string;
  textSummary: string;
};

export async function cafePrint(slug: string, at: Date = clockNow()): Promise<CafePrint | null> {
  const cafe = await findPublicCafe(slug);
  if (!cafe) return null;
  const today = todayInLondon(at);
  const schedule = scheduleOf(cafe, today);
  const url = cafeUrl(cafe.slug);
  const horizon = addDays(today, UPCOMING_CHANGES_DAYS);
  const printed = schedule.sessions
    .map((s) => ({ s, bounds: seasonBounds(s) }))
    .filter(({ s, bounds }) => {
      if (s.validUntil && s.validUntil < today) return false;
      if (!s.validFrom || s.validFrom <= today) return true;
      return !!bounds?.first && bounds.first < horizon;
    })
    .sort((a, b) => a.s.dayOfWeek - b.s.dayOfWeek || a.s.startTime.localeCompare(b.s.startTime));
  const notice = cafe.status === "paused" ? t("finder.summary.paused") : cafe.status === "closed" ? t("finder.summary.closed") : null;
  const qrSvg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
  return {
    slug: cafe.slug,
    name: cafe.name,
    status: cafe.status as PublicCafeStatus,
    isDemo: cafe.isDemo,
    operator: cafe.organisation.name,
    addressLines: [cafe.venueName, cafe.addressLine1, cafe.addressLine2, `${cafe.town} ${cafe.postcode}`].filter((x): x is string => !!x && x.trim() !== ""),
    phone: cafe.phone,
    whoFor: cafe.whoFor,
    hours: weeklyHoursSummary(schedule, { asOf: today }),
    sessions: printed.map(({ s, bounds }) => {
      const plain = t("finder.cafe.offerSession", { day: weekdayName(s.dayOfWeek), range: formatTimeRange(s.startTime, s.endTime) });
      const line = s.label ? t("finder.print.sessionWithLabel", { session: plain, label: s.label }) : plain;
      const from = bounds?.first && bounds.first > today ? formatDayMonth(bounds.first) : null;
      const until = bounds?.last ? formatDayMonth(bounds.last) : null;
      if (from && until) return t("finder.print.sessionFromUntil", { session: line, from, until });
      if (from) return t("finder.print.sessionFrom", { session: line, from });
      return until ? t("finder.print.sessionUntil", { session: line, until }) : line;
    }),
    url,
    qrSvg,
    textSummary: cafeTextSummary({
      name: cafe.name,
      venueName: cafe.venueName,
      addressLine1: cafe.addressLine1,
      town: cafe.town,
      postcode: cafe.postcode,
      phone: cafe.phone,
      url,
      sessions: schedule.sessions,
      asOf: today,
      changes: notice ? [] : upcomingChanges(schedule, today, SUMMARY_CHANGES_DAYS),
      notice,
      demo: cafe.isDemo,
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Areas (footprints)

export type AreaSummary = { code: string; slug: string; name: string; area: string; cafes: number };

/** The footprints active today, by area then name, with how many cafés each lists. */
export async function publicAreas(at: Date = clockNow()): Promise<{ area: string; footprints: AreaSummary[] }[]> {
  const today = todayInLondon(at);
  const [footprints, counts] = await Promise.all([listFootprints({ activeOn: today }), listedCafeCounts()]);
  const groups = new Map<string, AreaSummary[]>();
  for (const f of footprints) {
    const list = groups.get(f.area) ?? [];
    list.push({ code: f.code, slug: f.slug, name: f.name, area: f.area, cafes: counts.get(f.id) ?? 0 });
    groups.set(f.area, list);
  }
  const order = ["Leicester", "Leicestershire", "Rutland"];
  return [...groups.entries()]
    .sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b, "en-GB"))
    .map(([area, list]) => ({ area, footprints: list }));
}

export type PublicAreaPage = {
  footprint: {
    code: string;
    slug: string;
    name: string;
    area: string;
    kind: string;
    active: boolean;
    closedOn: string | null;
    openedOn: string | null;
  };
  cafes: CafeListing[];
  paused: { slug: string; name: string; address: string }[];
  practices: { code: string; name: string; town: string | null }[];
  /** When the area lists no café: the nearest listed cafés to its middle */
  nearby: CafeListing[];
};

/** A footprint's page by slug or code, or null if unknown. */
export async function publicAreaPage(slugOrCode: string, at: Date = clockNow()): Promise<PublicAreaPage | null> {
  if (typeof slugOrCode !== "string" || slugOrCode.length > 120 || !/^[A-Za-z0-9-]+$/.test(slugOrCode)) return null;
  const footprint = await getFootprintBySlugOrCode(slugOrCode);
  if (!footprint) return null;
  const today = todayInLondon(at);
  const [cafes, paused] = await Promise.all([
    listedCafesInFootprint(footprint.id, at),
    prisma.cafe.findMany({
      where: { footprintId: footprint.id, status: "paused" },
      orderBy: { name: "asc" },
      select: { slug: true, name: true, venueName: true, addressLine1: true, town: true, postcode: true },
    }),
  ]);
  const nearby = cafes.length === 0 ? await nearestListedCafes({ lat: footprint.centroidLat, lng: footprint.centroidLng }, { limit: 3, at }) : [];
  const seen = new Set<string>();
  const practices = footprint.practices
    .filter((p) => practiceActiveOn(p, today))
    .filter((p) => (seen.has(p.code) ? false : (seen.add(p.code), true)))
    .map((p) => ({ code: p.code, name: p.name, town: p.town }));
  return {
    footprint: {
      code: footprint.code,
      slug: footprint.slug,
      name: footprint.name,
      area: footprint.area,
      kind: footprint.kind,
      active: isActiveOn(footprint, today),
      closedOn: footprint.closedOn,
      openedOn: footprint.openedOn,
    },
    cafes,
    paused: paused.map((c) => ({ slug: c.slug, name: c.name, address: cafeAddress(c) })),
    practices,
    nearby,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Map boundaries

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

let boundaryCache: { version: number; date: string; data: BoundaryCollection } | undefined;
let llrOutline: PolygonalGeometry | null | undefined;

function readLlrOutline(): PolygonalGeometry | null {
  if (llrOutline !== undefined) return llrOutline;
  try {
    const geo = JSON.parse(readFileSync(path.join(dataDirectory(), "llr-boundaries.geojson"), "utf8")) as {
      features?: { properties?: { code?: string }; geometry?: unknown }[];
    };
    const geometry = parsePolygonalGeometry(geo.features?.find((f) => f.properties?.code === "LLR")?.geometry);
    llrOutline = geometry ? thin(geometry, 0.002) : null;
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
  if (outline) features.push({ type: "Feature", properties: { kind: "llr", name: t("brand.region"), approximate: false }, geometry: outline });
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
