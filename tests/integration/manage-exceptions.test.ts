import { beforeAll, describe, expect, it } from "vitest";
import { bankHolidaysBetween } from "~/lib/bank-holidays";
import { addDays, londonDate } from "~/lib/london-time";
import * as exceptionsPage from "~/routes/manage.cafes.$cafeId.exceptions";
import { prisma } from "~/platform/db.server";
import { call, demoCookie, get, json, post } from "./auth.helpers";

/**
 * Closures, changed hours, extra sessions and bank-holiday answers at /manage/cafes/$cafeId/exceptions:
 * each rule refused next to its field with the typed values back, every change confirming the hours and
 * recorded in the audit trail.
 */
let cafeId: string;
let otherCafeId: string;
let manager: string;
let commissioner: string;
const today = londonDate(new Date());
const path = () => `/manage/cafes/${cafeId}/exceptions`;
const send = (fields: Record<string, string>, cookie = manager, id = cafeId) =>
  call(exceptionsPage.action, post(`/manage/cafes/${id}/exceptions`, fields, cookie), { cafeId: id });
const errorsOf = async (response: Response) => json<{ errors: Record<string, string>; values: Record<string, string> }>(response);

beforeAll(async () => {
  cafeId = (await prisma.cafe.findUniqueOrThrow({ where: { slug: "beaumont-leys-living-room-cafe" } })).id;
  otherCafeId = (await prisma.cafe.findUniqueOrThrow({ where: { slug: "lantern-womens-cafe" } })).id;
  manager = await demoCookie("cafe@example.org");
  commissioner = await demoCookie("commissioner@example.org");
});

async function staleHours() {
  await prisma.cafe.update({ where: { id: cafeId }, data: { hoursVerifiedAt: new Date("2020-01-01T00:00:00Z") } });
}
async function hoursConfirmedRecently() {
  const cafe = await prisma.cafe.findUniqueOrThrow({ where: { id: cafeId } });
  return Date.now() - cafe.hoursVerifiedAt!.getTime() < 60_000;
}

