import { expect, it } from "vitest";
import { describeE2E, expectNoAxeViolations, newPage, setUpBrowser, signedIn } from "./support/browser";

setUpBrowser();

describeE2E("Central Access Point staff find cafés for a caller", () => {
  it("signs in, searches a caller's postcode and sees today's sessions with the places they may book", async () => {
    const page = await newPage();
    await signedIn(page, "cap@example.org");
    expect(new URL(page.url()).pathname).toBe("/cap");
    await expectNoAxeViolations(page, "(empty search)");

    await page.getByLabel("Caller's postcode, town or village").fill("le1 1aa");
    await page.getByRole("button", { name: "Find cafés" }).click();
    await page.getByRole("heading", { name: "Nearest cafés to LE1 1AA" }).waitFor();
    const results = page.locator(".cap-results > li");
    expect(await results.count()).toBeGreaterThan(2);
    const text = (await page.getByRole("main").textContent()) ?? "";
    // At the pinned Wednesday 6:30pm, some nearby café is on now and shows its bookable places.
    expect(text).toMatch(/on now/);
    expect(text).toMatch(/\d CAP places?|no CAP places/);
    expect(text).toMatch(/Phone: 0/);
    await expectNoAxeViolations(page, "(results)");
  });

  it("explains a place it cannot find, keeping what was typed", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await signedIn(page, "cap@example.org");
    await page.goto("/cap?q=Atlantis");
    expect(await page.getByLabel("Caller's postcode, town or village").inputValue()).toBe("Atlantis");
    expect(await page.locator(".nhsuk-error-message").textContent()).toMatch(/could not find "Atlantis"/);
  });

  it("is closed to the public", async () => {
    const page = await newPage();
    await page.goto("/cap");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });
});
