import { beforeEach, describe, expect, it } from "vitest";
import * as account from "~/routes/account";
import * as signIn from "~/routes/sign-in";
import * as signOut from "~/routes/sign-out";
import { PASSWORD_MIN } from "~/modules/identity";
import { pruneExpiredSignInSessions } from "~/modules/identity/index.server";
import { prisma } from "~/platform/db.server";
import { MIN_PASSWORD_LENGTH } from "~/modules/identity/index.server";
import { resetEnvCache } from "~/platform/env.server";
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

const freshIp = addresses("198.51.100");

async function attemptSignIn(fields: Record<string, string>, ip: string, cookie?: string) {
  return call(signIn.action, post("/sign-in", fields, cookie), {}, { clientIp: ip });
}

beforeEach(() => {
  delete process.env.RATE_LIMIT_FACTOR;
  resetEnvCache();
});

describe("signing in", () => {
  it("shows the form to anyone", async () => {
    const response = await call(signIn.loader, get("/sign-in?redirectTo=%2Fadmin%2Fusers"));
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ signedInAs: null, redirectTo: "/admin/users" });
  });

  it("signs a grant officer in with a session cookie and sends them to their home", async () => {
    const user = await makeUser([{ role: "grant-officer" }]);
    const response = await attemptSignIn({ email: user.email, password: TEST_PASSWORD }, freshIp());
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/grants");
    const setCookie = response.headers.get("Set-Cookie") ?? "";
    expect(setCookie).toMatch(/^cafe_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const signedIn = await userFromCookie(cookieFrom(response));
    expect(signedIn?.id).toBe(user.id);
    expect(await prisma.signInSession.count({ where: { userId: user.id } })).toBe(1);
  });

  it("accepts the email address in any case and with spaces", async () => {
    const user = await makeUser([{ role: "admin" }]);
    const response = await attemptSignIn({ email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD }, freshIp());
    expect(response.headers.get("Location")).toBe("/admin");
  });

  it("goes back to the page that asked for sign-in, but never to another site", async () => {
    const user = await makeUser([{ role: "admin" }]);
    const back = await attemptSignIn({ email: user.email, password: TEST_PASSWORD, redirectTo: "/admin/outbox?page=2" }, freshIp());
    expect(back.headers.get("Location")).toBe("/admin/outbox?page=2");
    const evil = await attemptSignIn({ email: user.email, password: TEST_PASSWORD, redirectTo: "//evil.example/x" }, freshIp());
    expect(evil.headers.get("Location")).toBe("/admin");
  });

  it("answers a wrong password and an unknown email with the same status and message", async () => {
    const user = await makeUser([{ role: "cap-staff" }]);
    const wrong = await attemptSignIn({ email: user.email, password: "not the password" }, freshIp());
    const unknown = await attemptSignIn({ email: uniqueEmail("nobody"), password: "not the password" }, freshIp());
    expect(wrong.status).toBe(400);
    expect(unknown.status).toBe(400);
    const wrongBody = await json<{ errors: Record<string, string>; values: Record<string, string> }>(wrong);
    const unknownBody = await json<{ errors: Record<string, string> }>(unknown);
    expect(wrongBody.errors).toEqual({ email: "Enter a correct email address and password" });
    expect(unknownBody.errors).toEqual(wrongBody.errors);
    expect(wrong.headers.get("Set-Cookie")).toBeNull();
    // The email comes back as typed; the password never does.
    expect(wrongBody.values.email).toBe(user.email);
    expect(JSON.stringify(wrongBody)).not.toContain("not the password");
  });

  it("refuses a disabled account with the same message", async () => {
    const user = await makeUser([{ role: "admin" }]);
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const response = await attemptSignIn({ email: user.email, password: TEST_PASSWORD }, freshIp());
    expect(response.status).toBe(400);
    expect((await json<{ errors: Record<string, string> }>(response)).errors).toEqual({
      email: "Enter a correct email address and password",
    });
  });

  it("says which field is missing, with 400", async () => {
    const response = await attemptSignIn({ email: "", password: "" }, freshIp());
    expect(response.status).toBe(400);
    expect((await json<{ errors: Record<string, string> }>(response)).errors).toEqual({
      email: "Enter your email address",
      password: "Enter your password",
    });
  });

  it("quietly refuses a form with the honeypot filled in, without signing in", async () => {
    const user = await makeUser([{ role: "admin" }]);
    const response = await attemptSignIn({ email: user.email, password: TEST_PASSWORD, website_url: "http://spam.example" }, freshIp());
    expect(response.status).toBe(400);
    expect(response.headers.get("Set-Cookie")).toBeNull();
    expect(await prisma.signInSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("limits attempts per account (5 per 15 minutes), even from different addresses and with the right password", async () => {
    const user = await makeUser([{ role: "panel-member" }]);
    for (let i = 0; i < 5; i++) {
      const r = await attemptSignIn({ email: user.email, password: "wrong password" }, freshIp());
      expect(r.status).toBe(400);
    }
    const blocked = await attemptSignIn({ email: user.email, password: TEST_PASSWORD }, freshIp());
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("Retry-After"))).toBeGreaterThan(0);
    const body = await json<{ errors: Record<string, string> }>(blocked);
    expect(body.errors._form).toMatch(/Too many attempts to sign in\. Wait 15 minutes/);
    expect(blocked.headers.get("Set-Cookie")).toBeNull();
    // Another account is not affected.
    const other = await makeUser([{ role: "panel-member" }]);
    expect((await attemptSignIn({ email: other.email, password: TEST_PASSWORD }, freshIp())).status).toBe(302);
  });

  it("limits attempts per address (10 per 15 minutes), whatever the accounts", async () => {
    const ip = freshIp();
    for (let i = 0; i < 10; i++) {
      const r = await attemptSignIn({ email: uniqueEmail("spray"), password: "guess" }, ip);
      expect(r.status).toBe(400);
    }
    const user = await makeUser([{ role: "admin" }]);
    const blocked = await attemptSignIn({ email: user.email, password: TEST_PASSWORD }, ip);
    expect(blocked.status).toBe(429);
    // Another address still works.
    expect((await attemptSignIn({ email: user.email, password: TEST_PASSWORD }, freshIp())).status).toBe(302);
  });

  it("counts only failed sign-ins per address, so colleagues behind one proxy do not lock each other out", async () => {
    const proxy = freshIp();
    const colleagues = await Promise.all(Array.from({ length: 4 }, () => makeUser([{ role: "cafe-manager" }])));
    // A morning's sign-ins through the proxy: far more than the 10 failures an address may make.
    for (let round = 0; round < 4; round++) {
      for (const colleague of colleagues) {
        expect((await attemptSignIn({ email: colleague.email, password: TEST_PASSWORD }, proxy)).status).toBe(302);
      }
    }
    // Failures still count: after ten, the address is refused, even for a right password.
    for (let i = 0; i < 10; i++) {
      expect((await attemptSignIn({ email: uniqueEmail("typo"), password: "wrong" }, proxy)).status).toBe(400);
    }
    expect((await attemptSignIn({ email: colleagues[0]!.email, password: TEST_PASSWORD }, proxy)).status).toBe(429);
  });

  it("treats every address of one IPv6 /64 network as one address", async () => {
    for (let i = 1; i <= 10; i++) {
      const r = await attemptSignIn({ email: uniqueEmail("v6"), password: "guess" }, `2001:db8:77:1::${i.toString(16)}`);
      expect(r.status).toBe(400);
    }
    const user = await makeUser([{ role: "admin" }]);
    expect((await attemptSignIn({ email: user.email, password: TEST_PASSWORD }, "2001:db8:77:1:ffff:ffff:ffff:ffff")).status).toBe(429);
    // The next /64 is someone else.
    expect((await attemptSignIn({ email: user.email, password: TEST_PASSWORD }, "2001:db8:77:2::1")).status).toBe(302);
  });

  it("multiplies the limits by RATE_LIMIT_FACTOR", async () => {
    process.env.RATE_LIMIT_FACTOR = "2";
    resetEnvCache();
    const user = await makeUser([{ role: "admin" }]);
    for (let i = 0; i < 10; i++) {
      expect((await attemptSignIn({ email: user.email, password: "wrong" }, freshIp())).status).toBe(400);
    }
    expect((await attemptSignIn({ email: user.email, password: "wrong" }, freshIp())).status).toBe(429);
  });

  it("forgets an account's failed attempts after a successful sign-in", async () => {
    const user = await makeUser([{ role: "admin" }]);
    for (let i = 0; i < 4; i++) await attemptSignIn({ email: user.email, password: "wrong" }, freshIp());
    expect((await attemptSignIn({ email: user.email, password: TEST_PASSWORD }, freshIp())).status).toBe(302);
    for (let i = 0; i < 4; i++) {
      expect((await attemptSignIn({ email: user.email, password: "wrong" }, freshIp())).status).toBe(400);
    }
  });

  it("replaces this browser's previous session when someone signs in again", async () => {
    const first = await makeUser([{ role: "admin" }]);
    const second = await makeUser([{ role: "grant-officer" }]);
    const firstCookie = await signInCookieFor(first.id);
    const response = await attemptSignIn({ email: second.email, password: TEST_PASSWORD }, freshIp(), firstCookie);
    expect(response.status).toBe(302);
    expect(await userFromCookie(firstCookie)).toBeNull();
    expect((await userFromCookie(cookieFrom(response)))?.id).toBe(second.id);
  });
});

