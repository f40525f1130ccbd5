import { createHash, randomBytes } from "node:crypto";
import { type Role } from "./roles";
import type { RoleHolding } from "./permissions";
import { recordAudit } from "~/modules/audit/index.server";
import { now } from "~/platform/clock.server";
import { prisma, type Tx } from "~/platform/db.server";
import { LINK_PLACEHOLDER } from "~/modules/outbox";
import { CANCELLED_PASSWORD_CHANGED, cancelEmailsFor, enqueueEmail } from "~/modules/outbox/index.server";
import { appUrl } from "~/platform/env.server";
import { hashPassword, verifyPassword } from "./password.server";
import { passwordResetEmail } from "./emails";

/**
 * Accounts: sign-in lookups, passwords (change and reset), and the admin's list of users.
 * Email addresses are stored lower-case and trimmed; look them up through `normaliseEmail`.
 */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A random 32-byte token for a link, and the SHA-256 hash that is all the database keeps. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export type SignInCandidate = {
  id: string;
  passwordHash: string | null;
  disabledAt: Date | null;
  roles: RoleHolding[];
};

export async function findUserForSignIn(email: string): Promise<SignInCandidate | null> {
  return prisma.user.findUnique({
    where: { email: normaliseEmail(email) },
    select: {
      id: true,
      passwordHash: true,
      disabledAt: true,
      roles: { select: { role: true, organisationId: true, cafeId: true } },
    },
  });
}

/**
 * Creates an account with roles. For the demo seed, tests and admin tooling; people normally join
 * through an invitation.
 */
export async function createUserWithRoles(input: {
  email: string;
  name: string;
  password?: string;
  roles?: { role: Role; organisationId?: string | null; cafeId?: string | null }[];
}) {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return prisma.user.create({
    data: {
      email: normaliseEmail(input.email),
      name: input.name,
      passwordHash,
      roles: {
        create: (input.roles ?? []).map((r) => ({
          role: r.role,
          organisationId: r.organisationId ?? null,
          cafeId: r.cafeId ?? null,
        })),
      },
    },
    select: { id: true, email: true, name: true },
  });
}

// ---------------------------------------------------------------- your account

export type AccountRole = {
  id: string;
  role: string;
  organisation: { id: string; name: string } | null;
  cafe: { id: string; name: string } | null;
};

export type Account = { id: string; name: string; email: string; roles: AccountRole[] };

const roleSelect = {
  id: true,
  role: true,
  organisation: { select: { id: true, name: true } },
  cafe: { select: { id: true, name: true } },
} as const;

export async function getAccount(userId: string): Promise<Account | null> {
  return prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, roles: { select: roleSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
}

/**
 * The enabled accounts among `emails` that sign in with `password` (for the warning about the demo
 * accounts, whose password is public).
 */
export async function accountsWithPassword(emails: readonly string[], password: string): Promise<string[]> {
  const users = await prisma.user.findMany({
    where: { email: { in: emails.map(normaliseEmail) }, disabledAt: null, passwordHash: { not: null } },
    select: { email: true, passwordHash: true },
    orderBy: { email: "asc" },
  });
  const matches = await Promise.all(users.map(async (u) => ((await verifyPassword(u.passwordHash, password)) ? u.email : null)));
  return matches.filter((email): email is string => email !== null);
}

export async function verifyCurrentPassword(userId: string, password: string): Promise<boolean> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return verifyPassword(user?.passwordHash ?? null, password);
}

/**
 * Sets a new password and ends every other sign-in session of the user (the one in `keepSignInSessionId`,
 * this browser's, stays) and every open password-reset link, in one transaction. The caller has checked
 * the current password.
 */
export async function changePassword(userId: string, newPassword: string, keepSignInSessionId: string): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    const ended = await tx.signInSession.deleteMany({ where: { userId, id: { not: keepSignInSessionId } } });
    const resetLinksEnded = await endResetLinks(tx, userId, now());
    await recordAudit(tx, {
      actorId: userId,
      action: "user.password-changed",
      entityType: "User",
      entityId: userId,
      after: { otherSessionsEnded: ended.count, resetLinksEnded },
    });
  });
}

/**
 * Ends every open password-reset link of the user (marks the tokens used) and cancels their emails not yet
 * sent, inside the caller's transaction: after a password change no older link may set another one.
 */
