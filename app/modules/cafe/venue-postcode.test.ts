import { describe, expect, it } from "vitest";
import { words } from "~/lib/i18n";
import { samePostcode, venuePostcode } from "./venue-postcode";

const message = (typed: string) => {
  const result = venuePostcode(typed);
  return result.ok ? null : words(result.error);
};

describe("a venue postcode as typed", () => {
  it("is stored in capitals with one space, common typos repaired", () => {
    expect(venuePostcode("le4 6lb")).toEqual({ ok: true, postcode: "LE4 6LB" });
    expect(venuePostcode(" LE1  1AA ")).toEqual({ ok: true, postcode: "LE1 1AA" });
    expect(venuePostcode("LEI 7RH")).toEqual({ ok: true, postcode: "LE1 7RH" });
  });

  it("asks for a full postcode when it is not written as one", () => {
    for (const typed of ["not a postcode", "LE1", "LE1 7", ""]) {
      expect(message(typed), typed).toBe("Enter a full postcode, like LE1 1AA");
    }
  });

  it("says it cannot be found when it is written like one but is not a real postcode", () => {
    expect(message("ZZ9 9ZZ")).toBe("We could not find this postcode. Check it and try again");
  });

  it("knows the stored postcode however it is typed", () => {
    expect(samePostcode("le1 1aa", "LE1 1AA")).toBe(true);
    expect(samePostcode("LE11AA", "LE1 1AA")).toBe(true);
    expect(samePostcode("LE1 1AB", "LE1 1AA")).toBe(false);
  });
});
