import { beforeAll, describe, expect, it } from "vitest";
import { addDays, londonDate, startOfWeek } from "~/lib/london-time";
import * as detailsPage from "~/routes/manage.cafes.$cafeId.details";
import * as exceptionsPage from "~/routes/manage.cafes.$cafeId.exceptions";
import * as offerPage from "~/routes/manage.cafes.$cafeId.offers.$offerId";
import * as offersPage from "~/routes/manage.cafes.$cafeId.offers._index";
import * as sessionPage from "~/routes/manage.cafes.$cafeId.sessions.$sessionId";
import { prisma } from "~/platform/db.server";
import { call, demoCookie, json, post } from "./auth.helpers";

/**
 * "Preview" on every form that changes the public listing: the page answers with the values as typed and
 * the listing as the public would see it with the change applied (the status now and a week of hours,
 * the offer as listed), and saves nothing: no row, no history entry, the hours not marked as checked.
 * A change that saving would refuse is refused the same way, next to its field.
 */
let cafeId: string;
let manager: string;
const today = londonDate(new Date());

type Day = { date: string; weekday: number; usual: { startTime: string; endTime: string; label?: string }[]; notes: { kind: string; reason?: string | null }[]; intervals: { startTime: string }[] };
type Hours = { status: { label: string; text: string }; plan: { weekStart: string; days: Day[] }; today: string };
type Answer = { errors: Record<string, string>; values: Record<string, string | string[]> };

/** Everything a save would touch: the café's rows, its history and when its hours were checked. */
async function snapshot() {
  const cafe = await prisma.cafe.findUniqueOrThrow({
    where: { id: cafeId },
    include: { sessions: { orderBy: { id: "asc" } }, exceptions: { orderBy: { id: "asc" } }, offers: { orderBy: { id: "asc" }, include: { tags: true } } },
  });
  const history = await prisma.auditEvent.count({ where: { entityId: cafeId } });
  return { ...cafe, updatedAt: null, history };
}

/** The next date after today falling on `weekday` (1 = Monday), at least a week ahead. */
function next(weekday: number): string {
  let day = addDays(today, 7);
  while (new Date(`${day}T12:00:00Z`).getUTCDay() !== weekday % 7) day = addDays(day, 1);
  return day;
}

beforeAll(async () => {
  // Opens Wednesdays and Thursdays 18:00–22:00.
  cafeId = (await prisma.cafe.findUniqueOrThrow({ where: { slug: "beaumont-leys-living-room-cafe" } })).id;
  manager = await demoCookie("cafe@example.org");
  await prisma.cafe.update({ where: { id: cafeId }, data: { hoursVerifiedAt: new Date("2020-01-01T00:00:00Z") } });
});

describe("previewing a change to a weekly session", () => {
  const send = async (fields: Record<string, string>) => {
    const session = await prisma.weeklySession.findFirstOrThrow({ where: { cafeId, dayOfWeek: 3 } });
    return call(sessionPage.action, post(`/manage/cafes/${cafeId}/sessions/${session.id}`, fields, manager), { cafeId, sessionId: session.id });
  };

  it("shows the week with the session changed, keeps what was typed, and saves nothing", async () => {
    const before = await snapshot();
    const response = await send({ intent: "preview", dayOfWeek: "3", startTime: "17:00", endTime: "21:00", capPlaces: "3" });
    expect(response.status).toBe(200);
    const body = await json<Answer & { preview: Hours }>(response);
    expect(body.values).toMatchObject({ intent: "preview", startTime: "17:00", endTime: "21:00", capPlaces: "3" });
    expect(body.preview.plan.weekStart).toBe(startOfWeek(today));
    expect(body.preview.plan.days.find((d) => d.weekday === 3)?.usual).toEqual([expect.objectContaining({ startTime: "17:00", endTime: "21:00" })]);
    expect(body.preview.plan.days.find((d) => d.weekday === 4)?.usual).toEqual([expect.objectContaining({ startTime: "18:00", endTime: "22:00" })]);
    expect(body.preview.status.label).toBeTruthy();
    expect(await snapshot()).toEqual(before);
  });

  it("shows the week a seasonal change starts in", async () => {
    const from = addDays(today, 60);
    const body = await json<{ preview: Hours }>(await send({ intent: "preview", dayOfWeek: "3", startTime: "18:00", endTime: "22:00", validFrom: from }));
    expect(body.preview.plan.weekStart).toBe(startOfWeek(from));
  });

  it("refuses a change that saving would refuse, next to the field, saving nothing", async () => {
    const before = await snapshot();
    const response = await send({ intent: "preview", dayOfWeek: "4", startTime: "19:00", endTime: "20:00" });
    expect(response.status).toBe(400);
    expect((await json<Answer>(response)).errors).toEqual({ startTime: expect.stringMatching(/overlaps the Thursday 6pm–10pm/) });
    expect(await snapshot()).toEqual(before);
  });

  it("answers a form it does not know with a message, saving nothing", async () => {
    const before = await snapshot();
    const response = await send({ intent: "publish", dayOfWeek: "3", startTime: "17:00", endTime: "21:00" });
    expect(response.status).toBe(400);
    expect((await json<Answer>(response)).errors._form).toMatch(/could not tell what the form asked/);
    expect(await snapshot()).toEqual(before);
  });
});

