import { describe, expect, it } from "vitest";
import { ourSchemaText, packageValidator, SCHEMA_FILES, sharedSchemaText } from "../../../tests/support/threesixty-schema";
import { csvCell, organisationId, registeredOrganisationId, threeSixtyCsv, threeSixtyPackage, type AwardedGrant } from "./threesixty";

const settings = { prefix: "val-cafes", funderId: "360G-val-cafes" };

const grant = (more: Partial<AwardedGrant> = {}): AwardedGrant => ({
  reference: "R3-0007",
  cafeName: "Braunstone Welcome Café",
  requestedPence: 2_500_000,
  awardedPence: 2_250_050,
  awardDate: "2026-03-02",
  plannedStartDate: "2026-06-01",
  launchedOn: "2026-06-15",
  dateModified: new Date("2026-06-15T10:00:00Z"),
  organisation: {
    id: "org1",
    name: "Braunstone Community Action",
    charityNumber: "1123456",
    companyNumber: null,
    addressLine1: "1 Main Street",
    town: "Leicester",
    postcode: "LE3 1AA",
    website: "https://braunstone.example.org",
  },
  location: { code: "U12345", name: "Leicester City West PCN", lat: 52.62, lng: -1.18 },
  round: { slug: "round-3", title: "Round 3: neighbourhood cafés" },
  ...more,
});

describe("360Giving identifiers", () => {
  it("names a grant 360G-<prefix>-<reference> and an organisation by its charity, else company, else own number", () => {
    const pack = threeSixtyPackage([grant()], settings, new Date("2026-07-01T00:00:00Z"));
    expect(pack.grants[0]!.id).toBe("360G-val-cafes-R3-0007");
    expect(registeredOrganisationId({ charityNumber: "1123456", companyNumber: "01234567" })).toBe("GB-CHC-1123456");
    expect(registeredOrganisationId({ charityNumber: null, companyNumber: "1234567" })).toBe("GB-COH-01234567");
    expect(registeredOrganisationId({ charityNumber: " ", companyNumber: "sc123456" })).toBe("GB-COH-SC123456");
    expect(organisationId("val-cafes", { ...grant().organisation, charityNumber: null })).toBe("360G-val-cafes-org-org1");
  });

  it("gives amounts in pounds, the footprint as beneficiary location, planned and actual dates, the round as programme", () => {
    const g = threeSixtyPackage([grant()], settings, new Date()).grants[0]!;
    expect(g.amountAwarded).toBe(22500.5);
    expect(g.amountAppliedFor).toBe(25000);
    expect(g.beneficiaryLocation).toEqual([{ id: "U12345", name: "Leicester City West PCN", countryCode: "GB", latitude: 52.62, longitude: -1.18 }]);
    expect(g.plannedDates).toEqual([{ startDate: "2026-06-01" }]);
    expect(g.actualDates).toEqual([{ startDate: "2026-06-15" }]);
    expect(g.grantProgramme).toEqual([{ code: "round-3", title: "Round 3: neighbourhood cafés" }]);
  });
});

describe("the 360Giving package", () => {
  const validate = packageValidator();

  it("uses the schemas published in the shared data", () => {
    for (const file of SCHEMA_FILES) {
      const shared = sharedSchemaText(file);
      if (shared !== null) expect(ourSchemaText(file)).toBe(shared);
    }
  });

  it("validates against the package schema: launched, in set-up, without registration numbers, location or website", () => {
    const grants = [
      grant(),
      grant({ reference: "R3-0008", launchedOn: null, plannedStartDate: null, organisation: { ...grant().organisation, id: "o2", charityNumber: null, website: "not a web address" } }),
      grant({ reference: "R3-0009", location: null, organisation: { ...grant().organisation, id: "o3", addressLine1: null, town: null, postcode: null, website: null } }),
    ];
    const pack = threeSixtyPackage(grants, settings, new Date("2026-07-01T00:00:00Z"));
    const ok = validate(pack);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("is refused by the schema when a required field is missing (the validator does check)", () => {
    const pack = threeSixtyPackage([grant()], settings, new Date());
    const broken = { ...pack, grants: [{ ...pack.grants[0], recipientOrganization: undefined }] };
    expect(validate(JSON.parse(JSON.stringify(broken)))).toBe(false);
    expect(validate({ ...pack, grants: [] })).toBe(false);
  });
});

describe("the 360Giving CSV", () => {
  it("has the standard's column titles and one row per grant", () => {
    const lines = threeSixtyCsv([grant(), grant({ reference: "R3-0010" })], settings).trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("Identifier,Title,Description,Currency,Amount Applied For,Amount Awarded,Award Date");
    expect(lines[0]).toContain("Recipient Org:Identifier");
    expect(lines[0]).toContain("Beneficiary Location:Name");
    expect(lines[1]).toMatch(/^360G-val-cafes-R3-0007,/);
    expect(lines[1]).toContain("GB-CHC-1123456");
  });

  it("quotes commas and quotes, and defuses text a spreadsheet would run as a formula", () => {
    expect(csvCell('Tea, "talk"')).toBe('"Tea, ""talk"""');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
  });
});
