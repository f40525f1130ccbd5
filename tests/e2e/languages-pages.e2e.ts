import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { en } from "~/lib/i18n/catalogue";
import { LOCALES } from "~/lib/i18n/locales";
import { describeE2E, expectNoAxeViolations, newPage, queueDocumentCheck, setUpBrowser } from "./support/browser";
import { A4_POINTS, A6_POINTS, hasPoppler, pdfFonts, pdfPages, pdfText } from "./support/pdf";

/**
 * Every public page in every language, in one browser page without JavaScript ("now": Wednesday 25
 * November 2026, 6:30pm): status, `lang` and `dir` on the page, the picker with the page's language marked,
 * no English left where the language has its own text, and axe with no violations (each document is checked
 * in the checker page while the next is loaded). The finder with JavaScript in one left-to-right and one
 * right-to-left language.
 * The café's A4 poster and A6 card printed to PDF in every language: one page of the right size, the text
 * in the language's script, a Noto font for that script embedded, no replacement characters, and the
 * layout mirrored in Urdu and Arabic.
 */
setUpBrowser();

/** The public pages, unprefixed; the area page's code is read from the areas page. */
const PAGES = [
  { name: "finder with a search", path: "/?q=LE1%206RL" },
  { name: "areas", path: "/areas" },
  { name: "area", path: "AREA" },
  { name: "café", path: "/cafes/lantern-womens-cafe" },
  { name: "café print", path: "/cafes/lantern-womens-cafe/print" },
  { name: "partners with a search", path: "/partners?q=LE2%200QS" },
  { name: "partner", path: "/partners/highfields-money-matters" },
  { name: "partner service print", path: "/partners/services/highfields-debt-advice-drop-in/print" },
  { name: "urgent help", path: "/urgent-help" },
  { name: "accessibility", path: "/accessibility" },
  { name: "privacy", path: "/privacy" },
  { name: "about the data", path: "/about-data" },
  { name: "not found", path: "/no-such-page", status: 404 },
] as const;

type LocaleFile = Record<string, { text: string; reviewed: boolean }>;

/**
 * English sentences that must not appear on a page in a language whose file translates them: the public
 * messages without placeholders, long enough to be unmistakable, whose translation differs from English.
 */
function englishLeftovers(code: string): string[] {
  if (code === "en") return [];
  const file = JSON.parse(readFileSync(path.resolve("app/lib/i18n/locales", `${code}.json`), "utf8")) as LocaleFile;
  return Object.entries(file)
    .filter(([key, { text }]) => {
      const english = (en as Record<string, string>)[key];
      return english !== undefined && english.length >= 24 && !/[{<]/.test(english) && text.trim() !== english.trim();
    })
    .map(([key]) => (en as Record<string, string>)[key]!);
}

/** The page's visible text outside any part marked as English (the crisis banner's English line, notices, cafés' own words). */
async function textOutsideEnglish(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const node of body.querySelectorAll('[lang="en"], script, style, noscript')) node.remove();
    return (body.textContent ?? "").replace(/\s+/g, " ");
  });
}

async function checkPage(page: Page, code: string, address: string, expected: { status: number; tag: string; dir: string }) {
  const response = await page.goto(address);
  expect(response?.status(), address).toBe(expected.status);
  expect(await page.locator("html").getAttribute("lang"), address).toBe(expected.tag);
  expect(await page.locator("html").getAttribute("dir"), address).toBe(expected.dir);
  const picker = page.locator("nav.language-picker");
  if (expected.status === 200) {
    expect(await picker.locator("a").count(), address).toBe(LOCALES.length);
    expect(await picker.locator('a[aria-current="true"]').getAttribute("hreflang"), address).toBe(expected.tag);
  }
}

describeE2E("every public page in every language", () => {
  it("answers each page in each language with its lang, dir, picker, no English leftovers and no axe violations", async () => {
    const started = Date.now();
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/areas");
    const areaHref = await page.locator('main a[href^="/areas/"]').first().getAttribute("href");
    expect(areaHref).toMatch(/^\/areas\/[a-z0-9-]+$/);
    // Each check's failure (its message), or null: settled as they run, read at the end.
    const checks: Promise<string | null>[] = [];
    const problems: string[] = [];
    for (const { code, tag, dir } of LOCALES) {
      const leftovers = englishLeftovers(code);
      for (const entry of PAGES) {
        const unprefixed = entry.path === "AREA" ? areaHref! : entry.path;
        const address = code === "en" ? unprefixed : unprefixed === "/" || unprefixed.startsWith("/?") ? `/${code}${unprefixed.slice(1)}` : `/${code}${unprefixed}`;
        await checkPage(page, code, address, { status: "status" in entry ? entry.status : 200, tag, dir });
        if (leftovers.length > 0) {
          const text = await textOutsideEnglish(page);
          for (const english of leftovers) if (text.includes(english)) problems.push(`${address}: "${english}"`);
        }
        const { checked } = await queueDocumentCheck(page, `${entry.name} in ${code}`);
        checks.push(checked.then(() => null, (error: unknown) => String(error)));
      }
    }
    const axe = await Promise.all(checks);
    expect(problems, "English text left on pages in another language").toEqual([]);
    expect(axe.filter((failure) => failure !== null), "axe violations").toEqual([]);
    expect(axe).toHaveLength(LOCALES.length * PAGES.length);
    console.info(`${LOCALES.length * PAGES.length} pages, each checked by axe, in ${Math.round((Date.now() - started) / 1000)} s`);
  }, 600_000);

  it.each([
    { code: "pl", tag: "pl", dir: "ltr" },
    { code: "ar", tag: "ar", dir: "rtl" },
  ])("finds a café with JavaScript in $code, staying in the language", async ({ code, tag, dir }) => {
    const page = await newPage();
    expect((await page.goto(`/${code}`))?.status()).toBe(200);
    const form = page.locator("form.finder-form");
    await form.locator('input[name="q"]').fill("LE1 6RL");
    await Promise.all([page.waitForURL((url) => url.searchParams.get("q") === "LE1 6RL"), form.locator('button[type="submit"]').first().click()]);
    expect(new URL(page.url()).pathname).toBe(`/${code}`);
    const cafeLink = page.locator(`main a[href^="/${code}/cafes/"]`).first();
    await cafeLink.waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe(tag);
    expect(await page.locator("html").getAttribute("dir")).toBe(dir);
    await expectNoAxeViolations(page, `${code} results with JavaScript`);
  });
});

