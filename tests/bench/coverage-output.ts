/**
 * Writes what the coverage dashboard shows, for comparing two versions of its code byte for byte (a change
 * meant to make it faster must not change a figure): for each of four dates (an ordinary week, Christmas and
 * both clock changes), the whole dashboard as JSON and the CSV as served, into a folder.
 *
 *   DATABASE_URL=file:tests/.tmp/bench/national.db npx tsx tests/bench/coverage-output.ts <folder>
 *
 * then the same with the other version's code into another folder, and `diff -r` the two.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { coverageCsv } from "~/components/coverage/columns";
import { shownRows, tableQuery } from "~/modules/coverage";
import { coverageDashboard } from "~/modules/coverage/index.server";
import { prisma } from "~/platform/db.server";

const folder = process.argv[2];
if (!folder) throw new Error("Usage: npx tsx tests/bench/coverage-output.ts <folder>");
mkdirSync(folder, { recursive: true });

const DATES = ["2026-11-04", "2026-12-21", "2026-03-26", "2026-10-22"];
for (const asOf of DATES) {
  const now = new Date(`${asOf}T12:00:00Z`);
  const page = await coverageDashboard(asOf, now);
  writeFileSync(path.join(folder, `${asOf}.json`), JSON.stringify(page, null, 1));
  for (const query of ["", "sort=hours&dir=desc", "area=Rutland"]) {
    const rows = await coverageDashboard(asOf, now, { rowsOnly: true });
    writeFileSync(path.join(folder, `${asOf}${query ? `-${query.replace(/[=&]/g, "_")}` : ""}.csv`), coverageCsv(shownRows([...rows.footprints, ...rows.sites], tableQuery(new URLSearchParams(query))), asOf));
  }
  const footprint = page.footprints[0];
  if (footprint) {
    const one = await coverageDashboard(asOf, now, { footprintId: footprint.id });
    writeFileSync(path.join(folder, `${asOf}-footprint.json`), JSON.stringify(one, null, 1));
  }
}
await prisma.$disconnect();
