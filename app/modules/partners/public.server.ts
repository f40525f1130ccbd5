/**
 * Partner services, read side for the public pages: the search at /partners, an organisation's profile at
 * /partners/<slug>, "Other support nearby" on café pages, and the print and text views of a service.
 * Only public records: the organisation is verified and neither it nor the service is hidden.
 */
import type { Prisma } from "@prisma/client";
import { areaFromRow, type PlaceAreas } from "./areas";
import { notConfirmedRecently } from "./service-rules";
import type {
  PartnerProfile,
  PartnerResult,
  PublicLocation,
  PublicService,
  TagLabel,
} from "./types";
import {
  rankServices,
  type PartnerFilters,
  type PlacedService,
} from "./search";
import { suggestFootprint } from "~/modules/footprint/index.server";
import {
  openingState,
  scheduleFromRows,
  type OpeningState,
} from "~/modules/schedule";
import { now as clockNow, todayInLondon } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { publicDataVersion } from "~/platform/public-cache.server";

/** Services that may be shown to the public. */
export const PUBLIC_SERVICE: Prisma.PartnerServiceWhereInput = {
  hiddenAt: null,
  organisation: { verifiedAt: { not: null }, hiddenAt: null },
};

export const SERVICE_INCLUDE = {
  organisation: { select: { slug: true, name: true, isDemo: true } },
  tags: {
    include: {
      tag: { select: { slug: true, label: true, kind: true, sortOrder: true } },
    },
  },
  locations: {
    orderBy: { sortOrder: "asc" },
    include: { sessions: true, exceptions: true },
  },
  areas: { include: { footprint: { select: { name: true } } } },
} as const satisfies Prisma.PartnerServiceInclude;

type ServiceRow = Prisma.PartnerServiceGetPayload<{
  include: typeof SERVICE_INCLUDE;
}>;

function tagsOf(row: ServiceRow, kind: string): TagLabel[] {
  return row.tags
    .filter((t) => t.tag.kind === kind)
    .sort(
      (a, b) =>
        a.tag.sortOrder - b.tag.sortOrder ||
        a.tag.label.localeCompare(b.tag.label)
    )
    .map((t) => ({ slug: t.tag.slug, label: t.tag.label }));
}

/** A stored service as the public pages show it at `at`. */
export function publicService(row: ServiceRow, at: Date = clockNow()): PublicService {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    whoFor: row.whoFor,
    access: row.access,
    accessNotes: row.accessNotes,
    isFree: row.isFree,
    costNote: row.costNote,
    minimumAge: row.minimumAge,
    maximumAge: row.maximumAge,
    phone: row.phone,
    email: row.email,
    website: row.website,
    checkedAt: row.checkedAt,
    notConfirmedRecently: notConfirmedRecently(row.checkedAt, at),
    isDemo: row.isDemo || row.organisation.isDemo,
    organisation: { slug: row.organisation.slug, name: row.organisation.name },
    support: tagsOf(row, "support"),
    audiences: tagsOf(row, "audience"),
    languages: tagsOf(row, "language"),
    locations: row.locations.map((l) => ({
      id: l.id,
      name: l.name,
      address: [l.addressLine1, l.addressLine2 ?? "", l.town].filter(Boolean),
      postcode: l.postcode,
      lat: l.lat,
      lng: l.lng,
      byAppointment: l.byAppointment,
      schedule: scheduleFromRows({
        sessions: l.sessions,
        exceptions: l.exceptions,
      }),
    })),
    areas: row.areas.flatMap((a) => {
      const area = areaFromRow(a);
      if (!area) return [];
      const label =
        area.kind === "footprint"
          ? a.footprint?.name ?? ""
          : area.kind === "district"
          ? area.district
          : "LLR";
      return [{ ...area, label }];
    }),
  };
}

/** The public services (every one, or those `where` picks). */
export async function publicServices(
  where?: Prisma.PartnerServiceWhereInput
): Promise<PublicService[]> {
  const rows = where
    ? await readServiceRows(where)
    : await everyPublicServiceRow();
  const at = clockNow();
  return rows.map((row) => publicService(row, at));
}

function readServiceRows(where: Prisma.PartnerServiceWhereInput) {
  return prisma.partnerService.findMany({
    where: { AND: [PUBLIC_SERVICE, where] },
    include: SERVICE_INCLUDE,
    orderBy: { name: "asc" },
  });
}

