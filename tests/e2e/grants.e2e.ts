import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/server";
import { describeE2E, e2e, expectNoAxeViolations, hasBrowser, newPage, setUpBrowser, signIn } from "./support/browser";

setUpBrowser();

/**
 * Grants in a real browser, on a server of its own (the journey opens a café in the public finder, which
 * the other browser tests must not see). Every page is checked with axe.
 */
let server: AppServer | undefined;
beforeAll(async () => {
  if (!hasBrowser) return;
  server = await startAppServer({ baseDatabase: e2e.baseDatabase, directory: e2e.runDirectory, env: { RESEND_API_KEY: "re_test_key", RESEND_BASE_URL: e2e.resendUrl, RATE_LIMIT_FACTOR: "50" } });
});
afterAll(async () => {
  if (step) console.log(`grants journey: last step "${step}"`);
  await server?.stop();
});

let step = "";
/** Names the step the journey is at (said when it fails). */
function at(name: string) {
  step = name;
}

async function as(email: string, javaScriptEnabled = true): Promise<Page> {
  const page = await newPage({ baseURL: server!.url, javaScriptEnabled });
  await signIn(page, email);
  return page;
}

/** Clicks a button and waits for the page that answers (a full load without JavaScript, the data with it). */
async function press(page: Page, name: string | RegExp) {
  const answered = page.waitForResponse((r) => r.request().method() === "POST");
  await page.getByRole("button", { name, exact: typeof name === "string" }).first().click();
  await answered;
  await page.waitForLoadState("networkidle");
}

describeE2E("grants: from an award to a café in the public finder", () => {
  it("the applicant accepts the offer, the officer ticks the milestones and launches, and the café is in the finder", async () => {
    // The applicant (JavaScript off): the offer, refused without the box ticked, then accepted.
    at("applicant signs in");
    const applicant = await as("vcs@example.org", false);
    at("applicant opens the offer");
    await applicant.goto("/organisation");
    await applicant.getByRole("link", { name: /Clocktower Saturday Café/ }).click();
    await expectNoAxeViolations(applicant, "offer");
    at("accept without the box");
    await press(applicant, "Accept the offer");
    expect(await applicant.getByText("Tick the box to accept the conditions").count()).toBeGreaterThan(0);
    await expectNoAxeViolations(applicant, "offer refused");
    await applicant.getByLabel(/we accept the grant and its conditions/).check();
    await press(applicant, "Accept the offer");
    await applicant.getByText("You have accepted the offer").waitFor();
    await expectNoAxeViolations(applicant, "offer accepted");
    const awardUrl = applicant.url();

    // The officer: every milestone done, then the launch.
    at("officer");
    const officer = await as("officer@example.org");
    await officer.goto("/grants/awards");
    await expectNoAxeViolations(officer, "awards");
    await officer.goto(awardUrl.replace("/organisation/awards/", "/grants/awards/"));
    await expectNoAxeViolations(officer, "award");
    at("milestones");
    const pending = () => officer.getByRole("button", { name: /^Done / }).count();
    expect(await pending()).toBe(7);
    for (let left = 6; left >= 0; left--) {
      await press(officer, /^Done /);
      await expect.poll(pending, { message: (await officer.getByRole("main").textContent()) ?? "" }).toBe(left);
    }
    await officer.getByText("The café can launch once").waitFor({ state: "detached" });
    at("launch");
    await press(officer, "Launch the café");
    await officer.getByText("The café is launched").waitFor();
    await expectNoAxeViolations(officer, "launched");

    // The public finder.
    at("finder");
    const visitor = await newPage({ baseURL: server!.url });
    await visitor.goto("/?q=LE1+2BH");
    await visitor.getByRole("link", { name: "Clocktower Saturday Café" }).first().waitFor();
    await expectNoAxeViolations(visitor, "finder");
    step = "";
  }, 240_000);
});
