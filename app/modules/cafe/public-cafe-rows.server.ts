/**
 * A café as its public page, print view and text summary read it: the row with everything those show,
 * kept in memory for as long as the index of listed cafés is current.
 *
 * Which cafés have a public page: "open", "paused" (the page says so) and "closed" (the page says so and
 * lists open cafés nearby). "planned" and "setting-up" cafés are not public yet: their pages are 404s.
 */
import type { Prisma } from "@prisma/client";
import { listedCafeIndex } from "./listed-index.server";
import { addDays } from "~/lib/london-time";
import { scheduleFromRows, type Schedule } from "~/modules/schedule";
import { prisma } from "~/platform/db.server";
import { appUrl } from "~/platform/env.server";
import { localePath } from "~/platform/request-locale.server";
import { localisedOffer, type LocalisedText } from "./localised-text";

export const PUBLIC_STATUSES = ["open", "paused", "closed"] as const;
export type PublicCafeStatus = (typeof PUBLIC_STATUSES)[number];

function isPublicStatus(status: string): status is PublicCafeStatus {
  return (PUBLIC_STATUSES as readonly string[]).includes(status);
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

const tagSelect = { select: { tag: { select: { kind: true, slug: true, label: true, sortOrder: true } } } } as const;

const cafeSelect = {
  id: true,
  slug: true,
  name: true,
  status: true,
  description: true,
  textLanguage: true,
  textTranslations: { orderBy: { locale: "asc" }, select: { locale: true, description: true } },
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
  tags: tagSelect,
  offers: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      description: true,
      tags: tagSelect,
      translations: { orderBy: { locale: "asc" }, select: { locale: true, title: true, description: true } },
    },
  },
  sessions: {
    orderBy: [{ dayOfWeek: "asc" }, { startTime: "asc" }],
    select: { id: true, dayOfWeek: true, startTime: true, endTime: true, validFrom: true, validUntil: true, offerId: true },
  },
  exceptions: {
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, startDate: true, endDate: true, startTime: true, endTime: true, reason: true, offerId: true },
  },
} satisfies Prisma.CafeSelect;

export type TagRef = { tag: { kind: string; slug: string; label: string; sortOrder: number } };

/** The tags of a kind, in list order. */
export function tagsOf(refs: TagRef[], kind: string) {
  return refs
    .map((r) => r.tag)
    .filter((tag) => tag.kind === kind)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.label.localeCompare(b.label, "en-GB"));
}

async function queryPublicCafe(slug: string) {
  const cafe = await prisma.cafe.findUnique({ where: { slug }, select: cafeSelect });
  if (!cafe || !isPublicStatus(cafe.status)) return null;
  return { ...cafe, status: cafe.status };
}
export type PublicCafeRow = NonNullable<Awaited<ReturnType<typeof queryPublicCafe>>>;

/**
 * The cafés read for public pages, kept for as long as the index of listed cafés is current: it is
 * replaced at once after invalidatePublicData() (every write to a café or a tag) and when its periodic
 * check sees a change made elsewhere, and this memory goes with it. A café page, print view or text
 * summary then needs no query; what depends on the time (status, weeks, staleness) is still worked out for
 * each request.
 */
const publicRows = new WeakMap<object, Map<string, PublicCafeRow>>();
const PUBLIC_ROWS_MAX = 5_000;

/** A café with a public page, by slug; null when there is none. */
export async function findPublicCafe(slug: string): Promise<PublicCafeRow | null> {
  if (typeof slug !== "string" || !SLUG.test(slug)) return null;
  const index = await listedCafeIndex();
  let rows = publicRows.get(index);
  if (!rows) publicRows.set(index, (rows = new Map()));
  const kept = rows.get(slug);
  if (kept) return kept;
  const cafe = await queryPublicCafe(slug);
  // Only cafés found are kept (unknown addresses cost a query each, and cannot fill the memory).
  if (cafe && (await listedCafeIndex()) === index) {
    if (rows.size >= PUBLIC_ROWS_MAX) rows.clear();
    rows.set(slug, cafe);
  }
  return cafe;
}

/** Each offer's title as a page in `locale` shows it (the café's own translation, or as written), by offer id. */
export function shownOfferTitles(cafe: PublicCafeRow, locale: string): Map<string, LocalisedText> {
  return new Map(cafe.offers.map((o) => [o.id, localisedOffer(o, cafe.textLanguage, locale).title]));
}

/**
 * The café's schedule as of a London date: its weekly sessions and the exceptions that have not ended, each
 * tied to an offer labelled with the offer's title — as written, or as `titles` (shownOfferTitles) give it.
 */
export function publicSchedule(cafe: PublicCafeRow, today: string, titles?: ReadonlyMap<string, { text: string }>): Schedule {
  const written = new Map(cafe.offers.map((o) => [o.id, o.title]));
  const recent = cafe.exceptions.filter((e) => e.endDate >= addDays(today, -2));
  return scheduleFromRows({ sessions: cafe.sessions, exceptions: recent }, (offerId) => titles?.get(offerId)?.text ?? written.get(offerId));
}

/** The full address of a café's public page, in the current language (a printed QR code opens it in that language). */
export function cafeUrl(slug: string): string {
  return `${appUrl()}${localePath(`/cafes/${slug}`)}`;
}

/**
 * The full address of a café's page without a language prefix (the English page): the one name of the café
 * for search engines, whatever the language of the page that describes it.
 */
export function cafeIdentityUrl(slug: string): string {
  return `${appUrl()}/cafes/${slug}`;
}
