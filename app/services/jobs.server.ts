import { sendStaleListingReminders } from "~/models/stale-listings.server";
import { pruneExpiredSessions } from "./auth.server";
import { deliverPendingEmails, emailSendingEnabled } from "./email.server";
import { getEnv } from "./env.server";
import { pruneRateLimits } from "./rate-limit.server";

/**
 * Work the server process does in the background: delivering the email outbox every OUTBOX_POLL_MS,
 * and clearing out ended rate-limit windows and expired sessions every hour.
 * Called once by server.js after the app starts. Every instance may run it: the sender claims each
 * email before sending it (see email.server.ts).
 */
let started = false;
const timers: NodeJS.Timeout[] = [];

const PRUNE_EVERY_MS = 60 * 60_000;

/** Runs `task` every `everyMs`, never two runs at once, logging (not throwing) failures. */
function every(everyMs: number, name: string, task: () => Promise<unknown>) {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    task()
      .catch((error: unknown) => console.error(`Background job "${name}" failed:`, error))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  timers.push(timer);
}

export function startBackgroundJobs() {
  if (started) return;
  started = true;
  if (emailSendingEnabled()) {
    every(getEnv().OUTBOX_POLL_MS, "email outbox", () => deliverPendingEmails({ limit: 20 }));
  } else {
    console.log("Email sending is off (no RESEND_API_KEY): emails stay in the outbox at /admin/outbox.");
  }
  every(PRUNE_EVERY_MS, "housekeeping", async () => {
    await pruneRateLimits();
    await pruneExpiredSessions();
  });
  every(PRUNE_EVERY_MS, "stale-listing reminders", () => sendStaleListingReminders());
}

/** For tests: stops the timers. */
export function stopBackgroundJobs() {
  for (const timer of timers.splice(0)) clearInterval(timer);
  started = false;
}
