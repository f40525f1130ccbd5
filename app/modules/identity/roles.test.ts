import { describe, expect, it } from "vitest";
import { safeRedirect } from "./roles";

describe("redirects after sign-in stay on this site", () => {
  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined])(
    "refuses %s",
    (target) => expect(safeRedirect(target, "/home")).toBe("/home"),
  );
  it("keeps a local path with its query", () => {
    expect(safeRedirect("/manage/cafes/x?tab=hours", "/")).toBe("/manage/cafes/x?tab=hours");
  });
});
