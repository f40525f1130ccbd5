import { expect, it } from "vitest";
import {
  describeE2E,
  e2e,
  expectNoAxeViolations,
  firstLink,
  newPage,
  setUpBrowser,
  signIn,
  waitForEmail,
} from "./support/browser";

setUpBrowser();

describeE2E("signing in", () => {
  it("the sign-in page passes axe, with and without an error", async () => {
    const page = await newPage();
    await page.goto("/sign-in");
    await expectNoAxeViolations(page, "sign-in");
    await page.getByLabel("Email address").fill("admin@example.org");
    await page.getByLabel("Password", { exact: true }).fill("not the password");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    expect(response.status()).toBe(400);
    await expect(page.getByRole("alert").first().textContent()).resolves.toContain("Enter a correct email address and password");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await expectNoAxeViolations(page, "sign-in with an error");
  });

  it("works with JavaScript disabled, and signing out is a POST", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await signIn(page, "officer@example.org");
    expect(new URL(page.url()).pathname).toBe("/grants");
    await page.getByRole("heading", { level: 1, name: "Grants", exact: true }).waitFor();

    // Visiting /sign-out does not sign anyone out.
    await page.goto("/sign-out");
    await page.goto("/grants");
    expect(new URL(page.url()).pathname).toBe("/grants");

    await page.goto("/sign-out");
    await Promise.all([page.waitForURL("**/sign-out"), page.getByRole("main").getByRole("button", { name: "Sign out" }).click()]);
    await page.getByRole("heading", { level: 1, name: "You have signed out", exact: true }).waitFor();
    await page.goto("/grants");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });

  it("a wrong password without JavaScript shows the same message next to the form", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill("nobody-here@example.org");
    await page.getByLabel("Password", { exact: true }).fill("whatever it is");
    await Promise.all([page.waitForLoadState("load"), page.getByRole("button", { name: "Sign in" }).click()]);
    await page.getByText("Enter a correct email address and password").first().waitFor();
    expect(await page.getByLabel("Email address").inputValue()).toBe("nobody-here@example.org");
    expect(await page.getByLabel("Password", { exact: true }).inputValue()).toBe("");
  });
});

