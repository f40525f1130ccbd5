import { expect, it } from "vitest";
import { describeE2E, e2e, expectNoAxeViolations, newPage, setUpBrowser } from "./support/browser";

/**
 * The public pages in other languages: the finder used without JavaScript in Gujarati and in Urdu (the
 * language kept through a search and into a café page, lang and dir right, axe clean), the language picker,
 * /en moving to the unprefixed address, and the notice offering the browser's language. Selectors are by
 * structure, not words, so the test holds whatever the translations say.
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
    expect(await page.locator('head link[rel="alternate"][hreflang="zh-Hans"]').getAttribute("href")).toBe("/zh?q=LE1");
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
