import { readFileSync } from "node:fs";
import path from "node:path";
import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "~/lib/i18n/catalogue";
import { LOCALES, localeInfo, type Locale } from "~/lib/i18n";
import { resetEnvCache } from "~/platform/env.server";
import { runWithLocale } from "~/platform/request-locale.server";
import * as root from "~/root";
import * as home from "~/routes/_index";
import * as aboutData from "~/routes/about-data";
import * as accessibility from "~/routes/accessibility";
import * as area from "~/routes/areas.$code";
import * as areas from "~/routes/areas._index";
import * as cafe from "~/routes/cafes.$slug";
import * as cafePrint from "~/routes/cafes.$slug_.print";
import * as partner from "~/routes/partners.$slug";
import * as partners from "~/routes/partners._index";
import * as servicePrint from "~/routes/partners.services.$slug.print";
import * as privacy from "~/routes/privacy";
import * as urgentHelp from "~/routes/urgent-help";

/**
 * Every public page in every language, rendered in the test's process from its loader's data (the breadth
 * the browser test leaves out): the loader answers 200 under the language's prefix, the root gives the
 * page the language's tag and direction, and the page's markup holds no English message that the language
 * translates, outside parts marked lang="en" (the crisis banner's English line, the cafés' own words); nor
 * do its <title> and meta description.
 */
type RouteModule = { loader: (args: never) => unknown; default: ComponentType; meta?: (args: never) => unknown };
type MetaFn = (args: { data: unknown; params: Record<string, string>; matches: unknown[]; location: { pathname: string; search: string } }) => unknown;
type RouteFn = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => unknown;

const PAGES: { name: string; module: RouteModule; path: string; params: Record<string, string> }[] = [
  { name: "finder with a search", module: home, path: "/?q=LE1%206RL", params: {} },
  { name: "areas", module: areas, path: "/areas", params: {} },
  { name: "area", module: area, path: "/areas/AREA", params: { code: "AREA" } },
  { name: "café", module: cafe, path: "/cafes/lantern-womens-cafe", params: { slug: "lantern-womens-cafe" } },
  { name: "café print", module: cafePrint, path: "/cafes/lantern-womens-cafe/print", params: { slug: "lantern-womens-cafe" } },
  { name: "café card", module: cafePrint, path: "/cafes/lantern-womens-cafe/print?format=a6", params: { slug: "lantern-womens-cafe" } },
  { name: "partners with a search", module: partners, path: "/partners?q=LE2%200QS", params: {} },
  { name: "partner", module: partner, path: "/partners/highfields-money-matters", params: { slug: "highfields-money-matters" } },
  {
    name: "service print",
    module: servicePrint,
    path: "/partners/services/highfields-debt-advice-drop-in/print",
    params: { slug: "highfields-debt-advice-drop-in" },
  },
  { name: "urgent help", module: urgentHelp, path: "/urgent-help", params: {} },
  { name: "accessibility", module: accessibility, path: "/accessibility", params: {} },
  { name: "privacy", module: privacy, path: "/privacy", params: {} },
  { name: "about the data", module: aboutData, path: "/about-data", params: {} },
];

function prefixed(code: Locale, address: string): string {
  if (code === "en") return address;
  return address === "/" || address.startsWith("/?") ? `/${code}${address.slice(1)}` : `/${code}${address}`;
}

/** A loader's answer: its status, and its data as the page receives it (Dates kept, as Remix's single fetch keeps them). */
async function load(code: Locale, fn: RouteFn, address: string, params: Record<string, string>): Promise<{ status: number; data: unknown }> {
  return runWithLocale(code, async () => {
    try {
      const request = new Request(`http://localhost:3000${prefixed(code, address)}`);
      const result = await fn({ request, params: code === "en" ? params : { ...params, lang: code }, context: {} });
      if (result instanceof Response) return { status: result.status, data: null };
      if (result && typeof result === "object" && "init" in result && "data" in result) {
        const { data, init } = result as { data: unknown; init: { status?: number } | null };
        return { status: init?.status ?? 200, data };
      }
      return { status: 200, data: result };
    } catch (thrown) {
      if (thrown instanceof Response) return { status: thrown.status, data: null };
      throw thrown;
    }
  });
}

function render(code: Locale, Component: ComponentType, data: unknown, address: string): string {
  return runWithLocale(code, () => {
    const router = createMemoryRouter([{ id: "page", path: "*", element: createElement(Component) }], {
      initialEntries: [prefixed(code, address)],
      hydrationData: { loaderData: { page: data } },
    });
    return renderToStaticMarkup(createElement(RouterProvider, { router }));
  });
}

