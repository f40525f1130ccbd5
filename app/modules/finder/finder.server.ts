/**
 * The public search: which listed cafés are nearest a point, with their status now, through the filters.
 *
 * ## Which cafés are listed
 *
 * Only cafés whose status is "open" (running their sessions). "paused" cafés are left out of search
 * results (nobody should travel to them) but keep their own page, which says they are paused, and appear
 * on their area's page with that note; "closed", "planned" and "setting-up" are never listed.
 *
 * ## The index
 *
 * Every listed café is held in memory with its schedule (weekly sessions and exceptions that have not
 * ended), its tags and its offers, in a k-d tree (~/modules/geo/nearest) for exact nearest search. The index
 * is rebuilt at once after invalidatePublicData() (~/platform/public-cache.server), and otherwise checked
 * at most every 30 seconds against a cheap fingerprint of the tables (row counts and latest updates, and
 * the London date); while a check or rebuild runs, searches use the current index.
 *
 * ## Status now
 *
 * Opening states are computed lazily, only for the cafés a search looks at, in nearest order, and kept for
 * the rest of the clock's minute (the state cannot change within a minute: sessions start and end on
 * whole minutes).
 *
 * ## Pages
 *
 * RESULTS_PER_PAGE cafés a page, at most MAX_PAGES pages (the query never asks for a later one): on the last
 * page offered `hasMore` is false even when more cafés match. A page past the end of the results (a link
 * kept from before the data changed, an edited address) is empty with `pastEnd` set, so the finder can say
 * there are no more results instead of blaming the filters.
 *
 * ## Filters
 *
 * - when: `now` (certainly open now: an unanswered bank holiday is not "open"), `evening` (a session
 *   overlapping 5pm–11pm today that has not ended), or a weekday (a session on the next such date, today
 *   included, after exceptions);
 * - languages (any of them): spoken by the café's team, or at one of its offers;
 * - audiences (any of them): an offer for that audience; with a time filter, the session that matches the
 *   time must be that offer's (a women-only evening on Saturday does not make the café "open now" for women);
 * - accessibility (all of them): features of the café.
 *
 * When none of a page's cafés is open now, `nearestOpen` points to the nearest café open now that matches
 * the language, audience and access filters (a women-only search is never sent to a men's session).
 *
 * ## Bank holidays and the time filters
 *
 * On a bank holiday a café's usual session is unconfirmed until its team says whether it opens
 * (~/modules/schedule/opening-hours). "Open now" means certainly open, so such a session never makes a café "open
 * now". But someone asking who is open on Monday, or this evening, expects the cafés that usually are: when
 * that day is a bank holiday, a café whose usual session is unconfirmed is listed (in distance order, with
 * the confirmed ones), never as open: its status says "bank holiday — check before travelling", and when its
 * status is about another session, the result carries a note with the usual hours on that day
 * (`bankHolidayNote`). A café that said it is closed that day is not listed. The results name the bank
 * holiday of the filter's day (`bankHoliday`; today for "open now" and "this evening"), so the page can
 * explain what is listed, and why a list may be empty.
 */
import { haversineKm, KM_PER_MILE } from "~/modules/geo";
import { EVENING_END, EVENING_START, hasFilters, MAX_PAGES, RESULTS_PER_PAGE, whenWeekday, type FinderQuery, type When } from "./finder-params";
import { hoursNotConfirmedRecently } from "~/modules/cafe";
import { addDays, dateOfDayNumber, dayNumber, fromLondon, weekdayOfDayNumber } from "~/lib/london-time";
import { NearestIndex } from "~/modules/geo";
import {
  openingState,
  openIntervals,
  type OpenInterval,
  type OpeningState,
  type Schedule,
} from "~/modules/schedule";
import { scheduleFromRows } from "~/modules/schedule";
import { formatDayDate, intervalRange, openingStateBadge, openingStateNotes, openingStateText, type StatusTone } from "~/modules/schedule";
import { bankHolidayOn } from "~/lib/bank-holidays";
import { t } from "~/lib/i18n";
import { clockMinute, publicDataVersion } from "~/platform/public-cache.server";
import { now as clockNow, todayInLondon } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";
import { geocode, isInLLR, reverseArea, type GeocodeHit } from "~/modules/geo/index.server";
import { searchPractices } from "~/modules/footprint/index.server";

export type TagKind = "audience" | "language" | "access";
export type TagOption = { slug: string; label: string; retired?: true };

