import { Resend } from "resend";
import { recordAudit } from "~/modules/audit/index.server";
import { prisma, type Tx } from "~/platform/db.server";
import { getEnv } from "~/platform/env.server";
import { now } from "~/platform/clock.server";
import { openLink, sealLink } from "~/platform/sealed-links.server";
import { fillLink, LINK_PLACEHOLDER, type OutboxRow } from "./outbox-row";


/**
 * Every email goes through the outbox (docs/decisions/004-email-outbox.md):
 * - `enqueueEmail(tx, …)` writes an EmailOutbox row inside the caller's transaction, so an email is
 *   never sent for a change that was rolled back, and never lost when the provider is down;
 * - `deliverPendingEmails()` (polled by app/platform/jobs.server.ts) sends due rows through Resend,
 *   retrying with exponential backoff.
 *
 * Claiming a row: the sender bumps the row's `nextAttemptAt` to a lease in the future with a conditional
 * update (`WHERE id = … AND status = 'pending' AND nextAttemptAt <= now`). Only one instance's update
 * matches, so two instances never send the same row; if an instance dies mid-send, the lease runs out
 * and the row is tried again, with the same idempotency key so Resend does not send it twice.
 */
export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** What caused it, e.g. "password-reset", "invitation", "hours-reminder". */
  kind: string;
  /** The record whose link it carries ("Invitation:<id>"), for cancelEmailsFor when that is withdrawn. */
  reference?: string;
  /** When its link stops working: it is not sent after that. */
  linkExpiresAt?: Date;
  /**
   * A secret link (one that signs someone in or sets a password): never stored in clear. The text (and
   * html) carry LINK_PLACEHOLDER where it goes; the link is stored sealed and put in only when the email
   * is sent (then erased from the row), or shown to an admin where no email provider is configured.
   */
  secretLink?: string;
};

/** Waits after the 1st, 2nd … failed attempt. After MAX_ATTEMPTS the email is marked "failed". */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 12 * 3600_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** How long a claimed row is reserved for the instance sending it. */
export const SEND_LEASE_MS = 2 * 60_000;
/** Give up on one request to the provider after this long (the row is retried later). */
const SEND_TIMEOUT_MS = 20_000;

/** Writes an email to the outbox inside the caller's transaction. The only way the app sends email. */
export async function enqueueEmail(tx: Tx, email: OutgoingEmail): Promise<{ id: string }> {
  const to = email.to.trim();
  if (!to.includes("@")) throw new Error(`enqueueEmail: not an email address: ${to}`);
  const at = now();
  if (email.secretLink !== undefined && !email.text.includes(LINK_PLACEHOLDER)) {
    throw new Error("enqueueEmail: a secret link needs LINK_PLACEHOLDER in the text");
  }
  if (email.secretLink === undefined && (email.text.includes(LINK_PLACEHOLDER) || email.html?.includes(LINK_PLACEHOLDER))) {
    throw new Error("enqueueEmail: LINK_PLACEHOLDER without a secret link");
  }
  const sealed = email.secretLink !== undefined ? sealLink(email.secretLink) : null;
  const row = await tx.emailOutbox.create({
    data: {
      to,
      subject: email.subject.slice(0, 300),
      text: email.text,
      html: email.html ?? null,
      kind: email.kind,
      reference: email.reference ?? null,
      linkExpiresAt: email.linkExpiresAt ?? null,
      linkSealed: sealed?.ciphertext ?? null,
      linkKeyId: sealed?.keyId ?? null,
      status: "pending",
      createdAt: at,
      nextAttemptAt: at,
    },
    select: { id: true },
  });
  return row;
}

/**
 * Cancels the emails not yet sent that carry the link of `reference` (an invitation withdrawn or
 * replaced), inside the caller's transaction, so they are never sent with a link that no longer works.
 */
export async function cancelEmailsFor(tx: Tx, reference: string, reason: string = CANCELLED_WITHDRAWN): Promise<number> {
  const { count } = await tx.emailOutbox.updateMany({
    where: { reference, status: { in: ["pending", "failed"] } },
    data: { status: "cancelled", lastError: reason, ...ERASE_LINK },
  });
  return count;
}

/** Erases an email's sealed link: once it is sent or cancelled, nothing can put the link back. */
const ERASE_LINK = { linkSealed: null, linkKeyId: null } as const;

/**
 * The email's secret link, opened: a string when it has one that the configured secret opens, null when
 * it has none, "lost" when it had one that can no longer be opened (erased once sent, or sealed with a
 * session secret no longer configured).
 */
