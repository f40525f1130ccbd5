import type { Prisma } from "@prisma/client";
import { isoDate, readCsv, readFeatures, requiredNumber, type GeoJsonGeometry } from "./files";
import { slugify } from "../../app/lib/slug";
import { tidyPcnName, tidyPracticeName } from "./names";

/**
 * The footprints: every PCN of Leicester, Leicestershire and Rutland in the NHS ODS file (pcns.csv), i.e.
 * the 25 of the 2021 plan plus ORION and G3, which opened in 2022. Nothing here assumes there are 25:
 * a footprint is active on a date when it has opened and not closed by then.
 */

/** The configuration the 2021 plan describes; PCNs opened after it are changes to the set. */
export const PLAN_2021_DATE = "2021-04-01";

/** Codes with a hand-written fact about them (see the design notes on the plan's figures). */
export const RUTLAND_HEALTHCARE = "U67590";
const RUTLAND_POPULATION = 39_457;

export type FootprintRecord = {
  code: string;
  slug: string;
  name: string;
  odsName: string;
  area: string;
  listSize: number | null;
  listSizeVerified: boolean;
  listSizeNote: string | null;
  centroidLat: number;
  centroidLng: number;
  boundaryGeoJson: string | null;
  inPlan2021: boolean;
  openedOn: string | null;
  closedOn: string | null;
};

export type FootprintChangeRecord = { code: string; kind: "opened" | "closed"; date: string; note: string };

function geometriesByCode(file: string): Map<string, GeoJsonGeometry> {
  return new Map(readFeatures(file).map((f) => [String(f.properties.pcn_code), f.geometry]));
}

export function footprintRecords(): FootprintRecord[] {
  const rows = readCsv("pcns.csv");
  const boundaries2021 = geometriesByCode("pcn-footprints-approx-2021.geojson");
  const boundaries2023 = geometriesByCode("pcn-footprints-approx-2023.geojson");
  const listSizes = new Map<number, string[]>();
  for (const row of rows) {
    if (row.pcbc_list_size) listSizes.set(Number(row.pcbc_list_size), [...(listSizes.get(Number(row.pcbc_list_size)) ?? []), row.pcn_name_in_pcbc ?? ""]);
  }

  return rows.map((row) => {
    const code = row.pcn_code ?? "";
    const inPlan2021 = row.in_pcbc_2021 === "Y";
    const odsName = row.pcn_name ?? "";
    const name = inPlan2021 ? (row.pcn_name_in_pcbc ?? "") : tidyPcnName(odsName);
    const listSize = row.pcbc_list_size ? Number(row.pcbc_list_size) : null;
    let listSizeVerified = true;
    let listSizeNote: string | null = null;
    if (code === RUTLAND_HEALTHCARE && listSize !== null) {
      const twin = (listSizes.get(listSize) ?? []).filter((n) => n !== name);
      listSizeVerified = false;
      listSizeNote =
        `Unverified. The 2021 plan gives ${listSize.toLocaleString("en-GB")} patients, ` +
        (twin.length ? `exactly the figure it gives for ${twin.join(" and ")}, and ` : "") +
        `about ${(listSize / RUTLAND_POPULATION).toFixed(2)} times Rutland's whole population ` +
        `(${RUTLAND_POPULATION.toLocaleString("en-GB")}), so it is probably a copying error in the plan. ` +
        "NHS ODS publishes no list sizes to check it against: do not use it for per-head figures until it is confirmed.";
    } else if (listSize === null) {
      listSizeNote = "Not in the 2021 plan, which gives the list sizes; NHS ODS publishes none.";
    }
    const prefix = inPlan2021 ? "centroid_2021" : "centroid_snapshot";
    const boundary = inPlan2021 ? boundaries2021.get(code) : boundaries2023.get(code);
    return {
      code,
      slug: slugify(name),
      name,
      odsName,
      area: row.area ?? "",
      listSize,
      listSizeVerified,
      listSizeNote,
      centroidLat: requiredNumber(row[`${prefix}_lat`], `${code} centroid`),
      centroidLng: requiredNumber(row[`${prefix}_lng`], `${code} centroid`),
      boundaryGeoJson: boundary ? JSON.stringify(boundary) : null,
      inPlan2021,
      openedOn: isoDate(row.open_date ?? ""),
      closedOn: isoDate(row.close_date ?? ""),
    };
  });
}

function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * The dated changes to the set of footprints, with notes built from the practice relationships:
 * closures (with where the practices went) and openings after the 2021 plan (with where they came from).
 * ODS renames (Belgrave & Spinney Hill, Melton, Syston and Vale) carry no date in the files, so they are
 * not recorded as changes: both names are kept on the footprint (name and odsName).
 */
