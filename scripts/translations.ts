/**
 * Keeps the locale files (app/lib/i18n/locales/<code>.json) in step with the public message set.
 *
 *   tsx scripts/translations.ts import <code> <flat.json>   a translator's file (key → text) into the locale
 *                                                           file: texts replaced, `reviewed` set to false for
 *                                                           every changed text, kept for unchanged ones
 *   tsx scripts/translations.ts sync                        every locale file: keys no longer public removed,
 *                                                           new public keys added with the English text marked
 *                                                           `"reviewed": false` (to be translated)
 *   tsx scripts/translations.ts pseudo <code>               a pseudo-translation for development (marked text)
 *
 * Files are written with keys in the order of the public set, two-space indented, one message per entry.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { en } from "../app/lib/i18n/catalogue";
import { isLocale, OTHER_LOCALES, type Locale } from "../app/lib/i18n/locales";
import { PUBLIC_KEYS } from "../app/lib/i18n/public";

type Entry = { text: string; reviewed: boolean };
type LocaleFile = Record<string, Entry>;

const directory = path.resolve("app/lib/i18n/locales");
const fileOf = (code: Locale) => path.join(directory, `${code}.json`);

function read(code: Locale): LocaleFile {
  return existsSync(fileOf(code)) ? (JSON.parse(readFileSync(fileOf(code), "utf8")) as LocaleFile) : {};
}

function write(code: Locale, file: LocaleFile) {
  const ordered: LocaleFile = {};
  for (const key of PUBLIC_KEYS) if (file[key]) ordered[key] = file[key];
  writeFileSync(fileOf(code), `${JSON.stringify(ordered, null, 2)}\n`);
}

function english(key: string): string {
  return (en as Record<string, string>)[key]!;
}

/** Marks text visibly while keeping placeholders and plural syntax: "‹gu› Find a café". */
function pseudo(code: Locale, text: string): string {
  const marks: Record<string, string> = { gu: "ગુ", pa: "ਪੰ", pl: "pl", ur: "اُر", bn: "বা", zh: "中", ar: "عر", so: "so" };
  return `‹${marks[code] ?? code}› ${text}`;
}

const [command, code, source] = process.argv.slice(2);
if (command === "sync") {
  for (const locale of OTHER_LOCALES) {
    const file = read(locale);
    for (const key of PUBLIC_KEYS) file[key] ??= { text: english(key), reviewed: false };
    write(locale, file);
  }
} else if (command === "import" && isLocale(code) && source) {
  const flat = JSON.parse(readFileSync(source, "utf8")) as Record<string, string>;
  const file = read(code);
  for (const key of PUBLIC_KEYS) {
    const text = flat[key];
    if (typeof text !== "string") {
      file[key] ??= { text: english(key), reviewed: false };
      continue;
    }
    file[key] = file[key]?.text === text ? file[key] : { text, reviewed: false };
  }
  write(code, file);
  const unknown = Object.keys(flat).filter((key) => !PUBLIC_KEYS.includes(key as never));
  if (unknown.length) console.warn(`Not in the public set (left out): ${unknown.join(", ")}`);
} else if (command === "pseudo" && isLocale(code)) {
  const file: LocaleFile = {};
  for (const key of PUBLIC_KEYS) file[key] = { text: pseudo(code, english(key)), reviewed: false };
  write(code, file);
} else {
  console.error("Usage: tsx scripts/translations.ts import <code> <flat.json> | sync | pseudo <code>");
  process.exit(1);
}
