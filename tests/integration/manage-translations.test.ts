import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { beforeAll, describe, expect, it } from "vitest";
import * as cafeTranslationPage from "~/routes/manage.cafes.$cafeId.details_.translations.$locale";
import * as detailsPage from "~/routes/manage.cafes.$cafeId.details";
import * as offerPage from "~/routes/manage.cafes.$cafeId.offers.$offerId";
import * as offerTranslationPage from "~/routes/manage.cafes.$cafeId.offers.$offerId_.translations.$locale";
import { localisedOffer, localisedText } from "~/modules/cafe";
import { cafeHistory, publicCafePage } from "~/modules/cafe/index.server";
import { describeAuditEntry } from "~/components/manage/history-text";
import { prisma } from "~/platform/db.server";
import { call, demoCookie, get, json, makeUser, post, signInCookieFor } from "./auth.helpers";

/**
 * The café team's own translations of its description and offers: added, changed and removed per language
 * with a preview first, validated like the originals, recorded in the history, refused to managers of other
 * cafés, shown on the café page's data, and flagged when the original changes after they were saved.
 */
let cafe: { id: string; slug: string; description: string };
let offerId: string;
let manager: string;
let commissioner: string;
let otherManager: string;

type Answer = { errors: Record<string, string>; values: Record<string, string>; preview?: { text: string; lang: string; dir: string; translatedByCafe: boolean }[] };
type Row = { locale: string; saved: { originalChanged: boolean } | null };

const cafePath = (locale: string) => `/manage/cafes/${cafe.id}/details/translations/${locale}`;
const offerPath = (locale: string) => `/manage/cafes/${cafe.id}/offers/${offerId}/translations/${locale}`;
const sendCafe = (locale: string, fields: Record<string, string>, cookie = manager) =>
  call(cafeTranslationPage.action, post(cafePath(locale), fields, cookie), { cafeId: cafe.id, locale });
const sendOffer = (locale: string, fields: Record<string, string>, cookie = manager) =>
  call(offerTranslationPage.action, post(offerPath(locale), fields, cookie), { cafeId: cafe.id, offerId, locale });

/** The page's markup from its loader's (and action's) data. */
function render(Component: () => JSX.Element, loaderData: unknown, path: string, actionData?: unknown): string {
  const router = createMemoryRouter([{ id: "page", path: "*", element: createElement(Component) }], {
    initialEntries: [path],
    hydrationData: { loaderData: { page: loaderData }, ...(actionData ? { actionData: { page: actionData } } : {}) },
  });
  return renderToStaticMarkup(createElement(RouterProvider, { router }));
}

beforeAll(async () => {
  cafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: "clocktower-evening-cafe" } });
  offerId = (await prisma.offer.create({ data: { cafeId: cafe.id, title: "Somali-speaking support", description: "Talk in Somali." } })).id;
  manager = await demoCookie("cafe@example.org");
  commissioner = await demoCookie("commissioner@example.org");
  const other = await prisma.cafe.findUniqueOrThrow({ where: { slug: "night-owl-cafe" } });
  otherManager = await signInCookieFor((await makeUser([{ role: "cafe-manager", cafeId: other.id }])).id);
});