/** A listed café in memory. */
export type IndexedCafe = {
  id: string;
  slug: string;
  name: string;
  venueName: string | null;
  addressLine1: string;
  town: string;
  postcode: string;
  lat: number;
  lng: number;
  footprintId: string | null;
  footprint: { name: string; slug: string; code: string } | null;
  hoursVerifiedAt: Date | null;
  schedule: Schedule;
  /** Session or exception id → index into `offers` */
  offerOf: Map<string, number>;
  offers: { title: string; audiences: string[]; languages: string[] }[];
  /** Languages of the café's team */
  cafeLanguages: string[];
  /** Café and offer languages, audiences of its offers, access features (tag slugs, in list order) */
  languages: string[];
  audiences: string[];
  access: string[];
};

type Tag = { id: string; kind: string; slug: string; label: string; sortOrder: number; retired: boolean };

type SearchIndex = {
  version: number;
  fingerprint: string;
  checkedAt: number;
  cafes: IndexedCafe[];
  bySlug: Map<string, IndexedCafe>;
  byId: Map<string, IndexedCafe>;
  nearest: NearestIndex<IndexedCafe>;
  tags: Map<string, Tag>;
  tagsByKind: Record<TagKind, Tag[]>;
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
    prisma.tag.aggregate(stamp),
    prisma.footprint.aggregate(stamp),
    prisma.cafeTag.count(),
    prisma.offerTag.count(),
  ]);
  return JSON.stringify([todayInLondon(), ...parts]);
}

function byOrder(tags: Map<string, Tag>) {
  return (a: string, b: string) => {
    const ta = tags.get(a);
    const tb = tags.get(b);
    return (ta?.sortOrder ?? 0) - (tb?.sortOrder ?? 0) || (ta?.label ?? a).localeCompare(tb?.label ?? b, "en-GB");
  };
}

