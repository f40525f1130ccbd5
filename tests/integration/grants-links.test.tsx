import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { SiteFooter } from "~/components/shell/SiteFooter";
import { saveSection, startApplication } from "~/modules/grants/index.server";
import { prisma } from "~/platform/db.server";
import * as applicationRoute from "~/routes/organisation.applications.$applicationId._index";
import * as homeRoute from "~/routes/organisation._index";
import * as signInRoute from "~/routes/sign-in";
import { call, get, json, signInCookieFor } from "./auth.helpers";
import { makeApplicantOrganisation, makeRound } from "./grants-apply.helpers";

/** A page's markup from its loader's data. */
function render(Component: () => JSX.Element | null, loaderData: unknown, path: string): string {
  const router = createMemoryRouter([{ id: "page", path: "*", element: createElement(Component) }], {
    initialEntries: [path],
    hydrationData: { loaderData: { page: loaderData } },
  });
  return renderToStaticMarkup(createElement(RouterProvider, { router }));
}

const plain = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

describe("the way to register an organisation", () => {
  it("every page's footer (the finder's home too) and the sign-in page link to /register", async () => {
    const footer = render(SiteFooter, null, "/");
    expect(footer).toContain('href="/register"');
    expect(plain(footer)).toContain("Are you a voluntary group? Register your organisation to apply for a café grant");
    const signIn = await json(await call(signInRoute.loader, get("/sign-in")));
    const page = render(signInRoute.default, signIn, "/sign-in");
    expect(page).toContain('href="/register"');
    expect(plain(page)).toContain("does not need an invitation: register your organisation");
  });
});

describe("an application's page", () => {
  it("names each field still needed, linking to it on its section's page, and links an awarded application to its offer", async () => {
    const { organisation, member, userId } = await makeApplicantOrganisation({ verified: true });
    const cookie = await signInCookieFor(userId);
    const round = await makeRound({ closesAt: new Date("2099-01-01T00:00:00Z") });
    const started = await startApplication(member, organisation.id, round.id);
    if (!started.ok) throw new Error("could not start");
    const id = started.applicationId;
    await saveSection(member, id, "cafe", { cafeName: "Tea Room", venueName: "", addressLine1: "", town: "", postcode: "", coverageSiteId: "" }, 0);
    const address = `/organisation/applications/${id}`;
    const page = render(applicationRoute.default, await json(await call(applicationRoute.loader, get(address, cookie), { applicationId: id })), address);
    const text = plain(page);
    expect(text).toMatch(/The proposed café ?: Postcode is needed/);
    expect(text).toMatch(/The proposed café ?: Venue is needed/);
    expect(text).not.toContain("This is needed before you can submit");
    expect(page).toContain(`href="/organisation/applications/${id}/cafe#field-postcode"`);

    await prisma.grantApplication.update({ where: { id }, data: { status: "awarded" } });
    const awarded = render(applicationRoute.default, await json(await call(applicationRoute.loader, get(address, cookie), { applicationId: id })), address);
    expect(awarded).toContain(`href="/organisation/awards/${id}"`);
    expect(plain(awarded)).toContain("Read and accept your offer");
    const home = render(homeRoute.default, await json(await call(homeRoute.loader, get("/organisation", cookie), {})), "/organisation");
    expect(home).toContain(`href="/organisation/awards/${id}"`);
    expect(plain(home)).toContain("Read and accept your offer");
  });
});