/** How long every public service's rows are kept at most (changes that no write here announced). */
const KEEP_MS = 30_000;
let kept:
  | { version: number; until: number; rows: ReturnType<typeof readServiceRows> }
  | undefined;

/**
 * Every public service's rows, as read once (café pages show the nearest few, and a page's worth of
 * nested reads on each was most of a café page's time): read again after any change to the public data
 * (`invalidatePublicData`, here or on another instance), and at least every 30 seconds.
 */
function everyPublicServiceRow(): ReturnType<typeof readServiceRows> {
  const version = publicDataVersion();
  const at = Date.now();
  if (!kept || kept.version !== version || at > kept.until) {
    const rows = readServiceRows({});
    kept = { version, until: at + KEEP_MS, rows };
    // A failed read is not kept.
    rows.catch(() => {
      if (kept?.rows === rows) kept = undefined;
    });
  }
  return kept.rows;
}

const searchable = (s: PublicService) => ({
  ...s,
  support: s.support.map((t) => t.slug),
  audiences: s.audiences.map((t) => t.slug),
  languages: s.languages.map((t) => t.slug),
  full: s,
});

/** A location's opening state now; null for a location seen by appointment or without weekly hours. */
export function locationState(
  location: PublicLocation | undefined,
  at: Date
): OpeningState | null {
  if (!location || location.byAppointment) return null;
  if (
    location.schedule.sessions.length === 0 &&
    location.schedule.exceptions.length === 0
  )
    return null;
  return openingState(location.schedule, at);
}

/** Where a point is, for area matching: its district (the caller's geocoding) and footprint (PCN). */
export async function placeAreas(
  lat: number,
  lng: number,
  district: PlaceAreas["district"],
  inLLR: boolean,
  footprintId?: string | null
): Promise<PlaceAreas> {
  if (!inLLR) return { inLLR, district: null, footprintId: null };
  const id =
    footprintId !== undefined
      ? footprintId
      : (await suggestFootprint(lat, lng, todayInLondon()))?.id ?? null;
  return { inLLR, district, footprintId: id };
}

/** The public services matching the filters, nearest first from a place (see ./search.ts). */
export async function searchPartners(
  filters: PartnerFilters,
  where: { origin: { lat: number; lng: number }; place: PlaceAreas } | null,
  at: Date = clockNow()
): Promise<PartnerResult[]> {
  const services = (await publicServices()).map(searchable);
  const ranked: PlacedService<ReturnType<typeof searchable>>[] = rankServices(
    services,
    filters,
    where
  );
  return ranked.map((p) => {
    const location = p.locationId
      ? p.service.full.locations.find((l) => l.id === p.locationId) ?? null
      : null;
    return {
      service: p.service.full,
      miles: p.miles,
      coversArea: p.coversArea,
      location,
      state: locationState(location ?? undefined, at),
    };
  });
}

/** An organisation's public profile, or null when it is unknown, not verified or hidden. */
export async function partnerProfile(
  slug: string
): Promise<PartnerProfile | null> {
  const org = await prisma.organisation.findFirst({
    where: { slug, verifiedAt: { not: null }, hiddenAt: null },
    include: {
      cafes: {
        where: { status: { in: ["open", "paused"] } },
        select: { slug: true, name: true, town: true },
        orderBy: { name: "asc" },
      },
    },
  });
  if (!org) return null;
  const services = await publicServices({ organisationId: org.id });
  return {
    slug: org.slug,
    name: org.name,
    description: org.description,
    website: org.website,
    email: org.email,
    phone: org.phone,
    town: org.town,
    communities: org.communities,
    checkedAt: org.checkedAt,
    notConfirmedRecently: notConfirmedRecently(org.checkedAt, clockNow()),
    isDemo: org.isDemo,
    services,
    cafes: org.cafes,
  };
}

/** One public service by its slug (print and text views), or null. */
export async function publicServiceBySlug(
  slug: string
): Promise<PublicService | null> {
  const row = await prisma.partnerService.findFirst({
    where: { AND: [PUBLIC_SERVICE, { slug }] },
    include: SERVICE_INCLUDE,
  });
  return row ? publicService(row) : null;
}
