import { beforeAll, describe, expect, it } from "vitest";
import * as detailsPage from "~/routes/manage.cafes.$cafeId.details";
import * as dashboard from "~/routes/manage._index";
import * as overviewPage from "~/routes/manage.cafes.$cafeId._index";
import * as offerPage from "~/routes/manage.cafes.$cafeId.offers.$offerId";
import * as sessionPage from "~/routes/manage.cafes.$cafeId.sessions.$sessionId";
import { prisma } from "~/platform/db.server";
import { call, demoCookie, get, json, makeUser, post, signInCookieFor } from "./auth.helpers";

/**
 * Café details: name, description, address and postcode (geocoded; footprint suggested, changed only by
 * admins and commissioners), phone, how to get there, accessibility and languages from the managed
 * lists, who it is for; the preview before saving; the operator read-only for managers.
 */
let cafe: { id: string; organisationId: string; lat: number; lng: number; postcode: string; footprintId: string | null };
let manager: string;
let commissioner: string;
let admin: string;
let tags: { id: string; slug: string; kind: string }[];

const path = () => `/manage/cafes/${cafe.id}/details`;
const tagId = (slug: string) => tags.find((tag) => tag.slug === slug)!.id;

function form(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {
    intent: "save",
    name: "Clocktower Evening Café",
    description: "A calm place to talk.",
    venueName: "The Clocktower Rooms",
    addressLine1: "1 Gallowtree Gate",
    addressLine2: "",
    town: "Leicester",
    postcode: cafe.postcode,
    phone: "0116 496 0123",
    email: "",
    website: "",
    gettingThere: "Two minutes from the Haymarket bus station.",
    whoFor: "Adults 18 and over.",
    accessNotes: "",
    accessTagIds: [tagId("step-free-access"), tagId("quiet-room")],
    languageTagIds: [tagId("english"), tagId("polish")],
    ...overrides,
  };
  return fields;
}

function send(fields: Record<string, string | string[]>, cookie = manager) {
  return call(detailsPage.action, post(path(), fields, cookie), { cafeId: cafe.id });
}

beforeAll(async () => {
  cafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: "clocktower-evening-cafe" } });
  tags = await prisma.tag.findMany();
  manager = await demoCookie("cafe@example.org");
  commissioner = await demoCookie("commissioner@example.org");
  admin = await demoCookie("admin@example.org");
});

describe("the dashboard", () => {
  it("lists the cafés a manager looks after, with the public status and when the hours were checked", async () => {
    const body = await json<{ cafes: { name: string; status: { label: string; text: string }; checked: string | null; days: number }[] }>(
      await call(dashboard.loader, get("/manage", manager)),
    );
    expect(body.cafes.map((c) => c.name).sort()).toEqual(["Beaumont Leys Living Room Café", "Clocktower Evening Café"]);
    for (const c of body.cafes) {
      expect(["Open", "Closed", "Check first"]).toContain(c.status.label);
      expect(c.status.text.length).toBeGreaterThan(3);
      expect(c.checked).not.toBeNull();
    }
  });

  it("lists every café for commissioners and admins, and refuses other roles", async () => {
    const body = await json<{ cafes: unknown[]; oversees: boolean }>(await call(dashboard.loader, get("/manage", commissioner)));
    expect(body.oversees).toBe(true);
    expect(body.cafes.length).toBe(await prisma.cafe.count());
    const cap = await demoCookie("cap@example.org");
    expect((await call(dashboard.loader, get("/manage", cap))).status).toBe(403);
  });

  it("says on the overview when a listing's hours are overdue", async () => {
    const stale = await prisma.cafe.findUniqueOrThrow({ where: { slug: "sileby-riverside-cafe" } });
    const body = await json<{ freshness: string; days: number }>(
      await call(overviewPage.loader, get(`/manage/cafes/${stale.id}`, commissioner), { cafeId: stale.id }),
    );
    expect(body.freshness).toBe("stale");
    expect(body.days).toBeGreaterThanOrEqual(90);
  });
});