export function footprintChangeRecords(footprints: FootprintRecord[]): FootprintChangeRecord[] {
  const nameOf = new Map(footprints.map((f) => [f.code, f.name]));
  const links = readCsv("pcn-practices.csv").map((r) => ({
    pcn: r.pcn_code ?? "",
    practice: r.practice_code ?? "",
    practiceName: tidyPracticeName(r.practice_name ?? ""),
    start: isoDate(r.relationship_start ?? ""),
    end: isoDate(r.relationship_end ?? ""),
  }));
  const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

  const changes: FootprintChangeRecord[] = [];
  for (const f of footprints) {
    if (f.closedOn) {
      const next = dayAfter(f.closedOn);
      const moves = new Map<string, string[]>();
      for (const l of links.filter((l) => l.pcn === f.code && l.end === f.closedOn)) {
        const to = links.find((o) => o.practice === l.practice && o.pcn !== f.code && o.start === next);
        const where = to ? (nameOf.get(to.pcn) ?? to.pcn) : "no PCN in the file";
        moves.set(where, [...(moves.get(where) ?? []), l.practiceName]);
      }
      const detail = [...moves].map(([where, names]) => `${listNames(names)} to ${where}`).join("; ");
      changes.push({
        code: f.code,
        kind: "closed",
        date: f.closedOn,
        note: `${f.name} PCN closed on ${f.closedOn} (NHS ODS).` + (detail ? ` Its practices moved on ${next}: ${detail}.` : ""),
      });
    }
    if (f.openedOn && f.openedOn > PLAN_2021_DATE) {
      const before = dayBefore(f.openedOn);
      const from = new Map<string, string[]>();
      const founders = links.filter((l) => l.pcn === f.code && l.start === f.openedOn);
      for (const l of founders) {
        const prev = links.find((o) => o.practice === l.practice && o.pcn !== f.code && o.end === before);
        const where = prev ? (nameOf.get(prev.pcn) ?? prev.pcn) : "outside the LLR PCNs";
        from.set(where, [...(from.get(where) ?? []), l.practiceName]);
      }
      const detail = [...from].map(([where, names]) => `from ${where}, ${listNames(names)}`).join("; ");
      changes.push({
        code: f.code,
        kind: "opened",
        date: f.openedOn,
        note:
          `${f.name} PCN opened on ${f.openedOn} (NHS ODS), after the 2021 plan, with ${founders.length} practice${founders.length === 1 ? "" : "s"}` +
          (detail ? `: ${detail}.` : "."),
      });
    }
  }
  return changes;
}

export type LoadCounts = { created: number; updated: number; unchanged: number };

/**
 * Upserts the footprints by ODS code. Fields from the files are kept in line with them, but an admin's
 * decisions are left alone: the public name and slug are set only when a footprint is created, a closure
 * is never undone, a boundary an admin replaced (no longer approximate) is kept, and a list size an admin
 * has verified is kept. A row is written only when something differs.
 */
export async function loadFootprints(tx: Prisma.TransactionClient): Promise<{ counts: LoadCounts; changes: number; idByCode: Map<string, string> }> {
  const records = footprintRecords();
  const counts: LoadCounts = { created: 0, updated: 0, unchanged: 0 };
  const idByCode = new Map<string, string>();

  for (const r of records) {
    const existing = await tx.footprint.findUnique({ where: { code: r.code } });
    if (!existing) {
      const created = await tx.footprint.create({ data: { ...r, kind: "pcn", boundaryApproximate: true } });
      idByCode.set(r.code, created.id);
      counts.created++;
      continue;
    }
    idByCode.set(r.code, existing.id);
    const data: Prisma.FootprintUpdateInput = {};
    const keep = <K extends keyof FootprintRecord & keyof typeof existing>(key: K) => {
      if (existing[key] !== r[key]) (data as Record<string, unknown>)[key] = r[key];
    };
    keep("odsName");
    keep("area");
    keep("centroidLat");
    keep("centroidLng");
    keep("inPlan2021");
    keep("openedOn");
    if (r.closedOn && existing.closedOn !== r.closedOn && !existing.closedOn) data.closedOn = r.closedOn;
    if (existing.boundaryApproximate) keep("boundaryGeoJson");
    // The seed creates an unverified list size; if it is now verified, an admin checked it.
    const adminVerified = existing.listSizeVerified && !r.listSizeVerified;
    if (!adminVerified) {
      keep("listSize");
      keep("listSizeVerified");
      keep("listSizeNote");
    }
    if (Object.keys(data).length) {
      await tx.footprint.update({ where: { id: existing.id }, data });
      counts.updated++;
    } else counts.unchanged++;
  }

  let changes = 0;
  for (const c of footprintChangeRecords(records)) {
    const footprintId = idByCode.get(c.code);
    if (!footprintId) continue;
    await tx.footprintChange.upsert({
      where: { footprintId_kind_date: { footprintId, kind: c.kind, date: c.date } },
      create: { footprintId, kind: c.kind, date: c.date, note: c.note },
      update: {},
    });
    changes++;
  }
  return { counts, changes, idByCode };
}
