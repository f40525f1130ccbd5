import { isRole, SCOPED_ROLES, type Role } from "./roles";
import { invitationPurpose, type InvitationPurpose } from "./invitation";
import { recordAudit } from "~/modules/audit/index.server";
import { addRoleIfMissing, hashToken, newToken, normaliseEmail } from "./user.server";
import { now } from "~/platform/clock.server";
import { prisma, type Tx } from "~/platform/db.server";
import { LINK_PLACEHOLDER } from "~/modules/outbox";
import { cancelEmailsFor, enqueueEmail } from "~/modules/outbox/index.server";
import { appUrl } from "~/platform/env.server";
import { hashPassword } from "./password.server";
import { invitationEmail, registrationEmail } from "./emails";
import { EMAIL_PATTERN } from "~/lib/forms";

/**
 * Invitations: the way people join Café Network and gain roles. The link in the email carries a random
 * token; the database keeps only its SHA-256 hash. Accepting creates the RoleAssignment with the
 * invitation's scope (an organisation for organisation members, a café for café managers).
 */
export const INVITATION_DAYS = 14;


export type InvitationInput = {
  email: string;
  role: Role;
  /** Required for organisation members; ignored for other roles. */
  organisationId?: string | null;
  /** Required for café managers; ignored for other roles. */
  cafeId?: string | null;
  /** Who sends it (shown in the email and on the page); null for the system. */
  invitedById: string | null;
  /**
   * "registration" when the person registered the organisation themselves: the email asks them to confirm
   * their address. It must be what `invitationPurpose` tells from the stored invitation, which words its page.
   */
  purpose?: InvitationPurpose;
};

export class InvitationError extends Error {}

/** How an invitation's email names it in the outbox (EmailOutbox.reference). */
export function invitationReference(invitationId: string): string {
  return `Invitation:${invitationId}`;
}

/** Ends a pending invitation now (its link then says it has expired) and cancels its unsent email. */
async function endInvitation(tx: Tx, actorId: string | null, invitationId: string, at: Date): Promise<boolean> {
  const { count } = await tx.invitation.updateMany({
    where: { id: invitationId, acceptedAt: null, expiresAt: { gt: at } },
    data: { expiresAt: at },
  });
  if (count !== 1) return false;
  const emailsCancelled = await cancelEmailsFor(tx, invitationReference(invitationId));
  await recordAudit(tx, { actorId, action: "invitation.withdrawn", entityType: "Invitation", entityId: invitationId, after: { emailsCancelled } });
  return true;
}

/** The scope an assignment of `role` keeps: only the one its kind needs, never a stray one. */
export function scopeFor(
  role: Role,
  organisationId?: string | null,
  cafeId?: string | null,
): { organisationId: string | null; cafeId: string | null } {
  const kind = SCOPED_ROLES[role];
  if (kind === "organisation") {
    if (!organisationId) throw new InvitationError(`An invitation as ${role} needs an organisation.`);
    return { organisationId, cafeId: null };
  }
  if (kind === "cafe") {
    if (!cafeId) throw new InvitationError(`An invitation as ${role} needs a café.`);
    return { organisationId: null, cafeId };
  }
  return { organisationId: null, cafeId: null };
}

/**
 * Writes an invitation and its email inside the caller's transaction, and records it in the audit
 * trail. Returns the token (for tests; people get it by email) and the link.
 */
export async function createInvitation(
  tx: Tx,
  input: InvitationInput,
): Promise<{ id: string; token: string; link: string; expiresAt: Date }> {
  if (!isRole(input.role)) throw new InvitationError(`Unknown role: ${String(input.role)}`);
  const email = normaliseEmail(input.email);
  if (!email.includes("@")) throw new InvitationError(`Not an email address: ${email}`);
  const scope = scopeFor(input.role, input.organisationId, input.cafeId);

  const [inviter, organisation, cafe] = await Promise.all([
    input.invitedById ? tx.user.findUnique({ where: { id: input.invitedById }, select: { name: true } }) : null,
    scope.organisationId
      ? tx.organisation.findUnique({ where: { id: scope.organisationId }, select: { name: true, email: true, registeredAt: true } })
      : null,
    scope.cafeId ? tx.cafe.findUnique({ where: { id: scope.cafeId }, select: { name: true } }) : null,
  ]);
  if (scope.organisationId && !organisation) throw new InvitationError("No such organisation.");
  if (scope.cafeId && !cafe) throw new InvitationError("No such café.");
  const purpose = input.purpose ?? "invitation";
  if (invitationPurpose({ email, role: input.role, invitedById: input.invitedById, organisation }) !== purpose) {
    // Its email is worded by `purpose`, its page by what is stored: they must agree.
    throw new InvitationError(`The stored invitation would not read as a ${purpose}.`);
  }

  const { token, tokenHash } = newToken();
  const at = now();
  const expiresAt = new Date(at.getTime() + INVITATION_DAYS * 24 * 3600_000);
  const invitation = await tx.invitation.create({
    data: { email, role: input.role, ...scope, tokenHash, invitedById: input.invitedById, expiresAt, createdAt: at },
    select: { id: true },
  });

  const link = `${appUrl()}/invitations/${token}`;
  await enqueueEmail(tx, {
    to: email,
    kind: "invitation",
    reference: invitationReference(invitation.id),
    linkExpiresAt: expiresAt,
    secretLink: link,
    ...(purpose === "registration" && organisation
      ? registrationEmail({ organisation: organisation.name, link: LINK_PLACEHOLDER, days: INVITATION_DAYS })
      : invitationEmail({
          inviter: inviter?.name ?? null,
          role: input.role,
          scope: organisation?.name ?? cafe?.name ?? null,
          link: LINK_PLACEHOLDER,
          days: INVITATION_DAYS,
        })),
  });
  await recordAudit(tx, {
    actorId: input.invitedById,
    action: "invitation.created",
    entityType: "Invitation",
    entityId: invitation.id,
    after: { email, role: input.role, ...scope, expiresAt: expiresAt.toISOString() },
  });
  return { id: invitation.id, token, link, expiresAt };
}

