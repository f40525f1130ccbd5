import { beforeAll, describe, expect, it } from "vitest";
import * as sessionsPage from "~/routes/manage.cafes.$cafeId.sessions._index";
import * as sessionPage from "~/routes/manage.cafes.$cafeId.sessions.$sessionId";
import * as overviewPage from "~/routes/manage.cafes.$cafeId._index";
import * as frame from "~/routes/manage.cafes.$cafeId";
import { prisma } from "~/platform/db.server";
import { call, demoCookie, get, json, post } from "./auth.helpers";

/**
 * Weekly sessions at /manage/cafes/$cafeId/sessions: adding, changing and removing them, past midnight,
 * overlaps refused next to the right field with the typed values back, CAP places, hours confirmed by
 * every edit, the audit trail, and who may do it (a manager of café A cannot touch café B).
 */
let cafeA: { id: string; hoursVerifiedAt: Date | null };
let cafeB: { id: string };
let manager: string;
let commissioner: string;
let admin: string;

const base = (cafeId: string) => `/manage/cafes/${cafeId}/sessions`;
const addSession = (cafeId: string, fields: Record<string, string>, cookie = manager) =>
  call(sessionsPage.action, post(base(cafeId), { intent: "add", ...fields }, cookie), { cafeId });

beforeAll(async () => {
  cafeA = await prisma.cafe.findUniqueOrThrow({ where: { slug: "clocktower-evening-cafe" } });
  cafeB = await prisma.cafe.findUniqueOrThrow({ where: { slug: "night-owl-cafe" } });
  // Start from an old check, so each edit visibly confirms the hours.
  await prisma.cafe.update({ where: { id: cafeA.id }, data: { hoursVerifiedAt: new Date("2020-01-01T00:00:00Z") } });
  manager = await demoCookie("cafe@example.org");
  commissioner = await demoCookie("commissioner@example.org");
  admin = await demoCookie("admin@example.org");
});