describe("editing the details", () => {
  it("saves the details, the accessibility features and languages, and records what changed", async () => {
    const response = await send(form());
    expect(response.status).toBe(302);
    const saved = await prisma.cafe.findUniqueOrThrow({ where: { id: cafe.id }, include: { tags: { include: { tag: true } } } });
    expect(saved).toMatchObject({ venueName: "The Clocktower Rooms", phone: "0116 496 0123", whoFor: "Adults 18 and over.", email: null });
    expect(saved.tags.map((t) => t.tag.slug).sort()).toEqual(["english", "polish", "quiet-room", "step-free-access"]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: cafe.id, action: "cafe.details.updated" } });
    const before = JSON.parse(audit.before!) as Record<string, unknown>;
    const after = JSON.parse(audit.after!) as Record<string, unknown>;
    expect(after.languages).toEqual(["English", "Polish"]);
    expect(before.languages).toEqual(["English", "Gujarati", "Urdu"]);
    expect(after.whoFor).toBe("Adults 18 and over.");
    expect(after).not.toHaveProperty("town");
  });

  it("geocodes a new postcode from the shipped tables and keeps the footprint for an admin or commissioner to change", async () => {
    const response = await send(form({ postcode: "le4 6lb" }));
    expect(response.status).toBe(302);
    const saved = await prisma.cafe.findUniqueOrThrow({ where: { id: cafe.id } });
    expect(saved.postcode).toBe("LE4 6LB");
    expect(saved.lat).not.toBe(cafe.lat);
    expect(saved.footprintId).toBe(cafe.footprintId);
    const page = await json<{ suggested: { name: string } | null; footprint: string; footprints: unknown }>(
      await call(detailsPage.loader, get(path(), manager), { cafeId: cafe.id }),
    );
    expect(page.suggested?.name).toBeTruthy();
    expect(page.footprints).toBeNull();
  });

  it("puts a message next to an unknown postcode and keeps everything typed", async () => {
    const response = await send(form({ postcode: "ZZ9 9ZZ", name: "A new name" }));
    expect(response.status).toBe(400);
    const body = await json<{ errors: Record<string, string>; values: Record<string, string | string[]> }>(response);
    expect(body.errors).toEqual({ postcode: expect.stringMatching(/could not find this postcode/) });
    expect(body.values).toMatchObject({ postcode: "ZZ9 9ZZ", name: "A new name", languageTagIds: [tagId("english"), tagId("polish")] });
    expect((await prisma.cafe.findUniqueOrThrow({ where: { id: cafe.id } })).name).toBe("Clocktower Evening Café");

    const badFormat = await send(form({ postcode: "not a postcode" }));
    expect((await json<{ errors: Record<string, string> }>(badFormat)).errors.postcode).toMatch(/full postcode/);
    // Outside the area, whether the postcode is placed exactly or only by its district (London's are).
    for (const postcode of ["NG1 5FS", "SW1A 1AA"]) {
      const outside = await send(form({ postcode }));
      expect(outside.status).toBe(400);
      expect((await json<{ errors: Record<string, string> }>(outside)).errors.postcode).toMatch(/outside Leicester, Leicestershire and Rutland/);
    }
  });

  it("refuses a missing name, a bad phone number and a tag from the wrong list", async () => {
    const response = await send(form({ name: "", phone: "call us", accessTagIds: [tagId("english")] }));
    expect(response.status).toBe(400);
    const { errors } = await json<{ errors: Record<string, string> }>(response);
    expect(Object.keys(errors).sort()).toEqual(["name", "phone"]);
    const wrongList = await send(form({ accessTagIds: [tagId("english")] }));
    expect(wrongList.status).toBe(400);
    expect((await json<{ errors: Record<string, string> }>(wrongList)).errors.accessTagIds).toMatch(/Choose from the list/);
  });

  it("previews the public listing with the unsaved values, saving nothing", async () => {
    const response = await send(form({ intent: "preview", name: "Clocktower Evening Café (new name)", languageTagIds: [tagId("somali")] }));
    expect(response.status).toBe(200);
    const body = await json<{ preview: { name: string; languages: string[]; address: string[] } }>(response);
    expect(body.preview.name).toBe("Clocktower Evening Café (new name)");
    expect(body.preview.languages).toEqual(["Somali"]);
    expect((await prisma.cafe.findUniqueOrThrow({ where: { id: cafe.id } })).name).toBe("Clocktower Evening Café");
  });

  it("ignores an operator sent by a manager, but lets an admin change it", async () => {
    const other = await prisma.organisation.findFirstOrThrow({ where: { id: { not: cafe.organisationId } } });
    expect((await send(form({ organisationId: other.id }))).status).toBe(302);
    expect((await prisma.cafe.findUniqueOrThrow({ where: { id: cafe.id } })).organisationId).toBe(cafe.organisationId);
    expect((await send(form({ organisationId: other.id }), admin)).status).toBe(302);
    expect((await prisma.cafe.findUniqueOrThrow({ where: { id: cafe.id } })).organisationId).toBe(other.id);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: cafe.id, action: "cafe.details.updated" }, orderBy: { createdAt: "desc" } });
    expect(JSON.parse(audit.after!)).toEqual({ operator: other.name });
  });
});