describe("closing the café", () => {
  it("closes a range of dates with a public reason, confirms the hours and records it", async () => {
    await staleHours();
    const from = addDays(today, 20);
    const until = addDays(today, 30);
    const response = await send({ intent: "closed", startDate: from, endDate: until, reason: "Closed for the hall's refurbishment" });
    expect(response.status).toBe(302);
    const row = await prisma.scheduleException.findFirstOrThrow({ where: { cafeId, kind: "closed", startDate: from } });
    expect(row).toMatchObject({ endDate: until, reason: "Closed for the hall's refurbishment", startTime: null });
    expect(await hoursConfirmedRecently()).toBe(true);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: cafeId, action: "cafe.exception.added" } });
    expect(JSON.parse(audit.after!)).toMatchObject({ kind: "closed", startDate: from, endDate: until, reason: "Closed for the hall's refurbishment" });

    const page = await json<{ upcoming: { text: string }[] }>(await call(exceptionsPage.loader, get(path(), manager), { cafeId }));
    expect(page.upcoming.some((e) => e.text.includes("Closed for the hall's refurbishment"))).toBe(true);
  });

  it("closes a single day when no last date is given", async () => {
    const day = addDays(today, 40);
    expect((await send({ intent: "closed", startDate: day, reason: "Staff training" })).status).toBe(302);
    expect(await prisma.scheduleException.findFirstOrThrow({ where: { cafeId, startDate: day } })).toMatchObject({ endDate: day });
  });

  it("refuses a closure over days already closed, next to the first date, keeping what was typed and saving nothing", async () => {
    const from = addDays(today, 50);
    const until = addDays(today, 52);
    expect((await send({ intent: "closed", startDate: from, endDate: until, reason: "Hall booked" })).status).toBe(302);
    const before = await prisma.scheduleException.count({ where: { cafeId, kind: "closed" } });
    const again = await send({ intent: "closed", startDate: addDays(today, 52), endDate: addDays(today, 55), reason: "Hall booked again" });
    expect(again.status).toBe(400);
    const reply = await errorsOf(again);
    expect(reply.errors.startDate).toMatch(/already closed/);
    expect(reply.values.reason).toBe("Hall booked again");
    expect(await prisma.scheduleException.count({ where: { cafeId, kind: "closed" } })).toBe(before);
    expect((await send({ intent: "closed", startDate: addDays(today, 53), reason: "The day after" })).status).toBe(302);
  });

  it("asks for the reason the public will see", async () => {
    const response = await send({ intent: "closed", startDate: addDays(today, 5), reason: " " });
    expect(response.status).toBe(400);
    expect((await errorsOf(response)).errors.reason).toMatch(/reason/);
  });

  it("refuses dates in the wrong order next to the last date, keeping what was typed", async () => {
    const response = await send({ intent: "closed", startDate: addDays(today, 10), endDate: addDays(today, 8), reason: "Holiday" });
    expect(response.status).toBe(400);
    const body = await errorsOf(response);
    expect(body.errors).toEqual({ endDate: expect.stringMatching(/same as or after the first date/) });
    expect(body.values).toMatchObject({ intent: "closed", startDate: addDays(today, 10), endDate: addDays(today, 8), reason: "Holiday" });
  });

  it("refuses a closure more than two years ahead or more than a year back", async () => {
    const ahead = await send({ intent: "closed", startDate: addDays(today, 800), reason: "Far away" });
    expect(ahead.status).toBe(400);
    expect((await errorsOf(ahead)).errors.startDate).toMatch(/within the next 2 years/);
    const back = await send({ intent: "closed", startDate: addDays(today, -400), endDate: addDays(today, -390), reason: "Long ago" });
    expect(back.status).toBe(400);
    expect((await errorsOf(back)).errors.startDate).toMatch(/no more than a year ago/);
  });

  it("refuses a closure longer than about six months", async () => {
    const response = await send({ intent: "closed", startDate: addDays(today, 1), endDate: addDays(today, 300), reason: "Long break" });
    expect(response.status).toBe(400);
    expect((await errorsOf(response)).errors.endDate).toMatch(/up to 6 months/);
  });

  it("refuses a date that is not a date", async () => {
    const response = await send({ intent: "closed", startDate: "30/02/2027", reason: "x" });
    expect(response.status).toBe(400);
    expect((await errorsOf(response)).errors.startDate).toMatch(/real date/);
  });
});