describe("a translation of the café's description", () => {
  it("previews as the Urdu page will show it (right to left, the café's own), saving nothing", async () => {
    const response = await sendCafe("ur", { intent: "preview", description: "بات کرنے کے لیے ایک پرسکون جگہ۔" });
    expect(response.status).toBe(200);
    const body = await json<Answer>(response);
    expect(body.preview).toEqual([{ text: "بات کرنے کے لیے ایک پرسکون جگہ۔", lang: "ur", dir: "rtl", translatedByCafe: true, isOriginal: false }]);
    expect(await prisma.cafeTextTranslation.count({ where: { cafeId: cafe.id } })).toBe(0);
  });

  it("saves, with an entry in the history, and the café page's data carries it at once", async () => {
    await publicCafePage(cafe.slug); // the page is read (and kept) before the change
    const response = await sendCafe("ur", { intent: "save", description: "  بات کرنے کے لیے\u0000 ایک پرسکون جگہ۔\u202E " });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`${cafePath("ur")}?saved=saved`);
    const saved = await prisma.cafeTextTranslation.findUniqueOrThrow({ where: { cafeId_locale: { cafeId: cafe.id, locale: "ur" } } });
    expect(saved.description).toBe("بات کرنے کے لیے ایک پرسکون جگہ۔");

    const history = (await cafeHistory(cafe.id)).map((entry) => describeAuditEntry(entry));
    expect(history[0]).toMatchObject({ what: "Translation of the description saved", summary: "Urdu (اردو)" });
    expect(history[0]!.changes).toEqual([{ label: "Description", after: "بات کرنے کے لیے ایک پرسکون جگہ۔" }]);

    const page = await publicCafePage(cafe.slug);
    expect(page!.cafe.descriptionTranslations).toEqual([{ locale: "ur", text: saved.description }]);
    expect(localisedText({ text: page!.cafe.description, language: page!.cafe.textLanguage }, page!.cafe.descriptionTranslations, "ur")).toMatchObject({
      text: saved.description,
      dir: "rtl",
      translatedByCafe: true,
    });
  });

  it("keeps what was typed next to the field's message: empty, or longer than the description may be", async () => {
    const empty = await json<Answer>(await sendCafe("gu", { intent: "save", description: "   " }));
    expect(empty.errors).toEqual({ description: "Enter the translation, or remove it below" });
    const long = "ક".repeat(2001);
    const tooLong = await json<Answer>(await sendCafe("gu", { intent: "preview", description: long }));
    expect(tooLong.errors.description).toMatch(/no more than 2000 characters/);
    expect(tooLong.values.description).toBe(long);
    expect(await prisma.cafeTextTranslation.count({ where: { cafeId: cafe.id, locale: "gu" } })).toBe(0);
  });

  it("shows the saved translation on its page, and lists every language on the details page", async () => {
    const page = await json<{ locale: string; saved: { description: string } | null }>(await call(cafeTranslationPage.loader, get(cafePath("ur"), manager), { cafeId: cafe.id, locale: "ur" }));
    expect(page.saved?.description).toBe("بات کرنے کے لیے ایک پرسکون جگہ۔");
    const details = await json<{ translations: Row[] }>(await call(detailsPage.loader, get(`/manage/cafes/${cafe.id}/details`, manager), { cafeId: cafe.id }));
    expect(details.translations.map((r) => r.locale)).toEqual(["gu", "pa", "pl", "ur", "bn", "zh", "ar", "so"]);
    expect(details.translations.find((r) => r.locale === "ur")?.saved).toMatchObject({ originalChanged: false });
  });

  it("is flagged when the original description changes after it was saved, until it is saved again", async () => {
    await prisma.cafe.update({ where: { id: cafe.id }, data: { description: "A calm place to talk, with tea." } });
    const flagged = await json<{ translations: Row[] }>(await call(detailsPage.loader, get(`/manage/cafes/${cafe.id}/details`, manager), { cafeId: cafe.id }));
    expect(flagged.translations.find((r) => r.locale === "ur")?.saved).toMatchObject({ originalChanged: true });
    const page = await json<{ saved: { originalChanged: boolean } }>(await call(cafeTranslationPage.loader, get(cafePath("ur"), manager), { cafeId: cafe.id, locale: "ur" }));
    expect(page.saved.originalChanged).toBe(true);

    expect((await sendCafe("ur", { intent: "save", description: "چائے کے ساتھ بات کرنے کے لیے ایک پرسکون جگہ۔" })).status).toBe(302);
    const again = await json<{ translations: Row[] }>(await call(detailsPage.loader, get(`/manage/cafes/${cafe.id}/details`, manager), { cafeId: cafe.id }));
    expect(again.translations.find((r) => r.locale === "ur")?.saved).toMatchObject({ originalChanged: false });
  });

  it("is removed, with an entry in the history", async () => {
    const response = await sendCafe("ur", { intent: "remove" });
    expect(response.headers.get("Location")).toBe(`${cafePath("ur")}?saved=removed`);
    expect(await prisma.cafeTextTranslation.count({ where: { cafeId: cafe.id } })).toBe(0);
    expect((await cafeHistory(cafe.id)).map((entry) => describeAuditEntry(entry))[0]).toMatchObject({ what: "Translation of the description removed", summary: "Urdu (اردو)" });
  });

  it("refuses a manager of another café (403) and a commissioner, and answers 404 for a language not offered", async () => {
    expect((await sendCafe("gu", { intent: "save", description: "Not theirs" }, otherManager)).status).toBe(403);
    expect((await call(cafeTranslationPage.loader, get(cafePath("gu"), otherManager), { cafeId: cafe.id, locale: "gu" })).status).toBe(403);
    expect((await sendCafe("gu", { intent: "save", description: "Not theirs" }, commissioner)).status).toBe(403);
    expect((await call(cafeTranslationPage.loader, get(cafePath("gu"), commissioner), { cafeId: cafe.id, locale: "gu" })).status).toBe(200);
    expect((await sendCafe("en", { intent: "save", description: "English" })).status).toBe(404);
    expect((await sendCafe("fr", { intent: "save", description: "Français" })).status).toBe(404);
    expect(await prisma.cafeTextTranslation.count({ where: { cafeId: cafe.id } })).toBe(0);
  });
});

