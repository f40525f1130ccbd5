import type { Prisma } from "@prisma/client";
import { isoDate, readCsv, requiredNumber } from "./files";
import type { LoadCounts } from "./footprints";
import { tidyPracticeName, tidyTown } from "./names";

/**
 * GP practices and the footprint each belongs to (pcn-practices.csv): every practice-to-PCN relationship,
 * ended ones too, with its dates, so membership on any date can be worked out.
 */
export type PracticeRecord = {
  footprintCode: string;
  code: string;
  name: string;
  postcode: string | null;
  town: string | null;
  lat: number;
  lng: number;
  activeFrom: string | null;
  activeUntil: string | null;
};

export function practiceRecords(): PracticeRecord[] {
  return readCsv("pcn-practices.csv").map((row) => ({
    footprintCode: row.pcn_code ?? "",
    code: row.practice_code ?? "",
    name: tidyPracticeName(row.practice_name ?? ""),
    postcode: row.postcode?.trim() || null,
    town: tidyTown(row.practice_town ?? "", row.practice_code ?? ""),
    lat: requiredNumber(row.lat, `practice ${row.practice_code} lat`),
    lng: requiredNumber(row.lng, `practice ${row.practice_code} lng`),
    activeFrom: isoDate(row.relationship_start ?? ""),
    activeUntil: isoDate(row.relationship_end ?? ""),
  }));
}

/** Upserts practices by (practice code, footprint); a row is written only when something differs. */
export async function loadPractices(tx: Prisma.TransactionClient, footprintIdByCode: Map<string, string>): Promise<LoadCounts> {
  const counts: LoadCounts = { created: 0, updated: 0, unchanged: 0 };
  for (const { footprintCode, ...r } of practiceRecords()) {
    const footprintId = footprintIdByCode.get(footprintCode);
    if (!footprintId) throw new Error(`Practice ${r.code} belongs to unknown footprint ${footprintCode}`);
    const existing = await tx.practice.findUnique({ where: { code_footprintId: { code: r.code, footprintId } } });
    if (!existing) {
      await tx.practice.create({ data: { ...r, footprintId } });
      counts.created++;
      continue;
    }
    const changed = (Object.keys(r) as (keyof typeof r)[]).filter((k) => existing[k] !== r[k]);
    if (changed.length) {
      await tx.practice.update({ where: { id: existing.id }, data: Object.fromEntries(changed.map((k) => [k, r[k]])) });
      counts.updated++;
    } else counts.unchanged++;
  }
  return counts;
}