describe("changed hours and extra sessions", () => {
  it("changes the hours of one date", async () => {
    await staleHours();
    const day = addDays(today, 12);
    const response = await send({ intent: "hours", startDate: day, startTime: "17:00", endTime: "19:00", reason: "Shorter evening" });
    expect(response.status).toBe(302);
    expect(await prisma.scheduleException.findFirstOrThrow({ where: { cafeId, kind: "hours", startDate: day } })).toMatchObject({
      endDate: day,
      startTime: "17:00",
      endTime: "19:00",
    });
    expect(await hoursConfirmedRecently()).toBe(true);
  });

  it("adds an extra session, refusing one that clashes with the usual session that day", async () => {
    // The café opens every Wednesday 18:00–22:00.
    let wednesday = addDays(today, 7);
    while (new Date(`${wednesday}T12:00:00Z`).getUTCDay() !== 3) wednesday = addDays(wednesday, 1);
    const clash = await send({ intent: "extra", startDate: wednesday, startTime: "21:00", endTime: "23:00" });
    expect(clash.status).toBe(400);
    const body = await errorsOf(clash);
    expect(body.errors.startTime).toMatch(/overlaps the usual Wednesday 6pm–10pm session/);
    expect(body.values).toMatchObject({ startDate: wednesday, startTime: "21:00", endTime: "23:00" });

    const ok = await send({ intent: "extra", startDate: wednesday, startTime: "12:00", endTime: "14:00", reason: "World Mental Health Day" });
    expect(ok.status).toBe(302);
    expect(await prisma.scheduleException.count({ where: { cafeId, kind: "extra", startDate: wednesday } })).toBe(1);
  });

  it("gives an extra session its own Central Access Point places, or the café's default when left empty", async () => {
    const day = addDays(today, 50);
    expect((await send({ intent: "extra", startDate: day, startTime: "10:00", endTime: "11:00", capPlaces: "0" })).status).toBe(302);
    expect((await send({ intent: "extra", startDate: day, startTime: "11:00", endTime: "12:00", capPlaces: "" })).status).toBe(302);
    const rows = await prisma.scheduleException.findMany({ where: { cafeId, kind: "extra", startDate: day }, orderBy: { startTime: "asc" } });
    expect(rows.map((r) => r.capPlaces)).toEqual([0, null]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: cafeId, action: "cafe.exception.added" }, orderBy: { createdAt: "desc" } });
    expect(JSON.parse(audit.after!)).toMatchObject({ kind: "extra", startTime: "11:00", capPlaces: null });

    const page = await json<{ upcoming: { text: string; capPlaces: number | null }[] }>(await call(exceptionsPage.loader, get(path(), manager), { cafeId }));
    const cafe = await prisma.cafe.findUniqueOrThrow({ where: { id: cafeId } });
    expect(page.upcoming.filter((e) => e.text.includes("10am–11am") || e.text.includes("11am–midday")).map((e) => e.capPlaces)).toEqual([0, cafe.capPlacesDefault]);
  });

  it("refuses CAP places that are not a plain number from 0 to 20, next to the field, saving nothing", async () => {
    const day = addDays(today, 51);
    const response = await send({ intent: "extra", startDate: day, startTime: "10:00", endTime: "11:00", capPlaces: "1e1" });
    expect(response.status).toBe(400);
    const body = await errorsOf(response);
    expect(body.errors).toEqual({ capPlaces: expect.stringMatching(/whole number of places from 0 to 20/) });
    expect(body.values.capPlaces).toBe("1e1");
    expect(await prisma.scheduleException.count({ where: { cafeId, startDate: day } })).toBe(0);
  });

  it("keeps CAP places for extra sessions only", async () => {
    const day = addDays(today, 52);
    expect((await send({ intent: "hours", startDate: day, startTime: "10:00", endTime: "11:00", capPlaces: "4" })).status).toBe(302);
    expect((await prisma.scheduleException.findFirstOrThrow({ where: { cafeId, startDate: day } })).capPlaces).toBeNull();
  });

  it("refuses an extra session that ends when it starts", async () => {
    const response = await send({ intent: "extra", startDate: addDays(today, 3), startTime: "14:00", endTime: "14:00" });
    expect(response.status).toBe(400);
    expect((await errorsOf(response)).errors.endTime).toMatch(/must be different/);
  });

  it("removes a change and records what it was", async () => {
    const row = await prisma.scheduleException.findFirstOrThrow({ where: { cafeId, kind: "hours" } });
    await staleHours();
    const response = await send({ intent: "remove", exceptionId: row.id });
    expect(response.status).toBe(302);
    expect(await prisma.scheduleException.findUnique({ where: { id: row.id } })).toBeNull();
    expect(await hoursConfirmedRecently()).toBe(true);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: cafeId, action: "cafe.exception.removed" } });
    expect(JSON.parse(audit.before!)).toMatchObject({ kind: "hours", startTime: "17:00", endTime: "19:00" });
  });
});

