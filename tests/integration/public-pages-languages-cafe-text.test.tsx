import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LanguageAlternates } from "~/components/shell/Languages";
import { LOCALES, localeInfo, translate, type Locale } from "~/lib/i18n";
import { prisma } from "~/platform/db.server";
import { appUrl, resetEnvCache } from "~/platform/env.server";
import { invalidatePublicData } from "~/platform/public-cache.server";
import { runWithLocale } from "~/platform/request-locale.server";
import * as root from "~/root";
import * as cafeRoute from "~/routes/cafes.$slug";
import * as printRoute from "~/routes/cafes.$slug_.print";
import * as summaryRoute from "~/routes/cafes.$slug_.summary[.]txt";

/**
 * A café's own words on its page in the public pages' languages, against the demo database ("now" pinned to
 * Wednesday 25 November 2026, 6:30pm in London). The Golden Mile Wellbeing Café writes in English and has
 * added its own Gujarati and Urdu translations of its description and of one offer, "Gujarati-speaking
 * support" (Wednesdays 5:30pm–8:30pm); its other offer, "Punjabi-speaking support" (Sundays), has none.
 * The week tables, the upcoming changes, the printed poster and card name each session's offer as the
 * offers' list does: the café's own translation into the page's language, marked as the café's, or the title
 * as written, marked with its language; the text summary names it in the same words, as plain text. The
 * page's description (meta and schema.org) is the one the page shows, and the schema.org data says the page's
 * language, while naming the café by one address in every language. The addresses of the page in the other
 * languages (hreflang) are full ones.
 */
const SLUG = "golden-mile-wellbeing-cafe";
const TITLE = "Gujarati-speaking support";
const TITLE_GU = "ગુજરાતીમાં સહાય";
const TITLE_UR = "گجراتی میں مدد";
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
  return renderAt(code, address(code), cafeRoute.default, data);
}

function renderAt(code: Locale, path: string, Component: ComponentType, data: unknown): string {
  return runWithLocale(code, () => {
    const router = createMemoryRouter([{ id: "page", path: "*", element: createElement(Component) }], {
      initialEntries: [path],
      hydrationData: { loaderData: { page: data } },
    });
    return renderToStaticMarkup(createElement(RouterProvider, { router }));
  });
}

type RouteFn = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => unknown;

/** A route's loader at an address of the café (after the language's prefix), in a language. */
async function loadAt(code: Locale, fn: RouteFn, tail: string): Promise<unknown> {
  const params: Record<string, string> = code === "en" ? { slug: SLUG } : { slug: SLUG, lang: code };
  const request = new Request(`http://localhost:3000${address(code)}${tail}`);
  return runWithLocale(code, () => fn({ request, params, context: {} }));
}

type PrintData = Awaited<ReturnType<typeof printRoute.loader>>;

/** The printed poster (or, with ?format=a6, the card), as markup. */
async function poster(code: Locale, query = ""): Promise<{ html: string; data: PrintData }> {
  const data = (await loadAt(code, printRoute.loader as RouteFn, `/print${query}`)) as PrintData;
  const html = renderAt(code, `${address(code)}/print${query}`, printRoute.default, data);
  const sheet = /<section class="print-sheet[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
  expect(sheet).not.toBe("");
  return { html: sheet, data };
}

/** The text summary, /<lang>/cafes/<slug>/summary.txt. */
async function summary(code: Locale): Promise<string> {
  const response = (await loadAt(code, summaryRoute.loader as RouteFn, "/summary.txt")) as Response;
  expect(response.status).toBe(200);
  return (await response.text()).trim();
}

/** The café page's "Upcoming changes" list, as markup. */
function upcomingChanges(html: string): string {
  const list = /<section class="upcoming-changes"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
  expect(list).not.toBe("");
  return list;
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
  const dir = (tag: string) => localeInfo(tag === "zh-Hans" ? "zh" : (tag as Locale)).dir;
  const prefix = mark ? `<span class="written-in" lang="${mark.lang}" dir="${dir(mark.lang)}">${mark.text}: </span>` : "";
  return `<span lang="${lang}" dir="${dir(lang)}">${prefix}${title}</span>`;
}

