// @database-behaviour: an invitation used once (conditional write), unique accounts. Runs on PostgreSQL too (vitest.config.ts).
import { afterEach, describe, expect, it } from "vitest";
import { createInvitation, InvitationError } from "~/modules/identity/index.server";
import { hashToken } from "~/modules/identity/index.server";
import * as adminUsers from "~/routes/admin.users";
import * as accept from "~/routes/invitations.$token";
import { prisma } from "~/platform/db.server";
import { secretLinkOf } from "~/modules/outbox/index.server";
import {
  call,
  cookieFrom,
  get,
  json,
  makeOrganisationWithCafe,
  makeUser,
  post,
  signInCookieFor,
  uniqueEmail,
  userFromCookie,
} from "./auth.helpers";
import { setClock } from "./clock.helpers";

afterEach(() => setClock(null));

async function invite(input: Parameters<typeof createInvitation>[1]) {
  return prisma.$transaction((tx) => createInvitation(tx, input));
}

const PASSWORD = "a long enough passphrase";

describe("createInvitation", () => {
  it("writes the invitation (token hashed, 14 days), its email and an audit entry in the caller's transaction", async () => {
    const admin = await makeUser([{ role: "admin" }], { name: "Mel Admin" });
    const { organisation } = await makeOrganisationWithCafe("inv");
    const email = uniqueEmail("newcomer");
    const created = await invite({ email, role: "organisation-member", organisationId: organisation.id, invitedById: admin.id });

    const row = await prisma.invitation.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(row).toMatchObject({ email, role: "organisation-member", organisationId: organisation.id, cafeId: null, acceptedAt: null });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(14 * 24 * 3600_000);

    const message = await prisma.emailOutbox.findFirstOrThrow({ where: { to: email } });
    expect(message.kind).toBe("invitation");
    expect(message.subject).toBe("Mel Admin invited you to Café Network");
    expect(message.text).toContain(`Organisation member for ${organisation.name}`);
    expect(secretLinkOf(message)).toContain(`/invitations/${created.token}`);
    expect(message.text).not.toContain(created.token);
    expect(await prisma.auditEvent.count({ where: { entityId: created.id, action: "invitation.created" } })).toBe(1);
  });

  it("leaves neither invitation nor email when the caller's transaction fails", async () => {
    const email = uniqueEmail("rolled-back");
    await expect(
      prisma.$transaction(async (tx) => {
        await createInvitation(tx, { email, role: "commissioner", invitedById: null });
        throw new Error("the café could not be saved");
      }),
    ).rejects.toThrow("the café could not be saved");
    expect(await prisma.invitation.count({ where: { email } })).toBe(0);
    expect(await prisma.emailOutbox.count({ where: { to: email } })).toBe(0);
  });

  it("insists on the scope a role needs, and keeps only that scope", async () => {
    const { organisation, cafe } = await makeOrganisationWithCafe("scope");
    await expect(invite({ email: uniqueEmail("x"), role: "cafe-manager", invitedById: null })).rejects.toBeInstanceOf(InvitationError);
    await expect(invite({ email: uniqueEmail("x"), role: "organisation-member", invitedById: null })).rejects.toBeInstanceOf(
      InvitationError,
    );
    const created = await invite({
      email: uniqueEmail("manager"),
      role: "cafe-manager",
      cafeId: cafe.id,
      organisationId: organisation.id,
      invitedById: null,
    });
    expect(await prisma.invitation.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      cafeId: cafe.id,
      organisationId: null,
    });
  });
});