describe("the preview checks what saving checks", () => {
  type Answer = { errors: Record<string, string>; values: Record<string, string | string[]>; preview?: unknown };

  it("refuses a feature retired after the page was loaded, as saving does, keeping what was typed", async () => {
    const retired = await prisma.tag.create({ data: { kind: "access", slug: `hearing-loop-${Date.now()}`, label: "Hearing loop", labelKey: `hearing loop ${Date.now()}` } });
    await prisma.tag.update({ where: { id: retired.id }, data: { retiredAt: new Date() } });
    const fields = form({ accessTagIds: [tagId("quiet-room"), retired.id], name: "Typed name" });
    for (const intent of ["preview", "save"]) {
      const response = await send({ ...fields, intent });
      expect(response.status, intent).toBe(400);
      const body = await json<Answer>(response);
      expect(body.errors, intent).toEqual({ accessTagIds: "Choose from the list" });
      expect(body.preview, intent).toBeUndefined();
      expect(body.values).toMatchObject({ name: "Typed name", accessTagIds: [tagId("quiet-room"), retired.id] });
    }
  });

  it("refuses a language sent as an accessibility feature instead of listing it under Accessibility", async () => {
    const response = await send(form({ intent: "preview", accessTagIds: [tagId("polish")] }));
    expect(response.status).toBe(400);
    expect((await json<Answer>(response)).errors).toEqual({ accessTagIds: "Choose from the list" });
  });

  it("refuses an operator that does not exist, sent by an admin", async () => {
    const response = await send(form({ intent: "preview", organisationId: "no-such-organisation" }), admin);
    expect(response.status).toBe(400);
    expect((await json<Answer>(response)).errors).toEqual({ organisationId: "Choose the organisation that runs the café" });
  });

  it("names the operator an admin chose", async () => {
    const other = await prisma.organisation.findFirstOrThrow({ where: { id: { not: cafe.organisationId } } });
    const response = await send(form({ intent: "preview", organisationId: other.id }), admin);
    expect(response.status).toBe(200);
    expect((await json<{ preview: { operator: string } }>(response)).preview.operator).toBe(other.name);
  });
});