async function loadIndex(version: number): Promise<SearchIndex> {
  const print = await fingerprint();
  const cutoff = addDays(todayInLondon(), -EXCEPTION_KEEP_DAYS);
  const [tagRows, rows] = await Promise.all([
    prisma.tag.findMany({ select: { id: true, kind: true, slug: true, label: true, sortOrder: true, retiredAt: true } }),
    prisma.cafe.findMany({
      where: { status: "open" },
      orderBy: { slug: "asc" },
      select: {
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
        tags: { select: { tagId: true } },
        offers: { select: { id: true, title: true, tags: { select: { tagId: true } } } },
        sessions: {
          select: { id: true, dayOfWeek: true, startTime: true, endTime: true, validFrom: true, validUntil: true, offerId: true },
        },
        exceptions: {
          where: { endDate: { gte: cutoff } },
          select: { id: true, kind: true, startDate: true, endDate: true, startTime: true, endTime: true, reason: true, offerId: true },
        },
      },
    }),
  ]);
  const tags = new Map<string, Tag>();
  const tagById = new Map<string, Tag>();
  for (const r of tagRows) {
    const tag: Tag = { id: r.id, kind: r.kind, slug: r.slug, label: r.label, sortOrder: r.sortOrder, retired: r.retiredAt !== null };
    tags.set(tag.slug, tag);
    tagById.set(tag.id, tag);
  }
  const order = byOrder(tags);
  const slugsOf = (ids: { tagId: string }[], kind: TagKind) =>
    ids.map((x) => tagById.get(x.tagId)).filter((tag): tag is Tag => tag?.kind === kind).map((tag) => tag.slug);
  const union = (...lists: string[][]) => [...new Set(lists.flat())].sort(order);

  const cafes: IndexedCafe[] = rows.map((row) => {
    const offers = row.offers.map((o) => ({
      id: o.id,
      title: o.title,
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
      offers: offers.map(({ title, audiences, languages }) => ({ title, audiences, languages })),
      cafeLanguages,
      languages: union(cafeLanguages, ...offers.map((o) => o.languages)),
      audiences: union(slugsOf(row.tags, "audience"), ...offers.map((o) => o.audiences)),
      access: union(slugsOf(row.tags, "access")),
    };
  });

  const tagsByKind: Record<TagKind, Tag[]> = { audience: [], language: [], access: [] };
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
  };
}

let current: SearchIndex | undefined;
let loading: Promise<SearchIndex> | undefined;
let loadingVersion = -1;
let checking = false;

function startLoad(version: number): Promise<SearchIndex> {
  const promise = loadIndex(version).then(
    (index) => {
      if (!current || current.version <= index.version) current = index;
      if (loading === promise) loading = undefined;
      return index;
    },
    (error: unknown) => {
      if (loading === promise) loading = undefined;
      throw error;
    },
  );
  loading = promise;
  loadingVersion = version;
  return promise;
}

/** Looks for changes made by other instances (or directly in the database) in the background. */
function backgroundCheck(index: SearchIndex) {
  if (checking || loading) return;
  checking = true;
  index.checkedAt = Date.now();
  fingerprint()
    .then((print) => {
      if (print !== index.fingerprint && !loading) return startLoad(publicDataVersion()).then(() => undefined);
      return undefined;
    })
    .catch((error: unknown) => console.error("[finder] could not refresh the search index", error))
    .finally(() => {
      checking = false;
    });
}

/** The current search index: rebuilt before answering after invalidatePublicData(), else refreshed in the background. */
export async function getSearchIndex(): Promise<SearchIndex> {
  const version = publicDataVersion();
  if (current && current.version === version) {
    if (Date.now() - current.checkedAt > CHECK_EVERY_MS) backgroundCheck(current);
    return current;
  }
  if (loading && loadingVersion === version) return loading;
  return startLoad(version);
}

// ---------------------------------------------------------------------------------------------------------
// Opening states, per minute

type Memo = {
  minute: number;
  index: SearchIndex;
  states: Map<string, OpeningState>;
  /** The states in words (loader data: never changed once made) */
  views: Map<string, StatusView>;
  /** Café and time filter → the session in the filter's window that matched (a confirmed one if any), or null */
  matches: Map<string, OpenInterval | null>;
};
let memo: Memo | undefined;

function memoFor(index: SearchIndex, at: Date): Memo {
  const minute = clockMinute(at);
  if (!memo || memo.minute !== minute || memo.index !== index) {
    memo = { minute, index, states: new Map(), views: new Map(), matches: new Map() };
  }
  return memo;
}

function stateOf(m: Memo, cafe: IndexedCafe, at: Date): OpeningState {
  let state = m.states.get(cafe.id);
  if (!state) {
    state = openingState(cafe.schedule, at);
    m.states.set(cafe.id, state);
  }
  return state;
}

export type StatusView = { tone: StatusTone; label: string; text: string; notes: string[] };

/** The opening state in words, for loader data (a few strings instead of the dated state). */
export function statusView(state: OpeningState): StatusView {
  const badge = openingStateBadge(state);
  return { tone: badge.tone, label: badge.label, text: openingStateText(state), notes: openingStateNotes(state) };
}

function statusViewOf(m: Memo, cafe: IndexedCafe, at: Date): StatusView {
  let view = m.views.get(cafe.id);
  if (!view) {
    view = statusView(stateOf(m, cafe, at));
    m.views.set(cafe.id, view);
  }
  return view;
}

// ---------------------------------------------------------------------------------------------------------
// Filters

export type CafeFilters = { when: When; languages: string[]; audiences: string[]; access: string[] };

type FilterContext = CafeFilters & {
  at: Date;
  memo: Memo;
  /** Evening window (sessions not yet ended), or a day's window (sessions starting that day), as [from, to) */
  window: { from: Date; to: Date; date: string | null } | null;
  /** The London date the time filter is about (today for now and evening), or null for any time */
  day: string | null;
};

function offerMatches(cafe: IndexedCafe, offerIndex: number | undefined, f: CafeFilters): boolean {
  const offer = offerIndex === undefined ? undefined : cafe.offers[offerIndex];
  if (f.audiences.length > 0 && !(offer && offer.audiences.some((a) => f.audiences.includes(a)))) return false;
  if (f.languages.length > 0) {
    const spoken = cafe.cafeLanguages.some((l) => f.languages.includes(l)) || (offer?.languages.some((l) => f.languages.includes(l)) ?? false);
    if (!spoken) return false;
  }
  return true;
}

function intervalMatches(cafe: IndexedCafe, iv: OpenInterval, f: CafeFilters): boolean {
  if (f.audiences.length === 0 && f.languages.length === 0) return true;
  const key = iv.sessionId ?? iv.exceptionId;
  return offerMatches(cafe, key === undefined ? undefined : cafe.offerOf.get(key), f);
}

/** The cheap part: tags of the café and its offers. */
function tagsMatch(cafe: IndexedCafe, f: CafeFilters): boolean {
  if (f.access.length > 0 && !f.access.every((a) => cafe.access.includes(a))) return false;
  if (f.languages.length > 0 && !f.languages.some((l) => cafe.languages.includes(l))) return false;
  if (f.audiences.length > 0) {
    if (!f.audiences.some((a) => cafe.audiences.includes(a))) return false;
    // An offer for the audience, at which one of the languages is spoken (if any were chosen).
    if (!cafe.offers.some((_, i) => offerMatches(cafe, i, f))) return false;
  }
  return true;
}

/**
 * For the evening and weekday filters: the café's session in the window that matches the filters, a
 * confirmed one if there is one, else one unconfirmed because of an unanswered bank holiday; or null.
 */
function windowMatch(cafe: IndexedCafe, ctx: FilterContext): OpenInterval | null {
  const window = ctx.window;
  if (!window) return null;
  const key = `${cafe.id}|${ctx.when}|${ctx.audiences.join(",")}|${ctx.languages.join(",")}`;
  const known = ctx.memo.matches.get(key);
  if (known !== undefined) return known;
  const nowMs = ctx.at.getTime();
  let found: OpenInterval | null = null;
  for (const iv of openIntervals(cafe.schedule, window.from, window.to)) {
    if (window.date === null ? iv.end.getTime() <= nowMs : iv.date !== window.date) continue;
    if (!intervalMatches(cafe, iv, ctx)) continue;
    if (iv.confirmed) {
      found = iv;
      break;
    }
    found ??= iv;
  }
  ctx.memo.matches.set(key, found);
  return found;
}

function timeMatches(cafe: IndexedCafe, ctx: FilterContext): boolean {
  if (ctx.when === "any") return true;
  if (ctx.when === "now") {
    const state = stateOf(ctx.memo, cafe, ctx.at);
    return state.status === "open" && state.merged.some((iv) => intervalMatches(cafe, iv, ctx));
  }
  return windowMatch(cafe, ctx) !== null;
}

/**
 * With the evening or a weekday filter, a café listed for a session on an unanswered bank holiday: that
 * day and the usual hours, unless its status already says so (it is that session, or the next).
 */
function bankHolidayNote(cafe: IndexedCafe, ctx: FilterContext, state: OpeningState): string | null {
  if (ctx.when === "any" || ctx.when === "now") return null;
  const iv = windowMatch(cafe, ctx);
  if (!iv || iv.confirmed) return null;
  const start = iv.start.getTime();
  if (state.status === "check" && state.interval.start.getTime() === start) return null;
  if (state.status === "closed" && state.next && state.next.start.getTime() === start) return null;
  const today = todayInLondon(ctx.at);
  const range = intervalRange(iv);
  return iv.date === today ? t("finder.result.bankHolidayToday", { range }) : t("finder.result.bankHolidayOn", { day: formatDayDate(iv.date), range });
}

function filterContext(index: SearchIndex, filters: CafeFilters, at: Date): FilterContext {
  const memoNow = memoFor(index, at);
  let window: FilterContext["window"] = null;
  const today = todayInLondon(at);
  let day: string | null = filters.when === "any" ? null : today;
  if (filters.when === "evening") {
    window = { from: fromLondon(today, EVENING_START), to: fromLondon(today, EVENING_END), date: null };
  } else {
    const weekday = whenWeekday(filters.when);
    if (weekday !== null) {
      const todayNumber = dayNumber(todayInLondon(at));
      const ahead = (weekday - weekdayOfDayNumber(todayNumber) + 7) % 7;
      const date = dateOfDayNumber(todayNumber + ahead);
      window = { from: fromLondon(date, "00:00"), to: fromLondon(addDays(date, 1), "00:00"), date };
      day = date;
    }
  }
  return { ...filters, at, memo: memoNow, window, day };
}

function matcher(ctx: FilterContext) {
  return (cafe: IndexedCafe) => tagsMatch(cafe, ctx) && timeMatches(cafe, ctx);
}

// ---------------------------------------------------------------------------------------------------------
// Results

export type CafeListing = {
  slug: string;
  name: string;
  /** "The Lamplight Rooms, 12 Market Street, Leicester LE1 1HL" */
  address: string;
  lat: number;
  lng: number;
  /** Straight-line distance, miles; null without a starting point */
  miles: number | null;
  status: StatusView;
  openNow: boolean;
  footprint: { name: string; slug: string } | null;
  /** In the footprint of the chosen GP practice */
  inFootprint: boolean;
  languages: string[];
  audiences: string[];
  access: { slug: string; label: string }[];
  /** Hours not confirmed for 90 days or more: "call before travelling" */
  stale: boolean;
  /** Listed for a usual session on a bank holiday its team has not answered (see the module comment) */
  bankHolidayNote?: string;
};

export function cafeAddress(c: { venueName: string | null; addressLine1: string; town: string; postcode: string }): string {
  return [c.venueName, c.addressLine1, `${c.town} ${c.postcode}`].filter((part) => part && part.trim() !== "").join(", ");
}

function round(value: number, decimals: number) {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

function listing(index: SearchIndex, m: Memo, cafe: IndexedCafe, at: Date, miles: number | null, inFootprint = false): CafeListing {
  const state = stateOf(m, cafe, at);
  const label = (slug: string) => index.tags.get(slug)?.label ?? slug;
  return {
    slug: cafe.slug,
    name: cafe.name,
    address: cafeAddress(cafe),
    lat: round(cafe.lat, 5),
    lng: round(cafe.lng, 5),
    miles: miles === null ? null : round(miles, 2),
    status: statusViewOf(m, cafe, at),
    openNow: state.status === "open",
    footprint: cafe.footprint ? { name: cafe.footprint.name, slug: cafe.footprint.slug } : null,
    inFootprint,
    languages: cafe.languages.map(label),
    audiences: cafe.audiences.map(label),
    access: cafe.access.map((slug) => ({ slug, label: label(slug) })),
    stale: hoursNotConfirmedRecently(cafe.hoursVerifiedAt, at),
  };
}

export type FinderSearch = {
  /** Where distances are measured from; null lists every matching café by name */
  origin: { lat: number; lng: number } | null;
  /** List the cafés of this footprint first (a GP practice's) */
  footprintFirst?: string | null;
  filters: CafeFilters;
  page: number;
  perPage: number;
  at?: Date;
};

export type FinderResults = {
  results: CafeListing[];
  page: number;
  /** There is a next page to show: more matching cafés, and this is not the last page offered (MAX_PAGES) */
  hasMore: boolean;
  /** The page is past the end of the results (which are not empty): "no more results" */
  pastEnd: boolean;
  /** Is any listed café open now (whatever the filters)? */
  anyOpenNow: boolean;
  /**
   * When none of this page's cafés is open now: the nearest café open now that matches the language,
   * audience and access filters (open now for the chosen group, as the "open now" filter means it; the
   * time filter is replaced by "now"). `filtered` says whether any such filter was chosen.
   */
  nearestOpen: { slug: string; name: string; miles: number | null; filtered: boolean } | null;
  /** With footprintFirst: how many matching cafés the footprint has */
  inFootprint: number;
  /** The bank holiday on the time filter's day (today for "open now" and "this evening"), if it is one */
  bankHoliday: { date: string; name: string; /** "today" or "Monday 28 December" */ day: string } | null;
};

/** The cafés for a search, nearest first (see the module comment). */
export async function findCafes(search: FinderSearch): Promise<FinderResults> {
  const index = await getSearchIndex();
  const at = search.at ?? clockNow();
  const ctx = filterContext(index, search.filters, at);
  const m = ctx.memo;
  const matches = matcher(ctx);
  const page = Math.min(MAX_PAGES + 1, Math.max(1, Math.floor(search.page)));
  // A page after the last one offered lists nothing (and says there are no more results).
  const beyond = page > MAX_PAGES;
  const perPage = Math.max(1, Math.floor(search.perPage));
  const wanted = Math.min(page, MAX_PAGES) * perPage + 1;
  const origin = search.origin;

  let ordered: { cafe: IndexedCafe; miles: number | null; inFootprint: boolean }[];
  let inFootprint = 0;
  if (!origin) {
    ordered = index.cafes
      .filter(matches)
      .sort((a, b) => a.town.localeCompare(b.town, "en-GB") || a.name.localeCompare(b.name, "en-GB"))
      .slice(0, wanted)
      .map((cafe) => ({ cafe, miles: null, inFootprint: false }));
  } else if (search.footprintFirst) {
    const fid = search.footprintFirst;
    const first = index.cafes
      .filter((c) => c.footprintId === fid && matches(c))
      .map((cafe) => ({ cafe, miles: haversineKm(origin.lat, origin.lng, cafe.lat, cafe.lng) / KM_PER_MILE, inFootprint: true }))
      .sort((a, b) => a.miles - b.miles);
    inFootprint = first.length;
    const rest = index.nearest
      .nearest(origin.lat, origin.lng, { limit: Math.max(0, wanted - first.length), filter: (c) => c.footprintId !== fid && matches(c) })
      .map((n) => ({ cafe: n.item, miles: n.miles, inFootprint: false }));
    ordered = [...first, ...rest].slice(0, wanted);
  } else {
    ordered = index.nearest
      .nearest(origin.lat, origin.lng, { limit: wanted, filter: matches })
      .map((n) => ({ cafe: n.item, miles: n.miles, inFootprint: false }));
  }

  const pageItems = beyond ? [] : ordered.slice((page - 1) * perPage, page * perPage);
  const results = pageItems.map((o) => {
    const item = listing(index, m, o.cafe, at, o.miles, o.inFootprint);
    const note = bankHolidayNote(o.cafe, ctx, stateOf(m, o.cafe, at));
    return note ? { ...item, bankHolidayNote: note } : item;
  });
  const isOpen = (c: IndexedCafe) => stateOf(m, c, at).status === "open";
  const filtered = ctx.languages.length > 0 || ctx.audiences.length > 0 || ctx.access.length > 0;
  const openCtx: FilterContext = { ...ctx, when: "now" };
  const matchesOpen = filtered ? (c: IndexedCafe) => tagsMatch(c, openCtx) && timeMatches(c, openCtx) : isOpen;
  const nearestWhere = (filter: (c: IndexedCafe) => boolean): FinderResults["nearestOpen"] => {
    if (origin) {
      const found = index.nearest.nearestOne(origin.lat, origin.lng, { filter });
      return found ? { slug: found.item.slug, name: found.item.name, miles: round(found.miles, 2), filtered } : null;
    }
    const found = index.cafes.find(filter);
    return found ? { slug: found.slug, name: found.name, miles: null, filtered } : null;
  };

  let nearestOpen: FinderResults["nearestOpen"] = null;
  let anyOpenNow = results.some((r) => r.openNow);
  if (!anyOpenNow) {
    nearestOpen = nearestWhere(matchesOpen);
    anyOpenNow = nearestOpen !== null || (filtered && index.cafes.some(isOpen));
  }

  const hasMore = ordered.length > page * perPage && page < MAX_PAGES;
  const pastEnd = results.length === 0 && ordered.length > 0;
  const holiday = ctx.day ? bankHolidayOn(ctx.day) : null;
  const bankHoliday =
    holiday && ctx.day ? { date: ctx.day, name: holiday.name, day: ctx.day === todayInLondon(at) ? t("hours.today") : formatDayDate(ctx.day) } : null;
  return { results, page, hasMore, pastEnd, anyOpenNow, nearestOpen, inFootprint, bankHoliday };
}

/** Listed cafés nearest a point (for a closed café's page), excluding some. */
export async function nearestListedCafes(
  point: { lat: number; lng: number },
  options: { limit: number; excludeIds?: string[]; at?: Date },
): Promise<CafeListing[]> {
  const index = await getSearchIndex();
  const at = options.at ?? clockNow();
  const m = memoFor(index, at);
  const exclude = new Set(options.excludeIds ?? []);
  return index.nearest
    .nearest(point.lat, point.lng, { limit: options.limit, filter: (c) => !exclude.has(c.id) })
    .map((n) => listing(index, m, n.item, at, n.miles));
}

/** The listed cafés of a footprint (by id), by name, with their status now. */
export async function listedCafesInFootprint(footprintId: string, at: Date = clockNow()): Promise<CafeListing[]> {
  const index = await getSearchIndex();
  const m = memoFor(index, at);
  return index.cafes
    .filter((c) => c.footprintId === footprintId)
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB"))
    .map((c) => listing(index, m, c, at, null));
}

/** Counts of listed cafés per footprint id. */
export async function listedCafeCounts(): Promise<Map<string, number>> {
  const index = await getSearchIndex();
  const counts = new Map<string, number>();
  for (const c of index.cafes) if (c.footprintId) counts.set(c.footprintId, (counts.get(c.footprintId) ?? 0) + 1);
  return counts;
}

/** The status now of a listed café, from the index (null if it is not listed). */
export async function listedCafeStatus(slug: string, at: Date = clockNow()): Promise<StatusView | null> {
  const index = await getSearchIndex();
  const cafe = index.bySlug.get(slug);
  if (!cafe) return null;
  return statusView(stateOf(memoFor(index, at), cafe, at));
}

/**
 * The filter choices: the current tags of each kind in list order, plus any retired tag that is chosen now
 * (so it can be unticked). Retired tags are otherwise hidden from the filters but still shown on cafés.
 */
export async function filterOptions(chosen: { languages: string[]; audiences: string[]; access: string[] }): Promise<Record<TagKind, TagOption[]>> {
  const index = await getSearchIndex();
  const pick = (kind: TagKind, selected: string[]) =>
    index.tagsByKind[kind]
      .filter((tag) => !tag.retired || selected.includes(tag.slug))
      .map((tag): TagOption => (tag.retired ? { slug: tag.slug, label: tag.label, retired: true } : { slug: tag.slug, label: tag.label }));
  return { language: pick("language", chosen.languages), audience: pick("audience", chosen.audiences), access: pick("access", chosen.access) };
}

/** The labels of tag slugs (unknown slugs are left out). */
export async function tagLabels(slugs: string[]): Promise<Map<string, string>> {
  const index = await getSearchIndex();
  const out = new Map<string, string>();
  for (const slug of slugs) {
    const tag = index.tags.get(slug);
    if (tag) out.set(slug, tag.label);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// GP practices

export type PracticeOrigin = {
  code: string;
  name: string;
  town: string | null;
  postcode: string | null;
  lat: number;
  lng: number;
  footprint: { id: string; name: string; slug: string };
};

/** A GP practice by its ODS code, as a member of its footprint today (or most recently). Null if unknown. */
export async function practiceByCode(code: string, asOf: string = todayInLondon()): Promise<PracticeOrigin | null> {
  if (!/^[A-Z0-9]{3,10}$/.test(code)) return null;
  const rows = await prisma.practice.findMany({
    where: { code },
    select: {
      code: true,
      name: true,
      town: true,
      postcode: true,
      lat: true,
      lng: true,
      activeFrom: true,
      activeUntil: true,
      footprint: { select: { id: true, name: true, slug: true } },
    },
  });
  if (rows.length === 0) return null;
  const active = rows.filter((r) => (!r.activeFrom || r.activeFrom <= asOf) && (!r.activeUntil || r.activeUntil >= asOf));
  const chosen = active[0] ?? [...rows].sort((a, b) => (b.activeUntil ?? "9999").localeCompare(a.activeUntil ?? "9999"))[0]!;
  return {
    code: chosen.code,
    name: chosen.name,
    town: chosen.town,
    postcode: chosen.postcode,
    lat: chosen.lat,
    lng: chosen.lng,
    footprint: chosen.footprint,
  };
}

/** For tests: forget the index and the opening-state memo. */
export function resetSearchIndex() {
  current = undefined;
  loading = undefined;
  memo = undefined;
}

// ---------------------------------------------------------------------------------------------------------
// The finder page: from the parsed query to what the page shows

export type FinderOrigin =
  | {
      kind: "place";
      label: string;
      precision: GeocodeHit["precision"];
      /** The sector or district used when the exact postcode is not known */
      matched: string | null;
      corrected: boolean;
      inLLR: boolean;
    }
  | { kind: "location"; inLLR: boolean; nearPlace: string | null }
  | { kind: "practice"; inLLR: boolean; practice: { code: string; name: string; town: string | null; footprint: string } }
  | { kind: "all"; inLLR: true };

export type FinderOutcome =
  | { kind: "start" }
  | {
      kind: "problem";
      problem: "not-found" | "invalid" | "too-long" | "location" | "practice" | "gp-too-short" | "gp-too-long" | "gp-not-found";
      input: string;
      suggestions: string[];
    }
  | {
      kind: "practices";
      input: string;
      practices: { code: string; name: string; town: string | null; postcode: string | null; footprint: string }[];
    }
  | ({
      kind: "results";
      origin: FinderOrigin;
      /** Where distances are measured from (3 decimals), for the map */
      point: { lat: number; lng: number } | null;
    } & FinderResults);

export type FinderPage = {
  /** The query as searched: tag slugs that are not in the managed list (of the parameter's kind) left out */
  query: FinderQuery;
  outcome: FinderOutcome;
  options: Record<TagKind, TagOption[]>;
  /** Labels of the chosen tags (for "Your filters") */
  chosenLabels: Record<string, string>;
};

const rounded = (p: { lat: number; lng: number }) => ({ lat: round(p.lat, 3), lng: round(p.lng, 3) });

/**
 * The query with only tag slugs of the managed list, each in the parameter of its kind: an unknown slug
 * ("for=x") or one of another kind ("lang=women-only") is not a filter. A retired tag is still a tag: it
 * stays chosen (and can be unticked) until the person removes it.
 */
export async function withKnownTags(query: FinderQuery): Promise<FinderQuery> {
  const index = await getSearchIndex();
  const known = (kind: TagKind) => (slug: string) => index.tags.get(slug)?.kind === kind;
  const languages = query.languages.filter(known("language"));
  const audiences = query.audiences.filter(known("audience"));
  const access = query.access.filter(known("access"));
  if (languages.length === query.languages.length && audiences.length === query.audiences.length && access.length === query.access.length) {
    return query;
  }
  return { ...query, languages, audiences, access };
}

/**
 * Everything the finder page shows for a query: geocoding, GP practices, results, and the query as searched
 * (unknown tags left out: see withKnownTags). Never throws for bad input.
 */
export async function finderPage(parsed: FinderQuery, at: Date = clockNow()): Promise<FinderPage> {
  const query = await withKnownTags(parsed);
  const filters: CafeFilters = { when: query.when, languages: query.languages, audiences: query.audiences, access: query.access };
  const [options, labels] = await Promise.all([
    filterOptions(query),
    tagLabels([...query.languages, ...query.audiences, ...query.access]),
  ]);
  const page = { query, options, chosenLabels: Object.fromEntries(labels) };
  const search = (origin: FinderSearch["origin"], footprintFirst: string | null = null) =>
    findCafes({ origin, footprintFirst, filters, page: query.page, perPage: RESULTS_PER_PAGE, at });

  switch (query.mode) {
    case "place": {
      if (query.qTooLong) return { ...page, outcome: { kind: "problem", problem: "too-long", input: query.q, suggestions: [] } };
      const hit = await geocode(query.q);
      if (!hit.ok) {
        const problem = hit.reason === "not-found" ? "not-found" : "invalid";
        return { ...page, outcome: { kind: "problem", problem, input: query.q, suggestions: hit.suggestions } };
      }
      const matched = hit.precision === "sector" || hit.precision === "district" ? (hit.matched ?? null) : null;
      const origin: FinderOrigin = {
        kind: "place",
        label: hit.label,
        precision: hit.precision,
        matched: matched && matched !== hit.label ? matched : null,
        corrected: hit.corrected === true,
        inLLR: hit.inLLR,
      };
      return { ...page, outcome: { kind: "results", origin, point: rounded(hit), ...(await search({ lat: hit.lat, lng: hit.lng })) } };
    }
    case "location": {
      const where = query.location ? reverseArea(query.location.lat, query.location.lng) : null;
      if (!query.location || !where) return { ...page, outcome: { kind: "problem", problem: "location", input: "", suggestions: [] } };
      const origin: FinderOrigin = { kind: "location", inLLR: where.inLLR, nearPlace: where.nearestPlace?.name ?? null };
      return { ...page, outcome: { kind: "results", origin, point: rounded(query.location), ...(await search(query.location)) } };
    }
    case "practice": {
      const practice = query.practice ? await practiceByCode(query.practice, todayInLondon(at)) : null;
      if (!practice) return { ...page, outcome: { kind: "problem", problem: "practice", input: query.practice ?? "", suggestions: [] } };
      const origin: FinderOrigin = {
        kind: "practice",
        inLLR: isInLLR(practice.lat, practice.lng),
        practice: { code: practice.code, name: practice.name, town: practice.town, footprint: practice.footprint.name },
      };
      return { ...page, outcome: { kind: "results", origin, point: rounded(practice), ...(await search(practice, practice.footprint.id)) } };
    }
    case "gp": {
      if (query.gpTooLong) return { ...page, outcome: { kind: "problem", problem: "gp-too-long", input: query.gp, suggestions: [] } };
      if (query.gp.replace(/[^\p{L}\p{N}]/gu, "").length < 2) {
        return { ...page, outcome: { kind: "problem", problem: "gp-too-short", input: query.gp, suggestions: [] } };
      }
      const found = await searchPractices(query.gp, 10, todayInLondon(at));
      if (found.length === 0) return { ...page, outcome: { kind: "problem", problem: "gp-not-found", input: query.gp, suggestions: [] } };
      return {
        ...page,
        outcome: {
          kind: "practices",
          input: query.gp,
          practices: found.map((p) => ({ code: p.code, name: p.name, town: p.town, postcode: p.postcode, footprint: p.footprint.name })),
        },
      };
    }
    default: {
      if (!hasFilters(query)) return { ...page, outcome: { kind: "start" } };
      return { ...page, outcome: { kind: "results", origin: { kind: "all", inLLR: true }, point: null, ...(await search(null)) } };
    }
  }
}
