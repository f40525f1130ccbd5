/**
 * The directory the Open Referral UK API serves, loaded from the database and kept in memory for the
 * clock's minute (and until the public data changes: invalidatePublicData()), so a burst of API calls
 * reads the database once.
 *
 * What is in it is what the public pages show:
 * - cafés that are "open" (active) or "paused" (temporarily closed) — planned, setting-up and closed cafés
 *   are not — run by an organisation that a grant officer or admin has verified (Organisation.verifiedAt);
 * - those verified organisations; one hidden in the partner directory only as the operator of its public
 *   cafés, with its name and website (as the café page shows it), and without its partner services.
 * Demo records stay in (the demo site's API shows the demo) and are marked (see ./hsds.ts).
 */
import { areaAt } from "~/modules/geo/index.server";
import { now, todayInLondon } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { appUrl } from "~/platform/env.server";
import { clockMinute, publicDataVersion } from "~/platform/public-cache.server";
import type { Directory, DirectoryOrganisation, DirectoryService, DirectoryTerm } from "./directory";
import { cafeServiceType, TAXONOMIES } from "./hsds";
import { loadPartnerServices } from "./partner-directory.server";
import { CAFE_OPERATOR, tagOf, termsOf, type TagRow } from "./rows.server";

function loadRows(today: string) {
  return Promise.all([
    prisma.organisation.findMany({
      where: CAFE_OPERATOR,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: {
        id: true,
        publicId: true,
        slug: true,
        description: true,
        name: true,
        communities: true,
        email: true,
        website: true,
        phone: true,
        charityNumber: true,
        companyNumber: true,
        isDemo: true,
        updatedAt: true,
        hiddenAt: true,
      },
    }),
    prisma.cafe.findMany({
      where: { status: { in: ["open", "paused"] }, organisation: CAFE_OPERATOR },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: {
        id: true,
        publicId: true,
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
        updatedAt: true,
        organisationId: true,
        footprint: { select: { area: true } },
        tags: tagOf,
        offers: { select: { id: true, title: true, tags: tagOf } },
        sessions: { select: { id: true, dayOfWeek: true, startTime: true, endTime: true, validFrom: true, validUntil: true, offerId: true } },
        exceptions: {
          where: { endDate: { gte: today } },
          select: { id: true, kind: true, startDate: true, endDate: true, startTime: true, endTime: true, reason: true },
        },
      },
    }),
    prisma.tag.findMany({ where: { retiredAt: null }, orderBy: [{ sortOrder: "asc" }, { label: "asc" }], select: { publicId: true, kind: true, slug: true, label: true } }),
  ]);
}
type Rows = Awaited<ReturnType<typeof loadRows>>;
type CafeRow = Rows[1][number];

function organisationOf(row: Rows[0][number]): DirectoryOrganisation {
  if (row.hiddenAt !== null) {
    // Hidden from the partner directory: only what the café page says of its operator.
    return {
      key: row.id,
      publicId: row.publicId,
      slug: row.slug,
      name: row.name,
      description: null,
      email: null,
      website: row.website,
      phone: null,
      charityNumber: null,
      companyNumber: null,
      isDemo: row.isDemo,
      updatedAt: row.updatedAt,
    };
  }
  return {
    key: row.id,
    publicId: row.publicId,
    slug: row.slug,
    name: row.name,
    description: row.description.trim() || row.communities?.trim() || null,
    email: row.email,
    website: row.website,
    phone: row.phone,
    charityNumber: row.charityNumber,
    companyNumber: row.companyNumber,
    isDemo: row.isDemo,
    updatedAt: row.updatedAt,
  };
}


