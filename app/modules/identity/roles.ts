/**
 * The roles of Café Network (what each may do: permissions.ts).
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

/** Roles whose assignment must name an organisation or a café. */
export const SCOPED_ROLES: Partial<Record<Role, "organisation" | "cafe">> = {
  "organisation-member": "organisation",
  "cafe-manager": "cafe",
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/**
 * A redirect target after sign-in must be a path on this site, never another origin
 * ("//evil.example" and "/\\evil.example" are other origins to a browser). It is given back as a browser
 * would send it, with every character outside ASCII percent-escaped: a Location header cannot carry
 * "/☃", and a redirect that fails to send would fail the sign-in.
 */
export function safeRedirect(target: unknown, fallback: string): string {
  if (typeof target !== "string" || target === "") return fallback;
  if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(target)) return fallback;
  let url: URL;
  try {
    url = new URL(target, "http://this.site");
  } catch {
    return fallback;
  }
  if (url.origin !== "http://this.site") return fallback;
  const escaped = `${url.pathname}${url.search}${url.hash}`;
  return /^\/[\x21-\x7e]*$/.test(escaped) && !escaped.startsWith("//") ? escaped : fallback;
}
