import { addDays, londonDate } from "~/lib/london-time";
import { cafeAddress } from "~/modules/cafe";
import { listedCafesAt } from "~/modules/cafe/index.server";
import { searchPractices } from "~/modules/footprint/index.server";
import { geocode } from "~/modules/geo/index.server";
import { scheduleFromRows } from "~/modules/schedule";
import { prisma } from "~/platform/db.server";
import { bookableDate, choosableDates, heldInSlot, placesLeft, slotsFor, soonestThenNearest, stillBookable } from "./availability";
import { optionValue, type SlotChoice } from "./booking-form";
import { BOOKABLE_CAFE, heldGroups, loadBookableCafe, slotOf, takenPlaces } from "./bookings.server";
import { meetsNeeds, type CapOption, type CapSearch } from "./cap-search";

/**
 * Finding a place for a caller: where they are (a postcode, town or village, else a GP surgery's name),
 * the nearest listed cafés that meet their needs, and each session of those cafés for when they can go
 * with CAP places left, soonest and nearest first.
 */

export type CapPlaceFound = { label: string; inLLR: boolean; gp: boolean };
export type CapFindResult =
  | { ok: true; place: CapPlaceFound; point: { lat: number; lng: number }; options: CapOption[] }
  | { ok: false; reason: "empty" | "not-found"; input: string; suggestions: string[] };

/** How many of the nearest cafés meeting the caller's needs are looked at. */
export const CAFES_LOOKED_AT = 12;

async function locate(q: string): Promise<{ lat: number; lng: number; place: CapPlaceFound } | { miss: Extract<CapFindResult, { ok: false }> }> {
  const found = await geocode(q);
  if (found.ok) return { lat: found.lat, lng: found.lng, place: { label: found.label, inLLR: found.inLLR, gp: false } };
  if (found.reason === "empty") return { miss: { ok: false, reason: "empty", input: "", suggestions: [] } };
  const [practice] = await searchPractices(q, 1);
  if (practice) return { lat: practice.lat, lng: practice.lng, place: { label: practice.name, inLLR: true, gp: true } };
  return { miss: { ok: false, reason: "not-found", input: found.input, suggestions: found.suggestions } };
}

export async function findPlaces(search: CapSearch, at: Date): Promise<CapFindResult> {
  const located = await locate(search.q);
  if ("miss" in located) return located.miss;
  const listed = await listedCafesAt(at);
  const nearest = listed.index.nearest.nearest(located.lat, located.lng, {
    limit: CAFES_LOOKED_AT,
    filter: (c) => meetsNeeds(c, search),
  });
  const ids = nearest.map((n) => n.item.id);
  const [cafes, held] = await Promise.all([
    prisma.cafe.findMany({ where: { id: { in: ids }, status: "open" }, select: BOOKABLE_CAFE }),
    heldGroups(ids, addDays(londonDate(at), -1)),
  ]);
  const byId = new Map(cafes.map((c) => [c.id, c]));
  const options: CapOption[] = [];
  for (const { item, miles } of nearest) {
    const cafe = byId.get(item.id);
    if (!cafe) continue;
    const summary = { id: cafe.id, slug: item.slug, name: cafe.name, address: cafeAddress(cafe), phone: cafe.phone, miles: Math.round(miles * 10) / 10 };
    for (const slot of slotsFor(scheduleFromRows(cafe), cafe, search.when, at)) {
      const left = placesLeft(slot.offered, heldInSlot(held.get(cafe.id) ?? [], slot));
      if (left === 0) continue;
      options.push({
        option: optionValue({ cafeId: cafe.id, date: slot.date, slot: slot.key }),
        cafe: summary,
        date: slot.date,
        start: slot.start.toISOString(),
        end: slot.end.toISOString(),
        label: slot.label,
        offered: slot.offered,
        left,
        confirmed: slot.confirmed,
        bankHoliday: slot.bankHoliday,
      });
    }
  }
  return { ok: true, place: located.place, point: { lat: located.lat, lng: located.lng }, options: soonestThenNearest(options, (o) => ({ start: o.start, miles: o.cafe.miles })) };
}

/** One session to book, as the booking page shows it (places left now); null when it can no longer be booked. */
export async function describeOption(choice: SlotChoice, at: Date): Promise<CapOption | null> {
  const cafe = await loadBookableCafe(choice.cafeId);
  if (!cafe || cafe.status !== "open") return null;
  const slot = slotOf(cafe, choice);
  if (!slot || !stillBookable(slot, at) || !bookableDate(slot.date, at)) return null;
  const held = await takenPlaces(prisma, cafe.id, slot);
  return {
    option: optionValue(choice),
    cafe: { id: cafe.id, slug: cafe.slug, name: cafe.name, address: cafeAddress(cafe), phone: cafe.phone, miles: null },
    date: slot.date,
    start: slot.start.toISOString(),
    end: slot.end.toISOString(),
    label: slot.label,
    offered: slot.offered,
    left: placesLeft(slot.offered, held.length),
    confirmed: slot.confirmed,
    bankHoliday: slot.bankHoliday,
  };
}

/** The sessions of one café with places left over the next days (to move a booking within the café). */
export async function cafeOptions(cafeId: string, at: Date): Promise<CapOption[]> {
  const cafe = await loadBookableCafe(cafeId);
  if (!cafe || cafe.status !== "open") return [];
  const schedule = scheduleFromRows(cafe);
  const held = (await heldGroups([cafeId], addDays(londonDate(at), -1))).get(cafeId) ?? [];
  const summary = { id: cafe.id, slug: cafe.slug, name: cafe.name, address: cafeAddress(cafe), phone: cafe.phone, miles: null };
  const seen = new Set<string>();
  const options: CapOption[] = [];
  for (const date of choosableDates(at)) {
    for (const slot of slotsFor(schedule, cafe, { kind: "date", date }, at)) {
      const option = optionValue({ cafeId, date: slot.date, slot: slot.key });
      const left = placesLeft(slot.offered, heldInSlot(held, slot));
      if (left === 0 || seen.has(option)) continue;
      seen.add(option);
      options.push({ option, cafe: summary, date: slot.date, start: slot.start.toISOString(), end: slot.end.toISOString(), label: slot.label, offered: slot.offered, left, confirmed: slot.confirmed, bankHoliday: slot.bankHoliday });
    }
  }
  return options;
}