describe("the translation pages", () => {
  it("give the fields the translation's language and direction, and link each language from the details page", async () => {
    const data = await json(await call(cafeTranslationPage.loader, get(cafePath("ar"), manager), { cafeId: cafe.id, locale: "ar" }));
    const html = render(cafeTranslationPage.default, data, cafePath("ar"));
    expect(html).toMatch(/<textarea[^>]*lang="ar"[^>]*dir="rtl"|<textarea[^>]*dir="rtl"[^>]*lang="ar"/);
    const zh = render(cafeTranslationPage.default, await json(await call(cafeTranslationPage.loader, get(cafePath("zh"), manager), { cafeId: cafe.id, locale: "zh" })), cafePath("zh"));
    expect(zh).toMatch(/<textarea[^>]*lang="zh-Hans"/);
    const details = await json(await call(detailsPage.loader, get(`/manage/cafes/${cafe.id}/details`, manager), { cafeId: cafe.id }));
    const page = render(detailsPage.default, details, `/manage/cafes/${cafe.id}/details`);
    expect(page).toContain(`href="${cafePath("ur")}"`);
    expect(page).toContain("Language the description and offers are written in");
  });
});

describe("a translation of an offer", () => {
  it("previews, saves with its history entry, shows on the café page's data, and is flagged when the offer changes", async () => {
    const preview = await json<Answer>(await sendOffer("so", { intent: "preview", title: "Taageero af-Soomaali ah", description: "" }));
    expect(preview.preview?.map((p) => [p.text, p.lang, p.translatedByCafe])).toEqual([
      ["Taageero af-Soomaali ah", "so", true],
      ["Talk in Somali.", "en", false],
    ]);
    expect(await prisma.offerTranslation.count({ where: { offerId } })).toBe(0);

    expect((await sendOffer("so", { intent: "save", title: "Taageero af-Soomaali ah", description: "Kula hadal af-Soomaali." })).status).toBe(302);
    expect((await cafeHistory(cafe.id)).map((entry) => describeAuditEntry(entry))[0]).toMatchObject({
      what: "Translation of an offer saved",
      summary: "Somali-speaking support: Somali (Soomaali)",
    });
    const page = await publicCafePage(cafe.slug);
    const offer = page!.offers.find((o) => o.title === "Somali-speaking support")!;
    expect(localisedOffer(offer, page!.cafe.textLanguage, "so").description).toMatchObject({ text: "Kula hadal af-Soomaali.", translatedByCafe: true });

    const before = await json<{ translations: Row[] }>(await call(offerPage.loader, get(`/manage/cafes/${cafe.id}/offers/${offerId}`, manager), { cafeId: cafe.id, offerId }));
    expect(before.translations.find((r) => r.locale === "so")?.saved).toMatchObject({ originalChanged: false });
    const renamed = await call(
      offerPage.action,
      post(`/manage/cafes/${cafe.id}/offers/${offerId}`, { intent: "save", title: "Somali-speaking support", description: "Talk in Somali, with tea." }, manager),
      { cafeId: cafe.id, offerId },
    );
    expect(renamed.status).toBe(302);
    const after = await json<{ translations: Row[] }>(await call(offerPage.loader, get(`/manage/cafes/${cafe.id}/offers/${offerId}`, manager), { cafeId: cafe.id, offerId }));
    expect(after.translations.find((r) => r.locale === "so")?.saved).toMatchObject({ originalChanged: true });
  });

  it("needs a title, keeps the offer's limits, and refuses another café's manager and an offer of another café", async () => {
    expect((await json<Answer>(await sendOffer("pl", { intent: "save", title: "", description: "Opis" }))).errors).toEqual({
      title: "Enter the name of the offer in this language",
    });
    expect((await json<Answer>(await sendOffer("pl", { intent: "save", title: "x".repeat(121), description: "" }))).errors.title).toMatch(/120/);
    expect((await sendOffer("pl", { intent: "save", title: "Wsparcie", description: "" }, otherManager)).status).toBe(403);
    const elsewhere = await prisma.offer.findFirstOrThrow({ where: { cafeId: { not: cafe.id } } });
    {
      const response = await call(offerTranslationPage.action, post(`/manage/cafes/${cafe.id}/offers/${elsewhere.id}/translations/pl`, { intent: "save", title: "Wsparcie", description: "" }, manager), {
        cafeId: cafe.id,
        offerId: elsewhere.id,
        locale: "pl",
      });
      expect(response.status).toBe(404);
    }
    expect(await prisma.offerTranslation.count({ where: { locale: "pl" } })).toBe(0);
  });

  it("goes with the offer when the offer is removed", async () => {
    await call(offerPage.action, post(`/manage/cafes/${cafe.id}/offers/${offerId}`, { intent: "remove" }, manager), { cafeId: cafe.id, offerId });
    expect(await prisma.offerTranslation.count({ where: { offerId } })).toBe(0);
  });
});

