import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "@prisma/client";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/server";
import { describeE2E, e2e, expectNoAxeViolations, firstLink, hasBrowser, newPage, sendForm, setUpBrowser, signIn, waitForEmail } from "./support/browser";

setUpBrowser();

/**
 * The one grants journey, in a real browser on a server of its own (it opens a café in the public
 * finder, which the other browser tests must not see): a group registers and confirms its email, an
 * officer verifies it, it applies, the officer asks for more information, it resubmits, two panel members
 * score and a third declares a conflict, the officer awards, the applicant accepts, the milestones are
 * ticked, the café launches and is in the public finder. Axe on every page; the applicant's part is done
 * again with JavaScript off by a second group (up to its resubmission; its acceptance is the demo offer's).
 * Set up directly in the database: an open round for every footprint, and two more panel members.
 */
let server: AppServer | undefined;
let roundTitle = "";
const PASSWORD = "a long journey password";

beforeAll(async () => {
  if (!hasBrowser) return;
  server = await startAppServer({ baseDatabase: e2e.baseDatabase, directory: e2e.runDirectory, env: { RESEND_API_KEY: "re_test_key", RESEND_BASE_URL: e2e.resendUrl, RATE_LIMIT_FACTOR: "50" } });
  const db = new PrismaClient({ adapter: new PrismaLibSQL({ url: `file:${server.databaseFile}` }) });
  try {
    const panel = await db.user.findUniqueOrThrow({ where: { email: "panel@example.org" } });
    const members = [panel.id];
    for (const [email, name] of [["panel2@tests.example", "Priya Shah"], ["panel3@tests.example", "Owen Price"]] as const) {
      members.push((await db.user.create({ data: { email, name, passwordHash: panel.passwordHash, roles: { create: [{ role: "panel-member" }] } } })).id);
    }
    const footprints = await db.footprint.findMany({ where: { closedOn: null }, select: { id: true } });
    roundTitle = "Journey round: neighbourhood cafés";
    await db.grantRound.create({
      data: {
        slug: "journey-round",
        title: roundTitle,
        kind: "neighbourhood",
        guidance: "Tell us about the café you would open.",
        budgetPence: 10_000_000,
        maxAwardPence: 3_000_000,
        opensAt: new Date("2026-11-01T00:00:00Z"),
        closesAt: new Date("2026-12-31T17:00:00Z"),
        status: "open",
        areas: { create: footprints.map((f) => ({ footprintId: f.id })) },
        criteria: { create: [{ title: "Need in the area", weight: 2, sortOrder: 1 }, { title: "Community involvement", weight: 1, sortOrder: 2 }] },
        checklist: { create: [{ text: "The organisation is based in LLR", sortOrder: 1 }] },
        panel: { create: members.map((userId) => ({ userId })) },
      },
    });
  } finally {
    await db.$disconnect();
  }
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

async function page(javaScriptEnabled = true): Promise<Page> {
  return newPage({ baseURL: server!.url, javaScriptEnabled });
}
async function as(email: string, javaScriptEnabled = true, password?: string): Promise<Page> {
  const p = await page(javaScriptEnabled);
  await signIn(p, email, password);
  return p;
}

/** Clicks a button and waits for the page that answers (a full load without JavaScript, the data with it). */
async function press(p: Page, name: string | RegExp) {
  await sendForm(p, () => p.getByRole("button", { name, exact: typeof name === "string" }).first().click());
}

async function fill(p: Page, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const field = p.locator(`[name="${name}"]`).first();
    if ((await field.evaluate((e) => e.tagName)) === "SELECT") await field.selectOption(value);
    else await field.fill(value);
  }
}

const PDF = { name: "document.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") };

/** Registers a group and confirms the email through the link; returns the signed-in page. */
async function register(js: boolean, name: string, email: string): Promise<Page> {
  const p = await page(js);
  await p.goto("/register");
  await axeOnce(p, "register");
  await fill(p, { name, charityNumber: "", addressLine1: "1 Hall Lane", town: "Leicester", postcode: "LE1 2BH", communities: "Young carers", contactName: "Ada Lovelace", email });
  await press(p, "Register");
  await p.getByRole("heading", { name: "Check your email" }).waitFor();
  const link = firstLink((await waitForEmail(email, /./)).text);
  await p.goto(new URL(link).pathname);
  await p.getByRole("heading", { level: 1, name: `Confirm your email address to finish registering ${name}` }).waitFor();
  await axeOnce(p, "confirm email");
  // The name given when registering is offered for the account.
  expect(await p.getByLabel("Your full name", { exact: true }).inputValue()).toBe("Ada Lovelace");
  await p.getByLabel("New password", { exact: true }).fill(PASSWORD);
  await p.getByLabel("Enter the new password again", { exact: true }).fill(PASSWORD);
  await press(p, /Create account/);
  await p.waitForURL((u) => !u.pathname.startsWith("/invitations"));
  return p;
}

