import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeE2E, e2e, expectNoAxeViolations, hasBrowser, newPage, setUpBrowser } from "./support/browser";
import { startAppServer, type AppServer } from "./support/server";

/**
 * The finder in a real browser, "now" pinned to Wednesday 25 November 2026, 6:30pm (MAP_TILE_URL=none).
 * Other browser tests change the sessions of the two cafés cafe@example.org manages (Clocktower Evening
 * Café, Beaumont Leys Living Room Café): nothing here depends on theirs.
 */
setUpBrowser();

/**
 * The finder at two other instants, each on a server of its own: both start at once, while the tests
 * before theirs run.
 */
const otherInstants: Promise<AppServer>[] = [];
let noneOpenServer: Promise<AppServer>;
let christmasServer: Promise<AppServer>;
function startAt(instant: string): Promise<AppServer> {
  const server = startAppServer({ baseDatabase: e2e.baseDatabase, directory: e2e.runDirectory, env: { FIXED_NOW: instant } });
  server.catch(() => {}); // reported by the test that uses it
  otherInstants.push(server);
  return server;
}
beforeAll(() => {
  if (!hasBrowser) return;
  noneOpenServer = startAt("2026-11-26T04:00:00Z");
  christmasServer = startAt("2026-12-25T18:00:00Z");
});
afterAll(async () => {
  await Promise.all(otherInstants.splice(0).map((server) => server.then((s) => s.stop(), () => {})));
});

const LANTERN = "Lantern Women’s Café";

/** The names of the cafés in the results list, in order. */
async function resultNames(page: Page): Promise<string[]> {
  const list = page.getByRole("list", { name: "Search results" });
  if ((await list.count()) === 0) return [];
  return (await list.locator("article h3").allTextContents()).map((s) => s.trim());
}

/** The result for a café (its article). */
function result(page: Page, name: string) {
  return page.locator("article.finder-result", { has: page.getByRole("heading", { name, exact: true }) });
}

async function searchFor(page: Page, text: string) {
  await page.getByLabel("Postcode, town or village").fill(text);
  await Promise.all([page.waitForURL((url) => url.searchParams.has("q")), page.getByRole("button", { name: "Search", exact: true }).click()]);
  await page.locator("#results-heading, #problem-heading").first().waitFor();
}

/** Requests that leave the test server (tiles, fonts…): there must be none. */
function externalRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(e2e.baseUrl) && !url.startsWith("data:")) seen.push(url);
  });
  return seen;
}

