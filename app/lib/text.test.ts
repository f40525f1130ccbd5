import { describe, expect, it } from "vitest";
import { shorten } from "./text";

describe("shorten", () => {
  it("cuts at a word boundary with an ellipsis", () => {
    expect(shorten("Clocktower Evening Café", 100)).toBe("Clocktower Evening Café");
    expect(shorten("Clocktower Evening Café", 15)).toBe("Clocktower…");
    expect(shorten("Clocktower", 5)).toBe("Cloc…");
  });

  it("never cuts a character in half: an emoji, a rarer Chinese character, a letter and its vowel sign stay whole", () => {
    expect(shorten("🫖🫖🫖🫖🫖", 6)).toBe("🫖🫖…");
    expect(shorten("𠮷野家の朝ごはん会", 4)).toBe("𠮷野…");
    // Gujarati "ગુજરાતી": ગ + ુ is one letter as read; the cut does not leave the vowel sign behind.
    expect(shorten("ગુજરાતીમાં", 3)).toBe("ગુ…");
  });
});
