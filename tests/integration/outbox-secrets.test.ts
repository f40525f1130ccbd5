import { chmodSync, existsSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createInvitation, passwordResetTokenState, requestPasswordReset } from "~/modules/identity/index.server";
import { deliverPendingEmails, FAILED_LINK_UNREADABLE, secretLinkOf } from "~/modules/outbox/index.server";
import { secureDatabaseFile } from "~/platform/database-file.server";
import { openLink, sealLink } from "~/platform/sealed-links.server";
import { prisma } from "~/platform/db.server";
import { resetEnvCache } from "~/platform/env.server";
import { checkConfiguration } from "~/platform/startup.server";
import * as account from "~/routes/account";
import * as outboxPage from "~/routes/admin.outbox";
import * as reset from "~/routes/reset-password.$token";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { call, get, json, makeUser, post, signInCookieFor, TEST_PASSWORD } from "./auth.helpers";

/**
 * No live secret sits in the database in clear: a reset or invitation link waits in the outbox sealed
 * (AES-256-GCM, key from SESSION_SECRET), is put into the email only when it is sent (then erased), and is
 * shown at /admin/outbox only where no email provider is configured. The database file is 0600, and a
 * password change ends every open reset link.
 */
let resend: FakeResend;
const SECRET = process.env.SESSION_SECRET!;
const OTHER_SECRET = "another-session-secret-of-at-least-32-chars";

beforeAll(async () => {
  resend = await startFakeResend();
});
afterAll(async () => {
  await resend.close();
});
beforeEach(async () => {
  await prisma.emailOutbox.deleteMany();
  resend.emails.length = 0;
  configure({ SESSION_SECRET: SECRET, RESEND_API_KEY: undefined, RESEND_BASE_URL: undefined });
});
afterEach(() => configure({ SESSION_SECRET: SECRET, RESEND_API_KEY: undefined, RESEND_BASE_URL: undefined }));

function configure(env: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
}

function sendThroughFakeResend() {
  configure({ RESEND_API_KEY: "re_secrets_test_key", RESEND_BASE_URL: resend.url });
}

async function resetEmailFor(email: string) {
  await requestPasswordReset(email);
  return prisma.emailOutbox.findFirstOrThrow({ where: { to: email, kind: "password-reset" }, orderBy: { createdAt: "desc" } });
}

function tokenIn(link: string | null | "lost"): string {
  const token = typeof link === "string" ? /\/(?:reset-password|invitations)\/([A-Za-z0-9_-]{43})$/.exec(link)?.[1] : undefined;
  if (!token) throw new Error(`No token in ${String(link)}`);
  return token;
}

