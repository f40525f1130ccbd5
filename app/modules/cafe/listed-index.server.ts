/**
 * The index of listed cafés, in memory: what the finder searches, and what the café pages, area pages and
 * the Central Access Point read the status now of listed cafés from.
 *
 * ## Which cafés are listed
 *
 * Only cafés whose status is "open" (running their sessions). "paused" cafés are left out of search
 * results (nobody should travel to them) but keep their own page, which says they are paused, and appear
 * on their area's page with that note; "closed", "planned" and "setting-up" are never listed.
 *
 * ## The index
 *
 * Every listed café is held with its schedule (weekly sessions and exceptions that have not ended), its
 * tags and its offers, in a k-d tree (~/modules/geo, NearestIndex) for exact nearest search, with whether
 * each is open over spans of time (./open-now.ts). The index is rebuilt at once after
 * invalidatePublicData() (~/platform/public-cache.server; on PostgreSQL also when another instance calls
 * it), and otherwise checked at most every 30 seconds against a cheap fingerprint of the tables (row
 * counts and latest updates, and the London date); while a check or rebuild runs, readers use the current
 * index.
 *
 * At national scale (10,000 cafés) a rebuild must not hold the event loop: the cafés are read LOAD_PAGE
 * at a time, turned into index entries BUILD_SLICE at a time, and their open spans worked out in slices,
 * giving way to requests in between.
 */
import type { TagKind } from "~/modules/tags";
import type { IndexedCafe, ListedTag } from "./listed-cafe";
import { addDays } from "~/lib/london-time";
import { NearestIndex } from "~/modules/geo";
import { scheduleFromRows } from "~/modules/schedule";
import { fillOpenSpans, keepOpenSpansAhead, type OpenSpans } from "./open-now";
import { now as clockNow, todayInLondon } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { publicDataVersion, reloadPublicDataWith } from "~/platform/public-cache.server";

export type ListedCafeIndex = {
  version: number;
  fingerprint: string;
  checkedAt: number;
  /** By slug */
  cafes: IndexedCafe[];
  bySlug: Map<string, IndexedCafe>;
  byId: Map<string, IndexedCafe>;
  nearest: NearestIndex<IndexedCafe>;
  /** Every managed tag (retired ones too), by slug */
  tags: Map<string, ListedTag>;
  /** The tags of each kind, in list order */
  tagsByKind: Record<TagKind, ListedTag[]>;
  /** Whether each café is open, over spans of time (./open-now.ts) */
  openSpans: OpenSpans;
};

const CHECK_EVERY_MS = 30_000;
/** Exceptions that ended more than this many days ago are left out of the index. */
const EXCEPTION_KEEP_DAYS = 2;

// ---------------------------------------------------------------------------------------------------------
// Loading

async function fingerprint(): Promise<string> {
  const stamp = { _count: { _all: true }, _max: { updatedAt: true } } as const;
  const parts = await Promise.all([
    prisma.cafe.aggregate(stamp),
    prisma.weeklySession.aggregate(stamp),
    prisma.scheduleException.aggregate(stamp),
    prisma.offer.aggregate(stamp),
    prisma.cafeTextTranslation.aggregate(stamp),
    prisma.offerTranslation.aggregate(stamp),
    prisma.tag.aggregate(stamp),
    prisma.footprint.aggregate(stamp),
    prisma.cafeTag.count(),
    prisma.offerTag.count(),
  ]);
  return JSON.stringify([todayInLondon(), ...parts]);
}

function byOrder(tags: Map<string, ListedTag>) {
  return (a: string, b: string) => {
    const ta = tags.get(a);
    const tb = tags.get(b);
    return (ta?.sortOrder ?? 0) - (tb?.sortOrder ?? 0) || (ta?.label ?? a).localeCompare(tb?.label ?? b, "en-GB");
  };
}

