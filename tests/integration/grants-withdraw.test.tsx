import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { startApplication } from "~/modules/grants/index.server";
import { prisma } from "~/platform/db.server";
import * as applicationRoute from "~/routes/organisation.applications.$applicationId._index";
import * as withdrawRoute from "~/routes/organisation.applications.$applicationId.withdraw";
import * as resultsRoute from "~/routes/grants.rounds.$roundId_.results";
import { call, get, json, makeUser, post, signInCookieFor } from "./auth.helpers";
import { makeApplicantOrganisation, makeRound } from "./grants-apply.helpers";

function render(Component: () => JSX.Element, loaderData: unknown, path: string, actionData?: unknown): string {
  const router = createMemoryRouter([{ id: "page", path: "*", element: createElement(Component) }], {
    initialEntries: [path],
    hydrationData: { loaderData: { page: loaderData }, ...(actionData ? { actionData: { page: actionData } } : {}) },
  });
  return renderToStaticMarkup(createElement(RouterProvider, { router }));
}

async function submittedApplication(status = "submitted") {
  const { organisation, member, userId } = await makeApplicantOrganisation({ verified: true });
  const round = await makeRound({ closesAt: new Date("2099-01-01T12:00:00Z") });
  const started = await startApplication(member, organisation.id, round.id);
  if (!started.ok) throw new Error("could not start");
  await prisma.grantApplication.update({ where: { id: started.applicationId }, data: { status, submittedAt: new Date("2098-12-01T10:00:00Z") } });
  return { applicationId: started.applicationId, round, userId, organisation };
}

describe("withdrawing an application", () => {
  it("asks to confirm without JavaScript, records the reason for the officer, and lists it for them", async () => {
    const { applicationId, round, userId } = await submittedApplication("at-panel");
    const cookie = await signInCookieFor(userId);
    const appPath = `/organisation/applications/${applicationId}`;
    const params = { applicationId };

    const page = await json(await call(applicationRoute.loader, get(appPath, cookie), params));
    expect(render(applicationRoute.default, page, appPath)).toContain(`href="${appPath}/withdraw"`);

    const path = `${appPath}/withdraw`;
    const confirm = render(withdrawRoute.default, await json(await call(withdrawRoute.loader, get(path, cookie), params)), path);
    expect(confirm).toMatch(/<form method="post"/);
    expect(confirm).toContain('name="reason"');
    expect(confirm).toContain("Yes, withdraw this application");

    // Too long a reason: the message next to it, the text kept, nothing changed.
    const long = "é".repeat(2001);
    const refused = await call(withdrawRoute.action, post(path, { reason: long }, cookie), params);
    expect(refused.status).toBe(400);
    const reply = await json<{ initialValue: { reason: string }; error: Record<string, string[]> }>(refused);
    expect(reply.initialValue.reason).toBe(long);
    expect(reply.error.reason?.[0]).toContain("2000");
    expect((await prisma.grantApplication.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("at-panel");

    const done = await call(withdrawRoute.action, post(path, { reason: "Our venue fell through" }, cookie), params);
    expect(done.status).toBe(302);
    expect((await prisma.grantApplication.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("withdrawn");
    const entry = await prisma.applicationActivity.findFirstOrThrow({ where: { applicationId, action: "withdrawn" } });
    expect(entry).toMatchObject({ fromStatus: "at-panel", toStatus: "withdrawn", note: "Our venue fell through", visibleToApplicant: true });

    const officer = await makeUser([{ role: "grant-officer" }]);
    const resultsPath = `/grants/rounds/${round.id}/results`;
    const results = await json(await call(resultsRoute.loader, get(resultsPath, await signInCookieFor(officer.id)), { roundId: round.id }));
    const html = render(resultsRoute.default, results, resultsPath);
    expect(html).toContain("Withdrawn by the applicant");
    expect(html).toContain(`/grants/applications/${applicationId}`);

    // Once withdrawn, there is nothing left to withdraw.
    const again = await call(withdrawRoute.action, post(path, { reason: "" }, cookie), params);
    expect(again.status).toBe(409);
  });

  it("is refused after a decision, and to anyone outside the organisation", async () => {
    const awarded = await submittedApplication("awarded");
    const cookie = await signInCookieFor(awarded.userId);
    const path = `/organisation/applications/${awarded.applicationId}/withdraw`;
    expect((await call(withdrawRoute.action, post(path, { reason: "" }, cookie), { applicationId: awarded.applicationId })).status).toBe(409);
    expect((await prisma.grantApplication.findUniqueOrThrow({ where: { id: awarded.applicationId } })).status).toBe("awarded");

    const draft = await submittedApplication("draft");
    const outsider = await makeApplicantOrganisation({ verified: true });
    const outsiderCookie = await signInCookieFor(outsider.userId);
    const draftPath = `/organisation/applications/${draft.applicationId}/withdraw`;
    expect((await call(withdrawRoute.action, post(draftPath, { reason: "" }, outsiderCookie), { applicationId: draft.applicationId })).status).toBe(403);
    expect((await prisma.grantApplication.findUniqueOrThrow({ where: { id: draft.applicationId } })).status).toBe("draft");
  });
});
