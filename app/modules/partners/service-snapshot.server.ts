/** A partner service as its change history keeps it: from the form, and from the saved rows, in one shape. */
import type { Prisma } from "@prisma/client";
import { formSessions, type ServiceForm } from "./forms";
import type { MANAGED_SERVICE_INCLUDE } from "./manage.server";
import { normalise } from "./snapshot";

/** A service as the audit trail keeps it. */
export function serviceSnapshot(form: ServiceForm) {
  const {
    session1Day: _a,
    session1Start: _b,
    session1End: _c,
    session2Day: _d,
    session2Start: _e,
    session2End: _f,
    ...rest
  } = form;
  return normalise({ ...rest, sessions: formSessions(form) });
}

export type ManagedRow = Prisma.PartnerServiceGetPayload<{
  include: typeof MANAGED_SERVICE_INCLUDE;
}>;

/** The saved service in the same shape as snapshot(form), so the history shows only real changes. */
export function snapshotOfService(s: ManagedRow) {
  const loc = s.locations[0];
  const tagIds = (kind: string) =>
    s.tags.filter((x) => x.tag.kind === kind).map((x) => x.tagId);
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
    areaFootprintIds: s.areas.flatMap((a) =>
      a.kind === "footprint" && a.footprintId ? [a.footprintId] : []
    ),
    areaDistricts: s.areas.flatMap((a) =>
      a.kind === "district" && a.district ? [a.district] : []
    ),
    areaLLR: s.areas.some((a) => a.kind === "llr") ? "yes" : null,
    locationName: loc?.name,
    addressLine1: loc?.addressLine1,
    town: loc?.town,
    postcode: loc?.postcode,
    byAppointment: loc?.byAppointment ? "yes" : null,
    sessions: (loc?.sessions ?? []).map((x) => ({
      dayOfWeek: x.dayOfWeek,
      startTime: x.startTime,
      endTime: x.endTime,
    })),
  });
}
