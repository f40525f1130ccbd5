import { describe, expect, it } from "vitest";
import { areaCovers, areaFromRow, servesPlace, type PlaceAreas } from "./areas";
import {
  matchesPartnerFilters,
  nearbyMix,
  NO_FILTERS,
  rankServices,
  type SearchableService,
} from "./search";
import { parsePartnersQuery, partnersHref } from "./query";
import { serviceTextSummary, SERVICE_SUMMARY_MAX } from "./summary";
import { isPublicService, notConfirmedRecently } from "./service-rules";

const inCity: PlaceAreas = {
  inLLR: true,
  district: "Leicester",
  footprintId: "fp-central",
};
const inRutland: PlaceAreas = {
  inLLR: true,
  district: "Rutland",
  footprintId: "fp-rutland",
};
const outside: PlaceAreas = { inLLR: false, district: null, footprintId: null };

describe("areas served", () => {
  it("cover a place by its footprint, its district or the whole of LLR", () => {
    expect(areaCovers({ kind: "llr" }, inCity)).toBe(true);
    expect(
      areaCovers({ kind: "district", district: "Leicester" }, inCity)
    ).toBe(true);
    expect(
      areaCovers({ kind: "district", district: "Leicester" }, inRutland)
    ).toBe(false);
    expect(
      areaCovers({ kind: "footprint", footprintId: "fp-central" }, inCity)
    ).toBe(true);
    expect(
      areaCovers({ kind: "footprint", footprintId: "fp-central" }, inRutland)
    ).toBe(false);
  });

  it("never cover a place outside LLR, nor a place whose footprint is unknown by footprint", () => {
    expect(
      servesPlace(
        [{ kind: "llr" }, { kind: "district", district: "Leicester" }],
        outside
      )
    ).toBe(false);
    expect(
      areaCovers(
        { kind: "footprint", footprintId: "fp-central" },
        { inLLR: true, district: "Leicester", footprintId: null }
      )
    ).toBe(false);
  });

  it("read stored rows, leaving out rows that name nothing known", () => {
    expect(
      areaFromRow({ kind: "llr", footprintId: null, district: null })
    ).toEqual({ kind: "llr" });
    expect(
      areaFromRow({ kind: "district", footprintId: null, district: "Rutland" })
    ).toEqual({ kind: "district", district: "Rutland" });
    expect(
      areaFromRow({ kind: "district", footprintId: null, district: "Narnia" })
    ).toBeNull();
    expect(
      areaFromRow({ kind: "footprint", footprintId: null, district: null })
    ).toBeNull();
  });
});

const service = (
  id: string,
  over: Partial<SearchableService> = {}
): SearchableService => ({
  id,
  name: id,
  support: [],
  audiences: [],
  languages: [],
  locations: [],
  areas: [],
  ...over,
});

describe("partner filters", () => {
  const debt = service("debt", {
    support: ["debt-and-money-advice"],
    languages: ["english", "urdu"],
    audiences: ["women-only"],
  });
  it("match any chosen tag of a list, and every list with a choice", () => {
    expect(matchesPartnerFilters(debt, NO_FILTERS)).toBe(true);
    expect(
      matchesPartnerFilters(debt, {
        ...NO_FILTERS,
        needs: ["housing", "debt-and-money-advice"],
      })
    ).toBe(true);
    expect(
      matchesPartnerFilters(debt, { ...NO_FILTERS, needs: ["housing"] })
    ).toBe(false);
    expect(
      matchesPartnerFilters(debt, {
        needs: ["debt-and-money-advice"],
        audiences: [],
        languages: ["polish"],
      })
    ).toBe(false);
    expect(
      matchesPartnerFilters(debt, {
        needs: ["debt-and-money-advice"],
        audiences: ["women-only"],
        languages: ["urdu"],
      })
    ).toBe(true);
  });
});

