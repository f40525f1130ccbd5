/**
 * The open-data tables geocoding reads from prisma/data (resolved from the working directory: the server
 * runs from the project root), once per process on first use, into Maps and typed arrays: about 25 ms and
 * 3 MB. Lookups then take microseconds. Nothing here touches the database.
 *
 * - llr-postcodes.csv: every LLR postcode (Code-Point Open 2014) with its local authority; the sectors'
 *   middles are the means of their postcodes.
 * - outcodes.csv: the middle of every postcode district in Great Britain.
 * - places.csv: towns, villages and universities, plus "Rutland", the middle of Rutland.
 * - llr-boundaries.geojson: the outlines of LLR and of Leicester, Leicestershire and Rutland.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCsv } from "./csv";
import type { LatLng } from "./distance";
import { parsePolygonalGeometry, polygonCentroid, preparePolygon, type PolygonalGeometry } from "./geometry";
import {
  AREA_BOUNDARY_CODES,
  areaOfAuthority,
  LLR_BOUNDARY_CODE,
  RUTLAND_BOUNDARY_CODE,
  type AreaOutlines,
  type LLRArea,
} from "./llr-areas";
import { placeTable, type PlaceRecord, type PlaceTable } from "./places";

/** Full postcodes in flat arrays: row → position and area. */
export type PostcodeTable = {
  row: Map<string, number>;
  lat: Float64Array;
  lng: Float64Array;
  /** Index into AREA_BY_INDEX (0 = outside LLR). */
  area: Uint8Array;
};

export type GeocodingTables = {
  postcodes: PostcodeTable;
  /** Sector ("LE1 7") → the mean of its postcodes. */
  sectors: Map<string, LatLng>;
  /** District ("LE1", "NG1") → its middle. */
  outcodes: Map<string, LatLng>;
  places: PlaceTable;
  outlines: AreaOutlines;
  loadMs: number;
};

const AREA_BY_INDEX: readonly (LLRArea | null)[] = [null, "Leicester", "Leicestershire", "Rutland"];

let tables: GeocodingTables | undefined;

/** The folder of the open-data files. */
export function dataDirectory(): string {
  return path.join(process.cwd(), "prisma", "data");
}

function readData(file: string): string {
  return readFileSync(path.join(dataDirectory(), file), "utf8");
}

function readCsv(file: string) {
  return parseCsv(readData(file), "Geocoding data");
}

function readOutlines(): { outlines: AreaOutlines; rutlandMiddle: LatLng | null } {
  type Feature = { properties?: { code?: string }; geometry?: unknown };
  const geo = JSON.parse(readData("llr-boundaries.geojson")) as { features?: Feature[] };
  const geometryOf = (code: string): PolygonalGeometry => {
    const g = parsePolygonalGeometry(geo.features?.find((f) => f.properties?.code === code)?.geometry);
    if (!g) throw new Error(`Geocoding data: boundary ${code} missing from llr-boundaries.geojson`);
    return g;
  };
  return {
    outlines: {
      llr: preparePolygon(geometryOf(LLR_BOUNDARY_CODE)),
      areas: AREA_BOUNDARY_CODES.map(([code, area]) => ({ area, polygon: preparePolygon(geometryOf(code)) })),
    },
    rutlandMiddle: polygonCentroid(geometryOf(RUTLAND_BOUNDARY_CODE)),
  };
}

function readPostcodes(): { postcodes: PostcodeTable; sectors: Map<string, LatLng> } {
  const pc = readCsv("llr-postcodes.csv");
  const [iPc, iLat, iLng, iLad] = ["postcode", "lat", "lng", "lad_code"].map((c) => pc.column(c)) as [number, number, number, number];
  const n = pc.rows.length;
  const postcodes: PostcodeTable = { row: new Map(), lat: new Float64Array(n), lng: new Float64Array(n), area: new Uint8Array(n) };
  const sectorSums = new Map<string, [number, number, number]>();
  pc.rows.forEach((r, i) => {
    const code = r[iPc]!;
    const lat = Number(r[iLat]);
    const lng = Number(r[iLng]);
    if (!Number.isFinite(lat) || !Number.isFinite(lng)) return;
    postcodes.row.set(code, i);
    postcodes.lat[i] = lat;
    postcodes.lng[i] = lng;
    postcodes.area[i] = AREA_BY_INDEX.indexOf(areaOfAuthority(r[iLad] ?? ""));
    const sector = code.slice(0, -2);
    const s = sectorSums.get(sector);
    if (s) {
      s[0] += lat;
      s[1] += lng;
      s[2] += 1;
    } else sectorSums.set(sector, [lat, lng, 1]);
  });
  const sectors = new Map<string, LatLng>();
  for (const [sector, [la, ln, count]] of sectorSums) sectors.set(sector, { lat: la / count, lng: ln / count });
  return { postcodes, sectors };
}

function readOutcodes(): Map<string, LatLng> {
  const oc = readCsv("outcodes.csv");
  const [oCode, oLat, oLng] = ["outcode", "lat", "lng"].map((c) => oc.column(c)) as [number, number, number];
  const outcodes = new Map<string, LatLng>();
  for (const r of oc.rows) {
    const lat = Number(r[oLat]);
    const lng = Number(r[oLng]);
    if (r[oCode] && Number.isFinite(lat) && Number.isFinite(lng)) outcodes.set(r[oCode]!, { lat, lng });
  }
  return outcodes;
}

function readPlaces(rutlandMiddle: LatLng | null): PlaceTable {
  const pl = readCsv("places.csv");
  const [pName, pKind, pLat, pLng, pSource] = ["name", "kind", "lat", "lng", "source_name"].map((c) => pl.column(c)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const records: PlaceRecord[] = pl.rows.map((r) => ({
    name: r[pName] ?? "",
    kind: r[pKind] ?? "town",
    lat: Number(r[pLat]),
    lng: Number(r[pLng]),
    sourceName: r[pSource],
  }));
  if (rutlandMiddle) records.push({ name: "Rutland", kind: "county", ...rutlandMiddle });
  return placeTable(records);
}

function load(): GeocodingTables {
  const started = performance.now();
  const { outlines, rutlandMiddle } = readOutlines();
  const { postcodes, sectors } = readPostcodes();
  const outcodes = readOutcodes();
  const places = readPlaces(rutlandMiddle);
  return { postcodes, sectors, outcodes, places, outlines, loadMs: performance.now() - started };
}

/** The tables, read on first use. Throws only when the data folder is broken. */
export function geocodingTables(): GeocodingTables {
  tables ??= load();
  return tables;
}

/** Reads the tables again on next use (tests). */
export function forgetGeocodingTables() {
  tables = undefined;
}

/** Loads the tables now (e.g. at server start) instead of on the first search. Returns counts and time. */
export function loadGeocodingData() {
  const t = geocodingTables();
  return { postcodes: t.postcodes.row.size, sectors: t.sectors.size, districts: t.outcodes.size, places: t.places.places.length, loadMs: t.loadMs };
}

/** A postcode's position and area from the table, or null when the table does not hold it. */
export function postcodeInTable(postcode: string): (LatLng & { area: LLRArea | null }) | null {
  const { postcodes } = geocodingTables();
  const row = postcodes.row.get(postcode);
  if (row === undefined) return null;
  return { lat: postcodes.lat[row]!, lng: postcodes.lng[row]!, area: AREA_BY_INDEX[postcodes.area[row]!] ?? null };
}
