import { describe, expect, it } from "vitest";
import { changedOnly, detailsSnapshot, exceptionSnapshot, offerSnapshot, sessionSnapshot, tagLabels } from "./audit-snapshots";

const tag = (kind: string, label: string) => ({ tag: { kind, label } });

describe("what the audit trail records", () => {
  it("a session by its day, times, validity, offer title and CAP places", () => {
    const row = { id: "s1", cafeId: "c1", dayOfWeek: 3, startTime: "18:00", endTime: "21:00", validFrom: null, validUntil: "2027-03-31", capPlaces: 4, offer: { title: "Women's evening" } };
    expect(sessionSnapshot(row)).toEqual({
      dayOfWeek: 3,
      startTime: "18:00",
      endTime: "21:00",
      validFrom: null,
      validUntil: "2027-03-31",
      offer: "Women's evening",
      capPlaces: 4,
    });
    expect(sessionSnapshot({ ...row, offer: null, capPlaces: null })).toMatchObject({ offer: null, capPlaces: null });
  });

  it("an exception, with CAP places only for an extra session", () => {
    const closure = { kind: "closed", startDate: "2026-12-24", endDate: "2027-01-02", startTime: null, endTime: null, reason: "Christmas", capPlaces: 3 };
    expect(exceptionSnapshot(closure)).toEqual({ kind: "closed", startDate: "2026-12-24", endDate: "2027-01-02", startTime: null, endTime: null, reason: "Christmas", offer: null });
    const extra = { ...closure, kind: "extra", endDate: "2026-12-24", startTime: "13:00", endTime: "15:00", offer: { title: "Carers" } };
    expect(exceptionSnapshot(extra)).toMatchObject({ kind: "extra", offer: "Carers", capPlaces: 3 });
    expect(exceptionSnapshot({ ...extra, capPlaces: undefined })).toMatchObject({ capPlaces: null });
  });

  it("an offer and a café's details with their tags as sorted labels of each kind", () => {
    const tags = [tag("language", "Polish"), tag("audience", "Women"), tag("language", "English"), tag("access", "Step-free")];
    expect(tagLabels(tags, "language")).toEqual(["English", "Polish"]);
    expect(offerSnapshot({ title: "Evening", description: "For women", tags })).toEqual({
      title: "Evening",
      description: "For women",
      audiences: ["Women"],
      languages: ["English", "Polish"],
    });
    const details = detailsSnapshot({
      name: "Night Owl",
      description: "",
      organisation: { name: "Leicester Mind" },
      venueName: null,
      addressLine1: "1 High Street",
      addressLine2: null,
      town: "Leicester",
      postcode: "LE1 1AA",
      footprint: null,
      phone: null,
      email: null,
      website: null,
      gettingThere: null,
      whoFor: null,
      accessNotes: null,
      tags,
    });
    expect(details).toMatchObject({ operator: "Leicester Mind", footprint: null, accessibility: ["Step-free"], languages: ["English", "Polish"] });
    expect(details).not.toHaveProperty("organisation");
  });

  it("of a change, only the values that differ, compared by value", () => {
    const before = { name: "A", languages: ["English"], phone: null as string | null };
    const after = { name: "A", languages: ["English", "Polish"], phone: "0116" };
    expect(changedOnly(before, after)).toEqual({
      before: { languages: ["English"], phone: null },
      after: { languages: ["English", "Polish"], phone: "0116" },
    });
    expect(changedOnly(before, { ...before, languages: ["English"] })).toEqual({ before: {}, after: {} });
  });
});
