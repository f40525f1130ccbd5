/**
 * A café's public page: everything it shows, shaped for loader data (lean: only what the page shows), and
 * the cafés of an area that are paused (not listed, but named on the area's page). See
 * ./public-cafe-rows.server.ts for which cafés have a public page.
 */
import { cafeAddress, type CafeListing } from "./listed-cafe";
import { nearestListedCafes } from "./listed-cafes.server";
import { hoursNotConfirmedRecently } from "~/modules/schedule";
import { cafeIdentityUrl, cafeUrl, findPublicCafe, publicSchedule, tagsOf, type PublicCafeRow, type PublicCafeStatus, type TagRef } from "./public-cafe-rows.server";
import { weeklySessionText } from "./public-cafe-text";
import { openingStatusView, type OpeningStatusView } from "~/modules/schedule";
import { addDays, londonMidnight, startOfWeek } from "~/lib/london-time";
import {
  openingHoursSpecification,
  openingState,
  specialOpeningHoursSpecification,
  UPCOMING_CHANGES_DAYS,
  upcomingChanges,
  weekPlan,
  type Schedule,
  type UpcomingChange,
  type WeekPlan,
} from "~/modules/schedule";
import { now as clockNow, todayInLondon } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import type { CafeDetailsText } from "./cafe-details";
import { langTag, localisedText, type TextTranslation } from "./localised-text";
import { currentLocale } from "~/platform/request-locale.server";

/** The café team's own translation of an offer into one language (see ./localised-text.ts). */
export type PublicOfferTranslation = { locale: string; title: string; description: string };

export type PublicOffer = {
  title: string;
  description: string;
  /** The café team's own translations, for localisedOffer() with the café's `textLanguage` */
  translations: PublicOfferTranslation[];
  /** Tags (slug for the page's language, stored label) */
  audiences: { slug: string; label: string }[];
  languages: { slug: string; label: string }[];
  /** "Wednesday 6pm–9pm" for each weekly session of the offer */
  sessions: string[];
};

export type PublicCafePage = {
  cafe: Omit<CafeDetailsText, "addressLine1" | "addressLine2"> & {
    slug: string;
    status: PublicCafeStatus;
    /** The language the café's own text (description, offers) is written in */
    textLanguage: string;
    /** The café team's own translations of the description, for localisedText() */
    descriptionTranslations: TextTranslation[];
    operator: { name: string; website: string | null };
    addressLines: string[];
    address: string;
    lat: number;
    lng: number;
    footprint: { name: string; slug: string; code: string } | null;
    coverageSite: string | null;
    /** ISO instant the hours were last confirmed */
    hoursVerifiedAt: string | null;
    stale: boolean;
  };
  /** Status now (open cafés only) */
  status: OpeningStatusView | null;
  today: string;
  thisWeek: WeekPlan;
  nextWeek: WeekPlan;
  /** Closures, changed hours, extra sessions, seasonal sessions starting or ending and bank holidays from today until `upcomingUntil` (open cafés) */
  upcoming: UpcomingChange[];
  /** The last date `upcoming` covers */
  upcomingUntil: string;
  offers: PublicOffer[];
  /** Session or exception id → index into `offers`: the offer a session of the weeks belongs to */
  offerOf: Record<string, number>;
  languages: { slug: string; label: string }[];
  access: { slug: string; label: string }[];
  jsonLd: Record<string, unknown>;
  /** Open cafés nearby, for a closed or paused café's page */
  alternatives: CafeListing[];
};

/**
 * The café's description as a page in the current language shows it: its team's own translation into the
 * language when there is one, otherwise as written.
 */
function shownDescription(cafe: PublicCafeRow): string {
  const translations = cafe.textTranslations.map((tr) => ({ locale: tr.locale, text: tr.description }));
  return localisedText({ text: cafe.description, language: cafe.textLanguage }, translations, currentLocale()).text;
}

/**
 * schema.org data for the page in the current language: the café as a LocalBusiness whose description is the
 * one the page shows; the page it is the main entity of carries the page's language and address (`inLanguage`
 * belongs to creative works such as a WebPage, not to a business). The café's `@id` and `url` are the address
 * without a language prefix on every page, so the pages in all languages describe one café.
 */
