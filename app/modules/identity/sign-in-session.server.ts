import { createCookie, redirect } from "@remix-run/node";
import type { CurrentUser } from "./permissions";
import { prisma } from "~/platform/db.server";
import { appUrl } from "~/platform/env.server";
import { sessionSecrets } from "~/platform/session-secret.server";
import { now } from "~/platform/clock.server";

/**
 * Sign-in sessions live in the database (SignInSession); the cookie only carries the signed id.
 * Signing out deletes the row; "sign out everywhere" deletes all of a user's rows.
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

/** The signed-in user, or null. Expired or ended sign-in sessions, and disabled accounts, count as signed out. */
export async function getUser(request: Request): Promise<CurrentUser | null> {
  const signInSessionId = await readSignInSessionId(request);
  if (!signInSessionId) return null;
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
  if (!signInSession || signInSession.expiresAt <= now() || signInSession.user.disabledAt) return null;
  const { user } = signInSession;
  return { id: user.id, email: user.email, name: user.name, roles: user.roles, signInSessionId: signInSession.id };
}

/** Starts a sign-in session for `userId` and returns the Set-Cookie header value. */
export async function startSignInSession(userId: string, userAgent?: string | null): Promise<string> {
  const signInSession = await prisma.signInSession.create({
    data: {
      userId,
      expiresAt: new Date(now().getTime() + SIGN_IN_SESSION_MS),
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

/** Deletes sign-in sessions past their expiry (housekeeping; run by the background jobs). */
export async function pruneExpiredSignInSessions(): Promise<number> {
  const { count } = await prisma.signInSession.deleteMany({ where: { expiresAt: { lte: now() } } });
  return count;
}