describe("signing out", () => {
  it("does nothing on GET: the page shows a button", async () => {
    const user = await makeUser([{ role: "admin" }]);
    const cookie = await signInCookieFor(user.id);
    const page = await call(signOut.loader, get("/sign-out", cookie));
    expect(page.status).toBe(200);
    expect(await json(page)).toMatchObject({ user: { email: user.email } });
    expect((await userFromCookie(cookie))?.id).toBe(user.id);
  });

  it("ends this session on POST and clears the cookie", async () => {
    const user = await makeUser([{ role: "admin" }]);
    const cookie = await signInCookieFor(user.id);
    const other = await signInCookieFor(user.id);
    const response = await call(signOut.action, post("/sign-out", {}, cookie));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/sign-out");
    expect(cookieFrom(response)).toBe("");
    expect(await userFromCookie(cookie)).toBeNull();
    // Only this browser: the other session goes on.
    expect((await userFromCookie(other))?.id).toBe(user.id);
  });

  it("signs out everywhere: every session of the user ends, this one included", async () => {
    const user = await makeUser([{ role: "commissioner" }]);
    const here = await signInCookieFor(user.id);
    const elsewhere = await signInCookieFor(user.id);
    const bystander = await makeUser([{ role: "commissioner" }]);
    const bystanderCookie = await signInCookieFor(bystander.id);

    const response = await call(account.action, post("/account", { intent: "sign-out-everywhere" }, here));
    expect(response.status).toBe(302);
    expect(cookieFrom(response)).toBe("");
    expect(await userFromCookie(here)).toBeNull();
    expect(await userFromCookie(elsewhere)).toBeNull();
    expect(await prisma.signInSession.count({ where: { userId: user.id } })).toBe(0);
    expect((await userFromCookie(bystanderCookie))?.id).toBe(bystander.id);
  });
});