describeE2E("joining and resetting a password, by email", () => {
  it("a form too large to send, even sent in chunks, gets the form back with a message that says what to do", async () => {
    const huge = `email=a%40example.org&password=${"x".repeat(3_000_000)}`;
    // Sent in chunks, without a Content-Length: the server stops reading at the limit and answers.
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(huge);
        for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.subarray(i, i + 64 * 1024));
        controller.close();
      },
    });
    const signInResponse = await fetch(`${e2e.baseUrl}/sign-in`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: chunked,
      duplex: "half",
    } as RequestInit);
    expect(signInResponse.status).toBe(413);
    const signInPage = await signInResponse.text();
    expect(signInPage).toMatch(/<h1>Sign in<\/h1>/);
    expect(signInPage).toContain("The form was too large to send, so nothing was saved. Shorten the longest text you typed");

    // The invitation page too: the message above the page, with the urgent help.
    const other = await fetch(`${e2e.baseUrl}/invitations/some-token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: huge,
    });
    expect(other.status).toBe(413);
    const otherPage = await other.text();
    expect(otherPage).toContain("The form was too large to send, so nothing was saved. Shorten the longest text you typed");
    expect(otherPage).toContain("116 123");

    const malformed = await fetch(`${e2e.baseUrl}/sign-in`, {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=----cafe" },
      body: "not multipart",
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toContain("The form could not be read, so nothing was saved.");
  });

  it("an admin invites someone, who creates an account, forgets the password and resets it", async () => {
    const newcomer = `newcomer-${Date.now()}@example.org`;

    // The admin invites a panel member.
    const admin = await newPage();
    await signIn(admin, "admin@example.org");
    await admin.goto("/admin/users");
    await expectNoAxeViolations(admin, "admin users");
    await admin.getByLabel("Email address").fill(newcomer);
    await admin.getByLabel("Role").selectOption("panel-member");
    await Promise.all([admin.waitForURL("**/admin/users?done=invited"), admin.getByRole("button", { name: "Send invitation" }).click()]);
    await admin.getByRole("rowheader", { name: newcomer }).first().waitFor();

    // The invitation arrives through the outbox and the email provider.
    const invitation = await waitForEmail(newcomer, /invited you to Café Network/);
    const invitationLink = firstLink(invitation.text);
    expect(invitationLink).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);

    // The newcomer accepts without JavaScript.
    const person = await newPage({ javaScriptEnabled: false });
    await person.goto(invitationLink);
    await person.getByText("as Grant panel member").first().waitFor();
    await person.getByLabel("Your full name").fill("Nia Campbell");
    await person.getByLabel("New password", { exact: true }).fill("first password here");
    await person.getByLabel("Enter the new password again").fill("first password here");
    await Promise.all([person.waitForURL("**/panel"), person.getByRole("button", { name: "Create account and accept" }).click()]);
    await person.getByRole("heading", { level: 1, name: "Grant panel", exact: true }).waitFor();

    // Later they forget the password.
    const forgetful = await newPage();
    await forgetful.goto("/forgot-password");
    await expectNoAxeViolations(forgetful, "forgot password");
    await forgetful.getByLabel("Email address").fill(newcomer);
    await Promise.all([forgetful.waitForURL("**/forgot-password?sent=1"), forgetful.getByRole("button", { name: "Send the link" }).click()]);
    await forgetful.getByRole("heading", { level: 1, name: "Check your email", exact: true }).waitFor();
    await expectNoAxeViolations(forgetful, "check your email");

    const resetEmail = await waitForEmail(newcomer, /Reset your Café Network password/);
    const resetLink = firstLink(resetEmail.text);
    expect(resetLink).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}$/);
    await forgetful.goto(resetLink);
    await forgetful.getByRole("heading", { level: 1, name: "Set a new password", exact: true }).waitFor();
    await expectNoAxeViolations(forgetful, "reset password");

    await forgetful.getByLabel("New password", { exact: true }).fill("second password here");
    await forgetful.getByLabel("Enter the new password again").fill("does not match");
    await forgetful.getByRole("button", { name: "Set new password" }).click();
    await forgetful.getByText("The passwords do not match").first().waitFor();
    await expectNoAxeViolations(forgetful, "reset password with an error");

    await forgetful.getByLabel("New password", { exact: true }).fill("second password here");
    await forgetful.getByLabel("Enter the new password again").fill("second password here");
    await Promise.all([forgetful.waitForURL("**/account?notice=password-reset"), forgetful.getByRole("button", { name: "Set new password" }).click()]);
    await forgetful.getByText("Your new password is set").first().waitFor();

    // The old session (the first browser) has ended; the link does not work twice; the new password works.
    await person.goto("/panel");
    expect(new URL(person.url()).pathname).toBe("/sign-in");
    const again = await newPage();
    await again.goto(resetLink);
    await again.getByRole("heading", { level: 1, name: "This link has already been used", exact: true }).waitFor();
    await expectNoAxeViolations(again, "used reset link");
    await signIn(again, newcomer, "second password here");
    expect(new URL(again.url()).pathname).toBe("/panel");
  });

  it("the outbox shows the emails to admins, each one readable in full", async () => {
    // Make sure there is an email: ask for a reset link (nothing changes until the link is used).
    const visitor = await newPage({ javaScriptEnabled: false });
    await visitor.goto("/forgot-password");
    await visitor.getByLabel("Email address").fill("cap@example.org");
    await Promise.all([visitor.waitForURL("**/forgot-password?sent=1"), visitor.getByRole("button", { name: "Send the link" }).click()]);
    await waitForEmail("cap@example.org", /Reset your Café Network password/);

    const admin = await newPage();
    await signIn(admin, "admin@example.org");
    await admin.goto("/admin/outbox");
    await admin.getByRole("heading", { level: 1, name: "Email outbox", exact: true }).waitFor();
    await expectNoAxeViolations(admin, "outbox");
    await admin.getByRole("link", { name: /\(read the email\)/ }).first().click();
    await admin.getByRole("heading", { level: 3, name: "Text of the email" }).waitFor();
    expect(await admin.locator(".admin-email-text").textContent()).toMatch(/\S/);
    await expectNoAxeViolations(admin, "one email in the outbox");
  });
});