describe("adding weekly sessions", () => {
  it("adds a session, shows it at once, confirms the hours and records who did it", async () => {
    const before = Date.now();
    const response = await addSession(cafeA.id, { dayOfWeek: "1", startTime: "10:00", endTime: "12:30", capPlaces: "" });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`${base(cafeA.id)}?saved=added`);

    const row = await prisma.weeklySession.findFirstOrThrow({ where: { cafeId: cafeA.id, dayOfWeek: 1, startTime: "10:00" } });
    expect(row).toMatchObject({ endTime: "12:30", capPlaces: null, validFrom: null, validUntil: null });
    const cafe = await prisma.cafe.findUniqueOrThrow({ where: { id: cafeA.id } });
    expect(cafe.hoursVerifiedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);

    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "cafe", entityId: cafeA.id, action: "cafe.session.added" },
      orderBy: { createdAt: "desc" },
      include: { actor: true },
    });
    expect(audit.actor?.email).toBe("cafe@example.org");
    expect(audit.before).toBeNull();
    expect(JSON.parse(audit.after!)).toMatchObject({ dayOfWeek: 1, startTime: "10:00", endTime: "12:30", capPlaces: null });

    const page = await json<{ sessions: { text: string }[] }>(await call(sessionsPage.loader, get(base(cafeA.id), manager), { cafeId: cafeA.id }));
    expect(page.sessions.map((s) => s.text)).toContain("Monday 10am–12:30pm");
  });

  it("accepts several sessions on one day and a session that ends after midnight", async () => {
    expect((await addSession(cafeA.id, { dayOfWeek: "1", startTime: "13:00", endTime: "15:00" })).status).toBe(302);
    expect((await addSession(cafeA.id, { dayOfWeek: "5", startTime: "22:00", endTime: "02:00" })).status).toBe(302);
    const late = await prisma.weeklySession.findFirstOrThrow({ where: { cafeId: cafeA.id, dayOfWeek: 5, startTime: "22:00" } });
    expect(late.endTime).toBe("02:00");
    const page = await json<{ sessions: { text: string }[] }>(await call(sessionsPage.loader, get(base(cafeA.id), manager), { cafeId: cafeA.id }));
    expect(page.sessions.map((s) => s.text)).toContain("Friday 10pm–2am (ends the next day)");
  });

  it("refuses a session overlapping the small hours of the night before, next to the start time, keeping what was typed", async () => {
    const count = await prisma.weeklySession.count({ where: { cafeId: cafeA.id } });
    const response = await addSession(cafeA.id, { dayOfWeek: "6", startTime: "01:00", endTime: "03:00", capPlaces: "1" });
    expect(response.status).toBe(400);
    const body = await json<{ errors: Record<string, string>; values: Record<string, string> }>(response);
    expect(body.errors.startTime).toMatch(/overlaps the Friday 10pm–2am/);
    expect(body.values).toMatchObject({ dayOfWeek: "6", startTime: "01:00", endTime: "03:00", capPlaces: "1" });
    expect(await prisma.weeklySession.count({ where: { cafeId: cafeA.id } })).toBe(count);
  });

  it("refuses a session overlapping another the same day", async () => {
    // The demo café opens on Wednesdays 17:00–21:00.
    const response = await addSession(cafeA.id, { dayOfWeek: "3", startTime: "20:00", endTime: "22:00" });
    expect(response.status).toBe(400);
    expect((await json<{ errors: Record<string, string> }>(response)).errors.startTime).toMatch(/overlaps the Wednesday 5pm–9pm/);
  });

  it("refuses an end time equal to the start time, next to the end time", async () => {
    const response = await addSession(cafeA.id, { dayOfWeek: "2", startTime: "18:00", endTime: "18:00" });
    expect(response.status).toBe(400);
    const body = await json<{ errors: Record<string, string>; values: Record<string, string> }>(response);
    expect(Object.keys(body.errors)).toEqual(["endTime"]);
    expect(body.errors.endTime).toMatch(/must be different from the start time/);
    expect(body.values.endTime).toBe("18:00");
  });

  it("refuses a last date before the first date, next to the last date", async () => {
    const response = await addSession(cafeA.id, {
      dayOfWeek: "2",
      startTime: "18:00",
      endTime: "20:00",
      validFrom: "2027-03-01",
      validUntil: "2027-01-31",
    });
    expect(response.status).toBe(400);
    const body = await json<{ errors: Record<string, string>; values: Record<string, string> }>(response);
    expect(body.errors.validUntil).toMatch(/last date must be the same as or after the first date/);
    expect(body.values).toMatchObject({ validFrom: "2027-03-01", validUntil: "2027-01-31" });
  });

  it("refuses missing and impossible fields with a message for each, never a 500", async () => {
    const response = await addSession(cafeA.id, { dayOfWeek: "9", startTime: "", endTime: "25:61", capPlaces: "-1", validFrom: "31/02/2027" });
    expect(response.status).toBe(400);
    const { errors } = await json<{ errors: Record<string, string> }>(response);
    expect(Object.keys(errors).sort()).toEqual(["capPlaces", "dayOfWeek", "endTime", "startTime", "validFrom"]);
  });

  it("refuses seasonal dates outside the plausible range next to the field, keeping what was typed", async () => {
    const count = await prisma.weeklySession.count({ where: { cafeId: cafeA.id } });
    const response = await addSession(cafeA.id, { dayOfWeek: "2", startTime: "09:00", endTime: "10:00", validFrom: "9999-01-01", validUntil: "1900-01-01" });
    expect(response.status).toBe(400);
    const body = await json<{ errors: Record<string, string>; values: Record<string, string> }>(response);
    // The wrong order is reported first; once in order, each date gets its own range message.
    expect(body.errors.validUntil).toMatch(/same as or after the first date/);
    expect(body.values).toMatchObject({ validFrom: "9999-01-01", validUntil: "1900-01-01" });
    const far = await addSession(cafeA.id, { dayOfWeek: "2", startTime: "09:00", endTime: "10:00", validFrom: "9999-01-01" });
    expect(far.status).toBe(400);
    expect((await json<{ errors: Record<string, string> }>(far)).errors).toEqual({ validFrom: expect.stringMatching(/within the next 2 years/) });
    const old = await addSession(cafeA.id, { dayOfWeek: "2", startTime: "09:00", endTime: "10:00", validFrom: "1900-01-01", validUntil: "1900-02-01" });
    expect(old.status).toBe(400);
    expect((await json<{ errors: Record<string, string> }>(old)).errors).toEqual({
      validFrom: expect.stringMatching(/no more than a year ago/),
      validUntil: expect.stringMatching(/no more than a year ago/),
    });
    expect(await prisma.weeklySession.count({ where: { cafeId: cafeA.id } })).toBe(count);
  });

  it("refuses CAP places written as anything but plain digits", async () => {
    for (const capPlaces of ["0x10", "1e1", "2.0", "21"]) {
      const response = await addSession(cafeA.id, { dayOfWeek: "2", startTime: "09:00", endTime: "10:00", capPlaces });
      expect(response.status, capPlaces).toBe(400);
      const body = await json<{ errors: Record<string, string>; values: Record<string, string> }>(response);
      expect(body.errors, capPlaces).toEqual({ capPlaces: expect.stringMatching(/whole number of places from 0 to 20/) });
      expect(body.values.capPlaces).toBe(capPlaces);
    }
  });

  it("keeps seasonal sessions with their first and last dates", async () => {
    const response = await addSession(cafeA.id, { dayOfWeek: "2", startTime: "18:00", endTime: "20:00", validFrom: "01/12/2026", validUntil: "2027-02-28" });
    expect(response.status).toBe(302);
    const row = await prisma.weeklySession.findFirstOrThrow({ where: { cafeId: cafeA.id, dayOfWeek: 2, startTime: "18:00" } });
    expect(row).toMatchObject({ validFrom: "2026-12-01", validUntil: "2027-02-28" });
  });

  it("shows a preview of the week without saving anything", async () => {
    const count = await prisma.weeklySession.count({ where: { cafeId: cafeA.id } });
    const response = await call(
      sessionsPage.action,
      post(base(cafeA.id), { intent: "preview", dayOfWeek: "4", startTime: "09:00", endTime: "11:00" }, manager),
      { cafeId: cafeA.id },
    );
    expect(response.status).toBe(200);
    const body = await json<{ preview: { plan: { days: { weekday: number; usual: { startTime: string }[] }[] } }; values: Record<string, string> }>(response);
    expect(body.values.startTime).toBe("09:00");
    expect(body.preview.plan.days.find((d) => d.weekday === 4)?.usual.map((u) => u.startTime)).toContain("09:00");
    expect(await prisma.weeklySession.count({ where: { cafeId: cafeA.id } })).toBe(count);
  });
});

