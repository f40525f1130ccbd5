/**
 * The finder's filters, as rules on a listed café (~/modules/cafe, IndexedCafe). Pure: the caller passes
 * the instant and the café's opening state at that instant (worked out once a minute, see
 * ./search.server.ts).
 *
 * - when: `now` (certainly open now: an unanswered bank holiday is not "open"), `evening` (a session
 *   overlapping 5pm–11pm today that has not ended), or a weekday (a session on the next such date, today
 *   included, after exceptions);
 * - languages (any of them): spoken by the café's team, or at one of its offers;
 * - audiences (any of them): an offer for that audience; with a time filter, the session that matches the
 *   time must be that offer's (a women-only evening on Saturday does not make the café "open now" for women);
 * - accessibility (all of them): features of the café.
 *
 * ## Bank holidays and the time filters
 *
 * On a bank holiday a café's usual session is unconfirmed until its team says whether it opens
 * (~/modules/schedule, opening-hours). "Open now" means certainly open, so such a session never makes a
 * café "open now". But someone asking who is open on Monday, or this evening, expects the cafés that
 * usually are: when that day is a bank holiday, a café whose usual session is unconfirmed matches (never as
 * open: its status says "bank holiday — check before travelling"), and when its status is about another
 * session, the result carries a note with the usual hours on that day (`unconfirmedSessionToNote`). A café
 * that said it is closed that day does not match.
 */
import { EVENING_END, EVENING_START, whenWeekday, type When } from "./finder-params";
import { addDays, dateOfDayNumber, dayNumber, fromLondon, londonDate, weekdayOfDayNumber } from "~/lib/london-time";
import type { IndexedCafe } from "~/modules/cafe";
import { openIntervals, type OpeningState, type OpenInterval } from "~/modules/schedule";

export type CafeFilters = { when: When; languages: string[]; audiences: string[]; access: string[] };

export type FilterContext = CafeFilters & {
  at: Date;
  /** The London date of `at` */
  today: string;
  /** Evening window (sessions not yet ended), or a day's window (sessions starting that day), as [from, to) */
  window: { from: Date; to: Date; date: string | null } | null;
  /** The London date the time filter is about (today for now and evening), or null for any time */
  day: string | null;
  /** The café's opening state at `at` */
  stateOf: (cafe: IndexedCafe) => OpeningState;
  /** Café and time filter → the session in the filter's window that matched, or null (may be shared by searches in the same minute) */
  windowMatches: Map<string, OpenInterval | null>;
};

/** The filters at an instant: the window and the day the time filter is about. */
export function filterContext(
  filters: CafeFilters,
  at: Date,
  stateOf: (cafe: IndexedCafe) => OpeningState,
  windowMatches: Map<string, OpenInterval | null> = new Map(),
): FilterContext {
  const today = londonDate(at);
  let window: FilterContext["window"] = null;
  let day: string | null = filters.when === "any" ? null : today;
  if (filters.when === "evening") {
    window = { from: fromLondon(today, EVENING_START), to: fromLondon(today, EVENING_END), date: null };
  } else {
    const weekday = whenWeekday(filters.when);
    if (weekday !== null) {
      const todayNumber = dayNumber(today);
      const ahead = (weekday - weekdayOfDayNumber(todayNumber) + 7) % 7;
      const date = dateOfDayNumber(todayNumber + ahead);
      window = { from: fromLondon(date, "00:00"), to: fromLondon(addDays(date, 1), "00:00"), date };
      day = date;
    }
  }
  return { ...filters, at, today, window, day, stateOf, windowMatches };
}

/** Whether an offer (or no offer: the café's own session) suits the chosen audiences and languages. */
export function offerMatches(cafe: IndexedCafe, offerIndex: number | undefined, f: CafeFilters): boolean {
  const offer = offerIndex === undefined ? undefined : cafe.offers[offerIndex];
  if (f.audiences.length > 0 && !(offer && offer.audiences.some((a) => f.audiences.includes(a)))) return false;
  if (f.languages.length > 0) {
    const spoken = cafe.cafeLanguages.some((l) => f.languages.includes(l)) || (offer?.languages.some((l) => f.languages.includes(l)) ?? false);
    if (!spoken) return false;
  }
  return true;
}

/** Whether a session suits the chosen audiences and languages (through the offer it belongs to, if any). */
export function intervalMatches(cafe: IndexedCafe, iv: OpenInterval, f: CafeFilters): boolean {
  if (f.audiences.length === 0 && f.languages.length === 0) return true;
  const key = iv.sessionId ?? iv.exceptionId;
  return offerMatches(cafe, key === undefined ? undefined : cafe.offerOf.get(key), f);
}

/** The cheap part: tags of the café and its offers. */
export function tagsMatch(cafe: IndexedCafe, f: CafeFilters): boolean {
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
export function windowMatch(cafe: IndexedCafe, ctx: FilterContext): OpenInterval | null {
  const window = ctx.window;
  if (!window) return null;
  const key = `${cafe.id}|${ctx.when}|${ctx.audiences.join(",")}|${ctx.languages.join(",")}`;
  const known = ctx.windowMatches.get(key);
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
  ctx.windowMatches.set(key, found);
  return found;
}

/** The time filter: open now (for the chosen group), this evening, or on the day. */
export function timeMatches(cafe: IndexedCafe, ctx: FilterContext): boolean {
  if (ctx.when === "any") return true;
  if (ctx.when === "now") {
    const state = ctx.stateOf(cafe);
    return state.status === "open" && state.merged.some((iv) => intervalMatches(cafe, iv, ctx));
  }
  return windowMatch(cafe, ctx) !== null;
}

/** Every filter: tags first (cheap), then the time. */
export function matchesFilters(cafe: IndexedCafe, ctx: FilterContext): boolean {
  return tagsMatch(cafe, ctx) && timeMatches(cafe, ctx);
}

/**
 * With the evening or a weekday filter, the unconfirmed session (on an unanswered bank holiday) a café
 * matched for, when its status does not already say so (it is that session, or the next): the result
 * notes that day and the usual hours. Null otherwise.
 */
export function unconfirmedSessionToNote(cafe: IndexedCafe, ctx: FilterContext, state: OpeningState): OpenInterval | null {
  if (ctx.when === "any" || ctx.when === "now") return null;
  const iv = windowMatch(cafe, ctx);
  if (!iv || iv.confirmed) return null;
  const start = iv.start.getTime();
  if (state.status === "check" && state.interval.start.getTime() === start) return null;
  if (state.status === "closed" && state.next && state.next.start.getTime() === start) return null;
  return iv;
}
