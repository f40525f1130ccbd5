import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { startApplication } from "~/modules/grants/index.server";
import { prisma } from "~/platform/db.server";
import * as applicationRoute from "~/routes/organisation.applications.$applicationId._index";
import * as homeRoute from "~/routes/organisation._index";
import * as roundRoute from "~/routes/organisation.rounds.$roundId";
import { call, get, json, signInCookieFor } from "./auth.helpers";
import { makeApplicantOrganisation, makeRound } from "./grants-apply.helpers";

function render(Component: () => JSX.Element, loaderData: unknown, path: string): string {
  const router = createMemoryRouter([{ id: "page", path: "*", element: createElement(Component) }], {
    initialEntries: [path],
    hydrationData: { loaderData: { page: loaderData } },
  });
  return renderToStaticMarkup(createElement(RouterProvider, { router }));
}
const plain = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

const GUIDANCE = "Read this first.\n\nThe FAQ is at https://val.org.uk/grants/faq. <script>alert(1)</script> <b>bold</b>";

async function roundWithGuidance(options: { closesAt: Date; status?: string }) {
  const round = await makeRound({ closesAt: options.closesAt, ...(options.status ? { status: options.status } : {}) });
  const footprint = await prisma.footprint.findFirstOrThrow({ orderBy: { name: "asc" } });
  await prisma.grantRound.update({
    where: { id: round.id },
    data: {
      guidance: GUIDANCE,
      budgetPence: 12_345_600,
      areas: { create: [{ footprintId: footprint.id }] },
      criteria: { create: [{ title: "Community shaped", description: "How people were involved", weight: 3 }] },
      checklist: { create: [{ text: "The organisation is based in LLR" }] },
    },
  });
  return { round, footprint };
}

describe("a round's guidance, for applicants", () => {
  it("is linked from the home before starting, and shows everything the round asks, with only web addresses as links", async () => {
    const { organisation, userId } = await makeApplicantOrganisation({ verified: true });
    const cookie = await signInCookieFor(userId);
    const { round, footprint } = await roundWithGuidance({ closesAt: new Date("2099-03-31T11:00:00Z") });

    const home = await json(await call(homeRoute.loader, get("/organisation", cookie), {}));
    expect(render(homeRoute.default, home, "/organisation")).toContain(`href="/organisation/rounds/${round.id}?org=${organisation.id}"`);

    const path = `/organisation/rounds/${round.id}`;
    const data = await json(await call(roundRoute.loader, get(path, cookie), { roundId: round.id }));
    const html = render(roundRoute.default, data, path);
    expect(html).toContain('<a href="https://val.org.uk/grants/faq" rel="noopener noreferrer">https://val.org.uk/grants/faq</a>');
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;");
    const text = plain(html);
    expect(text).toContain("Read this first.");
    expect(text).toContain("Neighbourhood");
    expect(text).toContain("£15,000");
    expect(text).toContain("£123,456");
    expect(text).toContain("Tuesday 31 March 2099, 12:00"); // British Summer Time
    expect(text).toContain(footprint.name);
    expect(text).toContain("Community shaped");
    expect(text).toMatch(/3 of 4/);
    expect(text).toContain("The organisation is based in LLR");
    expect(html).toContain('action="/organisation/applications/new"');
  });

  it("is on the application's page in a panel that opens without JavaScript", async () => {
    const { organisation, member, userId } = await makeApplicantOrganisation({ verified: true });
    const cookie = await signInCookieFor(userId);
    const { round } = await roundWithGuidance({ closesAt: new Date("2099-03-31T11:00:00Z") });
    const started = await startApplication(member, organisation.id, round.id);
    if (!started.ok) throw new Error("could not start");
    const path = `/organisation/applications/${started.applicationId}`;
    const data = await json(await call(applicationRoute.loader, get(path, cookie), { applicationId: started.applicationId }));
    const details = render(applicationRoute.default, data, path).match(/<details[\s\S]*?<\/details>/)?.[0] ?? "";
    expect(details).toContain("Guidance for this round");
    expect(details).toContain('href="https://val.org.uk/grants/faq"');
    expect(plain(details)).toContain("The organisation is based in LLR");
  });

  it("of a round not open is refused to organisations without an application in it", async () => {
    const { userId } = await makeApplicantOrganisation({ verified: true });
    const { round } = await roundWithGuidance({ closesAt: new Date("2099-03-31T11:00:00Z"), status: "draft" });
    const response = await call(roundRoute.loader, get(`/organisation/rounds/${round.id}`, await signInCookieFor(userId)), { roundId: round.id });
    expect(response.status).toBe(403);
  });
});
