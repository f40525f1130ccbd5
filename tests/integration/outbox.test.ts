// @database-behaviour: two senders at once send each email once (claimed rows). Runs on PostgreSQL too (vitest.config.ts).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/platform/db.server";
import { INVITATION_DAYS, inviteAdministrator } from "~/modules/identity/index.server";
import { requestPasswordReset, RESET_TOKEN_MINUTES } from "~/modules/identity/index.server";
import {
  deliverPendingEmails,
  enqueueEmail,
  idempotencyKeyFor,
  MAX_ATTEMPTS,
  RETRY_DELAYS_MS,
} from "~/modules/outbox/index.server";
import { resetEnvCache } from "~/platform/env.server";
import * as outboxPage from "~/routes/admin.outbox";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { call, get, json, makeUser, post, signInCookieFor } from "./auth.helpers";
import { setClock } from "./clock.helpers";

/** The email outbox against a stand-in for Resend's API on a local port (the real SDK, over HTTP). */
let resend: FakeResend;
const T0 = new Date("2026-11-25T09:00:00Z");

async function enqueue(to = "someone@example.org", subject = "Hello") {
  return prisma.$transaction((tx) => enqueueEmail(tx, { to, subject, text: `Body of ${subject}`, kind: "test" }));
}

beforeAll(async () => {
  resend = await startFakeResend();
});
afterAll(async () => {
  await resend.close();
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  setClock(null);
});

beforeEach(async () => {
  await prisma.emailOutbox.deleteMany();
  resend.emails.length = 0;
  resend.failNext(0);
  process.env.RESEND_API_KEY = "re_outbox_test_key";
  process.env.RESEND_BASE_URL = resend.url;
  setClock(T0);
});
afterEach(() => {
  resend.failNext(0);
});

describe("writing to the outbox", () => {
  it("stores a pending email due now", async () => {
    const { id } = await enqueue();
    const row = await prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "pending", attempts: 0, kind: "test", to: "someone@example.org" });
    expect(row.nextAttemptAt.toISOString()).toBe(T0.toISOString());
  });

  it("leaves no email behind when the transaction that wrote it fails", async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        await enqueueEmail(tx, { to: "rolled-back@example.org", subject: "Never", text: "Never sent", kind: "test" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await prisma.emailOutbox.count({ where: { to: "rolled-back@example.org" } })).toBe(0);
  });
});