describe("accepting an invitation", () => {
  it("lets a new person create their account with the invited role and scope, and signs them in", async () => {
    const admin = await makeUser([{ role: "admin" }], { name: "Mel Admin" });
    const { organisation } = await makeOrganisationWithCafe("accept");
    const email = uniqueEmail("new-member");
    const { token } = await invite({ email, role: "organisation-member", organisationId: organisation.id, invitedById: admin.id });

    const page = await call(accept.loader, get(`/invitations/${token}`), { token });
    expect(await json(page)).toMatchObject({
      state: "valid",
      invitation: { email, role: `Organisation member: ${organisation.name}`, invitedBy: "Mel Admin", existingUser: false },
    });

    const missing = await call(accept.action, post(`/invitations/${token}`, { intent: "create-account", name: "", password: PASSWORD, confirm: PASSWORD }), { token });
    expect(missing.status).toBe(400);
    expect((await json<{ errors: Record<string, string> }>(missing)).errors).toEqual({ name: "Enter your full name" });

    const response = await call(
      accept.action,
      post(`/invitations/${token}`, { intent: "create-account", name: "Sam Okafor", password: PASSWORD, confirm: PASSWORD }),
      { token },
      { clientIp: "192.0.2.10" },
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/organisation");
    const signedIn = await userFromCookie(cookieFrom(response));
    expect(signedIn).toMatchObject({ email, name: "Sam Okafor" });
    expect(signedIn?.roles).toEqual([{ role: "organisation-member", organisationId: organisation.id, cafeId: null }]);
    expect((await prisma.invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } })).acceptedAt).not.toBeNull();
    expect(await prisma.auditEvent.count({ where: { entityId: signedIn!.id, action: "role.added" } })).toBe(1);

    // The link works once.
    expect(await json(await call(accept.loader, get(`/invitations/${token}`), { token }))).toMatchObject({ state: "accepted" });
    const again = await call(
      accept.action,
      post(`/invitations/${token}`, { intent: "create-account", name: "Someone Else", password: PASSWORD, confirm: PASSWORD }),
      { token },
    );
    expect(again.status).toBe(400);
    expect(await json(again)).toMatchObject({ invitationState: "accepted" });
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });

  it("adds the role to an existing account once its owner signs in and accepts", async () => {
    const { cafe } = await makeOrganisationWithCafe("existing");
    const person = await makeUser([{ role: "organisation-member", organisationId: (await makeOrganisationWithCafe("home")).organisation.id }]);
    const { token } = await invite({ email: person.email.toUpperCase(), role: "cafe-manager", cafeId: cafe.id, invitedById: null });

    const anonymousView = await json(await call(accept.loader, get(`/invitations/${token}`), { token }));
    expect(anonymousView).toMatchObject({ state: "valid", invitation: { existingUser: true }, path: `/invitations/${token}` });

    // Not signed in: accepting sends them to sign in, and back here.
    const anonymous = await call(accept.action, post(`/invitations/${token}`, { intent: "accept" }), { token });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toBe(`/sign-in?redirectTo=${encodeURIComponent(`/invitations/${token}`)}`);

    // Signed in as someone else: refused, nothing changes.
    const stranger = await makeUser([{ role: "commissioner" }]);
    const wrong = await call(accept.action, post(`/invitations/${token}`, { intent: "accept" }, await signInCookieFor(stranger.id)), { token });
    expect(wrong.status).toBe(400);
    expect(await prisma.roleAssignment.count({ where: { userId: stranger.id, role: "cafe-manager" } })).toBe(0);
    expect((await prisma.invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } })).acceptedAt).toBeNull();

    // The right person.
    const cookie = await signInCookieFor(person.id);
    const response = await call(accept.action, post(`/invitations/${token}`, { intent: "accept" }, cookie), { token });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/manage");
    const roles = await prisma.roleAssignment.findMany({ where: { userId: person.id }, orderBy: { createdAt: "asc" } });
    expect(roles.map((r) => [r.role, r.cafeId])).toContainEqual(["cafe-manager", cafe.id]);
    expect(roles).toHaveLength(2);
  });

  it("refuses to create a second account for an address that has one", async () => {
    const person = await makeUser([{ role: "commissioner" }]);
    const { token } = await invite({ email: person.email, role: "grant-officer", invitedById: null });
    const response = await call(
      accept.action,
      post(`/invitations/${token}`, { intent: "create-account", name: "Impostor", password: PASSWORD, confirm: PASSWORD }),
      { token },
    );
    expect(response.status).toBe(400);
    expect((await json<{ errors: Record<string, string> }>(response)).errors._form).toMatch(/already exists/);
    expect((await prisma.invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } })).acceptedAt).toBeNull();
    expect(await prisma.roleAssignment.count({ where: { userId: person.id, role: "grant-officer" } })).toBe(0);
  });

  it("explains an expired invitation and creates nothing", async () => {
    const start = new Date("2026-11-01T10:00:00Z");
    setClock(start);
    const email = uniqueEmail("late");
    const { token } = await invite({ email, role: "panel-member", invitedById: null });
    setClock(new Date(start.getTime() + 14 * 24 * 3600_000));
    expect(await json(await call(accept.loader, get(`/invitations/${token}`), { token }))).toMatchObject({ state: "expired", days: 14 });
    const response = await call(
      accept.action,
      post(`/invitations/${token}`, { intent: "create-account", name: "Late Person", password: PASSWORD, confirm: PASSWORD }),
      { token },
    );
    expect(response.status).toBe(400);
    expect(await json(response)).toMatchObject({ invitationState: "expired" });
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });

  it("explains a link that matches no invitation", async () => {
    expect(await json(await call(accept.loader, get("/invitations/nonsense"), { token: "nonsense" }))).toMatchObject({ state: "invalid" });
  });

  it("quietly refuses a filled honeypot", async () => {
    const email = uniqueEmail("bot");
    const { token } = await invite({ email, role: "panel-member", invitedById: null });
    const response = await call(
      accept.action,
      post(`/invitations/${token}`, { intent: "create-account", name: "Bot", password: PASSWORD, confirm: PASSWORD, website_url: "x" }),
      { token },
    );
    expect(response.status).toBe(400);
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });
});