describeE2E("finding a café", () => {
  it("searches by postcode without JavaScript: nearest first, with status, distance and details", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Find a Neighbourhood Mental Health Café");
    expect(await page.getByRole("button", { name: "Use my location" }).count()).toBe(0);
    await searchFor(page, "le1 6rl");
    expect(new URL(page.url()).searchParams.get("q")).toBe("le1 6rl");
    await expect(page.getByRole("heading", { name: "Cafés nearest to LE1 6RL" }).count()).resolves.toBe(1);
    const names = await resultNames(page);
    expect(names).toHaveLength(10);
    expect(names).toContain(LANTERN);
    const lantern = result(page, LANTERN);
    const text = (await lantern.textContent()) ?? "";
    expect(text).toMatch(/Open now until 9pm/);
    expect(text).toMatch(/0\.\d miles away/);
    expect(text).toMatch(/Leicester City South/);
    expect(text).toMatch(/Somali/);
    expect(text).toMatch(/Women only/);
    expect(text).toMatch(/Step-free access/);
    await expect(result(page, "Night Owl Café").textContent()).resolves.toMatch(/Closed.*Next: Friday 8pm–2am/s);
    // No map without JavaScript: the list is everything.
    expect(await page.locator(".leaflet-container").count()).toBe(0);
    // Paging.
    await page.getByRole("link", { name: /Next page/ }).click();
    await page.waitForURL((url) => url.searchParams.get("page") === "2");
    expect((await resultNames(page)).some((n) => names.includes(n))).toBe(false);
    await expectNoAxeViolations(page, "results without JavaScript");
  });

  it("searches with JavaScript: the same results, and a map with a named marker per café, without tiles", async () => {
    const page = await newPage();
    const external = externalRequests(page);
    await page.goto("/");
    await searchFor(page, "LE1 6RL");
    const names = await resultNames(page);
    expect(names).toContain(LANTERN);
    // A search made in the page moves focus to what it found.
    await page.waitForFunction(() => document.activeElement?.id === "results-heading");
    const map = page.getByRole("region", { name: "Map of these cafés" });
    await map.locator(".leaflet-container").waitFor();
    const marker = map.getByRole("link", { name: LANTERN, exact: true });
    await marker.waitFor();
    expect(await marker.getAttribute("href")).toBe("/cafes/lantern-womens-cafe");
    const markerNames = await map.locator(".cafe-marker__link").allTextContents();
    expect(markerNames.sort()).toEqual([...names].sort());
    expect(await map.locator(".leaflet-tile").count()).toBe(0);
    // The approximate footprints, on request.
    await map.getByLabel("Show the approximate areas (primary care networks)").check();
    await map.getByText("Area boundaries are approximate.").waitFor();
    await expectNoAxeViolations(page, "results with the map");
    expect(external).toEqual([]);
  });

  it("finds a town or village", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/");
    await searchFor(page, "Oakham");
    await page.getByRole("heading", { name: "Cafés nearest to Oakham" }).waitFor();
    expect((await resultNames(page))[0]).toBe("Vale of Catmose Café");
    expect(await resultNames(page)).not.toContain("Uppingham Market Place Café");
    await expectNoAxeViolations(page, "place search results without JavaScript");
  });

  it("finds a town or village with JavaScript, also typed with a zero or with its postcode district", async () => {
    const page = await newPage();
    await page.goto("/");
    await searchFor(page, "0akham");
    await page.getByRole("heading", { name: "Cafés nearest to Oakham" }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === "results-heading");
    await expect(page.getByRole("main").textContent()).resolves.toMatch(/Showing results for Oakham/);
    expect((await resultNames(page))[0]).toBe("Vale of Catmose Café");
    await page.getByRole("region", { name: "Map of these cafés" }).locator(".leaflet-container").waitFor();
    await expectNoAxeViolations(page, "place search results with JavaScript");

    await searchFor(page, "Leicester LE1");
    await page.getByRole("heading", { name: "Cafés nearest to Leicester" }).waitFor();
    expect(await resultNames(page)).toHaveLength(10);

    await searchFor(page, "university");
    await page.getByRole("heading", { name: "We could not search for that" }).waitFor();
    await page.getByRole("link", { name: "Loughborough University" }).click();
    await page.getByRole("heading", { name: "Cafés nearest to Loughborough University" }).waitFor();
    expect((await resultNames(page))[0]).toBe("Epinal Students’ Café");
  });

  it("finds by GP surgery: the surgery's area first", async () => {
    const page = await newPage();
    await page.goto("/");
    await page.getByText("Find by your GP surgery").click();
    await page.getByLabel("Name of your GP surgery").fill("oakham");
    await page.getByRole("button", { name: "Find my surgery" }).click();
    await page.getByRole("heading", { name: "GP surgeries matching “oakham”" }).waitFor();
    await expectNoAxeViolations(page, "GP surgery list");
    await page.getByRole("link", { name: "Oakham Medical Practice, Oakham" }).click();
    await page.getByRole("heading", { name: "Cafés for patients of Oakham Medical Practice" }).waitFor();
    expect(new URL(page.url()).searchParams.get("practice")).toBe("C82010");
    expect((await resultNames(page))[0]).toBe("Vale of Catmose Café");
    await expect(result(page, "Vale of Catmose Café").textContent()).resolves.toMatch(/In your surgery’s area/);
    await expect(page.getByRole("main").textContent()).resolves.toMatch(/in your surgery’s area, Rutland Healthcare, come first/);
    await expectNoAxeViolations(page, "GP surgery results");
  });

  it("finds by GP surgery without JavaScript, and explains a name that is too long", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/");
    await page.getByText("Find by your GP surgery").click();
    await page.getByLabel("Name of your GP surgery").fill("oakham");
    await Promise.all([page.waitForURL((url) => url.searchParams.get("gp") === "oakham"), page.getByRole("button", { name: "Find my surgery" }).click()]);
    await page.getByRole("heading", { name: "GP surgeries matching “oakham”" }).waitFor();
    await expectNoAxeViolations(page, "GP surgery list without JavaScript");
    await Promise.all([page.waitForURL((url) => url.searchParams.has("practice")), page.getByRole("link", { name: "Oakham Medical Practice, Oakham" }).click()]);
    await page.getByRole("heading", { name: "Cafés for patients of Oakham Medical Practice" }).waitFor();
    expect((await resultNames(page))[0]).toBe("Vale of Catmose Café");
    await expectNoAxeViolations(page, "GP surgery results without JavaScript");

    const response = await page.goto(`/?gp=${"Oakham Medical Practice ".repeat(6)}`);
    expect(response?.status()).toBe(200);
    const main = (await page.getByRole("main").textContent()) ?? "";
    expect(main).toMatch(/too long to be a GP surgery’s name/);
    expect(main).not.toMatch(/postcode or place name/);
    expect((await page.getByLabel("Name of your GP surgery").inputValue()).length).toBe(100);
  });

  it("uses my location (the browser's geolocation)", async () => {
    const page = await newPage({ geolocation: { latitude: 52.6708, longitude: -0.7375 }, permissions: ["geolocation"] });
    await page.goto("/");
    await page.getByRole("button", { name: "Use my location" }).click();
    await page.waitForURL((url) => url.searchParams.has("lat"));
    const url = new URL(page.url());
    expect(Number(url.searchParams.get("lat"))).toBeCloseTo(52.671, 3);
    expect(Number(url.searchParams.get("lng"))).toBeCloseTo(-0.738, 2);
    await page.getByRole("heading", { name: "Cafés nearest to your location" }).waitFor();
    await expect(page.getByRole("main").textContent()).resolves.toMatch(/Your location is near Oakham/);
    expect((await resultNames(page))[0]).toBe("Vale of Catmose Café");
    await expectNoAxeViolations(page, "results for my location");
  });

  it("explains input it cannot use, keeping what was typed", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const response = await page.goto("/?q=zzzz");
    expect(response?.status()).toBe(200);
    await page.getByRole("heading", { name: "We could not search for that" }).waitFor();
    await expect(page.getByRole("main").textContent()).resolves.toMatch(/We could not find “zzzz”.*LE1 6RL/s);
    expect(await page.getByLabel("Postcode, town or village").inputValue()).toBe("zzzz");
    const odd = await page.goto(`/?q=${"%F0%9F%98%80".repeat(300)}&page=-3&when=%3Cscript%3E&lang=${"x".repeat(900)}`);
    expect(odd?.status()).toBe(200);
    await expectNoAxeViolations(page, "a search it cannot use");
  });

  it("says plainly when a page is past the end of the results, with a link to the first page", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const last = await page.goto("/?q=LE1&page=3");
    expect(last?.status()).toBe(200);
    expect((await resultNames(page)).length).toBeGreaterThan(0);
    expect(await page.getByRole("link", { name: /Next page/ }).count()).toBe(0);
    await page.goto("/?q=LE1&page=4");
    const main = (await page.getByRole("main").textContent()) ?? "";
    expect(main).toMatch(/There are no more results/);
    expect(main).not.toMatch(/matches all your filters|Try removing a filter/);
    expect(await page.getByRole("navigation", { name: "Results pages" }).count()).toBe(0);
    await page.getByRole("link", { name: "Go to the first page of results" }).click();
    await page.waitForURL((url) => !url.searchParams.has("page"));
    expect(await resultNames(page)).toHaveLength(10);
  });

  it("notes a search outside Leicester, Leicestershire and Rutland, with the national options", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/?q=M1+1AA");
    const main = (await page.getByRole("main").textContent()) ?? "";
    expect(main).toMatch(/You searched outside Leicester, Leicestershire and Rutland/);
    expect(main).toMatch(/NHS 111.*option 2/s);
    expect(main).toMatch(/Samaritans/);
    expect((await resultNames(page)).length).toBe(10);
  });
});

