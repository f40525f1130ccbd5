import { describe, expect, it } from "vitest";
import { guidanceParagraphs } from "./guidance";

describe("a round's guidance", () => {
  it("splits paragraphs at blank lines and joins the lines within one", () => {
    expect(guidanceParagraphs("First line\nstill first.\n\n\r\nSecond.\n  \nThird")).toEqual([
      [{ kind: "text", text: "First line still first." }],
      [{ kind: "text", text: "Second." }],
      [{ kind: "text", text: "Third" }],
    ]);
    expect(guidanceParagraphs("  \n\n ")).toEqual([]);
  });

  it("makes http and https addresses links, leaving the full stop after one outside it", () => {
    expect(guidanceParagraphs("Read https://val.org.uk/grants/faq. Or (http://example.org/a?b=1) too")).toEqual([
      [
        { kind: "text", text: "Read " },
        { kind: "link", href: "https://val.org.uk/grants/faq", text: "https://val.org.uk/grants/faq" },
        { kind: "text", text: ". Or (" },
        { kind: "link", href: "http://example.org/a?b=1", text: "http://example.org/a?b=1" },
        { kind: "text", text: ") too" },
      ],
    ]);
  });

  it("keeps markup and other schemes as text", () => {
    const text = '<script>alert(1)</script> <a href="javascript:alert(1)">x</a> javascript:alert(1) ftp://x.org';
    expect(guidanceParagraphs(text)).toEqual([[{ kind: "text", text }]]);
  });
});