/** The café's own title in a language, marked as the café's translation on a page in that language. */
const own = (code: Locale, title: string) => marked(title, code, { text: translate(code, "language.translatedByCafe"), lang: code });

/** A title as written in English, marked so on a page in another language. */
const writtenInEnglish = (code: Locale, title: string) =>
  marked(title, "en", { text: translate(code, "language.writtenIn", { language: translate(code, "language.name.en") }), lang: localeInfo(code).tag });

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

  describe("an extra session and changed hours of the translated offer, with no reason of their own", () => {
    let exceptionIds: string[] = [];
    beforeAll(async () => {
      const cafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: SLUG }, include: { offers: true } });
      const offer = cafe.offers.find((o) => o.title === TITLE)!;
      const created = await prisma.$transaction([
        // Friday this week: an extra session.
        prisma.scheduleException.create({
          data: { cafeId: cafe.id, kind: "extra", startDate: "2026-11-27", endDate: "2026-11-27", startTime: "12:00", endTime: "14:00", reason: "", offerId: offer.id },
        }),
        // Wednesday next week: the evening ends earlier.
        prisma.scheduleException.create({
          data: { cafeId: cafe.id, kind: "hours", startDate: "2026-12-02", endDate: "2026-12-02", startTime: "18:00", endTime: "20:00", reason: "", offerId: offer.id },
        }),
      ]);
      exceptionIds = created.map((e) => e.id);
      invalidatePublicData();
    });
    afterAll(async () => {
      await prisma.scheduleException.deleteMany({ where: { id: { in: exceptionIds } } });
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

    it("names it by the café's own title in the upcoming changes too: the extra session, the changed hours and the usual ones", async () => {
      for (const [code, title] of [["gu", TITLE_GU], ["ur", TITLE_UR]] as const) {
        const list = upcomingChanges(render(code, await load(code)));
        const items = list.match(/<li class="upcoming-changes__item[\s\S]*?<\/li>/g) ?? [];
        const extra = items.find((item) => item.includes("upcoming-changes__item--extra"));
        const hours = items.find((item) => item.includes("upcoming-changes__item--hours"));
        // Friday's extra session: its offer on a line of its own.
        expect(extra, code).toContain(`<br/>${own(code, title)}`);
        // Wednesday's changed hours and the usual ones, each named by the café's own title.
        expect(hours?.split(own(code, title)).length, code).toBe(3);
        expect(list, code).not.toContain(TITLE);
      }
    });

    it("in a language without the café's translation, and in English, names it as written (marked as English on the other page)", async () => {
      const pl = upcomingChanges(render("pl", await load("pl")));
      expect(pl).toContain(writtenInEnglish("pl", TITLE));
      expect(pl).not.toContain(TITLE_GU);
      const en = upcomingChanges(render("en", await load("en")));
      expect(en).toContain(`<br/>${marked(TITLE, "en", null)}`);
      expect(text(en)).toContain(`6pm–8pm: ${TITLE}`);
      expect(text(en)).toContain(`Usually 5:30pm–8:30pm: ${TITLE}`);
      expect(en).not.toContain('class="written-in"');
    });

    it("names it by the café's own title in the text summary, as plain text, and counts it within 300 characters", async () => {
      const gu = await summary("gu");
      expect(gu).toContain(TITLE_GU);
      expect(gu).not.toContain(TITLE);
      expect(gu).not.toContain("<");
      expect(gu.length).toBeLessThanOrEqual(300);
      // In Urdu the whole week does not fit beside the address: Wednesday is left for the page, never in English.
      const ur = await summary("ur");
      expect(ur).not.toContain(TITLE);
      expect(ur.length).toBeLessThanOrEqual(300);
    });
  });
});