const SECTIONS: Record<string, Record<string, string>> = {
  cafe: { cafeName: "", venueName: "St Peter's Hall", addressLine1: "Gladstone Street", town: "Leicester", postcode: "LE1 2BH" },
  communities: { communities: "Young carers and their families", culturalOffer: "A Gujarati-speaking afternoon" },
  languages: { otherLanguages: "Gujarati" },
  sessions: { "sessions[0].day": "2", "sessions[0].start": "18:00", "sessions[0].end": "21:00" },
  staffing: { paidWorkers: "2", volunteers: "5", supervision: "Monthly supervision from the trust." },
  safeguarding: { leadName: "Ada Lovelace", leadRole: "Chair", arrangements: "Policy reviewed yearly." },
  partners: { partners: "The GP practice next door.", coLocation: "" },
  "community-voice": { howShaped: "Two listening events." },
  budget: { "lines[0].category": "staff", "lines[0].description": "Peer-support workers", "lines[0].amount": "20000", amountRequested: "20000" },
  start: { plannedStartDate: "2027-04-01" },
};
const UPLOADS: Record<string, string> = { safeguarding: "Upload the Safeguarding policy", budget: "Upload the Latest accounts", partners: "Upload the Constitution or governing document" };

/** Starts an application in the journey round, fills every section with its documents and submits it; returns its address. */
async function apply(p: Page, cafeName: string): Promise<string> {
  await p.goto("/organisation");
  await axeOnce(p, "organisation home");
  await press(p, `Start an application to ${roundTitle}`);
  await p.waitForURL(/\/organisation\/applications\/[^/]+$/);
  const address = new URL(p.url()).pathname;
  await axeOnce(p, "application");
  for (const [key, values] of Object.entries(SECTIONS)) {
    await p.goto(`${address}/${key}`);
    // The document first: without JavaScript its form reloads the page, and the fields with it.
    if (UPLOADS[key]) {
      await p.getByLabel(UPLOADS[key]!).setInputFiles(PDF);
      await press(p, "Upload");
    }
    await fill(p, key === "cafe" ? { ...values, cafeName } : values);
    if (key === "cafe") await axeOnce(p, "section");
    await press(p, "Save this section");
  }
  await p.goto(address);
  const ready = await p.getByRole("button", { name: "Submit the application" }).count();
  expect(ready, (await p.getByRole("main").textContent()) ?? "").toBe(1);
  await press(p, "Submit the application");
  await p
    .getByText("Your application is submitted")
    .waitFor()
    .catch(async () => {
      throw new Error(`Not submitted: ${p.url()} ${(await p.getByRole("main").textContent()) ?? ""}`);
    });
  return address;
}

/** The officer screens a submitted application: more information on the budget, or eligible. */
async function screen(officer: Page, applicationId: string, outcome: "more-information" | "eligible") {
  await officer.goto(`/grants/applications/${applicationId}`);
  await axeOnce(officer, "screening");
  await officer.getByRole("group", { name: "The organisation is based in LLR" }).getByLabel("Yes").check();
  await officer.locator(`input[name="outcome"][value="${outcome}"]`).check();
  if (outcome === "more-information") {
    await officer.locator('input[name="sections"][value="budget"]').check();
    await officer.getByLabel("What you need from the applicant").fill("Split the staff line into paid and volunteer costs.");
  }
  await press(officer, "Record screening");
}

/** The applicant changes the reopened budget section and resubmits. */
async function resubmit(p: Page, address: string) {
  await p.goto(`${address}/budget`);
  await fill(p, { "lines[0].amount": "15000", "lines[1].category": "training", "lines[1].description": "Volunteer training", "lines[1].amount": "5000" });
  await press(p, "Save this section");
  await p.goto(address);
  await press(p, "Submit the changes");
  await p.getByText("Your application is submitted").waitFor();
}

