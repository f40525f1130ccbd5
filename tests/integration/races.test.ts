// @database-behaviour: every read-then-write guard raced with concurrent calls. Runs on PostgreSQL too (vitest.config.ts).
import { afterEach, describe, expect, it } from "vitest";
import {
  acceptInvitationAsNewUser,
  createInvitation,
  endAllSignInSessions,
  getSignIn,
  removeRole,
  resetAdministratorPassword,
  resetPasswordWithToken,
} from "~/modules/identity/index.server";
import { prisma } from "~/platform/db.server";
import { consumeRateLimit } from "~/platform/rate-limit.server";
import { createTag, renameTag } from "~/modules/tags/index.server";
import { get, makeUser, signInCookieFor, uniqueEmail } from "./auth.helpers";
import { setClock } from "./clock.helpers";

/**
 * Every rule that a read-then-write could break when requests arrive at once, raced with concurrent calls.
 * On SQLite one writer at a time hides most such bugs; this file also runs on PostgreSQL (vitest.config.ts),
 * where transactions really overlap (READ COMMITTED), so each guard must be a conditional write or a unique key.
 * (Booking the last place is raced in bookings.test.ts and cap-bookings.test.ts.)
 */
const AT_ONCE = 8;
afterEach(() => setClock(null));

describe("at the same moment", () => {
  it("an invitation is used once: of eight acceptances one creates the account, the rest are told it was used", async () => {
    const email = uniqueEmail("raced-invitation");
    const { token } = await prisma.$transaction((tx) => createInvitation(tx, { email, role: "grant-officer", invitedById: null }));
    const results = await Promise.all(
      Array.from({ length: AT_ONCE }, (_, i) => acceptInvitationAsNewUser(token, { name: `Racer ${i}`, password: "a long enough passphrase" })),
    );
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(1);
    for (const lost of results.filter((r) => !r.ok)) expect(lost).toMatchObject({ ok: false, reason: expect.stringMatching(/^(accepted|account-exists)$/) });
    expect(await prisma.user.count({ where: { email } })).toBe(1);
    const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { roles: { select: { role: true } } } });
    expect(user.roles).toEqual([{ role: "grant-officer" }]);
    expect(await prisma.auditEvent.count({ where: { action: "invitation.accepted", entityType: "Invitation" , actorId: won[0]!.ok ? won[0]!.userId : "" } })).toBe(1);
  });

  it("a password-reset link sets a password once: of eight uses one succeeds, the rest are told it was used", async () => {
    const admin = await makeUser([{ role: "admin" }]);
    const reset = await resetAdministratorPassword(admin.email);
    if (reset.state !== "reset") throw new Error("expected a reset link");
    const token = reset.link.split("/reset-password/")[1]!;
    const results = await Promise.all(Array.from({ length: AT_ONCE }, (_, i) => resetPasswordWithToken(token, `new passphrase number ${i}`)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const lost of results.filter((r) => !r.ok)) expect(lost).toEqual({ ok: false, state: "used" });
    expect(await prisma.auditEvent.count({ where: { action: "user.password-reset", entityId: admin.id } })).toBe(1);
  });

  it("a rate limit counts every attempt: of twenty at once exactly the limit are allowed", async () => {
    const key = `race:${Math.random().toString(36).slice(2)}`;
    const rule = { limit: 5, windowMs: 60_000 };
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit(key, rule)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(await prisma.rateLimitBucket.findUniqueOrThrow({ where: { key } })).toMatchObject({ count: 20 });
  });

  it("a rate limit whose window ended starts one new window, however many attempts arrive at once", async () => {
    const key = `race-window:${Math.random().toString(36).slice(2)}`;
    const rule = { limit: 3, windowMs: 60_000 };
    setClock(new Date("2026-12-07T10:00:00Z"));
    for (let i = 0; i < 3; i++) await consumeRateLimit(key, rule);
    setClock(new Date("2026-12-07T10:05:00Z"));
    const results = await Promise.all(Array.from({ length: 10 }, () => consumeRateLimit(key, rule)));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
    expect(await prisma.rateLimitBucket.findUniqueOrThrow({ where: { key } })).toMatchObject({ count: 10 });
  });

  it("a sign-in session used by many requests at once stays signed in and notes its use once", async () => {
    const user = await makeUser([{ role: "grant-officer" }]);
    const cookie = await signInCookieFor(user.id);
    setClock(new Date(Date.now() + 10 * 60_000));
    const answers = await Promise.all(Array.from({ length: AT_ONCE }, () => getSignIn(get("/account", cookie))));
    for (const answer of answers) expect(answer.user?.id).toBe(user.id);
    const sessions = await prisma.signInSession.findMany({ where: { userId: user.id } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.lastUsedAt?.toISOString()).toBe(new Date(process.env.FIXED_NOW!).toISOString());
  });

  it("signing out everywhere while requests arrive leaves no session behind and lets no later request in", async () => {
    const user = await makeUser([{ role: "grant-officer" }]);
    const cookies = await Promise.all(Array.from({ length: 4 }, () => signInCookieFor(user.id)));
    await Promise.all([endAllSignInSessions(user.id), ...cookies.map((cookie) => getSignIn(get("/account", cookie)))]);
    expect(await prisma.signInSession.count({ where: { userId: user.id } })).toBe(0);
    for (const cookie of cookies) expect((await getSignIn(get("/account", cookie))).user).toBeNull();
  });
});

