import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * A heading's accessible name is what a screen reader lists among a page's headings, so it must read as a
 * phrase: no visually hidden label ending in a colon ("Important: ", ": ") inside an h1–h4, whether typed
 * in the page or taken from the catalogue.
 */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".tsx") ? [path] : [];
  });
}


function hiddenTextsInHeadings(source: string): string[] {
  const found: string[] = [];
  for (const heading of source.matchAll(/<(h[1-4])\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    for (const span of heading[2]!.matchAll(/<span className="nhsuk-u-visually-hidden">([\s\S]*?)<\/span>/g)) found.push(span[1]!);
  }
  return found;
}

describe("headings", () => {
  it("carry no visually hidden label ending in a colon", () => {
    const catalogueText = readdirSync("app/lib/i18n/en").map((f) => readFileSync(join("app/lib/i18n/en", f), "utf8")).join("\n");
    const endsInColon = (text: string) => {
      const literal = text.replace(/\{" "\}/g, " ").trim();
      if (/:\s*$/.test(literal)) return true;
      const key = /\bt\("([^"]+)"\)/.exec(literal)?.[1];
      if (!key) return false;
      const value = new RegExp(`"${key.replace(/\./g, "\\.")}":\\s*"([^"]*)"`).exec(catalogueText)?.[1] ?? "";
      return /:\s*$/.test(value);
    };
    const offending = sources("app").flatMap((file) =>
      hiddenTextsInHeadings(readFileSync(file, "utf8"))
        .filter(endsInColon)
        .map((text) => `${file}: ${text.trim()}`),
    );
    expect(offending).toEqual([]);
  });
});