async function review(email: string, applicationId: string, conflict: boolean) {
  const p = await as(email);
  await p.goto(`/panel/applications/${applicationId}`);
  await axeOnce(p, "declaration");
  await p.getByLabel(conflict ? "Yes, I have a conflict" : "No, I have no conflict").check();
  if (conflict) await p.getByLabel("Describe the conflict").fill("I am a trustee of this group.");
  await press(p, "Make declaration");
  if (conflict) return;
  await p.getByRole("group", { name: "Score for Need in the area" }).getByLabel("4", { exact: true }).check();
  await p.getByRole("group", { name: "Score for Community involvement" }).getByLabel("5", { exact: true }).check();
  await p.getByLabel("Yes, fund it").check();
  await expectNoAxeViolations(p, "review");
  await press(p, "Submit review");
  await p.getByText("Your review is submitted").waitFor();
}

/** Axe on each kind of page once: the second group's pages without JavaScript have the same markup. */
const checked = new Set<string>();
async function axeOnce(p: Page, kind: string) {
  if (checked.has(kind)) return;
  checked.add(kind);
  await expectNoAxeViolations(p, kind);
}

const idOf = (address: string) => address.split("/").at(-1)!;

describeE2E("grants: from a group's registration to its café in the public finder", () => {
  it(
    "registers, is verified, applies, gives more information, is scored and awarded, accepts, and its café launches",
    async () => {
      at("register (JavaScript on, and a second group with it off)");
      const [applicant, offline] = await Promise.all([
        register(true, "Gladstone Street Friends", "ada@journey.example"),
        register(false, "Offline Friends", "offline@journey.example"),
      ]);

      at("the officer verifies both");
      const officer = await as("officer@example.org");
      await officer.goto("/grants/organisations");
      await expectNoAxeViolations(officer, "verification");
      await press(officer, "Verify Gladstone Street Friends");
      await press(officer, "Verify Offline Friends");

      at("apply");
      const address = await apply(applicant, "Gladstone Street Café");
      at("apply (JavaScript off)");
      const offlineAddress = await apply(offline, "Offline Café");

      at("more information");
      await screen(officer, idOf(address), "more-information");
      await screen(officer, idOf(offlineAddress), "more-information");
      at("resubmit");
      await resubmit(applicant, address);
      at("resubmit (JavaScript off)");
      await resubmit(offline, offlineAddress);
      at("eligible");
      await screen(officer, idOf(address), "eligible");

      at("panel");
      await review("panel@example.org", idOf(address), false);
      await review("panel2@tests.example", idOf(address), false);
      await review("panel3@tests.example", idOf(address), true);

      at("award");
      await officer.goto(`/grants/applications/${idOf(address)}`);
      await expectNoAxeViolations(officer, "decision");
      await officer.getByLabel("Amount to award, in pounds").fill("18000");
      await officer.getByLabel("Conditions of the offer (optional)").fill("Open at least one evening a week.");
      await press(officer, "Award");

      at("accept");
      await applicant.goto(`/organisation/awards/${idOf(address)}`);
      await expectNoAxeViolations(applicant, "offer");
      await applicant.getByLabel(/we accept the grant and its conditions/).check();
      await press(applicant, "Accept the offer");
      await applicant.getByText("You have accepted the offer").waitFor();

      at("accept (JavaScript off: the demo offer)");
      const vcs = await as("vcs@example.org", false);
      await vcs.goto("/organisation");
      await vcs.getByRole("link", { name: /Clocktower Saturday Café/ }).click();
      await press(vcs, "Accept the offer");
      expect(await vcs.getByText("Tick the box to accept the conditions").count()).toBeGreaterThan(0);
      await expectNoAxeViolations(vcs, "offer refused");
      await vcs.getByLabel(/we accept the grant and its conditions/).check();
      await press(vcs, "Accept the offer");
      await vcs.getByText("You have accepted the offer").waitFor();

      at("milestones");
      await officer.goto("/grants/awards");
      await expectNoAxeViolations(officer, "awards");
      await officer.goto(`/grants/awards/${idOf(address)}`);
      await expectNoAxeViolations(officer, "award");
      const pending = () => officer.getByRole("button", { name: /^Done / }).count();
      expect(await pending()).toBe(7);
      for (let left = 6; left >= 0; left--) {
        await press(officer, /^Done /);
        await expect.poll(pending).toBe(left);
      }

      at("launch");
      await press(officer, "Launch the café");
      await officer.getByText("The café is launched").waitFor();
      await expectNoAxeViolations(officer, "launched");

      at("finder");
      const visitor = await page();
      await visitor.goto("/?q=LE1+2BH");
      await visitor.getByRole("link", { name: "Gladstone Street Café" }).first().waitFor();
      await expectNoAxeViolations(visitor, "finder");
      step = "";
    },
    420_000,
  );
});
