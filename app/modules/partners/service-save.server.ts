/**
 * Saving a partner service of the organisation: the form checked against the database (tags, footprints,
 * the postcode's place), then one transaction writing the service, its tags, areas and place, and the
 * audit (before and after as serviceSnapshot/snapshotOfService). Callers authorise first.
 */
import { randomUUID } from "node:crypto";
import { isDistrict } from "./areas";
import { formSessions, type ServiceForm } from "./forms";
import { MANAGED_SERVICE_INCLUDE, type PartnerWriteResult } from "./manage.server";
import { SERVICE_TAG_KINDS } from "./service-rules";
import { serviceSnapshot, snapshotOfService } from "./service-snapshot.server";
import { slugify } from "~/lib/slug";
import { recordAudit } from "~/modules/audit/index.server";
import { geocode } from "~/modules/geo/index.server";
import { now } from "~/platform/clock.server";
import { prisma, type Tx } from "~/platform/db.server";
import { invalidatePublicData } from "~/platform/public-cache.server";

/** What a service form would store, checked against the database: tags of the right lists, the place of the postcode, footprints. */
export async function checkService(form: ServiceForm): Promise<
  | {
      ok: true;
      tagIds: string[];
      location: { lat: number; lng: number; postcode: string } | null;
      footprintIds: string[];
    }
  | { ok: false; error: "invalid"; field: string; code: string }
