/**
 * The translations, read on the server only (client bundles never hold them): every locale file
 * ./locales/<code>.json, shaped { "<key>": { "text": "…", "reviewed": true|false } }, is imported here
 * when the server starts, and each language's texts are registered for t() (./state.ts). The browser gets
 * the current language's public texts from the root loader (publicMessages), and only for a language other
 * than English.
 */
import ar from "./locales/ar.json";
import bn from "./locales/bn.json";
import gu from "./locales/gu.json";
import pa from "./locales/pa.json";
import pl from "./locales/pl.json";
import so from "./locales/so.json";
import ur from "./locales/ur.json";
import zh from "./locales/zh.json";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { isPublicKey } from "./public";
import { registerMessages, type Messages } from "./state";

export type LocaleFile = Record<string, { text: string; reviewed: boolean }>;

export const LOCALE_FILES: Record<Exclude<Locale, "en">, LocaleFile> = { gu, pa, pl, ur, bn, zh, ar, so };

const texts = new Map<Locale, Messages>();
const unreviewed = new Map<Locale, boolean>();

for (const [code, file] of Object.entries(LOCALE_FILES) as [Locale, LocaleFile][]) {
  const messages: Record<string, string> = {};
  // Only keys of the public set: a stale key in a file never shows (the check in npm test reports it).
  for (const [key, entry] of Object.entries(file)) if (isPublicKey(key) && entry.text) messages[key] = entry.text;
  Object.freeze(messages);
  texts.set(code, messages);
  registerMessages(code, messages);
  unreviewed.set(code, Object.values(file).some((entry) => entry.reviewed !== true));
}

/** The public texts of a language, for the browser (null for English: the catalogue is in the bundle). */
export function publicMessages(locale: Locale): Messages | null {
  return locale === DEFAULT_LOCALE ? null : (texts.get(locale) ?? null);
}

/** Whether a language's file has any message a fluent speaker has not yet checked. */
export function hasUnreviewedMessages(locale: Locale): boolean {
  return unreviewed.get(locale) ?? false;
}
