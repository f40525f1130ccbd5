import { sendStaleListingReminders } from "~/modules/cafe/stale-listings.server";
import { pruneExpiredSessions } from "~/modules/identity/auth.server";
import { deliverPendingEmails, emailSendingEnabled } from "~/modules/outbox/outbox.server";
import { getEnv } from "./env.server";
import { pruneRateLimits } from "./rate-limit.server";

/**
 * Work the server process does in the background: delivering the email outbox every OUTBOX_POLL_MS;
 * and, a minute after the server starts and then every hour, sending the reminders about listings whose
 * hours were not checked, and clearing out ended rate-limit windows and expired sessions. (The first run
 * is soon after start so that a server restarted more often than hourly still does this work; each task
 * is safe to repeat: a café is reminded at most once a week.)
 * Called once by server.js after the app starts. Every instance may run it: the sender claims each
 * email before sending it (see email.server.ts), and the reminders claim each café.
 */
let started = false;
const timers: NodeJS.Timeout[] = [];

export const HOURLY_MS = 60 * 60_000;
export const FIRST_HOURLY_RUN_AFTER_MS = 60_000;

/**
 * Runs `task` after `firstAfterMs`, then every `everyMs`, never two runs at once, logging (not throwing)
 * failures.
 */
function every(everyMs: number, name: string, task: () => Promise<unknown>, firstAfterMs = everyMs) {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    task()
      .catch((error: unknown) => console.error(`Background job "${name}" failed:`, error))
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(() => {
    run();
    const timer = setInterval(run, everyMs);
    timer.unref();
    timers.push(timer);
  }, firstAfterMs);
  first.unref();
  timers.push(first);
}

export function startBackgroundJobs() {
  if (started) return;
  started = true;
  if (emailSendingEnabled()) {
    every(getEnv().OUTBOX_POLL_MS, "email outbox", () => deliverPendingEmails({ limit: 20 }));
  } else {
    console.log("Email sending is off (no RESEND_API_KEY): emails stay in the outbox at /admin/outbox.");
  }
  every(
    HOURLY_MS,
    "housekeeping",
    async () => {
      await pruneRateLimits();
      await pruneExpiredSessions();
    },
    FIRST_HOURLY_RUN_AFTER_MS,
  );
  every(HOURLY_MS, "stale-listing reminders", () => sendStaleListingReminders(), FIRST_HOURLY_RUN_AFTER_MS);
}

/** For tests: stops the timers. */
export function stopBackgroundJobs() {
  for (const timer of timers.splice(0)) clearTimeout(timer);
  started = false;
}
