import { describe, expect, it } from "vitest";
import { langTag, localisedOffer, localisedText, textDirection, TRANSLATION_LOCALES } from "./localised-text";

const english = { text: "A calm place to talk.", language: "en" };
const translations = [
  { locale: "gu", text: "વાત કરવા માટે એક શાંત જગ્યા." },
  { locale: "ur", text: "بات کرنے کے لیے ایک پرسکون جگہ۔" },
  { locale: "zh", text: "一个可以安心倾诉的地方。" },
  { locale: "pl", text: "   " },
];

describe("localisedText", () => {
  it("shows the original on a page in its language, marked with that language", () => {
    expect(localisedText(english, translations, "en")).toEqual({
      text: "A calm place to talk.",
      lang: "en",
      dir: "ltr",
      translatedByCafe: false,
      isOriginal: true,
    });
  });

  it("shows the café's own translation on a page in that language", () => {
    expect(localisedText(english, translations, "gu")).toEqual({
      text: "વાત કરવા માટે એક શાંત જગ્યા.",
      lang: "gu",
      dir: "ltr",
      translatedByCafe: true,
      isOriginal: false,
    });
  });

  it("marks Urdu and Arabic right to left and Chinese as Simplified", () => {
    expect(localisedText(english, translations, "ur")).toMatchObject({ lang: "ur", dir: "rtl", translatedByCafe: true });
    expect(localisedText(english, translations, "zh")).toMatchObject({ lang: "zh-Hans", dir: "ltr", translatedByCafe: true });
    expect(textDirection("ar")).toBe("rtl");
    expect(langTag("pa")).toBe("pa");
  });

  it("falls back to the original, in its own language and direction, without a translation or with an empty one", () => {
    expect(localisedText(english, translations, "bn")).toMatchObject({ text: english.text, lang: "en", dir: "ltr", isOriginal: true, translatedByCafe: false });
    expect(localisedText(english, translations, "pl")).toMatchObject({ text: english.text, isOriginal: true });
    expect(localisedText(english, [], "ar")).toMatchObject({ text: english.text, lang: "en", dir: "ltr", isOriginal: true });
  });

  it("keeps an original written in another language, and never replaces it with a translation into its own language", () => {
    const urdu = { text: "خوش آمدید", language: "ur" };
    expect(localisedText(urdu, [{ locale: "ur", text: "something else" }], "ur")).toEqual({
      text: "خوش آمدید",
      lang: "ur",
      dir: "rtl",
      translatedByCafe: false,
      isOriginal: true,
    });
    expect(localisedText(urdu, [], "en")).toMatchObject({ lang: "ur", dir: "rtl", isOriginal: true });
    expect(localisedText(urdu, [{ locale: "gu", text: "સ્વાગત" }], "gu")).toMatchObject({ text: "સ્વાગત", lang: "gu", translatedByCafe: true });
  });

  it("takes an unknown original language as English, and an unknown page language as having no translation", () => {
    expect(localisedText({ text: "Hello", language: "xx" }, translations, "en")).toMatchObject({ lang: "en", isOriginal: true });
    expect(localisedText(english, translations, "fr")).toMatchObject({ text: english.text, isOriginal: true });
  });

  it("works every translation locale out the same way: the translation, its lang and dir", () => {
    for (const locale of TRANSLATION_LOCALES) {
      const shown = localisedText(english, [{ locale, text: `text in ${locale}` }], locale);
      expect(shown).toEqual({ text: `text in ${locale}`, lang: langTag(locale), dir: textDirection(locale), translatedByCafe: true, isOriginal: false });
    }
  });
});

describe("localisedOffer", () => {
  it("localises the title and description each on its own (a translation may leave the description out)", () => {
    const offer = {
      title: "Gujarati-speaking evening",
      description: "Tea and a chat in Gujarati.",
      translations: [{ locale: "gu", title: "ગુજરાતી સાંજ", description: "" }],
    };
    const shown = localisedOffer(offer, "en", "gu");
    expect(shown.title).toMatchObject({ text: "ગુજરાતી સાંજ", lang: "gu", translatedByCafe: true });
    expect(shown.description).toMatchObject({ text: "Tea and a chat in Gujarati.", lang: "en", isOriginal: true });
  });
});
