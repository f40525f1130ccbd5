import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeE2E, e2e, expectNoAxeViolations, newPage, setUpBrowser, signIn } from "./support/browser";

/**
 * The partner directory in a real browser ("now": Wednesday 25 November 2026, 6:30pm): a person finds debt
 * advice near a postcode with and without JavaScript, a café page lists other support nearby (and leads to
 * the same place's search), and a group member previews a change to a service before saving it.
 */
setUpBrowser();

async function searchDebtAdvice(page: Page) {
  await page.goto("/partners");
  await expectNoAxeViolations(page, "partner search, empty");
  await page.getByLabel("Postcode, town, village or GP surgery").fill("LE2 0QS");
  await page.locator("summary", { hasText: "What do you need help with?" }).click();
  await page.getByLabel("Debt and money advice").check();
  await Promise.all([page.waitForURL(/need=debt-and-money-advice/), page.getByRole("button", { name: "Show support" }).click()]);
  await page.getByRole("heading", { name: /Support near LE2 0QS/i }).waitFor();
  const results = page.locator("ol.partner-results > li");
  // The phone line serving the whole area comes first, at distance 0; then the nearest drop-in.
  await expect(results.first().textContent()).resolves.toMatch(/^Money helpline.*Covers your area/);
  const dropIn = (await results.filter({ hasText: "Debt advice drop-in" }).textContent()) ?? "";
  expect(dropIn).toMatch(/Run by Highfields Money Matters/);
  expect(dropIn).toMatch(/0\.\d miles away/);
  expect(dropIn).toMatch(/Drop in/);
  const all = (await results.allTextContents()).join("\n");
  expect(all).not.toMatch(/domestic abuse helpline/i);
  await expectNoAxeViolations(page, "partner search results");
  await page.getByRole("link", { name: "Run by Highfields Money Matters" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Highfields Money Matters" }).waitFor();
  await expect(page.getByRole("main").textContent()).resolves.toMatch(/Information checked on \d+ [A-Z][a-z]+ 2026/);
  await expectNoAxeViolations(page, "partner profile");
}

describeE2E("the partner directory", () => {
  it("a person finds debt advice near a postcode with JavaScript", async () => {
    await searchDebtAdvice(await newPage());
  });

  it("a person finds debt advice near a postcode without JavaScript, and prints a service", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await searchDebtAdvice(page);
    await page.goto("/partners/services/highfields-debt-advice-drop-in/print");
    await expect(page.getByRole("main").textContent()).resolves.toMatch(/Debt advice drop-in/);
    await expectNoAxeViolations(page, "partner service print view");
  });

  it("a café page shows other support nearby, leading to the search for the same place", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/cafes/lantern-womens-cafe");
    const nearby = page.getByRole("region", { name: "Other support nearby" });
    expect(await nearby.getByRole("listitem").count()).toBeGreaterThan(0);
    await expect(nearby.textContent()).resolves.toMatch(/miles|Covers your area/);
    await expectNoAxeViolations(page, "café page with other support nearby");
    await nearby.getByRole("link", { name: "More support near here" }).click();
    await page.getByRole("heading", { name: "Support near your location" }).waitFor();
    expect(await page.locator("ol.partner-results > li").count()).toBeGreaterThan(0);
  });

  it("the finder's partner layer: a link without JavaScript, square labelled markers and a key on the map with it", async () => {
    const plain = await newPage({ javaScriptEnabled: false });
    await plain.goto("/?q=LE2+0QS");
    const layer = plain.getByRole("region", { name: "Support services nearby" });
    expect(await layer.getByRole("listitem").count()).toBe(0);
    await Promise.all([plain.waitForURL(/partners=show/), layer.getByRole("link", { name: "Show support services on the map" }).click()]);
    await expect(layer.textContent()).resolves.toMatch(/Debt advice drop-in \(Highfields Money Matters, 0\.\d miles away\)/);
    await expectNoAxeViolations(plain, "finder with the partner layer, no JavaScript");
    await Promise.all([plain.waitForURL((url) => !url.search.includes("partners=")), layer.getByRole("link", { name: "Hide support services" }).click()]);
    expect(await layer.getByRole("listitem").count()).toBe(0);

    const page = await newPage();
    await page.goto("/?q=LE2+0QS&partners=show");
    const map = page.getByRole("region", { name: "Map of these cafés" });
    await map.getByRole("link", { name: "Support service: Debt advice drop-in" }).waitFor();
    expect(await map.locator(".partner-marker").count()).toBeGreaterThan(0);
    expect(await map.locator(".cafe-marker").count()).toBeGreaterThan(0);
    await expect(map.getByRole("list", { name: "Map key" }).textContent()).resolves.toMatch(/Café.*Support service \(square marker\)/);
    await expectNoAxeViolations(page, "finder map with the partner layer");
  });

  it("/partners has the finder's map and \"Use my location\"; on the finder's map every service at one building has its own marker", async () => {
    // Near the De Montfort University campus (LE2 7DR).
    const page = await newPage({ geolocation: { latitude: 52.629, longitude: -1.139 }, permissions: ["geolocation"] });
    await page.goto("/partners?q=LE2+0QS&need=debt-and-money-advice");
    const map = page.getByRole("region", { name: "Map of these services" });
    await map.getByRole("link", { name: "Support service: Debt advice drop-in" }).waitFor();
    await expect(map.getByRole("list", { name: "Map key" }).textContent()).resolves.toMatch(/^\s*Support service \(square marker\)\s*$/);
    await expectNoAxeViolations(page, "partner search with its map");
    await Promise.all([page.waitForURL(/lat=52\.629&lng=-1\.139&need=debt-and-money-advice/), page.getByRole("button", { name: "Use my location" }).click()]);
    await page.getByRole("heading", { name: "Support near your location" }).waitFor();

    // Services of New Roots share the Belgrave Welcome Centre: each has a marker that can be clicked.
    await page.goto("/?q=LE1+6RL&partners=show");
    const finderMap = page.getByRole("region", { name: "Map of these cafés" });
    for (const name of ["Elders' circle", "Asylum and immigration advice"]) {
      await finderMap.getByRole("link", { name: `Support service: ${name}` }).click({ trial: true, timeout: 5_000 });
    }
  });

  it("the Open Referral API sends X-Content-Type-Options once", async () => {
    const response = await fetch(`${e2e.baseUrl}/api/oruk/services?per_page=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("a group member edits a service, previews it, then saves it", async () => {
    const page = await newPage();
    await signIn(page, "vcs@example.org");
    await page.goto("/organisation");
    await page.getByRole("link", { name: "Walk and talk for bereaved people" }).click();
    await page.getByRole("heading", { level: 1, name: "Edit Walk and talk for bereaved people" }).waitFor();
    await expectNoAxeViolations(page, "service form");

    const description = page.getByLabel("What it offers");
    await description.fill("A gentle walk around Wigston park and a hot drink afterwards, for anyone grieving.");
    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.getByRole("region", { name: "Preview: not saved yet" });
    await preview.getByText("A gentle walk around Wigston park").waitFor();
    await expect(description.inputValue()).resolves.toMatch(/Wigston park/);
    await expectNoAxeViolations(page, "service preview");

    // Not saved yet: the public profile still shows the old text.
    const visitor = await newPage({ javaScriptEnabled: false });
    await visitor.goto("/partners/clocktower-listening-collective");
    await expect(visitor.getByRole("main").textContent()).resolves.not.toMatch(/Wigston park/);

    await Promise.all([page.waitForURL(/saved=service/), page.getByRole("button", { name: "Save", exact: true }).click()]);
    await page.getByText("Saved.").waitFor();
    await visitor.reload();
    await expect(visitor.getByRole("main").textContent()).resolves.toMatch(/Wigston park/);
  });
});
