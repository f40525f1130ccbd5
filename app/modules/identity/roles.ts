/**
 * The roles of Café Network and where each one lands after signing in.
 * Organisation members are scoped to an organisation; café managers to one or more cafés.
 */
export const ROLES = [
  "admin",
  "grant-officer",
  "panel-member",
  "commissioner",
  "cap-staff",
  "cafe-manager",
  "organisation-member",
] as const;

export type Role = (typeof ROLES)[number];

/** Each role's home page. */
export const ROLE_HOMES: Record<Role, string> = {
  admin: "/admin",
  "grant-officer": "/grants",
  "panel-member": "/panel",
  commissioner: "/coverage",
  "cap-staff": "/cap",
  "organisation-member": "/organisation",
  "cafe-manager": "/manage",
};

/** Roles whose assignment must name an organisation or a café. */
export const SCOPED_ROLES: Partial<Record<Role, "organisation" | "cafe">> = {
  "organisation-member": "organisation",
  "cafe-manager": "cafe",
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Where a user with these roles lands: the first of their roles in the order of ROLES. */
export function homeFor(roles: readonly string[]): string {
  for (const role of ROLES) if (roles.includes(role)) return ROLE_HOMES[role];
  return "/account";
}

/**
 * A redirect target after sign-in must be a path on this site, never another origin
 * ("//evil.example" and "/\\evil.example" are other origins to a browser).
 */
export function safeRedirect(target: unknown, fallback: string): string {
  if (typeof target !== "string" || target === "") return fallback;
  if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(target)) return fallback;
  return target;
}
