/**
 * English text: the café team's own translations of its description and offers
 * (/manage/cafes/…/details/translations/<language>, /manage/cafes/…/offers/<offer>/translations/<language>),
 * and the language its own text is written in.
 */
export const manageTranslations = {
  "manage.details.field.textLanguage": "Language the description and offers are written in",
  "manage.details.field.textLanguageHint":
    "The public pages show your text as you wrote it, marked with this language. You can add your own translations below.",
  "manage.details.error.textLanguage": "Choose a language from the list",
  "manage.history.field.textLanguage": "Language of the text",
  "manage.history.field.language": "Language",
  "manage.history.action.cafe.translation.saved": "Translation of the description saved",
  "manage.history.action.cafe.translation.removed": "Translation of the description removed",
  "manage.history.action.cafe.offer-translation.saved": "Translation of an offer saved",
  "manage.history.action.cafe.offer-translation.removed": "Translation of an offer removed",

  "manage.language.en": "English",
  "manage.language.gu": "Gujarati (ગુજરાતી)",
  "manage.language.pa": "Punjabi (ਪੰਜਾਬੀ)",
  "manage.language.pl": "Polish (polski)",
  "manage.language.ur": "Urdu (اردو)",
  "manage.language.bn": "Bengali (বাংলা)",
  "manage.language.zh": "Chinese, Simplified (简体中文)",
  "manage.language.ar": "Arabic (العربية)",
  "manage.language.so": "Somali (Soomaali)",

  "manage.translations.heading": "Translations",
  "manage.translations.introDescription":
    "People can read the public pages in eight languages besides English. Your description is shown as you wrote it unless you add your own translation for a language; a page in that language then shows your translation, marked as the café’s own.",
  "manage.translations.introOffer":
    "Your offer is shown as you wrote it unless you add your own translation of its name and description for a language; a page in that language then shows your translation, marked as the café’s own.",
  "manage.translations.language": "Language",
  "manage.translations.status": "Translation",
  "manage.translations.none": "Not translated",
  "manage.translations.saved": "Saved {when}",
  "manage.translations.originalChanged": "The {language} text has changed since this translation was saved. Check it still says the same.",
  "manage.translations.add": "Add",
  "manage.translations.change": "Change",
  "manage.translations.view": "View",
  "manage.translations.forLanguage": "{language} translation",

  "manage.translation.cafeTitle": "{language} translation of the description",
  "manage.translation.offerTitle": "{language} translation of an offer",
  "manage.translation.original": "As written ({language})",
  "manage.translation.field.description": "Description in {language}",
  "manage.translation.field.descriptionHint": "Write it as you would say it to someone who reads {language}. Up to 2,000 characters.",
  "manage.translation.field.title": "Name of the offer in {language}",
  "manage.translation.field.offerDescription": "Description in {language} (optional)",
  "manage.translation.save": "Save translation",
  "manage.translation.savedNotice": "The {language} translation is saved and shown on the public page in {language}.",
  "manage.translation.removedNotice": "The {language} translation is removed.",
  "manage.translation.removeHeading": "Remove this translation",
  "manage.translation.removeHint": "The page in this language will show the text as written instead.",
  "manage.translation.removeButton": "Remove translation",
  "manage.translation.previewNote": "How the page in {language} will show it, marked as the café’s own translation:",
  "manage.translation.ownTranslation": "Translated by the café",
  "manage.translation.notYours": "No translation in this language yet.",
  "manage.translation.backToDetails": "Back to café details",
  "manage.translation.backToOffer": "Back to the offer",
  "manage.translation.error.description": "Enter the translation, or remove it below",
  "manage.translation.error.title": "Enter the name of the offer in this language",
} as const;
