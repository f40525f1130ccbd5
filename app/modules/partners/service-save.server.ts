/**
 * Saving a partner service of the organisation: the form checked against the database (tags, footprints,
 * every venue's postcode), every problem at once; then one transaction writing the service, its tags,
 * areas and venues, and the audit (before and after as serviceSnapshot/snapshotOfService). Each venue is
 * matched to its stored location by id (a location of another service is refused), so public ids and
 * dated exceptions survive a save; venues left out are deleted. Callers authorise first.
 */
import { randomUUID } from "node:crypto";
import { isDistrict } from "./areas";
import { serviceFields, venueHasPlace, venueSessions, type ServiceForm, type ServiceLookups } from "./forms";
import { MANAGED_SERVICE_INCLUDE } from "./manage.server";
import { SERVICE_TAG_KINDS } from "./service-rules";
import { serviceSnapshot, snapshotOfService } from "./service-snapshot.server";
import { slugify } from "~/lib/slug";
import { recordAudit } from "~/modules/audit/index.server";
import { geocode } from "~/modules/geo/index.server";
import { now } from "~/platform/clock.server";
import { prisma, type Tx } from "~/platform/db.server";
import { invalidatePublicData } from "~/platform/public-cache.server";

/** What a service form would store, checked against the database: tags of the right lists, the place of the postcode, footprints. */
type Place = { lat: number; lng: number; postcode: string };

/** Field name (as the form names it, "venues[1].postcode") → message code. */
export type FieldCodes = Record<string, string>;

export type ServiceSaveResult =
  | { ok: true; id: string }
  | { ok: false; error: "not-found" }
  | { ok: false; error: "invalid"; errors: FieldCodes };

/**
 * What a service form would store, checked against the database: tags of the right lists, footprints,
 * districts, and the place of each venue's postcode (`places` in the order of `form.venues`, null for a
 * venue without one). Every problem is reported, not only the first.
 */
export async function checkService(form: ServiceLookups): Promise<
  | { ok: true; tagIds: string[]; places: (Place | null)[]; footprintIds: string[] }
  | { ok: false; errors: FieldCodes }
> {
  const errors: FieldCodes = {};
  const wanted: [string, string[]][] = [
    ["support", form.supportTagIds],
    ["audience", form.audienceTagIds],
    ["language", form.languageTagIds],
  ];
  const ids = wanted.flatMap(([, list]) => list);
  const [tags, footprints, places] = await Promise.all([
    prisma.tag.findMany({ where: { id: { in: ids }, kind: { in: [...SERVICE_TAG_KINDS] } }, select: { id: true, kind: true } }),
    prisma.footprint.findMany({ where: { id: { in: form.areaFootprintIds } }, select: { id: true } }),
    Promise.all(
      form.venues.map(async (venue, i): Promise<Place | null> => {
        if (!venue.postcode) return null;
        const hit = await geocode(venue.postcode);
        if (!hit.ok || !(hit.precision === "postcode" || hit.precision === "online" || hit.precision === "sector")) {
          errors[`venues[${i}].postcode`] = "partners.error.postcode";
          return null;
        }
        return { lat: hit.lat, lng: hit.lng, postcode: hit.normalised ?? venue.postcode.toUpperCase() };
      }),
    ),
  ]);
  for (const [kind, list] of wanted)
    if (list.some((id) => !tags.some((t) => t.id === id && t.kind === kind))) errors[`${kind}TagIds`] = "partners.error.tag";
  if (footprints.length !== new Set(form.areaFootprintIds).size) errors.areaFootprintIds = "partners.error.area";
  if (form.areaDistricts.some((d) => !isDistrict(d))) errors.areaDistricts = "partners.error.area";
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, tagIds: [...new Set(ids)], places, footprintIds: [...new Set(form.areaFootprintIds)] };
}

async function uniqueSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name).slice(0, 60) || "service";
  let slug = base;
  for (
    let n = 2;
    await tx.partnerService.findUnique({
      where: { slug },
      select: { id: true },
    });
    n++
  )
    slug = `${base}-${n}`;
  return slug;
}

/**
 * Creates (serviceId null) or replaces a service of the organisation: details, tags, areas, and its venues
 * with their weekly sessions (none when the form has no place). Saving counts as checking it.
 */