/** The page's <title> and meta description, from its meta function (the root's when it has none). */
function headTexts(code: Locale, module: RouteModule, data: unknown, address: string): { title: string; description: string } {
  const meta = (module.meta ?? root.meta) as unknown as MetaFn;
  const url = new URL(`http://localhost:3000${prefixed(code, address)}`);
  const tags = runWithLocale(code, () => meta({ data, params: {}, matches: [], location: { pathname: url.pathname, search: url.search } })) as {
    title?: string;
    name?: string;
    content?: string;
  }[];
  return {
    title: tags.find((tag) => tag.title !== undefined)?.title ?? "",
    description: tags.find((tag) => tag.name === "description")?.content ?? "",
  };
}

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/** The text of markup outside elements marked lang="en" (and outside scripts and styles). */
function textOutsideEnglish(html: string): string {
  let skipping = 0;
  const stack: boolean[] = [];
  let text = "";
  for (const part of html.split(/(<[^>]+>)/)) {
    if (!part.startsWith("<")) {
      if (skipping === 0) text += part;
      continue;
    }
    const tag = /^<\/?\s*([a-zA-Z0-9-]+)/.exec(part)?.[1]?.toLowerCase() ?? "";
    if (part.startsWith("</")) {
      if (stack.pop()) skipping -= 1;
    } else if (!VOID.has(tag) && !part.endsWith("/>")) {
      const skip = /\slang="en"/.test(part) || tag === "script" || tag === "style";
      stack.push(skip);
      if (skip) skipping += 1;
    }
    text += " ";
  }
  return text
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/\s+/g, " ");
}

type LocaleFile = Record<string, { text: string; reviewed: boolean }>;

/** English messages (no placeholders, long enough to be unmistakable) a language has its own text for. */
function englishLeftovers(code: Locale, minLength = 24): string[] {
  if (code === "en") return [];
  const file = JSON.parse(readFileSync(path.resolve("app/lib/i18n/locales", `${code}.json`), "utf8")) as LocaleFile;
  const english = en as Record<string, string>;
  return Object.entries(file)
    .filter(([key, { text }]) => english[key] !== undefined && english[key]!.length >= minLength && !/[{<]/.test(english[key]!) && text.trim() !== english[key]!.trim())
    .map(([key]) => english[key]!);
}

let areaCode = "";

beforeAll(async () => {
  process.env.FIXED_NOW = "2026-11-25T18:30:00Z";
  resetEnvCache();
  const { prisma } = await import("~/platform/db.server");
  areaCode = (await prisma.footprint.findFirstOrThrow({ where: { name: "Rutland Healthcare" } })).slug;
});

describe("every public page in every language, rendered in process", () => {
  it.each(LOCALES.map((l) => l.code))("%s: each page answers 200 in the language, with no English left where it has its own text", async (code) => {
    const leftovers = englishLeftovers(code);
    // A page's title is short ("Urgent help – …"): shorter messages count there. (A description may be a
    // café's own, written in English: only the long messages count there, as in the page.)
    const titleLeftovers = englishLeftovers(code, 8);
    const problems: string[] = [];
    const rootData = (await load(code, root.loader as RouteFn, "/", {})).data as { locale: Locale };
    expect(rootData.locale).toBe(code);
    expect(localeInfo(rootData.locale).dir).toBe(code === "ur" || code === "ar" ? "rtl" : "ltr");
    for (const page of PAGES) {
      const address = page.path.replace("AREA", areaCode);
      const params = Object.fromEntries(Object.entries(page.params).map(([k, v]) => [k, v.replace("AREA", areaCode)]));
      const response = await load(code, page.module.loader as RouteFn, address, params);
      expect(response.status, `${code} ${address}`).toBe(200);
      const html = render(code, page.module.default, response.data, address);
      const text = textOutsideEnglish(html);
      expect(text.trim().length, `${code} ${address}`).toBeGreaterThan(0);
      for (const english of leftovers) if (text.includes(english)) problems.push(`${page.name} (${prefixed(code, address)}): "${english}"`);
      const head = headTexts(code, page.module, response.data, address);
      expect(head.title, `${code} ${address}: a title`).toMatch(/\S/);
      for (const english of titleLeftovers) if (head.title.includes(english)) problems.push(`${page.name} (${prefixed(code, address)}), title: "${english}"`);
      for (const english of leftovers) if (head.description.includes(english)) problems.push(`${page.name} (${prefixed(code, address)}), description: "${english}"`);
      if (/\{[a-zA-Z]+[,}]/.test(text)) problems.push(`${page.name} (${prefixed(code, address)}): an unfilled placeholder`);
    }
    expect(problems).toEqual([]);
  });
});
