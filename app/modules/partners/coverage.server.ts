import { DISTRICTS, isDistrict, type District } from "./areas";
import { PUBLIC_SERVICE } from "./public.server";
import { suggestFootprint } from "~/modules/footprint/index.server";
import { areaAt } from "~/modules/geo/index.server";
import { prisma } from "~/platform/db.server";

/** A public partner service serving a footprint: through an area it covers, a location in it, or both. */
export type FootprintPartnerService = {
  slug: string;
  name: string;
  organisation: { slug: string; name: string };
  byArea: boolean;
  byLocation: boolean;
};

/**
 * The public partner services serving each footprint (by id), for the coverage dashboard: a service serves
 * a footprint when one of its areas covers it (the footprint itself, its area of LLR, or the whole of LLR)
 * or one of its locations lies in it (the footprint module's placing of a point, within LLR only).
 * Each footprint's list is in name order.
 */
export async function partnerServicesByFootprint(
  footprints: readonly { id: string; area: string }[],
  asOf: string
): Promise<Map<string, FootprintPartnerService[]>> {
  const services = await prisma.partnerService.findMany({
    where: PUBLIC_SERVICE,
    select: {
      slug: true,
      name: true,
      organisation: { select: { slug: true, name: true } },
      areas: { select: { kind: true, footprintId: true, district: true } },
      locations: { select: { lat: true, lng: true } },
    },
    orderBy: { name: "asc" },
  });
  const byDistrict = new Map<District, string[]>(DISTRICTS.map((d) => [d, []]));
  for (const f of footprints) if (isDistrict(f.area)) byDistrict.get(f.area)!.push(f.id);
  const known = new Set(footprints.map((f) => f.id));
  const out = new Map<string, FootprintPartnerService[]>(footprints.map((f) => [f.id, []]));

  for (const s of services) {
    const viaArea = new Set<string>();
    for (const a of s.areas) {
      if (a.kind === "llr") for (const ids of byDistrict.values()) ids.forEach((id) => viaArea.add(id));
      else if (a.kind === "district" && isDistrict(a.district)) byDistrict.get(a.district)!.forEach((id) => viaArea.add(id));
      else if (a.kind === "footprint" && a.footprintId && known.has(a.footprintId)) viaArea.add(a.footprintId);
    }
    const viaLocation = new Set<string>();
    for (const l of s.locations) {
      if (areaAt(l.lat, l.lng) === null) continue;
      const f = await suggestFootprint(l.lat, l.lng, asOf);
      if (f && known.has(f.id)) viaLocation.add(f.id);
    }
    for (const id of new Set([...viaArea, ...viaLocation])) {
      out.get(id)!.push({
        slug: s.slug,
        name: s.name,
        organisation: s.organisation,
        byArea: viaArea.has(id),
        byLocation: viaLocation.has(id),
      });
    }
  }
  return out;
}
