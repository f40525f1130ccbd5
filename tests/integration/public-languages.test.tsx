import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "~/lib/i18n";
import { prisma } from "~/platform/db.server";
import { invalidatePublicData } from "~/platform/public-cache.server";
import { runWithLocale } from "~/platform/request-locale.server";
import { TagName } from "~/components/shell/Languages";
import * as cafePage from "~/routes/cafes.$slug";
import * as partnerPage from "~/routes/partners.$slug";
import * as partnersPage from "~/routes/partners._index";
import { get } from "./auth.helpers";

/**
 * Public pages rendered in-process in a language: the café's own translations shown and marked as the
 * café's, text as written marked with its language by name, and seeded tags in the page's language.
 */
type RouteModule = { default: ComponentType; loader: (args: never) => unknown };

/** A public page's markup in a language, from its loader's data (the route's address under /<code>). */
async function renderIn(locale: Locale, route: RouteModule, path: string, params: Record<string, string>): Promise<string> {
  return runWithLocale(locale, async () => {
    const prefixed = locale === "en" ? path : `/${locale}${path === "/" ? "" : path}`;
    const data: unknown = await (route.loader as (args: unknown) => Promise<unknown>)({
      request: get(prefixed),
      params: locale === "en" ? params : { ...params, lang: locale },
      context: {},
    });
    expect(data).not.toBeInstanceOf(Response);
    const router = createMemoryRouter([{ id: "page", path: "*", element: createElement(route.default) }], {
      initialEntries: [prefixed],
      hydrationData: { loaderData: { page: data } },
    });
    // The page as read: without the structured data for search engines (in the café's own words).
    return renderToStaticMarkup(createElement(RouterProvider, { router })).replace(/<script type="application\/ld\+json"[^>]*>.*?<\/script>/s, "");
  });
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ");

let cafe: { id: string; slug: string; description: string };

beforeAll(async () => {
  cafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: "clocktower-evening-cafe" } });
  await prisma.cafe.update({ where: { id: cafe.id }, data: { description: "A calm place to talk over tea." } });
  await prisma.cafeTextTranslation.create({ data: { cafeId: cafe.id, locale: "pl", description: "Spokojne miejsce na rozmowę przy herbacie.", sourceHash: "x" } });
  const offer = await prisma.offer.create({ data: { cafeId: cafe.id, title: "Tea and talk", description: "Come along for a cup of tea." } });
  await prisma.offerTranslation.create({ data: { offerId: offer.id, locale: "pl", title: "Herbata i rozmowa", description: "Przyjdź na filiżankę herbaty.", sourceHash: "x" } });
  await invalidatePublicData();
});

describe("a café's page in another language", () => {
  it("shows the café's own Polish translation, in Polish and marked as the café's", async () => {
    const html = await renderIn("pl", cafePage as unknown as RouteModule, `/cafes/${cafe.slug}`, { slug: cafe.slug });
    expect(html).toMatch(/<div lang="pl" dir="ltr"><div class="written-in" lang="pl" dir="ltr">Tłumaczenie kawiarni<\/div><p>Spokojne miejsce na rozmowę przy herbacie\.<\/p><\/div>/);
    expect(html).toContain("<h3>Herbata i rozmowa</h3>");
    expect(html).toContain("Przyjdź na filiżankę herbaty.");
    expect(html).not.toContain("A calm place to talk over tea.");
    expect(html).not.toContain("Written in");
  });

  it("shows the original where the café has no translation, marked 'Written in English' in the page's language", async () => {
    const html = await renderIn("gu", cafePage as unknown as RouteModule, `/cafes/${cafe.slug}`, { slug: cafe.slug });
    expect(html).toMatch(/<div lang="en" dir="ltr"><div class="written-in" lang="gu" dir="ltr">અંગ્રેજીમાં લખાયેલું<\/div><p>A calm place to talk over tea\.<\/p><\/div>/);
    expect(html).toContain("<h3>Tea and talk</h3>");
    const arabic = await renderIn("ar", cafePage as unknown as RouteModule, `/cafes/${cafe.slug}`, { slug: cafe.slug });
    expect(arabic).toContain('<div class="written-in" lang="ar" dir="rtl">مكتوب باللغة الإنجليزية</div>');
  });

  it("marks an original written in another language with that language's name, even on an English page", async () => {
    await prisma.cafe.update({ where: { id: cafe.id }, data: { textLanguage: "ur" } });
    await invalidatePublicData();
    try {
      const english = await renderIn("en", cafePage as unknown as RouteModule, `/cafes/${cafe.slug}`, { slug: cafe.slug });
      expect(english).toMatch(/<div lang="ur" dir="rtl"><div class="written-in" lang="en" dir="ltr">Written in Urdu<\/div><p>A calm place/);
      const urdu = await renderIn("ur", cafePage as unknown as RouteModule, `/cafes/${cafe.slug}`, { slug: cafe.slug });
      expect(urdu).toMatch(/<div lang="ur" dir="rtl"><p>A calm place/);
    } finally {
      await prisma.cafe.update({ where: { id: cafe.id }, data: { textLanguage: "en" } });
      await invalidatePublicData();
    }
  });

  it("names seeded tags in the page's language", async () => {
    const english = text(await renderIn("en", cafePage as unknown as RouteModule, `/cafes/${cafe.slug}`, { slug: cafe.slug }));
    const polish = text(await renderIn("pl", cafePage as unknown as RouteModule, `/cafes/${cafe.slug}`, { slug: cafe.slug }));
    expect(english).toContain("English");
    expect(polish).toContain("Angielski");
  });
});

describe("the partner directory in another language", () => {
  it("marks a group's own description and communities as written in English, with the page's headings translated", async () => {
    const organisation = await prisma.organisation.findFirstOrThrow({ where: { slug: "clocktower-listening-collective" } });
    await prisma.organisation.update({ where: { id: organisation.id }, data: { description: "We listen." } });
    const html = await renderIn("pl", partnerPage as unknown as RouteModule, `/partners/${organisation.slug}`, { slug: organisation.slug });
    expect(html).toContain('<div class="written-in" lang="pl" dir="ltr">Napisane w języku: angielski</div><p class="nhsuk-lede-text">We listen.</p>');
    expect(text(html)).toContain("Społeczności, którym pomaga");
    expect(html).not.toContain("Communities served");
  });

  it("offers the search's filters with tag names in the page's language", async () => {
    const html = await renderIn("pl", partnersPage as unknown as RouteModule, "/partners", {});
    expect(html).toMatch(/for="[a-z]+-bereavement">Żałoba<\/label>/);
    expect(html).not.toMatch(/for="[a-z]+-bereavement">Bereavement</);
    expect(html).toMatch(/for="[a-z]+-english">Angielski<\/label>/);
  });
});

describe("a tag's name", () => {
  const tags = [
    { slug: "bereavement", label: "Grief and loss" },
    { slug: "made-up-by-an-admin", label: "Board games" },
  ];
  const names = (locale: Locale) =>
    runWithLocale(locale, () => tags.map((tag) => renderToStaticMarkup(createElement(TagName, { tag }))));

  it("is the stored label in English, the seeded tag's translation in another language, else the stored label marked English", () => {
    expect(names("en")).toEqual(["Grief and loss", "Board games"]);
    expect(names("pl")).toEqual(["Żałoba", '<span lang="en" dir="ltr">Board games</span>']);
  });
});
