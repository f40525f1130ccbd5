import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { addAttachment, saveSection, startApplication } from "~/modules/grants/index.server";
import * as sectionRoute from "~/routes/organisation.applications.$applicationId.$section";
import * as homeRoute from "~/routes/organisation._index";
import * as applicationRoute from "~/routes/organisation.applications.$applicationId._index";
import { call, get, json, makeUser, post, signInCookieFor } from "./auth.helpers";
import { COMPLETE_SECTIONS, makeApplicantOrganisation, makeRound, PDF_BYTES } from "./grants-apply.helpers";

/** The page's markup as a member sees it, from its loader's (and action's) data. */
function render(Component: () => JSX.Element, loaderData: unknown, path: string, actionData?: unknown): string {
  const router = createMemoryRouter([{ id: "page", path: "*", element: createElement(Component) }], {
    initialEntries: [path],
    hydrationData: { loaderData: { page: loaderData }, ...(actionData ? { actionData: { page: actionData } } : {}) },
  });
  return renderToStaticMarkup(createElement(RouterProvider, { router }));
}

const plain = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

/**
 * The headings a member reads on their organisation's pages: the caption and the name, with no stray
 * punctuation between them whether or not styles apply.
 */
function headingOf(Component: () => JSX.Element, loaderData: unknown, path: string): string {
  const h1 = render(Component, loaderData, path).match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? "";
  return h1.replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();
}

describe("organisation headings", () => {
  it("read as caption then name, with no lone colon", async () => {
    const { organisation, member, userId } = await makeApplicantOrganisation({ verified: true });
    const cookie = await signInCookieFor(userId);

    const home = await json(await call(homeRoute.loader, get("/organisation", cookie), {}));
    const homeHeading = headingOf(homeRoute.default, home, "/organisation");
    expect(homeHeading).toBe(`Your organisation ${organisation.name}`);

    const round = await makeRound({ closesAt: new Date("2099-01-01T00:00:00Z") });
    const started = await startApplication(member, organisation.id, round.id);
    if (!started.ok) throw new Error("could not start");
    const params = { applicationId: started.applicationId };
    const address = `/organisation/applications/${started.applicationId}`;
    const view = await json(await call(applicationRoute.loader, get(address, cookie), params));
    const appHeading = headingOf(applicationRoute.default, view, address);
    expect(appHeading).toMatch(new RegExp(`^${round.title} Application G-\\S+$`));
    expect(appHeading).not.toContain(":");
  });
});

describe("a stale save of the safeguarding section", () => {
  it("shows their version with the safeguarding policy that is uploaded", async () => {
    const { organisation, member, userId } = await makeApplicantOrganisation({ verified: true });
    const round = await makeRound({ closesAt: new Date("2099-01-01T00:00:00Z") });
    const started = await startApplication(member, organisation.id, round.id);
    if (!started.ok) throw new Error("could not start");
    const applicationId = started.applicationId;
    expect((await saveSection(member, applicationId, "safeguarding", COMPLETE_SECTIONS.safeguarding!, 0)).ok).toBe(true);
    expect((await addAttachment(member, applicationId, "safeguarding-policy", { name: "Our policy.pdf", bytes: PDF_BYTES })).ok).toBe(true);
    const colleague = await makeUser([{ role: "organisation-member", organisationId: organisation.id }]);
    const path = `/organisation/applications/${applicationId}/safeguarding`;
    const params = { applicationId, section: "safeguarding" };
    const fields = { leadName: "Asha Patel", leadRole: "Trustee", arrangements: "" };

    expect((await call(sectionRoute.action, post(path, { ...fields, version: "1", leadRole: "Chair" }, await signInCookieFor(colleague.id)), params)).status).toBe(302);
    const cookie = await signInCookieFor(userId);
    const refused = await call(sectionRoute.action, post(path, { ...fields, version: "1", leadRole: "Secretary" }, cookie), params);
    expect(refused.status).toBe(409);
    const actionData = await json(refused);
    const loaderData = await json(await call(sectionRoute.loader, get(path, cookie), params));
    const html = render(sectionRoute.default, loaderData, path, actionData);
    const theirs = plain(html.match(/<div class="nhsuk-warning-callout">([\s\S]*?)<form/)?.[1] ?? "");
    expect(theirs).toContain("Their version:");
    expect(theirs).toContain("Chair");
    expect(theirs).toContain("Our policy.pdf");
    expect(theirs).not.toContain("Not uploaded");
  });
});
