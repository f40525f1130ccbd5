import type { Locator, Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeE2E, expectNoAxeViolations, firstLink, isWithoutJavaScript, newPage, remixIdle, setUpBrowser, signedIn, waitForEmail } from "./support/browser";

setUpBrowser();

/**
 * Café self-service in a real browser, against the shared test server ("now" pinned to Wednesday
 * 25 November 2026, 6:30pm). cafe@example.org changes only Beaumont Leys Living Room Café, one of the two
 * demo cafés it manages, on days that leave the Wednesday-evening "open now" picture as it is.
 * Every manage page is checked with axe, and the main forms are used with JavaScript off.
 */
const CAFE_SLUG = "beaumont-leys-living-room-cafe";

async function cafeId(page: Page): Promise<string> {
  await page.goto("/manage");
  const href = await page.getByRole("link", { name: "Beaumont Leys Living Room Café" }).getAttribute("href");
  const id = href?.split("/").at(-1);
  if (!id) throw new Error("No link to the café on /manage");
  return id;
}

/**
 * Follows a link by loading its address: a full page load, so nothing depends on whether the previous
 * client-side navigation (after a form) has finished.
 */
async function follow(page: Page, link: Locator) {
  const href = await link.getAttribute("href");
  if (!href) throw new Error("The link has no address");
  await page.goto(new URL(href, page.url()).toString());
}

/** The names of the cafés the finder lists as open now. */
async function openNowNames(page: Page): Promise<string[]> {
  const items = page.locator("li", { hasText: "Open now until" }).filter({ has: page.getByRole("link") });
  const names: string[] = [];
  for (const item of await items.all()) names.push(((await item.getByRole("link").first().textContent()) ?? "").trim());
  return names;
}

async function signedInManager(javaScriptEnabled = true) {
  const page = await newPage({ javaScriptEnabled });
  await signedIn(page, "cafe@example.org");
  return page;
}

/**
 * Submits a form by its button and waits until the answer is shown: the next document without
 * JavaScript, or the action and the reloaded data with it. With JavaScript, a value the form's own
 * rules refuse is not sent at all: the page answers at once, taking the focus to its error summary or
 * to the field.
 */
async function submit(page: Page, name: string | RegExp) {
  const loaded = page.waitForEvent("load");
  loaded.catch(() => {});
  const posted = page.waitForResponse((r) => r.request().method() === "POST");
  posted.catch(() => {});
  // The click takes the focus to the button; a refusal in the page moves it on.
  await page.getByRole("button", { name, exact: typeof name === "string" }).click();
  if (isWithoutJavaScript(page)) {
    await posted;
    await loaded;
    return;
  }
  const refusedInPage = page.waitForFunction(() => {
    const focused = document.activeElement;
    return !!focused && (focused.classList.contains("nhsuk-error-summary") || focused.getAttribute("aria-invalid") === "true");
  });
  refusedInPage.catch(() => {});
  const response = await Promise.race([posted, refusedInPage.then(() => null)]);
  if (response?.request().isNavigationRequest()) await loaded;
  await remixIdle(page);
}

