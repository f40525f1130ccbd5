import { bookingJobs } from "~/modules/bookings/index.server";
import { cafeJobs, listedCafeIndex } from "~/modules/cafe/index.server";
// ---- grants: monitoring returns
import { grantsJobs } from "~/modules/grants/index.server";
import { identityJobs } from "~/modules/identity/index.server";
import { outboxJobs } from "~/modules/outbox/index.server";
import { startChangeFeed } from "~/platform/change-feed.server";
import { errorLine, isDatabaseUnreachable } from "~/platform/error-line.server";
import { partnerJobs } from "~/modules/partners/index.server";
import { startBackgroundJobs as start } from "~/platform/jobs.server";
import { rateLimitJobs } from "~/platform/rate-limit.server";

/**
 * The background work of the app, gathered from the modules that have some: email delivery (when a
 * provider is configured), and hourly the stale-listing reminders and the clearing of expired sign-in
 * sessions and ended rate-limit windows, and the erasing of callers' details after the retention period. server.js calls this once the server listens.
 * It also plans the grants' monitoring returns (quarter by quarter, reminders through the outbox).
 * On PostgreSQL it also starts listening for changes made by other instances (~/platform/change-feed.server).
 */
export function startBackgroundJobs() {
  void startChangeFeed();
  // The finder's index is built now rather than by the first search (seconds at national scale).
  listedCafeIndex().catch((error: unknown) =>
    isDatabaseUnreachable(error)
      ? console.error(`[listed cafés] could not build the index at start: the database cannot be reached (${errorLine(error)}). Check DATABASE_URL.`)
      : console.error("[listed cafés] could not build the index at start", error),
  );
  start([...outboxJobs(), ...rateLimitJobs, ...identityJobs, ...cafeJobs, ...bookingJobs, ...partnerJobs, ...grantsJobs]);
}
