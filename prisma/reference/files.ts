import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Reading the open-data files in prisma/data/ (their sources and licences are in prisma/data/PROVENANCE.md).
 */

export function dataFile(name: string): string {
  return fileURLToPath(new URL(`../data/${name}`, import.meta.url));
}

/** Parses CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks) into rows keyed by the header. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => !(r.length === 1 && r[0] === ""));
  if (!header) return [];
  return body.map((cells) => {
    if (cells.length !== header.length) throw new Error(`CSV row has ${cells.length} fields, header has ${header.length}: ${cells.join(",")}`);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""]));
  });
}

export function readCsv(name: string): Record<string, string>[] {
  return parseCsv(readFileSync(dataFile(name), "utf8"));
}

export type GeoJsonGeometry = { type: "Polygon"; coordinates: number[][][] } | { type: "MultiPolygon"; coordinates: number[][][][] };
export type GeoJsonFeature = { type: "Feature"; properties: Record<string, unknown>; geometry: GeoJsonGeometry };

export function readFeatures(name: string): GeoJsonFeature[] {
  const collection = JSON.parse(readFileSync(dataFile(name), "utf8")) as { features: GeoJsonFeature[] };
  return collection.features;
}

/** "20220331" → "2022-03-31"; "" → null. */
export function isoDate(compact: string): string | null {
  const value = compact.trim();
  if (!value) return null;
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!m) throw new Error(`Not a YYYYMMDD date: ${compact}`);
  return `${m[1]}-${m[2]}-${m[3]}`;
}

export function requiredNumber(value: string | undefined, what: string): number {
  const n = Number(value);
  if (value === undefined || value.trim() === "" || !Number.isFinite(n)) throw new Error(`Missing number for ${what}`);
  return n;
}

let postcodeIndex: Map<string, { lat: number; lng: number }> | undefined;

/** The position of a full LLR postcode from Code-Point Open (llr-postcodes.csv), or null if it is not there. */
export function postcodePosition(postcode: string): { lat: number; lng: number } | null {
  if (!postcodeIndex) {
    postcodeIndex = new Map();
    for (const row of readCsv("llr-postcodes.csv")) {
      postcodeIndex.set(row.postcode ?? "", { lat: Number(row.lat), lng: Number(row.lng) });
    }
  }
  return postcodeIndex.get(postcode.trim().toUpperCase().replace(/\s+/g, " ")) ?? null;
}
