import { describe, expect, it } from "vitest";
import { newReference, normaliseReference, REFERENCE_ALPHABET } from "./reference";

describe("a booking's reference", () => {
  it("is six characters with no look-alike letters or digits", () => {
    for (const c of "0OD1IL2Z5S8BQUV") expect(REFERENCE_ALPHABET).not.toContain(c);
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < 500; i += 1) expect(newReference(random)).toMatch(/^[ACEFGHJKMNPRTWXY3467]{6}$/);
    expect(newReference(() => 0.999999)).toBe("777777");
    expect(newReference(() => 0)).toBe("AAAAAA");
  });
  it("is read back from what was typed, or refused", () => {
    expect(normaliseReference("ka3-7 xh")).toBe("KA37XH");
    expect(normaliseReference("KA37X")).toBeNull();
    expect(normaliseReference("KA37X0")).toBeNull();
  });
});