const cafeSelect = (cutoff: string) =>
  ({
    id: true,
    slug: true,
    name: true,
    venueName: true,
    addressLine1: true,
    town: true,
    postcode: true,
    lat: true,
    lng: true,
    hoursVerifiedAt: true,
    footprintId: true,
    footprint: { select: { name: true, slug: true, code: true } },
    textLanguage: true,
    tags: { select: { tagId: true } },
    offers: { select: { id: true, title: true, tags: { select: { tagId: true } }, translations: { select: { locale: true, title: true } } } },
    sessions: {
      select: { id: true, dayOfWeek: true, startTime: true, endTime: true, validFrom: true, validUntil: true, offerId: true },
    },
    exceptions: {
      where: { endDate: { gte: cutoff } },
      select: { id: true, kind: true, startDate: true, endDate: true, startTime: true, endTime: true, reason: true, offerId: true },
    },
  }) as const;

function loadCafePage(cutoff: string, after: string | null) {
  return prisma.cafe.findMany({
    where: { status: "open", ...(after === null ? {} : { slug: { gt: after } }) },
    orderBy: { slug: "asc" },
    take: LOAD_PAGE,
    select: cafeSelect(cutoff),
  });
}
type CafeRow = Awaited<ReturnType<typeof loadCafePage>>[number];

/**
 * The tags and the listed cafés, LOAD_PAGE cafés a query: reading thousands of cafés with their sessions in
 * one query would hold the event loop for seconds while the rows are turned into objects.
 */
async function loadRows(cutoff: string) {
  const tags = await prisma.tag.findMany({ select: { id: true, kind: true, slug: true, label: true, sortOrder: true, retiredAt: true } });
  const cafes: CafeRow[] = [];
  for (;;) {
    const page = await loadCafePage(cutoff, cafes.at(-1)?.slug ?? null);
    cafes.push(...page);
    if (page.length < LOAD_PAGE) break;
    await giveWay();
  }
  return [tags, cafes] as const;
}

function indexedCafe(row: CafeRow, tagById: Map<string, ListedTag>, order: (a: string, b: string) => number): IndexedCafe {
  const slugsOf = (ids: { tagId: string }[], kind: TagKind) =>
    ids.map((x) => tagById.get(x.tagId)).filter((tag): tag is ListedTag => tag?.kind === kind).map((tag) => tag.slug);
  const union = (...lists: string[][]) => [...new Set(lists.flat())].sort(order);
  const offers = row.offers.map((o) => ({
    id: o.id,
    title: o.title,
    titleTranslations: o.translations.map((tr) => ({ locale: tr.locale, text: tr.title })),
    audiences: slugsOf(o.tags, "audience"),
    languages: slugsOf(o.tags, "language"),
  }));
  const offerIndex = new Map(offers.map((o, i) => [o.id, i]));
  const offerOf = new Map<string, number>();
  for (const linked of [...row.sessions, ...row.exceptions]) {
    const i = linked.offerId ? offerIndex.get(linked.offerId) : undefined;
    if (i !== undefined) offerOf.set(linked.id, i);
  }
  const schedule = scheduleFromRows(row, (offerId) => {
    const i = offerIndex.get(offerId);
    return i === undefined ? null : offers[i]!.title;
  });
  const cafeLanguages = slugsOf(row.tags, "language");
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    venueName: row.venueName,
    addressLine1: row.addressLine1,
    town: row.town,
    postcode: row.postcode,
    lat: row.lat,
    lng: row.lng,
    footprintId: row.footprintId,
    footprint: row.footprint,
    hoursVerifiedAt: row.hoursVerifiedAt,
    schedule,
    offerOf,
    textLanguage: row.textLanguage,
    offers: offers.map(({ title, titleTranslations, audiences, languages }) => ({ title, titleTranslations, audiences, languages })),
    cafeLanguages,
    languages: union(cafeLanguages, ...offers.map((o) => o.languages)),
    audiences: union(slugsOf(row.tags, "audience"), ...offers.map((o) => o.audiences)),
    access: union(slugsOf(row.tags, "access")),
  };
}