describe("housekeeping", () => {
  it("prunes expired sessions only", async () => {
    const user = await makeUser([{ role: "admin" }]);
    const live = await signInCookieFor(user.id);
    await prisma.signInSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() - 1000) } });
    expect(await pruneExpiredSignInSessions()).toBeGreaterThanOrEqual(1);
    expect(await prisma.signInSession.count({ where: { userId: user.id } })).toBe(1);
    expect((await userFromCookie(live))?.id).toBe(user.id);
  });

  it("the forms' minimum password length matches the server's", () => {
    expect(PASSWORD_MIN).toBe(MIN_PASSWORD_LENGTH);
  });
});

describe("your account", () => {
  it("sends anonymous people to sign in and back", async () => {
    const response = await call(account.loader, get("/account"));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/sign-in?redirectTo=%2Faccount");
  });

  it("shows your name, email and roles", async () => {
    const user = await makeUser([{ role: "grant-officer" }, { role: "panel-member" }], { name: "Asha Patel" });
    const response = await call(account.loader, get("/account", await signInCookieFor(user.id)));
    const body = await json<{ account: { name: string; email: string; roles: { label: string }[] }; homePath: string }>(response);
    expect(body.account).toMatchObject({ name: "Asha Patel", email: user.email });
    expect(body.account.roles.map((r) => r.label)).toEqual(["Grant officer (VAL)", "Grant panel member"]);
    expect(body.homePath).toBe("/grants");
  });

  it("changes the password after checking the current one, and ends the other sessions", async () => {
    const user = await makeUser([{ role: "admin" }]);
    const here = await signInCookieFor(user.id);
    const elsewhere = await signInCookieFor(user.id);
    const newPassword = "a brand new passphrase";

    const wrongCurrent = await call(
      account.action,
      post("/account", { intent: "change-password", currentPassword: "nope", password: newPassword, confirm: newPassword }, here),
    );
    expect(wrongCurrent.status).toBe(400);
    expect((await json<{ errors: Record<string, string> }>(wrongCurrent)).errors).toEqual({
      currentPassword: "Your current password is not correct",
    });

    const mismatch = await call(
      account.action,
      post("/account", { intent: "change-password", currentPassword: TEST_PASSWORD, password: newPassword, confirm: "different" }, here),
    );
    expect(mismatch.status).toBe(400);
    expect((await json<{ errors: Record<string, string> }>(mismatch)).errors).toEqual({ confirm: "The passwords do not match" });

    const tooShort = await call(
      account.action,
      post("/account", { intent: "change-password", currentPassword: TEST_PASSWORD, password: "short", confirm: "short" }, here),
    );
    expect((await json<{ errors: Record<string, string> }>(tooShort)).errors.password).toBe(
      "Your new password must be at least 10 characters",
    );

    const ok = await call(
      account.action,
      post("/account", { intent: "change-password", currentPassword: TEST_PASSWORD, password: newPassword, confirm: newPassword }, here),
    );
    expect(ok.status).toBe(302);
    expect(ok.headers.get("Location")).toBe("/account?notice=password-changed");
    expect((await userFromCookie(here))?.id).toBe(user.id);
    expect(await userFromCookie(elsewhere)).toBeNull();

    expect((await attemptSignIn({ email: user.email, password: TEST_PASSWORD }, freshIp())).status).toBe(400);
    expect((await attemptSignIn({ email: user.email, password: newPassword }, freshIp())).status).toBe(302);
    const audit = await prisma.auditEvent.findFirst({ where: { entityId: user.id, action: "user.password-changed" } });
    expect(audit).not.toBeNull();
  });
});
