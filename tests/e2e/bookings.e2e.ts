import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeE2E, e2e, expectNoAxeViolations, newPage, setUpBrowser, signIn, signedIn } from "./support/browser";
import { startAppServer, type AppServer } from "./support/server";

setUpBrowser();

/**
 * Central Access Point bookings in a real browser, against a server of its own ("now" pinned to
 * Wednesday 25 November 2026, 6:30pm), so that its whole log can be read afterwards for callers' details.
 * The CAP books a place at Beaumont Leys Living Room Café (managed by cafe@example.org) with JavaScript off
 * and on; the café marks the first caller arrived; the CAP cancels the second and the café sees why.
 */
const CAFE = "Beaumont Leys Living Room Café";
const CALLERS = [
  { name: "Zed Q", phone: "07700 900456", needs: "Needs a quiet room" },
  { name: "Yan W", phone: "0116 496 0123", needs: "Speaks Polish" },
];

let server: AppServer;
beforeAll(async () => {
  if (!e2e.browserPath) return;
  server = await startAppServer({ baseDatabase: e2e.baseDatabase, directory: path.join(e2e.runDirectory, `bookings-${Date.now()}`) });
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

async function book(page: Page, caller: (typeof CALLERS)[number]): Promise<string> {
  await page.goto("/cap");
  await page.getByLabel("Caller's postcode, town or village, or GP surgery").fill("LE4 0SE");
  await page.getByRole("button", { name: "Find cafés" }).click();
  await page.getByRole("heading", { name: /Sessions with places for a caller near/ }).waitFor();
  await expectNoAxeViolations(page, "(sessions found)");
  const option = page.locator(".cap-options > li", { hasText: CAFE }).first();
  await option.getByRole("link", { name: /Book/ }).click();
  await page.getByRole("heading", { name: "Book a place" }).waitFor();
  expect(await page.getByText("Do not record clinical details").count()).toBe(1);
  await expectNoAxeViolations(page, "(booking form)");
  await page.getByLabel("Caller's first name or initials").fill(caller.name);
  await page.getByLabel("Call-back number (optional)").fill(caller.phone);
  await page.getByLabel("What the caller needs (optional)").fill(caller.needs);
  await page.getByLabel("The caller agrees").check();
  await page.getByRole("button", { name: "Book this place" }).click();
  const heading = page.getByRole("heading", { name: /^Booked: reference [A-Z0-9]{6}$/ });
  await heading.waitFor();
  const reference = ((await heading.textContent()) ?? "").slice(-6);
  expect(await page.locator(".cap-summary").textContent()).toContain(reference);
  await expectNoAxeViolations(page, "(booked)");
  return reference;
}

describeE2E("the Central Access Point books café places", () => {
  it("books with JavaScript off and on; the café marks arrival and sees the CAP's reason for a cancellation; no caller details in the log", async () => {
    const withoutJs = await newPage({ baseURL: server.url, javaScriptEnabled: false });
    await signedIn(withoutJs, "cap@example.org");
    // A refused form comes back with what was typed and the messages by the fields.
    await withoutJs.goto("/cap?q=LE4+0SE");
    await withoutJs.locator(".cap-options > li", { hasText: CAFE }).first().getByRole("link", { name: /Book/ }).click();
    await withoutJs.getByLabel("Call-back number (optional)").fill("12345");
    await withoutJs.getByRole("button", { name: "Book this place" }).click();
    await withoutJs.locator(".nhsuk-error-summary").waitFor();
    expect(await withoutJs.getByLabel("Call-back number (optional)").inputValue()).toBe("12345");
    await expectNoAxeViolations(withoutJs, "(refused booking)");
    const first = await book(withoutJs, CALLERS[0]!);

    const withJs = await newPage({ baseURL: server.url });
    await signedIn(withJs, "cap@example.org");
    const second = await book(withJs, CALLERS[1]!);
    await withJs.getByLabel("Why is it cancelled?").fill("Caller is safe at home tonight");
    await withJs.getByRole("button", { name: "Cancel booking" }).click();
    await withJs.getByText("Cancelled by the Central Access Point: Caller is safe at home tonight").waitFor();

    const cafe = await newPage({ baseURL: server.url });
    await signIn(cafe, "cafe@example.org");
    await cafe.goto("/manage");
    const href = await cafe.getByRole("link", { name: CAFE }).getAttribute("href");
    await cafe.goto(`${href}/bookings`);
    await cafe.getByRole("heading", { name: "Bookings from the Central Access Point" }).waitFor();
    const arriving = cafe.locator(`#booking-${first}`);
    expect(await arriving.textContent()).toContain(CALLERS[0]!.name);
    await expectNoAxeViolations(cafe, "(café bookings)");
    await arriving.getByRole("button", { name: `Arrived for ${first}` }).click();
    await cafe.getByText("Saved.").waitFor();
    expect(await cafe.locator(`#booking-${first}`).textContent()).toMatch(/Status\s*Arrived/);
    expect(await cafe.locator(`#booking-${second}`).textContent()).toContain("Cancelled by the Central Access Point: Caller is safe at home tonight");

    // Commissioners see counts only.
    const commissioner = await newPage({ baseURL: server.url });
    await signIn(commissioner, "commissioner@example.org");
    await commissioner.goto("/coverage/bookings");
    const counts = (await commissioner.getByRole("main").textContent()) ?? "";
    expect(counts).toContain(CAFE);
    for (const caller of CALLERS) expect(counts).not.toContain(caller.name);
    await expectNoAxeViolations(commissioner, "(booking counts)");

    const log = server.output();
    for (const caller of CALLERS) {
      for (const detail of [caller.name, caller.phone, caller.phone.replace(/\s/g, ""), caller.needs]) expect(log).not.toContain(detail);
    }
  }, 120_000);
});
