import { expect, it } from "vitest";
import { describeE2E, expectNoAxeViolations, newPage, setUpBrowser } from "./support/browser";

setUpBrowser();

describeE2E("the app shell on every public page", () => {
  it("renders the home page without JavaScript, with urgent help, quick exit, skip link and attributions", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("complementary", { name: "Urgent help" }).textContent()).resolves.toMatch(/999/);
    expect(await page.getByRole("link", { name: "116 123" }).getAttribute("href")).toBe("tel:116123");
    expect(await page.getByRole("link", { name: "Leave this site quickly" }).getAttribute("href")).toMatch(/^https:/);
    expect(await page.getByRole("link", { name: "Skip to main content" }).getAttribute("href")).toBe("#main-content");
    await expect(page.getByRole("contentinfo").textContent()).resolves.toMatch(/Contains OS data © Crown copyright/);
    await expectNoAxeViolations(page);
  });

  it("sends a strict Content-Security-Policy with a per-response nonce", async () => {
    const page = await newPage();
    const first = await page.goto("/");
    const second = await page.goto("/urgent-help");
    const csp1 = first?.headers()["content-security-policy"] ?? "";
    const csp2 = second?.headers()["content-security-policy"] ?? "";
    expect(csp1).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp1.match(/nonce-([^']+)/)?.[1]).not.toBe(csp2.match(/nonce-([^']+)/)?.[1]);
    expect(first?.headers()["x-content-type-options"]).toBe("nosniff");
  });

  it("answers an unknown address with a helpful 404 that keeps the urgent help and offers a search", async () => {
    const page = await newPage();
    const response = await page.goto("/no-such-page-here");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Page not found");
    await expect(page.getByLabel("Postcode, town or village").count()).resolves.toBe(1);
    await expect(page.getByRole("complementary", { name: "Urgent help" }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
  });
});