describeE2E("filters", () => {
  it("open now, with live filtering when JavaScript is on", async () => {
    const page = await newPage();
    await page.goto("/?q=LE1+6RL");
    await page.getByText("Filter results").click();
    await page.getByLabel("When can you go?").selectOption("now");
    await page.waitForURL((url) => url.searchParams.get("when") === "now");
    await page.getByText("Your filters:").waitFor();
    const names = await resultNames(page);
    expect(names).toContain(LANTERN);
    expect(names).not.toContain("Night Owl Café");
    for (const name of names) await expect(result(page, name).textContent()).resolves.toMatch(/Open now until/);
    await expectNoAxeViolations(page, "filters open");
    // Remove the filter with its link.
    await page.getByRole("link", { name: /Remove filter: Open now/ }).click();
    await page.waitForURL((url) => !url.searchParams.has("when"));
    await expect.poll(() => resultNames(page)).toContain("Night Owl Café");
    expect(await page.getByLabel("When can you go?").inputValue()).toBe("any");
  });

  it("open this evening and a day of the week, without JavaScript", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/?q=LE1+6RL");
    await page.getByText("Filter results").click();
    await page.getByLabel("When can you go?").selectOption("evening");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL((url) => url.searchParams.get("when") === "evening");
    const evening = await resultNames(page);
    expect(evening).toEqual(expect.arrayContaining([LANTERN, "Gateway Students’ Café"]));
    expect(evening).not.toContain("Night Owl Café");

    await page.getByLabel("When can you go?").selectOption("5");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL((url) => url.searchParams.get("when") === "5");
    const friday = await resultNames(page);
    expect(friday).toContain("Night Owl Café");
    expect(friday).not.toContain(LANTERN);
  });

  it("language spoken at the session", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/?q=LE1+6RL");
    await page.getByText("Filter results").click();
    await page.getByLabel("Somali", { exact: true }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL((url) => url.searchParams.get("lang") === "somali");
    const names = await resultNames(page);
    expect(names).toContain(LANTERN);
    for (const name of names) await expect(result(page, name).textContent()).resolves.toMatch(/Somali/);
    expect(names.length).toBeLessThan(10);
  });

  it("sessions for a group", async () => {
    const page = await newPage();
    await page.goto("/?q=LE1+6RL");
    await page.getByText("Filter results").click();
    await page.getByLabel("Women only", { exact: true }).check();
    await page.waitForURL((url) => url.searchParams.get("for") === "women-only");
    await page.waitForFunction(() => document.querySelectorAll("ol.finder-results > li").length === 1);
    expect(await resultNames(page)).toEqual([LANTERN]);
  });

  it("points only to a café open now that matches the filters", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/?q=Oakham&for=carers");
    const main = (await page.getByRole("main").textContent()) ?? "";
    expect(main).toMatch(/None of these is open now, and no other café that matches your choices is open now/);
    expect(main).not.toMatch(/Melton Market Evening Café/);
    await page.getByRole("link", { name: "See every café open now" }).click();
    await page.waitForURL((url) => url.searchParams.get("when") === "now" && !url.searchParams.has("for"));
    expect(await resultNames(page)).toContain("Melton Market Evening Café");
  });

  it("ignores filters that are not in the list", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/?for=x,y,z");
    expect(await page.getByText("Filter results", { exact: true }).count()).toBe(1);
    expect(await page.getByText("Your filters:").count()).toBe(0);
    await page.goto("/?q=LE1+6RL&for=x&for=women-only");
    expect(await page.getByText("Filter results (1 chosen)").count()).toBe(1);
    expect(await resultNames(page)).toEqual([LANTERN]);
    expect(await page.getByRole("link", { name: /Remove filter/ }).allTextContents()).toEqual([expect.stringMatching(/Women only/)]);
  });

  it("accessibility: all of the chosen features", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/?q=LE1+6RL&access=hearing-loop&access=accessible-toilet");
    const names = await resultNames(page);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const text = (await result(page, name).textContent()) ?? "";
      expect(text).toMatch(/Hearing loop/);
      expect(text).toMatch(/Accessible toilet/);
    }
    expect(await page.getByLabel("Hearing loop", { exact: true }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, "accessibility filters");
  });
});

