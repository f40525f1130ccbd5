import { capPlacesFor } from "./cap-places";
import { addDays, fromLondon, londonDate } from "~/lib/london-time";
import { openIntervals } from "~/modules/schedule";
import { scheduleFromRows } from "~/modules/schedule";
import { prisma } from "~/platform/db.server";
import type { CafeListing } from "~/modules/cafe";
import { nearestListedCafes } from "~/modules/cafe/index.server";

/**
 * What a Central Access Point call handler needs to send a caller to a café today: the nearest listed
 * cafés with the sessions still to come today (or running now), how many places the CAP may book in each,
 * and the café's phone number.
 */
export type CapSession = {
  start: string;
  end: string;
  runningNow: boolean;
  confirmed: boolean;
  label: string | null;
  capPlaces: number;
};

export type CapCafe = {
  listing: CafeListing;
  phone: string | null;
  sessionsToday: CapSession[];
};

export async function cafesForCaller(point: { lat: number; lng: number }, at: Date, limit = 8): Promise<CapCafe[]> {
  const listings = await nearestListedCafes(point, { limit, at });
  if (!listings.length) return [];
  const cafes = await prisma.cafe.findMany({
    where: { slug: { in: listings.map((l) => l.slug) } },
    select: {
      slug: true,
      phone: true,
      capPlacesDefault: true,
      sessions: { include: { offer: { select: { title: true } } } },
      exceptions: { include: { offer: { select: { title: true } } } },
    },
  });
  const bySlug = new Map(cafes.map((c) => [c.slug, c]));
  const endOfToday = fromLondon(addDays(londonDate(at), 1), "00:00");
  return listings.map((listing) => {
    const cafe = bySlug.get(listing.slug);
    if (!cafe) return { listing, phone: null, sessionsToday: [] };
    const placesBySession = new Map(cafe.sessions.map((s) => [s.id, capPlacesFor(s, cafe.capPlacesDefault)]));
    const placesByException = new Map(cafe.exceptions.map((e) => [e.id, capPlacesFor(e, cafe.capPlacesDefault)]));
    const sessionsToday = openIntervals(scheduleFromRows(cafe), at, endOfToday).map((interval) => ({
      start: interval.start.toISOString(),
      end: interval.end.toISOString(),
      runningNow: interval.start <= at && at < interval.end,
      confirmed: interval.confirmed,
      label: interval.label ?? null,
      // Weekly and extra one-off sessions carry their own number, or the café's default; changed hours the default.
      capPlaces:
        (interval.sessionId ? placesBySession.get(interval.sessionId) : interval.exceptionId ? placesByException.get(interval.exceptionId) : undefined) ??
        capPlacesFor({ capPlaces: null }, cafe.capPlacesDefault),
    }));
    return { listing, phone: cafe.phone, sessionsToday };
  });
}
