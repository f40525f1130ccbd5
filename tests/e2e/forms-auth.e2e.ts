import { expect, it } from "vitest";
import { describeE2E, expectNoAxeViolations, firstLink, newPage, setUpBrowser, signIn, waitForEmail } from "./support/browser";

setUpBrowser();

/**
 * The account forms (sign in, forgotten password, change password) run on one form system: the form's
 * schema checks what is sent on the server, and, with JavaScript, the same schema checks each field as the
 * person leaves it and corrects it. Without JavaScript nothing is lost: the page comes back with the
 * message next to the field, the summary above, and what was typed (never a password).
 */
describeE2E("account forms", () => {
  it("without JavaScript: a bad email address comes back with its message, the summary and what was typed", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/forgot-password");
    await page.getByLabel("Email address").fill("not-an-address");
    await Promise.all([page.waitForLoadState("load"), page.getByRole("button", { name: /send/i }).click()]);
    const field = page.locator("#field-email");
    expect(await field.inputValue()).toBe("not-an-address");
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    const message = await page.locator("#field-email-error").textContent();
    expect(message).toContain("Enter an email address in the correct format");
    expect(await page.locator(".nhsuk-error-summary").textContent()).toContain("Enter an email address in the correct format");
    await expectNoAxeViolations(page, "forgotten password with an error, no JavaScript");
  });

  it("with JavaScript: a field is checked when the person leaves it, and again as they correct it", async () => {
    const page = await newPage();
    await page.goto("/sign-in");
    const email = page.locator("#field-email");
    await email.fill("someone@");
    await page.locator("#field-password").focus();
    const error = page.locator("#field-email-error");
    await error.waitFor();
    expect(await error.textContent()).toContain("Enter an email address in the correct format");
    // No summary while typing: it appears only when the form is sent.
    expect(await page.locator(".nhsuk-error-summary").count()).toBe(0);

    await email.fill("someone@example.org");
    await error.waitFor({ state: "detached" });
    expect(await email.getAttribute("aria-invalid")).toBeNull();
    await expectNoAxeViolations(page, "sign-in after a live check");
  });

  it("with JavaScript: sending a form the schema refuses sends nothing and shows the summary, which takes the focus", async () => {
    const page = await newPage();
    await signIn(page, "cafe@example.org");
    await page.goto("/account");
    const posts: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") posts.push(request.url());
    });
    await page.getByLabel("Current password").fill("cafe-network-demo");
    await page.getByLabel("New password", { exact: true }).fill("short");
    await page.getByLabel("Enter the new password again").fill("different");
    await page.getByRole("button", { name: "Change password" }).click();
    const summary = page.locator(".nhsuk-error-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("at least 10 characters");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("nhsuk-error-summary"))).toBe(true);
    expect(await page.locator("#field-confirm-error").textContent()).toContain("do not match");
    expect(posts).toEqual([]);
    await expectNoAxeViolations(page, "account with errors");
  });

  it("with JavaScript: the server's refusal (a wrong password) shows like the schema's, keeping the email", async () => {
    const page = await newPage();
    await page.goto("/sign-in");
    await page.locator("#field-email").fill("admin@example.org");
    await page.locator("#field-password").fill("not the password");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    expect(response.status()).toBe(400);
    await page.locator(".nhsuk-error-summary").waitFor();
    expect(await page.locator("#field-email-error").textContent()).toContain("Enter a correct email address and password");
    expect(await page.locator("#field-email").inputValue()).toBe("admin@example.org");
  });
  it("without JavaScript: a password the reset form refuses keeps the form, with the message next to the field, and the link still works", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/forgot-password");
    await page.getByLabel("Email address").fill("panel@example.org");
    await Promise.all([page.waitForURL("**/forgot-password?sent=1"), page.getByRole("button", { name: "Send the link" }).click()]);
    const link = firstLink((await waitForEmail("panel@example.org", /Reset your Café Network password/)).text);
    await page.goto(link);
    await page.getByLabel("New password", { exact: true }).fill("short");
    await page.getByLabel("Enter the new password again").fill("short");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: /password/i }).click(),
    ]);
    expect(response.status()).toBe(400);
    await page.waitForLoadState("load");
    expect(await page.locator("#field-password-error").textContent()).toContain("at least 10 characters");
    expect(await page.locator(".nhsuk-error-summary").textContent()).toContain("at least 10 characters");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).not.toMatch(/does not work|not valid/i);
    await expectNoAxeViolations(page, "reset password with an error, no JavaScript");
  });

  it("with JavaScript: the change-password form checks the new password as the person leaves the field, without a script error", async () => {
    const page = await newPage();
    const scriptErrors: string[] = [];
    page.on("pageerror", (error) => scriptErrors.push(error.message));
    await signIn(page, "commissioner@example.org");
    await page.goto("/account");
    await page.getByLabel("New password", { exact: true }).fill("short");
    await page.getByLabel("Enter the new password again").focus();
    const error = page.locator("#field-password-error");
    await error.waitFor();
    expect(await error.textContent()).toContain("at least 10 characters");
    expect(scriptErrors).toEqual([]);
  });
});
