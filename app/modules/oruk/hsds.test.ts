import { describe, expect, it } from "vitest";
import { en } from "~/lib/i18n/catalogue";
import { accessRouteWords, emailAddress, hsdsOrganisation, hsdsService, hsdsServiceListItem, hsdsTaxonomy, hsdsTerm, ids, TAXONOMIES, webAddress } from "./hsds";
import { cafe, GROUP, phoneLine } from "./fixtures.test-support";
import { isUuid } from "./uuid";

const TODAY = "2026-11-25";
const SITE = "http://localhost:3000";

/** Every value in an object tree that is null (the profile's schemas allow none). */
function nulls(value: unknown, path = "$"): string[] {
  if (value === null) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nulls(v, `${path}[${i}]`));
  if (typeof value === "object") return Object.entries(value as object).flatMap(([k, v]) => nulls(v, `${path}.${k}`));
  return [];
}

describe("a café as an HSDS service", () => {
  const service = hsdsService(cafe(), TODAY);

  it("uses the stored ids and derives stable UUIDs for what has no row", () => {
    expect(service.id).toBe(cafe().publicId);
    expect(service.organization_id).toBe(GROUP.publicId);
    const [sal] = service.service_at_locations as { id: string; location: { id: string; addresses: { id: string }[] } }[];
    for (const id of [sal!.id, sal!.location.id, sal!.location.addresses[0]!.id]) expect(isUuid(id)).toBe(true);
    expect(hsdsService(cafe(), TODAY)).toEqual(service);
  });

  it("leaves out what is missing or unusable rather than sending null or a bad address", () => {
    expect(nulls(service)).toEqual([]);
    expect(service.email).toBeUndefined();
    expect(service.fees).toBeUndefined();
  });

  it("gives the place with its address, accessibility and access features, and the hours at the place", () => {
    const [sal] = service.service_at_locations as Record<string, unknown>[];
    expect(sal!.location).toMatchObject({
      location_type: "physical",
      name: "The Lamplight Rooms",
      description: "Bus 14 stops outside.",
      addresses: [{ address_1: "12 Market Street", city: "Leicester", state_province: "Leicester", postal_code: "LE1 1HL", country: "GB", address_type: "physical" }],
      accessibility: [{ description: "Step-free entrance." }],
      attributes: [{ taxonomy_term: { code: "step-free-access", name: "Step-free access" } }],
    });
    expect((sal!.schedules as unknown[]).length).toBe(4);
    expect((service.schedules as unknown[]).length).toBe(4);
  });

  it("marks a demo record with an alert and the demo term, and links its terms and languages", () => {
    expect(service.alert).toMatch(/fictional/);
    const codes = (service.attributes as { taxonomy_term: { code: string } }[]).map((a) => a.taxonomy_term.code);
    expect(codes).toEqual(["women-only", "demo", "urdu"]);
    expect(service.languages).toEqual([expect.objectContaining({ name: "Urdu", code: "ur" })]);
    expect(service.eligibility_description).toBe("Women 18 and over");
  });
});

describe("a partner service", () => {
  it("serves areas without places, says it is free and how to get it", () => {
    const service = hsdsService(phoneLine(), TODAY);
    expect(service).toMatchObject({ fees: "Free", minimum_age: 18, maximum_age: 65, service_at_locations: [], service_areas: [{ name: "Rutland", service_area: "Rutland" }] });
    expect(service.application_process).toBe("By phone or online only. Ring first");
    expect(service.cost_options).toEqual([expect.objectContaining({ option: "Free", amount: 0 })]);
    expect(service.alert).toBeUndefined();
    expect(nulls(service)).toEqual([]);
  });

  it("names each way in, and nothing for an unknown one", () => {
    expect(["drop-in", "self-referral", "referral", "remote"].map(accessRouteWords).every((w) => typeof w === "string")).toBe(true);
    expect(accessRouteWords("teleport")).toBeNull();
    expect(accessRouteWords(null)).toBeNull();
  });
});

describe("organisations, taxonomies and terms", () => {
  it("gives an organisation a plain description when it has none, its identifiers and its services", () => {
    const org = hsdsOrganisation(GROUP, [cafe(), phoneLine()], SITE, TODAY);
    expect(org.description).toMatch(/^Clocktower Listening Collective is a voluntary and community group/);
    expect(org.website).toBe("https://clocktower.example/");
    expect(org.organization_identifiers).toEqual([expect.objectContaining({ identifier_scheme: "GB-CHC", identifier: "DEMO-100001" })]);
    expect((org.services as { id: string }[]).map((s) => s.id)).toEqual([cafe().publicId, phoneLine().publicId]);
    expect(nulls(org)).toEqual([]);
    expect(hsdsServiceListItem(cafe()).organization).toMatchObject({ id: GROUP.publicId, name: GROUP.name });
  });

  it("words every taxonomy from the catalogue, and gives terms their list", () => {
    for (const taxonomy of TAXONOMIES) {
      const list = hsdsTaxonomy(taxonomy, SITE);
      expect(Object.values(en)).toContain(list.name);
      expect(Object.values(en)).toContain(list.description);
    }
    const term = hsdsTerm(cafe().terms[0]!);
    expect(term).toMatchObject({ id: cafe().terms[0]!.publicId, code: "women-only", taxonomy_id: ids.taxonomy("audience") });
  });

  it("keeps only web and email addresses a program can use", () => {
    expect(webAddress("www.example.org")).toBe("https://www.example.org/");
    expect(webAddress("http://example.org/x")).toBe("http://example.org/x");
    expect(webAddress("see facebook")).toBeNull();
    expect(emailAddress(" a@b.org ")).toBe("a@b.org");
    expect(emailAddress("a@b")).toBeNull();
  });
});
