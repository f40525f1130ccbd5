import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "~/platform/env.server";
import {
  areaAt,
  geocode,
  isInLLR,
  loadGeocodingData,
  placeNames,
  resetGeocodingCaches,
  reverseArea,
  suggestPlaces,
  type GeocodeResult,
} from "~/modules/geo/index.server";
import { editDistance, searchKey } from "~/modules/geo";

/** Geocoding against the shipped tables in prisma/data, and an online postcode API on a local port. */

function hit(result: GeocodeResult) {
  if (!result.ok) throw new Error(`expected a hit, got ${JSON.stringify(result)}`);
  return result;
}

describe("loading the tables", () => {
  it("loads every table once, quickly", () => {
    const stats = loadGeocodingData();
    expect(stats).toMatchObject({ postcodes: 23156, districts: 2880, places: 104 });
    expect(stats.sectors).toBeGreaterThan(150);
    expect(stats.loadMs).toBeLessThan(1000);
    expect(loadGeocodingData().loadMs).toBe(stats.loadMs); // not loaded again
  });

  it("answers in microseconds once loaded", async () => {
    loadGeocodingData();
    const queries = ["LE1 7RH", "LE11 3TU", "LE1 9ZZ", "LE65", "Market Harborough", "loughborough uni", "NG1 1AA"];
    const t = performance.now();
    for (let i = 0; i < 200; i++) for (const q of queries) await geocode(q);
    expect((performance.now() - t) / (200 * queries.length)).toBeLessThan(0.5);
  });
});

