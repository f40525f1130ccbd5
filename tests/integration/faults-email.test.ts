// @database-behaviour: two senders at once while the provider fails. Runs on PostgreSQL too (vitest.config.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deliverPendingEmails, enqueueEmail, idempotencyKeyFor, MAX_ATTEMPTS, RETRY_DELAYS_MS } from "~/modules/outbox/index.server";
import { prisma } from "~/platform/db.server";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { setClock } from "./clock.helpers";

/**
 * Faults: the email provider out of service for a whole run of the outbox job (answering 500, refusing
 * connections, or taking the email and losing the answer). No email is lost: each stays pending with its
 * back-off; once the provider is back every one is sent, and none is delivered twice.
 */
let resend: FakeResend;
const T0 = new Date("2026-11-25T09:00:00Z");
const MINUTE = 60_000;
let clock = T0.getTime();

function tick(ms: number) {
  clock += ms;
  setClock(new Date(clock));
}

/** The outbox job as the server runs it: every minute, here two instances at once. */
async function runJobFor(minutes: number) {
  for (let i = 0; i < minutes; i++) {
    await Promise.all([deliverPendingEmails(), deliverPendingEmails()]);
    tick(MINUTE);
  }
}

async function enqueueMany(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = await prisma.$transaction((tx) => enqueueEmail(tx, { to: `person-${i}@example.org`, subject: `Email ${i}`, text: `Body ${i}`, kind: "test" }));
    ids.push(id);
  }
  return ids;
}

beforeAll(async () => {
  resend = await startFakeResend();
});
afterAll(async () => {
  await resend.outage("none");
  await resend.close();
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  setClock(null);
});

beforeEach(async () => {
  await prisma.emailOutbox.deleteMany();
  resend.emails.length = 0;
  resend.acceptedByKey.clear();
  await resend.outage("none");
  process.env.RESEND_API_KEY = "re_faults_test_key";
  process.env.RESEND_BASE_URL = resend.url;
  clock = T0.getTime();
  setClock(T0);
});

async function expectAllPendingWithBackoff(ids: string[]) {
  const rows = await prisma.emailOutbox.findMany({ where: { id: { in: ids } }, include: { history: { orderBy: { at: "asc" } } } });
  expect(rows).toHaveLength(ids.length);
  for (const row of rows) {
    expect(row.status).toBe("pending");
    expect(row.sentAt).toBeNull();
    expect(row.attempts).toBeGreaterThan(1);
    expect(row.attempts).toBeLessThan(MAX_ATTEMPTS);
    expect(row.history).toHaveLength(row.attempts);
    expect(row.history.every((a) => a.error)).toBe(true);
    // The next attempt waits as long as the back-off says after the last one.
    const last = row.history.at(-1)!.at.getTime();
    expect(row.nextAttemptAt.getTime() - last).toBe(RETRY_DELAYS_MS[row.attempts - 1]);
  }
}

async function expectAllSentOnce(ids: string[]) {
  const rows = await prisma.emailOutbox.findMany({ where: { id: { in: ids } } });
  expect(rows.map((r) => r.status)).toEqual(ids.map(() => "sent"));
  const delivered = resend.emails.map((e) => e.idempotencyKey).sort();
  expect(delivered).toEqual(ids.map(idempotencyKeyFor).sort());
}

describe("the email provider out of service for a whole run", () => {
  it.each([
    ["answers every request 500", "error"],
    ["refuses every connection", "refuse"],
  ] as const)("%s: every email stays pending with its back-off, and all are sent once when it is back", async (_name, kind) => {
    const ids = await enqueueMany(6);
    await resend.outage(kind);
    await runJobFor(45); // attempts at 0, 1, 6 and 36 minutes
    expect(resend.emails).toHaveLength(0);
    await expectAllPendingWithBackoff(ids);
    expect((await prisma.emailOutbox.findFirstOrThrow({ where: { id: ids[0] } })).attempts).toBe(4);

    // More mail is written while the provider is down: it waits too.
    const later = await enqueueMany(2);
    await runJobFor(3);
    await resend.outage("none");
    tick(2 * 60 * MINUTE); // the back-off after the fourth attempt
    await runJobFor(2);
    await expectAllSentOnce([...ids, ...later]);
    for (const id of [...ids, ...later]) expect(resend.acceptedByKey.get(idempotencyKeyFor(id))).toBe(1);

    // Nothing is sent again afterwards.
    await runJobFor(3);
    expect(resend.emails).toHaveLength(ids.length + later.length);
  });

  it("takes the emails but loses every answer: retried with the same key, so each is delivered once", async () => {
    const ids = await enqueueMany(4);
    await resend.outage("drop");
    await runJobFor(10);
    await expectAllPendingWithBackoff(ids);
    await resend.outage("none");
    tick(30 * MINUTE);
    await runJobFor(2);
    await expectAllSentOnce(ids);
    // The provider was asked more than once (the answers were lost) and delivered each email once.
    for (const id of ids) expect(resend.acceptedByKey.get(idempotencyKeyFor(id))).toBeGreaterThan(1);
  });
});
