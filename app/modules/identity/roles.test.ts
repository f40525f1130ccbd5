import { describe, expect, it } from "vitest";
import { safeRedirect } from "./roles";

describe("redirects after sign-in stay on this site", () => {
  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "/\t/evil.example", "/\\\\evil.example", "javascript:alert(1)", "", undefined, "/x\ny"])(
    "refuses %j",
    (target) => expect(safeRedirect(target, "/home")).toBe("/home"),
  );
  it("keeps a local path with its query", () => {
    expect(safeRedirect("/manage/cafes/x?tab=hours", "/")).toBe("/manage/cafes/x?tab=hours");
    expect(safeRedirect("/admin/outbox?page=2#list", "/")).toBe("/admin/outbox?page=2#list");
  });
  it("escapes any character a Location header cannot carry, so the redirect never fails", () => {
    expect(safeRedirect("/☃", "/")).toBe("/%E2%98%83");
    expect(safeRedirect("/cafes/café?q=é é#ü", "/")).toBe("/cafes/caf%C3%A9?q=%C3%A9%20%C3%A9#%C3%BC");
    expect(safeRedirect("/%E2%98%83?q=%C3%A9", "/")).toBe("/%E2%98%83?q=%C3%A9");
    for (const target of ["/\u{1F600}", "/\u00ff\u0100", "/a b", '/"<x>'])
      expect(safeRedirect(target, "/")).toMatch(/^\/[\x21-\x7e]*$/);
  });
});
