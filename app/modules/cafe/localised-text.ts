/**
 * Text a café's team writes (its description, its offers' titles and descriptions) in the languages of the
 * public pages. The text is shown as written, marked with the language it is written in; the team may add
 * its own translation per language, which a page in that language shows instead, marked as the café's own.
 * Pure: no I/O.
 */

/** The languages a café's own text may be written in: English and the eight other languages of the public pages. */
export const TEXT_LANGUAGES = ["en", "gu", "pa", "pl", "ur", "bn", "zh", "ar", "so"] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** The languages a café's team may add its own translations in (each one at most once per text). */
export const TRANSLATION_LOCALES = ["gu", "pa", "pl", "ur", "bn", "zh", "ar", "so"] as const satisfies readonly TextLanguage[];
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(["ur", "ar"]);

export const isTextLanguage = (v: unknown): v is TextLanguage => typeof v === "string" && (TEXT_LANGUAGES as readonly string[]).includes(v);
export const isTranslationLocale = (v: unknown): v is TranslationLocale =>
  typeof v === "string" && (TRANSLATION_LOCALES as readonly string[]).includes(v);

/** The `lang` attribute of text in a language: "zh" is written in Simplified Chinese characters, "zh-Hans". */
export function langTag(language: string): string {
  return language === "zh" ? "zh-Hans" : language;
}

/** The `dir` attribute of text in a language: Urdu and Arabic are written right to left. */
export function textDirection(language: string): "ltr" | "rtl" {
  return RIGHT_TO_LEFT.has(language) ? "rtl" : "ltr";
}

/** One translation of a text by the café's team. */
export type TextTranslation = { locale: string; text: string };

/** A text as a page in one language shows it. */
export type LocalisedText = {
  text: string;
  /** The `lang` attribute of the element that holds the text ("zh-Hans", not "zh") */
  lang: string;
  dir: "ltr" | "rtl";
  /** The café's team translated it (the page says the translation is the café's own) */
  translatedByCafe: boolean;
  /** The text as written (no translation into the page's language, or the page is in the text's language) */
  isOriginal: boolean;
};

/**
 * The text a page in `pageLocale` shows: the café's own translation into that language when there is one
 * with text in it, otherwise the original as written. `original.language` is the café's `textLanguage`
 * (an unknown one is taken as English). A translation into the language the original is written in is
 * never shown (the original is). A translation whose original has changed since it was saved is still
 * shown: the team is told on its management pages.
 */
export function localisedText(
  original: { text: string; language: string },
  translations: readonly TextTranslation[],
  pageLocale: string,
): LocalisedText {
  const language = isTextLanguage(original.language) ? original.language : "en";
  if (pageLocale !== language) {
    const translation = translations.find((t) => t.locale === pageLocale && t.text.trim() !== "");
    if (translation) {
      return { text: translation.text, lang: langTag(pageLocale), dir: textDirection(pageLocale), translatedByCafe: true, isOriginal: false };
    }
  }
  return { text: original.text, lang: langTag(language), dir: textDirection(language), translatedByCafe: false, isOriginal: true };
}

/** An offer's title and description as a page in `pageLocale` shows them, each through `localisedText`. */
export function localisedOffer(
  offer: { title: string; description: string; translations: readonly { locale: string; title: string; description: string }[] },
  language: string,
  pageLocale: string,
): { title: LocalisedText; description: LocalisedText } {
  return {
    title: localisedText({ text: offer.title, language }, offer.translations.map((t) => ({ locale: t.locale, text: t.title })), pageLocale),
    description: localisedText(
      { text: offer.description, language },
      offer.translations.map((t) => ({ locale: t.locale, text: t.description })),
      pageLocale,
    ),
  };
}