describeE2E("café self-service", () => {
  it("shows the dashboard with each café's public status and when its hours were checked", async () => {
    const page = await signedInManager();
    await page.goto("/manage");
    await page.getByRole("heading", { level: 1, name: "Your cafés" }).waitFor();
    const main = (await page.getByRole("main").textContent()) ?? "";
    expect(main).toContain("Clocktower Evening Café");
    expect(main).toContain("Beaumont Leys Living Room Café");
    expect(main).toMatch(/Open now until 10pm/);
    expect(main).toMatch(/Hours last checked/);
    await expectNoAxeViolations(page, "dashboard");
  });

  it("adds a weekly session and a closure with JavaScript off, with errors next to the fields and nothing typed lost", async () => {
    const page = await signedInManager(false);
    const id = await cafeId(page);

    await page.goto(`/manage/cafes/${id}/sessions`);
    await page.getByRole("heading", { level: 1, name: "Weekly sessions" }).waitFor();
    await expectNoAxeViolations(page, "sessions");

    // Overlaps the café's Thursday 6pm–10pm session: refused, next to the start time, values kept.
    await page.getByLabel("Day").selectOption("4");
    await page.getByLabel("Start time").fill("21:00");
    await page.getByLabel("End time").fill("23:00");
    await submit(page, "Add session");
    const error = page.locator("#field-startTime-error");
    expect(await error.textContent()).toMatch(/overlaps the Thursday 6pm–10pm session/);
    expect(await page.getByLabel("Start time").inputValue()).toBe("21:00");
    expect(await page.getByLabel("End time").inputValue()).toBe("23:00");
    expect(await page.getByLabel("Day").inputValue()).toBe("4");
    await expectNoAxeViolations(page, "sessions with an error");

    // A Monday morning session: preview first, then add.
    await page.getByLabel("Day").selectOption("1");
    await page.getByLabel("Start time").fill("10:00");
    await page.getByLabel("End time").fill("12:00");
    await submit(page, "Preview");
    const preview = page.getByRole("region", { name: "Preview of the public listing" });
    expect(await preview.textContent()).toMatch(/10am–midday/);
    await submit(page, "Add session");
    expect(await page.getByRole("status").textContent()).toMatch(/session is added/);
    expect(await page.getByRole("table", { name: "Sessions every week" }).textContent()).toMatch(/Monday 10am–midday/);

    // A closure tomorrow (Thursday 26 November), with the reason the public sees.
    await page.goto(`/manage/cafes/${id}/exceptions`);
    await page.getByRole("heading", { level: 1, name: "Closures and changes" }).waitFor();
    await expectNoAxeViolations(page, "closures");
    await page.getByLabel("Closed from").fill("2026-11-27");
    await page.getByLabel("Closed until (optional)").fill("2026-11-26");
    await page.getByLabel("Reason shown to the public").fill("Closed for a team training day");
    await submit(page, "Add closure");
    expect(await page.locator("#field-endDate-error").textContent()).toMatch(/same as or after the first date/);
    expect(await page.getByLabel("Reason shown to the public").inputValue()).toBe("Closed for a team training day");
    await page.getByLabel("Closed from").fill("2026-11-26");
    await page.getByLabel("Closed until (optional)").fill("");
    await submit(page, "Add closure");
    expect(await page.getByRole("status").textContent()).toMatch(/closure is added/);
    expect(await page.getByRole("main").textContent()).toMatch(/Closed: Thursday 26 November 2026 – “Closed for a team training day”/);
  });

  it("adds an offer and a past-midnight session carrying it, and answers a bank holiday", async () => {
    const page = await signedInManager();
    const id = await cafeId(page);

    await page.goto(`/manage/cafes/${id}/offers`);
    await page.getByRole("heading", { level: 1, name: "Offers" }).waitFor();
    await expectNoAxeViolations(page, "offers");
    await page.getByLabel("Name of the offer").fill("Somali-speaking late night");
    await page.getByLabel("Description (optional)").fill("Support in Somali into the small hours.");
    await page.getByRole("group", { name: "Who it is for" }).getByLabel("Young adults (18–25)").check();
    await page.getByRole("group", { name: "Languages" }).getByLabel("Somali").check();
    await submit(page, "Add offer");
    await page.getByText("The offer is added").waitFor();
    const offerCard = page.locator(".manage-offer", { hasText: "Somali-speaking late night" });
    expect(await offerCard.textContent()).toMatch(/For: Young adults \(18–25\)/);
    expect(await offerCard.textContent()).toMatch(/Languages: Somali/);

    await follow(page, page.getByRole("link", { name: /Change Somali-speaking late night/ }));
    await page.getByRole("heading", { level: 1, name: "Change an offer" }).waitFor();
    await expectNoAxeViolations(page, "change an offer");

    await page.goto(`/manage/cafes/${id}/sessions`);
    await page.getByLabel("Day").selectOption("6");
    await page.getByLabel("Start time").fill("22:00");
    await page.getByLabel("End time").fill("01:00");
    await page.getByLabel("Offer (optional)").selectOption({ label: "Somali-speaking late night" });
    await page.getByLabel("Central Access Point places (optional)").fill("1");
    await submit(page, "Add session");
    await page.getByText("The session is added").waitFor();
    const row = page.getByRole("row", { name: /Saturday 10pm–1am \(ends the next day\)/ });
    expect(await row.textContent()).toMatch(/Somali-speaking late night/);

    await follow(page, row.getByRole("link", { name: /Change/ }));
    await page.getByRole("heading", { level: 1, name: "Change a weekly session" }).waitFor();
    await expectNoAxeViolations(page, "change a session");

    for (const kind of ["hours", "extra"]) {
      await page.goto(`/manage/cafes/${id}/exceptions?add=${kind}`);
      await page.getByRole("form", { name: kind === "hours" ? "Change the hours of a date" : "Add an extra session" }).waitFor();
      await expectNoAxeViolations(page, `exceptions: ${kind}`);
    }

    await page.goto(`/manage/cafes/${id}/exceptions`);
    const christmas = page.getByRole("row", { name: /Christmas Day/ });
    await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), christmas.getByRole("button", { name: /^Closed/ }).click()]);
    await page.getByText("Your answer for the bank holiday is saved").waitFor();
    expect(await page.getByRole("row", { name: /Christmas Day/ }).textContent()).toMatch(/Closed/);
  });

  it("shows every change on the public page at once", async () => {
    const page = await newPage();
    const response = await page.goto(`/cafes/${CAFE_SLUG}`);
    expect(response?.status()).toBe(200);
    const main = (await page.getByRole("main").textContent()) ?? "";
    expect(main).toMatch(/10am–midday/);
    expect(main).toMatch(/10pm–1am/);
    expect(main).toMatch(/Somali-speaking late night/);
    expect(main).toMatch(/Closed for a team training day/);
  });

  it("confirms the hours in one click, and keeps the change history in words", async () => {
    const page = await signedInManager();
    const id = await cafeId(page);
    await page.goto(`/manage/cafes/${id}`);
    await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
    await expectNoAxeViolations(page, "overview");
    await submit(page, "Hours are still right");
    await page.getByText("The hours are marked as checked today").waitFor();
    expect(await page.getByRole("main").textContent()).toMatch(/Hours last checked 25 November 2026 at 6:30pm \(today\)/);

    await follow(page, page.getByRole("navigation", { name: "Manage this café" }).getByRole("link", { name: "Change history" }));
    await page.getByRole("heading", { level: 1, name: "Change history" }).waitFor();
    const history = (await page.getByRole("main").textContent()) ?? "";
    expect(history).toMatch(/Hours confirmed as still right/);
    expect(history).toMatch(/Weekly session added: Saturday 10pm–1am \(ends the next day\)/);
    expect(history).toMatch(/By Daniel Novak/);
    await expectNoAxeViolations(page, "history");
  });

  it("saves details after a preview of the listing, with JavaScript off", async () => {
    const page = await signedInManager(false);
    const id = await cafeId(page);
    await page.goto(`/manage/cafes/${id}/details`);
    await page.getByRole("heading", { level: 1, name: "Café details" }).waitFor();
    await expectNoAxeViolations(page, "details");
    await page.getByLabel("Who it is for").fill("Adults 18 and over. Drop in, no appointment needed.");
    await page.getByLabel("Postcode").fill("ZZ9 9ZZ");
    await submit(page, "Save details");
    expect(await page.locator("#field-postcode-error").textContent()).toMatch(/could not find this postcode/);
    expect(await page.getByLabel("Who it is for").inputValue()).toBe("Adults 18 and over. Drop in, no appointment needed.");
    await expectNoAxeViolations(page, "details with an error");

    await page.getByLabel("Postcode").fill("LE4 0SE");
    await submit(page, "Preview");
    const preview = page.getByRole("region", { name: "Preview of the public listing" });
    expect(await preview.textContent()).toMatch(/Adults 18 and over\. Drop in, no appointment needed\./);
    await expectNoAxeViolations(page, "details preview");
    await submit(page, "Save details");
    expect(await page.getByRole("status").textContent()).toMatch(/details are saved/);
    expect(await page.getByLabel("Who it is for").inputValue()).toBe("Adults 18 and over. Drop in, no appointment needed.");
  });

  it("adds the café's own Urdu translation of its description, typed right to left, with a preview first", async () => {
    const page = await signedInManager(false);
    await page.goto(`/manage/cafes/${await cafeId(page)}/details`);
    await follow(page, page.getByRole("link", { name: /^Add Urdu .* translation$/ }));
    const urdu = page.getByLabel(/^Description in Urdu/);
    expect([await urdu.getAttribute("lang"), await urdu.getAttribute("dir")]).toEqual(["ur", "rtl"]);
    await urdu.fill("بات کرنے کے لیے ایک پرسکون جگہ۔");
    await submit(page, "Preview");
    expect(await page.getByRole("region", { name: "Preview of the public listing" }).locator('[lang="ur"][dir="rtl"]').textContent()).toBe("بات کرنے کے لیے ایک پرسکون جگہ۔");
    await expectNoAxeViolations(page, "translation preview");
    await submit(page, "Save translation");
    expect(await page.getByRole("status").textContent()).toMatch(/Urdu .* translation is saved/);
  });

  it("previews a closure change, an offer and a changed session without saving them; errors sit next to their fields", async () => {
    const page = await signedInManager();
    const id = await cafeId(page);

    // Changed hours next Thursday (3 December): the week with the change, nothing saved.
    await page.goto(`/manage/cafes/${id}/exceptions?add=hours`);
    const form = page.getByRole("form", { name: "Change the hours of a date" });
    await form.getByLabel("Date").fill("2026-12-03");
    await form.getByLabel("Start time").fill("16:00");
    await form.getByLabel("End time").fill("19:00");
    await submit(page, "Preview");
    const preview = page.getByRole("region", { name: "Preview of the public listing" });
    expect(await preview.getByRole("table").textContent()).toMatch(/4pm–7pm/);
    expect(await preview.textContent()).toMatch(/Opening hours from 30 November/);
    expect(await form.getByLabel("Start time").inputValue()).toBe("16:00");
    expect(await page.locator(".manage-exception", { hasText: "3 December 2026" }).count()).toBe(0);
    await expectNoAxeViolations(page, "closures preview");

    await form.getByLabel("End time").fill("16:00");
    await submit(page, "Preview");
    expect(await page.locator("#field-endTime-error").textContent()).toMatch(/must be different from the start time/);
    await expectNoAxeViolations(page, "closures with an error");

    // A refused bank-holiday answer (an answer the page never offers) shows in its holiday's row.
    const boxingDay = page.getByRole("row", { name: /Boxing Day/ });
    const open = boxingDay.getByRole("button", { name: /^Open as usual/ });
    await open.evaluate((button) => ((button as HTMLButtonElement).value = "maybe"));
    await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), open.click()]);
    await boxingDay.getByText("Choose open or closed").waitFor();
    const link = page.locator(".nhsuk-error-summary a", { hasText: "Choose open or closed" });
    expect(await boxingDay.locator(String(await link.getAttribute("href"))).count()).toBe(1);
    await expectNoAxeViolations(page, "bank holiday with an error");

    // A new offer: shown as the public page lists it, not added.
    await page.goto(`/manage/cafes/${id}/offers`);
    await page.getByLabel("Name of the offer").fill("Punjabi-speaking afternoon");
    await page.getByRole("group", { name: "Languages" }).getByLabel("Punjabi").check();
    await submit(page, "Preview");
    expect(await page.getByRole("region", { name: "Preview of the public listing" }).textContent()).toMatch(/Punjabi-speaking afternoon.*Languages: Punjabi/);
    expect(await page.locator(".manage-offer", { hasText: "Punjabi-speaking afternoon" }).count()).toBe(0);
    await expectNoAxeViolations(page, "offer preview");
  });

  it("previews a changed weekly session with JavaScript off, saving nothing", async () => {
    const page = await signedInManager(false);
    const id = await cafeId(page);
    await page.goto(`/manage/cafes/${id}/sessions`);
    await follow(page, page.getByRole("row", { name: /Thursday 6pm–10pm/ }).getByRole("link", { name: /Change/ }));
    await page.getByRole("heading", { level: 1, name: "Change a weekly session" }).waitFor();
    await page.getByLabel("Start time").fill("17:00");
    await submit(page, "Preview");
    const preview = page.getByRole("region", { name: "Preview of the public listing" });
    expect(await preview.getByRole("table").textContent()).toMatch(/5pm–10pm/);
    expect(await page.getByLabel("Start time").inputValue()).toBe("17:00");
    await page.goto(`/manage/cafes/${id}/sessions`);
    expect(await page.getByRole("table", { name: "Sessions every week" }).textContent()).toMatch(/Thursday 6pm–10pm/);
  });

  it("with JavaScript, takes the focus to each new preview and says when the form has changed since", async () => {
    const page = await signedInManager();
    const id = await cafeId(page);
    await page.goto(`/manage/cafes/${id}/sessions`);
    await follow(page, page.getByRole("row", { name: /Thursday 6pm–10pm/ }).getByRole("link", { name: /Change/ }));
    await page.getByRole("heading", { level: 1, name: "Change a weekly session" }).waitFor();
    // Hydrated: the form is sent by the page's script, which keeps the page where it was.
    await page.waitForFunction(() => {
      const button = document.querySelector('button[value="preview"]');
      return !!button && Object.keys(button).some((key) => key.startsWith("__reactProps"));
    });

    // The preview is drawn above the form; the page, at the buttons, moves to it.
    await page.getByLabel("Start time").fill("17:00");
    await page.getByRole("button", { name: "Preview", exact: true }).scrollIntoViewIfNeeded();
    await submit(page, "Preview");
    const heading = page.getByRole("heading", { level: 2, name: "Preview of the public listing" });
    await page.waitForFunction(() => document.activeElement?.id === "listing-preview-heading");
    const box = await heading.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.y >= 0 && box.y + box.height <= viewport.height, `preview heading at ${box?.y}`).toBe(true);
    const preview = page.getByRole("region", { name: "Preview of the public listing" });
    expect(await preview.getByRole("table").textContent()).toMatch(/5pm–10pm/);
    expect(await preview.getByRole("status").textContent()).toBe("");
    await expectNoAxeViolations(page, "session preview with JavaScript");

    // A field changed after the preview: the preview says it no longer shows the form.
    await page.getByLabel("End time").fill("21:00");
    await preview.getByRole("status").getByText("You have changed the form since this preview").waitFor();
    await expectNoAxeViolations(page, "session preview after a change");

    // Preview again: the focus moves to the new preview, which shows the form again.
    await page.getByRole("button", { name: "Preview", exact: true }).scrollIntoViewIfNeeded();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await submit(page, "Preview");
    await page.waitForFunction(() => document.activeElement?.id === "listing-preview-heading");
    expect(await preview.getByRole("table").textContent()).toMatch(/5pm–9pm/);
    expect(await preview.getByRole("status").textContent()).toBe("");
  });

  it("refuses CAP places that are not a whole number, next to the field, on every places field", async () => {
    // Without JavaScript the server answers (every places field's answer: tests/integration/manage-sessions and
    // manage-exceptions); with it, each form's own rules refuse the value before anything is sent.
    for (const javaScriptEnabled of [false, true]) {
      const page = await signedInManager(javaScriptEnabled);
      const id = await cafeId(page);
      const when = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

      await page.goto(`/manage/cafes/${id}/sessions`);
      await follow(page, page.getByRole("row", { name: /Thursday 6pm–10pm/ }).getByRole("link", { name: /Change/ }));
      const places = page.getByLabel("Central Access Point places (optional)");
      await places.fill("3e");
      await submit(page, "Save session");
      expect(await page.locator("#field-capPlaces-error").textContent(), when).toMatch(/Enter a whole number of places from 0 to/);
      expect(await places.inputValue(), when).toBe("3e");
      await expectNoAxeViolations(page, `session with bad places ${when}`);
      if (!javaScriptEnabled) continue;

      await page.goto(`/manage/cafes/${id}/sessions`);
      const usual = page.getByLabel("Places per session");
      await usual.fill("3e");
      await submit(page, "Save places");
      expect(await page.locator("#field-capPlacesDefault-error").textContent(), when).toMatch(/Enter a whole number of places from 0 to/);
      expect(await usual.inputValue(), when).toBe("3e");

      await page.goto(`/manage/cafes/${id}/exceptions?add=extra`);
      const form = page.getByRole("form", { name: "Add an extra session" });
      await form.getByLabel("Date").fill("2026-12-05");
      await form.getByLabel("Start time").fill("10:00");
      await form.getByLabel("End time").fill("12:00");
      await form.getByLabel("Central Access Point places (optional)").fill("3e");
      await submit(page, "Add extra session");
      expect(await page.locator("#field-capPlaces-error").textContent(), when).toMatch(/Enter a whole number of places from 0 to/);
      expect(await page.locator(".manage-exception", { hasText: "5 December 2026" }).count(), when).toBe(0);
    }
  });

  it("lets a commissioner read everything a café team can edit, changing only the footprint", async () => {
    const commissioner = await newPage();
    await signedIn(commissioner, "commissioner@example.org");
    await commissioner.goto("/manage");
    const href = await commissioner.getByRole("link", { name: "Night Owl Café" }).getAttribute("href");

    await commissioner.goto(`${href}/details`);
    await commissioner.getByRole("heading", { level: 1, name: "Café details" }).waitFor();
    const details = (await commissioner.locator(".nhsuk-summary-list").first().textContent()) ?? "";
    for (const shown of [
      "The Print Works Studio",
      "22 Rutland Street",
      "LE1 1PA",
      "07700 900101",
      "Five minutes' walk from Leicester railway station",
      "level entrance",
      "Quiet room",
      "Polish",
      "Clocktower Listening Collective",
    ]) {
      expect(details).toContain(shown);
    }
    expect(details).toMatch(/Email address\s*Not given/);
    expect(await commissioner.getByRole("button", { name: "Save details" }).count()).toBe(0);
    expect(await commissioner.getByRole("button", { name: "Save footprint" }).count()).toBe(1);
    await expectNoAxeViolations(commissioner, "commissioner reading details");

    for (const [path, heading] of [
      ["", "Overview"],
      ["/exceptions", "Closures and changes"],
      ["/offers", "Offers"],
      ["/history", "Change history"],
    ] as const) {
      await commissioner.goto(`${href}${path}`);
      await commissioner.getByRole("heading", { level: 1, name: heading }).waitFor();
      expect(await commissioner.getByRole("main").getByRole("button").count(), heading).toBe(0);
      await expectNoAxeViolations(commissioner, `commissioner reading ${heading}`);
    }
  });

  it("refuses a manager another café's pages, and lets a commissioner read without forms", async () => {
    const page = await signedInManager();
    await page.goto("/manage");
    const commissioner = await newPage();
    await signedIn(commissioner, "commissioner@example.org");
    await commissioner.goto("/manage");
    const href = await commissioner.getByRole("link", { name: "Night Owl Café" }).getAttribute("href");
    expect((await page.goto(`${href}/sessions`))?.status()).toBe(403);

    await commissioner.goto(`${href}/sessions`);
    await commissioner.getByRole("heading", { level: 1, name: "Weekly sessions" }).waitFor();
    expect(await commissioner.getByRole("button", { name: "Add session" }).count()).toBe(0);
    expect(await commissioner.getByRole("main").textContent()).toMatch(/You can read this café’s listing but not change it/);
    await expectNoAxeViolations(commissioner, "commissioner reading sessions");

    await commissioner.goto("/manage/stale");
    await commissioner.getByRole("heading", { level: 1, name: "Hours not checked recently" }).waitFor();
    const stale = (await commissioner.getByRole("main").textContent()) ?? "";
    expect(stale).toMatch(/Sileby Riverside Café/);
    expect(stale).toMatch(/130 days ago/);
    await expectNoAxeViolations(commissioner, "stale list");
  });
});

