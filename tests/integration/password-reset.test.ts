// @database-behaviour: a reset link used once (conditional write). Runs on PostgreSQL too (vitest.config.ts).
import { afterEach, describe, expect, it } from "vitest";
import { hashToken } from "~/modules/identity/index.server";
import * as forgot from "~/routes/forgot-password";
import * as reset from "~/routes/reset-password.$token";
import * as signIn from "~/routes/sign-in";
import { prisma } from "~/platform/db.server";
import { secretLinkOf } from "~/modules/outbox/index.server";
import {
  addresses,
  call,
  cookieFrom,
  get,
  json,
  makeUser,
  post,
  signInCookieFor,
  TEST_PASSWORD,
  uniqueEmail,
  userFromCookie,
} from "./auth.helpers";
import { setClock } from "./clock.helpers";

const freshIp = addresses("203.0.113");
afterEach(() => setClock(null));

async function askForReset(email: string, ip = freshIp(), extra: Record<string, string> = {}) {
  return call(forgot.action, post("/forgot-password", { email, ...extra }), {}, { clientIp: ip });
}

/** The token from the newest reset email to `email` (as a person would copy it from the link). */
async function tokenFromEmail(email: string): Promise<string> {
  const message = await prisma.emailOutbox.findFirstOrThrow({
    where: { to: email, kind: "password-reset" },
    orderBy: { createdAt: "desc" },
  });
  const link = secretLinkOf(message);
  const match = link?.match(/\/reset-password\/([A-Za-z0-9_-]+)/);
  if (!match?.[1]) throw new Error(`No reset link in: ${message.text}`);
  return match[1];
}

const NEW_PASSWORD = "purple elephants dancing";

async function setNewPassword(token: string, password = NEW_PASSWORD, confirm = password, cookie?: string) {
  return call(reset.action, post(`/reset-password/${token}`, { password, confirm }, cookie), { token });
}