export type InvitationDetails = {
  id: string;
  email: string;
  role: Role;
  organisation: { id: string; name: string } | null;
  cafe: { id: string; name: string } | null;
  invitedBy: string | null;
  expiresAt: Date;
  /** An account with this email address already exists. */
  existingUser: boolean;
  /**
   * Set when the invitation finishes an organisation's self-registration (`invitationPurpose`): the name
   * the person gave for themselves when registering, and whether a grant officer has verified it yet.
   */
  registration: { contactName: string | null; verified: boolean } | null;
};

export type InvitationLookup =
  | { state: "valid"; invitation: InvitationDetails }
  | { state: "expired" | "accepted" | "invalid"; invitation?: undefined };

export async function findInvitation(token: string): Promise<InvitationLookup> {
  const row = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      organisation: { select: { id: true, name: true, email: true, registeredAt: true, contactName: true, verifiedAt: true } },
      cafe: { select: { id: true, name: true } },
      invitedById: true,
      invitedBy: { select: { name: true } },
    },
  });
  if (!row || !isRole(row.role)) return { state: "invalid" };
  if (row.acceptedAt) return { state: "accepted" };
  if (row.expiresAt <= now()) return { state: "expired" };
  const existing = await prisma.user.findUnique({ where: { email: row.email }, select: { id: true } });
  const org = row.organisation;
  return {
    state: "valid",
    invitation: {
      id: row.id,
      email: row.email,
      role: row.role,
      organisation: org && { id: org.id, name: org.name },
      cafe: row.cafe,
      invitedBy: row.invitedBy?.name ?? null,
      expiresAt: row.expiresAt,
      existingUser: !!existing,
      registration:
        org && invitationPurpose(row) === "registration" ? { contactName: org.contactName, verified: org.verifiedAt !== null } : null,
    },
  };
}

export type AcceptFailure = "expired" | "accepted" | "invalid" | "account-exists" | "wrong-account";
export type AcceptResult = { ok: true; userId: string } | { ok: false; reason: AcceptFailure };

class Rollback extends Error {
  constructor(readonly reason: AcceptFailure) {
    super(reason);
  }
}

/** Claims an invitation inside `tx` (a conditional update: it works once, even if two requests race). */
async function claim(tx: Tx, tokenHash: string) {
  const at = now();
  const claimed = await tx.invitation.updateMany({
    where: { tokenHash, acceptedAt: null, expiresAt: { gt: at } },
    data: { acceptedAt: at },
  });
  const row = await tx.invitation.findUnique({
    where: { tokenHash },
    select: { id: true, email: true, role: true, organisationId: true, cafeId: true, acceptedAt: true, expiresAt: true },
  });
  if (!row || !isRole(row.role)) throw new Rollback("invalid");
  if (claimed.count !== 1) throw new Rollback(row.acceptedAt ? "accepted" : "expired");
  return { ...row, role: row.role };
}

async function settle(work: () => Promise<string>): Promise<AcceptResult> {
  try {
    return { ok: true, userId: await work() };
  } catch (error) {
    if (error instanceof Rollback) return { ok: false, reason: error.reason };
    if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002") {
      return { ok: false, reason: "account-exists" };
    }
    throw error;
  }
}

