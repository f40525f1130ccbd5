/**
 * How a person gets a partner service, and the tag lists a service carries.
 */
import { listingFreshness } from "~/modules/schedule";

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

/**
 * How fresh a service or profile is follows the directory's one rule, the cafés' (`listingFreshness` of
 * ~/modules/cafe): its group is reminded after REMINDER_AFTER_DAYS (60) without a save or a "still
 * correct", and its public page says it has not been confirmed recently after STALE_AFTER_DAYS (90).
 */
export function notConfirmedRecently(checkedAt: Date | string | null, now: Date): boolean {
  return listingFreshness(checkedAt, now) === "stale";
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