async function endResetLinks(tx: Tx, userId: string, at: Date): Promise<number> {
  const open = await tx.passwordResetToken.findMany({ where: { userId, usedAt: null }, select: { id: true } });
  if (open.length === 0) return 0;
  await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: at } });
  for (const { id } of open) await cancelEmailsFor(tx, `PasswordResetToken:${id}`, CANCELLED_PASSWORD_CHANGED);
  return open.length;
}

// ---------------------------------------------------------------- password reset

export const RESET_TOKEN_MINUTES = 60;

/**
 * Writes a reset token and its email in one transaction, if an enabled account has this address.
 * Says nothing about whether one does: the page answers the same either way.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  const address = normaliseEmail(email);
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: address }, select: { id: true, name: true, disabledAt: true } });
    if (!user || user.disabledAt) return;
    await issuePasswordReset(tx, { id: user.id, name: user.name, email: address });
  });
}

/** A reset token and its email (in the outbox), inside the caller's transaction. Returns the link. */
async function issuePasswordReset(tx: Tx, user: { id: string; name: string; email: string }): Promise<{ link: string; expiresAt: Date }> {
  const { token, tokenHash } = newToken();
  const at = now();
  const expiresAt = new Date(at.getTime() + RESET_TOKEN_MINUTES * 60_000);
  const reset = await tx.passwordResetToken.create({
    data: { userId: user.id, tokenHash, createdAt: at, expiresAt },
    select: { id: true },
  });
  const link = `${appUrl()}/reset-password/${token}`;
  await enqueueEmail(tx, {
    to: user.email,
    kind: "password-reset",
    reference: `PasswordResetToken:${reset.id}`,
    linkExpiresAt: expiresAt,
    secretLink: link,
    ...passwordResetEmail({ name: user.name, link: LINK_PLACEHOLDER, minutes: RESET_TOKEN_MINUTES }),
  });
  return { link, expiresAt };
}

export type AdministratorReset =
  | { state: "reset"; link: string; expiresAt: Date; reenabled: boolean }
  | { state: "not-admin" };

/**
 * For the operator (`npm run create-admin -- --reset <email>`), when an administrator cannot sign in: the
 * password is forgotten and, without email sending, the reset email would wait in the outbox that only
 * administrators can read; or the account was disabled, which ends sign-in and password resets. Writes a
 * password-reset link and its email (to the outbox) in one transaction, enabling the account again if it
 * was disabled, audited; the caller prints the link. Only for an account with the admin role.
 */
export async function resetAdministratorPassword(email: string): Promise<AdministratorReset> {
  const address = normaliseEmail(email);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email: address },
      select: { id: true, name: true, disabledAt: true, roles: { where: { role: "admin" }, select: { id: true } } },
    });
    if (!user || user.roles.length === 0) return { state: "not-admin" as const };
    const reenabled = user.disabledAt !== null;
    if (reenabled) {
      await tx.user.update({ where: { id: user.id }, data: { disabledAt: null } });
      await recordAudit(tx, { actorId: null, action: "user.enabled", entityType: "User", entityId: user.id, after: { by: "create-admin --reset" } });
    }
    const reset = await issuePasswordReset(tx, { id: user.id, name: user.name, email: address });
    await recordAudit(tx, { actorId: null, action: "password.reset-issued", entityType: "User", entityId: user.id, after: { by: "create-admin --reset" } });
    return { state: "reset" as const, reenabled, ...reset };
  });
}

export type TokenState = "valid" | "expired" | "used" | "invalid";

export async function passwordResetTokenState(token: string): Promise<{ state: TokenState; email?: string }> {
  const row = await prisma.passwordResetToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { email: true, disabledAt: true } } },
  });
  if (!row || row.user.disabledAt) return { state: "invalid" };
  if (row.usedAt) return { state: "used" };
  if (row.expiresAt <= now()) return { state: "expired" };
  return { state: "valid", email: row.user.email };
}

/**
 * Uses a reset token: sets the password, marks the token (and the user's other reset tokens) used,
 * and ends all the user's sign-in sessions, in one transaction. Claiming the token is a conditional update,
 * so a token works once even if two requests race.
 */
