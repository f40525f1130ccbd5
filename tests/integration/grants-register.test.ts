import { describe, expect, it } from "vitest";
import { acceptInvitationAsNewUser } from "~/modules/identity/index.server";
import { endMembership, registerOrganisation, verifyOrganisation } from "~/modules/organisation/index.server";
import { prisma } from "~/platform/db.server";
import * as organisationsRoute from "~/routes/grants.organisations";
import * as registerRoute from "~/routes/register";
import { call, makeUser, post, signInCookieFor } from "./auth.helpers";
import { actorOf } from "./grants-apply.helpers";

/** A group registers, its first member confirms their email through the outbox link, an officer verifies it. */
describe("registering an organisation", () => {
  it("creates nothing usable until the emailed link is followed, then a member of an unverified organisation", async () => {
    const response = await call(
      registerRoute.action,
      post("/register", { name: "Braunstone Listening Group", charityNumber: "1234567", companyNumber: "", addressLine1: "1 Road", town: "Leicester", postcode: "LE3 1AA", phone: "", website: "", communities: "Young people", contactName: "Ria", email: "ria-register@tests.example" }),
      {},
      { clientIp: "203.0.113.9" },
    );
    expect(response.status).toBe(302);
    const org = await prisma.organisation.findFirstOrThrow({ where: { name: "Braunstone Listening Group" } });
    expect(org.registeredAt).not.toBeNull();
    expect(org.verifiedAt).toBeNull();
    expect(await prisma.user.count({ where: { email: "ria-register@tests.example" } })).toBe(0);
    const email = await prisma.emailOutbox.findFirstOrThrow({ where: { to: "ria-register@tests.example", kind: "invitation" } });
    expect(email.linkSealed).not.toBeNull();
    expect(email.subject).toBe("Confirm your email to finish registering Braunstone Listening Group");
    expect(email.text).toContain("Confirm your email to finish registering Braunstone Listening Group");
    expect(`${email.subject} ${email.text}`).not.toMatch(/invited/i);
  });

  it("refuses a filled honeypot", async () => {
    const response = await call(registerRoute.action, post("/register", { name: "Bot", website_url: "spam" }), {}, { clientIp: "203.0.113.10" });
    expect(response.status).toBe(400);
  });

  it("verification is once and audited; the last member cannot leave", async () => {
    const { organisationId, invitationToken } = await registerOrganisation({
      name: "Eyres Monsell Friends",
      charityNumber: null,
      companyNumber: "01234567",
      addressLine1: "2 Road",
      town: "Leicester",
      postcode: "LE2 9AA",
      phone: null,
      website: null,
      communities: "Families",
      contactName: "Sam",
      email: "sam-register@tests.example",
    });
    const accepted = await acceptInvitationAsNewUser(invitationToken, { name: "Sam", password: "correct horse battery" });
    expect(accepted.ok).toBe(true);
    const member = await actorOf(accepted.ok ? accepted.userId : "");
    expect(member.roles).toEqual([{ role: "organisation-member", organisationId, cafeId: null }]);

    const officer = await actorOf((await makeUser([{ role: "grant-officer" }])).id);
    const results = await Promise.all([verifyOrganisation(officer, organisationId), verifyOrganisation(officer, organisationId)]);
    expect(results.sort()).toEqual(["already-verified", "verified"]);
    expect(await prisma.auditEvent.count({ where: { entityId: organisationId, action: "organisation.verified" } })).toBe(1);

    expect(await endMembership(member, organisationId, member.id)).toBe("last-member");
    expect(await prisma.roleAssignment.count({ where: { organisationId } })).toBe(1);
  });
});

describe("verifying an organisation", () => {
  it("an organisation that does not exist: 404, nothing written", async () => {
    const officer = await makeUser([{ role: "grant-officer" }]);
    const cookie = await signInCookieFor(officer.id);
    const audits = await prisma.auditEvent.count({ where: { action: "organisation.verified" } });
    const response = await call(organisationsRoute.action, post("/grants/organisations", { organisationId: "nope" }, cookie));
    expect(response.status).toBe(404);
    expect(await prisma.auditEvent.count({ where: { action: "organisation.verified" } })).toBe(audits);
  });
});