describe("geocode order", () => {
  it("finds a full postcode in the table", async () => {
    expect(await geocode("LE1 7RH")).toEqual({
      ok: true,
      lat: 52.62192,
      lng: -1.12381,
      label: "LE1 7RH",
      precision: "postcode",
      inLLR: true,
      area: "Leicester",
      normalised: "LE1 7RH",
    });
  });

  it("normalises and repairs what was typed", async () => {
    for (const q of ["le17rh", " LE1  7RH. ", "le1-7rh"]) {
      expect(hit(await geocode(q))).toMatchObject({ label: "LE1 7RH", precision: "postcode", lat: 52.62192 });
    }
    expect(hit(await geocode("LEI 7RH"))).toMatchObject({ label: "LE1 7RH", precision: "postcode", corrected: true });
    expect(hit(await geocode("le11 3tu"))).toMatchObject({ label: "LE11 3TU", precision: "postcode", area: "Leicestershire" });
  });

  it("falls back to the sector for an unknown postcode in a known sector", async () => {
    const r = hit(await geocode("LE1 9ZZ"));
    expect(r).toMatchObject({ precision: "sector", label: "LE1 9ZZ", normalised: "LE1 9ZZ", matched: "LE1 9", inLLR: true, area: "Leicester" });
    // The sector's centre is the mean of its postcodes: near the city centre.
    expect(r.lat).toBeCloseTo(52.633, 2);
    expect(r.lng).toBeCloseTo(-1.129, 2);
  });

  it("geocodes a sector typed as such", async () => {
    expect(hit(await geocode("LE1 7"))).toMatchObject({ precision: "sector", label: "LE1 7", matched: "LE1 7", inLLR: true });
  });

  it("falls back to the district for an unknown sector", async () => {
    // LE1 0 is not a sector of LE1.
    expect(hit(await geocode("LE1 0ZZ"))).toMatchObject({ precision: "district", label: "LE1 0ZZ", matched: "LE1", inLLR: true });
    expect(hit(await geocode("LE65 5"))).toMatchObject({ precision: "district", label: "LE65 5", matched: "LE65" });
  });

  it("geocodes a district", async () => {
    expect(hit(await geocode("LE65"))).toMatchObject({ precision: "district", label: "LE65", area: "Leicestershire", inLLR: true });
    expect(hit(await geocode("le16"))).toMatchObject({ precision: "district", label: "LE16" });
  });

  it("geocodes places outside LLR, saying so", async () => {
    expect(hit(await geocode("NG1 1AA"))).toMatchObject({ precision: "district", label: "NG1 1AA", matched: "NG1", inLLR: false, area: null });
    expect(hit(await geocode("CV1"))).toMatchObject({ precision: "district", inLLR: false });
    expect(hit(await geocode("Stamford"))).toMatchObject({ precision: "place", label: "Stamford", inLLR: false });
    expect(hit(await geocode("SW1A 1AA"))).toMatchObject({ precision: "district", inLLR: false });
  });

  it("uses the postcode's own authority for inLLR (LLR postcodes outside the LE area too)", async () => {
    expect(hit(await geocode("DE74 2LB"))).toMatchObject({ precision: "postcode", inLLR: true, area: "Leicestershire" }); // Castle Donington
    expect(hit(await geocode("PE9 3BH"))).toMatchObject({ inLLR: true }); // Rutland side of Stamford
  });

  it("finds towns and villages however they are written", async () => {
    const cases: [string, string][] = [
      ["Market Harborough", "Market Harborough"],
      ["market harborough", "Market Harborough"],
      ["MARKET-HARBOROUGH", "Market Harborough"],
      ["ashby de la zouch", "Ashby-de-la-Zouch"],
      ["Ashby-de-la-Zouch", "Ashby-de-la-Zouch"],
      ["ashbydelazouch", "Ashby-de-la-Zouch"],
      ["Ashby", "Ashby-de-la-Zouch"],
      ["Melton", "Melton Mowbray"],
      ["Barrow-on-Soar", "Barrow upon Soar"],
      ["barrow upon soar", "Barrow upon Soar"],
      ["Oakham, Rutland", "Oakham"],
      ["Hinckley, Leics, UK", "Hinckley"],
      ["Wigston Magna", "Wigston"],
      ["Quorndon", "Quorn"],
      ["Leicester", "Leicester"],
      ["leicester city centre", "Leicester"],
      ["Wing", "Wing"],
      ["Moira", "Moira"],
      ["Rutland", "Rutland"],
    ];
    for (const [q, label] of cases) {
      expect(hit(await geocode(q)), q).toMatchObject({ precision: "place", label, inLLR: true });
    }
  });

  it("finds the three universities", async () => {
    const cases: [string, string][] = [
      ["Loughborough University", "Loughborough University"],
      ["loughborough uni", "Loughborough University"],
      ["Lboro Uni", "Loughborough University"],
      ["University of Leicester", "University of Leicester"],
      ["leicester uni", "University of Leicester"],
      ["Leicester University", "University of Leicester"],
      ["De Montfort University", "De Montfort University"],
      ["DMU", "De Montfort University"],
      ["de montfort uni", "De Montfort University"],
    ];
    for (const [q, label] of cases) {
      expect(hit(await geocode(q)), q).toMatchObject({ precision: "place", label, inLLR: true });
    }
    expect(hit(await geocode("Loughborough"))).toMatchObject({ label: "Loughborough" });
  });

  it("accepts small typos and unambiguous beginnings, marked as corrected", async () => {
    expect(hit(await geocode("Loughbrough"))).toMatchObject({ label: "Loughborough", corrected: true });
    expect(hit(await geocode("Hinkley"))).toMatchObject({ label: "Hinckley", corrected: true });
    expect(hit(await geocode("Leicster"))).toMatchObject({ label: "Leicester", corrected: true });
    expect(hit(await geocode("market harb"))).toMatchObject({ label: "Market Harborough", corrected: true });
    expect(hit(await geocode("Mowbray"))).toMatchObject({ label: "Melton Mowbray", corrected: true });
  });

  it("offers suggestions instead of guessing when a name is ambiguous", async () => {
    const bosworth = await geocode("Bosworth");
    expect(bosworth).toMatchObject({ ok: false, reason: "not-found" });
    expect(!bosworth.ok && bosworth.suggestions.slice(0, 2)).toEqual(["Husbands Bosworth", "Market Bosworth"]);
    const lough = await geocode("Lough");
    expect(!lough.ok && lough.suggestions).toEqual(expect.arrayContaining(["Loughborough", "Loughborough University"]));
    const market = await geocode("Market");
    expect(!market.ok && market.suggestions).toEqual(expect.arrayContaining(["Market Bosworth", "Market Harborough", "Market Overton"]));
  });

  it("repairs a digit typed for a look-alike letter in a place name", async () => {
    expect(hit(await geocode("0akham"))).toMatchObject({ label: "Oakham", precision: "place", corrected: true });
    expect(hit(await geocode("Hinck1ey"))).toMatchObject({ label: "Hinckley", corrected: true });
    expect(hit(await geocode("L0ughb0rough"))).toMatchObject({ label: "Loughborough", corrected: true });
    expect(hit(await geocode("0akhm"))).toMatchObject({ label: "Oakham", corrected: true });
    expect(await geocode("12 High Street")).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("accepts a town with a postcode district, sector or postcode before or after it", async () => {
    // A district with a town in it: the town, a more precise point than the district's middle.
    expect(hit(await geocode("Leicester LE1"))).toMatchObject({ label: "Leicester", precision: "place", inLLR: true });
    expect(hit(await geocode("LE15 Oakham"))).toMatchObject({ label: "Oakham", precision: "place" });
    expect(hit(await geocode("Melton Mowbray, LE13"))).toMatchObject({ label: "Melton Mowbray", precision: "place" });
    // A full postcode or sector is used as such.
    expect(hit(await geocode("Oakham LE15 6LU"))).toMatchObject({ label: "LE15 6LU", precision: "postcode" });
    expect(hit(await geocode("Leicester LE1 7"))).toMatchObject({ label: "LE1 7", precision: "sector" });
    // A street or a town far from the district: the district.
    expect(hit(await geocode("Narborough Road LE3"))).toMatchObject({ label: "LE3", precision: "district" });
    expect(hit(await geocode("Oakham LE1"))).toMatchObject({ label: "LE1", precision: "district" });
    expect(hit(await geocode("Loughborough LE1"))).toMatchObject({ label: "LE1", precision: "district" });
    expect(hit(await geocode("Market Harborough LE16"))).toMatchObject({ label: "Market Harborough", precision: "place" });
    expect(hit(await geocode("Wigston LE18"))).toMatchObject({ label: "Wigston", precision: "place" });
    // A digit typed for a letter in the town's name.
    expect(hit(await geocode("0AKHAM LE15"))).toMatchObject({ label: "Oakham", precision: "place", corrected: true });
    // An unknown district with a known town: the town; with an unknown name too: not found.
    expect(hit(await geocode("Leicester LE99"))).toMatchObject({ label: "Leicester", precision: "place" });
    expect(await geocode("Narnia LE99")).toMatchObject({ ok: false, reason: "not-found" });
  });

  it("suggests the universities for 'university' on its own", async () => {
    const universities = ["De Montfort University", "Loughborough University", "University of Leicester"];
    for (const q of ["university", "University.", "the university", "my uni", "uni", "universities", "univercity"]) {
      const r = await geocode(q);
      expect(r, q).toMatchObject({ ok: false, reason: "not-found" });
      expect(!r.ok && r.suggestions, q).toEqual(universities);
    }
  });

  it("finds a postcode inside an address", async () => {
    expect(hit(await geocode("Flat 2, 10 London Road, Leicester LE2 0QS"))).toMatchObject({ label: "LE2 0QS", precision: "postcode" });
  });
});

describe("what geocode cannot place", () => {
  it("says empty for blank input", async () => {
    expect(await geocode("")).toEqual({ ok: false, reason: "empty", input: "", suggestions: [] });
    expect(await geocode("   \n\t")).toMatchObject({ ok: false, reason: "empty" });
  });

  it("says invalid for garbage, without throwing", async () => {
    for (const q of ["!!!", "%$£@", "12345", "12 High Street", "<script>alert(1)</script>", "LE1 777RH", "'; DROP TABLE cafe; --1"]) {
      expect(await geocode(q), q).toMatchObject({ ok: false, reason: "invalid", suggestions: [] });
    }
    expect(await geocode(undefined as unknown as string)).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("says invalid for a 5,000-character input, echoing only the first 100 characters", async () => {
    const r = await geocode("LE1 7RH ".repeat(625));
    expect(r).toMatchObject({ ok: false, reason: "invalid" });
    expect(!r.ok && r.input.length).toBeLessThanOrEqual(100);
    expect(await geocode("a".repeat(101))).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("says not-found, with close place names, for a name it does not know", async () => {
    const r = await geocode("Leicestershire");
    expect(r).toMatchObject({ ok: false, reason: "not-found", input: "Leicestershire" });
    expect(!r.ok && r.suggestions).toContain("Leicester");
    expect(await geocode("Narnia")).toMatchObject({ ok: false, reason: "not-found" });
    expect(await geocode("ગુજરાતી")).toMatchObject({ ok: false, reason: "not-found" });
  });

  it("says not-found for a well-formed postcode in a district that does not exist", async () => {
    expect(await geocode("LE99 9ZZ")).toEqual({ ok: false, reason: "not-found", input: "LE99 9ZZ", suggestions: [] });
    expect(await geocode("BT1 1AA")).toMatchObject({ ok: false, reason: "not-found" }); // no Northern Ireland data offline
  });
});

describe("areas, location and names", () => {
  it("knows Leicester, the county and Rutland", () => {
    expect(areaAt(52.63655, -1.13362)).toBe("Leicester");
    expect(areaAt(52.77136, -1.20516)).toBe("Leicestershire");
    expect(areaAt(52.66667, -0.73333)).toBe("Rutland");
    expect(areaAt(52.9548, -1.1581)).toBeNull();
    expect(isInLLR(52.63655, -1.13362)).toBe(true);
    expect(isInLLR(52.9548, -1.1581)).toBe(false);
  });

  it("describes a browser location", () => {
    expect(reverseArea(52.67, -0.73)).toMatchObject({ inLLR: true, area: "Rutland", nearestPlace: { name: "Oakham" } });
    expect(reverseArea(52.9548, -1.1581)).toMatchObject({ inLLR: false, area: null });
    expect(reverseArea(51.5, -0.12)?.nearestPlace).toBeNull();
    expect(reverseArea(Number.NaN, 0)).toBeNull();
    expect(reverseArea(91, 0)).toBeNull();
  });

  it("lists place names and suggests close ones", () => {
    expect(placeNames()).toContain("Market Harborough");
    expect(placeNames()).toContain("Loughborough University");
    expect(suggestPlaces("Sileb")).toEqual(["Sileby"]);
    expect(suggestPlaces("")).toEqual([]);
    expect(suggestPlaces("x".repeat(10_000))).toEqual([]);
  });

  it("has a tolerant search key and a bounded edit distance", () => {
    expect(searchKey("Ashby-de-la-Zouch")).toBe(searchKey("ashby de la zouch"));
    expect(searchKey("St. Peter's")).toBe(searchKey("Saint Peters"));
    expect(searchKey("Café & Bar")).toBe("cafe and bar");
    expect(editDistance("loughbrough", "loughborough")).toBe(1);
    expect(editDistance("hinkcley", "hinckley")).toBe(1); // a transposition
    expect(editDistance("abc", "xyzxyz", 2)).toBe(3);
  });
});

// ------------------------------------------------------------------------------------ online API

type Behaviour = { kind: "ok"; lat: number; lng: number } | { kind: "status"; status: number } | { kind: "hang" } | { kind: "garbage" };

describe("the online postcode API (postcodes.io-compatible), when configured", () => {
  let server: Server;
  let base: string;
  let behaviour: Behaviour = { kind: "status", status: 404 };
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(decodeURIComponent(req.url ?? ""));
      const b = behaviour;
      if (b.kind === "hang") return; // never answers
      if (b.kind === "garbage") {
        res.writeHead(200, { "Content-Type": "application/json" });
        return res.end("{not json");
      }
      if (b.kind === "status") {
        res.writeHead(b.status, { "Content-Type": "application/json" });
        return res.end(JSON.stringify({ status: b.status, error: "Postcode not found" }));
      }
      const postcode = decodeURIComponent((req.url ?? "").replace(/^\/postcodes\//, ""));
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ status: 200, result: { postcode, latitude: b.lat, longitude: b.lng, codes: { admin_district: "E06000016" } } }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    delete process.env.POSTCODE_API_URL;
    resetEnvCache();
  });

  beforeEach(() => {
    process.env.POSTCODE_API_URL = `${base}/`;
    resetEnvCache();
    resetGeocodingCaches();
    requests.length = 0;
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("is asked only for valid full postcodes missing from the table", async () => {
    behaviour = { kind: "ok", lat: 52.6401, lng: -1.1302 };
    expect(hit(await geocode("LE1 7RH"))).toMatchObject({ precision: "postcode" });
    expect(hit(await geocode("LE1 7"))).toMatchObject({ precision: "sector" });
    expect(hit(await geocode("Oakham"))).toMatchObject({ precision: "place" });
    expect(requests).toEqual([]);
  });

  it("places a new postcode exactly", async () => {
    behaviour = { kind: "ok", lat: 52.6401, lng: -1.1302 };
    const r = hit(await geocode("le1 9zz"));
    expect(r).toEqual({ ok: true, lat: 52.6401, lng: -1.1302, label: "LE1 9ZZ", precision: "online", inLLR: true, area: "Leicester", normalised: "LE1 9ZZ" });
    expect(requests).toEqual(["/postcodes/LE1 9ZZ"]);
    // Remembered: not asked twice.
    await geocode("LE1 9ZZ");
    expect(requests).toHaveLength(1);
  });

  it("places a postcode the offline tables cannot place at all", async () => {
    behaviour = { kind: "ok", lat: 54.5973, lng: -5.9301 };
    expect(hit(await geocode("BT1 1AA"))).toMatchObject({ precision: "online", inLLR: false, area: null });
  });

  it("falls back quietly to the sector when the API answers 500, without logging the postcode", async () => {
    behaviour = { kind: "status", status: 500 };
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(hit(await geocode("LE1 9ZZ"))).toMatchObject({ precision: "sector", matched: "LE1 9" });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain("HTTP 500");
    expect(JSON.stringify(warn.mock.calls)).not.toMatch(/LE1 ?9ZZ/i);
    // A failure is not remembered: the next search asks again.
    behaviour = { kind: "ok", lat: 52.6401, lng: -1.1302 };
    expect(hit(await geocode("LE1 9ZZ"))).toMatchObject({ precision: "online" });
  });

  it("falls back quietly when the API does not know the postcode (404)", async () => {
    behaviour = { kind: "status", status: 404 };
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(hit(await geocode("LE1 9ZZ"))).toMatchObject({ precision: "sector" });
    expect(await geocode("BT1 1AA")).toMatchObject({ ok: false, reason: "not-found" });
    expect(warn).not.toHaveBeenCalled();
  });

  it("falls back quietly on a malformed answer", async () => {
    behaviour = { kind: "garbage" };
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(hit(await geocode("LE1 9ZZ"))).toMatchObject({ precision: "sector" });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("gives up after 2 seconds and falls back to the sector", async () => {
    behaviour = { kind: "hang" };
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const t = performance.now();
    expect(hit(await geocode("LE1 9ZZ"))).toMatchObject({ precision: "sector" });
    const elapsed = performance.now() - t;
    expect(elapsed).toBeGreaterThanOrEqual(1900);
    expect(elapsed).toBeLessThan(3500);
    expect(String(warn.mock.calls[0]?.[0])).toContain("no answer within 2000 ms");
  });

  it("is never asked when not configured", async () => {
    delete process.env.POSTCODE_API_URL;
    resetEnvCache();
    behaviour = { kind: "ok", lat: 52.6401, lng: -1.1302 };
    expect(hit(await geocode("LE1 9ZZ"))).toMatchObject({ precision: "sector" });
    expect(requests).toEqual([]);
  });

  it("falls back when nothing listens at the address", async () => {
    process.env.POSTCODE_API_URL = "http://127.0.0.1:9"; // the discard port: connection refused
    resetEnvCache();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(hit(await geocode("LE1 9ZZ"))).toMatchObject({ precision: "sector" });
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
