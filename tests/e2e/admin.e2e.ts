import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeE2E, expectNoAxeViolations, newPage, sendForm, setUpBrowser, signedIn } from "./support/browser";

setUpBrowser();

/**
 * The administrators' café pages in a real browser, with axe on each, also when a form is refused:
 * the tag lists, the cafés, a new café, one café's status and managers, and the stale-listings page.
 * Nothing here changes the demo data (refused forms save nothing).
 */
async function signedInAdmin(): Promise<Page> {
  const page = await newPage();
  await signedIn(page, "admin@example.org");
  return page;
}

async function submit(page: Page, name: string) {
  await sendForm(page, () => page.getByRole("button", { name, exact: true }).click());
}

/** Sends a form the page's own checks refuse: nothing is sent, and the error summary appears. */
async function refusedInBrowser(page: Page, name: string) {
  await page.getByRole("button", { name, exact: true }).click();
  await page.locator(".nhsuk-error-summary").waitFor();
}

describeE2E("café administration pages", () => {
  it("the tag lists, also with a refused rename", async () => {
    const admin = await signedInAdmin();
    await admin.goto("/admin/tags");
    await admin.getByRole("heading", { level: 1, name: "Lists of audiences, languages and access features" }).waitFor();
    await expectNoAxeViolations(admin, "tag lists");
    await admin.getByLabel("New name for Polish").fill("Urdu");
    await submit(admin, "Rename Polish");
    await admin.locator(".nhsuk-error-message", { hasText: /already/ }).waitFor();
    expect(await admin.getByLabel("New name for Polish").inputValue()).toBe("Urdu");
    await expectNoAxeViolations(admin, "tag lists with an error");
  });

  it("the cafés, a new café and one café, also with refused forms", async () => {
    const admin = await signedInAdmin();
    await admin.goto("/admin/cafes");
    await admin.getByRole("heading", { level: 1, name: "Cafés" }).waitFor();
    await expectNoAxeViolations(admin, "admin cafés");

    await admin.goto("/admin/cafes/new");
    await admin.getByRole("heading", { level: 1, name: "Add a café" }).waitFor();
    await expectNoAxeViolations(admin, "new café");
    await admin.getByLabel("Postcode").fill("ZZ9 9ZZ");
    await refusedInBrowser(admin, "Add café");
    await admin.locator("#field-name-error").waitFor();
    await expectNoAxeViolations(admin, "new café with errors");

    await admin.goto("/admin/cafes");
    const href = await admin.getByRole("link", { name: "Night Owl Café" }).getAttribute("href");
    await admin.goto(String(href));
    await admin.getByRole("heading", { level: 1, name: "Night Owl Café" }).waitFor();
    await expectNoAxeViolations(admin, "admin café");
    await admin.getByLabel("Email address").fill("not an address");
    await refusedInBrowser(admin, "Send invitation");
    await admin.locator("#field-email-error").waitFor();
    await expectNoAxeViolations(admin, "admin café with an error");
  });

  it("the stale listings as an admin, with the reminder button", async () => {
    const admin = await signedInAdmin();
    await admin.goto("/manage/stale");
    await admin.getByRole("heading", { level: 1, name: "Hours not checked recently" }).waitFor();
    await admin.getByRole("button", { name: "Send due reminders now" }).waitFor();
    await expectNoAxeViolations(admin, "stale list (admin)");
  });
});
