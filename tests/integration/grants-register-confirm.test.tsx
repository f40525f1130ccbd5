import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { createInvitation, InvitationError } from "~/modules/identity/index.server";
import { inviteMember, registerOrganisation, verifyOrganisation } from "~/modules/organisation/index.server";
import type { RegistrationForm } from "~/modules/organisation";
import { prisma } from "~/platform/db.server";
import * as invitationRoute from "~/routes/invitations.$token";
import * as registerRoute from "~/routes/register";
import { secretLinkOf } from "~/modules/outbox/index.server";
import { call, get, json, makeUser, post, uniqueEmail } from "./auth.helpers";
import { actorOf } from "./grants-apply.helpers";

/**
 * The page the registration email links to: it asks the person who registered an organisation to confirm
 * their email address to finish registering it, says a grant officer checks the organisation first, and
 * offers the name they gave for their account. Invitations from a person keep their own page.
 */
function render(loaderData: unknown, path: string, actionData?: unknown): string {
  const router = createMemoryRouter([{ id: "page", path: "*", element: createElement(invitationRoute.default) }], {
    initialEntries: [path],
    hydrationData: { loaderData: { page: loaderData }, ...(actionData ? { actionData: { page: actionData } } : {}) },
  });
  return renderToStaticMarkup(createElement(RouterProvider, { router }));
}

const plain = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, " ").trim();

/** The value the page's "Your name" field shows. */
function nameValue(html: string): string | null {
  const input = /<input[^>]*name="name"[^>]*>/.exec(html)?.[0];
  if (!input) return null;
  return /value="([^"]*)"/.exec(input)?.[1] ?? "";
}

type PageData = {
  state: string;
  invitation: { invitedBy: string | null; registration: { organisation: string; verified: boolean; contactName: string } | null } | null;
};

async function open(token: string) {
  const path = `/invitations/${token}`;
  const data = await json<PageData>(await call(invitationRoute.loader, get(path), { token }));
  return { data, path, html: render(data, path) };
}

function registration(name: string, contactName: string, email: string): RegistrationForm {
  return { name, charityNumber: "1234567", companyNumber: null, addressLine1: "1 Road", town: "Leicester", postcode: "LE3 1AA", phone: null, website: null, communities: "Young people", contactName, email };
}

describe("confirming the email address of a registration", () => {
  it("the link in the registration email opens a page to finish registering, with the contact's name offered", async () => {
    const email = uniqueEmail("ria");
    const response = await call(
      registerRoute.action,
      post("/register", { name: "Aylestone Listening Group", charityNumber: "1234567", companyNumber: "", addressLine1: "1 Road", town: "Leicester", postcode: "LE2 8AA", phone: "", website: "", communities: "Older people", contactName: "Ria Patel", email }),
      {},
      { clientIp: "203.0.113.21" },
    );
    expect(response.status).toBe(302);
    const message = await prisma.emailOutbox.findFirstOrThrow({ where: { to: email } });
    expect(message.text).toContain("A grant officer at Voluntary Action Leicestershire will then check Aylestone Listening Group");
    const token = new URL(secretLinkOf(message) ?? "").pathname.split("/").pop() ?? "";

    const { data, html } = await open(token);
    expect(data.state).toBe("valid");
    expect(data.invitation?.registration).toEqual({ organisation: "Aylestone Listening Group", verified: false, contactName: "Ria Patel" });
    const text = plain(html);
    expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]).toBe("Confirm your email address to finish registering Aylestone Listening Group");
    expect(text).toContain(`You registered Aylestone Listening Group with Café Network using ${email}.`);
    expect(text).toContain("a grant officer at Voluntary Action Leicestershire will check its details");
    expect(text).not.toMatch(/invit/i);
    expect(nameValue(html)).toBe("Ria Patel");
    expect(text).toContain("Create account and finish registering");
  });

  it("a name typed and refused comes back as typed, not as the registered one", async () => {
    const { invitationToken: token } = await registerOrganisation(registration("Belgrave Friends", "Sam Okafor", uniqueEmail("sam")));
    const path = `/invitations/${token}`;
    const { data } = await open(token);

    const shortPassword = await call(
      invitationRoute.action,
      post(path, { intent: "create-account", name: "Samuel Okafor", password: "short", confirm: "short" }),
      { token },
      { clientIp: "203.0.113.22" },
    );
    expect(shortPassword.status).toBe(400);
    const refused = await json<{ values: Record<string, unknown> }>(shortPassword);
    expect(refused.values.name).toBe("Samuel Okafor");
    expect(nameValue(render(data, path, refused))).toBe("Samuel Okafor");

    const emptied = await json(
      await call(invitationRoute.action, post(path, { intent: "create-account", name: "", password: "a long enough passphrase", confirm: "a long enough passphrase" }), { token }, { clientIp: "203.0.113.22" }),
    );
    expect(nameValue(render(data, path, emptied))).toBe("");
    expect(await prisma.user.count({ where: { name: { in: ["Sam Okafor", "Samuel Okafor"] } } })).toBe(0);
  });

  it("says so when a grant officer has already verified the organisation", async () => {
    const { organisationId, invitationToken: token } = await registerOrganisation(registration("Evington Circle", "Dee", uniqueEmail("dee")));
    const officer = await actorOf((await makeUser([{ role: "grant-officer" }])).id);
    expect(await verifyOrganisation(officer, organisationId)).toBe("verified");
    const { data, html } = await open(token);
    expect(data.invitation?.registration?.verified).toBe(true);
    expect(plain(html)).toContain("has already checked Evington Circle, so it can submit grant applications");
  });

  it("leaves an invitation from a member as an invitation, with no name offered, even to the organisation's own address", async () => {
    const address = uniqueEmail("shared");
    const { organisationId, invitationToken } = await registerOrganisation(registration("Humberstone Group", "Kit", address));
    await prisma.invitation.updateMany({ where: { email: address }, data: { expiresAt: new Date("2020-01-01T00:00:00Z") } });
    expect((await open(invitationToken)).data.state).toBe("expired");
    const member = await makeUser([{ role: "organisation-member", organisationId }], { name: "Jo Member" });
    const invited = await inviteMember(await actorOf(member.id), organisationId, address);

    const { data, html } = await open(invited.token);
    expect(data.invitation?.registration).toBeNull();
    expect(data.invitation?.invitedBy).toBe("Jo Member");
    expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]).toBe("Your invitation to Café Network");
    expect(plain(html)).toContain("Jo Member has invited you to join Café Network as Organisation member: Humberstone Group.");
    expect(nameValue(html)).toBe("");
    const message = await prisma.emailOutbox.findFirstOrThrow({ where: { to: address, subject: { contains: "invited" } } });
    expect(message.subject).toBe("Jo Member invited you to Café Network");
  });

  it("an invitation is written as a registration only if its page will read as one", async () => {
    const { organisationId } = await registerOrganisation(registration("Rushey Mead Friends", "Ash", uniqueEmail("ash")));
    const member = await makeUser([{ role: "organisation-member", organisationId }]);
    const write = (input: Parameters<typeof createInvitation>[1]) => prisma.$transaction((tx) => createInvitation(tx, input));
    await expect(write({ email: uniqueEmail("other"), role: "organisation-member", organisationId, invitedById: null, purpose: "registration" })).rejects.toBeInstanceOf(InvitationError);
    await expect(write({ email: uniqueEmail("other"), role: "organisation-member", organisationId, invitedById: member.id, purpose: "registration" })).rejects.toBeInstanceOf(InvitationError);
  });
});
