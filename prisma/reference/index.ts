import type { Prisma } from "@prisma/client";
import { loadCoverageSites } from "./coverage-sites";
import { loadFootprints, type LoadCounts } from "./footprints";
import { loadPractices } from "./practices";
import { loadTags } from "./tags";

export type ReferenceResult = {
  footprints: LoadCounts;
  footprintChanges: number;
  practices: LoadCounts;
  coverageSites: LoadCounts;
  tags: LoadCounts;
};

/** Loads all reference data. Safe to run again: everything is upserted by its natural key. */
export async function loadReferenceData(tx: Prisma.TransactionClient): Promise<ReferenceResult> {
  const { counts: footprints, changes: footprintChanges, idByCode } = await loadFootprints(tx);
  const practices = await loadPractices(tx, idByCode);
  const coverageSites = await loadCoverageSites(tx);
  const tags = await loadTags(tx);
  return { footprints, footprintChanges, practices, coverageSites, tags };
}

export function describeCounts(c: LoadCounts): string {
  const parts = [c.created && `${c.created} added`, c.updated && `${c.updated} updated`, c.unchanged && `${c.unchanged} unchanged`].filter(Boolean);
  return parts.join(", ") || "none";
}
