/**
 * English text of the language features of the public pages: the language picker, the notice offering the
 * page in the browser's language, the notice that a translation is not yet checked, the mark on text
 * written by a café or group, and the names of the languages in sentences (by code).
 */
export const languages = {
  "language.picker.label": "Choose a language",
  "language.suggest": "This page is also in {language}.",
  "language.suggestLink": "Read it in {language}",
  "language.unreviewed": "This translation has not yet been checked by a fluent speaker.",
  "language.writtenIn": "Written in {language}",
  "language.translatedByCafe": "Translated by the café",
  "language.name.en": "English",
  "language.name.gu": "Gujarati",
  "language.name.pa": "Punjabi",
  "language.name.pl": "Polish",
  "language.name.ur": "Urdu",
  "language.name.bn": "Bengali",
  "language.name.zh": "Chinese",
  "language.name.ar": "Arabic",
  "language.name.so": "Somali",
} as const;