async function loadIndex(version: number): Promise<ListedCafeIndex> {
  const print = await fingerprint();
  const [tagRows, rows] = await loadRows(addDays(todayInLondon(), -EXCEPTION_KEEP_DAYS));
  const tags = new Map<string, ListedTag>();
  const tagById = new Map<string, ListedTag>();
  for (const r of tagRows) {
    const tag: ListedTag = { id: r.id, kind: r.kind, slug: r.slug, label: r.label, sortOrder: r.sortOrder, retired: r.retiredAt !== null };
    tags.set(tag.slug, tag);
    tagById.set(tag.id, tag);
  }
  const order = byOrder(tags);
  const cafes: IndexedCafe[] = [];
  for (let i = 0; i < rows.length; i += BUILD_SLICE) {
    for (const row of rows.slice(i, i + BUILD_SLICE)) cafes.push(indexedCafe(row, tagById, order));
    // Give way to requests between slices: the index of a national deployment is 10,000 cafés.
    if (i + BUILD_SLICE < rows.length) await giveWay();
  }
  const openSpans = await fillOpenSpans(cafes, clockNow().getTime());

  const tagsByKind: Record<TagKind, ListedTag[]> = { audience: [], language: [], access: [], support: [] };
  for (const tag of tags.values()) {
    if (tag.kind === "audience" || tag.kind === "language" || tag.kind === "access") tagsByKind[tag.kind].push(tag);
  }
  for (const list of Object.values(tagsByKind)) list.sort((a, b) => order(a.slug, b.slug));

  return {
    version,
    fingerprint: print,
    checkedAt: Date.now(),
    cafes,
    bySlug: new Map(cafes.map((c) => [c.slug, c])),
    byId: new Map(cafes.map((c) => [c.id, c])),
    nearest: new NearestIndex(cafes, (c) => c),
    tags,
    tagsByKind,
    openSpans,
  };
}

const BUILD_SLICE = 500;
/** Cafés a query: a page of 100 with its sessions, offers and tags holds the event loop for tens of milliseconds. */
const LOAD_PAGE = 100;
const giveWay = () => new Promise<void>((resolve) => setImmediate(resolve));

// ---------------------------------------------------------------------------------------------------------
// The current index

let current: ListedCafeIndex | undefined;
let loading: Promise<ListedCafeIndex> | undefined;
let loadingVersion = -1;
let checking = false;

/**
 * Loads the index for `version`. A load for a request (`ahead` false) replaces an index of the same
 * version; one built ahead for news from another instance never replaces an index already there for its
 * version (which was built later, for a change made here).
 */
function startLoad(version: number, ahead = false): Promise<ListedCafeIndex> {
  const promise = loadIndex(version).then(
    (index) => {
      if (!current || current.version < index.version || (!ahead && current.version === index.version)) {
        current = index;
        keepOpenSpansAhead(index.cafes, index.openSpans, () => clockNow().getTime(), () => current === index);
      }
      if (loading === promise) loading = undefined;
      return index;
    },
    (error: unknown) => {
      if (loading === promise) loading = undefined;
      throw error;
    },
  );
  loading = promise;
  loadingVersion = ahead ? -1 : version;
  return promise;
}

/** Looks for changes made by other instances (or directly in the database) in the background. */
function backgroundCheck(index: ListedCafeIndex) {
  if (checking || loading) return;
  checking = true;
  index.checkedAt = Date.now();
  fingerprint()
    .then((print) => {
      if (print !== index.fingerprint && !loading) return startLoad(publicDataVersion()).then(() => undefined);
      return undefined;
    })
    .catch((error: unknown) => console.error("[listed cafés] could not refresh the index", error))
    .finally(() => {
      checking = false;
    });
}

/** The current index of listed cafés: rebuilt before answering after invalidatePublicData(), else refreshed in the background. */
export async function listedCafeIndex(): Promise<ListedCafeIndex> {
  const version = publicDataVersion();
  if (current && current.version === version) {
    if (Date.now() - current.checkedAt > CHECK_EVERY_MS) backgroundCheck(current);
    return current;
  }
  if (loading && loadingVersion === version) return loading;
  return startLoad(version);
}

// News of a change made on another instance: build the next version's index while the current one answers.
reloadPublicDataWith(async (version) => {
  await startLoad(version, true);
});

/** For tests: forget the index (and with it every memo kept for it). */
export function resetListedCafeIndex() {
  current = undefined;
  loading = undefined;
}