describe("previewing a closure, changed hours or an extra session", () => {
  const send = (fields: Record<string, string>) => call(exceptionsPage.action, post(`/manage/cafes/${cafeId}/exceptions`, fields, manager), { cafeId });

  it("shows the week of a closure, with its reason, and saves nothing", async () => {
    const before = await snapshot();
    const wednesday = next(3);
    const response = await send({ intent: "preview", kind: "closed", startDate: wednesday, reason: "Closed for a training day" });
    expect(response.status).toBe(200);
    const body = await json<Answer & { preview: Hours }>(response);
    expect(body.values).toMatchObject({ kind: "closed", startDate: wednesday, reason: "Closed for a training day" });
    expect(body.preview.plan.weekStart).toBe(startOfWeek(wednesday));
    const day = body.preview.plan.days.find((d) => d.date === wednesday);
    expect(day?.notes).toEqual([expect.objectContaining({ kind: "closed", reason: "Closed for a training day" })]);
    expect(day?.intervals).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it("shows changed hours and an extra session on their date, saving nothing", async () => {
    const before = await snapshot();
    const thursday = next(4);
    const hours = await json<{ preview: Hours }>(await send({ intent: "preview", kind: "hours", startDate: thursday, startTime: "16:00", endTime: "19:00" }));
    const changed = hours.preview.plan.days.find((d) => d.date === thursday);
    expect(changed?.notes.map((n) => n.kind)).toEqual(["hours"]);
    expect(changed?.intervals.map((i) => i.startTime)).toEqual(["16:00"]);

    const saturday = next(6);
    const extra = await json<{ preview: Hours }>(
      await send({ intent: "preview", kind: "extra", startDate: saturday, startTime: "12:00", endTime: "14:00", reason: "World Mental Health Day" }),
    );
    expect(extra.preview.plan.days.find((d) => d.date === saturday)?.notes).toEqual([
      expect.objectContaining({ kind: "extra", reason: "World Mental Health Day", startTime: "12:00", endTime: "14:00" }),
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses what saving would refuse, next to the field, keeping what was typed", async () => {
    const before = await snapshot();
    const wednesday = next(3);
    const clash = await send({ intent: "preview", kind: "extra", startDate: wednesday, startTime: "21:00", endTime: "23:00" });
    expect(clash.status).toBe(400);
    const body = await json<Answer>(clash);
    expect(body.errors).toEqual({ startTime: expect.stringMatching(/overlaps the usual Wednesday 6pm–10pm session/) });
    expect(body.values).toMatchObject({ intent: "preview", kind: "extra", startDate: wednesday, startTime: "21:00" });

    const noReason = await send({ intent: "preview", kind: "closed", startDate: wednesday, reason: "" });
    expect(noReason.status).toBe(400);
    expect(Object.keys((await json<Answer>(noReason)).errors)).toEqual(["reason"]);
    expect(await snapshot()).toEqual(before);
  });

  it("saves with the same form's own button", async () => {
    const saturday = next(6);
    const response = await send({ kind: "extra", intent: "extra", startDate: saturday, startTime: "12:00", endTime: "14:00" });
    expect(response.status).toBe(302);
    expect(await prisma.scheduleException.count({ where: { cafeId, kind: "extra", startDate: saturday } })).toBe(1);
  });
});

describe("previewing an offer", () => {
  const tag = (slug: string) => prisma.tag.findUniqueOrThrow({ where: { slug } });

  it("shows a new offer as the public page lists it, saving nothing", async () => {
    const [women, urdu] = await Promise.all([tag("women-only"), tag("urdu")]);
    const before = await snapshot();
    const response = await call(
      offersPage.action,
      post(`/manage/cafes/${cafeId}/offers`, { intent: "preview", title: "Women-only evening", description: "Run by women.", audienceTagIds: [women.id], languageTagIds: [urdu.id] }, manager),
      { cafeId },
    );
    expect(response.status).toBe(200);
    const body = await json<Answer & { preview: { offer: { title: string; description: string; audiences: string[]; languages: string[]; sessions: string[] } } }>(response);
    expect(body.preview.offer).toEqual({ title: "Women-only evening", description: "Run by women.", audiences: [women.label], languages: [urdu.label], sessions: [] });
    expect(body.values).toMatchObject({ title: "Women-only evening" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a tag from the wrong list, as saving would", async () => {
    const english = await tag("english");
    const response = await call(offersPage.action, post(`/manage/cafes/${cafeId}/offers`, { intent: "preview", title: "Mixed up", audienceTagIds: [english.id] }, manager), {
      cafeId,
    });
    expect(response.status).toBe(400);
    expect((await json<Answer>(response)).errors).toEqual({ audienceTagIds: expect.stringMatching(/Choose from the list/) });
  });

  it("shows a renamed offer on the sessions that carry it, saving nothing", async () => {
    const offer = await prisma.offer.create({ data: { cafeId, title: "Somali-speaking support", description: "" } });
    await prisma.weeklySession.updateMany({ where: { cafeId, dayOfWeek: 3 }, data: { offerId: offer.id } });
    const before = await snapshot();
    const response = await call(
      offerPage.action,
      post(`/manage/cafes/${cafeId}/offers/${offer.id}`, { intent: "preview", title: "Somali and Arabic support", description: "Both languages." }, manager),
      { cafeId, offerId: offer.id },
    );
    expect(response.status).toBe(200);
    const body = await json<{ preview: { offer: { title: string; sessions: string[] }; hours: Hours } }>(response);
    expect(body.preview.offer).toMatchObject({ title: "Somali and Arabic support", sessions: ["Wednesday 6pm–10pm"] });
    expect(body.preview.hours.plan.days.find((d) => d.weekday === 3)?.usual[0]?.label).toBe("Somali and Arabic support");
    expect(await snapshot()).toEqual(before);
    expect((await prisma.offer.findUniqueOrThrow({ where: { id: offer.id } })).title).toBe("Somali-speaking support");
  });
});

describe("previewing the café's details", () => {
  it("shows the listing with its hours, saving nothing", async () => {
    const cafe = await prisma.cafe.findUniqueOrThrow({ where: { id: cafeId } });
    const before = await snapshot();
    const response = await call(
      detailsPage.action,
      post(
        `/manage/cafes/${cafeId}/details`,
        { intent: "preview", name: "Beaumont Leys Living Room", description: "", addressLine1: cafe.addressLine1, town: cafe.town, postcode: cafe.postcode },
        manager,
      ),
      { cafeId },
    );
    expect(response.status).toBe(200);
    const body = await json<{ preview: { name: string }; hours: Hours }>(response);
    expect(body.preview.name).toBe("Beaumont Leys Living Room");
    expect(body.hours.plan.days).toHaveLength(7);
    expect(body.hours.plan.days.find((d) => d.weekday === 4)?.usual).toEqual([expect.objectContaining({ startTime: "18:00", endTime: "22:00" })]);
    expect(body.hours.status.label).toBeTruthy();
    expect(await snapshot()).toEqual(before);
  });
});
