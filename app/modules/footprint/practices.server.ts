/**
 * A GP practice by its ODS code, as a place to search from: where it is and the footprint it belongs to.
 */
import { practiceActiveOn } from "./active-on";
import { PRACTICE_CODE } from "./practice-code";
import { todayInLondon } from "~/platform/clock.server";
import { prisma } from "~/platform/db.server";

export type PracticeOrigin = {
  code: string;
  name: string;
  town: string | null;
  postcode: string | null;
  lat: number;
  lng: number;
  footprint: { id: string; name: string; slug: string };
};

/** A GP practice by its ODS code, as a member of its footprint on the date (or most recently). Null if unknown. */
export async function practiceByCode(code: string, asOf: string = todayInLondon()): Promise<PracticeOrigin | null> {
  if (!PRACTICE_CODE.test(code)) return null;
  const rows = await prisma.practice.findMany({
    where: { code },
    select: {
      code: true,
      name: true,
      town: true,
      postcode: true,
      lat: true,
      lng: true,
      activeFrom: true,
      activeUntil: true,
      footprint: { select: { id: true, name: true, slug: true } },
    },
  });
  if (rows.length === 0) return null;
  const active = rows.filter((r) => practiceActiveOn(r, asOf));
  const chosen = active[0] ?? [...rows].sort((a, b) => (b.activeUntil ?? "9999").localeCompare(a.activeUntil ?? "9999"))[0]!;
  return {
    code: chosen.code,
    name: chosen.name,
    town: chosen.town,
    postcode: chosen.postcode,
    lat: chosen.lat,
    lng: chosen.lng,
    footprint: chosen.footprint,
  };
}