describe("bank holidays", () => {
  const holiday = () => bankHolidaysBetween(addDays(today, 1), addDays(today, 366))[0]!;

  it("lists the coming bank holidays with the café's answer", async () => {
    const page = await json<{ bankHolidays: { date: string; answer: string | null }[] }>(await call(exceptionsPage.loader, get(path(), manager), { cafeId }));
    expect(page.bankHolidays.length).toBeGreaterThanOrEqual(8);
    expect(page.bankHolidays[0]).toMatchObject({ date: holiday().date, answer: null });
  });

  it("records one answer per bank holiday, replacing an earlier one", async () => {
    await staleHours();
    const { date } = holiday();
    expect((await send({ intent: "bank-holiday", date, answer: "open" })).status).toBe(302);
    expect((await send({ intent: "bank-holiday", date, answer: "closed" })).status).toBe(302);
    const answers = await prisma.scheduleException.findMany({ where: { cafeId, startDate: date, kind: { startsWith: "bank-holiday" } } });
    expect(answers.map((a) => a.kind)).toEqual(["bank-holiday-closed"]);
    expect(await hoursConfirmedRecently()).toBe(true);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: cafeId, action: "cafe.bank-holiday.answered" }, orderBy: { createdAt: "desc" } });
    expect(JSON.parse(audit.before!)).toMatchObject({ kind: "bank-holiday-open" });
    expect(JSON.parse(audit.after!)).toMatchObject({ kind: "bank-holiday-closed", startDate: date });
    const page = await json<{ bankHolidays: { date: string; answer: string | null }[] }>(await call(exceptionsPage.loader, get(path(), manager), { cafeId }));
    expect(page.bankHolidays.find((h) => h.date === date)?.answer).toBe("closed");
  });

  it("refuses an answer for a day that is not a bank holiday, above the table (no row has that date)", async () => {
    let day = addDays(today, 2);
    while (bankHolidaysBetween(day, day).length) day = addDays(day, 1);
    const response = await send({ intent: "bank-holiday", date: day, answer: "open" });
    expect(response.status).toBe(400);
    expect((await errorsOf(response)).errors).toEqual({ _form: expect.stringMatching(/not a bank holiday/) });
  });

  it("reports a refused answer next to its holiday's row, not against the closure form", async () => {
    const { date } = holiday();
    const response = await send({ intent: "bank-holiday", date, answer: "maybe" });
    expect(response.status).toBe(400);
    const body = await errorsOf(response);
    expect(body.errors).toEqual({ [`answer-${date}`]: expect.stringMatching(/Choose open or closed/) });
    expect(body.values).toMatchObject({ intent: "bank-holiday", date, answer: "maybe" });
  });
});

describe("who may change closures", () => {
  it("refuses a manager of another café and a commissioner, changing nothing", async () => {
    const count = await prisma.scheduleException.count({ where: { cafeId: otherCafeId } });
    expect((await call(exceptionsPage.loader, get(`/manage/cafes/${otherCafeId}/exceptions`, manager), { cafeId: otherCafeId })).status).toBe(403);
    expect((await send({ intent: "closed", startDate: addDays(today, 5), reason: "x" }, manager, otherCafeId)).status).toBe(403);
    expect((await send({ intent: "closed", startDate: addDays(today, 5), reason: "x" }, commissioner, otherCafeId)).status).toBe(403);
    expect((await call(exceptionsPage.loader, get(`/manage/cafes/${otherCafeId}/exceptions`, commissioner), { cafeId: otherCafeId })).status).toBe(200);
    expect(await prisma.scheduleException.count({ where: { cafeId: otherCafeId } })).toBe(count);
  });

  it("cannot remove another café's exception through its own café's address", async () => {
    const theirs = await prisma.scheduleException.create({
      data: { cafeId: otherCafeId, kind: "closed", startDate: addDays(today, 9), endDate: addDays(today, 9), reason: "Theirs" },
    });
    const response = await send({ intent: "remove", exceptionId: theirs.id });
    expect(response.status).toBe(404);
    expect(await prisma.scheduleException.findUnique({ where: { id: theirs.id } })).not.toBeNull();
  });
});

describe("a refused change keeps nothing", () => {
  it("removing a change that is not there: 404, and the café row is not touched (not even its updatedAt)", async () => {
    const before = await prisma.cafe.findUniqueOrThrow({ where: { id: cafeId } });
    const response = await send({ intent: "remove", exceptionId: "no-such-exception" });
    expect(response.status).toBe(404);
    const after = await prisma.cafe.findUniqueOrThrow({ where: { id: cafeId } });
    expect(after.updatedAt).toEqual(before.updatedAt);
  });

  it("a closure the schedule rules refuse: 400, and the café row is not touched", async () => {
    const before = await prisma.cafe.findUniqueOrThrow({ where: { id: cafeId } });
    const response = await send({ intent: "closed", startDate: addDays(today, 10), endDate: addDays(today, 5), reason: "Backwards" });
    expect(response.status).toBe(400);
    expect((await prisma.cafe.findUniqueOrThrow({ where: { id: cafeId } })).updatedAt).toEqual(before.updatedAt);
  });
});