describe("offers' titles on the printed poster and card", () => {
  // A card has no room for a mark on every line: each title is in its own language (lang, dir), unmarked.
  it("in Gujarati, a session of the translated offer shows its Gujarati title in lang=gu; another offer's title as written, in lang=en", async () => {
    for (const query of ["", "?format=a6"]) {
      const { html } = await poster("gu", query);
      expect(html, query).toContain(marked(TITLE_GU, "gu", null));
      expect(html, query).toContain(marked(OTHER_TITLE, "en", null));
      expect(html, query).not.toContain(TITLE);
    }
  });

  it("in Urdu, the café's own Urdu title, right to left", async () => {
    const { html } = await poster("ur");
    expect(html).toContain(marked(TITLE_UR, "ur", null));
    expect(html).toContain('<span lang="ur" dir="rtl">');
  });

  it("in Polish (no translation by the café), the title as written, in lang=en; in English, as before", async () => {
    const pl = (await poster("pl")).html;
    expect(pl).toContain(marked(TITLE, "en", null));
    expect(pl).not.toContain(TITLE_GU);
    const en = await poster("en");
    expect(en.html).toContain(marked(TITLE, "en", null));
    expect(en.html).not.toContain('class="written-in"');
    expect(text(en.html)).toContain(`Wednesday 5:30pm–8:30pm (${TITLE})`);
  });

  it("the copy box on the print page holds the text summary, in the café's own words for the language", async () => {
    const { data } = await poster("gu");
    expect(data.cafe.textSummary).toBe(await summary("gu"));
    expect(data.cafe.textSummary).toContain(TITLE_GU);
  });
});

describe("offers' titles in the text summary", () => {
  it("is the café's own translation in Gujarati, the title as written in English, always within 300 characters", async () => {
    const gu = await summary("gu");
    expect(gu).toContain(`(${TITLE_GU})`);
    expect(gu).not.toContain(TITLE);
    expect(await summary("ur")).not.toContain(TITLE);
    // In Polish and Urdu the whole week does not fit beside the address and the demonstration marker:
    // Wednesday is left for the page, and no other language's title takes its place.
    expect(await summary("pl")).not.toContain(TITLE_GU);
    expect(await summary("en")).toContain(`(${TITLE})`);
    for (const code of LOCALES.map((l) => l.code)) expect((await summary(code)).length, code).toBeLessThanOrEqual(300);
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

  it("gives schema.org the description the page shows, and the page's language and address", async () => {
    const gu = (await load("gu")).jsonLd;
    expect(gu).toMatchObject({
      "@type": "LocalBusiness",
      description: descriptionGu,
      mainEntityOfPage: { "@type": "WebPage", url: `${appUrl()}/gu/cafes/${SLUG}`, inLanguage: "gu" },
    });
    const zh = (await load("zh")).jsonLd;
    expect(zh).toMatchObject({ description: descriptionEn, mainEntityOfPage: { url: `${appUrl()}/zh/cafes/${SLUG}`, inLanguage: "zh-Hans" } });
    const en = (await load("en")).jsonLd;
    expect(en).toMatchObject({ description: descriptionEn, mainEntityOfPage: { url: `${appUrl()}/cafes/${SLUG}`, inLanguage: "en" } });
  });

  it("names the café by one address in every language: its @id and url are the page's address without a language prefix", async () => {
    const identity = `${appUrl()}/cafes/${SLUG}`;
    expect(identity).toMatch(/^https?:\/\//);
    for (const code of LOCALES.map((l) => l.code)) {
      const jsonLd = (await load(code)).jsonLd;
      expect(jsonLd["@id"], code).toBe(identity);
      expect(jsonLd.url, code).toBe(identity);
    }
  });
});

describe("the café page's addresses in the other languages (hreflang)", () => {
  it("are full addresses on the app's public address, one per language and an x-default, the page's query kept", async () => {
    const rootData = (await runWithLocale("gu", () => root.loader({ request: new Request(`http://localhost:3000${address("gu")}`), params: {}, context: {} } as never))) as {
      env: { appUrl: string };
    };
    expect(rootData.env.appUrl).toBe(appUrl());
    const html = runWithLocale("gu", () => {
      const router = createMemoryRouter([{ id: "page", path: "*", element: createElement(LanguageAlternates, { origin: rootData.env.appUrl }) }], {
        initialEntries: [`${address("gu")}?format=a6`],
      });
      return renderToStaticMarkup(createElement(RouterProvider, { router }));
    });
    const links = [...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ...LOCALES.map((l) => [l.tag, `${appUrl()}${address(l.code)}?format=a6`]),
      ["x-default", `${appUrl()}/cafes/${SLUG}?format=a6`],
    ]);
  });
});
