import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { findInvitation, InvitationError, inviteAdministrator } from "~/modules/identity/index.server";
import { hashToken, passwordResetTokenState } from "~/modules/identity/index.server";
import * as accept from "~/routes/invitations.$token";
import { prisma } from "~/platform/db.server";
import { secretLinkOf } from "~/modules/outbox/index.server";
import { call, cookieFrom, makeUser, post, uniqueEmail, userFromCookie } from "./auth.helpers";

/**
 * The first administrator of a real deployment (DEMO_DATA=off: no demo admin to sign in with):
 * `npm run create-admin -- <email>` writes an admin invitation and its email in one transaction and prints
 * the link. The script runs as the operator would run it, against this test file's database.
 */
const run = promisify(execFile);
const TSX = path.resolve("node_modules/tsx/dist/cli.mjs");

async function createAdmin(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return createAdminWith({}, ...args);
}

async function createAdminWith(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [TSX, "scripts/create-admin.ts", ...args], {
      env: { ...process.env, APP_URL: "https://cafes.example.nhs.uk", RESEND_API_KEY: "", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

function linkIn(output: string): string {
  const match = output.match(/https:\/\/cafes\.example\.nhs\.uk\/invitations\/([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`No invitation link in:\n${output}`);
  return match[1]!;
}

describe("npm run create-admin -- <email>", () => {
  it("invites an administrator, emails the link through the outbox and prints it; the link creates an admin account", async () => {
    const email = uniqueEmail("first-admin");
    const result = await createAdmin("--", email.toUpperCase());
    expect(result.code).toBe(0);
    const token = linkIn(result.stdout);
    // Email sending is off here: it says the email waits in the outbox, not that it was emailed.
    expect(result.stdout).toMatch(/Email sending is off .*waits in the outbox .*not sent/);
    expect(result.stdout).not.toMatch(/was emailed/);

    const invitation = await prisma.invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(invitation).toMatchObject({ email, role: "admin", organisationId: null, cafeId: null, acceptedAt: null, invitedById: null });
    const message = await prisma.emailOutbox.findFirstOrThrow({ where: { to: email, kind: "invitation" } });
    expect(secretLinkOf(message)).toBe(`https://cafes.example.nhs.uk/invitations/${token}`);
    expect(message.text).not.toContain(token);
    expect(message.text).toContain("Administrator");
    expect(await prisma.auditEvent.count({ where: { entityId: invitation.id, action: "invitation.created" } })).toBe(1);

    const response = await call(
      accept.action,
      post(`/invitations/${token}`, { intent: "create-account", name: "Lead Admin", password: "a long enough passphrase", confirm: "a long enough passphrase" }),
      { token },
      { clientIp: "192.0.2.50" },
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/admin");
    const user = await userFromCookie(cookieFrom(response));
    expect(user?.email).toBe(email);
    expect(user?.roles.map((r) => r.role)).toEqual(["admin"]);

    // Once the account is an administrator, running it again changes nothing.
    const again = await createAdmin(email);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already has an administrator account/);
    expect(again.stdout).toContain(`npm run create-admin -- --reset ${email}`);
    expect(await prisma.invitation.count({ where: { email } })).toBe(1);
  });

  it("--reset prints a link for an administrator to choose a new password (the reset email would wait in the outbox only admins can read)", async () => {
    const admin = await makeUser([{ role: "admin" }]);
    const result = await createAdmin("--reset", admin.email);
    expect(result.code).toBe(0);
    const match = result.stdout.match(/https:\/\/cafes\.example\.nhs\.uk\/reset-password\/([A-Za-z0-9_-]+)/);
    expect(match).not.toBeNull();
    expect(await passwordResetTokenState(match![1]!)).toMatchObject({ state: "valid", email: admin.email });
    expect(await prisma.emailOutbox.count({ where: { to: admin.email, kind: "password-reset", status: "pending" } })).toBe(1);
    expect(result.stdout).toMatch(/waits in the outbox/);
  });

  it("says plainly that a disabled administrator cannot sign in, and --reset enables the account again with a reset link", async () => {
    const admin = await makeUser([{ role: "admin" }]);
    await prisma.user.update({ where: { id: admin.id }, data: { disabledAt: new Date() } });
    const told = await createAdmin(admin.email);
    expect(told.code).toBe(1);
    expect(told.stderr).toMatch(/the account is disabled: it cannot sign in or reset its password/);
    expect(told.stderr).toContain(`npm run create-admin -- --reset ${admin.email}`);
    expect(await prisma.invitation.count({ where: { email: admin.email } })).toBe(0);

    const reset = await createAdmin("--reset", admin.email);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(/was disabled; it is enabled again/);
    const token = reset.stdout.match(/reset-password\/([A-Za-z0-9_-]+)/)![1]!;
    expect(await passwordResetTokenState(token)).toMatchObject({ state: "valid" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).disabledAt).toBeNull();
    expect(await prisma.auditEvent.count({ where: { entityId: admin.id, action: "user.enabled" } })).toBe(1);
  });

  it("--reset refuses an account that is not an administrator's, changing nothing", async () => {
    const officer = await makeUser([{ role: "grant-officer" }]);
    const result = await createAdmin("--reset", officer.email);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is not an administrator's account/);
    expect(await prisma.passwordResetToken.count({ where: { userId: officer.id } })).toBe(0);
  });

  it("says the database does not exist, and leaves no empty file behind", async () => {
    const file = path.join(inject("runDirectory"), `missing-${Date.now()}.db`);
    const result = await createAdminWith({ DATABASE_URL: `file:${file}` }, uniqueEmail("nowhere"));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/There is no database at .*Run `npm run setup`/);
    expect(existsSync(file)).toBe(false);
  });

  it("cancels the unsent email of the invitation it replaces", async () => {
    const email = uniqueEmail("twice");
    await createAdmin(email);
    const second = await createAdmin(email);
    expect(second.stdout).toMatch(/earlier invitation for this address was withdrawn \(and its unsent email cancelled\)/);
    const emails = await prisma.emailOutbox.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
    expect(emails.map((e) => e.status).sort()).toEqual(["cancelled", "pending"]);
    expect(secretLinkOf(emails.find((e) => e.status === "pending")!)).toContain(linkIn(second.stdout));
  });

  it("refuses a malformed email address and writes nothing", async () => {
    const before = await prisma.invitation.count();
    const outbox = await prisma.emailOutbox.count();
    for (const bad of ["not-an-email", "someone@", "two words@example.org"]) {
      const result = await createAdmin(bad);
      expect(result.code, bad).toBe(2);
      expect(result.stderr).toMatch(/Not an email address/);
      expect(result.stdout).not.toMatch(/invitations\//);
    }
    const missing = await createAdmin();
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Usage: npm run create-admin -- \[--reset\] <email address>/);
    expect(await prisma.invitation.count()).toBe(before);
    expect(await prisma.emailOutbox.count()).toBe(outbox);
  });
});

describe("inviteAdministrator", () => {
  it("issues a fresh invitation when run again for the same address, and the earlier link stops working", async () => {
    const email = uniqueEmail("again");
    const first = await inviteAdministrator(email);
    const second = await inviteAdministrator(email);
    if (first.state !== "invited" || second.state !== "invited") throw new Error("expected two invitations");
    expect(second.withdrawn).toBe(1);
    expect(second.link).not.toBe(first.link);
    const firstToken = first.link.split("/").at(-1)!;
    const secondToken = second.link.split("/").at(-1)!;
    expect((await findInvitation(firstToken)).state).toBe("expired");
    expect((await findInvitation(secondToken)).state).toBe("valid");
    expect(await prisma.emailOutbox.count({ where: { to: email, kind: "invitation" } })).toBe(2);
  });

  it("invites an existing account without the admin role (accepting adds the role), and refuses nonsense", async () => {
    const officer = await makeUser([{ role: "grant-officer" }]);
    const result = await inviteAdministrator(officer.email);
    expect(result).toMatchObject({ state: "invited", existingAccount: true, withdrawn: 0 });
    await expect(inviteAdministrator("nobody at all")).rejects.toBeInstanceOf(InvitationError);
  });

  it("says an administrator's address already has an account", async () => {
    const admin = await makeUser([{ role: "admin" }]);
    expect(await inviteAdministrator(admin.email)).toEqual({ state: "already-admin", disabled: false });
    expect(await prisma.invitation.count({ where: { email: admin.email } })).toBe(0);
  });
});