/** Every value of the row, as text: nothing in it may carry the token. */
async function storedRow(id: string): Promise<string> {
  const [row] = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "EmailOutbox" WHERE id = ?`, id);
  return JSON.stringify(row);
}

describe("secret links wait in the outbox sealed", () => {
  it("stores a password-reset email without its link: only a placeholder and the sealed link, never the token", async () => {
    const user = await makeUser([{ role: "grant-officer" }]);
    const row = await resetEmailFor(user.email);
    const token = tokenIn(secretLinkOf(row));
    expect(await passwordResetTokenState(token)).toMatchObject({ state: "valid" });
    const stored = await storedRow(row.id);
    expect(stored).not.toContain(token);
    expect(stored).not.toContain("/reset-password/");
    expect(row.text).toContain("[[secret-link]]");
    expect(row.linkSealed).toMatch(/^v1\./);
    expect(row.linkKeyId).toMatch(/^[0-9a-f]{16}$/);
  });

  it("stores an invitation email (a 14-day link, perhaps for the admin role) the same way", async () => {
    const email = `invited-${Date.now()}@example.org`;
    const created = await prisma.$transaction((tx) => createInvitation(tx, { email, role: "admin", invitedById: null }));
    const row = await prisma.emailOutbox.findFirstOrThrow({ where: { to: email, kind: "invitation" } });
    const stored = await storedRow(row.id);
    expect(stored).not.toContain(created.token);
    expect(stored).not.toContain("/invitations/");
    expect(secretLinkOf(row)).toBe(created.link);
  });

  it("puts the working link into the email when it is sent, then erases it from the row", async () => {
    const user = await makeUser([{ role: "grant-officer" }]);
    const row = await resetEmailFor(user.email);
    sendThroughFakeResend();
    expect(await deliverPendingEmails()).toMatchObject({ sent: 1 });

    const [received] = resend.emails;
    const link = /http:\/\/localhost:3000\/reset-password\/[A-Za-z0-9_-]{43}/.exec(received?.text ?? "")?.[0];
    expect(link).toBeDefined();
    expect(received!.text).not.toContain("[[secret-link]]");

    const sent = await prisma.emailOutbox.findUniqueOrThrow({ where: { id: row.id } });
    expect(sent).toMatchObject({ status: "sent", linkSealed: null, linkKeyId: null });
    expect(secretLinkOf(sent)).toBe("lost");
    const token = tokenIn(link!);
    expect(await storedRow(row.id)).not.toContain(token);

    // The link from the email works.
    const response = await call(reset.action, post(`/reset-password/${token}`, { password: "a fresh passphrase", confirm: "a fresh passphrase" }), { token });
    expect(response.status).toBe(302);
    expect(await passwordResetTokenState(token)).toMatchObject({ state: "used" });
  });

  it("fails an email whose link was sealed with a secret no longer configured, clearly and without sending it; an older secret kept for rotation still opens it", async () => {
    const user = await makeUser([{ role: "grant-officer" }]);
    const rotated = await resetEmailFor(user.email);
    // Rotation: the new secret first, the old one still listed.
    configure({ SESSION_SECRET: `${OTHER_SECRET},${SECRET}` });
    expect(tokenIn(secretLinkOf(rotated))).toHaveLength(43);

    const lost = await resetEmailFor(user.email);
    configure({ SESSION_SECRET: SECRET });
    // Sealed with OTHER_SECRET, which is no longer configured.
    expect(secretLinkOf(lost)).toBe("lost");
    await prisma.emailOutbox.update({ where: { id: rotated.id }, data: { status: "cancelled" } });
    sendThroughFakeResend();
    expect(await deliverPendingEmails()).toMatchObject({ sent: 0, failed: 1 });
    expect(resend.emails).toHaveLength(0);
    expect(await prisma.emailOutbox.findUniqueOrThrow({ where: { id: lost.id } })).toMatchObject({
      status: "failed",
      lastError: FAILED_LINK_UNREADABLE,
      linkSealed: null,
    });
  });
});

describe("sealing a link", () => {
  it("opens only what it sealed: a changed byte, another key id or a swapped key id open nothing", () => {
    const sealed = sealLink("https://cafes.example.org/invitations/abc");
    expect(openLink(sealed)).toBe("https://cafes.example.org/invitations/abc");
    expect(sealLink("https://cafes.example.org/invitations/abc").ciphertext).not.toBe(sealed.ciphertext);
    const [version, iv, body, tag] = sealed.ciphertext.split(".") as [string, string, string, string];
    const flipped = Buffer.from(body, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(openLink({ ...sealed, ciphertext: [version, iv, flipped.toString("base64url"), tag].join(".") })).toBeNull();
    expect(openLink({ ...sealed, ciphertext: [version, iv, body, tag.slice(0, 8)].join(".") })).toBeNull();
    expect(openLink({ ...sealed, keyId: "0".repeat(16) })).toBeNull();
    configure({ SESSION_SECRET: `${OTHER_SECRET},${SECRET}` });
    const other = sealLink("x");
    expect(other.keyId).not.toBe(sealed.keyId);
    expect(openLink({ ...sealed, keyId: other.keyId })).toBeNull();
    expect(openLink(sealed)).toBe("https://cafes.example.org/invitations/abc");
  });
});

describe("the admins' view of an email with a secret link", () => {
  async function shownText(id: string): Promise<string> {
    const admin = await makeUser([{ role: "admin" }]);
    const response = await call(outboxPage.loader, get(`/admin/outbox?email=${id}`, await signInCookieFor(admin.id)));
    return JSON.stringify(await json(response));
  }

  it("shows the link where no email provider is configured (the local setup's way to follow it)", async () => {
    const user = await makeUser([{ role: "grant-officer" }]);
    const row = await resetEmailFor(user.email);
    const token = tokenIn(secretLinkOf(row));
    const page = await shownText(row.id);
    expect(page).toContain(`http://localhost:3000/reset-password/${token}`);
    expect(page).not.toContain("[[secret-link]]");
    expect(page).not.toContain(row.linkSealed!);
  });

  it("hides it where a provider is configured, and once it is sent", async () => {
    const user = await makeUser([{ role: "grant-officer" }]);
    const row = await resetEmailFor(user.email);
    const token = tokenIn(secretLinkOf(row));
    sendThroughFakeResend();
    const pending = await shownText(row.id);
    expect(pending).toContain("[link hidden]");
    expect(pending).not.toContain(token);

    await deliverPendingEmails();
    expect(await shownText(row.id)).not.toContain(token);
    configure({ RESEND_API_KEY: undefined });
    const afterSending = await shownText(row.id);
    expect(afterSending).not.toContain(token);
    expect(afterSending).toContain("[link no longer available]");
  });
});