describe("a form too large to read", () => {
  type Answer = { errors: Record<string, string>; values: Record<string, string | string[]> };
  const TOO_LARGE = /too large to send, so nothing was saved/;

  it("is answered with the message and the details as the page showed them, not the error page", async () => {
    const stored = await prisma.cafe.findUniqueOrThrow({ where: { id: cafe.id }, include: { tags: true } });
    const response = await send(form({ description: "x".repeat(300_000) }));
    expect(response.status).toBe(413);
    const body = await json<Answer>(response);
    expect(body.errors).toEqual({ _form: expect.stringMatching(TOO_LARGE) });
    expect(body.values).toMatchObject({ name: stored.name, description: stored.description, postcode: stored.postcode, town: stored.town });
    expect([...(body.values.accessTagIds as string[]), ...(body.values.languageTagIds as string[])].sort()).toEqual(stored.tags.map((t) => t.tagId).sort());
    expect((await prisma.cafe.findUniqueOrThrow({ where: { id: cafe.id } })).updatedAt).toEqual(stored.updatedAt);
  });

  it("is answered only to someone who may read the café", async () => {
    const other = await makeUser([{ role: "cafe-manager", cafeId: (await prisma.cafe.findFirstOrThrow({ where: { id: { not: cafe.id } } })).id }]);
    const response = await send(form({ description: "x".repeat(300_000) }), await signInCookieFor(other.id));
    expect(response.status).toBe(403);
  });

  it("keeps a weekly session's and an offer's stored values on their pages too", async () => {
    const session = await prisma.weeklySession.findFirstOrThrow({ where: { cafeId: cafe.id } });
    const sessionAnswer = await call(
      sessionPage.action,
      post(`/manage/cafes/${cafe.id}/sessions/${session.id}`, { intent: "save", startTime: "x".repeat(300_000) }, manager),
      { cafeId: cafe.id, sessionId: session.id },
    );
    expect(sessionAnswer.status).toBe(413);
    const sessionBody = await json<Answer>(sessionAnswer);
    expect(sessionBody.errors).toEqual({ _form: expect.stringMatching(TOO_LARGE) });
    expect(sessionBody.values).toMatchObject({ dayOfWeek: String(session.dayOfWeek), startTime: session.startTime, endTime: session.endTime });

    const offer = await prisma.offer.create({ data: { cafeId: cafe.id, title: "Tamil-speaking evening", description: "Kept" } });
    const offerAnswer = await call(
      offerPage.action,
      post(`/manage/cafes/${cafe.id}/offers/${offer.id}`, { intent: "save", title: "x".repeat(300_000) }, manager),
      { cafeId: cafe.id, offerId: offer.id },
    );
    expect(offerAnswer.status).toBe(413);
    expect((await json<Answer>(offerAnswer)).values).toMatchObject({ title: "Tamil-speaking evening", description: "Kept" });
  });
});

describe("the footprint", () => {
  it("can be changed by a commissioner or an admin, never by a manager", async () => {
    const target = await prisma.footprint.findFirstOrThrow({ where: { id: { not: cafe.footprintId ?? undefined } } });
    const fields = { intent: "footprint", footprintId: target.id };
    expect((await call(detailsPage.action, post(path(), fields, manager), { cafeId: cafe.id })).status).toBe(403);
    expect((await prisma.cafe.findUniqueOrThrow({ where: { id: cafe.id } })).footprintId).toBe(cafe.footprintId);

    expect((await call(detailsPage.action, post(path(), fields, commissioner), { cafeId: cafe.id })).status).toBe(302);
    expect((await prisma.cafe.findUniqueOrThrow({ where: { id: cafe.id } })).footprintId).toBe(target.id);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: cafe.id, action: "cafe.footprint.changed" }, include: { actor: true } });
    expect(audit.actor?.email).toBe("commissioner@example.org");
    expect(JSON.parse(audit.after!)).toEqual({ footprint: target.name });

    const bad = await call(detailsPage.action, post(path(), { intent: "footprint", footprintId: "nope" }, admin), { cafeId: cafe.id });
    expect(bad.status).toBe(400);
  });

  it("is the only thing a commissioner may change: the details themselves are refused", async () => {
    expect((await send(form(), commissioner)).status).toBe(403);
    const page = await json<{ canEdit: boolean; footprints: unknown[] }>(await call(detailsPage.loader, get(path(), commissioner), { cafeId: cafe.id }));
    expect(page.canEdit).toBe(false);
    expect(page.footprints.length).toBeGreaterThan(20);
  });
});
