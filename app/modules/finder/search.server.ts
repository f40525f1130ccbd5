/**
 * The public search: which listed cafés (~/modules/cafe, the index of listed cafés) are nearest a point,
 * with their status now, through the filters (./filters.ts).
 *
 * Opening states are worked out only for the cafés a search looks at, in nearest order, once a minute (the
 * index of listed cafés keeps them); which session of a café matches a time filter is kept for the minute
 * here.
 *
 * ## Pages
 *
 * RESULTS_PER_PAGE cafés a page, at most MAX_PAGES pages (the query never asks for a later one): on the last
 * page offered `hasMore` is false even when more cafés match. A page past the end of the results (a link
 * kept from before the data changed, an edited address) is empty with `pastEnd` set, so the finder can say
 * there are no more results instead of blaming the filters.
 *
 * When none of a page's cafés is open now, `nearestOpen` points to the nearest café open now that matches
 * the language, audience and access filters (a women-only search is never sent to a men's session).
 *
 * The results name the bank holiday of the filter's day (`bankHoliday`; today for "open now" and "this
 * evening"), so the page can explain what is listed, and why a list may be empty; a café listed for a
 * usual session its team has not confirmed on that day carries a note (`bankHolidayNote`).
 */
import { filterContext, matchesFilters, tagsMatch, timeMatches, unconfirmedSessionToNote, type FilterContext } from "./filters";
import type { FinderResults, FinderSearch } from "./finder-page";
import { MAX_PAGES } from "./finder-params";
import { bankHolidayDayText, bankHolidayNoteText } from "./finder-text";
import { bankHolidayOn } from "~/lib/bank-holidays";
import type { IndexedCafe } from "~/modules/cafe";
import { listedCafesAt, type ListedCafesAt } from "~/modules/cafe/index.server";
import { haversineKm, KM_PER_MILE } from "~/modules/geo";
import type { OpenInterval } from "~/modules/schedule";
import { now as clockNow } from "~/platform/clock.server";

/** Window matches of the minute, for the states of the same minute (keyed by them). */
const windowMatchMemo = new WeakMap<object, Map<string, OpenInterval | null>>();

function contextFor(listed: ListedCafesAt, filters: FinderSearch["filters"]): FilterContext {
  let matches = windowMatchMemo.get(listed.minuteKey);
  if (!matches) windowMatchMemo.set(listed.minuteKey, (matches = new Map()));
  return filterContext(filters, listed.at, listed.stateOf, matches);
}

type Ordered = { cafe: IndexedCafe; miles: number | null; inFootprint: boolean }[];

/** The matching cafés up to `wanted`: nearest first, a footprint's first, or by town and name without a starting point. */
function orderedCafes(listed: ListedCafesAt, search: FinderSearch, matches: (c: IndexedCafe) => boolean, wanted: number) {
  const { index } = listed;
  const origin = search.origin;
  let ordered: Ordered;
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
  return { ordered, inFootprint };
}

/** The cafés for a search, nearest first (see the module comment). */
export async function findCafes(search: FinderSearch): Promise<FinderResults> {
  const listed = await listedCafesAt(search.at ?? clockNow());
  const { index } = listed;
  const ctx = contextFor(listed, search.filters);
  const isOpen = listed.isOpen;
  // "Open now" asks the cheap question first: most cafés are closed at any moment.
  const matches = ctx.when === "now" ? (cafe: IndexedCafe) => isOpen(cafe) && matchesFilters(cafe, ctx) : (cafe: IndexedCafe) => matchesFilters(cafe, ctx);
  const page = Math.min(MAX_PAGES + 1, Math.max(1, Math.floor(search.page)));
  // A page after the last one offered lists nothing (and says there are no more results).
  const beyond = page > MAX_PAGES;
  const perPage = Math.max(1, Math.floor(search.perPage));
  const wanted = Math.min(page, MAX_PAGES) * perPage + 1;
  const { ordered, inFootprint } = orderedCafes(listed, search, matches, wanted);

  const pageItems = beyond ? [] : ordered.slice((page - 1) * perPage, page * perPage);
  const results = pageItems.map((o) => {
    const item = listed.listing(o.cafe, o.miles, o.inFootprint);
    const unconfirmed = unconfirmedSessionToNote(o.cafe, ctx, listed.stateOf(o.cafe));
    return unconfirmed ? { ...item, bankHolidayNote: bankHolidayNoteText(unconfirmed, ctx.today) } : item;
  });
  const filtered = ctx.languages.length > 0 || ctx.audiences.length > 0 || ctx.access.length > 0;
  const openCtx: FilterContext = { ...ctx, when: "now" };
  const matchesOpen = filtered ? (c: IndexedCafe) => tagsMatch(c, openCtx) && isOpen(c) && timeMatches(c, openCtx) : isOpen;
  const nearestWhere = (filter: (c: IndexedCafe) => boolean): FinderResults["nearestOpen"] => {
    if (search.origin) {
      const found = index.nearest.nearestOne(search.origin.lat, search.origin.lng, { filter });
      return found ? { slug: found.item.slug, name: found.item.name, miles: Math.round(found.miles * 100) / 100, filtered } : null;
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
  const bankHoliday = holiday && ctx.day ? { date: ctx.day, name: holiday.name, day: bankHolidayDayText(ctx.day, ctx.today) } : null;
  return { results, page, hasMore, pastEnd, anyOpenNow, nearestOpen, inFootprint, bankHoliday };
}
