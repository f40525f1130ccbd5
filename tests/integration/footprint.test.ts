import { beforeEach, describe, expect, it } from "vitest";
import {
  getFootprintBySlugOrCode,
  invalidateFootprintCache,
  listFootprints,
  searchPractices,
  suggestFootprint,
} from "~/modules/footprint/index.server";
import { practiceActiveOn } from "~/modules/footprint";
import { prisma } from "~/platform/db.server";

/** Footprints and practices against the seeded reference data (real SQLite file, this test file's own copy). */
const TODAY = "2025-06-01"; // after ORION and G3 opened and Leicester Health Focus closed
const IN_2021 = "2021-06-01";

beforeEach(() => invalidateFootprintCache());

describe("suggesting a footprint for a point", () => {
  it("puts most practices in their own footprint", async () => {
    const practices = await prisma.practice.findMany();
    const active = practices.filter((p) => practiceActiveOn(p, TODAY));
    expect(active.length).toBeGreaterThan(120);
    let own = 0;
    for (const p of active) {
      const s = await suggestFootprint(p.lat, p.lng, TODAY);
      if (s?.id === p.footprintId) own++;
    }
    // The boundaries are approximate (2021 Voronoi cells; some practices share a building with another
    // PCN's practice; some moved PCN since): about 93% land in their own.
    expect(own / active.length).toBeGreaterThan(0.85);
  });

  it("puts the four Rutland practices in Rutland Healthcare, by its boundary", async () => {
    const rutland = await prisma.footprint.findUniqueOrThrow({ where: { code: "U67590" }, include: { practices: true } });
    expect(rutland.practices.map((p) => p.code).sort()).toEqual(["C82010", "C82044", "C82077", "C82649"]);
    for (const p of rutland.practices) {
      expect(await suggestFootprint(p.lat, p.lng, TODAY)).toMatchObject({ name: "Rutland Healthcare", slug: "rutland-healthcare", method: "boundary" });
    }
    const oakham = await suggestFootprint(52.66667, -0.73333, TODAY);
    expect(oakham).toMatchObject({ code: "U67590", area: "Rutland", hasBoundary: true, boundaryApproximate: true });
    expect(oakham?.practice).toMatchObject({ code: "C82010", name: "Oakham Medical Practice" });
    expect(oakham?.practice?.miles).toBeLessThan(1);
  });

  it("places well-known spots", async () => {
    expect(await suggestFootprint(52.77136, -1.20516, TODAY)).toMatchObject({ area: "Leicestershire" }); // Loughborough
    expect((await suggestFootprint(52.76487, -1.22947, TODAY))?.name).toBe("Carillon"); // Loughborough University: Campus View's PCN
    expect((await suggestFootprint(52.4776, -0.92053, TODAY))?.name).toBe("Market Harborough & Bosworth");
    expect((await suggestFootprint(52.63655, -1.13362, TODAY))?.area).toBe("Leicester"); // Clock Tower
  });

  it("follows footprint changes over time", async () => {
    // Groby Road Medical Centre: Leicester Health Focus until 2022-03-31, then G3.
    expect((await suggestFootprint(52.64432, -1.1505, IN_2021))?.name).toBe("Leicester Health Focus");
    expect((await suggestFootprint(52.64432, -1.1505, TODAY))?.name).toBe("G3");
    expect((await suggestFootprint(52.64432, -1.1505, "2022-03-31"))?.name).toBe("Leicester Health Focus");
  });

  it("uses the nearest active practice outside every boundary", async () => {
    // Nottingham, outside LLR: Castle Donington Surgery is the nearest practice.
    const s = await suggestFootprint(52.9548, -1.1581, TODAY);
    expect(s).toMatchObject({ method: "nearest-practice", name: "North West Leicestershire" });
    expect(s?.practice).toMatchObject({ code: "C82007" });
  });

  it("sees new and closed footprints once the cache is invalidated", async () => {
    // A local area drawn around Wing, Rutland (inside Rutland Healthcare's cell).
    const square = { type: "Polygon", coordinates: [[[-0.70, 52.60], [-0.66, 52.60], [-0.66, 52.63], [-0.70, 52.63], [-0.70, 52.60]]] };
    const area = await prisma.footprint.create({
      data: { code: "LA-WING", slug: "wing-local-area", kind: "local-area", name: "Wing Local Area", area: "Rutland", centroidLat: 52.617, centroidLng: -0.683, boundaryGeoJson: JSON.stringify(square), openedOn: "2025-01-01" },
    });
    try {
      expect((await suggestFootprint(52.61775, -0.6827, TODAY))?.name).toBe("Rutland Healthcare"); // cached
      invalidateFootprintCache();
      // Inside both Rutland Healthcare's cell and the local area: the one with the nearest practice wins,
      // and the local area has no practices, so Rutland Healthcare is still suggested...
      expect((await suggestFootprint(52.61775, -0.6827, TODAY))?.name).toBe("Rutland Healthcare");
      // ...until Rutland Healthcare closes.
      await prisma.footprint.update({ where: { code: "U67590" }, data: { closedOn: "2025-03-31" } });
      invalidateFootprintCache();
      expect(await suggestFootprint(52.61775, -0.6827, TODAY)).toMatchObject({ name: "Wing Local Area", kind: "local-area", method: "boundary", practice: null });
      expect((await suggestFootprint(52.61775, -0.6827, "2025-03-01"))?.name).toBe("Rutland Healthcare");
    } finally {
      await prisma.footprint.update({ where: { code: "U67590" }, data: { closedOn: null } });
      await prisma.footprint.delete({ where: { id: area.id } });
      invalidateFootprintCache();
    }
  });

  it("rejects a malformed date and an impossible point", async () => {
    await expect(suggestFootprint(52.6, -1.1, "01/06/2025")).rejects.toThrow(/YYYY-MM-DD/);
    expect(await suggestFootprint(Number.NaN, -1.1, TODAY)).toBeNull();
    expect(await suggestFootprint(95, -1.1, TODAY)).toBeNull();
  });
});

