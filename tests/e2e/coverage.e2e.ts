import { expect, it } from "vitest";
import { describeE2E, expectNoAxeViolations, newPage, setUpBrowser, signIn } from "./support/browser";

setUpBrowser();

describeE2E("commissioners track coverage against the target", () => {
  it("shows how many footprints and universities have an open café, gaps first", async () => {
    const page = await newPage();
    await signIn(page, "commissioner@example.org");
    expect(new URL(page.url()).pathname).toBe("/coverage");
    const summary = (await page.getByRole("main").locator("ul").first().textContent()) ?? "";
    const [, covered, total] = summary.match(/(\d+) of (\d+) footprints have an open café/) ?? [];
    expect(Number(total)).toBeGreaterThanOrEqual(25);
    expect(Number(covered)).toBeGreaterThan(0);
    expect(Number(covered)).toBeLessThan(Number(total));
    const firstRow = page.getByRole("table").first().locator("tbody tr").first();
    expect(await firstRow.textContent()).toMatch(/Gap/);
    expect(await page.getByRole("table").nth(1).textContent()).toMatch(/Loughborough University/);
    await expectNoAxeViolations(page);
  });
});
