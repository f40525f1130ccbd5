import { FIRST_HOURLY_RUN_AFTER_MS, HOURLY_MS, type BackgroundJob } from "~/platform/jobs.server";
import { eraseExpiredCallerDetails } from "./retention.server";

/** Hourly: erases callers' details BOOKING_RETENTION_DAYS after their session (counts are kept). */
export const bookingJobs: BackgroundJob[] = [
  { name: "booking retention", everyMs: HOURLY_MS, firstAfterMs: FIRST_HOURLY_RUN_AFTER_MS, run: () => eraseExpiredCallerDetails() },
];