describe("the admin's users page", () => {
  it("invites someone with a role and scope, audited, with the email in the outbox", async () => {
    const admin = await makeUser([{ role: "admin" }]);
    const cookie = await signInCookieFor(admin.id);
    const { cafe } = await makeOrganisationWithCafe("admin-invite");
    const email = uniqueEmail("invitee");

    const response = await call(adminUsers.action, post("/admin/users", { intent: "invite", email, role: "cafe-manager", organisationId: "", cafeId: cafe.id }, cookie));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/admin/users?done=invited");
    const invitation = await prisma.invitation.findFirstOrThrow({ where: { email } });
    expect(invitation).toMatchObject({ role: "cafe-manager", cafeId: cafe.id, invitedById: admin.id });
    expect(await prisma.emailOutbox.count({ where: { to: email, kind: "invitation" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: invitation.id, actorId: admin.id, action: "invitation.created" } })).toBe(1);

    const page = await json<{ pending: { email: string; scope: string }[] }>(await call(adminUsers.loader, get("/admin/users", cookie)));
    expect(page.pending).toContainEqual(expect.objectContaining({ email, scope: cafe.name }));
  });

  it("explains each missing or wrong field next to it, keeping what was typed", async () => {
    const admin = await makeUser([{ role: "admin" }]);
    const cookie = await signInCookieFor(admin.id);
    const noScope = await call(adminUsers.action, post("/admin/users", { intent: "invite", email: "Someone@Example.org", role: "organisation-member", organisationId: "", cafeId: "" }, cookie));
    expect(noScope.status).toBe(400);
    expect(await json(noScope)).toMatchObject({
      errors: { organisationId: "Choose the organisation this person will act for" },
      values: { email: "Someone@Example.org", role: "organisation-member" },
    });
    const noRole = await call(adminUsers.action, post("/admin/users", { intent: "invite", email: "bad", role: "", organisationId: "", cafeId: "" }, cookie));
    expect((await json<{ errors: Record<string, string> }>(noRole)).errors).toMatchObject({
      email: "Enter an email address in the correct format, like name@example.org",
      role: "Choose a role",
    });
    const ghost = await call(adminUsers.action, post("/admin/users", { intent: "invite", email: uniqueEmail("g"), role: "cafe-manager", organisationId: "", cafeId: "no-such-cafe" }, cookie));
    expect((await json<{ errors: Record<string, string> }>(ghost)).errors).toEqual({ cafeId: "That café no longer exists. Choose another" });

    const holder = await makeUser([{ role: "commissioner" }]);
    const already = await call(adminUsers.action, post("/admin/users", { intent: "invite", email: holder.email, role: "commissioner", organisationId: "", cafeId: "" }, cookie));
    expect(already.status).toBe(400);
  });

  it("removes a role (audited) but never the admin's own admin role", async () => {
    const admin = await makeUser([{ role: "admin" }]);
    const cookie = await signInCookieFor(admin.id);
    const person = await makeUser([{ role: "grant-officer" }, { role: "panel-member" }]);
    const assignment = await prisma.roleAssignment.findFirstOrThrow({ where: { userId: person.id, role: "panel-member" } });

    const response = await call(adminUsers.action, post("/admin/users", { intent: "remove-role", id: assignment.id }, cookie));
    expect(response.headers.get("Location")).toBe("/admin/users?done=role-removed");
    expect(await prisma.roleAssignment.findMany({ where: { userId: person.id }, select: { role: true } })).toEqual([{ role: "grant-officer" }]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: person.id, action: "role.removed" } });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.parse(audit.before ?? "{}")).toMatchObject({ role: "panel-member" });

    const own = await prisma.roleAssignment.findFirstOrThrow({ where: { userId: admin.id, role: "admin" } });
    const refused = await call(adminUsers.action, post("/admin/users", { intent: "remove-role", id: own.id }, cookie));
    expect(refused.status).toBe(400);
    expect(await prisma.roleAssignment.count({ where: { id: own.id } })).toBe(1);
  });

  it("withdraws a pending invitation, so its link stops working", async () => {
    const admin = await makeUser([{ role: "admin" }]);
    const cookie = await signInCookieFor(admin.id);
    const { id, token } = await invite({ email: uniqueEmail("withdrawn"), role: "panel-member", invitedById: admin.id });
    const response = await call(adminUsers.action, post("/admin/users", { intent: "withdraw", id }, cookie));
    expect(response.headers.get("Location")).toBe("/admin/users?done=withdrawn");
    expect(await json(await call(accept.loader, get(`/invitations/${token}`), { token }))).toMatchObject({ state: "expired" });
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: "invitation.withdrawn" } })).toBe(1);
    // Its email, not sent yet, is cancelled with it: sending it later would deliver a dead link.
    const email = await prisma.emailOutbox.findFirstOrThrow({ where: { reference: `Invitation:${id}` } });
    expect(email).toMatchObject({ status: "cancelled", lastError: expect.stringMatching(/withdrawn/) });
  });
});
