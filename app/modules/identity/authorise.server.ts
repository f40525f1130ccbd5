import { redirect } from "@remix-run/node";
import { can, type CurrentUser, type Permission, type PermissionHolder, type PermissionScope } from "./permissions";
import { safeRedirect } from "./roles";
import { getUser } from "./sign-in-session.server";
import { forbidden, notFound } from "~/platform/responses.server";

/**
 * The preamble of every loader and action that is not public: who is asking, and whether they may
 * (permissions.ts). A refusal is thrown as a response, which Remix renders as the site's page: the
 * sign-in page for someone signed out (coming back here afterwards), 403 for someone signed in without
 * the permission. Never an Error, which would be a 500.
 */
function signInRedirect(request: Request): Response {
  const url = new URL(request.url);
  const target = safeRedirect(url.pathname + url.search, "/");
  return redirect(`/sign-in?redirectTo=${encodeURIComponent(target)}`);
}

/** The signed-in user, or a redirect to the sign-in page (thrown). For pages any signed-in person may use. */
export async function requireUser(request: Request): Promise<CurrentUser> {
  const user = await getUser(request);
  if (!user) throw signInRedirect(request);
  return user;
}

/**
 * `user`, if they may do `permission` (on the record in `scope`); otherwise 403 (thrown). Also for a
 * module's write that checks its actor again: the refusal is the 403 page, never a 500.
 */
export function authorise<U extends PermissionHolder>(user: U, permission: Permission, scope?: PermissionScope): U {
  if (!can(user, permission, scope)) throw forbidden();
  return user;
}

/**
 * The signed-in user if they may do `permission` (on the record in `scope`); otherwise the sign-in
 * page (signed out) or 403 (signed in), thrown.
 */
export async function requirePermission(request: Request, permission: Permission, scope?: PermissionScope): Promise<CurrentUser> {
  return authorise(await requireUser(request), permission, scope);
}

/**
 * The preamble of every loader and action of a café's management pages: the café id from the route,
 * the permission on it ("cafe.view" to read, "cafe.edit" to change), and the café as `load` reads it.
 * A café that does not exist gives 404 only to those who could see it if it did (others get 403, never a
 * hint of whether it exists).
 */
export async function requireCafe<T>(
  { request, params }: { request: Request; params: { cafeId?: string } },
  permission: "cafe.view" | "cafe.edit",
  load: (cafeId: string) => Promise<T | null>,
): Promise<{ cafeId: string; user: CurrentUser; cafe: T }> {
  const cafeId = params.cafeId ?? "";
  const user = await requirePermission(request, permission, { cafeId });
  const cafe = await load(cafeId);
  if (!cafe) throw notFound();
  return { cafeId, user, cafe };
}
