/**
 * What a service form would look like on the public pages, before saving: built from the checked form
 * (every venue, with its checked place), with the labels of its tags and footprints.
 */
import { serviceFields, venueHasPlace, venueSessions, type ServiceForm } from "./forms";
import type { PublicArea, PublicLocation, PublicService } from "./types";
import { prisma } from "~/platform/db.server";

export async function previewService(
  organisation: { slug: string; name: string; isDemo: boolean },
  form: ServiceForm,
  places: readonly ({ lat: number; lng: number; postcode: string } | null)[],
  at: Date,
): Promise<PublicService> {
  const ids = [...form.supportTagIds, ...form.audienceTagIds, ...form.languageTagIds];
  const tags = await prisma.tag.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, label: true, kind: true } });
  const of = (list: string[]) => list.flatMap((id) => tags.filter((t) => t.id === id).map((t) => ({ slug: t.slug, label: t.label })));
  const footprints = await prisma.footprint.findMany({ where: { id: { in: form.areaFootprintIds } }, select: { id: true, name: true } });
  const areas: PublicArea[] = [
    ...(form.areaLLR ? [{ kind: "llr" as const, label: "LLR" }] : []),
    ...form.areaDistricts.map((d) => ({ kind: "district" as const, district: d as "Leicester", label: d })),
    ...footprints.map((f) => ({ kind: "footprint" as const, footprintId: f.id, label: f.name })),
  ];
  const locations: PublicLocation[] = form.venues.flatMap((venue, i) => {
    const place = places[i];
    if (!venueHasPlace(venue) || !place || !venue.name || !venue.addressLine1 || !venue.town) return [];
    return [
      {
        id: `preview-${i}`,
        name: venue.name,
        address: [venue.addressLine1, venue.town],
        postcode: place.postcode,
        lat: place.lat,
        lng: place.lng,
        byAppointment: !!venue.byAppointment,
        schedule: { sessions: venueSessions(venue).map((s) => ({ ...s, validFrom: null, validUntil: null })), exceptions: [] },
      },
    ];
  });
  return {
    id: "preview",
    slug: "preview",
    ...serviceFields(form),
    checkedAt: at,
    notConfirmedRecently: false,
    isDemo: organisation.isDemo,
    organisation: { slug: organisation.slug, name: organisation.name },
    support: of(form.supportTagIds),
    audiences: of(form.audienceTagIds),
    languages: of(form.languageTagIds),
    locations,
    areas,
  };
}
