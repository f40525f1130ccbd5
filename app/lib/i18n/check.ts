/**
 * The check of a locale file against the public message set (run by ./translations.test.ts in npm test;
 * docs/translations.md explains it). Each problem names the key and what is wrong.
 */
import { en } from "./catalogue";
import { messageShape } from "./icu";
import { localeInfo, type Locale } from "./locales";
import { PUBLIC_KEYS } from "./public";

const MARKUP = /<\/?[a-z][^>]*>/gi;

function markupOf(text: string): string[] {
  return (text.match(MARKUP) ?? []).map((tag) => tag.toLowerCase()).sort();
}

export function checkLocaleFile(locale: Locale, file: unknown): string[] {
  const problems: string[] = [];
  if (typeof file !== "object" || file === null || Array.isArray(file)) return ["the file is not a JSON object"];
  const entries = file as Record<string, unknown>;
  const categories = new Intl.PluralRules(localeInfo(locale).tag).resolvedOptions().pluralCategories as string[];
  const english = en as Record<string, string>;
  const wanted = new Set<string>(PUBLIC_KEYS);
  for (const key of PUBLIC_KEYS) if (!(key in entries)) problems.push(`${key}: missing`);
  for (const [key, entry] of Object.entries(entries)) {
    if (!wanted.has(key)) {
      problems.push(`${key}: extra (not in the public message set)`);
      continue;
    }
    if (typeof entry !== "object" || entry === null) {
      problems.push(`${key}: not { "text": …, "reviewed": … }`);
      continue;
    }
    const { text, reviewed } = entry as { text?: unknown; reviewed?: unknown };
    if (typeof reviewed !== "boolean") problems.push(`${key}: "reviewed" must be true or false`);
    if (typeof text !== "string" || text.trim() === "") {
      problems.push(`${key}: empty text`);
      continue;
    }
    const source = english[key]!;
    const want = messageShape(source);
    const got = messageShape(text);
    const a = [...want.names].sort().join(", ");
    const b = [...got.names].sort().join(", ");
    if (a !== b) problems.push(`${key}: placeholders {${b}} differ from English {${a}}`);
    for (const plural of got.plurals) {
      const missing = categories.filter((category) => !plural.selectors.includes(category));
      if (missing.length) problems.push(`${key}: plural {${plural.name}} lacks ${missing.join(", ")} (${locale} uses ${categories.join(" ")})`);
      const unknown = plural.selectors.filter((s) => !s.startsWith("=") && !categories.includes(s));
      if (unknown.length) problems.push(`${key}: plural {${plural.name}} has ${unknown.join(", ")}, which ${locale} does not use`);
    }
    const extraMarkup = markupOf(text).filter((tag) => !markupOf(source).includes(tag));
    if (extraMarkup.length) problems.push(`${key}: markup English does not have: ${extraMarkup.join(" ")}`);
    if ((text.match(/\{/g) ?? []).length !== (text.match(/\}/g) ?? []).length) problems.push(`${key}: unbalanced braces`);
  }
  return problems;
}
