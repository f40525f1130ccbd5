import { addDays, fromLondon, londonDate, MINUTE_MS } from "~/lib/london-time";
import { openIntervals, type OpenInterval, type Schedule } from "~/modules/schedule";
import { capPlacesFor } from "./cap-places";

/**
 * Which café sessions the Central Access Point may book, and how many places are left: pure rules, the
 * clock passed in. A bookable session occurrence is a *slot*: a café's weekly session or dated extra (or
 * changed-hours) session on one London date, keyed by the row it comes from, so that a booking keeps
 * pointing at the session it was made for even if the café's hours change afterwards.
 */

/** How long before a session ends the CAP stops booking into it: a caller needs time to get there. */
export const LAST_BOOKING_BEFORE_END_MINUTES = 30;
/** How many days ahead a date may be chosen. */
export const BOOKING_DAYS_AHEAD = 7;
/** When "this evening" starts (London time). */
export const EVENING_FROM = "17:00";

/** The café's numbers of CAP places: its default and each session's or exception's own. */
export type PlacesRows = {
  capPlacesDefault: number;
  sessions: readonly { id: string; capPlaces: number | null }[];
  exceptions: readonly { id: string; capPlaces: number | null }[];
};

export type Slot = {
  /** "weekly:<session id>" or "exception:<exception id>" */
  key: string;
  /** The London date it starts on */
  date: string;
  start: Date;
  end: Date;
  /** Places the CAP may book (0 = none) */
  offered: number;
  /** False for a weekly session on a bank holiday the café has not answered: book, but tell the caller to check */
  confirmed: boolean;
  label: string | null;
  bankHoliday: string | null;
};

/** The slot key of an occurrence of a session, or null for one that cannot be booked (no row behind it). */
export function slotKeyOf(interval: Pick<OpenInterval, "sessionId" | "exceptionId">): string | null {
  if (interval.sessionId) return `weekly:${interval.sessionId}`;
  if (interval.exceptionId) return `exception:${interval.exceptionId}`;
  return null;
}

function toSlot(interval: OpenInterval, places: PlacesRows): Slot | null {
  const key = slotKeyOf(interval);
  if (!key) return null;
  const own = interval.sessionId
    ? places.sessions.find((s) => s.id === interval.sessionId)
    : places.exceptions.find((e) => e.id === interval.exceptionId);
  return {
    key,
    date: interval.date,
    start: interval.start,
    end: interval.end,
    offered: capPlacesFor({ capPlaces: own?.capPlaces ?? null }, places.capPlacesDefault),
    confirmed: interval.confirmed,
    label: interval.label ?? null,
    bankHoliday: interval.bankHoliday?.name ?? null,
  };
}

/** Every slot starting on the London dates `first` … `last` (inclusive), soonest first. */
export function slotsOnDates(schedule: Schedule, places: PlacesRows, first: string, last: string): Slot[] {
  const intervals = openIntervals(schedule, fromLondon(first, "00:00"), fromLondon(addDays(last, 1), "00:00"));
  return intervals
    .filter((iv) => iv.date >= first && iv.date <= last)
    .map((iv) => toSlot(iv, places))
    .filter((s): s is Slot => s !== null);
}

/** The slot `key` on `date`, as the café's hours stand now, or null when it no longer runs (closed, removed). */
export function findSlot(schedule: Schedule, places: PlacesRows, date: string, key: string): Slot | null {
  return slotsOnDates(schedule, places, date, date).find((s) => s.key === key) ?? null;
}

/** May the CAP still book into this slot at `now`? Until LAST_BOOKING_BEFORE_END_MINUTES before it ends. */
export function stillBookable(slot: Pick<Slot, "end">, now: Date): boolean {
  return now.getTime() < slot.end.getTime() - LAST_BOOKING_BEFORE_END_MINUTES * MINUTE_MS;
}

/** When the caller can go. */
export type When = { kind: "today" } | { kind: "evening" } | { kind: "tomorrow" } | { kind: "date"; date: string };
export const WHEN_KINDS = ["today", "evening", "tomorrow", "date"] as const;

/** The dates a caller may choose for "a date": today … BOOKING_DAYS_AHEAD days ahead. */
export function choosableDates(now: Date): string[] {
  const today = londonDate(now);
  return Array.from({ length: BOOKING_DAYS_AHEAD + 1 }, (_, i) => addDays(today, i));
}

