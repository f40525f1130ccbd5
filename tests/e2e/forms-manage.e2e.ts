import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeE2E, expectNoAxeViolations, newPage, setUpBrowser, signedIn } from "./support/browser";

setUpBrowser();

/**
 * The café team's forms check what is typed with the same rules on both sides: without JavaScript the
 * server answers with the messages next to the fields and the error summary, keeping what was typed;
 * with JavaScript each field is checked when the person leaves it, the message goes once it is
 * corrected, and a form the rules refuse is not sent: the summary lists what to fix. Nothing is saved.
 */
async function sessionsPage(javaScriptEnabled: boolean): Promise<Page> {
  const page = await newPage({ javaScriptEnabled });
  await signedIn(page, "cafe@example.org");
  await page.goto("/manage");
  const href = await page.getByRole("link", { name: "Beaumont Leys Living Room Café" }).getAttribute("href");
  if (!href) throw new Error("No link to the café on /manage");
  await page.goto(`${href}/sessions`);
  await page.getByRole("heading", { level: 1, name: "Weekly sessions" }).waitFor();
  return page;
}

const summary = (page: Page) => page.locator(".nhsuk-error-summary");

describeE2E("the café team's forms", () => {
  it("without JavaScript, a bad value sent comes back next to its field and in the summary, with everything typed", async () => {
    const page = await sessionsPage(false);
    await page.getByLabel("Start time").fill("19:00");
    await page.getByLabel("End time").fill("21:30");
    await page.getByLabel("Central Access Point places (optional)").fill("3e");
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.status() === 400),
      page.getByRole("button", { name: "Add session", exact: true }).click(),
    ]);
    await page.waitForLoadState("load");

    const placesError = page.locator("#field-capPlaces-error");
    expect(await placesError.textContent()).toMatch(/Enter a whole number of places from 0 to 20/);
    expect(await page.locator("#field-dayOfWeek-error").textContent()).toMatch(/Choose a day of the week/);
    expect(await page.getByLabel("Central Access Point places (optional)").getAttribute("aria-invalid")).toBe("true");
    const listed = (await summary(page).textContent()) ?? "";
    expect(listed).toMatch(/There is a problem/);
    expect(listed).toMatch(/Enter a whole number of places from 0 to 20/);
    expect(await summary(page).locator('a[href="#field-capPlaces"]').count()).toBe(1);

    expect(await page.getByLabel("Central Access Point places (optional)").inputValue()).toBe("3e");
    expect(await page.getByLabel("Start time").inputValue()).toBe("19:00");
    expect(await page.getByLabel("End time").inputValue()).toBe("21:30");
    await expectNoAxeViolations(page, "sessions refused without JavaScript");
  });

  it("with JavaScript, checks a field when it is left, clears the message once corrected, and refuses to send a bad form", async () => {
    const page = await sessionsPage(true);
    // Hydrated: the page's script handles the form.
    await page.waitForFunction(() => {
      const button = document.querySelector('button[value="add"]');
      return !!button && Object.keys(button).some((key) => key.startsWith("__reactProps"));
    });
    const places = page.getByLabel("Central Access Point places (optional)");
    const placesError = page.locator("#field-capPlaces-error");

    // Left with a bad value: the message shows next to the field, nothing is sent, no summary yet.
    let posts = 0;
    page.on("request", (request) => {
      if (request.method() === "POST") posts += 1;
    });
    await places.fill("3e");
    await places.blur();
    await placesError.waitFor();
    expect(await placesError.textContent()).toMatch(/Enter a whole number of places from 0 to 20/);
    expect(await places.getAttribute("aria-invalid")).toBe("true");
    expect(await summary(page).count()).toBe(0);

    // Corrected: the message goes as the person types.
    await places.fill("3");
    await placesError.waitFor({ state: "detached" });
    expect(await places.getAttribute("aria-invalid")).toBeNull();

    // Sent with a missing day and start time: refused in the page, the summary lists them and takes the focus.
    await page.getByLabel("End time").fill("21:30");
    await page.getByRole("button", { name: "Add session", exact: true }).click();
    await summary(page).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains("nhsuk-error-summary"));
    const listed = (await summary(page).textContent()) ?? "";
    expect(listed).toMatch(/Choose a day of the week/);
    expect(listed).toMatch(/Enter the start time/);
    expect(await page.locator("#field-dayOfWeek-error").textContent()).toMatch(/Choose a day of the week/);
    expect(await places.inputValue()).toBe("3");
    expect(posts).toBe(0);
    await expectNoAxeViolations(page, "sessions refused in the page");

    // The usual number of places is its own form: a bad value there is checked on its own.
    const usual = page.getByLabel("Places per session");
    await usual.fill("lots");
    await usual.blur();
    expect(await page.locator("#field-capPlacesDefault-error").textContent()).toMatch(/Enter a whole number of places from 0 to 20/);
    expect(await page.locator("#field-capPlaces-error").count()).toBe(0);
    expect(posts).toBe(0);
    // Sent anyway, it shows its own summary, which takes the focus, as every other form does.
    await page.getByRole("button", { name: "Save places", exact: true }).click();
    const usualSummary = page.locator("form", { has: usual }).locator(".nhsuk-error-summary");
    await usualSummary.waitFor();
    expect(await usualSummary.textContent()).toMatch(/Enter a whole number of places from 0 to 20/);
    await page.waitForFunction(() => {
      const focused = document.activeElement;
      return focused?.classList.contains("nhsuk-error-summary") === true && focused.closest("form")?.querySelector("[name=capPlacesDefault]") != null;
    });
    expect(posts).toBe(0);
  });
});