export async function resetPasswordWithToken(
  token: string,
  newPassword: string,
): Promise<{ ok: true; userId: string } | { ok: false; state: Exclude<TokenState, "valid"> }> {
  const before = await passwordResetTokenState(token);
  if (before.state !== "valid") return { ok: false, state: before.state };
  const passwordHash = await hashPassword(newPassword);
  const tokenHash = hashToken(token);
  return prisma.$transaction(async (tx) => {
    const at = now();
    const claim = await tx.passwordResetToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: at } },
      data: { usedAt: at },
    });
    const row = await tx.passwordResetToken.findUnique({ where: { tokenHash }, select: { userId: true } });
    if (claim.count !== 1 || !row) return { ok: false as const, state: "used" as const };
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    await endResetLinks(tx, row.userId, at);
    const ended = await tx.signInSession.deleteMany({ where: { userId: row.userId } });
    await recordAudit(tx, {
      actorId: row.userId,
      action: "user.password-reset",
      entityType: "User",
      entityId: row.userId,
      after: { sessionsEnded: ended.count },
    });
    return { ok: true as const, userId: row.userId };
  });
}

export async function rolesOf(userId: string): Promise<RoleHolding[]> {
  return prisma.roleAssignment.findMany({
    where: { userId },
    select: { role: true, organisationId: true, cafeId: true },
  });
}

// ---------------------------------------------------------------- the admin's view

export type UserListEntry = {
  id: string;
  name: string;
  email: string;
  disabledAt: Date | null;
  createdAt: Date;
  roles: AccountRole[];
};

export const USERS_PAGE_SIZE = 50;

export async function listUsers(page: number, pageSize = USERS_PAGE_SIZE) {
  const [total, users] = await Promise.all([
    prisma.user.count(),
    prisma.user.findMany({
      orderBy: [{ name: "asc" }, { email: "asc" }],
      skip: (Math.max(1, page) - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        name: true,
        email: true,
        disabledAt: true,
        createdAt: true,
        roles: { select: roleSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / pageSize)), users: users satisfies UserListEntry[] };
}

export type RemoveRoleResult = "removed" | "not-found" | "own-admin-role";

/** Removes one role from a user (audited). An admin cannot remove their own admin role. */
export async function removeRole(actorId: string, roleAssignmentId: string): Promise<RemoveRoleResult> {
  return prisma.$transaction(async (tx) => {
    const assignment = await tx.roleAssignment.findUnique({
      where: { id: roleAssignmentId },
      select: { id: true, userId: true, role: true, organisationId: true, cafeId: true },
    });
    if (!assignment) return "not-found";
    if (assignment.userId === actorId && assignment.role === "admin") return "own-admin-role";
    // A conditional delete: of two removals at once (PostgreSQL runs them side by side) one removes and audits.
    const removed = await tx.roleAssignment.deleteMany({ where: { id: assignment.id } });
    if (removed.count === 0) return "not-found";
    await recordAudit(tx, {
      actorId,
      action: "role.removed",
      entityType: "User",
      entityId: assignment.userId,
      before: { role: assignment.role, organisationId: assignment.organisationId, cafeId: assignment.cafeId },
    });
    return "removed";
  });
}

/** Adds a role unless the user already holds it with the same scope (NULL scopes never collide in SQL). */
export async function addRoleIfMissing(
  tx: Tx,
  userId: string,
  scope: { role: Role; organisationId: string | null; cafeId: string | null },
): Promise<boolean> {
  const existing = await tx.roleAssignment.findFirst({
    where: { userId, role: scope.role, organisationId: scope.organisationId, cafeId: scope.cafeId },
    select: { id: true },
  });
  if (existing) return false;
  await tx.roleAssignment.create({ data: { userId, ...scope } });
  return true;
}

export async function adminCounts() {
  const at = now();
  const [users, pendingInvitations, organisations, cafes] = await Promise.all([
    prisma.user.count(),
    prisma.invitation.count({ where: { acceptedAt: null, expiresAt: { gt: at } } }),
    prisma.organisation.count(),
    prisma.cafe.count(),
  ]);
  return { users, pendingInvitations, organisations, cafes };
}

/** Does the account with this email already hold `role` with this scope? */
export async function emailHoldsRole(
  email: string,
  scope: { role: Role; organisationId: string | null; cafeId: string | null },
): Promise<boolean> {
  const found = await prisma.roleAssignment.findFirst({
    where: { user: { email: normaliseEmail(email) }, role: scope.role, organisationId: scope.organisationId, cafeId: scope.cafeId },
    select: { id: true },
  });
  return !!found;
}
