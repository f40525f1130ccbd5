import { getEnv } from "~/platform/env.server";
import type { BackgroundJob } from "~/platform/jobs.server";
import { deliverPendingEmails, emailSendingEnabled } from "./outbox.server";

/** Delivers the email outbox every OUTBOX_POLL_MS when an email provider is configured. */
export function outboxJobs(): BackgroundJob[] {
  if (!emailSendingEnabled()) {
    console.log("Email sending is off (no RESEND_API_KEY): emails stay in the outbox at /admin/outbox.");
    return [];
  }
  return [{ name: "email outbox", everyMs: getEnv().OUTBOX_POLL_MS, run: () => deliverPendingEmails({ limit: 20 }) }];
}