describe("delivering the outbox", () => {
  it("sends a due email through the provider with the API key and an idempotency key, and records it", async () => {
    const { id } = await enqueue("reader@example.org", "Your link");
    const report = await deliverPendingEmails();
    expect(report).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0, cancelled: 0 });

    expect(resend.emails).toHaveLength(1);
    const [received] = resend.emails;
    expect(received).toMatchObject({
      to: ["reader@example.org"],
      subject: "Your link",
      text: "Body of Your link",
      authorization: "Bearer re_outbox_test_key",
      idempotencyKey: idempotencyKeyFor(id),
    });
    const row = await prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("sent");
    expect(row.providerId).toMatch(/^fake-/);
    expect(row.sentAt?.toISOString()).toBe(T0.toISOString());
    expect(row.attempts).toBe(1);
    expect(row.lastError).toBeNull();

    // Nothing more to send.
    expect(await deliverPendingEmails()).toEqual({ claimed: 0, sent: 0, retrying: 0, failed: 0, cancelled: 0 });
    expect(resend.emails).toHaveLength(1);
  });

  it("records a provider error, waits, and sends once on the retry", async () => {
    const { id } = await enqueue("retry@example.org", "Try again");
    resend.failNext(1, 500);
    expect(await deliverPendingEmails()).toMatchObject({ retrying: 1, sent: 0 });

    let row = await prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("pending");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/Simulated provider failure/);
    expect(row.nextAttemptAt.getTime()).toBe(T0.getTime() + RETRY_DELAYS_MS[0]);
    expect(resend.emails).toHaveLength(0);

    // Not due yet: nothing happens.
    setClock(new Date(T0.getTime() + 30_000));
    expect(await deliverPendingEmails()).toMatchObject({ claimed: 0 });

    setClock(new Date(T0.getTime() + RETRY_DELAYS_MS[0]));
    expect(await deliverPendingEmails()).toMatchObject({ sent: 1 });
    expect(await deliverPendingEmails()).toMatchObject({ claimed: 0 });
    expect(resend.emails.filter((e) => e.to.includes("retry@example.org"))).toHaveLength(1);
    row = await prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect(resend.emails[0]?.idempotencyKey).toBe(idempotencyKeyFor(id));
  });

  it("keeps the error of every attempt after a retry succeeds, and shows them to admins", async () => {
    const { id } = await enqueue("history@example.org", "Keep the errors");
    resend.failNext(2, 500);
    await deliverPendingEmails();
    setClock(new Date(T0.getTime() + RETRY_DELAYS_MS[0]));
    await deliverPendingEmails();
    setClock(new Date(T0.getTime() + RETRY_DELAYS_MS[0] + RETRY_DELAYS_MS[1]));
    expect(await deliverPendingEmails()).toMatchObject({ sent: 1 });

    const row = await prisma.emailOutbox.findUniqueOrThrow({ where: { id }, include: { history: { orderBy: { at: "asc" } } } });
    expect(row).toMatchObject({ status: "sent", attempts: 3, lastError: null });
    expect(row.history.map((a) => a.at.getTime())).toEqual([
      T0.getTime(),
      T0.getTime() + RETRY_DELAYS_MS[0],
      T0.getTime() + RETRY_DELAYS_MS[0] + RETRY_DELAYS_MS[1],
    ]);
    expect(row.history[0]!.error).toMatch(/Simulated provider failure/);
    expect(row.history[0]!.error).toMatch(/500/);
    expect(row.history[1]!.error).toMatch(/Simulated provider failure/);
    expect(row.history[2]!.error).toBeNull();

    const admin = await makeUser([{ role: "admin" }]);
    const response = await call(outboxPage.loader, get(`/admin/outbox?email=${id}`, await signInCookieFor(admin.id)));
    const body = await json<{ email: { lastError: string | null; history: { at: string; error: string | null }[] } }>(response);
    expect(body.email.lastError).toBeNull();
    expect(body.email.history).toHaveLength(3);
    expect(body.email.history[0]!.error).toMatch(/Simulated provider failure/);
    expect(body.email.history[2]).toEqual({ at: row.history[2]!.at.toISOString(), error: null });
  });

  it("backs off exponentially and gives up as failed after the last attempt", async () => {
    const { id } = await enqueue("never@example.org", "Doomed");
    resend.failNext(100, 503);
    let at = T0;
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      setClock(at);
      await deliverPendingEmails();
      const row = await prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
      expect(row.attempts).toBe(attempt);
      if (row.status === "failed") break;
      waits.push(row.nextAttemptAt.getTime() - at.getTime());
      at = row.nextAttemptAt;
    }
    expect(waits).toEqual([...RETRY_DELAYS_MS]);
    const row = await prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(MAX_ATTEMPTS);
    setClock(new Date(at.getTime() + 48 * 3600_000));
    expect(await deliverPendingEmails()).toMatchObject({ claimed: 0 });
    expect(resend.emails).toHaveLength(0);
  });

  it("treats an unreachable provider as a failed attempt, not a crash", async () => {
    const closed = await startFakeResend();
    await closed.close();
    process.env.RESEND_BASE_URL = closed.url;
    resetEnvCache();
    const { id } = await enqueue("offline@example.org", "Offline");
    expect(await deliverPendingEmails()).toMatchObject({ retrying: 1 });
    const row = await prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("pending");
    expect(row.lastError).toMatch(/application_error/);
    expect(row.lastError).toContain(`no answer from ${new URL(closed.url).host}`);
  });

  it("sends each email once when two senders run at the same time", async () => {
    for (let i = 0; i < 6; i++) await enqueue(`crowd${i}@example.org`, `Crowd ${i}`);
    const reports = await Promise.all([deliverPendingEmails(), deliverPendingEmails(), deliverPendingEmails()]);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(6);
    expect(resend.emails).toHaveLength(6);
    expect(new Set(resend.emails.map((e) => e.to[0])).size).toBe(6);
  });

  it("leaves mail pending, sending nothing and failing nothing, when no API key is configured", async () => {
    delete process.env.RESEND_API_KEY;
    resetEnvCache();
    const { id } = await enqueue("later@example.org", "Later");
    expect(await deliverPendingEmails()).toEqual({ claimed: 0, sent: 0, retrying: 0, failed: 0, cancelled: 0 });
    const row = await prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "pending", attempts: 0, lastError: null });
    expect(resend.emails).toHaveLength(0);
  });
});