function cafeService(row: CafeRow, organisation: DirectoryOrganisation, siteUrl: string): DirectoryService {
  const allTags: TagRow[] = [...row.tags, ...row.offers.flatMap((o) => o.tags)];
  const offerTitle = new Map(row.offers.map((o) => [o.id, o.title]));
  const county = row.footprint?.area ?? areaAt(row.lat, row.lng) ?? "Leicestershire";
  return {
    source: "cafe",
    key: row.id,
    publicId: row.publicId,
    name: row.name,
    description: row.description.trim() || row.name,
    status: row.status === "open" ? "active" : "temporarily closed",
    pageUrl: `${siteUrl}/cafes/${row.slug}`,
    website: row.website,
    email: row.email,
    phone: row.phone,
    whoFor: row.whoFor,
    accessRoute: null,
    accessNotes: null,
    fees: null,
    free: null,
    minimumAge: null,
    maximumAge: null,
    assuredDate: row.hoursVerifiedAt ? todayInLondon(row.hoursVerifiedAt) : null,
    isDemo: row.isDemo,
    updatedAt: row.updatedAt,
    organisation,
    locations: [
      {
        key: row.id,
        name: row.venueName?.trim() || row.name,
        description: row.gettingThere,
        lat: row.lat,
        lng: row.lng,
        address: { line1: row.addressLine1, line2: row.addressLine2, town: row.town, postcode: row.postcode, county },
        accessNotes: row.accessNotes,
        access: termsOf(row.tags, "access"),
        sessions: row.sessions.map((s) => ({
          key: s.id,
          dayOfWeek: s.dayOfWeek,
          startTime: s.startTime,
          endTime: s.endTime,
          validFrom: s.validFrom,
          validUntil: s.validUntil,
          label: s.offerId ? (offerTitle.get(s.offerId) ?? null) : null,
        })),
        exceptions: row.exceptions.map((e) => ({ key: e.id, kind: e.kind, startDate: e.startDate, endDate: e.endDate, startTime: e.startTime, endTime: e.endTime, reason: e.reason })),
        byAppointment: false,
      },
    ],
    areas: [],
    terms: [cafeServiceType(), ...termsOf(allTags, "audience")],
    languages: termsOf(allTags, "language"),
  };
}

async function loadDirectory(): Promise<Directory> {
  const today = todayInLondon();
  const [orgRows, cafeRows, tagRows] = await loadRows(today);
  const siteUrl = appUrl();
  const byKey = new Map(orgRows.map((row) => [row.id, organisationOf(row)]));
  const services: DirectoryService[] = [];
  for (const row of cafeRows) {
    const organisation = byKey.get(row.organisationId);
    if (organisation) services.push(cafeService(row, organisation, siteUrl));
  }
  // The partner directory's own organisations: verified and not hidden.
  const partnerOrganisations = new Map(orgRows.filter((row) => row.hiddenAt === null).map((row) => [row.id, byKey.get(row.id)!]));
  services.push(...(await loadPartnerServices(today, partnerOrganisations, siteUrl)));
  // A hidden organisation is listed only while it runs a café the API serves.
  const operators = new Set(services.map((s) => s.organisation.key));
  const organisations = orgRows.filter((row) => row.hiddenAt === null || operators.has(row.id)).map((row) => byKey.get(row.id)!);
  services.sort((a, b) => a.name.localeCompare(b.name, "en-GB") || a.key.localeCompare(b.key));
  const order = (taxonomy: string) => TAXONOMIES.indexOf(taxonomy as (typeof TAXONOMIES)[number]);
  const terms: DirectoryTerm[] = [
    cafeServiceType(),
    ...tagRows.filter((tag) => order(tag.kind) >= 0).map((tag) => ({ taxonomy: tag.kind, slug: tag.slug, label: tag.label, publicId: tag.publicId })),
  ].sort((a, b) => order(a.taxonomy) - order(b.taxonomy));
  return { services, organisations, terms };
}

let cached: { minute: number; version: number; directory: Promise<Directory> } | undefined;

/** The directory now: loaded at most once a minute, and again after the public data changes. */
export function currentDirectory(): Promise<Directory> {
  const minute = clockMinute(now());
  const version = publicDataVersion();
  if (!cached || cached.minute !== minute || cached.version !== version) {
    const directory = loadDirectory();
    cached = { minute, version, directory };
    directory.catch(() => {
      if (cached?.directory === directory) cached = undefined;
    });
  }
  return cached.directory;
}

/** Forgets the directory in memory (tests). */
export function resetOrukDirectory(): void {
  cached = undefined;
}