> {
  const wanted: [string, string[]][] = [
    ["support", form.supportTagIds],
    ["audience", form.audienceTagIds],
    ["language", form.languageTagIds],
  ];
  const ids = wanted.flatMap(([, list]) => list);
  const tags = await prisma.tag.findMany({
    where: { id: { in: ids }, kind: { in: [...SERVICE_TAG_KINDS] } },
    select: { id: true, kind: true },
  });
  for (const [kind, list] of wanted) {
    if (list.some((id) => !tags.some((t) => t.id === id && t.kind === kind))) {
      return {
        ok: false,
        error: "invalid",
        field: `${kind}TagIds`,
        code: "partners.error.tag",
      };
    }
  }
  const footprints = await prisma.footprint.findMany({
    where: { id: { in: form.areaFootprintIds } },
    select: { id: true },
  });
  if (footprints.length !== new Set(form.areaFootprintIds).size)
    return {
      ok: false,
      error: "invalid",
      field: "areaFootprintIds",
      code: "partners.error.area",
    };
  if (form.areaDistricts.some((d) => !isDistrict(d)))
    return {
      ok: false,
      error: "invalid",
      field: "areaDistricts",
      code: "partners.error.area",
    };
  let location: { lat: number; lng: number; postcode: string } | null = null;
  if (form.postcode) {
    const hit = await geocode(form.postcode);
    if (
      !hit.ok ||
      !(
        hit.precision === "postcode" ||
        hit.precision === "online" ||
        hit.precision === "sector"
      )
    ) {
      return {
        ok: false,
        error: "invalid",
        field: "postcode",
        code: "partners.error.postcode",
      };
    }
    location = {
      lat: hit.lat,
      lng: hit.lng,
      postcode: hit.normalised ?? form.postcode.toUpperCase(),
    };
  }
  return {
    ok: true,
    tagIds: [...new Set(ids)],
    location,
    footprintIds: [...new Set(form.areaFootprintIds)],
  };
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
 * Creates (serviceId null) or replaces a service of the organisation: details, tags, areas, and its one
 * location with its weekly sessions (none when the form has no place). Saving counts as checking it.
 */
export async function saveService(
  actorId: string,
  organisationId: string,
  serviceId: string | null,
  form: ServiceForm
): Promise<PartnerWriteResult> {
  const check = await checkService(form);
  if (!check.ok) return check;
  const result = await prisma.$transaction(
    async (tx): Promise<PartnerWriteResult> => {
      const data = {
        name: form.name,
        description: form.description,
        whoFor: form.whoFor,
        access: form.access,
        accessNotes: form.accessNotes,
        isFree: form.isFree === "yes",
        costNote: form.isFree === "yes" ? null : form.costNote,
        minimumAge: form.minimumAge,
        maximumAge: form.maximumAge,
        phone: form.phone,
        email: form.email,
        website: form.website,
        checkedAt: now(),
        staleReminderSentAt: null,
      };
      let id: string;
      let before: unknown = null;
      let existingLocations: {
        id: string;
        sessions: { dayOfWeek: number; startTime: string; endTime: string }[];
      }[] = [];
      if (serviceId) {
        const existing = await tx.partnerService.findFirst({
          where: { id: serviceId, organisationId },
          include: MANAGED_SERVICE_INCLUDE,
        });
        if (!existing) return { ok: false, error: "not-found" };
        before = snapshotOfService(existing);
        const { count } = await tx.partnerService.updateMany({
          where: { id: serviceId, organisationId },
          data,
        });
        if (count === 0) return { ok: false, error: "not-found" };
        await tx.partnerServiceTag.deleteMany({ where: { serviceId } });
        await tx.partnerServiceArea.deleteMany({ where: { serviceId } });
        id = serviceId;
        existingLocations = existing.locations;
      } else {
        const created = await tx.partnerService.create({
          data: {
            ...data,
            organisationId,
            slug: await uniqueSlug(tx, form.name),
            publicId: randomUUID(),
          },
        });
        id = created.id;
      }
      if (check.tagIds.length)
        await tx.partnerServiceTag.createMany({
          data: check.tagIds.map((tagId) => ({ serviceId: id, tagId })),
        });
      const areas = [
        ...(form.areaLLR
          ? [{ kind: "llr", footprintId: null, district: null }]
          : []),
        ...form.areaDistricts.map((district) => ({
          kind: "district",
          footprintId: null,
          district,
        })),
        ...check.footprintIds.map((footprintId) => ({
          kind: "footprint",
          footprintId,
          district: null,
        })),
      ];
      if (areas.length)
        await tx.partnerServiceArea.createMany({
          data: areas.map((a) => ({ ...a, serviceId: id })),
        });
      // The form edits the service's first place: it is updated in place so its public id (Open
      // Referral UK) and its dated exceptions survive a save; it is deleted only when the form has no place.
      const [kept, ...others] = existingLocations;
      if (
        check.location &&
        form.locationName &&
        form.addressLine1 &&
        form.town
      ) {
        const place = {
          name: form.locationName,
          addressLine1: form.addressLine1,
          town: form.town,
          postcode: check.location.postcode,
          lat: check.location.lat,
          lng: check.location.lng,
          byAppointment: !!form.byAppointment,
        };
        const sessions = form.byAppointment ? [] : formSessions(form);
        if (kept) {
          await tx.partnerLocation.update({
            where: { id: kept.id },
            data: place,
          });
          const same =
            kept.sessions.length === sessions.length &&
            sessions.every((s) =>
              kept.sessions.some(
                (k) =>
                  k.dayOfWeek === s.dayOfWeek &&
                  k.startTime === s.startTime &&
                  k.endTime === s.endTime
              )
            );
          if (!same) {
            await tx.partnerSession.deleteMany({
              where: { locationId: kept.id },
            });
            if (sessions.length)
              await tx.partnerSession.createMany({
                data: sessions.map((x) => ({ ...x, locationId: kept.id })),
              });
          }
        } else {
          await tx.partnerLocation.create({
            data: {
              serviceId: id,
              publicId: randomUUID(),
              ...place,
              sessions: { create: sessions },
            },
          });
        }
      } else if (kept) {
        await tx.partnerLocation.deleteMany({
          where: {
            serviceId: id,
            id: { in: [kept, ...others].map((l) => l.id) },
          },
        });
      }
      await recordAudit(tx, {
        actorId,
        action: serviceId
          ? "partner.service.updated"
          : "partner.service.created",
        entityType: "partner-service",
        entityId: id,
        before,
        after: serviceSnapshot(form),
      });
      return { ok: true, id };
    }
  );
  if (result.ok) invalidatePublicData();
  return result;
}
