import type { Role } from "./roles";

/**
 * Who may do what: one table of role × action × ownership, used by loaders and actions (through
 * requirePermission), by the modules' writes (whose queries also carry the ownership in their `where`),
 * and by the pages and the navigation to decide what to offer. Admins may do everything.
 *
 * Ownership: a café manager holds the role for named cafés, an organisation member for a named
 * organisation; an action on "own" records needs the record's id in `scope`.
 */
export type Permission =
  /** The admin pages: users and invitations, cafés, tag lists, the email outbox */
  | "admin"
  /** The café management list (/manage): café managers see theirs; commissioners and admins see all */
  | "cafes.list"
  /** Every café on that list, not only their own: commissioners, admins */
  | "cafes.all"
  /** A café's management pages, read only: its managers, commissioners, admins */
  | "cafe.view"
  /** Change a café's hours, details, offers: its managers, admins */
  | "cafe.edit"
  /** Move a café to another footprint: commissioners (who keep the coverage figures), admins */
  | "cafe.footprint.change"
  /** Give a café to another organisation, create a café, change its status, invite its managers: admins */
  | "cafe.administer"
  /** Listings whose hours need checking: commissioners, admins */
  | "listings.stale"
  /** Send the stale-listing reminders now: admins */
  | "listings.remind"
  /** The coverage dashboard: commissioners, grant officers, admins */
  | "coverage.view"
  /** The grant officers' home: grant officers, admins */
  | "grants.view"
  /** The grant panel's home: panel members, admins */
  | "panel.view"
  /** The Central Access Point's page: CAP staff, admins */
  | "cap.use"
  /** A café's CAP bookings with the callers' details (see, mark arrived, cancel): its managers, admins */
  | "cafe.bookings"
  /** Act for an organisation (its page, its cafés, its public profile and partner services): its members, admins */
  | "organisation.act"
  /** Hide a partner service or an organisation from the public pages, with a reason: grant officers, admins */
  | "partners.hide"
  // Grants (apply): rounds, organisation verification; an organisation's own applications
  /** Rounds, screening, decisions, milestones, exports, organisation verification: grant officers, admins */
  | "grants.manage"
  /** Start, edit and submit their own organisation's applications: its members, admins */
  | "organisation.apply"
  // Grants (panel): reviewing assigned applications; the pipeline for commissioners
  /** Review the applications assigned to them (after declaring conflicts): panel members, admins */
  | "panel.review"
  /** The grants pipeline as counts and amounts per footprint and stage: commissioners, grant officers, admins */
  | "grants.pipeline";

export type RoleHolding = { role: string; organisationId: string | null; cafeId: string | null };

/** The signed-in person, as every loader, action and write sees them. */
export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  roles: RoleHolding[];
  /** The sign-in session this request carries (SignInSession) */
  signInSessionId: string;
};
/** What a write needs of the person making it: who they are (for the audit trail) and their roles. */
export type Actor = Pick<CurrentUser, "id" | "roles">;
export type PermissionHolder = Pick<CurrentUser, "roles">;
export type PermissionScope = { cafeId?: string; organisationId?: string };

type Rule = { roles: readonly Role[]; own?: "cafe" | "organisation" };

/** Each permission: the roles that hold it everywhere, and the role that holds it for its own records. */
const RULES: Record<Permission, { anywhere: readonly Role[]; own?: Rule }> = {
  admin: { anywhere: [] },
  "cafes.list": { anywhere: ["commissioner", "cafe-manager"] },
  "cafes.all": { anywhere: ["commissioner"] },
  "cafe.view": { anywhere: ["commissioner"], own: { roles: ["cafe-manager"], own: "cafe" } },
  "cafe.edit": { anywhere: [], own: { roles: ["cafe-manager"], own: "cafe" } },
  "cafe.footprint.change": { anywhere: ["commissioner"] },
  "cafe.administer": { anywhere: [] },
  "listings.stale": { anywhere: ["commissioner"] },
  "listings.remind": { anywhere: [] },
  "coverage.view": { anywhere: ["commissioner", "grant-officer"] },
  "grants.view": { anywhere: ["grant-officer"] },
  "panel.view": { anywhere: ["panel-member"] },
  "cap.use": { anywhere: ["cap-staff"] },
  "cafe.bookings": { anywhere: [], own: { roles: ["cafe-manager"], own: "cafe" } },
  "organisation.act": { anywhere: [], own: { roles: ["organisation-member"], own: "organisation" } },
  "partners.hide": { anywhere: ["grant-officer"] },
  // Grants (apply)
  "grants.manage": { anywhere: ["grant-officer"] },
  "organisation.apply": { anywhere: [], own: { roles: ["organisation-member"], own: "organisation" } },
  // Grants (panel)
  "panel.review": { anywhere: ["panel-member"] },
  "grants.pipeline": { anywhere: ["commissioner", "grant-officer"] },
};

export const PERMISSIONS = Object.keys(RULES) as Permission[];

/** Whether `user` holds one of `roles` (anywhere, or for any record). */
export function holdsRole(user: PermissionHolder | null | undefined, ...roles: Role[]): boolean {
  return !!user && user.roles.some((r) => (roles as string[]).includes(r.role));
}

/**
 * May `user` do `permission` (on the record in `scope`, for permissions on own records)? Without a scope,
 * a permission on own records asks whether the user holds it for any record (to offer a link to a list).
 */
export function can(user: PermissionHolder | null | undefined, permission: Permission, scope: PermissionScope = {}): boolean {
  if (!user) return false;
  if (holdsRole(user, "admin")) return true;
  const rule = RULES[permission];
  if (holdsRole(user, ...rule.anywhere)) return true;
  const own = rule.own;
  if (!own) return false;
  const id = own.own === "cafe" ? scope.cafeId : scope.organisationId;
  return user.roles.some(
    (r) => (own.roles as string[]).includes(r.role) && (id === undefined || (own.own === "cafe" ? r.cafeId : r.organisationId) === id),
  );
}

/** The ids of the records a user holds a permission on as their own (cafés they manage, their organisations). */
export function ownedIds(user: PermissionHolder, permission: Permission): string[] {
  const own = RULES[permission].own;
  if (!own) return [];
  return user.roles
    .filter((r) => (own.roles as string[]).includes(r.role))
    .map((r) => (own.own === "cafe" ? r.cafeId : r.organisationId))
    .filter((id): id is string => id !== null);
}

/** The home pages, broadest first, each with the permission that opens it. */
const HOMES: readonly (readonly [Permission, string])[] = [
  ["admin", "/admin"],
  ["grants.view", "/grants"],
  ["panel.view", "/panel"],
  ["coverage.view", "/coverage"],
  ["cap.use", "/cap"],
  ["cafes.list", "/manage"],
  ["organisation.act", "/organisation"],
];

/**
 * Where this user lands after signing in, and where the header's "Home" link takes them: the broadest
 * home page they may open, or their account page when they may open none.
 */
export function homePathFor(user: PermissionHolder): string {
  return HOMES.find(([permission]) => can(user, permission))?.[1] ?? "/account";
}
