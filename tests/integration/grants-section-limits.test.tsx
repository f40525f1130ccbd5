import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { MAX_BUDGET_LINES, MAX_SESSION_ROWS, SECTION_FORM_MAX_BYTES } from "~/modules/grants";
import { saveSection, startApplication } from "~/modules/grants/index.server";
import { MAX_FORM_BYTES } from "~/platform/forms.server";
import * as sectionRoute from "~/routes/organisation.applications.$applicationId.$section";
import { call, get, json, post, signInCookieFor } from "./auth.helpers";
import { makeApplicantOrganisation, makeRound } from "./grants-apply.helpers";

/**
 * A section form sent without JavaScript (URL-encoded, as a browser sends it) with answers over their
 * limits comes back with the message next to each field and everything typed kept; only a body far
 * beyond anything the form can hold is refused unread, with a message that says what to do.
 */
const WIDE = "😀"; // 4 bytes in UTF-8, 12 once URL-encoded
const over = (max: number) => WIDE.repeat(max * 2);

/** Every field of every section at twice its limit, every repeating row used. */
function largestForms(): Record<string, Record<string, string>> {
  const sessions: Record<string, string> = { sessionsNote: over(1000) };
  for (let i = 0; i < MAX_SESSION_ROWS; i++) Object.assign(sessions, { [`sessions[${i}].day`]: "2", [`sessions[${i}].start`]: "18:00", [`sessions[${i}].end`]: "21:00", [`sessions[${i}].note`]: over(200) });
  const budget: Record<string, string> = { amountRequested: "123456789.99" };
  for (let i = 0; i < MAX_BUDGET_LINES; i++) Object.assign(budget, { [`lines[${i}].category`]: "refreshments", [`lines[${i}].description`]: over(200), [`lines[${i}].amount`]: "123456789.99" });
  return {
    cafe: { cafeName: over(120), venueName: over(120), addressLine1: over(120), town: over(80), postcode: over(10), coverageSiteId: over(40) },
    communities: { communities: over(2000), culturalOffer: over(2000) },
    languages: { otherLanguages: over(300) },
    sessions,
    staffing: { paidWorkers: "1", volunteers: "2", supervision: over(2000) },
    safeguarding: { leadName: over(120), leadRole: over(120), arrangements: over(2000) },
    partners: { partners: over(2000), coLocation: over(2000) },
    "community-voice": { howShaped: over(2000) },
    budget,
    start: { plannedStartDate: "2027-06-01" },
  };
}

function render(loaderData: unknown, path: string, actionData: unknown): string {
  const router = createMemoryRouter([{ id: "page", path: "*", element: createElement(sectionRoute.default) }], {
    initialEntries: [path],
    hydrationData: { loaderData: { page: loaderData }, actionData: { page: actionData } },
  });
  return renderToStaticMarkup(createElement(RouterProvider, { router }));
}
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

async function draft() {
  const { organisation, member, userId } = await makeApplicantOrganisation({ verified: true });
  const round = await makeRound({ closesAt: new Date("2099-01-01T12:00:00Z") });
  const started = await startApplication(member, organisation.id, round.id);
  if (!started.ok) throw new Error("could not start");
  return { member, applicationId: started.applicationId, cookie: await signInCookieFor(userId) };
}

describe("a section sent with answers over their limits", () => {
  it("fits the form-size limit even at twice every limit in 4-byte characters", () => {
    for (const [key, fields] of Object.entries(largestForms())) {
      const bytes = new URLSearchParams({ ...fields, version: "123456789" }).toString().length;
      expect(bytes, key).toBeLessThan(SECTION_FORM_MAX_BYTES);
    }
    expect(Math.max(...Object.values(largestForms()).map((f) => new URLSearchParams(f).toString().length))).toBeGreaterThan(MAX_FORM_BYTES);
  });

  it("comes back with each message next to its field and everything typed kept", async () => {
    const { applicationId, cookie } = await draft();
    for (const [key, fields] of Object.entries(largestForms())) {
      if (key === "start" || key === "languages") continue;
      const path = `/organisation/applications/${applicationId}/${key}`;
      const params = { applicationId, section: key };
      const response = await call(sectionRoute.action, post(path, { ...fields, version: "0" }, cookie), params);
      expect(response.status, key).toBe(400);
      const reply = await json<{ error: Record<string, string[]> }>(response);
      const html = render(await json(await call(sectionRoute.loader, get(path, cookie), params)), path, reply);
      for (const [name, value] of Object.entries(fields)) {
        if (value.startsWith(WIDE)) {
          expect(reply.error[name]?.[0], `${key} ${name}`).toMatch(/Use at most \d+ characters/);
          expect(html, `${key} ${name}`).toContain(escape(value));
        }
      }
      expect(html).toContain("Use at most");
    }
  });

  it("refuses more rows than a section holds, next to the rows", async () => {
    const { applicationId, cookie } = await draft();
    const fields: Record<string, string> = { amountRequested: "" };
    for (let i = 0; i <= MAX_BUDGET_LINES; i++) Object.assign(fields, { [`lines[${i}].category`]: "staff", [`lines[${i}].description`]: "", [`lines[${i}].amount`]: "1" });
    const path = `/organisation/applications/${applicationId}/budget`;
    const response = await call(sectionRoute.action, post(path, { ...fields, version: "0" }, cookie), { applicationId, section: "budget" });
    expect(response.status).toBe(400);
    const reply = await json<{ error: Record<string, string[]> }>(response);
    expect(reply.error.lines?.[0]).toContain(String(MAX_BUDGET_LINES));
  });

  it("far too large to read: nothing saved, the saved answers shown again, and what to do", async () => {
    const { member, applicationId, cookie } = await draft();
    expect((await saveSection(member, applicationId, "communities", { communities: "Saved words", culturalOffer: "" }, 0)).ok).toBe(true);
    const path = `/organisation/applications/${applicationId}/communities`;
    const params = { applicationId, section: "communities" };
    const response = await call(sectionRoute.action, post(path, { communities: "x".repeat(SECTION_FORM_MAX_BYTES + 1), culturalOffer: "", version: "1" }, cookie), params);
    expect(response.status).toBe(413);
    const reply = await json(response);
    const html = render(await json(await call(sectionRoute.loader, get(path, cookie), params)), path, reply);
    expect(html).toContain("Saved words");
    expect(html).toMatch(/Back button/);
  });
});