describe("an administrator's changes at the same moment", () => {
  it("removing one role twice at once removes it once and records it once", async () => {
    const admin = await makeUser([{ role: "admin" }]);
    const user = await makeUser([{ role: "grant-officer" }]);
    const role = await prisma.roleAssignment.findFirstOrThrow({ where: { userId: user.id } });
    const results = await Promise.all(Array.from({ length: 4 }, () => removeRole(admin.id, role.id)));
    expect(results.filter((r) => r === "removed")).toHaveLength(1);
    expect(results.filter((r) => r !== "removed")).toEqual(["not-found", "not-found", "not-found"]);
    expect(await prisma.auditEvent.count({ where: { action: "role.removed", entityId: user.id } })).toBe(1);
  });
});

describe("managed tag lists at the same moment", () => {
  it("one label added by several administrators at once makes one tag, the others are told it exists", async () => {
    const admin = await makeUser([{ role: "admin" }]);
    const label = `Peer walk ${Date.now()}`;
    const labels = Array.from({ length: AT_ONCE }, (_, i) => (i % 2 ? label.toUpperCase() : ` ${label} `));
    const results = await Promise.all(labels.map((l) => createTag(admin.id, { kind: "support", label: l })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual(Array.from({ length: AT_ONCE - 1 }, () => ({ ok: false, error: "duplicate" })));
    const tags = await prisma.tag.findMany({ where: { kind: "support", labelKey: label.toLowerCase() } });
    expect(tags).toHaveLength(1);
    expect(await prisma.auditEvent.count({ where: { action: "tag.created", entityId: tags[0]!.id } })).toBe(1);
    // The same label in another list is another tag.
    expect((await createTag(admin.id, { kind: "audience", label })).ok).toBe(true);
  });

  it("two tags renamed to one label at once: one is renamed, the other is told the label is taken", async () => {
    const admin = await makeUser([{ role: "admin" }]);
    const stamp = Date.now();
    const made = await Promise.all([createTag(admin.id, { kind: "audience", label: `First ${stamp}` }), createTag(admin.id, { kind: "audience", label: `Second ${stamp}` })]);
    const ids = made.map((r) => (r.ok ? r.id : ""));
    const results = await Promise.all(ids.map((id) => renameTag(admin.id, id, `Same ${stamp}`)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "duplicate" }]);
    expect(await prisma.tag.count({ where: { kind: "audience", labelKey: `same ${stamp}` } })).toBe(1);
  });

  it("the database itself refuses a second tag of a kind with the same label", async () => {
    const key = `only once ${Date.now()}`;
    await prisma.tag.create({ data: { kind: "language", slug: `a-${Date.now()}`, label: key, labelKey: key } });
    await expect(prisma.tag.create({ data: { kind: "language", slug: `b-${Date.now()}`, label: key.toUpperCase(), labelKey: key } })).rejects.toMatchObject({ code: "P2002" });
  });
});