export async function saveService(
  actorId: string,
  organisationId: string,
  serviceId: string | null,
  form: ServiceForm,
): Promise<ServiceSaveResult> {
  const check = await checkService(form);
  if (!check.ok) return { ok: false, error: "invalid", errors: check.errors };
  // The venues that name a place, each with its index in the form (for messages) and its checked place.
  const venues = form.venues.flatMap((venue, index) => {
    const place = check.places[index];
    return venueHasPlace(venue) && place && venue.name && venue.addressLine1 && venue.town ? [{ venue, index, place }] : [];
  });
  const result = await prisma.$transaction(async (tx): Promise<ServiceSaveResult> => {
    const data = {
      ...serviceFields(form),
      checkedAt: now(),
      staleReminderSentAt: null,
    };
    let id: string;
    let before: unknown = null;
    if (serviceId) {
      const existing = await tx.partnerService.findFirst({ where: { id: serviceId, organisationId }, include: MANAGED_SERVICE_INCLUDE });
      if (!existing) return { ok: false, error: "not-found" };
      before = snapshotOfService(existing);
      const { count } = await tx.partnerService.updateMany({ where: { id: serviceId, organisationId }, data });
      if (count === 0) return { ok: false, error: "not-found" };
      await tx.partnerServiceTag.deleteMany({ where: { serviceId } });
      await tx.partnerServiceArea.deleteMany({ where: { serviceId } });
      id = serviceId;
    } else {
      const created = await tx.partnerService.create({
        data: { ...data, organisationId, slug: await uniqueSlug(tx, form.name), publicId: randomUUID() },
      });
      id = created.id;
    }
    // A venue's id must be one of this service's locations (of this organisation), named once.
    const named = venues.flatMap((v) => (v.venue.id ? [v.venue.id] : []));
    const stored = named.length
      ? await tx.partnerLocation.findMany({
          where: { id: { in: named }, serviceId: id, service: { organisationId } },
          include: { sessions: true },
        })
      : [];
    const refused = venues.find((v) => v.venue.id && (!stored.some((s) => s.id === v.venue.id) || named.indexOf(v.venue.id) !== named.lastIndexOf(v.venue.id)));
    if (refused) throw new RefusedVenue(refused.index);

    if (check.tagIds.length) await tx.partnerServiceTag.createMany({ data: check.tagIds.map((tagId) => ({ serviceId: id, tagId })) });
    const areas = [
      ...(form.areaLLR ? [{ kind: "llr", footprintId: null, district: null }] : []),
      ...form.areaDistricts.map((district) => ({ kind: "district", footprintId: null, district })),
      ...check.footprintIds.map((footprintId) => ({ kind: "footprint", footprintId, district: null })),
    ];
    if (areas.length) await tx.partnerServiceArea.createMany({ data: areas.map((a) => ({ ...a, serviceId: id })) });

    // Venues left out of the form go (with their sessions and exceptions); the others are updated in place.
    await tx.partnerLocation.deleteMany({ where: { serviceId: id, id: { notIn: named } } });
    for (const [sortOrder, { venue, place }] of venues.entries()) {
      const fields = {
        name: venue.name!,
        addressLine1: venue.addressLine1!,
        town: venue.town!,
        postcode: place.postcode,
        lat: place.lat,
        lng: place.lng,
        byAppointment: !!venue.byAppointment,
        sortOrder,
      };
      const sessions = venueSessions(venue);
      const kept = stored.find((s) => s.id === venue.id);
      if (!kept) {
        await tx.partnerLocation.create({ data: { serviceId: id, publicId: randomUUID(), ...fields, sessions: { create: sessions } } });
        continue;
      }
      await tx.partnerLocation.update({ where: { id: kept.id }, data: fields });
      const same =
        kept.sessions.length === sessions.length &&
        sessions.every((s) => kept.sessions.some((k) => k.dayOfWeek === s.dayOfWeek && k.startTime === s.startTime && k.endTime === s.endTime));
      if (!same) {
        await tx.partnerSession.deleteMany({ where: { locationId: kept.id } });
        if (sessions.length) await tx.partnerSession.createMany({ data: sessions.map((x) => ({ ...x, locationId: kept.id })) });
      }
    }
    await recordAudit(tx, {
      actorId,
      action: serviceId ? "partner.service.updated" : "partner.service.created",
      entityType: "partner-service",
      entityId: id,
      before,
      after: serviceSnapshot(form, venues.map((v) => v.place.postcode)),
    });
    return { ok: true, id };
  }).catch((error: unknown) => {
    if (error instanceof RefusedVenue) return { ok: false as const, error: "invalid" as const, errors: { _form: "partners.error.venueNotFound" } };
    throw error;
  });
  if (result.ok) invalidatePublicData();
  return result;
}

/** Thrown inside the transaction to roll it back when a venue names a location that is not the service's. */
class RefusedVenue extends Error {
  constructor(readonly index: number) {
    super("venue not of this service");
  }
}