function jsonLdFor(cafe: PublicCafeRow, schedule: Schedule, at: Date, today: string): Record<string, unknown> {
  const identity = cafeIdentityUrl(cafe.slug);
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "LocalBusiness",
    "@id": identity,
    name: cafe.name,
    url: identity,
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
    mainEntityOfPage: { "@type": "WebPage", url: cafeUrl(cafe.slug), inLanguage: langTag(currentLocale()) },
  };
  if (cafe.description) data.description = shownDescription(cafe);
  if (cafe.phone) data.telephone = cafe.phone;
  if (cafe.status === "open") {
    data.openingHoursSpecification = openingHoursSpecification(schedule, { asOf: today });
    // The same dates as the page's "Upcoming changes": from now to the end of the horizon's last day.
    const horizonEnd = londonMidnight(addDays(today, UPCOMING_CHANGES_DAYS));
    data.specialOpeningHoursSpecification = specialOpeningHoursSpecification(schedule, at, horizonEnd);
  }
  return data;
}

/** Each session's and exception's offer, as an index into the café's offers (those tied to none left out). */
function offerIndexOf(cafe: PublicCafeRow): Record<string, number> {
  const index = new Map(cafe.offers.map((o, i) => [o.id, i]));
  const out: Record<string, number> = {};
  for (const row of [...cafe.sessions, ...cafe.exceptions]) {
    const i = row.offerId ? index.get(row.offerId) : undefined;
    if (i !== undefined) out[row.id] = i;
  }
  return out;
}

/** Everything the café page shows, or null when the café does not exist or is not public. */
export async function publicCafePage(slug: string, at: Date = clockNow()): Promise<PublicCafePage | null> {
  const cafe = await findPublicCafe(slug);
  if (!cafe) return null;
  const today = todayInLondon(at);
  const schedule = publicSchedule(cafe, today);
  const weekStart = startOfWeek(today);
  const labelsOf = (refs: TagRef[], kind: string) => tagsOf(refs, kind).map((tag) => ({ slug: tag.slug, label: tag.label }));
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
      status: cafe.status,
      description: cafe.description,
      textLanguage: cafe.textLanguage,
      descriptionTranslations: cafe.textTranslations.map((tr) => ({ locale: tr.locale, text: tr.description })),
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
    status: cafe.status === "open" ? openingStatusView(openingState(schedule, at)) : null,
    today,
    thisWeek: weekPlan(schedule, weekStart),
    nextWeek: weekPlan(schedule, addDays(weekStart, 7)),
    upcoming: cafe.status === "open" ? upcomingChanges(schedule, today, UPCOMING_CHANGES_DAYS) : [],
    upcomingUntil: addDays(today, UPCOMING_CHANGES_DAYS - 1),
    offers: cafe.offers.map((o) => ({
      title: o.title,
      description: o.description,
      translations: o.translations,
      audiences: labelsOf(o.tags, "audience"),
      languages: labelsOf(o.tags, "language"),
      sessions: cafe.sessions
        .filter((s) => s.offerId === o.id && (!s.validUntil || s.validUntil >= today))
        .map(weeklySessionText),
    })),
    languages: languages.map((tag) => ({ slug: tag.slug, label: tag.label })),
    access: tagsOf(cafe.tags, "access").map((tag) => ({ slug: tag.slug, label: tag.label })),
    offerOf: offerIndexOf(cafe),
    jsonLd: jsonLdFor(cafe, schedule, at, today),
    alternatives,
  };
}

/** The paused cafés of a footprint (by id), by name: not listed, but named on the area's page. */
export async function pausedCafesInFootprint(footprintId: string): Promise<{ slug: string; name: string; address: string }[]> {
  const rows = await prisma.cafe.findMany({
    where: { footprintId, status: "paused" },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { slug: true, name: true, venueName: true, addressLine1: true, town: true, postcode: true },
  });
  return rows.map((c) => ({ slug: c.slug, name: c.name, address: cafeAddress(c) }));
}