describe("a password change ends every open reset link", () => {
  it("on the account page: the links asked for before stop working and their emails are cancelled", async () => {
    const user = await makeUser([{ role: "grant-officer" }]);
    const first = await resetEmailFor(user.email);
    const second = await resetEmailFor(user.email);
    const tokens = [tokenIn(secretLinkOf(first)), tokenIn(secretLinkOf(second))];
    const cookie = await signInCookieFor(user.id);
    const changed = await call(
      account.action,
      post("/account", { intent: "change-password", currentPassword: TEST_PASSWORD, password: "a brand new passphrase", confirm: "a brand new passphrase" }, cookie),
    );
    expect(changed.status).toBe(302);
    for (const token of tokens) {
      expect(await passwordResetTokenState(token)).toMatchObject({ state: "used" });
      const attempt = await call(reset.action, post(`/reset-password/${token}`, { password: "the attacker's choice", confirm: "the attacker's choice" }), { token });
      expect(attempt.status).not.toBe(302);
    }
    const emails = await prisma.emailOutbox.findMany({ where: { id: { in: [first.id, second.id] } } });
    expect(emails.map((e) => [e.status, e.linkSealed])).toEqual([
      ["cancelled", null],
      ["cancelled", null],
    ]);
  });

  it("on completing a reset: the other open links stop working too", async () => {
    const user = await makeUser([{ role: "grant-officer" }]);
    const used = tokenIn(secretLinkOf(await resetEmailFor(user.email)));
    const other = await resetEmailFor(user.email);
    const response = await call(reset.action, post(`/reset-password/${used}`, { password: "a fresh passphrase", confirm: "a fresh passphrase" }), { token: used });
    expect(response.status).toBe(302);
    expect(await passwordResetTokenState(tokenIn(secretLinkOf(other)))).toMatchObject({ state: "used" });
    expect(await prisma.emailOutbox.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ status: "cancelled", linkSealed: null });
  });
});

describe("the database file is readable by the app's user only", () => {
  const mode = (file: string) => statSync(file).mode & 0o777;

  it("is created 0600 when missing, and set to 0600 (with its -wal and -shm files) at start", () => {
    const directory = mkdtempSync(path.join(inject("runDirectory"), "file-mode-"));
    const file = path.join(directory, "nested", "cafe-network.db");
    secureDatabaseFile(`file:${file}`);
    expect(existsSync(file)).toBe(true);
    expect(mode(file)).toBe(0o600);

    const old = path.join(directory, "old.db");
    for (const name of [old, `${old}-wal`, `${old}-shm`]) {
      writeFileSync(name, "");
      chmodSync(name, 0o644);
    }
    const own = process.env.DATABASE_URL;
    configure({ DATABASE_URL: `file:${old}` });
    try {
      checkConfiguration();
    } finally {
      configure({ DATABASE_URL: own });
    }
    for (const name of [old, `${old}-wal`, `${old}-shm`]) expect(mode(name)).toBe(0o600);
  });

  it("leaves a non-SQLite database alone", () => {
    expect(secureDatabaseFile("postgresql://cafes@db.internal/cafes")).toBeNull();
  });
});
