import { expect, it } from "vitest";
import { DEMO_CAFES } from "../../prisma/demo/cafes";
import { describeE2E, e2e, expectNoAxeViolations, newPage, setUpBrowser } from "./support/browser";
import { A4_POINTS, A6_POINTS, pdfPages } from "./support/pdf";

/**
 * Café pages, print views, text summaries and area pages in a real browser ("now": Wednesday 25 November
 * 2026, 6:30pm). Lantern Women's Café is not one of the cafés other browser tests change.
 */
setUpBrowser();

describeE2E("the café page", () => {
  it("shows status, both weeks of hours, contact, who it is for, and JSON-LD; a map with JavaScript", async () => {
    const page = await newPage();
    const response = await page.goto("/cafes/lantern-womens-cafe");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Lantern Women’s Café");
    const main = (await page.getByRole("main").textContent()) ?? "";
    expect(main).toMatch(/Run by Lantern Women and Families Collective/);
    expect(main).toMatch(/Open now until 9pm/);
    expect(main).toMatch(/Hours checked on \d+ [A-Z][a-z]+ 2026/);
    expect(main).toMatch(/Who it is for/);
    expect(main).toMatch(/What to expect/);
    expect(main).toMatch(/Women-only evening/);
    expect(await page.getByRole("table", { name: "This week, from 23 November" }).count()).toBe(1);
    expect(await page.getByRole("table", { name: "Next week, from 30 November" }).count()).toBe(1);
    const today = page.getByRole("row", { name: /Wednesday \(today\)/ });
    await expect(today.textContent()).resolves.toMatch(/6pm–9pm: Women-only evening/);
    const phone = page.getByRole("main").getByRole("link", { name: /^0116/ });
    expect(await phone.getAttribute("href")).toMatch(/^tel:0116/);

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as Record<string, unknown>;
    expect(jsonLd).toMatchObject({ "@type": "LocalBusiness", name: "Lantern Women’s Café", url: `${e2e.baseUrl}/cafes/lantern-womens-cafe` });
    expect(jsonLd.openingHoursSpecification).toEqual(
      expect.arrayContaining([expect.objectContaining({ dayOfWeek: ["https://schema.org/Wednesday"], opens: "18:00", closes: "21:00" })]),
    );
    expect(Array.isArray(jsonLd.specialOpeningHoursSpecification)).toBe(true);

    const map = page.getByRole("region", { name: "Where it is" });
    await map.getByRole("link", { name: "Lantern Women’s Café" }).waitFor();
    await expectNoAxeViolations(page, "café page");
  });

  it("lists upcoming changes beyond the two weeks shown: a Christmas closure and a bank-holiday answer", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/cafes/marlborough-square-cafe-coalville");
    const upcoming = page.getByRole("region", { name: "Upcoming changes" });
    const listed = await upcoming.textContent();
    expect(listed).toMatch(/Thursday 24 December to Saturday 2 January: Closed for Christmas and New Year/);
    expect(listed).not.toMatch(/Closed: Closed/);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as Record<string, unknown>;
    expect(jsonLd.specialOpeningHoursSpecification).toEqual(
      expect.arrayContaining([expect.objectContaining({ opens: "00:00", closes: "00:00", validFrom: "2026-12-24", validThrough: "2027-01-02" })]),
    );
    await expectNoAxeViolations(page, "café page with upcoming changes");

    await page.goto("/cafes/golden-mile-wellbeing-cafe");
    await expect(page.getByRole("region", { name: "Upcoming changes" }).textContent()).resolves.toMatch(
      /Monday 28 December: Closed for Boxing Day \(substitute day\)(?!.*Closed: Closed)/,
    );

    // A winter-only session: its last date in the list and on the poster.
    await page.goto("/cafes/welland-evening-cafe");
    await expect(page.getByRole("region", { name: "Upcoming changes" }).textContent()).resolves.toMatch(
      /Wednesday 31 March: Wednesday 6pm–9pm sessions end after this day/,
    );
    await page.goto("/cafes/welland-evening-cafe/print");
    await page.getByRole("region", { name: "Print preview" }).getByText("Wednesday 6pm–9pm, until 31 March").waitFor();
    await expectNoAxeViolations(page, "print view with a seasonal session");
  });

  it("works without JavaScript", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/cafes/lantern-womens-cafe");
    await expect(page.getByRole("main").textContent()).resolves.toMatch(/Open now until 9pm/);
    expect(await page.locator(".leaflet-container").count()).toBe(0);
    await page.getByRole("link", { name: "Print a poster or card, or copy a text message" }).click();
    await page.getByRole("heading", { name: "Print or share Lantern Women’s Café" }).waitFor();
  });

  it("a closed café's page says so and lists open cafés nearby", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const response = await page.goto("/cafes/desford-evening-cafe");
    expect(response?.status()).toBe(200);
    await page.getByRole("heading", { name: "This café has closed" }).waitFor();
    const nearby = page.getByRole("region", { name: "Open cafés nearby" });
    expect(await nearby.locator("article").count()).toBe(3);
    await expect(page.getByRole("main").textContent()).resolves.not.toMatch(/Opening hours/);
    await expectNoAxeViolations(page, "closed café");
  });

  it("a paused café's page says so", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/cafes/uppingham-market-place-cafe");
    await page.getByRole("heading", { name: "This café is paused" }).waitFor();
  });

  it("an unknown café is a 404 with the search box", async () => {
    const page = await newPage();
    const response = await page.goto("/cafes/no-such-cafe");
    expect(response?.status()).toBe(404);
    await expect(page.getByLabel("Postcode, town or village").count()).resolves.toBe(1);
    const unknownArea = await page.goto("/areas/no-such-area");
    expect(unknownArea?.status()).toBe(404);
  });
});

