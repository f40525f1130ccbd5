import { describe, expect, it } from "vitest";
import { fillMessage, formatNumber } from "./icu";
import { LOCALES } from "./locales";

const cafes = "{count, plural, =0 {no cafés} one {# café} few {# kawiarnie} many {# kawiarni} other {# cafés}}";

describe("ICU-lite plurals", () => {
  it("choose Polish one, few, many and other", () => {
    const polish = "{count, plural, one {# kawiarnia} few {# kawiarnie} many {# kawiarni} other {# kawiarni}}";
    const fill = (count: number) => fillMessage(polish, "pl", [{ count }]);
    expect(fill(1)).toBe("1 kawiarnia");
    expect([2, 3, 4, 22, 104].map(fill)).toEqual(["2 kawiarnie", "3 kawiarnie", "4 kawiarnie", "22 kawiarnie", "104 kawiarnie"]);
    expect([0, 5, 11, 12, 25, 111].map(fill)).toEqual(["0 kawiarni", "5 kawiarni", "11 kawiarni", "12 kawiarni", "25 kawiarni", "111 kawiarni"]);
    expect(fill(1.5)).toBe("1,5 kawiarni");
  });

  it("choose Arabic zero, one, two, few, many and other, with Arabic's default numerals", () => {
    const arabic = "{count, plural, zero {z#} one {o#} two {t#} few {f#} many {m#} other {x#}}";
    const fill = (count: number) => fillMessage(arabic, "ar", [{ count }]);
    const n = (count: number) => new Intl.NumberFormat("ar").format(count);
    expect([0, 1, 2, 3, 10, 11, 99, 100].map(fill)).toEqual(
      [`z${n(0)}`, `o${n(1)}`, `t${n(2)}`, `f${n(3)}`, `f${n(10)}`, `m${n(11)}`, `m${n(99)}`, `x${n(100)}`],
    );
  });

  it("prefer an exact =N branch, fill placeholders inside branches, and keep English as before", () => {
    expect(fillMessage(cafes, "en", [{ count: 0 }])).toBe("no cafés");
    expect(fillMessage(cafes, "en", [{ count: 1 }])).toBe("1 café");
    expect(fillMessage(cafes, "en", [{ count: 1234 }])).toBe("1234 cafés");
    expect(fillMessage("{n, plural, one {# in {town}} other {# in {town}}}", "en", [{ n: 2, town: "Oakham" }])).toBe("2 in Oakham");
  });

  it("leave unknown placeholders visible and malformed braces as text", () => {
    expect(fillMessage("Hello {name}", "gu", [{}])).toBe("Hello {name}");
    expect(fillMessage("a { b } {c", "en", [{ c: 1 }])).toBe("a { b } {c");
    expect(fillMessage("{count, plural, one {# x}", "en", [{ count: 1 }])).toBe("{count, plural, one {# x}");
  });
});

describe("numbers", () => {
  it("use each language's default numerals, without grouping; English as written", () => {
    expect(formatNumber(0.4, "en")).toBe("0.4");
    expect(formatNumber(2026, "en")).toBe("2026");
    expect(formatNumber(0.4, "pl")).toBe("0,4");
    expect(formatNumber(12, "ar")).toBe(new Intl.NumberFormat("ar").format(12));
    expect(formatNumber(2026, "gu")).toBe("2026");
    expect(formatNumber(0.4, "bn")).toMatch(/^[০-৯0-9][.,][০-৯0-9]$/);
    expect(formatNumber(2026, "pl")).toBe("2026");
  });
});

describe("plurals of every language", () => {
  /** Numbers that reach every CLDR category of the languages here (Arabic's 0, 1, 2, 3–10, 11–99, 100…). */
  const numbers = [0, 1, 2, 3, 5, 11, 12, 21, 22, 25, 100, 101, 102, 111, 1.5];

  it.each(LOCALES.map((l) => l.code))("%s: chooses the branch Intl.PluralRules names, with the language's digits", (code) => {
    const tag = LOCALES.find((l) => l.code === code)!.tag;
    const rules = new Intl.PluralRules(tag);
    const categories = rules.resolvedOptions().pluralCategories;
    const template = `{n, plural, ${categories.map((c) => `${c} {${c}:#}`).join(" ")}}`;
    for (const n of numbers) {
      expect(fillMessage(template, code, [{ n }]), `${code} ${n}`).toBe(`${rules.select(n)}:${formatNumber(n, code)}`);
    }
  });

  it("reach Polish one, few, many and other, and Arabic zero, one, two, few, many and other", () => {
    const reached = (tag: string) => new Set(numbers.map((n) => new Intl.PluralRules(tag).select(n)));
    expect([...reached("pl")].sort()).toEqual(["few", "many", "one", "other"]);
    expect([...reached("ar")].sort()).toEqual(["few", "many", "one", "other", "two", "zero"]);
  });
});
