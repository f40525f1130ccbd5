import { now } from "~/platform/clock.server";
import type { Tx } from "~/platform/db.server";
import type { ApplicationStatus } from "./workflow";

/**
 * One entry of an application's append-only activity log, written inside the same transaction as the
 * change it records (a status change and its log entry are saved together or not at all). Nothing in the
 * app updates or deletes these rows.
 */
export type ActivityInput = {
  applicationId: string;
  /** Who did it; null for the system (a scheduled job). */
  actorId: string | null;
  /** A code such as "started", "submitted", "screened", "awarded", "milestone-done". */
  action: string;
  fromStatus?: ApplicationStatus | null;
  toStatus?: ApplicationStatus | null;
  /** Free text shown with the entry (a reason, feedback, a comment). */
  note?: string | null;
  /** Status changes and feedback are usually visible to the applicant; scores and conflicts are staff only. */
  visibleToApplicant: boolean;
};

export async function recordActivity(tx: Tx, input: ActivityInput) {
  await tx.applicationActivity.create({
    data: {
      applicationId: input.applicationId,
      actorId: input.actorId,
      action: input.action,
      fromStatus: input.fromStatus ?? null,
      toStatus: input.toStatus ?? null,
      note: input.note ?? null,
      visibleToApplicant: input.visibleToApplicant,
      at: now(),
    },
  });
}