describe("emails whose link expires", () => {
  /** An invitation's email that failed every attempt (about 15 hours), well within its 14 days. */
  async function failedInvitationEmail(email: string) {
    resend.failNext(100, 503);
    await inviteAdministrator(email);
    let at = T0;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      setClock(at);
      await deliverPendingEmails();
      const row = await prisma.emailOutbox.findFirstOrThrow({ where: { to: email } });
      if (row.status !== "pending") return row;
      at = row.nextAttemptAt;
    }
    throw new Error("never gave up");
  }

  it("does not send a password reset after its link has expired, and cancels it", async () => {
    const to = "late-reset@example.org";
    await makeUser([], { email: to });
    resend.failNext(1, 503);
    await requestPasswordReset(to);
    expect(await deliverPendingEmails()).toMatchObject({ retrying: 1 });
    setClock(new Date(T0.getTime() + RESET_TOKEN_MINUTES * 60_000 + 1));
    expect(await deliverPendingEmails()).toMatchObject({ claimed: 1, sent: 0, cancelled: 1 });
    const row = await prisma.emailOutbox.findFirstOrThrow({ where: { to }, include: { history: true } });
    expect(row).toMatchObject({ status: "cancelled", attempts: 1, lastError: expect.stringMatching(/link in it expired/) });
    expect(row.history).toHaveLength(1);
    expect(resend.emails).toHaveLength(0);
  });

  it("refuses to try again an email whose link has expired, and says why", async () => {
    const row = await failedInvitationEmail("gave-up-invitation@example.org");
    expect(row.status).toBe("failed");
    const admin = await makeUser([{ role: "admin" }]);
    setClock(new Date(T0.getTime() + (INVITATION_DAYS + 1) * 24 * 3600_000)); // the invitation has expired
    const cookie = await signInCookieFor(admin.id); // signed in now (a sign-in idle for days has ended)
    const response = await call(outboxPage.action, post("/admin/outbox", { intent: "retry", id: row.id }, cookie));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).not.toContain("retried=1");
    expect(await prisma.emailOutbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "failed" });
    const page = await json<{ email: { linkExpired: boolean } }>(await call(outboxPage.loader, get(`/admin/outbox?email=${row.id}`, cookie)));
    expect(page.email.linkExpired).toBe(true);
  });

  it("shows the attempts since \"Try sending again\" and in all", async () => {
    const { id } = await enqueue("retried@example.org", "No link in it");
    resend.failNext(100, 503);
    let at = T0;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      setClock(at);
      await deliverPendingEmails();
      at = (await prisma.emailOutbox.findUniqueOrThrow({ where: { id } })).nextAttemptAt;
    }
    const admin = await makeUser([{ role: "admin" }]);
    const cookie = await signInCookieFor(admin.id);
    const retried = await call(outboxPage.action, post("/admin/outbox", { intent: "retry", id }, cookie));
    expect(retried.headers.get("Location")).toContain("retried=1");
    await deliverPendingEmails();
    const page = await json<{ rows: { id: string; attempts: number; attemptsInAll: number }[]; email: { attempts: number; attemptsInAll: number } }>(
      await call(outboxPage.loader, get(`/admin/outbox?email=${id}`, cookie)),
    );
    expect(page.email).toMatchObject({ attempts: 1, attemptsInAll: MAX_ATTEMPTS + 1 });
    expect(page.rows.find((r) => r.id === id)).toMatchObject({ attempts: 1, attemptsInAll: MAX_ATTEMPTS + 1 });
  });
});