describe("CAP places", () => {
  it("stores places per session (0 for none) and the café's default", async () => {
    expect((await addSession(cafeA.id, { dayOfWeek: "7", startTime: "10:00", endTime: "12:00", capPlaces: "0" })).status).toBe(302);
    const row = await prisma.weeklySession.findFirstOrThrow({ where: { cafeId: cafeA.id, dayOfWeek: 7 } });
    expect(row.capPlaces).toBe(0);

    const response = await call(sessionsPage.action, post(base(cafeA.id), { intent: "cap-default", capPlacesDefault: "4" }, manager), { cafeId: cafeA.id });
    expect(response.status).toBe(302);
    expect((await prisma.cafe.findUniqueOrThrow({ where: { id: cafeA.id } })).capPlacesDefault).toBe(4);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: cafeA.id, action: "cafe.cap-places.changed" } });
    expect(JSON.parse(audit.before!)).toEqual({ capPlacesDefault: 2 });
    expect(JSON.parse(audit.after!)).toEqual({ capPlacesDefault: 4 });

    const bad = await call(sessionsPage.action, post(base(cafeA.id), { intent: "cap-default", capPlacesDefault: "lots" }, manager), { cafeId: cafeA.id });
    expect(bad.status).toBe(400);
    expect((await json<{ errors: Record<string, string> }>(bad)).errors.capPlacesDefault).toMatch(/whole number/);
  });
});

