import { randomBytes } from "node:crypto";
import { slugify } from "~/lib/slug";
import { recordAudit } from "~/modules/audit/index.server";
import { createInvitation } from "~/modules/identity/index.server";
import type { Actor } from "~/modules/identity";
import { now } from "~/platform/clock.server";
import { invalidatePublicData } from "~/platform/public-cache.server";
import { prisma } from "~/platform/db.server";
import type { RegistrationForm } from "./registration";

/**
 * Self-registration, verification and membership of organisations.
 * - Registering writes the organisation and an invitation, as an organisation member, to the address
 *   given: the person confirms their email by following the outbox link (the invitation flow), and has
 *   no account and no access before that.
 * - A grant officer verifies it (a conditional update: once), audited. Until then it may draft grant
 *   applications but not submit them.
 * - Members leave or are removed; the last member cannot leave (the organisation's row is written first
 *   in the same transaction, so two members leaving at once cannot both go).
 */
export async function registerOrganisation(input: RegistrationForm): Promise<{ organisationId: string; invitationToken: string }> {
  const at = now();
  const slug = `${slugify(input.name).slice(0, 60) || "organisation"}-${randomBytes(3).toString("hex")}`;
  return prisma.$transaction(async (tx) => {
    const organisation = await tx.organisation.create({
      data: {
        slug,
        name: input.name,
        charityNumber: input.charityNumber,
        companyNumber: input.companyNumber,
        addressLine1: input.addressLine1,
        town: input.town,
        postcode: input.postcode.toUpperCase(),
        contactName: input.contactName,
        email: input.email,
        phone: input.phone,
        website: input.website,
        communities: input.communities,
        registeredAt: at,
        createdAt: at,
      },
      select: { id: true },
    });
    const invitation = await createInvitation(tx, { email: input.email, role: "organisation-member", organisationId: organisation.id, invitedById: null, purpose: "registration" });
    await recordAudit(tx, {
      actorId: null,
      action: "organisation.registered",
      entityType: "Organisation",
      entityId: organisation.id,
      after: { name: input.name, charityNumber: input.charityNumber, companyNumber: input.companyNumber, email: input.email },
    });
    return { organisationId: organisation.id, invitationToken: invitation.token };
  });
}

export type OrganisationToVerify = {
  id: string;
  name: string;
  charityNumber: string | null;
  companyNumber: string | null;
  town: string | null;
  postcode: string | null;
  contactName: string | null;
  email: string | null;
  website: string | null;
  communities: string | null;
  registeredAt: Date | null;
  verifiedAt: Date | null;
  members: number;
};

/** Organisations not yet verified first (oldest registration first), then the verified ones. */
export async function listOrganisationsForVerification(): Promise<OrganisationToVerify[]> {
  const rows = await prisma.organisation.findMany({
    orderBy: [{ registeredAt: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      charityNumber: true,
      companyNumber: true,
      town: true,
      postcode: true,
      contactName: true,
      email: true,
      website: true,
      communities: true,
      registeredAt: true,
      verifiedAt: true,
      _count: { select: { roles: { where: { role: "organisation-member" } } } },
    },
  });
  const shaped = rows.map(({ _count, ...o }) => ({ ...o, members: _count.roles }));
  return [...shaped.filter((o) => !o.verifiedAt), ...shaped.filter((o) => o.verifiedAt)];
}

/**
 * Verifies an organisation once (by a grant officer or admin: the route checks): "verified", or why not
 * (already verified, or no such organisation). Its partner services become public.
 */
export async function verifyOrganisation(actor: Actor, organisationId: string): Promise<"verified" | "already-verified" | "not-found"> {
  const result = await prisma.$transaction(async (tx) => {
    const at = now();
    const { count } = await tx.organisation.updateMany({ where: { id: organisationId, verifiedAt: null }, data: { verifiedAt: at, verifiedById: actor.id } });
    if (count !== 1) return (await tx.organisation.count({ where: { id: organisationId } })) ? "already-verified" : "not-found";
    await recordAudit(tx, { actorId: actor.id, action: "organisation.verified", entityType: "Organisation", entityId: organisationId, after: { verifiedAt: at.toISOString() } });
    return "verified" as const;
  });
  if (result === "verified") invalidatePublicData();
  return result;
}

export type Member = { userId: string; name: string; email: string };

export async function listMembers(organisationId: string): Promise<Member[]> {
  const rows = await prisma.roleAssignment.findMany({
    where: { organisationId, role: "organisation-member" },
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return rows.map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email }));
}

/** Invites a colleague as a member (the existing invitation flow; the route checks the inviter is a member). */
export async function inviteMember(actor: Actor, organisationId: string, email: string) {
  return prisma.$transaction((tx) => createInvitation(tx, { email, role: "organisation-member", organisationId, invitedById: actor.id }));
}

/**
 * Ends `userId`'s membership of the organisation (their own: leaving; another's: removing, by a fellow
 * member or an admin — the route checks). Refused for the last member.
 */
export async function endMembership(actor: Actor, organisationId: string, userId: string): Promise<"done" | "last-member" | "not-member"> {
  return prisma.$transaction(async (tx) => {
    // Writing the organisation's row first makes concurrent membership changes of it wait for each other.
    await tx.organisation.update({ where: { id: organisationId }, data: { updatedAt: now() } });
    const { count } = await tx.roleAssignment.deleteMany({ where: { organisationId, userId, role: "organisation-member" } });
    if (count === 0) throw new NotMember(); // undoes the organisation's write above
    const left = await tx.roleAssignment.count({ where: { organisationId, role: "organisation-member" } });
    if (left === 0) throw new LastMember();
    await recordAudit(tx, {
      actorId: actor.id,
      action: actor.id === userId ? "organisation.member.left" : "organisation.member.removed",
      entityType: "Organisation",
      entityId: organisationId,
      after: { userId },
    });
    return "done" as const;
  }).catch((error: unknown) => {
    if (error instanceof LastMember) return "last-member" as const;
    if (error instanceof NotMember) return "not-member" as const;
    throw error;
  });
}

class LastMember extends Error {}
class NotMember extends Error {}

/** How many organisations wait for a grant officer's check. */
export async function countOrganisationsToVerify(): Promise<number> {
  return prisma.organisation.count({ where: { verifiedAt: null } });
}
