// @database-behaviour: sign-in sessions and rate-limit counters under concurrent sign-ins. Runs on PostgreSQL too (vitest.config.ts).
import { beforeEach, describe, expect, it } from "vitest";
import * as account from "~/routes/account";
import * as signIn from "~/routes/sign-in";
import * as signOut from "~/routes/sign-out";
import { PASSWORD_MIN } from "~/modules/identity";
import { attemptSignIn as attemptSignInWithLimits, pruneExpiredSignInSessions, SIGN_IN_DELAY_MS } from "~/modules/identity/index.server";
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

  it("lets the real user in from another address after an attacker's wrong passwords", async () => {
    const user = await makeUser([{ role: "panel-member" }]);
    const attacker = freshIp();
    for (let i = 0; i < 5; i++) {
      expect((await attemptSignIn({ email: user.email, password: "wrong password" }, attacker)).status).toBe(400);
    }
    expect((await attemptSignIn({ email: user.email, password: "wrong password" }, attacker)).status).toBe(429);
    const real = await attemptSignIn({ email: user.email, password: TEST_PASSWORD }, freshIp());
    expect(real.status).toBe(302);
    expect((await userFromCookie(cookieFrom(real)))?.id).toBe(user.id);
  });

  it("refuses an account and address pair after 5 failures (15 minutes), even with the right password", async () => {
    const user = await makeUser([{ role: "panel-member" }]);
    const ip = freshIp();
    for (let i = 0; i < 5; i++) {
      expect((await attemptSignIn({ email: user.email, password: "wrong password" }, ip)).status).toBe(400);
    }
    const sixth = await attemptSignIn({ email: user.email, password: "wrong password" }, ip);
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await json<{ errors: Record<string, string> }>(sixth)).errors._form).toMatch(/Too many attempts to sign in\. Wait 15 minutes/);
    const right = await attemptSignIn({ email: user.email, password: TEST_PASSWORD }, ip);
    expect(right.status).toBe(429);
    expect(right.headers.get("Set-Cookie")).toBeNull();
    // The same email address in another case is the same pair.
    expect((await attemptSignIn({ email: user.email.toUpperCase(), password: "wrong password" }, ip)).status).toBe(429);
  });

  it("lets a colleague with the right password in from an address with ten failures for another account", async () => {
    const attacked = await makeUser([{ role: "cafe-manager" }]);
    const colleague = await makeUser([{ role: "cafe-manager" }]);
    const office = freshIp();
    for (let i = 0; i < 10; i++) {
      expect([400, 429]).toContain((await attemptSignIn({ email: attacked.email, password: "wrong" }, office)).status);
    }
    expect((await attemptSignIn({ email: colleague.email, password: TEST_PASSWORD }, office)).status).toBe(302);
  });

  it("limits failures for unknown email addresses per address (10 per 15 minutes), without telling whether an account exists", async () => {
    const ip = freshIp();
    for (let i = 0; i < 10; i++) {
      expect((await attemptSignIn({ email: uniqueEmail("spray"), password: "guess" }, ip)).status).toBe(400);
    }
    const blocked = await attemptSignIn({ email: uniqueEmail("spray"), password: "guess" }, ip);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("Retry-After"))).toBeGreaterThan(0);
    // A real account with a wrong password gets the same answer there…
    const user = await makeUser([{ role: "admin" }]);
    expect((await attemptSignIn({ email: user.email, password: "guess" }, ip)).status).toBe(429);
    // …and with the right one signs in.
    expect((await attemptSignIn({ email: user.email, password: TEST_PASSWORD }, ip)).status).toBe(302);
    // Another address is not affected.
    expect((await attemptSignIn({ email: uniqueEmail("spray"), password: "guess" }, freshIp())).status).toBe(400);
  });

  it("lets colleagues behind one proxy sign in, however many sign-ins and typos there are", async () => {
    const proxy = freshIp();
    const colleagues = await Promise.all(Array.from({ length: 4 }, () => makeUser([{ role: "cafe-manager" }])));
    // A morning's sign-ins through the proxy, with a typo now and then: more than the address's ten.
    for (let round = 0; round < 3; round++) {
      for (const colleague of colleagues) {
        expect((await attemptSignIn({ email: colleague.email, password: "typo" }, proxy)).status).toBe(400);
        expect((await attemptSignIn({ email: colleague.email, password: TEST_PASSWORD }, proxy)).status).toBe(302);
      }
    }
    // Mistyped email addresses count against the address: past ten, a wrong password is refused, a right one is not.
    for (let i = 0; i < 10; i++) {
      expect((await attemptSignIn({ email: uniqueEmail("typo"), password: "wrong" }, proxy)).status).toBe(400);
    }
    expect((await attemptSignIn({ email: colleagues[0]!.email, password: "wrong" }, proxy)).status).toBe(429);
    expect((await attemptSignIn({ email: colleagues[0]!.email, password: TEST_PASSWORD }, proxy)).status).toBe(302);
  }, 60_000);

  it("lets the right password in, slowed down, while an account is attacked from many addresses", async () => {
    const user = await makeUser([{ role: "admin" }]);
    for (let i = 0; i < 20; i++) {
      expect((await attemptSignIn({ email: user.email, password: `guess ${i}` }, freshIp())).status).toBe(400);
    }
    // Past 20 failures, a wrong password is still only wrong (no lock-out to learn from)…
    const wrongStarted = performance.now();
    expect((await attemptSignIn({ email: user.email, password: "guess 21" }, freshIp())).status).toBe(400);
    expect(performance.now() - wrongStarted).toBeGreaterThanOrEqual(SIGN_IN_DELAY_MS - 50);
    // …and the right one signs in from a fresh address, after the delay.
    const started = performance.now();
    const real = await attemptSignIn({ email: user.email, password: TEST_PASSWORD }, freshIp());
    expect(real.status).toBe(302);
    expect(performance.now() - started).toBeGreaterThanOrEqual(SIGN_IN_DELAY_MS - 50);
    expect((await userFromCookie(cookieFrom(real)))?.id).toBe(user.id);
  }, 60_000);

  it("slows an account down only past its limit", async () => {
    process.env.RATE_LIMIT_FACTOR = "0.25"; // 5 failures per account, so the test stays short
    resetEnvCache();
    const user = await makeUser([{ role: "admin" }]);
    const pauses: number[] = [];
    const pause = async (ms: number) => void pauses.push(ms);
    for (let i = 0; i < 5; i++) {
      const attempt = await attemptSignInWithLimits({ email: user.email, password: "wrong", address: freshIp() }, pause);
      expect(attempt.outcome).toBe("failed");
    }
    expect(pauses).toEqual([]);
    expect((await attemptSignInWithLimits({ email: user.email, password: TEST_PASSWORD, address: freshIp() }, pause)).outcome).toBe("signed-in");
    expect(pauses).toEqual([SIGN_IN_DELAY_MS]);
    // Unknown email addresses are counted and slowed down the same way.
    const nobody = uniqueEmail("nobody");
    for (let i = 0; i < 6; i++) await attemptSignInWithLimits({ email: nobody, password: "wrong", address: freshIp() }, pause);
    expect(pauses).toEqual([SIGN_IN_DELAY_MS, SIGN_IN_DELAY_MS]);
  });

  it("lets exactly 5 of 10 concurrent guesses for one pair through to the password check", async () => {
    const user = await makeUser([{ role: "admin" }]);
    const ip = freshIp();
    const statuses = await Promise.all(Array.from({ length: 10 }, () => attemptSignIn({ email: user.email, password: "wrong" }, ip)).map(async (r) => (await r).status));
    expect(statuses.filter((s) => s === 400)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  });

  it("treats every address of one IPv6 /64 network as one address", async () => {
    for (let i = 1; i <= 10; i++) {
      const r = await attemptSignIn({ email: uniqueEmail("v6"), password: "guess" }, `2001:db8:77:1::${i.toString(16)}`);
      expect(r.status).toBe(400);
    }
    expect((await attemptSignIn({ email: uniqueEmail("v6"), password: "guess" }, "2001:db8:77:1:ffff:ffff:ffff:ffff")).status).toBe(429);
    // The next /64 is someone else.
    expect((await attemptSignIn({ email: uniqueEmail("v6"), password: "guess" }, "2001:db8:77:2::1")).status).toBe(400);
  });

  it("multiplies the limits by RATE_LIMIT_FACTOR", async () => {
    process.env.RATE_LIMIT_FACTOR = "2";
    resetEnvCache();
    const user = await makeUser([{ role: "admin" }]);
    const ip = freshIp();
    for (let i = 0; i < 10; i++) {
      expect((await attemptSignIn({ email: user.email, password: "wrong" }, ip)).status).toBe(400);
    }
    expect((await attemptSignIn({ email: user.email, password: "wrong" }, ip)).status).toBe(429);
  });

  it("forgets a pair's failed attempts after a successful sign-in", async () => {
    const user = await makeUser([{ role: "admin" }]);
    const ip = freshIp();
    for (let i = 0; i < 4; i++) await attemptSignIn({ email: user.email, password: "wrong" }, ip);
    expect((await attemptSignIn({ email: user.email, password: TEST_PASSWORD }, ip)).status).toBe(302);
    for (let i = 0; i < 5; i++) {
      expect((await attemptSignIn({ email: user.email, password: "wrong" }, ip)).status).toBe(400);
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

  it("limits current-password checks (5 per 15 minutes) without touching the account's sign-ins", async () => {
    const user = await makeUser([{ role: "admin" }]);
    const here = await signInCookieFor(user.id);
    const change = (currentPassword: string) =>
      call(account.action, post("/account", { intent: "change-password", currentPassword, password: "a brand new passphrase", confirm: "a brand new passphrase" }, here));
    for (let i = 0; i < 5; i++) expect((await change("not it")).status).toBe(400);
    const blocked = await change(TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect((await json<{ errors: Record<string, string> }>(blocked)).errors._form).toMatch(/Too many attempts\. Wait 15 minutes/);
    expect((await attemptSignIn({ email: user.email, password: TEST_PASSWORD }, freshIp())).status).toBe(302);
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