/**
 * The slots for `when` at `now`, soonest first, still bookable:
 * - today ("now or later today", the default): today's sessions, and last night's still running past midnight;
 * - this evening: today's sessions open at some time from EVENING_FROM to midnight;
 * - tomorrow, or a date within the next BOOKING_DAYS_AHEAD days: the sessions starting that day.
 * A date outside the choosable ones gives none.
 */
export function slotsFor(schedule: Schedule, places: PlacesRows, when: When, now: Date): Slot[] {
  const today = londonDate(now);
  const date = when.kind === "tomorrow" ? addDays(today, 1) : when.kind === "date" ? when.date : today;
  if (!choosableDates(now).includes(date)) return [];
  const first = date === today ? addDays(today, -1) : date;
  let slots = slotsOnDates(schedule, places, first, date).filter((s) => stillBookable(s, now));
  if (date === today) slots = slots.filter((s) => s.date === today || s.start <= now);
  if (when.kind === "evening") {
    const evening = fromLondon(today, EVENING_FROM);
    slots = slots.filter((s) => s.date === today && s.end > evening);
  }
  return slots;
}

/** Places left of those offered, given how many bookings hold a place now (never below 0). */
export function placesLeft(offered: number, booked: number): number {
  return Math.max(0, offered - booked);
}

/**
 * The place number a new booking tries to take: the lowest of 1 … offered that no booking holds, and none
 * when as many bookings hold places as are offered (also when the café lowered its places below them). The
 * database's unique key, not this choice, guarantees no place is taken twice: a booking that loses a race
 * for its place tries again with what is left.
 */
export function freePlace(offered: number, taken: readonly number[]): number | null {
  if (taken.length >= offered) return null;
  for (let place = 1; place <= offered; place += 1) if (!taken.includes(place)) return place;
  return null;
}

/**
 * Why an active booking needs someone to act: its session no longer runs, it now runs at other times than
 * the caller was told, or fewer places are offered than booked.
 */
export type BookingFlag = "session-closed" | "times-changed" | "places-lowered";

export function bookingFlag(
  booking: { status: string; sessionDate: string; slotKey: string; startsAt?: Date; endsAt?: Date },
  slotsOnDate: readonly (Pick<Slot, "key" | "offered"> & Partial<Pick<Slot, "start" | "end">>)[],
  activeOnSlot: number,
): BookingFlag | null {
  if (booking.status !== "booked" && booking.status !== "arrived") return null;
  const slot = slotsOnDate.find((s) => s.key === booking.slotKey) ?? slotsOnDate.find((s) => sameTimes(booking, s));
  if (!slot) return "session-closed";
  const moved = (a?: Date, b?: Date) => a !== undefined && b !== undefined && a.getTime() !== b.getTime();
  if (moved(booking.startsAt, slot.start) || moved(booking.endsAt, slot.end)) return "times-changed";
  return activeOnSlot > slot.offered ? "places-lowered" : null;
}

function sameTimes(booking: { startsAt?: Date; endsAt?: Date }, slot: { start?: Date; end?: Date }): boolean {
  return (
    booking.startsAt !== undefined &&
    booking.endsAt !== undefined &&
    slot.start !== undefined &&
    slot.end !== undefined &&
    booking.startsAt.getTime() === slot.start.getTime() &&
    booking.endsAt.getTime() === slot.end.getTime()
  );
}

/** Bookings holding places, grouped by what they were booked for. */
export type HeldGroup = { sessionDate: string; slotKey: string; startsAt: Date; endsAt: Date; count: number };

/**
 * The places held in a slot: bookings made for it, and bookings made for a session at exactly its times
 * that the café removed and added again (a new session, so a new key, but the same places in the room).
 */
export function heldInSlot(groups: readonly HeldGroup[], slot: Pick<Slot, "key" | "date" | "start" | "end">): number {
  let held = 0;
  for (const g of groups) {
    if (g.sessionDate === slot.date && (g.slotKey === slot.key || sameTimes(g, slot))) held += g.count;
  }
  return held;
}

/** Whether a session may be booked for this date: today … BOOKING_DAYS_AHEAD days ahead, as the search offers. */
export function bookableDate(date: string, now: Date): boolean {
  return choosableDates(now).includes(date) || date === addDays(londonDate(now), -1);
}

/** Options for a caller, soonest first, then nearest (unknown distances last). */
export function soonestThenNearest<T>(options: readonly T[], of: (option: T) => { start: Date | string; miles: number | null }): T[] {
  return [...options].sort((x, y) => {
    const a = of(x);
    const b = of(y);
    return new Date(a.start).getTime() - new Date(b.start).getTime() || (a.miles ?? Infinity) - (b.miles ?? Infinity);
  });
}