describe("the language the café writes in", () => {
  it("is saved from the details form, and an unknown one is refused next to the field", async () => {
    const tags = await prisma.tag.findMany({ where: { slug: { in: ["english"] } } });
    const current = await prisma.cafe.findUniqueOrThrow({ where: { id: cafe.id } });
    const fields = {
      intent: "save",
      name: current.name,
      description: current.description,
      venueName: current.venueName ?? "",
      addressLine1: current.addressLine1,
      addressLine2: current.addressLine2 ?? "",
      town: current.town,
      postcode: current.postcode,
      phone: current.phone ?? "",
      email: current.email ?? "",
      website: current.website ?? "",
      gettingThere: current.gettingThere ?? "",
      whoFor: current.whoFor ?? "",
      accessNotes: current.accessNotes ?? "",
      languageTagIds: tags.map((t) => t.id),
    };
    const wrong = await call(detailsPage.action, post(`/manage/cafes/${cafe.id}/details`, { ...fields, textLanguage: "xx" }, manager), { cafeId: cafe.id });
    expect((await json<Answer>(wrong)).errors).toEqual({ textLanguage: "Choose a language from the list" });
    const saved = await call(detailsPage.action, post(`/manage/cafes/${cafe.id}/details`, { ...fields, textLanguage: "pl" }, manager), { cafeId: cafe.id });
    expect(saved.status).toBe(302);
    expect((await prisma.cafe.findUniqueOrThrow({ where: { id: cafe.id } })).textLanguage).toBe("pl");
    expect((await cafeHistory(cafe.id)).map((entry) => describeAuditEntry(entry))[0]!.changes).toContainEqual({ label: "Language of the text", before: "English", after: "Polish (polski)" });
    await prisma.cafe.update({ where: { id: cafe.id }, data: { textLanguage: "en" } });
  });
});

describe("the demo data", () => {
  it("has a café with its own Gujarati and Urdu translations of its description and an offer, none flagged as out of date", async () => {
    const demo = await prisma.cafe.findUniqueOrThrow({ where: { slug: "golden-mile-wellbeing-cafe" } });
    const page = await publicCafePage(demo.slug);
    expect(page!.cafe.descriptionTranslations.map((tr) => tr.locale)).toEqual(["gu", "ur"]);
    const urdu = localisedText({ text: page!.cafe.description, language: page!.cafe.textLanguage }, page!.cafe.descriptionTranslations, "ur");
    expect(urdu).toMatchObject({ lang: "ur", dir: "rtl", translatedByCafe: true });
    const offer = page!.offers.find((o) => o.translations.length > 0)!;
    expect(offer.translations.map((tr) => tr.locale)).toEqual(["gu", "ur"]);
    expect(localisedOffer(offer, page!.cafe.textLanguage, "gu").title).toMatchObject({ lang: "gu", translatedByCafe: true });

    const details = await json<{ translations: Row[] }>(await call(detailsPage.loader, get(`/manage/cafes/${demo.id}/details`, await demoCookie("admin@example.org")), { cafeId: demo.id }));
    expect(details.translations.filter((r) => r.saved).map((r) => [r.locale, r.saved!.originalChanged])).toEqual([
      ["gu", false],
      ["ur", false],
    ]);
  });
});