describe("searching GP practices", () => {
  const names = async (q: string, limit = 10, asOf = TODAY) => (await searchPractices(q, limit, asOf)).map((p) => p.name);

  it("finds a practice by a fragment of its name, whatever the case", async () => {
    expect(await names("willowbrook")).toEqual(["Willowbrook Medical Centre (JG Astles)"]);
    expect(await names("WILLOWBROOK")).toEqual(["Willowbrook Medical Centre (JG Astles)"]);
    expect((await names("hedges"))[0]).toBe("The Hedges Medical Centre (SA Bailey)");
    expect((await names("the hedges"))[0]).toBe("The Hedges Medical Centre (SA Bailey)");
    expect((await names("oakham medical"))[0]).toBe("Oakham Medical Practice");
    expect((await names("saint peter's"))[0]).toBe("St Peter's Medical Centre (Mansingh & Mehra)");
    expect((await names("campus view"))[0]).toBe("Campus View Medical Centre");
  });

  it("returns the footprint and the coordinates", async () => {
    const [oakham] = await searchPractices("oakham medical", 1, TODAY);
    expect(oakham).toMatchObject({
      code: "C82010",
      postcode: "LE15 6NT",
      footprint: { code: "U67590", slug: "rutland-healthcare", name: "Rutland Healthcare" },
    });
    expect(oakham?.lat).toBeCloseTo(52.67, 1);
    expect(oakham?.lng).toBeCloseTo(-0.73, 1);
  });

  it("forgives small typos, abbreviations and generic words", async () => {
    expect((await names("willowbrok"))[0]).toBe("Willowbrook Medical Centre (JG Astles)");
    expect((await names("hedges surgery"))[0]).toBe("The Hedges Medical Centre (SA Bailey)");
    expect((await names("uppingham doctors"))[0]).toBe("The Uppingham Surgery");
    expect((await names("castle med ctr"))).toContain("Castle Mead Medical Centre");
  });

  it("puts the exact name and name prefixes first", async () => {
    const surgery = await names("surgery", 50);
    expect(surgery[0]).toBe("The Surgery");
    expect(surgery[1]).toBe("The Surgery @ Aylestone");
    const charnwood = await names("charnwood");
    expect(charnwood.slice(0, 2)).toEqual(["Charnwood Medical Group", "Charnwood Surgery"]);
    expect(charnwood).toContain("The Charnwood Practice");
  });

  it("finds practices by town and postcode after name matches", async () => {
    expect(await names("Oakham")).toEqual(["Oakham Medical Practice", "Empingham Medical Centre"]);
    expect(await names("LE15 6NT")).toEqual(["Oakham Medical Practice"]);
    expect((await names("LE15")).length).toBe(4);
  });

  it("orders equal matches by distance when asked", async () => {
    const nearOakham = await searchPractices("surgery", 50, TODAY, { near: { lat: 52.66667, lng: -0.73333 } });
    const rutlandFirst = nearOakham.filter((p) => !["The Surgery", "The Surgery @ Aylestone"].includes(p.name));
    expect(rutlandFirst[0]?.footprint.name).toBe("Rutland Healthcare");
  });

  it("lists only practices active on the date, with their footprint then", async () => {
    // Spectrum Health left its PCNs in 2022.
    expect(await names("spectrum", 10, IN_2021)).toEqual(["Spectrum Health"]);
    expect(await names("spectrum", 10, TODAY)).toEqual([]);
    const [grobyThen] = await searchPractices("groby road medical", 1, IN_2021);
    const [grobyNow] = await searchPractices("groby road medical", 1, TODAY);
    expect(grobyThen?.footprint.name).toBe("Leicester Health Focus");
    expect(grobyNow?.footprint.name).toBe("G3");
  });

  it("respects the limit and ignores input that cannot match", async () => {
    expect((await searchPractices("medical", 3, TODAY)).length).toBe(3);
    expect(await searchPractices("", 10, TODAY)).toEqual([]);
    expect(await searchPractices("x", 10, TODAY)).toEqual([]);
    expect(await searchPractices("zzzzzzzz", 10, TODAY)).toEqual([]);
    expect(await searchPractices("a".repeat(5000), 10, TODAY)).toEqual([]);
    expect(await searchPractices("%", 10, TODAY)).toEqual([]);
  });

  it("is fast once cached", async () => {
    await searchPractices("medical", 10, TODAY);
    const t = performance.now();
    for (let i = 0; i < 200; i++) await searchPractices("medical centre", 10, TODAY);
    expect((performance.now() - t) / 200).toBeLessThan(5);
  });
});

