import { describe, expect, it } from "vitest";
import { words } from "~/lib/i18n";
import { capDefaultSchema, parsePlaces, sessionSchema } from "./forms";

describe("Central Access Point places typed into a form", () => {
  it("reads plain whole numbers from 0 to 20", () => {
    expect(parsePlaces("0")).toBe(0);
    expect(parsePlaces("2")).toBe(2);
    expect(parsePlaces("07")).toBe(7);
    expect(parsePlaces("20")).toBe(20);
  });

  it("refuses anything that is not plain digits, however JavaScript would read it", () => {
    for (const typed of ["0x10", "1e1", "0b1", "0o7", "2.0", "1.5", "-1", "+3", " ", "", "Infinity", "½", "٣"]) {
      expect(parsePlaces(typed), typed).toBeNull();
    }
  });

  it("refuses more than the limit", () => {
    expect(parsePlaces("21")).toBeNull();
    expect(parsePlaces("99")).toBeNull();
    expect(parsePlaces("100")).toBeNull();
  });

  it("puts the message next to the field in the session and default forms", () => {
    const session = sessionSchema.safeParse({ dayOfWeek: "1", startTime: "10:00", endTime: "12:00", capPlaces: "0x10" });
    expect(session.success).toBe(false);
    expect(session.error?.issues.map((i) => i.path.join("."))).toEqual(["capPlaces"]);
    expect(words(session.error?.issues[0]?.message ?? "")).toMatch(/whole number of places from 0 to 20/);
    const fallback = capDefaultSchema.safeParse({ capPlacesDefault: "1e1" });
    expect(fallback.error?.issues.map((i) => i.path.join("."))).toEqual(["capPlacesDefault"]);
    expect(sessionSchema.parse({ dayOfWeek: "1", startTime: "10:00", endTime: "12:00", capPlaces: " 3 " }).capPlaces).toBe(3);
  });
});