export function secretLinkOf(email: { text: string; linkSealed: string | null; linkKeyId: string | null }): string | null | "lost" {
  if (email.linkSealed && email.linkKeyId) return openLink({ ciphertext: email.linkSealed, keyId: email.linkKeyId }) ?? "lost";
  return email.text.includes(LINK_PLACEHOLDER) ? "lost" : null;
}

/** Why an email was cancelled (shown as its last note on /admin/outbox). */
export const CANCELLED_WITHDRAWN = "Not sent: the invitation in it was withdrawn or replaced.";
export const CANCELLED_PASSWORD_CHANGED = "Not sent: the password was changed since, which ended the reset link in it.";
export const CANCELLED_EXPIRED = "Not sent: the link in it expired before it could be sent.";
export const FAILED_LINK_UNREADABLE =
  "Not sent: its link was sealed with a session secret (SESSION_SECRET) that is no longer configured, so it cannot be read. The person can ask for a new link (“Forgot your password?”, or a new invitation).";

/** Whether an email provider is configured. Without one, mail stays in the outbox for admins to read. */
export function emailSendingEnabled(): boolean {
  return !!getEnv().RESEND_API_KEY;
}

/** The wait before the next attempt, after `attempts` failed attempts (1-based). */
export function retryDelayMs(attempts: number): number | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  return RETRY_DELAYS_MS[Math.max(0, attempts - 1)] ?? null;
}

export function idempotencyKeyFor(emailId: string): string {
  return `cafe-network-outbox-${emailId}`;
}

function providerHost(): string {
  const base = getEnv().RESEND_BASE_URL ?? "https://api.resend.com";
  try {
    return new URL(base).host;
  } catch {
    return base;
  }
}

let client: { key: string; baseUrl: string | undefined; resend: Resend } | undefined;
function resendClient(): Resend | null {
  const { RESEND_API_KEY: key, RESEND_BASE_URL: baseUrl } = getEnv();
  if (!key) return null;
  if (!client || client.key !== key || client.baseUrl !== baseUrl) {
    client = { key, baseUrl, resend: new Resend(key, baseUrl ? { baseUrl } : undefined) };
  }
  return client.resend;
}

export type DeliveryReport = { claimed: number; sent: number; retrying: number; failed: number; cancelled: number };

/**
 * Sends up to `limit` due emails. Safe to run from several instances at once. Does nothing (and fails
 * nothing) when no provider is configured.
 */
export async function deliverPendingEmails({ limit = 20 }: { limit?: number } = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { claimed: 0, sent: 0, retrying: 0, failed: 0, cancelled: 0 };
  const resend = resendClient();
  if (!resend) return report;
  const from = getEnv().EMAIL_FROM;

  const due = await prisma.emailOutbox.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now() } },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true },
  });

  for (const { id } of due) {
    const at = now();
    const claim = await prisma.emailOutbox.updateMany({
      where: { id, status: "pending", nextAttemptAt: { lte: at } },
      data: { nextAttemptAt: new Date(at.getTime() + SEND_LEASE_MS), attempts: { increment: 1 } },
    });
    if (claim.count !== 1) continue; // another instance has it
    report.claimed += 1;
    const email = await prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
    if (email.linkExpiresAt && email.linkExpiresAt <= at) {
      // A link that no longer works would only confuse: nothing is sent (and the claim is not an attempt).
      await prisma.emailOutbox.update({
        where: { id },
        data: { status: "cancelled", lastError: CANCELLED_EXPIRED, attempts: { decrement: 1 }, ...ERASE_LINK },
      });
      report.cancelled += 1;
      continue;
    }
    const link = secretLinkOf(email);
    if (link === "lost") {
      // Trying again cannot help: the key that sealed the link is gone (docs/decisions/004-email-outbox.md).
      await prisma.$transaction([
        prisma.emailOutbox.update({ where: { id }, data: { status: "failed", lastError: FAILED_LINK_UNREADABLE, ...ERASE_LINK } }),
        prisma.emailAttempt.create({ data: { emailId: id, at, error: FAILED_LINK_UNREADABLE } }),
      ]);
      report.failed += 1;
      continue;
    }
    const withLink = (text: string) => (link === null ? text : fillLink(text, link));

    let errorMessage: string | null = null;
    let providerId: string | null = null;
    try {
      const result = await resend.emails.send(
        {
          from,
          to: [email.to],
          subject: email.subject,
          text: withLink(email.text),
          ...(email.html ? { html: withLink(email.html) } : {}),
        },
        { idempotencyKey: idempotencyKeyFor(email.id), signal: AbortSignal.timeout(SEND_TIMEOUT_MS) },
      );
      if (result.error) {
        const status = result.error.statusCode ? ` (${result.error.statusCode})` : "";
        // The SDK reports a refused connection or unknown host only as "Unable to fetch data": say where.
        const unreachable = result.error.statusCode ? "" : ` [no answer from ${providerHost()}]`;
        errorMessage = `${result.error.name}${status}: ${result.error.message}${unreachable}`;
      } else {
        providerId = result.data?.id ?? null;
      }
    } catch (error) {
      errorMessage = error instanceof Error ? error.message : String(error);
    }

    const done = now();
    // Every attempt is kept (lastError is only the latest), so a retry that succeeds does not hide the errors before it.
    const attempt = prisma.emailAttempt.create({ data: { emailId: id, at: done, error: errorMessage?.slice(0, 1000) ?? null } });
    if (errorMessage === null) {
      await prisma.$transaction([
        prisma.emailOutbox.update({
          where: { id },
          data: { status: "sent", sentAt: done, providerId, lastError: null, ...ERASE_LINK },
        }),
        attempt,
      ]);
      report.sent += 1;
    } else {
      const delay = retryDelayMs(email.attempts);
      await prisma.$transaction([
        prisma.emailOutbox.update({
          where: { id },
          data:
            delay === null
              ? { status: "failed", lastError: errorMessage.slice(0, 1000) }
              : { lastError: errorMessage.slice(0, 1000), nextAttemptAt: new Date(done.getTime() + delay) },
        }),
        attempt,
      ]);
      if (delay === null) report.failed += 1;
      else report.retrying += 1;
    }
  }
  return report;
}

