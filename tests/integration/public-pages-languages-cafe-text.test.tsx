import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translate, type Locale } from "~/lib/i18n";
import { prisma } from "~/platform/db.server";
import { appUrl, resetEnvCache } from "~/platform/env.server";
import { invalidatePublicData } from "~/platform/public-cache.server";
import { runWithLocale } from "~/platform/request-locale.server";
import * as cafeRoute from "~/routes/cafes.$slug";

/**
 * A café's own words on its page in the public pages' languages, against the demo database ("now" pinned to
 * Wednesday 25 November 2026, 6:30pm in London). The Golden Mile Wellbeing Café writes in English and has
 * added its own Gujarati and Urdu translations of its description and of one offer, "Gujarati-speaking
 * support" (Wednesdays 5:30pm–8:30pm); its other offer, "Punjabi-speaking support" (Sundays), has none.
 * The week tables name each session's offer as the offers' list does: the café's own translation into the
 * page's language, marked as the café's, or the title as written, marked with its language. The page's
 * description (meta and schema.org) is the one the page shows, and the schema.org data says the page's language.
 */
const SLUG = "golden-mile-wellbeing-cafe";
const TITLE = "Gujarati-speaking support";
const TITLE_GU = "ગુજરાતીમાં સહાય";
const OTHER_TITLE = "Punjabi-speaking support";

type PageData = Awaited<ReturnType<typeof cafeRoute.loader>>;
type LoaderArgs = Parameters<typeof cafeRoute.loader>[0];
type MetaArgs = Parameters<typeof cafeRoute.meta>[0];

function address(code: Locale): string {
  return code === "en" ? `/cafes/${SLUG}` : `/${code}/cafes/${SLUG}`;
}

async function load(code: Locale): Promise<PageData> {
  const params = code === "en" ? { slug: SLUG } : { slug: SLUG, lang: code };
  const request = new Request(`http://localhost:3000${address(code)}`);
  return runWithLocale(code, () => cafeRoute.loader({ request, params, context: {} } as unknown as LoaderArgs));
}

function render(code: Locale, data: PageData): string {
  return runWithLocale(code, () => {
    const router = createMemoryRouter([{ id: "page", path: "*", element: createElement(cafeRoute.default) }], {
      initialEntries: [address(code)],
      hydrationData: { loaderData: { page: data } },
    });
    return renderToStaticMarkup(createElement(RouterProvider, { router }));
  });
}

/** The page's week tables (this week and next), as markup. */
function weekTables(html: string): string {
  const tables = html.match(/<table class="nhsuk-table week-table">[\s\S]*?<\/table>/g) ?? [];
  expect(tables).toHaveLength(2);
  return tables.join("\n");
}

/** Markup as a reader hears it: tags dropped, entities read, spaces collapsed. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");
}

function meta(code: Locale, data: PageData): { title?: string; name?: string; content?: string }[] {
  return runWithLocale(code, () => cafeRoute.meta({ data, params: {}, matches: [], location: { pathname: address(code) } } as unknown as MetaArgs)) as {
    title?: string;
    name?: string;
    content?: string;
  }[];
}

/** An offer's title marked as the café page marks it: in its language, with the page's mark (if any) before it. */
function marked(title: string, lang: string, mark: { text: string; lang: string } | null): string {
  const prefix = mark ? `<span class="written-in" lang="${mark.lang}" dir="ltr">${mark.text}: </span>` : "";
  return `<span lang="${lang}" dir="ltr">${prefix}${title}</span>`;
}

let descriptionGu = "";
let descriptionEn = "";

beforeAll(async () => {
  process.env.FIXED_NOW = "2026-11-25T18:30:00Z";
  resetEnvCache();
  const cafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: SLUG }, include: { textTranslations: true } });
  descriptionEn = cafe.description;
  descriptionGu = cafe.textTranslations.find((tr) => tr.locale === "gu")!.description;
});

