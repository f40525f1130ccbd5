import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkLocaleFile } from "./check";
import { en } from "./catalogue";
import { OTHER_LOCALES } from "./locales";
import { PUBLIC_KEYS } from "./public";

const directory = path.join(__dirname, "locales");
const files = readdirSync(directory).filter((name) => name.endsWith(".json"));

describe("locale files", () => {
  it("exist for every language other than English, and only for those", () => {
    expect(files.map((name) => name.replace(/\.json$/, "")).sort()).toEqual([...OTHER_LOCALES].sort());
  });

  it.each(OTHER_LOCALES)("%s: every public key, placeholders and plurals as English, no new markup, none empty", (locale) => {
    const file: unknown = JSON.parse(readFileSync(path.join(directory, `${locale}.json`), "utf8"));
    expect(checkLocaleFile(locale, file)).toEqual([]);
  });
});

describe("the check", () => {
  const good = (): Record<string, unknown> => Object.fromEntries(PUBLIC_KEYS.map((key) => [key, { text: en[key], reviewed: false }]));
  const withEntry = (key: string, entry: unknown) => ({ ...good(), [key]: entry });
  // A key with placeholders, and one whose file entry is otherwise fine.
  const key = "finder.result.miles";

  it("reports missing and extra keys", () => {
    const file: Record<string, unknown> = good();
    delete file["brand.name"];
    file["no.such.key"] = { text: "x", reviewed: false };
    const problems = checkLocaleFile("gu", file);
    expect(problems).toContain("brand.name: missing");
    expect(problems).toContain("no.such.key: extra (not in the public message set)");
  });

  it("reports placeholders renamed, markup added, empty text and a reviewed that is not a boolean", () => {
    expect(checkLocaleFile("gu", withEntry(key, { text: "{mile} x", reviewed: false })).join()).toMatch(/placeholders \{mile\} differ from English \{miles\}/);
    expect(checkLocaleFile("gu", withEntry(key, { text: "<b>{miles}</b>", reviewed: false })).join()).toMatch(/markup/);
    expect(checkLocaleFile("gu", withEntry(key, { text: " ", reviewed: false })).join()).toMatch(/empty/);
    expect(checkLocaleFile("gu", withEntry(key, { text: "{miles}", reviewed: "yes" })).join()).toMatch(/reviewed/);
  });

  it("wants every plural category of the language", () => {
    const polish = "{miles, plural, one {# mila} few {# mile} other {# mili}}";
    expect(checkLocaleFile("pl", withEntry(key, { text: polish, reviewed: true })).join()).toMatch(/lacks many/);
    const full = "{miles, plural, one {# mila} few {# mile} many {# mil} other {# mili}}";
    expect(checkLocaleFile("pl", withEntry(key, { text: full, reviewed: true }))).toEqual([]);
    expect(checkLocaleFile("zh", withEntry(key, { text: "{miles} 英里", reviewed: true }))).toEqual([]);
    expect(checkLocaleFile("zh", withEntry(key, { text: "{miles, plural, one {#} other {#}}", reviewed: true })).join()).toMatch(/one, which zh does not use/);
  });
});