/** Each script's letters, and the Noto font (from the page's CSS font stacks) that must draw them. */
const PRINT_SCRIPTS: Record<string, { letters: RegExp; font?: RegExp } | undefined> = {
  gu: { letters: /[\u0A80-\u0AFF]/, font: /NotoSansGujarati/ },
  pa: { letters: /[\u0A00-\u0A7F]/, font: /NotoSansGurmukhi/ },
  bn: { letters: /[\u0980-\u09FF]/, font: /NotoSansBengali/ },
  ur: { letters: /[\u0600-\u06FF]/, font: /Noto(NastaliqUrdu|NaskhArabic|SansArabic)/ },
  ar: { letters: /[\u0600-\u06FF]/, font: /Noto(NaskhArabic|SansArabic)/ },
  // Chromium embeds the CJK font without a name (pdffonts lists "[none]"): the extracted letters are the check.
  zh: { letters: /[\u4E00-\u9FFF]/ },
};

if (!hasPoppler) {
  const line = "!".repeat(78);
  console.warn(`\n${line}\n!! PRINTED TEXT NOT CHECKED: pdftotext/pdffonts missing (apt-get install poppler-utils).\n${line}\n`);
}

describeE2E("the print poster and card in every language", () => {
  it("prints one A4 poster and one A6 card per language, in the language's script and fonts, mirrored right to left", async () => {
    const started = Date.now();
    const page = await newPage({ javaScriptEnabled: false });
    const problems: string[] = [];
    for (const { code, tag, dir } of LOCALES) {
      const base = code === "en" ? "" : `/${code}`;
      for (const [format, size] of [["a4", A4_POINTS], ["a6", A6_POINTS]] as const) {
        // The card with the fullest café of the demo data (its Polish and Somali ran to two pages once).
        const slug = format === "a6" ? "golden-mile-wellbeing-cafe" : "lantern-womens-cafe";
        const address = `${base}/cafes/${slug}/print?format=${format}`;
        await page.emulateMedia({ media: "screen" });
        expect((await page.goto(address))?.status(), address).toBe(200);
        expect(await page.locator("html").getAttribute("lang"), address).toBe(tag);
        expect(await page.locator("html").getAttribute("dir"), address).toBe(dir);
        await page.emulateMedia({ media: "print" });
        // The QR code sits at the line's end: on the right left to right, on the left right to left.
        const details = await page.locator(".print-sheet__details").boundingBox();
        const qr = await page.locator(".print-sheet__qr").boundingBox();
        expect(details && qr, address).toBeTruthy();
        if (dir === "rtl") expect(qr!.x, `${address}: the QR code on the left`).toBeLessThan(details!.x);
        else expect(qr!.x, `${address}: the QR code on the right`).toBeGreaterThan(details!.x);

        const pdf = await page.pdf({ preferCSSPageSize: true });
        expect(pdfPages(pdf), address).toEqual([size]);
        if (!hasPoppler) continue;
        const text = pdfText(pdf);
        if (text.includes("\uFFFD")) problems.push(`${address}: a replacement character in the printed text`);
        const script = PRINT_SCRIPTS[code];
        if (script) {
          if (!script.letters.test(text)) problems.push(`${address}: no ${code} letters in the printed text`);
          const fonts = pdfFonts(pdf);
          if (script.font && !fonts.some((f) => script.font!.test(f))) problems.push(`${address}: no ${script.font} among the fonts ${fonts.join(", ")}`);
        }
        // The crisis numbers are printed in every language.
        if (!/116\s*123/.test(text)) problems.push(`${address}: no Samaritans number in the printed text`);
      }
    }
    expect(problems).toEqual([]);
    console.info(`${LOCALES.length * 2} print PDFs in ${Math.round((Date.now() - started) / 1000)} s`);
  }, 300_000);
});
