import { bookingJobs } from "~/modules/bookings/index.server";
import { cafeJobs } from "~/modules/cafe/index.server";
// ---- grants: monitoring returns
import { grantsJobs } from "~/modules/grants/index.server";
import { identityJobs } from "~/modules/identity/index.server";
import { outboxJobs } from "~/modules/outbox/index.server";
import { startBackgroundJobs as start } from "~/platform/jobs.server";
import { rateLimitJobs } from "~/platform/rate-limit.server";

/**
 * The background work of the app, gathered from the modules that have some: email delivery (when a
 * provider is configured), and hourly the stale-listing reminders and the clearing of expired sign-in
 * sessions and ended rate-limit windows, and the erasing of callers' details after the retention period, and the grants' monitoring returns (planned quarter by quarter, reminders through the outbox). server.js calls this once the server listens.
 */
export function startBackgroundJobs() {
  start([...outboxJobs(), ...rateLimitJobs, ...identityJobs, ...cafeJobs, ...bookingJobs, ...grantsJobs]);
}
