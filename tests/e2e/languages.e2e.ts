import { expect, it } from "vitest";
import gu from "~/lib/i18n/locales/gu.json";
import { describeE2E, e2e, expectNoAxeViolations, newPage, remixIdle, setUpBrowser } from "./support/browser";

/**
 * The public pages in other languages: the finder used without JavaScript in Gujarati and in Urdu (the
 * language kept through a search and into a café page, lang and dir right, axe clean), the language picker
 * and the full addresses of the other languages (hreflang), /en moving to the unprefixed address, the notice
 * offering the browser's language, and a café's own translation of an offer's title where the page and
 * its poster name the offer. Selectors are by structure, not words, so the test holds whatever the
 * translations say.
 */
setUpBrowser();

describeE2E("public pages in other languages", () => {
  it.each([
    { code: "gu", lang: "gu", dir: "ltr" },
    { code: "ur", lang: "ur", dir: "rtl" },
  ])("finds a café without JavaScript in $code, keeping the language into the café page", async ({ code, lang, dir }) => {
    const page = await newPage({ javaScriptEnabled: false });
    expect((await page.goto(`/${code}`))?.status()).toBe(200);
    expect(await page.locator("html").getAttribute("lang")).toBe(lang);
    expect(await page.locator("html").getAttribute("dir")).toBe(dir);

    const form = page.locator("form.finder-form");
    expect(await form.getAttribute("action")).toBe(`/${code}`);
    await form.locator('input[name="q"]').fill("LE1 6RL");
    await Promise.all([page.waitForURL((url) => url.searchParams.has("q")), form.locator('button[type="submit"]').first().click()]);
    const results = new URL(page.url());
    expect(results.pathname).toBe(`/${code}`);
    expect(await page.locator("html").getAttribute("lang")).toBe(lang);
    await expectNoAxeViolations(page, `${code} results`);

    const cafeLink = page.locator(`main a[href^="/${code}/cafes/"]`).first();
    const href = await cafeLink.getAttribute("href");
    expect(href).toMatch(new RegExp(`^/${code}/cafes/[a-z0-9-]+$`));
    await Promise.all([page.waitForURL((url) => url.pathname === href), cafeLink.click()]);
    expect(await page.locator("html").getAttribute("lang")).toBe(lang);
    expect(await page.locator("html").getAttribute("dir")).toBe(dir);
    // The café's own words are marked as English; crisis numbers are the same in every language.
    expect(await page.locator('main [lang="en"]').count()).toBeGreaterThan(0);
    await expect(page.locator(".crisis-banner").textContent()).resolves.toMatch(/999[\s\S]*116 123/);
    expect(await page.locator('.crisis-banner__english[lang="en"]').count()).toBe(1);
    await expectNoAxeViolations(page, `${code} café page`);
  });

  it("names an offer by the café's own Gujarati title in /gu: the café page's week table as its offers' list, in lang=gu", async () => {
    // The Golden Mile Wellbeing Café (demo data) translated its offer "Gujarati-speaking support" into Gujarati.
    const english = "Gujarati-speaking support";
    const gujarati = "ગુજરાતીમાં સહાય";
    const cafePath = "/gu/cafes/golden-mile-wellbeing-cafe";
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/gu?q=LE4%206LB");
    // The finder's cards name no offers: none is left there in English.
    const card = page.locator("article.finder-result", { has: page.locator(`a[href="${cafePath}"]`) });
    await expect(card.count()).resolves.toBe(1);
    await expect(card.textContent()).resolves.not.toContain(english);
    await Promise.all([page.waitForURL((url) => url.pathname === cafePath), card.locator(`a[href="${cafePath}"]`).first().click()]);

    const tables = page.locator("table.week-table");
    await expect(tables.count()).resolves.toBe(2);
    // Wednesday this week and next, each marked as the café's own translation.
    const titles = tables.locator('.week-table__sessions span[lang="gu"]', { hasText: gujarati });
    await expect(titles.count()).resolves.toBe(2);
    await expect(titles.first().locator(".written-in").textContent()).resolves.toContain(gu["language.translatedByCafe"].text);
    await expect(tables.first().textContent()).resolves.not.toContain(english);
    // The offers' list names it the same way.
    await expect(page.locator('.cafe-page__offer [lang="gu"] h3', { hasText: gujarati }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page, "gu café page with the café's own translations");

    // Rendered again in the browser, the page keeps it.
    const withScript = await newPage();
    await withScript.goto(cafePath);
    await remixIdle(withScript);
    await expect(withScript.locator('table.week-table .week-table__sessions span[lang="gu"]', { hasText: gujarati }).count()).resolves.toBe(2);

    // The poster printed from /gu names it the same way (also after the browser renders it).
    await withScript.goto(`${cafePath}/print`);
    await remixIdle(withScript);
    const poster = withScript.locator(".print-sheet");
    await expect(poster.locator('li span[lang="gu"]', { hasText: gujarati }).count()).resolves.toBe(1);
    await expect(poster.textContent()).resolves.not.toContain(english);
    await expectNoAxeViolations(withScript, "gu poster with the café's own translations");
  });

  it("offers every language in the picker, each in its own script, keeping the page and its query", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/gu?q=LE1");
    const picker = page.locator("nav.language-picker");
    const urdu = picker.locator('a[hreflang="ur"]');
    expect(await urdu.getAttribute("href")).toBe("/ur?q=LE1");
    expect(await urdu.getAttribute("lang")).toBe("ur");
    expect(await urdu.getAttribute("dir")).toBe("rtl");
    expect(await urdu.textContent()).toBe("اردو");
    expect(await picker.locator('a[hreflang="en"]').getAttribute("href")).toBe("/?q=LE1");
    expect(await picker.locator('a[aria-current="true"]').getAttribute("hreflang")).toBe("gu");
    expect(await picker.locator("a").count()).toBe(9);
    // Search engines take only full addresses in hreflang: the app's public address (APP_URL) before each.
    expect(await page.locator('head link[rel="alternate"][hreflang="zh-Hans"]').getAttribute("href")).toBe(`${e2e.baseUrl}/zh?q=LE1`);
    expect(await page.locator('head link[rel="alternate"][hreflang="x-default"]').getAttribute("href")).toBe(`${e2e.baseUrl}/?q=LE1`);
    expect(await page.locator('head link[rel="alternate"]').count()).toBe(10);
  });

  it("moves /en addresses to the unprefixed ones, and answers 404 for a code that is no language", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const moved = await page.request.get(`${e2e.baseUrl}/en/urgent-help?x=1`, { maxRedirects: 0 });
    expect(moved.status()).toBe(301);
    expect(moved.headers()["location"]).toBe("/urgent-help?x=1");
    expect((await page.request.get(`${e2e.baseUrl}/xx/urgent-help`, { maxRedirects: 0 })).status()).toBe(404);
  });

  it("offers the browser's language on an English page in a notice, without redirecting", async () => {
    const page = await newPage({ javaScriptEnabled: false, locale: "pl-PL" });
    const response = await page.goto("/urgent-help");
    expect(response?.status()).toBe(200);
    expect(response?.headers()["vary"]).toMatch(/Accept-Language/i);
    expect(new URL(page.url()).pathname).toBe("/urgent-help");
    const notice = page.locator(".language-notice");
    expect(await notice.locator('p[lang="pl"] a').getAttribute("href")).toBe("/pl/urgent-help");
    expect(await notice.locator('p[lang="en"]').textContent()).toContain("Polish");
    await expectNoAxeViolations(page, "English page with a notice");

    const english = await newPage({ javaScriptEnabled: false, locale: "en-GB" });
    await english.goto("/urgent-help");
    expect(await english.locator(".language-notice").count()).toBe(0);
  });
});
