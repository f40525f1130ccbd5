import { expect, it } from "vitest";
import { describeE2E, expectNoAxeViolations, newPage, setUpBrowser, signIn } from "./support/browser";

setUpBrowser();

describeE2E("commissioners track coverage against the target", () => {
  it("the dashboard, sorted and filtered by links, its CSV, the map after the table, and a footprint's page", async () => {
    const page = await newPage();
    await signIn(page, "commissioner@example.org");
    expect(new URL(page.url()).pathname).toBe("/coverage");
    const summary = (await page.getByTestId("coverage-headline").textContent()) ?? "";
    const [, covered, total] = summary.match(/(\d+) of (\d+) footprints have an open café/) ?? [];
    expect(Number(total)).toBeGreaterThanOrEqual(25);
    expect(Number(covered)).toBeGreaterThan(0);
    expect(summary).toMatch(/session-hours in the coming week/);
    const table = page.getByTestId("coverage-table");
    expect(await table.locator("tbody tr").first().textContent()).toMatch(/Gap/);
    // The map comes after the table, with a text legend.
    await page.getByRole("heading", { name: "Map" }).waitFor();
    await page.locator(".leaflet-container").waitFor();
    await page.getByText("White dot: a café not open (being set up or paused)").waitFor();
    // The timeline runs from the demo cafés' first months, in 2022, to this one.
    expect(await page.locator(".coverage-timeline").textContent()).toMatch(/2022/);
    await expectNoAxeViolations(page, "coverage");

    await page.getByLabel("Show an area").selectOption("Rutland");
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/area=Rutland/);
    await table.getByRole("link", { name: /Coming week/ }).click();
    await page.waitForURL(/sort=hours/);
    // The address changes as the new page is drawn: wait for the table itself to say how it is sorted.
    await table.locator("th[aria-sort]", { hasText: /Coming week/ }).waitFor();
    const shown = await table.locator("tbody tr").count();

    const csvHref = (await page.getByRole("link", { name: "Download this table (CSV)" }).getAttribute("href")) ?? "";
    expect(csvHref).toContain("area=Rutland");
    const csv = await page.request.get(csvHref);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(csv.headers()["content-disposition"]).toMatch(/coverage-\d{4}-\d{2}-\d{2}\.csv/);
    expect((await csv.text()).trim().split("\r\n")).toHaveLength(shown + 1);

    await table.locator("tbody th a").first().click();
    await page.getByRole("heading", { name: "Cafés and their coming week" }).waitFor();
    await page.getByRole("heading", { name: "Nearest cafés in neighbouring footprints" }).waitFor();
    await expectNoAxeViolations(page, "footprint page");
  });
});
