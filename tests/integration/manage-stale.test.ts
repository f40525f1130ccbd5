// @database-behaviour: reminders claimed with a conditional write by several instances at once. Runs on PostgreSQL too (vitest.config.ts).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { listStaleListings, sendStaleListingReminders } from "~/modules/cafe/index.server";
import * as historyPage from "~/routes/manage.cafes.$cafeId.history";
import * as overviewPage from "~/routes/manage.cafes.$cafeId._index";
import * as stalePage from "~/routes/manage.stale";
import * as sessionsPage from "~/routes/manage.cafes.$cafeId.sessions._index";
import { prisma } from "~/platform/db.server";
import { startBackgroundJobs } from "~/background-jobs.server";
import { FIRST_HOURLY_RUN_AFTER_MS, stopBackgroundJobs } from "~/platform/jobs.server";
import { call, demoCookie, get, json, makeOrganisationWithCafe, makeUser, post, signInCookieFor } from "./auth.helpers";

/**
 * Keeping listings verified: "Hours are still right" in one click; a reminder to the managers after
 * 60 days without a check (through the outbox, at most once a week per café); the stale list for admins
 * and commissioners; and the café's change history in words.
 */
const DAY = 24 * 3600_000;
let staleCafe: { id: string; name: string };
let manager: { id: string; email: string };
let managerCookie: string;
let commissioner: string;
let admin: string;
const now = new Date();

const reminders = () => prisma.emailOutbox.findMany({ where: { kind: "hours-reminder", to: manager.email } });

beforeAll(async () => {
  // The demo's least recently checked café (130 days) has no manager: give it one for these tests.
  staleCafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: "sileby-riverside-cafe" } });
  manager = await makeUser([{ role: "cafe-manager", cafeId: staleCafe.id }], { name: "Riley Stone" });
  managerCookie = await signInCookieFor(manager.id);
  commissioner = await demoCookie("commissioner@example.org");
  admin = await demoCookie("admin@example.org");
});

describe("the stale list", () => {
  it("shows admins and commissioners every listing not checked for 60 days, with the days and managers", async () => {
    const body = await json<{ listings: { name: string; daysSinceChecked: number; stale: boolean; managers: { email: string }[] }[] }>(
      await call(stalePage.loader, get("/manage/stale", commissioner)),
    );
    const sileby = body.listings.find((l) => l.name === staleCafe.name)!;
    expect(sileby.daysSinceChecked).toBeGreaterThanOrEqual(130);
    expect(sileby.stale).toBe(true);
    expect(sileby.managers.map((m) => m.email)).toEqual([manager.email]);
    const fosse = body.listings.find((l) => l.name === "Fosse Road Community Café")!;
    expect(fosse.stale).toBe(false);
    expect(fosse.daysSinceChecked).toBeGreaterThanOrEqual(60);
    // Checked recently, or not listed to the public: not on the list.
    expect(body.listings.map((l) => l.name)).not.toContain("Clocktower Evening Café");
    expect(body.listings.map((l) => l.name)).not.toContain("Desford Evening Café");
    expect((await call(stalePage.loader, get("/manage/stale", admin))).status).toBe(200);
  });

  it("is not for café managers", async () => {
    expect((await call(stalePage.loader, get("/manage/stale", managerCookie))).status).toBe(403);
    expect((await call(stalePage.action, post("/manage/stale", {}, commissioner))).status).toBe(403);
  });
});

describe("reminders", () => {
  it("emails the managers once, then not again within a week", async () => {
    const first = await sendStaleListingReminders(now);
    expect(first.cafes).toBeGreaterThanOrEqual(1);
    const sent = await reminders();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toBe(`Please check the opening hours of ${staleCafe.name}`);
    expect(sent[0]!.text).toContain(`/manage/cafes/${staleCafe.id}`);
    expect(sent[0]!.status).toBe("pending");
    const cafe = await prisma.cafe.findUniqueOrThrow({ where: { id: staleCafe.id } });
    expect(cafe.staleReminderSentAt?.getTime()).toBe(now.getTime());

    await sendStaleListingReminders(now);
    await sendStaleListingReminders(new Date(now.getTime() + 6 * DAY));
    expect(await reminders()).toHaveLength(1);

    await sendStaleListingReminders(new Date(now.getTime() + 7 * DAY));
    expect(await reminders()).toHaveLength(2);
  });

  it("never sends two reminders when two instances run at once", async () => {
    const later = new Date(now.getTime() + 14 * DAY);
    await Promise.all([sendStaleListingReminders(later), sendStaleListingReminders(later), sendStaleListingReminders(later)]);
    expect(await reminders()).toHaveLength(3);
  });

  it("never marks a café without an active manager as reminded, and reminds it once a manager joins", async () => {
    const { cafe: unmanaged } = await makeOrganisationWithCafe("unmanaged");
    const { cafe: disabledOnly } = await makeOrganisationWithCafe("disabled-manager");
    const overdue = new Date(now.getTime() - 100 * DAY);
    await prisma.cafe.updateMany({ where: { id: { in: [unmanaged.id, disabledOnly.id] } }, data: { hoursVerifiedAt: overdue } });
    const gone = await makeUser([{ role: "cafe-manager", cafeId: disabledOnly.id }]);
    await prisma.user.update({ where: { id: gone.id }, data: { disabledAt: now } });

    await sendStaleListingReminders(now);
    for (const id of [unmanaged.id, disabledOnly.id]) {
      expect((await prisma.cafe.findUniqueOrThrow({ where: { id } })).staleReminderSentAt).toBeNull();
      expect(await prisma.auditEvent.count({ where: { entityId: id, action: "cafe.reminder.sent" } })).toBe(0);
    }
    expect(await prisma.emailOutbox.count({ where: { to: gone.email } })).toBe(0);
    const listed = (await listStaleListings(now)).filter((l) => l.id === unmanaged.id || l.id === disabledOnly.id);
    expect(listed.map((l) => ({ managers: l.managers, reminded: l.staleReminderSentAt }))).toEqual([
      { managers: [], reminded: null },
      { managers: [], reminded: null },
    ]);

    // A manager joins: the next run reminds them, without waiting a week.
    const joined = await makeUser([{ role: "cafe-manager", cafeId: unmanaged.id }]);
    await sendStaleListingReminders(new Date(now.getTime() + 3_600_000));
    expect(await prisma.emailOutbox.count({ where: { to: joined.email, kind: "hours-reminder" } })).toBe(1);
  });

  it("are first sent a minute after the server starts, not an hour later", async () => {
    const { cafe } = await makeOrganisationWithCafe("restarted-often");
    await prisma.cafe.update({ where: { id: cafe.id }, data: { hoursVerifiedAt: new Date(Date.now() - 100 * DAY) } });
    const keeper = await makeUser([{ role: "cafe-manager", cafeId: cafe.id }]);
    const sent = () => prisma.emailOutbox.count({ where: { to: keeper.email, kind: "hours-reminder" } });

    vi.useFakeTimers({ toFake: ["setTimeout", "setInterval", "clearTimeout", "clearInterval"] });
    try {
      startBackgroundJobs();
      vi.advanceTimersByTime(FIRST_HOURLY_RUN_AFTER_MS - 1000);
      await new Promise((resolve) => setImmediate(resolve));
      expect(await sent()).toBe(0);
      vi.advanceTimersByTime(2000);
      await vi.waitFor(async () => expect(await sent()).toBe(1), { timeout: 10_000 });
    } finally {
      stopBackgroundJobs();
      vi.useRealTimers();
    }
  });

  it("records the reminder in the café's history", async () => {
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: staleCafe.id, action: "cafe.reminder.sent" } });
    expect(audit.actorId).toBeNull();
    expect(JSON.parse(audit.after!)).toEqual({ reminded: [manager.email] });
  });
});

