import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as account from "~/routes/account";
import * as signIn from "~/routes/sign-in";
import { getSignIn, pruneExpiredSignInSessions } from "~/modules/identity/index.server";
import { prisma } from "~/platform/db.server";
import { resetEnvCache } from "~/platform/env.server";
import { call, cookieFrom, get, json, makeUser, post, signInCookieFor, TEST_PASSWORD, userFromCookie } from "./auth.helpers";
import { setClock } from "./clock.helpers";

/**
 * Sign-in sessions end after SESSION_IDLE_MINUTES (default 240) without use; the last use is written at
 * most once a minute; the 30-day lifetime still applies.
 */
const T0 = new Date("2026-12-07T09:00:00Z");
const MINUTE = 60_000;
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);

async function lastUsedAt(cookie: string) {
  const { user } = await getSignIn(get("/", cookie));
  const row = await prisma.signInSession.findUniqueOrThrow({ where: { id: user!.signInSessionId } });
  return row.lastUsedAt;
}

beforeEach(() => {
  delete process.env.SESSION_IDLE_MINUTES;
  setClock(T0);
});

afterEach(() => {
  delete process.env.SESSION_IDLE_MINUTES;
  setClock(null);
});

describe("the idle timeout", () => {
  it("keeps someone signed in while they use the app, noting the last use at most once a minute", async () => {
    const user = await makeUser([{ role: "admin" }]);
    const cookie = await signInCookieFor(user.id);
    expect(await lastUsedAt(cookie)).toEqual(T0);

    setClock(at(0.5));
    expect(await lastUsedAt(cookie)).toEqual(T0); // within the minute: no write

    setClock(at(239));
    expect(await lastUsedAt(cookie)).toEqual(at(239));

    // Four hours after the first use, but only one since the last: still signed in.
    setClock(at(239 + 239));
    expect((await userFromCookie(cookie))?.id).toBe(user.id);
    expect((await call(account.loader, get("/account", cookie))).status).toBe(200);
  });

  it("signs out after 240 minutes without use, back to sign-in with the page kept and a message", async () => {
    const user = await makeUser([{ role: "admin" }]);
    const cookie = await signInCookieFor(user.id);
    setClock(at(239));
    expect((await userFromCookie(cookie))?.id).toBe(user.id);

    setClock(at(239 + 240));
    expect(await userFromCookie(cookie)).toBeNull();
    const page = await call(account.loader, get("/account?tab=password", cookie));
    expect(page.status).toBe(302);
    expect(page.headers.get("Location")).toBe("/sign-in?redirectTo=%2Faccount%3Ftab%3Dpassword");

    const signInPage = await json<{ idleNotice: string | null; signedInAs: string | null; redirectTo: string }>(
      await call(signIn.loader, get("/sign-in?redirectTo=%2Faccount%3Ftab%3Dpassword", cookie)),
    );
    expect(signInPage).toEqual({
      signedInAs: null,
      redirectTo: "/account?tab=password",
      idleNotice: "You were signed out after 4 hours without activity. Sign in again to carry on.",
    });

    // Signing in again ends the idle session and starts a fresh one.
    const again = await call(
      signIn.action,
      post("/sign-in", { email: user.email, password: TEST_PASSWORD, redirectTo: "/account?tab=password" }, cookie),
      {},
      { clientIp: "192.0.2.41" },
    );
    expect(again.headers.get("Location")).toBe("/account?tab=password");
    expect((await userFromCookie(cookieFrom(again)))?.id).toBe(user.id);
    expect(await prisma.signInSession.count({ where: { userId: user.id } })).toBe(1);
  });

  it("takes the idle time from SESSION_IDLE_MINUTES", async () => {
    process.env.SESSION_IDLE_MINUTES = "30";
    resetEnvCache();
    setClock(T0);
    const user = await makeUser([{ role: "admin" }]);
    const cookie = await signInCookieFor(user.id);
    setClock(at(29));
    expect((await userFromCookie(cookie))?.id).toBe(user.id);
    setClock(at(59));
    expect(await userFromCookie(cookie)).toBeNull();
    const signInPage = await json<{ idleNotice: string | null }>(await call(signIn.loader, get("/sign-in", cookie)));
    expect(signInPage.idleNotice).toBe("You were signed out after 30 minutes without activity. Sign in again to carry on.");
  });

  it("says nothing about idleness on the sign-in page of someone signed in or never signed in", async () => {
    const user = await makeUser([{ role: "admin" }]);
    const cookie = await signInCookieFor(user.id);
    expect(await json(await call(signIn.loader, get("/sign-in", cookie)))).toMatchObject({ idleNotice: null, signedInAs: "Test Person" });
    expect(await json(await call(signIn.loader, get("/sign-in")))).toMatchObject({ idleNotice: null });
  });

  it("still ends every session after 30 days, however often it is used", async () => {
    process.env.SESSION_IDLE_MINUTES = "1440"; // a day, so a use every 23 hours keeps it going
    resetEnvCache();
    setClock(T0);
    const user = await makeUser([{ role: "admin" }]);
    const cookie = await signInCookieFor(user.id);
    const thirtyDays = 30 * 24 * 60;
    for (let minutes = 23 * 60; minutes < thirtyDays; minutes += 23 * 60) {
      setClock(at(minutes));
      expect((await userFromCookie(cookie))?.id).toBe(user.id);
    }
    setClock(at(thirtyDays));
    expect(await getSignIn(get("/", cookie))).toEqual({ user: null, idle: false });
  });

  it("counts a session from before last use was noted as used now", async () => {
    const user = await makeUser([{ role: "admin" }]);
    const cookie = await signInCookieFor(user.id);
    await prisma.signInSession.updateMany({ where: { userId: user.id }, data: { lastUsedAt: null } });
    setClock(at(24 * 60));
    expect((await userFromCookie(cookie))?.id).toBe(user.id);
    expect(await lastUsedAt(cookie)).toEqual(at(24 * 60));
  });

  it("housekeeping deletes sessions past their idle time", async () => {
    const user = await makeUser([{ role: "admin" }]);
    const idle = await signInCookieFor(user.id);
    setClock(at(200));
    const live = await signInCookieFor(user.id);
    setClock(at(300));
    expect(await pruneExpiredSignInSessions()).toBeGreaterThanOrEqual(1);
    expect(await prisma.signInSession.count({ where: { userId: user.id } })).toBe(1);
    expect(await userFromCookie(idle)).toBeNull();
    expect((await userFromCookie(live))?.id).toBe(user.id);
  });
});