// ---------------------------------------------------------------- the admin view of the outbox


export const OUTBOX_PAGE_SIZE = 25;

/** One page of the outbox, newest first. `page` counts from 1. */
export async function listOutbox(page: number, pageSize = OUTBOX_PAGE_SIZE) {
  const [total, rows] = await Promise.all([
    prisma.emailOutbox.count(),
    prisma.emailOutbox.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (Math.max(1, page) - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        to: true,
        subject: true,
        kind: true,
        status: true,
        attempts: true,
        lastError: true,
        createdAt: true,
        sentAt: true,
        nextAttemptAt: true,
        _count: { select: { history: true } },
      },
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / pageSize)),
    rows: rows.map(({ _count, ...row }) => ({ ...row, attemptsInAll: _count.history })) satisfies OutboxRow[],
  };
}

/** One email in full, with every attempt to send it, oldest first. */
export async function getOutboxEmail(id: string) {
  return prisma.emailOutbox.findUnique({
    where: { id },
    include: { history: { orderBy: [{ at: "asc" }, { id: "asc" }], select: { at: true, error: true } } },
  });
}

export async function outboxCounts() {
  const [pending, failed, sent] = await Promise.all([
    prisma.emailOutbox.count({ where: { status: "pending" } }),
    prisma.emailOutbox.count({ where: { status: "failed" } }),
    prisma.emailOutbox.count({ where: { status: "sent" } }),
  ]);
  return { pending, failed, sent };
}

/** Whether the link an email carries has stopped working (an email without one never expires). */
export function linkExpired(email: { linkExpiresAt: Date | null }, at: Date = now()): boolean {
  return !!email.linkExpiresAt && email.linkExpiresAt <= at;
}

/**
 * Puts a failed email back in the queue for another round of attempts (an admin's action, audited).
 * Its attempt count starts again from 0 (the wait between attempts does too); the history keeps every
 * attempt. An email whose link has expired (a password reset after its hour) is not sent again.
 */
export async function retryFailedEmail(actorId: string, id: string): Promise<"retried" | "link-expired" | "not-failed"> {
  return prisma.$transaction(async (tx) => {
    const at = now();
    const email = await tx.emailOutbox.findUnique({ where: { id }, select: { status: true, linkExpiresAt: true } });
    if (!email || email.status !== "failed") return "not-failed";
    if (linkExpired(email, at)) return "link-expired";
    const { count } = await tx.emailOutbox.updateMany({
      where: { id, status: "failed" },
      data: { status: "pending", attempts: 0, nextAttemptAt: at },
    });
    if (count !== 1) return "not-failed";
    await recordAudit(tx, { actorId, action: "email.retried", entityType: "EmailOutbox", entityId: id });
    return "retried";
  });
}
