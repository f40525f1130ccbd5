/**
 * How fresh a listing of the directory is: the one rule for cafés' published hours and for partner
 * services and their groups' profiles (~/modules/partners). A café team confirms its hours with "Hours are
 * still right" (or by changing its sessions or exceptions), which sets `hoursVerifiedAt`; a group saves a
 * service or says it is "still correct", which sets its `checkedAt`. Below, "the café" stands for either.
 * - after 60 days without a check, the café's managers get a reminder email, at most once a week;
 * - after 90 days, the public page says the hours have not been confirmed recently and that people
 *   should call before travelling, and the café is on the stale list at /manage/stale.
 * A café whose hours were never confirmed counts as not confirmed recently.
 *
 * Pure: the caller passes `now`.
 */

export const REMINDER_AFTER_DAYS = 60;
export const STALE_AFTER_DAYS = 90;
export const REMINDER_INTERVAL_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

export type Freshness = "fresh" | "reminder-due" | "stale";

function toDate(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined || value === "") return null;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Whole days since the hours were last confirmed, or null if they never were. */
export function daysSinceVerified(hoursVerifiedAt: Date | string | null | undefined, now: Date): number | null {
  const verified = toDate(hoursVerifiedAt);
  if (!verified) return null;
  return Math.max(0, Math.floor((now.getTime() - verified.getTime()) / DAY_MS));
}

export function listingFreshness(hoursVerifiedAt: Date | string | null | undefined, now: Date): Freshness {
  const days = daysSinceVerified(hoursVerifiedAt, now);
  if (days === null || days >= STALE_AFTER_DAYS) return "stale";
  if (days >= REMINDER_AFTER_DAYS) return "reminder-due";
  return "fresh";
}

/**
 * For the public café page and the finder: true when the page must say
 * "hours not confirmed recently — call before travelling" (90 days or more, or never confirmed).
 */
export function hoursNotConfirmedRecently(hoursVerifiedAt: Date | string | null | undefined, now: Date): boolean {
  return listingFreshness(hoursVerifiedAt, now) === "stale";
}

/** Is a café's hours check overdue enough to be on the list at /manage/stale (60 days or more)? */
export function isOverdue(hoursVerifiedAt: Date | string | null | undefined, now: Date): boolean {
  return listingFreshness(hoursVerifiedAt, now) !== "fresh";
}

/**
 * Should the café's managers be reminded now? Yes when the hours were not confirmed for 60 days and no
 * reminder went out in the last week.
 */
export function reminderDue(
  cafe: { hoursVerifiedAt: Date | string | null | undefined; staleReminderSentAt: Date | string | null | undefined },
  now: Date,
): boolean {
  if (!isOverdue(cafe.hoursVerifiedAt, now)) return false;
  const lastSent = toDate(cafe.staleReminderSentAt);
  if (!lastSent) return true;
  return now.getTime() - lastSent.getTime() >= REMINDER_INTERVAL_DAYS * DAY_MS;
}

/** The instant before which hours count as needing a reminder (for database queries). */
export function reminderThreshold(now: Date): Date {
  return new Date(now.getTime() - REMINDER_AFTER_DAYS * DAY_MS);
}

/** The instant before which a reminder counts as sent long enough ago to send another. */
export function reminderRepeatThreshold(now: Date): Date {
  return new Date(now.getTime() - REMINDER_INTERVAL_DAYS * DAY_MS);
}