describeE2E("when no café is open", () => {
  it("says so plainly at the top, with the urgent help options", async () => {
    const server = await noneOpenServer;
    const page = await newPage({ baseURL: server.url, javaScriptEnabled: false });
    await page.goto("/?q=LE1+6RL");
    const heading = page.getByRole("heading", { name: "No café is open right now" });
    await heading.waitFor();
    const section = page.locator("section.finder-results-section");
    const order = await section.evaluate((el) => [...el.querySelectorAll("h2, article")].map((e) => e.textContent?.trim().slice(0, 40)));
    expect(order[1]).toBe("No café is open right now");
    const card = page.locator(".none-open");
    expect(await card.getByRole("link", { name: "999" }).getAttribute("href")).toBe("tel:999");
    expect(await card.getByRole("link", { name: "111" }).getAttribute("href")).toBe("tel:111");
    expect(await card.getByRole("link", { name: "116 123" }).getAttribute("href")).toBe("tel:116123");
    expect(await card.getByRole("link", { name: "85258" }).getAttribute("href")).toMatch(/^sms:85258/);
    await expect(result(page, LANTERN).textContent()).resolves.toMatch(/Opens Saturday|Next: Saturday/);
    await expectNoAxeViolations(page, "no café open");
  });
});

describeE2E("bank holidays", () => {
  it("on Christmas Day: a café's badge agrees with its note, and Monday's cafés are listed with the bank holiday explained", async () => {
    const server = await christmasServer;
    const page = await newPage({ baseURL: server.url, javaScriptEnabled: false });
    await page.goto("/?q=LE1+6RL");
    const owl = (await result(page, "Night Owl Café").textContent()) ?? "";
    expect(owl).toMatch(/Check first.*Bank holiday today: usually opens at 8pm — check before travelling/s);
    expect(owl).not.toMatch(/Closed/);

    // Monday 28 December is a bank holiday too (Boxing Day's substitute day).
    await page.goto("/?q=LE1+6RL&when=1");
    const main = (await page.getByRole("main").textContent()) ?? "";
    expect(main).toMatch(/Monday 28 December is Boxing Day \(substitute day\), a bank holiday\. Where a café usually opens then but has not said whether it will, it is listed with “check before travelling”/);
    expect(main).not.toMatch(/matches all your filters/);
    const names = await resultNames(page);
    expect(names).toContain("Clarendon Corner Café");
    await expect(result(page, "Clarendon Corner Café").textContent()).resolves.toMatch(/bank holiday — check before travelling/);
    await expectNoAxeViolations(page, "a day filter on a bank holiday");
  });
});
