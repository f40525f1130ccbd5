import { createCookie, redirect } from "@remix-run/node";
import type { CurrentUser } from "./permissions";
import { prisma } from "~/platform/db.server";
import { appUrl, getEnv } from "~/platform/env.server";
import { sessionSecrets } from "~/platform/session-secret.server";
import { now } from "~/platform/clock.server";

/**
 * Sign-in sessions live in the database (SignInSession); the cookie only carries the signed id.
 * Signing out deletes the row; "sign out everywhere" deletes all of a user's rows. A session ends after
 * 30 days, or sooner after SESSION_IDLE_MINUTES without use.
 */
const SIGN_IN_SESSION_DAYS = 30;
const SIGN_IN_SESSION_MS = SIGN_IN_SESSION_DAYS * 24 * 60 * 60 * 1000;
/** The cookie's name stays as it has always been, so nobody is signed out by a new release. */
const COOKIE_NAME = "cafe_session";

let cookieInstance: ReturnType<typeof createCookie> | undefined;
function signInCookie() {
  cookieInstance ??= createCookie(COOKIE_NAME, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: appUrl().startsWith("https://"),
    secrets: sessionSecrets(),
    maxAge: SIGN_IN_SESSION_MS / 1000,
  });
  return cookieInstance;
}

async function readSignInSessionId(request: Request): Promise<string | null> {
  const header = request.headers.get("Cookie");
  if (!header || !header.includes(`${COOKIE_NAME}=`)) return null;
  const value: unknown = await signInCookie().parse(header);
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** How often, at most, a sign-in session's last use is written (so a page view is not always a write). */
export const LAST_USE_WRITE_EVERY_MS = 60_000;

/** The idle time after which a sign-in session ends (SESSION_IDLE_MINUTES), in milliseconds. */
export function idleLimitMs(): number {
  return getEnv().SESSION_IDLE_MINUTES * 60_000;
}

/**
 * Whether a sign-in session last used at `lastUsedAt` has ended for want of use at `at`. A session from
 * before last use was kept (null) has not: its first use now starts the count.
 */
export function isIdle(lastUsedAt: Date | null, at: Date, limitMs: number = idleLimitMs()): boolean {
  return lastUsedAt !== null && at.getTime() - lastUsedAt.getTime() >= limitMs;
}

/**
 * This browser's sign-in: the signed-in user, or null with `idle` true when the session ended after
 * SESSION_IDLE_MINUTES without use (the sign-in page says so). Expired or ended sign-in sessions, and
 * disabled accounts, count as signed out. Each use is noted on the session, at most once a minute (a
 * conditional write, so concurrent requests write it once).
 */
export async function getSignIn(request: Request): Promise<{ user: CurrentUser | null; idle: boolean }> {
  const signedOut = { user: null, idle: false };
  const signInSessionId = await readSignInSessionId(request);
  if (!signInSessionId) return signedOut;
  const signInSession = await prisma.signInSession.findUnique({
    where: { id: signInSessionId },
    include: {
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          disabledAt: true,
          roles: { select: { role: true, organisationId: true, cafeId: true } },
        },
      },
    },
  });
  const at = now();
  if (!signInSession || signInSession.expiresAt <= at || signInSession.user.disabledAt) return signedOut;
  if (isIdle(signInSession.lastUsedAt, at)) return { user: null, idle: true };
  if (!signInSession.lastUsedAt || at.getTime() - signInSession.lastUsedAt.getTime() >= LAST_USE_WRITE_EVERY_MS) {
    await prisma.signInSession.updateMany({
      where: {
        id: signInSession.id,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(at.getTime() - LAST_USE_WRITE_EVERY_MS) } }],
      },
      data: { lastUsedAt: at },
    });
  }
  const { user } = signInSession;
  return { user: { id: user.id, email: user.email, name: user.name, roles: user.roles, signInSessionId: signInSession.id }, idle: false };
}

/** The signed-in user, or null (see getSignIn). */
export async function getUser(request: Request): Promise<CurrentUser | null> {
  return (await getSignIn(request)).user;
}

/** Starts a sign-in session for `userId` and returns the Set-Cookie header value. */
export async function startSignInSession(userId: string, userAgent?: string | null): Promise<string> {
  const at = now();
  const signInSession = await prisma.signInSession.create({
    data: {
      userId,
      expiresAt: new Date(at.getTime() + SIGN_IN_SESSION_MS),
      lastUsedAt: at,
      userAgent: userAgent?.slice(0, 300) ?? null,
    },
  });
  return signInCookie().serialize(signInSession.id);
}

/** The Set-Cookie header value that clears the sign-in cookie from the browser. */
export function clearedSignInCookie(): Promise<string> {
  return signInCookie().serialize("", { maxAge: 0 });
}

/** Ends this browser's sign-in session; returns the Set-Cookie header that clears the cookie. */
export async function endSignInSession(request: Request): Promise<string> {
  const signInSessionId = await readSignInSessionId(request);
  if (signInSessionId) await prisma.signInSession.deleteMany({ where: { id: signInSessionId } });
  return clearedSignInCookie();
}

/** Ends every sign-in session of a user (sign out everywhere). */
export async function endAllSignInSessions(userId: string): Promise<number> {
  const { count } = await prisma.signInSession.deleteMany({ where: { userId } });
  return count;
}

/** Signs `userId` in (ending the browser's previous sign-in session, if any) and redirects with the new cookie. */
export async function signInAndRedirect(request: Request, userId: string, to: string): Promise<Response> {
  const previous = await readSignInSessionId(request);
  if (previous) await prisma.signInSession.deleteMany({ where: { id: previous } });
  const cookie = await startSignInSession(userId, request.headers.get("User-Agent"));
  return redirect(to, { headers: { "Set-Cookie": cookie } });
}

/** Deletes sign-in sessions past their expiry or their idle time (housekeeping; run by the background jobs). */
export async function pruneExpiredSignInSessions(): Promise<number> {
  const at = now();
  const { count } = await prisma.signInSession.deleteMany({
    where: { OR: [{ expiresAt: { lte: at } }, { lastUsedAt: { lte: new Date(at.getTime() - idleLimitMs()) } }] },
  });
  return count;
}
