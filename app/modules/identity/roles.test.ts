import { describe, expect, it } from "vitest";
import { homeFor, safeRedirect } from "./roles";

describe("where each role lands", () => {
  it("sends each role to its own home", () => {
    expect(homeFor(["cafe-manager"])).toBe("/manage");
    expect(homeFor(["cap-staff"])).toBe("/cap");
    expect(homeFor(["organisation-member"])).toBe("/organisation");
  });
  it("prefers the broader role when a user holds several", () => {
    expect(homeFor(["cafe-manager", "admin"])).toBe("/admin");
    expect(homeFor(["organisation-member", "cafe-manager"])).toBe("/manage");
  });
  it("sends a user without roles to their account page", () => {
    expect(homeFor([])).toBe("/account");
  });
});

describe("redirects after sign-in stay on this site", () => {
  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined])(
    "refuses %s",
    (target) => expect(safeRedirect(target, "/home")).toBe("/home"),
  );
  it("keeps a local path with its query", () => {
    expect(safeRedirect("/manage/cafes/x?tab=hours", "/")).toBe("/manage/cafes/x?tab=hours");
  });
});