describe("CAP places written as \"3e\" (what the browser test types), answered by the server", () => {
  it("refuses them next to the field on the session change form and the café's default, keeping what was typed and saving nothing", async () => {
    const row = await prisma.weeklySession.findFirstOrThrow({ where: { cafeId: cafeA.id }, orderBy: { startTime: "asc" } });
    const params = { cafeId: cafeA.id, sessionId: row.id };
    const changed = await call(
      sessionPage.action,
      post(`${base(cafeA.id)}/${row.id}`, { intent: "save", dayOfWeek: String(row.dayOfWeek), startTime: row.startTime, endTime: row.endTime, capPlaces: "3e" }, manager),
      params,
    );
    expect(changed.status).toBe(400);
    const body = await json<{ errors: Record<string, string>; values: Record<string, string> }>(changed);
    expect(body.errors).toEqual({ capPlaces: expect.stringMatching(/Enter a whole number of places from 0 to 20/) });
    expect(body.values.capPlaces).toBe("3e");
    expect((await prisma.weeklySession.findUniqueOrThrow({ where: { id: row.id } })).capPlaces).toBe(row.capPlaces);

    const before = (await prisma.cafe.findUniqueOrThrow({ where: { id: cafeA.id } })).capPlacesDefault;
    const usual = await call(sessionsPage.action, post(base(cafeA.id), { intent: "cap-default", capPlacesDefault: "3e" }, manager), { cafeId: cafeA.id });
    expect(usual.status).toBe(400);
    const usualBody = await json<{ errors: Record<string, string>; values: Record<string, string> }>(usual);
    expect(usualBody.errors).toEqual({ capPlacesDefault: expect.stringMatching(/Enter a whole number of places from 0 to 20/) });
    expect(usualBody.values.capPlacesDefault).toBe("3e");
    expect((await prisma.cafe.findUniqueOrThrow({ where: { id: cafeA.id } })).capPlacesDefault).toBe(before);
  });
});

describe("changing and removing a session", () => {
  it("changes a session, recording before and after, and refuses an overlap with the café's other sessions", async () => {
    const row = await prisma.weeklySession.findFirstOrThrow({ where: { cafeId: cafeA.id, dayOfWeek: 1, startTime: "10:00" } });
    const path = `${base(cafeA.id)}/${row.id}`;
    const params = { cafeId: cafeA.id, sessionId: row.id };

    const clash = await call(sessionPage.action, post(path, { intent: "save", dayOfWeek: "1", startTime: "10:00", endTime: "14:00" }, manager), params);
    expect(clash.status).toBe(400);
    expect((await json<{ errors: Record<string, string> }>(clash)).errors.startTime).toMatch(/overlaps the Monday 1pm–3pm/);

    await prisma.cafe.update({ where: { id: cafeA.id }, data: { hoursVerifiedAt: new Date("2020-01-01T00:00:00Z") } });
    const ok = await call(sessionPage.action, post(path, { intent: "save", dayOfWeek: "1", startTime: "10:00", endTime: "12:00", capPlaces: "3" }, manager), params);
    expect(ok.status).toBe(302);
    expect(await prisma.weeklySession.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ endTime: "12:00", capPlaces: 3 });
    expect((await prisma.cafe.findUniqueOrThrow({ where: { id: cafeA.id } })).hoursVerifiedAt!.getFullYear()).toBeGreaterThan(2020);

    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: cafeA.id, action: "cafe.session.changed" } });
    expect(JSON.parse(audit.before!)).toMatchObject({ dayOfWeek: 1, endTime: "12:30", capPlaces: null });
    expect(JSON.parse(audit.after!)).toMatchObject({ dayOfWeek: 1, endTime: "12:00", capPlaces: 3 });
  });

  it("removes a session and records what it was", async () => {
    const row = await prisma.weeklySession.findFirstOrThrow({ where: { cafeId: cafeA.id, dayOfWeek: 1, startTime: "13:00" } });
    const response = await call(
      sessionPage.action,
      post(`${base(cafeA.id)}/${row.id}`, { intent: "remove" }, manager),
      { cafeId: cafeA.id, sessionId: row.id },
    );
    expect(response.status).toBe(302);
    expect(await prisma.weeklySession.findUnique({ where: { id: row.id } })).toBeNull();
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: cafeA.id, action: "cafe.session.removed" } });
    expect(JSON.parse(audit.before!)).toMatchObject({ dayOfWeek: 1, startTime: "13:00", endTime: "15:00" });
    expect(audit.after).toBeNull();
  });

  it("answers 404 for a session of another café", async () => {
    const other = await prisma.weeklySession.findFirstOrThrow({ where: { cafeId: cafeB.id } });
    const response = await call(sessionPage.loader, get(`${base(cafeA.id)}/${other.id}`, manager), { cafeId: cafeA.id, sessionId: other.id });
    expect(response.status).toBe(404);
  });
});