describe("offers' titles in the week tables of a café page", () => {
  it("in Gujarati, a session of an offer the café translated shows its Gujarati title in lang=gu, marked as the café's own, as the offers' list does", async () => {
    const html = render("gu", await load("gu"));
    const tables = weekTables(html);
    const own = marked(TITLE_GU, "gu", { text: translate("gu", "language.translatedByCafe"), lang: "gu" });
    expect(tables).toContain(own);
    expect(tables).not.toContain(TITLE);
    // The offers' list shows the same title, marked the same way.
    const offers = html.slice(html.indexOf('id="offers-heading"'));
    expect(offers).toContain(`<div lang="gu" dir="ltr"><div class="written-in" lang="gu" dir="ltr">${translate("gu", "language.translatedByCafe")}</div><h3>${TITLE_GU}</h3>`);
    // An offer without a Gujarati translation: as written, marked as English.
    const writtenIn = translate("gu", "language.writtenIn", { language: translate("gu", "language.name.en") });
    expect(tables).toContain(marked(OTHER_TITLE, "en", { text: writtenIn, lang: "gu" }));
  });

  it("in a language the café has not translated into, shows the title as written, marked as English", async () => {
    const tables = weekTables(render("pl", await load("pl")));
    const writtenIn = translate("pl", "language.writtenIn", { language: translate("pl", "language.name.en") });
    expect(tables).toContain(marked(TITLE, "en", { text: writtenIn, lang: "pl" }));
    expect(tables).not.toContain(TITLE_GU);
  });

  it("in English, reads as before: the times, then the title as written, unmarked", async () => {
    const tables = weekTables(render("en", await load("en")));
    expect(text(tables)).toContain(`5:30pm–8:30pm: ${TITLE}`);
    expect(tables).toContain(marked(TITLE, "en", null));
    expect(tables).not.toContain('class="written-in"');
  });

  describe("an extra session of the translated offer, with no reason of its own", () => {
    let exceptionId = "";
    beforeAll(async () => {
      const cafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: SLUG }, include: { offers: true } });
      const offer = cafe.offers.find((o) => o.title === TITLE)!;
      const extra = await prisma.scheduleException.create({
        data: { cafeId: cafe.id, kind: "extra", startDate: "2026-11-27", endDate: "2026-11-27", startTime: "12:00", endTime: "14:00", reason: "", offerId: offer.id },
      });
      exceptionId = extra.id;
      invalidatePublicData();
    });
    afterAll(async () => {
      await prisma.scheduleException.delete({ where: { id: exceptionId } });
      invalidatePublicData();
    });

    it("names it by the café's Gujarati title in both the hours and the notes of its day", async () => {
      const tables = weekTables(render("gu", await load("gu")));
      const own = marked(TITLE_GU, "gu", { text: translate("gu", "language.translatedByCafe"), lang: "gu" });
      const sessions = tables.match(/<ul class="nhsuk-list week-table__sessions">[\s\S]*?<\/ul>/g) ?? [];
      const notes = tables.match(/<ul class="nhsuk-list week-table__notes">[\s\S]*?<\/ul>/g) ?? [];
      // Wednesday this week, Friday's extra session, Wednesday next week.
      expect(sessions.filter((list) => list.includes(own))).toHaveLength(3);
      // Friday's note that the session is an extra one.
      expect(notes.filter((list) => list.includes(own))).toHaveLength(1);
      expect(tables).not.toContain(TITLE);
    });
  });
});

describe("the café page's description for search engines and link previews", () => {
  it("is the café's own translation into the page's language, or the description as written", async () => {
    const gu = meta("gu", await load("gu"));
    expect(gu.find((m) => m.name === "description")?.content).toBe(descriptionGu);
    expect(gu.find((m) => m.title)?.title).toContain(translate("gu", "brand.name"));
    const pl = meta("pl", await load("pl"));
    expect(pl.find((m) => m.name === "description")?.content).toBe(descriptionEn);
    expect(pl.find((m) => m.title)?.title).toContain(translate("pl", "brand.name"));
  });

  it("gives schema.org the description the page shows, and the page's language", async () => {
    const gu = (await load("gu")).jsonLd;
    expect(gu).toMatchObject({
      "@type": "LocalBusiness",
      url: `${appUrl()}/gu/cafes/${SLUG}`,
      description: descriptionGu,
      mainEntityOfPage: { "@type": "WebPage", url: `${appUrl()}/gu/cafes/${SLUG}`, inLanguage: "gu" },
    });
    const zh = (await load("zh")).jsonLd;
    expect(zh).toMatchObject({ description: descriptionEn, mainEntityOfPage: { inLanguage: "zh-Hans" } });
    const en = (await load("en")).jsonLd;
    expect(en).toMatchObject({ url: `${appUrl()}/cafes/${SLUG}`, description: descriptionEn, mainEntityOfPage: { inLanguage: "en" } });
  });
});
