import { en, type MessageKey } from "./catalogue";
import { fillMessage, type MessageVars } from "./icu";
import { DEFAULT_LOCALE, isLocale, pathInLocale, type Locale } from "./locales";
import { currentLocale, messagesOf } from "./state";

export type { MessageKey } from "./catalogue";
export type { MessageVars } from "./icu";
export { formatNumber } from "./icu";
export type { Locale, LocaleInfo } from "./locales";
export { DEFAULT_LOCALE, LOCALES, isLocale, localeInfo, localeOfPath, pathInLocale, stripLocale, suggestedLocale } from "./locales";
export { currentLocale, setClientLocale } from "./state";

/**
 * An internal address in the current language: localePath("/cafes/x") is "/gu/cafes/x" on a Gujarati page,
 * "/cafes/x" on an English one. Every link and form action of a public page is built with it.
 */
export function localePath(to: string): string {
  return pathInLocale(currentLocale(), to);
}

/**
 * Fills a template's placeholders (and ICU-lite plurals, ./icu.ts) in the current language from the first
 * of `sources` that has the name. Unknown placeholders are left visible so a missing value is noticed.
 */
export function fill(template: string, ...sources: (MessageVars | undefined)[]): string {
  return fillMessage(template, currentLocale(), sources);
}

/** Fills `{name}` placeholders. Unknown placeholders are left visible so a missing value is noticed. */
export function format(template: string, vars?: MessageVars): string {
  return vars ? fill(template, vars) : template;
}

/** The template of a key in a language (the current one by default); English when it has no translation. */
export function template(key: MessageKey, locale: Locale = currentLocale()): string {
  if (locale === DEFAULT_LOCALE) return en[key];
  return messagesOf(locale)?.[key] ?? en[key];
}

/** Whether a key has a text of its own in a language (English: always). */
export function isTranslated(key: MessageKey, locale: Locale = currentLocale()): boolean {
  return locale === DEFAULT_LOCALE || messagesOf(locale)?.[key] !== undefined;
}

/** Translate a key in a language. */
export function translate(locale: string, key: MessageKey, vars?: MessageVars): string {
  const known: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return fillMessage(template(key, known), known, [vars]);
}

/** The text of a key in the current language (the request's on the server, the page's in the browser). */
export function t(key: MessageKey, vars?: MessageVars): string {
  return translate(currentLocale(), key, vars);
}

/**
 * A message as a code: its catalogue key, and its values when it has some, in one string. Modules return
 * codes (a failed write's field messages, a zod schema's messages, which Conform carries to the page as
 * strings); routes and components turn them into words with `words`, in the page's language.
 *
 *   code("manage.error.tooLong", { max: 100 })  →  'manage.error.tooLong|{"max":100}'
 */
export type MessageCode = string & { readonly __messageCode?: never };
const SEPARATOR = "|";

export function code(key: MessageKey, vars?: MessageVars): MessageCode {
  return vars ? `${key}${SEPARATOR}${JSON.stringify(vars)}` : key;
}

/** Whether a string is a message code of the catalogue. */
export function isMessageCode(value: string): value is MessageCode {
  const cut = value.indexOf(SEPARATOR);
  return (cut === -1 ? value : value.slice(0, cut)) in en;
}

/** A message code in words (a string that is not a code is shown as it is). */
export function words(message: MessageCode | string, locale: string = currentLocale()): string {
  const cut = message.indexOf(SEPARATOR);
  const key = cut === -1 ? message : message.slice(0, cut);
  if (!(key in en)) return message;
  let vars: MessageVars | undefined;
  if (cut !== -1) {
    try {
      vars = JSON.parse(message.slice(cut + 1)) as MessageVars;
    } catch {
      vars = undefined;
    }
  }
  return translate(locale, key as MessageKey, vars);
}

/**
 * A tag's name on a public page: in English, the label stored in the database (admins may rename it); in
 * another language, the translation of the tag the reference data seeds (`tag.<slug>`), or the stored
 * label when there is none.
 */
export function tagLabel(tag: { slug: string; label: string }): string {
  return tagName(tag).text;
}

/**
 * A tag's name on a public page (as tagLabel), and whether it is the stored English label shown on a page in
 * another language (a tag without a translation), which the page marks with lang="en".
 */
export function tagName(tag: { slug: string; label: string }): { text: string; english: boolean } {
  const locale = currentLocale();
  if (locale === DEFAULT_LOCALE) return { text: tag.label, english: false };
  const key = `tag.${tag.slug}` as MessageKey;
  return key in en && isTranslated(key, locale) ? { text: translate(locale, key), english: false } : { text: tag.label, english: true };
}
