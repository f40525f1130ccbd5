/**
 * How a person gets a partner service, and the tag lists a service carries.
 */
export const ACCESS_KINDS = [
  "drop-in",
  "self-referral",
  "referral",
  "remote",
] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

export function isAccessKind(value: unknown): value is AccessKind {
  return (
    typeof value === "string" &&
    (ACCESS_KINDS as readonly string[]).includes(value)
  );
}

/** The tag lists of a partner service: what it helps with, who it is for, the languages it works in. */
export const SERVICE_TAG_KINDS = ["support", "audience", "language"] as const;
export type ServiceTagKind = (typeof SERVICE_TAG_KINDS)[number];

/** After this many days without a save or a "still correct", a service or profile is stale (as café hours). */
export const PARTNER_STALE_DAYS = 180;

/** Is a record last checked at `checkedAt` stale at `now`? Never checked counts as stale. */
export function isStale(
  checkedAt: Date | null,
  now: Date,
  days: number = PARTNER_STALE_DAYS
): boolean {
  if (!checkedAt) return true;
  return now.getTime() - checkedAt.getTime() > days * 86_400_000;
}

/** Public only when the group is verified and neither it nor the service is hidden. */
export function isPublicService(
  service: { hiddenAt: Date | null },
  organisation: { verifiedAt: Date | null; hiddenAt: Date | null }
): boolean {
  return (
    service.hiddenAt === null &&
    organisation.verifiedAt !== null &&
    organisation.hiddenAt === null
  );
}