describeE2E("print view and text summary", () => {
  it("prints an A4 poster or an A6 card with a QR code, without the site around it", async () => {
    const page = await newPage();
    await page.goto("/cafes/lantern-womens-cafe/print");
    const sheet = page.getByRole("region", { name: "Print preview" });
    await expect(sheet.getAttribute("class")).resolves.toMatch(/print-sheet--a4/);
    const qr = sheet.getByRole("img", { name: `QR code linking to ${e2e.baseUrl}/cafes/lantern-womens-cafe` });
    expect(await qr.locator("svg").count()).toBe(1);
    await expect(sheet.textContent()).resolves.toMatch(/Wednesday 6pm–9pm \(Women-only evening\)/);
    await expect(sheet.textContent()).resolves.toMatch(/116 123/);
    await expect(sheet.textContent()).resolves.toMatch(/^Demonstration data – not a real café/);
    await expectNoAxeViolations(page, "print view");

    await page.getByLabel("A6 card").check();
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL((url) => url.searchParams.get("format") === "a6");
    await expect.poll(() => page.locator(".print-sheet").getAttribute("class")).toMatch(/print-sheet--a6/);

    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".crisis-banner").isVisible()).toBe(false);
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.locator(".print-controls").isVisible()).toBe(false);
    expect(await page.locator(".print-sheet").isVisible()).toBe(true);
    // The site's demonstration banner is not printed: the sheet carries its own mark.
    expect(await page.locator(".demo-notice").isVisible()).toBe(false);
    expect(await page.locator(".print-sheet").getByText("Demonstration data – not a real café").isVisible()).toBe(true);
    // The card is one A6 page, whatever paper size the browser would otherwise use.
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true }))).toEqual([A6_POINTS]);
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true, format: "Letter" }))).toEqual([A6_POINTS]);
    await page.emulateMedia({ media: "screen" });
    await expectNoAxeViolations(page, "A6 print view");

    const poster = await newPage();
    await poster.goto("/cafes/lantern-womens-cafe/print?format=a4");
    await poster.emulateMedia({ media: "print" });
    expect(pdfPages(await poster.pdf({ preferCSSPageSize: true, format: "Letter" }))).toEqual([A4_POINTS]);
  });

  it("the demo cafés with the most to print fit their card on one A6 page and their poster on one A4 page", async () => {
    // What overflows a page is text: every public demo café's print page is read, and the four with the
    // most text in each format are printed to PDF (printing all of them took most of a minute).
    const slugs = DEMO_CAFES.filter((c) => c.status !== "setting-up").map((c) => c.slug);
    expect(slugs.length).toBeGreaterThan(20);
    const page = await newPage({ javaScriptEnabled: false });
    await page.emulateMedia({ media: "print" });
    for (const [format, size] of [["a6", A6_POINTS], ["a4", A4_POINTS]] as const) {
      const lengths = await Promise.all(
        slugs.map(async (slug) => {
          const html = await (await fetch(`${e2e.baseUrl}/cafes/${slug}/print?format=${format}`)).text();
          return { slug, length: visibleTextLength(html) };
        }),
      );
      const longest = lengths.sort((a, b) => b.length - a.length).slice(0, 4);
      for (const { slug } of longest) {
        await page.goto(`/cafes/${slug}/print?format=${format}`);
        expect(pdfPages(await page.pdf({ preferCSSPageSize: true })), `${slug}: ${format}`).toEqual([size]);
      }
    }
  });

  it("gives a text of at most 300 characters, with a copy button when JavaScript is on", async () => {
    const page = await newPage({ permissions: ["clipboard-read", "clipboard-write"] });
    await page.goto("/cafes/lantern-womens-cafe/print");
    const box = page.getByLabel("Text to copy (at most 300 characters)");
    const text = await box.inputValue();
    expect(text.length).toBeLessThanOrEqual(300);
    expect(text.startsWith("Demonstration data – not a real café.")).toBe(true);
    expect(text).toContain("Lantern Women’s Café");
    expect(text).toContain("Wed 6pm–9pm (Women-only evening)");
    expect(text).toContain("LE1 4JB");
    expect(text).toContain(`${e2e.baseUrl}/cafes/lantern-womens-cafe`);
    expect(await box.getAttribute("readonly")).not.toBeNull();
    await page.getByRole("button", { name: "Copy text" }).click();
    await page.getByText("Copied", { exact: true }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    const plain = await newPage({ javaScriptEnabled: false });
    await plain.goto("/cafes/lantern-womens-cafe/print");
    expect(await plain.getByRole("button", { name: "Copy text" }).count()).toBe(0);
    expect(await plain.getByLabel("Text to copy (at most 300 characters)").inputValue()).toBe(text);
    const summary = await fetch(`${e2e.baseUrl}/cafes/lantern-womens-cafe/summary.txt`);
    expect((await summary.text()).trim()).toBe(text);
  });
});

describeE2E("areas and urgent help", () => {
  it("lists the areas and each area's cafés with their status", async () => {
    const page = await newPage();
    await page.goto("/areas");
    await page.getByRole("heading", { level: 1, name: "Cafés by area" }).waitFor();
    await expectNoAxeViolations(page, "areas");
    await page.getByRole("link", { name: "Rutland Healthcare" }).click();
    await page.getByRole("heading", { level: 1, name: "Rutland Healthcare" }).waitFor();
    const main = (await page.getByRole("main").textContent()) ?? "";
    expect(main).toMatch(/Vale of Catmose Café/);
    expect(main).toMatch(/Opens tomorrow at 6pm/);
    expect(main).toMatch(/Uppingham Market Place Café[\s\S]*Paused/);
    await expectNoAxeViolations(page, "an area");
  });

  it("the urgent help page has no accessibility problems", async () => {
    const page = await newPage();
    await page.goto("/urgent-help");
    await expectNoAxeViolations(page, "urgent help");
  });
});

/** The length of a page's text (its body without scripts, styles and tags), to find the fullest print pages. */
function visibleTextLength(html: string): number {
  const body = html.slice(html.indexOf("<body"));
  return body
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ").length;
}
