/**
 * A partner service as its change history keeps it: from the form, and from the saved rows, in one shape
 * (every venue with its address and weekly sessions, in the form's order), so the history shows only
 * real changes.
 */
import type { Prisma } from "@prisma/client";
import { formVenues, venueSessions, type ServiceForm } from "./forms";
import type { MANAGED_SERVICE_INCLUDE } from "./manage.server";
import { normalise } from "./snapshot";

type VenueSnapshot = {
  name: string;
  addressLine1: string;
  town: string;
  postcode: string;
  byAppointment: boolean;
  sessions: { dayOfWeek: number; startTime: string; endTime: string }[];
};

function sortedSessions(list: VenueSnapshot["sessions"]) {
  return [...list].sort((a, b) => a.dayOfWeek - b.dayOfWeek || a.startTime.localeCompare(b.startTime));
}

/** A service as the audit trail keeps it; `postcodes` are the venues' postcodes as stored (the geocoder's). */
export function serviceSnapshot(form: ServiceForm, postcodes: readonly string[] = []) {
  const { venues: _venues, ...rest } = form;
  const venues: VenueSnapshot[] = formVenues(form).map((v, i) => ({
    name: v.name ?? "",
    addressLine1: v.addressLine1 ?? "",
    town: v.town ?? "",
    postcode: postcodes[i] ?? v.postcode ?? "",
    byAppointment: !!v.byAppointment,
    sessions: sortedSessions(venueSessions(v)),
  }));
  return normalise({ ...rest, venues });
}

export type ManagedRow = Prisma.PartnerServiceGetPayload<{
  include: typeof MANAGED_SERVICE_INCLUDE;
}>;

/** The saved service in the same shape as serviceSnapshot(form). */
export function snapshotOfService(s: ManagedRow) {
  const tagIds = (kind: string) => s.tags.filter((x) => x.tag.kind === kind).map((x) => x.tagId);
  const venues: VenueSnapshot[] = s.locations.map((l) => ({
    name: l.name,
    addressLine1: l.addressLine1,
    town: l.town,
    postcode: l.postcode,
    byAppointment: l.byAppointment,
    sessions: sortedSessions(
      l.byAppointment ? [] : l.sessions.map((x) => ({ dayOfWeek: x.dayOfWeek, startTime: x.startTime, endTime: x.endTime })),
    ),
  }));
  return normalise({
    name: s.name,
    description: s.description,
    whoFor: s.whoFor,
    access: s.access,
    accessNotes: s.accessNotes,
    isFree: s.isFree ? "yes" : "no",
    costNote: s.costNote,
    minimumAge: s.minimumAge,
    maximumAge: s.maximumAge,
    phone: s.phone,
    email: s.email,
    website: s.website,
    supportTagIds: tagIds("support"),
    audienceTagIds: tagIds("audience"),
    languageTagIds: tagIds("language"),
    areaFootprintIds: s.areas.flatMap((a) => (a.kind === "footprint" && a.footprintId ? [a.footprintId] : [])),
    areaDistricts: s.areas.flatMap((a) => (a.kind === "district" && a.district ? [a.district] : [])),
    areaLLR: s.areas.some((a) => a.kind === "llr") ? "yes" : null,
    venues,
  });
}