describeE2E("café administration", () => {
  it("creates a café, invites its manager, reminds them to check the hours, and closes the café", async () => {
    const admin = await newPage();
    await signedIn(admin, "admin@example.org");

    await admin.goto("/admin/tags");
    await admin.getByRole("heading", { level: 1, name: "Lists of audiences, languages and access features" }).waitFor();
    await expectNoAxeViolations(admin, "tag lists");
    await admin.getByLabel("List").selectOption("language");
    await admin.getByLabel("Name", { exact: true }).fill("Kurdish");
    await submit(admin, "Add");
    await admin.getByText("The entry is added").waitFor();
    await admin.getByLabel("New name for Kurdish").fill("Kurdish (Sorani)");
    await submit(admin, "Rename Kurdish");
    await admin.getByText("The entry is renamed everywhere it is used").waitFor();
    await submit(admin, "Retire Kurdish (Sorani)");
    await admin.getByRole("row", { name: /Kurdish \(Sorani\)/ }).getByText("Retired").waitFor();
    await expectNoAxeViolations(admin, "tag lists after changes");

    await admin.goto("/admin/cafes");
    await admin.getByRole("heading", { level: 1, name: "Cafés" }).waitFor();
    await expectNoAxeViolations(admin, "admin cafés");
    await follow(admin, admin.getByRole("link", { name: "Add a café" }));
    await admin.getByRole("heading", { level: 1, name: "Add a café" }).waitFor();
    await expectNoAxeViolations(admin, "new café");
    await admin.getByRole("button", { name: "Add café", exact: true }).click(); // refused in the browser: nothing is sent
    await admin.locator("#field-name-error").waitFor();
    await expectNoAxeViolations(admin, "new café with errors");
    await admin.getByLabel("Café name").fill("Lutterworth Evening Café");
    await admin.getByLabel("Run by").selectOption({ label: "Bramble Hollow Peer Support" });
    await admin.getByLabel("Address line 1").fill("1 Church Street");
    await admin.getByLabel("Town or city").fill("Lutterworth");
    await admin.getByLabel("Postcode").fill("LE17 4AB");
    await admin.getByLabel("Status").selectOption("open");
    await submit(admin, "Add café");
    await admin.getByRole("heading", { level: 1, name: "Lutterworth Evening Café" }).waitFor();
    await expectNoAxeViolations(admin, "admin café");

    await admin.getByLabel("Email address").fill("lutterworth.manager@example.org");
    await submit(admin, "Send invitation");
    await admin.getByText("The invitation is on its way").waitFor();
    const invitation = await waitForEmail("lutterworth.manager@example.org", /invited you to Café Network/);

    // The new manager accepts and sets up an account, then finds the café on their dashboard.
    const manager = await newPage();
    await manager.goto(firstLink(invitation.text));
    await manager.getByLabel("Your full name").fill("Lee Marsh");
    await manager.getByLabel("New password", { exact: true }).fill("a long enough password");
    await manager.getByLabel("Enter the new password again").fill("a long enough password");
    await Promise.all([manager.waitForURL("**/manage"), manager.getByRole("button", { name: "Create account and accept" }).click()]);
    await manager.getByRole("link", { name: "Lutterworth Evening Café" }).waitFor();

    // Its hours were never confirmed: the stale list has it, and the reminder reaches the manager's inbox.
    await admin.goto("/manage/stale");
    expect(await admin.getByRole("main").textContent()).toMatch(/Lutterworth Evening Café/);
    await submit(admin, "Send due reminders now");
    const reminder = await waitForEmail("lutterworth.manager@example.org", /Please check the opening hours of Lutterworth Evening Café/);
    expect(reminder.text).toMatch(/\/manage\/cafes\//);

    // The manager adds tonight's session: the finder shows the café open now; a closure today takes it out.
    const search = "/?q=LE17+4AB&when=now";
    const publicPage = await newPage();
    await publicPage.goto(search);
    expect(await openNowNames(publicPage)).not.toContain("Lutterworth Evening Café");
    await follow(manager, manager.getByRole("link", { name: "Lutterworth Evening Café" }));
    await follow(manager, manager.getByRole("link", { name: "Weekly sessions" }));
    await manager.getByRole("heading", { level: 1, name: "Weekly sessions" }).waitFor();
    await manager.getByLabel("Day").selectOption("3");
    await manager.getByLabel("Start time").fill("18:00");
    await manager.getByLabel("End time").fill("20:00");
    await submit(manager, "Add session");
    await manager.getByText("The session is added").waitFor();
    await publicPage.goto(search);
    expect(await openNowNames(publicPage)).toContain("Lutterworth Evening Café");
    expect(await publicPage.getByRole("main").textContent()).toMatch(/Open now until 8pm/);

    await follow(manager, manager.getByRole("navigation", { name: "Manage this café" }).getByRole("link", { name: "Closures and changes" }));
    await manager.getByLabel("Closed from").fill("2026-11-25");
    await manager.getByLabel("Reason shown to the public").fill("Closed tonight: the hall is flooded");
    await submit(manager, "Add closure");
    await manager.getByText("The closure is added").waitFor();
    await publicPage.goto(search);
    expect(await openNowNames(publicPage)).not.toContain("Lutterworth Evening Café");
    await publicPage.goto("/cafes/lutterworth-evening-cafe");
    expect(await publicPage.getByRole("main").textContent()).toMatch(/Closed tonight: the hall is flooded/);

    // Pause, close and reopen: a closed café leaves search, and its page says so.
    await admin.goto("/admin/cafes");
    await follow(admin, admin.getByRole("link", { name: "Lutterworth Evening Café" }));
    await submit(admin, "Pause the café");
    await admin.getByText("Now: Paused.").waitFor();
    await submit(admin, "Close the café");
    await admin.getByText("Now: Closed.").waitFor();
    await publicPage.goto("/?q=LE17+4AB");
    expect(await publicPage.getByRole("main").textContent()).not.toMatch(/Lutterworth Evening Café/);
    await publicPage.goto("/cafes/lutterworth-evening-cafe");
    await publicPage.getByRole("heading", { name: /closed/i }).first().waitFor();
    await submit(admin, "Open the café");
    await admin.getByText("Now: Open.").waitFor();
  });
});
