import { describe, expect, it } from "vitest";
import { cafePlanFromSections, parseSections } from "./offer";

describe("the café listing planned from an application", () => {
  it("takes the venue, who it is for, the culturally specific offer, languages and weekly sessions", () => {
    const sections = parseSections([
      { key: "cafe", data: JSON.stringify({ cafeName: "Hinckley Haven", venueName: "St Mary's Hall", addressLine1: "2 Church Walk", town: "Hinckley", postcode: "LE10 1AA" }) },
      { key: "communities", data: JSON.stringify({ communities: "Older men living alone", culturalOffer: "A Punjabi-speaking evening" }) },
      { key: "languages", data: JSON.stringify({ languageTagIds: ["tag-pa", "", 7] }) },
      {
        key: "sessions",
        data: JSON.stringify({
          sessions: [
            { day: 2, start: "18:00", end: "21:00", note: "" },
            { day: 5, start: "22:00", end: "01:00", note: "past midnight" },
            { day: 9, start: "10:00", end: "12:00", note: "no such day" },
            { day: 3, start: "", end: "", note: "no times" },
            { day: 2, start: "18:00", end: "20:00", note: "same start twice" },
          ],
        }),
      },
      { key: "budget", data: "{not json" },
    ]);
    const plan = cafePlanFromSections(sections, "Fallback");
    expect(plan).toMatchObject({ name: "Hinckley Haven", venueName: "St Mary's Hall", addressLine1: "2 Church Walk", town: "Hinckley", postcode: "LE10 1AA", whoFor: "Older men living alone" });
    expect(plan.offer?.description).toBe("A Punjabi-speaking evening");
    expect(plan.languageTagIds).toEqual(["tag-pa"]);
    expect(plan.sessions).toEqual([
      { dayOfWeek: 2, startTime: "18:00", endTime: "21:00" },
      { dayOfWeek: 5, startTime: "22:00", endTime: "01:00" },
    ]);
  });

  it("falls back to the application's name and leaves out what was never saved", () => {
    const plan = cafePlanFromSections({}, "From the application");
    expect(plan).toMatchObject({ name: "From the application", venueName: null, whoFor: null, offer: null, languageTagIds: [], sessions: [] });
  });
});
