import { FIRST_HOURLY_RUN_AFTER_MS, HOURLY_MS, type BackgroundJob } from "~/platform/jobs.server";
import { sendStaleListingReminders } from "./stale-listings.server";

/** Hourly: reminds the managers of cafés whose hours were not confirmed for 90 days (each café at most weekly). */
export const cafeJobs: BackgroundJob[] = [
  { name: "stale-listing reminders", everyMs: HOURLY_MS, firstAfterMs: FIRST_HOURLY_RUN_AFTER_MS, run: () => sendStaleListingReminders() },
];
