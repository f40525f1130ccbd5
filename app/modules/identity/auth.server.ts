import { createCookie, json, redirect } from "@remix-run/node";
import type { CurrentUser } from "./permissions";
import { homeFor, safeRedirect, type Role } from "./roles";
import { t } from "~/lib/i18n";
import { prisma } from "~/platform/db.server";
import { appUrl } from "~/platform/env.server";
import { sessionSecrets } from "~/platform/session-secret.server";
import { now } from "~/platform/clock.server";
import { forbidden, notFound } from "~/platform/responses.server";

/**
 * Sessions live in the database; the cookie only carries the signed session id.
 * Signing out deletes the row; "sign out everywhere" deletes all of a user's rows.
 */
export const SESSION_DAYS = 30;
const SESSION_MS = SESSION_DAYS * 24 * 60 * 60 * 1000;

let sessionCookieInstance: ReturnType<typeof createCookie> | undefined;
export function sessionCookie() {
  sessionCookieInstance ??= createCookie("cafe_session", {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: appUrl().startsWith("https://"),
    secrets: sessionSecrets(),
    maxAge: SESSION_MS / 1000,
  });
  return sessionCookieInstance;
}


async function readSessionId(request: Request): Promise<string | null> {
  const header = request.headers.get("Cookie");
  if (!header || !header.includes("cafe_session=")) return null;
  const value: unknown = await sessionCookie().parse(header);
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** The signed-in user, or null. Expired or revoked sessions count as signed out. */
export async function getUser(request: Request): Promise<CurrentUser | null> {
  const sessionId = await readSessionId(request);
  if (!sessionId) return null;
  const session = await prisma.session.findUnique({
    where: { id: sessionId },
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
  if (!session || session.expiresAt <= now() || session.user.disabledAt) return null;
  const { user } = session;
  return { id: user.id, email: user.email, name: user.name, roles: user.roles, sessionId: session.id };
}

export function roleNames(user: Pick<CurrentUser, "roles">): string[] {
  return [...new Set(user.roles.map((r) => r.role))];
}

export function hasRole(user: Pick<CurrentUser, "roles"> | null, ...roles: Role[]): boolean {
  return !!user && user.roles.some((r) => (roles as string[]).includes(r.role));
}

export function homePathFor(user: Pick<CurrentUser, "roles">): string {
  return homeFor(roleNames(user));
}

function signInRedirect(request: Request): Response {
  const url = new URL(request.url);
  const target = safeRedirect(url.pathname + url.search, "/");
  return redirect(`/sign-in?redirectTo=${encodeURIComponent(target)}`);
}


/** The signed-in user, or a redirect to the sign-in page (thrown). */
export async function requireUser(request: Request): Promise<CurrentUser> {
  const user = await getUser(request);
  if (!user) throw signInRedirect(request);
  return user;
}

/**
 * The signed-in user if they hold one of `roles` (admins always do); otherwise sign-in (anonymous)
 * or 403 (signed in with the wrong role), thrown.
 */
export async function requireRole(request: Request, roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (!hasRole(user, "admin", ...roles)) throw forbidden();
  return user;
}

/** Can this user change café `cafeId`? Admins and that café's managers. */
export function canEditCafe(user: Pick<CurrentUser, "roles">, cafeId: string): boolean {
  return user.roles.some((r) => r.role === "admin" || (r.role === "cafe-manager" && r.cafeId === cafeId));
}

/** Can this user read café `cafeId`'s management pages? Editors, and commissioners (read only). */
export function canViewCafe(user: Pick<CurrentUser, "roles">, cafeId: string): boolean {
  return canEditCafe(user, cafeId) || hasRole(user, "commissioner");
}

/**
 * Require access to a café's management pages. `write` demands edit rights; a commissioner
 * may read but never write. A café that does not exist gives 404, never a hint of its existence
 * to someone who could not see it anyway.
 */
export async function requireCafeAccess(
  request: Request,
  cafeId: string,
  { write }: { write: boolean },
): Promise<CurrentUser> {
  const user = await requireUser(request);
  const allowed = write ? canEditCafe(user, cafeId) : canViewCafe(user, cafeId);
  if (!allowed) throw forbidden();
  return user;
}

/**
 * The preamble of every loader and action of a café's management pages: the café id from the route,
 * access to it (see requireCafeAccess), and the café as `load` reads it; 404 (thrown) when there is none.
 */
export async function requireCafe<T>(
  { request, params }: { request: Request; params: { cafeId?: string } },
  access: { write: boolean },
  load: (cafeId: string) => Promise<T | null>,
): Promise<{ cafeId: string; user: CurrentUser; cafe: T }> {
  const cafeId = params.cafeId ?? "";
  const user = await requireCafeAccess(request, cafeId, access);
  const cafe = await load(cafeId);
  if (!cafe) throw notFound();
  return { cafeId, user, cafe };
}

/** Can this user act for organisation `organisationId`? Its members and admins. */
export function canActForOrganisation(user: Pick<CurrentUser, "roles">, organisationId: string): boolean {
  return user.roles.some(
    (r) => r.role === "admin" || (r.role === "organisation-member" && r.organisationId === organisationId),
  );
}

export async function requireOrganisationAccess(request: Request, organisationId: string): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (!canActForOrganisation(user, organisationId)) throw forbidden();
  return user;
}

/** Start a session for `userId` and return the Set-Cookie header value. */
export async function createUserSession(userId: string, userAgent?: string | null): Promise<string> {
  const session = await prisma.session.create({
    data: {
      userId,
      expiresAt: new Date(now().getTime() + SESSION_MS),
      userAgent: userAgent?.slice(0, 300) ?? null,
    },
  });
  return sessionCookie().serialize(session.id);
}

/** End this browser's session; returns the Set-Cookie header that clears the cookie. */
export async function destroySession(request: Request): Promise<string> {
  const sessionId = await readSessionId(request);
  if (sessionId) await prisma.session.deleteMany({ where: { id: sessionId } });
  return sessionCookie().serialize("", { maxAge: 0 });
}

/** End every session of a user (sign out everywhere, password change). */
export async function destroyAllSessions(userId: string): Promise<number> {
  const { count } = await prisma.session.deleteMany({ where: { userId } });
  return count;
}

/**
 * The answer to a public form whose hidden honeypot field was filled in (see isHoneypotFilled):
 * 400, nothing saved, nothing typed echoed back, and no hint about why.
 */
export function refuseHoneypot(): Response {
  return json({ errors: { _form: t("auth.error.honeypot") }, values: {} }, { status: 400 });
}

/** Starts a session (ending the browser's previous one, if any) and redirects with the new cookie. */
export async function signInAndRedirect(request: Request, userId: string, to: string): Promise<Response> {
  const previous = await readSessionId(request);
  if (previous) await prisma.session.deleteMany({ where: { id: previous } });
  const cookie = await createUserSession(userId, request.headers.get("User-Agent"));
  return redirect(to, { headers: { "Set-Cookie": cookie } });
}

/** Deletes sessions past their expiry (housekeeping; run by the background jobs). */
export async function pruneExpiredSessions(): Promise<number> {
  const { count } = await prisma.session.deleteMany({ where: { expiresAt: { lte: now() } } });
  return count;
}
