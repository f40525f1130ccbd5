import type { Role } from "~/domain/roles";

/**
 * Which roles may open each signed-in route. tests/integration/authorisation.test.ts checks every row:
 * anonymous people are sent to /sign-in?redirectTo=<path>, every role not listed gets 403, and every
 * role listed gets in (neither 403 nor the sign-in redirect).
 *
 * ADD A ROW FOR EVERY NON-PUBLIC ROUTE YOU BUILD (one per loader, and one per action).
 * - `allowed` lists every role that may use it, admin included when admins may (requireRole always
 *   lets admins in), or "any-signed-in".
 * - The test signs in one user per role. The organisation member belongs to `organisationId`; the café
 *   manager manages `cafeId` (a café of that organisation). `otherOrganisationId` / `otherCafeId` are
 *   someone else's: use them to prove that people cannot open other organisations' or cafés' records.
 * - Actions are posted `form` (default: an empty form); "gets in" then just means not refused
 *   (a 400 for the missing fields is fine).
 */
export type AccessFixtures = {
  organisationId: string;
  cafeId: string;
  otherOrganisationId: string;
  otherCafeId: string;
};

type RouteFunction = (args: { request: Request; params: Record<string, string | undefined>; context: Record<string, unknown> }) => unknown;
export type RouteModule = { loader?: RouteFunction; action?: RouteFunction };

export type ProtectedRoute = {
  /** The address, with any query string. */
  path: string | ((f: AccessFixtures) => string);
  /** The route's params (e.g. { cafeId }). */
  params?: (f: AccessFixtures) => Record<string, string>;
  /** `() => import("~/routes/<file>")` */
  module: () => Promise<unknown>;
  /** "loader" (GET, the default) or "action" (POST). */
  method?: "loader" | "action";
  form?: (f: AccessFixtures) => Record<string, string>;
  allowed: Role[] | "any-signed-in";
  /** Shown in the test's name. */
  note?: string;
};

export const PROTECTED_ROUTES: ProtectedRoute[] = [
  // ---------------------------------------------------------------- accounts and administration
  { path: "/account", module: () => import("~/routes/account"), allowed: "any-signed-in" },
  { path: "/account", module: () => import("~/routes/account"), method: "action", allowed: "any-signed-in" },
  { path: "/admin", module: () => import("~/routes/admin._index"), allowed: ["admin"] },
  { path: "/admin/users", module: () => import("~/routes/admin.users"), allowed: ["admin"] },
  {
    path: "/admin/users",
    module: () => import("~/routes/admin.users"),
    method: "action",
    form: () => ({ intent: "invite", email: "", role: "" }),
    allowed: ["admin"],
  },
  { path: "/admin/outbox", module: () => import("~/routes/admin.outbox"), allowed: ["admin"] },
  {
    path: "/admin/outbox",
    module: () => import("~/routes/admin.outbox"),
    method: "action",
    form: () => ({ intent: "retry", id: "no-such-email" }),
    allowed: ["admin"],
  },

  // ---------------------------------------------------------------- role homes
  { path: "/grants", module: () => import("~/routes/grants._index"), allowed: ["admin", "grant-officer"] },
  { path: "/panel", module: () => import("~/routes/panel._index"), allowed: ["admin", "panel-member"] },
  { path: "/organisation", module: () => import("~/routes/organisation._index"), allowed: ["admin", "organisation-member"] },
  {
    path: (f) => `/organisation?org=${f.organisationId}`,
    module: () => import("~/routes/organisation._index"),
    allowed: ["admin", "organisation-member"],
    note: "their own organisation",
  },
  {
    path: (f) => `/organisation?org=${f.otherOrganisationId}`,
    module: () => import("~/routes/organisation._index"),
    allowed: ["admin"],
    note: "another organisation",
  },
  {
    path: "/organisation?org=no-such-organisation",
    module: () => import("~/routes/organisation._index"),
    allowed: ["admin"],
    note: "an organisation that does not exist (403, never a hint that it does not)",
  },
];