describe("listing and finding footprints", () => {
  it("lists every footprint, or those active on a date", async () => {
    const all = await listFootprints();
    const in2021 = await listFootprints({ activeOn: IN_2021 });
    const now = await listFootprints({ activeOn: TODAY });
    expect(all.length).toBeGreaterThanOrEqual(27);
    expect(in2021.filter((f) => f.inPlan2021)).toHaveLength(25);
    expect(in2021.map((f) => f.slug)).toContain("leicester-health-focus");
    expect(in2021.map((f) => f.slug)).not.toContain("orion");
    expect(now.map((f) => f.slug)).toEqual(expect.arrayContaining(["orion", "g3"]));
    expect(now.map((f) => f.slug)).not.toContain("leicester-health-focus");
    const sorted = [...now].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
    expect(now.map((f) => f.name)).toEqual(sorted.map((f) => f.name));
    expect(now[0]).not.toHaveProperty("boundaryGeoJson");
  });

  it("finds one by slug or code, with its changes and practices", async () => {
    const bySlug = await getFootprintBySlugOrCode("rutland-healthcare");
    const byCode = await getFootprintBySlugOrCode("u67590");
    expect(bySlug?.id).toBeDefined();
    expect(byCode?.id).toBe(bySlug?.id);
    expect(bySlug?.practices).toHaveLength(4);
    expect(bySlug?.boundaryGeoJson).toContain("Polygon");
    const lhf = await getFootprintBySlugOrCode("U05796");
    expect(lhf?.closedOn).toBe("2022-03-31");
    expect(lhf?.changes.map((c) => c.kind)).toContain("closed");
    expect(await getFootprintBySlugOrCode("nowhere")).toBeNull();
    expect(await getFootprintBySlugOrCode("")).toBeNull();
  });
});
