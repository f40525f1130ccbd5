import { describe, expect, it } from "vitest";
import { capSearchParams, meetsNeeds, parseCapSearch } from "./cap-search";

describe("the CAP's search for a caller", () => {
  it("reads when the caller can go, now or later today by default", () => {
    expect(parseCapSearch(new URLSearchParams("q=LE1")).when).toEqual({ kind: "today" });
    expect(parseCapSearch(new URLSearchParams("q=LE1&when=evening")).when).toEqual({ kind: "evening" });
    expect(parseCapSearch(new URLSearchParams("when=date&date=2026-11-27")).when).toEqual({ kind: "date", date: "2026-11-27" });
    expect(parseCapSearch(new URLSearchParams("when=date&date=2026-02-30")).when).toEqual({ kind: "today" });
    expect(parseCapSearch(new URLSearchParams("when=<script>")).when).toEqual({ kind: "today" });
  });
  it("keeps tags that can be slugs, and round-trips as a query string", () => {
    const search = parseCapSearch(new URLSearchParams("q=%20Oakham%20&lang=urdu&lang=urdu&lang=Bad%20Slug&for=women&access=step-free"));
    expect(search).toEqual({ q: "Oakham", when: { kind: "today" }, languages: ["urdu"], audiences: ["women"], access: ["step-free"] });
    expect(parseCapSearch(new URLSearchParams(capSearchParams(search)))).toEqual(search);
  });
  it("matches any language, any audience and every access feature asked for", () => {
    const cafe = { languages: ["urdu", "polish"], audiences: ["women"], access: ["step-free", "hearing-loop"] };
    const ask = (q: string) => meetsNeeds(cafe, parseCapSearch(new URLSearchParams(q)));
    expect(ask("")).toBe(true);
    expect(ask("lang=urdu&lang=somali")).toBe(true);
    expect(ask("lang=somali")).toBe(false);
    expect(ask("for=students")).toBe(false);
    expect(ask("access=step-free&access=hearing-loop")).toBe(true);
    expect(ask("access=step-free&access=quiet-room")).toBe(false);
  });
});