describe("Hours are still right", () => {
  it("sets hoursVerifiedAt in one click, stopping the reminders and taking the café off the stale list", async () => {
    const before = (await prisma.cafe.findUniqueOrThrow({ where: { id: staleCafe.id } })).hoursVerifiedAt!;
    const response = await call(
      overviewPage.action,
      post(`/manage/cafes/${staleCafe.id}`, { intent: "confirm-hours" }, managerCookie),
      { cafeId: staleCafe.id },
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/manage/cafes/${staleCafe.id}?confirmed=1`);
    const after = (await prisma.cafe.findUniqueOrThrow({ where: { id: staleCafe.id } })).hoursVerifiedAt!;
    expect(Date.now() - after.getTime()).toBeLessThan(60_000);

    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: staleCafe.id, action: "cafe.hours.confirmed" } });
    expect(JSON.parse(audit.before!)).toEqual({ hoursVerifiedAt: before.toISOString() });
    expect(JSON.parse(audit.after!)).toEqual({ hoursVerifiedAt: after.toISOString() });

    const count = (await reminders()).length;
    await sendStaleListingReminders(new Date(Date.now() + 30 * DAY));
    expect(await reminders()).toHaveLength(count);
    const list = await json<{ listings: { name: string }[] }>(await call(stalePage.loader, get("/manage/stale", commissioner)));
    expect(list.listings.map((l) => l.name)).not.toContain(staleCafe.name);
  });

  it("refuses anything else posted to the overview", async () => {
    const response = await call(overviewPage.action, post(`/manage/cafes/${staleCafe.id}`, { intent: "delete-everything" }, managerCookie), {
      cafeId: staleCafe.id,
    });
    expect(response.status).toBe(400);
  });
});

describe("the change history", () => {
  it("says who changed what, when, before and after, in words", async () => {
    await call(
      sessionsPage.action,
      post(`/manage/cafes/${staleCafe.id}/sessions`, { intent: "add", dayOfWeek: "5", startTime: "22:00", endTime: "01:30", capPlaces: "0" }, managerCookie),
      { cafeId: staleCafe.id },
    );
    const body = await json<{ items: { what: string; who: string; when: string; summary: string | null; changes: { label: string; before?: string; after?: string }[] }[] }>(
      await call(historyPage.loader, get(`/manage/cafes/${staleCafe.id}/history`, commissioner), { cafeId: staleCafe.id }),
    );
    const [added, confirmed] = body.items;
    expect(added).toMatchObject({ what: "Weekly session added", who: "Riley Stone", summary: "Friday 10pm–1:30am (ends the next day)" });
    expect(added!.changes).toContainEqual({ label: "Central Access Point places", after: "0" });
    expect(confirmed!.what).toBe("Hours confirmed as still right");
    expect(confirmed!.changes[0]).toMatchObject({ label: "Hours last checked" });
    expect(confirmed!.changes[0]!.before).toMatch(/\d{4} at /);
    const reminder = body.items.find((i) => i.what === "Reminder to check the hours sent")!;
    expect(reminder.who).toBe("Café Network");
    expect(reminder.changes).toEqual([{ label: "Reminded", after: manager.email }]);
  });

  it("is refused to a manager of another café", async () => {
    const other = await prisma.cafe.findUniqueOrThrow({ where: { slug: "night-owl-cafe" } });
    expect((await call(historyPage.loader, get(`/manage/cafes/${other.id}/history`, managerCookie), { cafeId: other.id })).status).toBe(403);
  });
});
