import { describe, expect, it } from "vitest";
import { rootShouldRevalidate } from "./revalidate";

const url = (path: string) => new URL(path, "https://cafes.example");
const go = (from: string, to: string, extra: { formMethod?: string; defaultShouldRevalidate?: boolean } = {}) =>
  rootShouldRevalidate({ currentUrl: url(from), nextUrl: url(to), defaultShouldRevalidate: true, ...extra });

describe("reloading the root's data (and the language's texts) on a client-side navigation", () => {
  it("reloads when the language changes, either way", () => {
    expect(go("/gu/cafes/a", "/pl/cafes/a")).toBe(true);
    expect(go("/cafes/a", "/ur?location=LE1")).toBe(true);
    expect(go("/ar/partners", "/partners")).toBe(true);
  });

  it("does not reload the texts between pages of the same language read without a form", () => {
    expect(go("/gu", "/gu?location=LE1")).toBe(false);
    expect(go("/gu/cafes/a", "/gu/areas/b")).toBe(false);
    expect(go("/zh/partners", "/zh/partners/org?q=x", { formMethod: "GET" })).toBe(false);
  });

  it("keeps the person and demo notice as fresh as before: after a form is sent, and on English pages", () => {
    expect(go("/pl/cafes/a", "/pl/cafes/a", { formMethod: "POST" })).toBe(true);
    expect(go("/pl/cafes/a", "/pl/cafes/a", { formMethod: "post", defaultShouldRevalidate: false })).toBe(false);
    expect(go("/cafes/a", "/areas/b")).toBe(true);
    expect(go("/manage", "/manage/cafes", { defaultShouldRevalidate: false })).toBe(false);
    expect(go("/sign-in", "/manage")).toBe(true);
  });
});