describe("who may change sessions", () => {
  it("refuses a manager of café A on café B, loader and action, and changes nothing", async () => {
    const count = await prisma.weeklySession.count({ where: { cafeId: cafeB.id } });
    expect((await call(sessionsPage.loader, get(base(cafeB.id), manager), { cafeId: cafeB.id })).status).toBe(403);
    expect((await call(frame.loader, get(`/manage/cafes/${cafeB.id}`, manager), { cafeId: cafeB.id })).status).toBe(403);
    expect((await addSession(cafeB.id, { dayOfWeek: "1", startTime: "10:00", endTime: "11:00" })).status).toBe(403);
    const theirs = await prisma.weeklySession.findFirstOrThrow({ where: { cafeId: cafeB.id } });
    const removal = await call(
      sessionPage.action,
      post(`${base(cafeB.id)}/${theirs.id}`, { intent: "remove" }, manager),
      { cafeId: cafeB.id, sessionId: theirs.id },
    );
    expect(removal.status).toBe(403);
    expect(await prisma.weeklySession.count({ where: { cafeId: cafeB.id } })).toBe(count);
  });

  it("lets a commissioner read but never write", async () => {
    expect((await call(sessionsPage.loader, get(base(cafeB.id), commissioner), { cafeId: cafeB.id })).status).toBe(200);
    const page = await json<{ canEdit: boolean }>(await call(sessionsPage.loader, get(base(cafeB.id), commissioner), { cafeId: cafeB.id }));
    expect(page.canEdit).toBe(false);
    expect((await addSession(cafeB.id, { dayOfWeek: "1", startTime: "10:00", endTime: "11:00" }, commissioner)).status).toBe(403);
    expect((await call(overviewPage.action, post(`/manage/cafes/${cafeB.id}`, { intent: "confirm-hours" }, commissioner), { cafeId: cafeB.id })).status).toBe(403);
  });

  it("lets an admin change any café", async () => {
    expect((await addSession(cafeB.id, { dayOfWeek: "1", startTime: "10:00", endTime: "11:00" }, admin)).status).toBe(302);
  });

  it("sends anonymous people to sign in", async () => {
    const response = await call(sessionsPage.loader, get(base(cafeA.id)), { cafeId: cafeA.id });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toMatch(/^\/sign-in\?redirectTo=/);
    expect((await addSession(cafeA.id, { dayOfWeek: "1", startTime: "10:00", endTime: "11:00" }, "")).status).toBe(302);
  });
});
