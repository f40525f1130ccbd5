/**
 * Listed cafés with their status now, read from the index of listed cafés (./listed-index.server.ts).
 *
 * Opening states are computed lazily, only for the cafés a reader looks at, and kept for the rest of the
 * clock's minute (the state cannot change within a minute: sessions start and end on whole minutes), in
 * words too (loader data: a few strings, never changed once made).
 */
import type { TagKind } from "~/modules/tags";
import { cafeAddress, type CafeListing, type IndexedCafe, type TagOption } from "./listed-cafe";
import { listedCafeIndex, type ListedCafeIndex } from "./listed-index.server";
import { hoursNotConfirmedRecently } from "~/modules/schedule";
import { isOpenAt } from "./open-now";
import { openingStatusView, type OpeningStatusView } from "~/modules/schedule";
import { openingState, type OpeningState } from "~/modules/schedule";
import { now as clockNow } from "~/platform/clock.server";
import { clockMinute } from "~/platform/public-cache.server";
import { currentLocale } from "~/platform/request-locale.server";

type Memo = {
  minute: number;
  index: ListedCafeIndex;
  states: Map<string, OpeningState>;
  /** The states in words, by language and café ("<locale> <café id>"): each language has its own words */
  views: Map<string, OpeningStatusView>;
};
let memo: Memo | undefined;

function memoFor(index: ListedCafeIndex, at: Date): Memo {
  const minute = clockMinute(at);
  if (!memo || memo.minute !== minute || memo.index !== index) {
    memo = { minute, index, states: new Map(), views: new Map() };
  }
  return memo;
}

function round(value: number, decimals: number) {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * The listed cafés at an instant: the index, and the opening states of the clock's minute, each worked out
 * once (in words too) whoever asks for it.
 */
export type ListedCafesAt = {
  index: ListedCafeIndex;
  at: Date;
  /** The same object for every reader in the same minute of the same index: a key for memos of what depends on the states */
  minuteKey: object;
  stateOf(cafe: IndexedCafe): OpeningState;
  /** Whether the café is open at `at`: the same answer as stateOf's, without working out its state (./open-now.ts) */
  isOpen(cafe: IndexedCafe): boolean;
  statusOf(cafe: IndexedCafe): OpeningStatusView;
  /** The café as a list shows it; `miles` from the search's starting point (null without one) */
  listing(cafe: IndexedCafe, miles: number | null, inFootprint?: boolean): CafeListing;
};

function listedAt(index: ListedCafeIndex, at: Date): ListedCafesAt {
  const m = memoFor(index, at);
  const stateOf = (cafe: IndexedCafe): OpeningState => {
    let state = m.states.get(cafe.id);
    if (!state) {
      state = openingState(cafe.schedule, at);
      m.states.set(cafe.id, state);
    }
    return state;
  };
  const statusOf = (cafe: IndexedCafe): OpeningStatusView => {
    const key = `${currentLocale()} ${cafe.id}`;
    let view = m.views.get(key);
    if (!view) {
      view = openingStatusView(stateOf(cafe));
      m.views.set(key, view);
    }
    return view;
  };
  const label = (slug: string) => index.tags.get(slug)?.label ?? slug;
  const listing = (cafe: IndexedCafe, miles: number | null, inFootprint = false): CafeListing => ({
    slug: cafe.slug,
    name: cafe.name,
    address: cafeAddress(cafe),
    lat: round(cafe.lat, 5),
    lng: round(cafe.lng, 5),
    miles: miles === null ? null : round(miles, 2),
    status: statusOf(cafe),
    openNow: stateOf(cafe).status === "open",
    footprint: cafe.footprint ? { name: cafe.footprint.name, slug: cafe.footprint.slug } : null,
    inFootprint,
    languages: cafe.languages.map((slug) => ({ slug, label: label(slug) })),
    audiences: cafe.audiences.map((slug) => ({ slug, label: label(slug) })),
    access: cafe.access.map((slug) => ({ slug, label: label(slug) })),
    stale: hoursNotConfirmedRecently(cafe.hoursVerifiedAt, at),
  });
  const atMs = at.getTime();
  const isOpen = (cafe: IndexedCafe): boolean => {
    const state = m.states.get(cafe.id);
    return state ? state.status === "open" : isOpenAt(index.openSpans, cafe, atMs);
  };
  return { index, at, minuteKey: m, stateOf, isOpen, statusOf, listing };
}

/** The listed cafés now (or at `at`), with their states of that minute. */
export async function listedCafesAt(at: Date = clockNow()): Promise<ListedCafesAt> {
  return listedAt(await listedCafeIndex(), at);
}

/** Listed cafés nearest a point (for a closed café's page, an empty area, a caller), excluding some. */
export async function nearestListedCafes(
  point: { lat: number; lng: number },
  options: { limit: number; excludeIds?: string[]; at?: Date },
): Promise<CafeListing[]> {
  const listed = await listedCafesAt(options.at);
  const exclude = new Set(options.excludeIds ?? []);
  return listed.index.nearest
    .nearest(point.lat, point.lng, { limit: options.limit, filter: (c) => !exclude.has(c.id) })
    .map((n) => listed.listing(n.item, n.miles));
}

/** The listed cafés of a footprint (by id), by name, with their status now. */
export async function listedCafesInFootprint(footprintId: string, at: Date = clockNow()): Promise<CafeListing[]> {
  const listed = await listedCafesAt(at);
  return listed.index.cafes
    .filter((c) => c.footprintId === footprintId)
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB"))
    .map((c) => listed.listing(c, null));
}

/** Counts of listed cafés per footprint id. */
export async function listedCafeCounts(): Promise<Map<string, number>> {
  const index = await listedCafeIndex();
  const counts = new Map<string, number>();
  for (const c of index.cafes) if (c.footprintId) counts.set(c.footprintId, (counts.get(c.footprintId) ?? 0) + 1);
  return counts;
}

/**
 * The filter choices: the current tags of each kind in list order, plus any retired tag that is chosen now
 * (so it can be unticked). Retired tags are otherwise hidden from the filters but still shown on cafés.
 */
export async function filterOptions(chosen: { languages: string[]; audiences: string[]; access: string[] }): Promise<Record<TagKind, TagOption[]>> {
  const index = await listedCafeIndex();
  const pick = (kind: TagKind, selected: string[]) =>
    index.tagsByKind[kind]
      .filter((tag) => !tag.retired || selected.includes(tag.slug))
      .map((tag): TagOption => (tag.retired ? { slug: tag.slug, label: tag.label, retired: true } : { slug: tag.slug, label: tag.label }));
  return { language: pick("language", chosen.languages), audience: pick("audience", chosen.audiences), access: pick("access", chosen.access), support: [] };
}

/** The labels of tag slugs (unknown slugs are left out). */
export async function tagLabels(slugs: string[]): Promise<Map<string, string>> {
  const index = await listedCafeIndex();
  const out = new Map<string, string>();
  for (const slug of slugs) {
    const tag = index.tags.get(slug);
    if (tag) out.set(slug, tag.label);
  }
  return out;
}