describe("partner search order", () => {
  const origin = { lat: 52.6305, lng: -1.1317 }; // LE1 6RL
  const near = service("near", {
    locations: [{ id: "n", lat: 52.6282, lng: -1.1206 }],
  });
  const far = service("far", {
    locations: [{ id: "f", lat: 52.7649, lng: -1.2295 }],
  });
  const twoPlaces = service("two", {
    locations: [
      { id: "t1", lat: 52.7649, lng: -1.2295 },
      { id: "t2", lat: 52.6521, lng: -1.1183 },
    ],
  });
  const covers = service("phone", {
    areas: [{ kind: "district", district: "Leicester" }],
  });
  const elsewhere = service("rutland-phone", {
    areas: [{ kind: "district", district: "Rutland" }],
  });

  it("lists area-only services covering the place first at distance 0, then the nearest locations", () => {
    const ranked = rankServices(
      [far, near, covers, elsewhere, twoPlaces],
      NO_FILTERS,
      { origin, place: inCity }
    );
    expect(ranked.map((r) => r.service.id)).toEqual([
      "phone",
      "near",
      "two",
      "far",
    ]);
    expect(ranked[0]).toMatchObject({
      miles: 0,
      coversArea: true,
      locationId: null,
    });
    expect(ranked[1]!.miles).toBeGreaterThan(0);
    expect(ranked[2]!.locationId).toBe("t2");
  });

  it("leaves out an area-only service whose areas do not cover the place", () => {
    const ranked = rankServices([covers, elsewhere], NO_FILTERS, {
      origin,
      place: inRutland,
    });
    expect(ranked.map((r) => r.service.id)).toEqual(["rutland-phone"]);
  });

  it("lists everything matching in name order without a place", () => {
    expect(
      rankServices([far, near, covers], NO_FILTERS, null).map(
        (r) => r.service.id
      )
    ).toEqual(["far", "near", "phone"]);
  });
});

describe("the /partners address", () => {
  it("keeps known-shaped filters and a place, and builds the same address back", () => {
    const q = parsePartnersQuery(
      new URLSearchParams(
        "q=LE1 6RL&need=debt-and-money-advice&need=<bad>&lang=urdu&lat=x"
      )
    );
    expect(q).toMatchObject({
      q: "LE1 6RL",
      needs: ["debt-and-money-advice"],
      languages: ["urdu"],
      location: null,
      page: 1,
    });
    expect(partnersHref(q)).toBe(
      "/partners?q=LE1+6RL&need=debt-and-money-advice&lang=urdu"
    );
  });
});

describe("a service's text summary", () => {
  it("fits 300 characters, says when it is demonstration data, and keeps the address of the page", () => {
    const text = serviceTextSummary({
      name: "Debt advice drop-in ".repeat(10),
      organisation: "Highfields Money Matters",
      access: "drop-in",
      locations: [
        {
          name: "Melbourne Road Community Hall",
          postcode: "LE2 0QS",
          byAppointment: false,
          sessions: [{ dayOfWeek: 2, startTime: "10:00", endTime: "16:00" }],
        },
      ],
      areas: [],
      phone: "0116 496 0111",
      url: "https://cafes.example/partners/highfields-money-matters",
      demo: true,
    });
    expect(text.length).toBeLessThanOrEqual(SERVICE_SUMMARY_MAX);
    expect(text.startsWith("DEMO")).toBe(true);
    expect(
      text.endsWith("https://cafes.example/partners/highfields-money-matters")
    ).toBe(true);
  });
});

describe("visibility and freshness", () => {
  it("shows a service only for a verified organisation, with neither hidden", () => {
    const verified = { verifiedAt: new Date(), hiddenAt: null };
    expect(isPublicService({ hiddenAt: null }, verified)).toBe(true);
    expect(
      isPublicService({ hiddenAt: null }, { verifiedAt: null, hiddenAt: null })
    ).toBe(false);
    expect(isPublicService({ hiddenAt: new Date() }, verified)).toBe(false);
    expect(
      isPublicService({ hiddenAt: null }, { ...verified, hiddenAt: new Date() })
    ).toBe(false);
  });
  it("flags a service unchecked for 90 days, or never checked, as cafés' hours are", () => {
    const now = new Date("2026-12-07T10:00:00Z");
    expect(notConfirmedRecently(null, now)).toBe(true);
    expect(notConfirmedRecently(new Date("2026-09-09T10:00:00Z"), now)).toBe(false); // 89 days
    expect(notConfirmedRecently(new Date("2026-09-08T10:00:00Z"), now)).toBe(true); // 90 days
    expect(notConfirmedRecently(new Date("2026-05-01T10:00:00Z"), now)).toBe(true);
  });
});

describe("other support nearby", () => {
  it("keeps up to three services with a place and at most two area-wide ones, in the search's order (covers your area first)", () => {
    const area = (n: string) => ({ id: n, coversArea: true });
    const place = (n: string) => ({ id: n, coversArea: false });
    const ranked = [area("a1"), area("a2"), area("a3"), place("p1"), place("p2"), place("p3"), place("p4")];
    expect(nearbyMix(ranked).map((r) => r.id)).toEqual(["a1", "a2", "p1", "p2", "p3"]);
    expect(nearbyMix([area("a1")]).map((r) => r.id)).toEqual(["a1"]);
  });
});