/** A person without an account accepts: creates the account (with the invited email) and the role. */
export async function acceptInvitationAsNewUser(token: string, input: { name: string; password: string }): Promise<AcceptResult> {
  const passwordHash = await hashPassword(input.password);
  const tokenHash = hashToken(token);
  return settle(() =>
    prisma.$transaction(async (tx) => {
      const invitation = await claim(tx, tokenHash);
      const existing = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
      if (existing) throw new Rollback("account-exists");
      const user = await tx.user.create({
        data: { email: invitation.email, name: input.name, passwordHash, createdAt: now() },
        select: { id: true },
      });
      const scope = { role: invitation.role, organisationId: invitation.organisationId, cafeId: invitation.cafeId };
      await addRoleIfMissing(tx, user.id, scope);
      await recordAudit(tx, { actorId: user.id, action: "user.created", entityType: "User", entityId: user.id, after: { email: invitation.email, name: input.name } });
      await recordAudit(tx, { actorId: user.id, action: "role.added", entityType: "User", entityId: user.id, after: { ...scope, invitationId: invitation.id } });
      await recordAudit(tx, { actorId: user.id, action: "invitation.accepted", entityType: "Invitation", entityId: invitation.id });
      return user.id;
    }),
  );
}

/** A signed-in person whose email address the invitation names accepts: the role is added to their account. */
export async function acceptInvitationForUser(token: string, user: { id: string; email: string }): Promise<AcceptResult> {
  const tokenHash = hashToken(token);
  return settle(() =>
    prisma.$transaction(async (tx) => {
      const invitation = await claim(tx, tokenHash);
      if (invitation.email !== normaliseEmail(user.email)) throw new Rollback("wrong-account");
      const scope = { role: invitation.role, organisationId: invitation.organisationId, cafeId: invitation.cafeId };
      const added = await addRoleIfMissing(tx, user.id, scope);
      if (added) {
        await recordAudit(tx, { actorId: user.id, action: "role.added", entityType: "User", entityId: user.id, after: { ...scope, invitationId: invitation.id } });
      }
      await recordAudit(tx, { actorId: user.id, action: "invitation.accepted", entityType: "Invitation", entityId: invitation.id });
      return user.id;
    }),
  );
}

export type PendingInvitation = {
  id: string;
  email: string;
  role: string;
  organisation: { name: string } | null;
  cafe: { name: string } | null;
  invitedBy: { name: string } | null;
  createdAt: Date;
  expiresAt: Date;
};

/** Invitations not yet accepted and not expired, newest first. */
export async function listPendingInvitations(take = 200): Promise<PendingInvitation[]> {
  return prisma.invitation.findMany({
    where: { acceptedAt: null, expiresAt: { gt: now() } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      email: true,
      role: true,
      createdAt: true,
      expiresAt: true,
      organisation: { select: { name: true } },
      cafe: { select: { name: true } },
      invitedBy: { select: { name: true } },
    },
  });
}

/**
 * Ends a pending invitation now (its link then says it has expired), and cancels its email if it has
 * not been sent yet, in one transaction. Audited.
 */
export async function withdrawInvitation(actorId: string, invitationId: string): Promise<boolean> {
  return prisma.$transaction((tx) => endInvitation(tx, actorId, invitationId, now()));
}

export type AdministratorInvitation =
  | { state: "invited"; link: string; expiresAt: Date; existingAccount: boolean; withdrawn: number }
  | { state: "already-admin"; disabled: boolean };

/**
 * The first administrator of a real deployment (`npm run create-admin -- <email>`, where demo data and its
 * admin account are off): an invitation as administrator and its email, written to the outbox in one
 * transaction, like any other invitation. Run again for the same address, it withdraws the pending admin
 * invitations for it (their links then say they have expired, their unsent emails are cancelled) and
 * issues a fresh one; an address whose account is already an administrator gets nothing (the caller
 * says whether that account is disabled: `resetAdministratorPassword` is the way back in). The email address must look like one.
 */
export async function inviteAdministrator(email: string): Promise<AdministratorInvitation> {
  const address = normaliseEmail(email);
  if (!EMAIL_PATTERN.test(address) || address.length > 254) throw new InvitationError(`Not an email address: ${email}`);
  return prisma.$transaction(async (tx) => {
    const account = await tx.user.findUnique({
      where: { email: address },
      select: { disabledAt: true, roles: { where: { role: "admin" }, select: { id: true } } },
    });
    if (account && account.roles.length > 0) return { state: "already-admin" as const, disabled: account.disabledAt !== null };
    const at = now();
    const pending = await tx.invitation.findMany({
      where: { email: address, role: "admin", acceptedAt: null, expiresAt: { gt: at } },
      select: { id: true },
    });
    for (const { id } of pending) await endInvitation(tx, null, id, at);
    const created = await createInvitation(tx, { email: address, role: "admin", invitedById: null });
    return { state: "invited" as const, link: created.link, expiresAt: created.expiresAt, existingAccount: !!account, withdrawn: pending.length };
  });
}

/** Invites someone from the admin's page: the invitation, its email and the audit in one transaction. */
export async function inviteUser(input: InvitationInput) {
  return prisma.$transaction((tx) => createInvitation(tx, input));
}
