import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeE2E, expectNoAxeViolations, newPage, setUpBrowser, signedIn } from "./support/browser";

setUpBrowser();

/**
 * The admins' forms (invitations, tag lists, new cafés) with and without JavaScript: without it, the
 * server's answer puts each message next to its field, lists them in the error summary and keeps what
 * was typed; with it, the same rules run as the admin leaves a field and corrects it, and a form the
 * rules refuse is not sent but shows the summary. Nothing here changes the demo data.
 */
async function signedInAdmin(javaScriptEnabled = true): Promise<Page> {
  const page = await newPage({ javaScriptEnabled });
  await signedIn(page, "admin@example.org");
  return page;
}

/** Opens a page and waits until its scripts have taken over the forms. */
async function openWithScripts(page: Page, path: string) {
  await page.goto(path);
  await page.waitForFunction(() => "__remixRouter" in window);
  await page.waitForLoadState("networkidle");
}

/** Every form the page sends from now on. */
function postsOf(page: Page): string[] {
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  return posts;
}

async function sendWithoutScripts(page: Page, button: string) {
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    page.getByRole("button", { name: button, exact: true }).click(),
  ]);
  await page.waitForLoadState("load");
}

async function summaryHasFocus(page: Page) {
  await page.waitForFunction(() => document.activeElement?.classList.contains("nhsuk-error-summary") === true);
}

describeE2E("the admins' forms", () => {
  it("without JavaScript, a refused invitation shows each message by its field and in the summary, keeping what was typed", async () => {
    const admin = await signedInAdmin(false);
    await admin.goto("/admin/users");
    await admin.getByLabel("Email address").fill("not an address");
    await admin.getByLabel("Role").selectOption("organisation-member");
    await sendWithoutScripts(admin, "Send invitation");

    expect(await admin.locator("#field-email-error").textContent()).toMatch(/Enter an email address in the correct format/);
    expect(await admin.locator("#field-organisationId-error").textContent()).toMatch(/Choose the organisation this person will act for/);
    const summary = admin.locator(".nhsuk-error-summary");
    expect(await summary.textContent()).toMatch(/Email address: Enter an email address/);
    expect(await summary.getByRole("link", { name: /Organisation: Choose the organisation/ }).getAttribute("href")).toBe("#field-organisationId");
    expect(await admin.getByLabel("Email address").inputValue()).toBe("not an address");
    expect(await admin.getByLabel("Role").inputValue()).toBe("organisation-member");
    await expectNoAxeViolations(admin, "users page after a refused invitation");
  });

  it("without JavaScript, a refused new café keeps what was typed", async () => {
    const admin = await signedInAdmin(false);
    await admin.goto("/admin/cafes/new");
    await admin.getByLabel("Café name").fill("Half-typed Café");
    await admin.getByLabel("Postcode").fill("ZZ9 9ZZ");
    await sendWithoutScripts(admin, "Add café");

    expect(await admin.locator("#field-organisationId-error").textContent()).toMatch(/Choose the organisation that runs the café/);
    expect(await admin.locator("#field-town-error").count()).toBe(1);
    expect(await admin.locator(".nhsuk-error-summary").count()).toBe(1);
    expect(await admin.getByLabel("Café name").inputValue()).toBe("Half-typed Café");
    expect(await admin.getByLabel("Postcode").inputValue()).toBe("ZZ9 9ZZ");
  });

  it("with JavaScript, the invitation is checked as the admin types, and a refused one shows the summary", async () => {
    const admin = await signedInAdmin();
    await openWithScripts(admin, "/admin/users");
    const posts = postsOf(admin);
    const email = admin.getByLabel("Email address");

    // Leaving the field with a bad address shows the message next to it, and no summary yet.
    await email.fill("not an address");
    await email.blur();
    await admin.locator("#field-email-error", { hasText: "Enter an email address in the correct format" }).waitFor();
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    expect(await admin.locator(".nhsuk-error-summary").count()).toBe(0);

    // Correcting it takes the message away.
    await email.fill("someone.new@example.org");
    await admin.locator("#field-email-error").waitFor({ state: "detached" });

    // Sending it without the organisation its role needs: not sent; the summary lists what to fix and takes the focus.
    await admin.getByLabel("Role").selectOption("organisation-member");
    await admin.getByRole("button", { name: "Send invitation", exact: true }).click();
    const summary = admin.locator(".nhsuk-error-summary");
    await summary.waitFor();
    await summaryHasFocus(admin);
    expect(await summary.textContent()).toMatch(/Organisation: Choose the organisation this person will act for/);
    await admin.locator("#field-organisationId-error").waitFor();
    expect(posts).toEqual([]);
    await expectNoAxeViolations(admin, "users page with an invitation refused in the browser");

    // What only the server knows (who already has a role) comes back the same way.
    await email.fill("admin@example.org");
    await admin.getByLabel("Role").selectOption("admin");
    await Promise.all([
      admin.waitForResponse((r) => r.request().method() === "POST"),
      admin.getByRole("button", { name: "Send invitation", exact: true }).click(),
    ]);
    await admin.locator("#field-email-error", { hasText: "admin@example.org already has this role" }).waitFor();
    await summary.getByText(/already has this role/).waitFor();
    expect(await admin.locator("#field-organisationId-error").count()).toBe(0);
    expect(await email.inputValue()).toBe("admin@example.org");
    await expectNoAxeViolations(admin, "users page with an invitation refused by the server");
  });

  it("with JavaScript, each tag's rename form is checked on its own, and the summary links to the refused one", async () => {
    const admin = await signedInAdmin();
    await openWithScripts(admin, "/admin/tags");
    const posts = postsOf(admin);
    const polish = admin.getByLabel("New name for Polish");
    const inputId = await polish.getAttribute("id");

    await polish.fill("");
    await polish.blur();
    await admin.locator(`#${inputId}-error`, { hasText: "Enter a name" }).waitFor();
    expect(await admin.locator(".nhsuk-error-message").count()).toBe(1);
    await polish.fill("Polski");
    await admin.locator(`#${inputId}-error`).waitFor({ state: "detached" });

    await polish.fill("");
    await admin.getByRole("button", { name: "Rename Polish", exact: true }).click();
    const summary = admin.locator(".nhsuk-error-summary");
    await summary.waitFor();
    await summaryHasFocus(admin);
    expect(await summary.getByRole("link", { name: "Enter a name" }).getAttribute("href")).toBe(`#${inputId}`);
    expect(posts).toEqual([]);
    await expectNoAxeViolations(admin, "tag lists with a rename refused in the browser");
  });
  it("without JavaScript, a tag renamed to nothing comes back empty with its message, not with the old name", async () => {
    const admin = await signedInAdmin(false);
    await admin.goto("/admin/tags");
    const polish = admin.getByLabel("New name for Polish");
    const inputId = await polish.getAttribute("id");
    await polish.fill("");
    await sendWithoutScripts(admin, "Rename Polish");
    expect(await admin.locator(`#${inputId}-error`).textContent()).toContain("Enter a name");
    expect(await admin.getByLabel("New name for Polish").inputValue()).toBe("");
    expect(await admin.locator(".nhsuk-error-summary").textContent()).toContain("Enter a name");
  });
});
