import { expect, it } from "vitest";
import { describeE2E, expectNoAxeViolations, newPage, setUpBrowser, signIn } from "./support/browser";

setUpBrowser();

/** Each demo role signs in through the form and lands on its own home. */
const HOMES = [
  { email: "admin@example.org", path: "/admin", heading: /^Administration$/ },
  { email: "officer@example.org", path: "/grants", heading: /^Grants$/ },
  { email: "panel@example.org", path: "/panel", heading: /^Grant panel$/ },
  { email: "vcs@example.org", path: "/organisation", heading: /^Your organisation/ },
  { email: "commissioner@example.org", path: "/coverage", heading: /^Coverage of the café network$/ },
  { email: "cap@example.org", path: "/cap", heading: /^Book a café place for a caller$/ },
  { email: "cafe@example.org", path: "/manage", heading: /^Your cafés$/ },
] as const;

describeE2E("each role's home", () => {
  it.each(HOMES)("$email lands on $path", async ({ email, path, heading }) => {
    const page = await newPage();
    await signIn(page, email);
    expect(new URL(page.url()).pathname).toBe(path);
    // Waits for the page to render after the client-side navigation.
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    await expectNoAxeViolations(page, `${email} home`);
    // Everyone has an account page, reached from the header.
    await page.getByRole("link", { name: "Your account" }).click();
    await page.waitForURL("**/account");
    await page.getByRole("heading", { level: 1, name: "Your account", exact: true }).waitFor();
    await page.getByText(email, { exact: true }).first().waitFor();
  });

  it("the grant officer's home leads to the rounds, the organisations to verify and the awards", async () => {
    const page = await newPage();
    await signIn(page, "officer@example.org");
    await page.locator('main a[href="/grants/rounds"]').first().waitFor();
    expect(await page.locator('main a[href="/grants/rounds"]').count()).toBe(1);
    expect(await page.locator('main a[href="/grants/organisations"]').count()).toBe(1);
    expect(await page.locator('main a[href="/grants/awards"]').count()).toBe(1);
  });

  it("an organisation member cannot open another organisation's page", async () => {
    const page = await newPage();
    await signIn(page, "vcs@example.org");
    const response = await page.goto("/organisation?org=someone-elses-organisation");
    expect(response?.status()).toBe(403);
    await page.getByRole("heading", { level: 1, name: "You do not have access to this page", exact: true }).waitFor();
    // The site's page, with its title and ways on: their own home, signing out, the finder.
    expect(await page.title()).toBe("You do not have access to this page – Café Network");
    expect(await page.getByRole("link", { name: "Go to your home page" }).getAttribute("href")).toBe("/organisation");
    expect(await page.getByRole("link", { name: "Sign out, to sign in with another account" }).getAttribute("href")).toBe("/sign-out");
    expect(await page.getByRole("link", { name: "Find a café near you" }).getAttribute("href")).toBe("/");
    await expectNoAxeViolations(page, "403 page");
  });

  it("a role without access gets 403, and anonymous people are sent to sign in and back", async () => {
    const officer = await newPage();
    await signIn(officer, "officer@example.org");
    expect((await officer.goto("/admin/users"))?.status()).toBe(403);

    const anonymous = await newPage();
    await anonymous.goto("/admin/outbox");
    expect(new URL(anonymous.url()).pathname).toBe("/sign-in");
    expect(new URL(anonymous.url()).searchParams.get("redirectTo")).toBe("/admin/outbox");
    await anonymous.getByLabel("Email address").fill("admin@example.org");
    await anonymous.getByLabel("Password", { exact: true }).fill("cafe-network-demo");
    await Promise.all([anonymous.waitForURL("**/admin/outbox"), anonymous.getByRole("button", { name: "Sign in" }).click()]);
    await anonymous.getByRole("heading", { level: 1, name: "Email outbox", exact: true }).waitFor();
  });
});