describe("asking for a reset link", () => {
  it("answers the same for an account and for an unknown address, and emails only the account", async () => {
    const user = await makeUser([{ role: "grant-officer" }]);
    const unknown = uniqueEmail("unknown");
    const known = await askForReset(user.email);
    const notKnown = await askForReset(unknown);
    expect(known.status).toBe(302);
    expect(notKnown.status).toBe(302);
    expect(known.headers.get("Location")).toBe("/forgot-password?sent=1");
    expect(notKnown.headers.get("Location")).toBe(known.headers.get("Location"));

    expect(await prisma.emailOutbox.count({ where: { to: unknown } })).toBe(0);
    const emails = await prisma.emailOutbox.findMany({ where: { to: user.email } });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ kind: "password-reset", status: "pending", subject: "Reset your Café Network password" });
    expect(secretLinkOf(emails[0]!)).toMatch(/^http:\/\/localhost:3000\/reset-password\/[A-Za-z0-9_-]{43}$/);

    // Only the hash of the token is stored, and it expires in an hour.
    const token = await tokenFromEmail(user.email);
    const row = await prisma.passwordResetToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(row.tokenHash).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(60 * 60_000);
    expect(await prisma.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0);
  });

  it("shows the same 'check your email' page after the redirect", async () => {
    const page = await call(forgot.loader, get("/forgot-password?sent=1"));
    expect(await json(page)).toMatchObject({ sent: true });
  });

  it("does not email a disabled account", async () => {
    const user = await makeUser([{ role: "admin" }]);
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await askForReset(user.email)).status).toBe(302);
    expect(await prisma.emailOutbox.count({ where: { to: user.email } })).toBe(0);
  });

  it("asks for a valid email address, with 400 and the value kept", async () => {
    const response = await askForReset("not-an-address");
    expect(response.status).toBe(400);
    expect(await json(response)).toMatchObject({
      errors: { email: "Enter an email address in the correct format, like name@example.org" },
      values: { email: "not-an-address" },
    });
  });

  it("quietly refuses a filled honeypot", async () => {
    const user = await makeUser([{ role: "admin" }]);
    const response = await askForReset(user.email, freshIp(), { website_url: "spam" });
    expect(response.status).toBe(400);
    expect(await prisma.passwordResetToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it("sends at most 3 emails an hour to an address, without refusing its owner, and limits each client address (10 an hour)", async () => {
    const user = await makeUser([{ role: "admin" }]);
    // Someone else asks three times from three addresses; the owner asks from a fourth and is told the same.
    for (let i = 0; i < 3; i++) expect((await askForReset(user.email, freshIp())).status).toBe(302);
    const owners = await askForReset(user.email, freshIp());
    expect(owners.status).toBe(302);
    expect(owners.headers.get("Location")).toBe("/forgot-password?sent=1");
    expect(await prisma.emailOutbox.count({ where: { to: user.email } })).toBe(3);
    // …and any of the links sent works.
    expect(await prisma.passwordResetToken.count({ where: { userId: user.id, usedAt: null } })).toBe(3);

    const ip = freshIp();
    for (let i = 0; i < 10; i++) expect((await askForReset(uniqueEmail("spray"), ip)).status).toBe(302);
    const blocked = await askForReset(uniqueEmail("spray"), ip);
    expect(blocked.status).toBe(429);
    expect((await json<{ errors: Record<string, string> }>(blocked)).errors._form).toMatch(/Too many requests/);
  });
});

describe("using a reset link", () => {
  it("sets the new password, uses up the token, ends every session and signs this browser in", async () => {
    const user = await makeUser([{ role: "cap-staff" }]);
    const oldSession = await signInCookieFor(user.id);
    await askForReset(user.email);
    const token = await tokenFromEmail(user.email);

    const page = await call(reset.loader, get(`/reset-password/${token}`), { token });
    expect(await json(page)).toMatchObject({ state: "valid", email: user.email });
    // Opening the link changes nothing.
    expect((await prisma.passwordResetToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } })).usedAt).toBeNull();

    const response = await setNewPassword(token);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/account?notice=password-reset");
    expect((await userFromCookie(cookieFrom(response)))?.id).toBe(user.id);
    expect(await userFromCookie(oldSession)).toBeNull();
    expect(await prisma.signInSession.count({ where: { userId: user.id } })).toBe(1);

    const row = await prisma.passwordResetToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(row.usedAt).not.toBeNull();
    expect(await prisma.auditEvent.count({ where: { entityId: user.id, action: "user.password-reset" } })).toBe(1);

    const withOld = await call(signIn.action, post("/sign-in", { email: user.email, password: TEST_PASSWORD }), {}, { clientIp: freshIp() });
    expect(withOld.status).toBe(400);
    const withNew = await call(signIn.action, post("/sign-in", { email: user.email, password: NEW_PASSWORD }), {}, { clientIp: freshIp() });
    expect(withNew.status).toBe(302);
  });

  it("works once: a used token is explained and changes nothing", async () => {
    const user = await makeUser([{ role: "admin" }]);
    await askForReset(user.email);
    const token = await tokenFromEmail(user.email);
    expect((await setNewPassword(token)).status).toBe(302);

    const again = await setNewPassword(token, "someone else's password");
    expect(again.status).toBe(400);
    expect(await json(again)).toMatchObject({ tokenState: "used" });
    expect(again.headers.get("Set-Cookie")).toBeNull();
    const page = await call(reset.loader, get(`/reset-password/${token}`), { token });
    expect(await json(page)).toMatchObject({ state: "used", email: null });
    const ok = await call(signIn.action, post("/sign-in", { email: user.email, password: NEW_PASSWORD }), {}, { clientIp: freshIp() });
    expect(ok.status).toBe(302);
  });

  it("expires after an hour", async () => {
    const start = new Date("2026-11-25T09:00:00Z");
    setClock(start);
    const user = await makeUser([{ role: "admin" }]);
    await askForReset(user.email);
    const token = await tokenFromEmail(user.email);

    setClock(new Date(start.getTime() + 59 * 60_000));
    expect(await json(await call(reset.loader, get(`/reset-password/${token}`), { token }))).toMatchObject({ state: "valid" });

    setClock(new Date(start.getTime() + 60 * 60_000));
    expect(await json(await call(reset.loader, get(`/reset-password/${token}`), { token }))).toMatchObject({ state: "expired" });
    const response = await setNewPassword(token);
    expect(response.status).toBe(400);
    expect(await json(response)).toMatchObject({ tokenState: "expired" });
    const ok = await call(signIn.action, post("/sign-in", { email: user.email, password: TEST_PASSWORD }), {}, { clientIp: freshIp() });
    expect(ok.status).toBe(302);
  });

  it("explains a token that does not exist", async () => {
    const page = await call(reset.loader, get("/reset-password/not-a-real-token"), { token: "not-a-real-token" });
    expect(await json(page)).toMatchObject({ state: "invalid" });
    const response = await setNewPassword("not-a-real-token");
    expect(response.status).toBe(400);
    expect(await json(response)).toMatchObject({ tokenState: "invalid" });
  });

  it("asks for the new password twice, with 400, keeping the token usable", async () => {
    const user = await makeUser([{ role: "admin" }]);
    await askForReset(user.email);
    const token = await tokenFromEmail(user.email);
    const mismatch = await setNewPassword(token, NEW_PASSWORD, "something else entirely");
    expect(mismatch.status).toBe(400);
    const body = await json<{ errors: Record<string, string>; values: Record<string, string> }>(mismatch);
    expect(body.errors).toEqual({ confirm: "The passwords do not match" });
    expect(JSON.stringify(body)).not.toContain(NEW_PASSWORD);
    expect((await setNewPassword(token)).status).toBe(302);
  });

  it("refuses a filled honeypot without using the token", async () => {
    const user = await makeUser([{ role: "admin" }]);
    await askForReset(user.email);
    const token = await tokenFromEmail(user.email);
    const response = await call(
      reset.action,
      post(`/reset-password/${token}`, { password: NEW_PASSWORD, confirm: NEW_PASSWORD, website_url: "x" }),
      { token },
    );
    expect(response.status).toBe(400);
    expect((await prisma.passwordResetToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } })).usedAt).toBeNull();
  });

  it("a newer link does not revive an older one once the password is reset", async () => {
    const user = await makeUser([{ role: "admin" }]);
    await askForReset(user.email);
    const first = await tokenFromEmail(user.email);
    await new Promise((r) => setTimeout(r, 5));
    await askForReset(user.email);
    const second = await tokenFromEmail(user.email);
    expect(second).not.toBe(first);
    expect((await setNewPassword(second)).status).toBe(302);
    expect(await json(await setNewPassword(first, "another password here"))).toMatchObject({ tokenState: "used" });
  });
});
