import { beforeAll, describe, expect, it } from "vitest";
import { describeAuditEntry } from "~/components/manage/history-text";
import { replyMessages, type FormReply } from "~/lib/forms";
import { auditHistory } from "~/modules/audit/index.server";
import { publicServiceBySlug } from "~/modules/partners/index.server";
import { prisma } from "~/platform/db.server";
import { action as serviceAction } from "~/routes/organisation.services.$serviceId";
import { call, makeOrganisationWithCafe, makeUser, post, signInCookieFor } from "./auth.helpers";

/**
 * A service at several venues, kept from /organisation/services/<id>: venues matched to their stored
 * locations by id (public ids and dated exceptions kept), removed ones deleted, another service's location
 * refused; "Add another venue" and "Remove this venue" changing only the form; every message at once.
 */
let organisationId = "";
let serviceId = "";
let otherLocationId = "";
let cookie = "";
let supportTagId = "";

function form(intent: string, fields: Record<string, string | string[]> = {}, url = `/organisation/services/${serviceId}`) {
  return post(
    url,
    { intent, name: "Money advice", description: "Help with debts and bills.", access: "drop-in", isFree: "yes", supportTagIds: supportTagId, ...fields },
    cookie,
  );
}

const venue = (i: number, name: string, postcode: string, more: Record<string, string> = {}) => ({
  [`venues[${i}].name`]: name,
  [`venues[${i}].addressLine1`]: `${i + 1} Example Road`,
  [`venues[${i}].town`]: "Leicester",
  [`venues[${i}].postcode`]: postcode,
  ...Object.fromEntries(Object.entries(more).map(([k, v]) => [`venues[${i}].${k}`, v])),
});

beforeAll(async () => {
  const { organisation } = await makeOrganisationWithCafe("partners-venues");
  organisationId = organisation.id;
  await prisma.organisation.update({ where: { id: organisationId }, data: { verifiedAt: new Date() } });
  const member = await makeUser([{ role: "organisation-member", organisationId }]);
  cookie = await signInCookieFor(member.id);
  supportTagId = (await prisma.tag.findFirstOrThrow({ where: { kind: "support", retiredAt: null } })).id;
  serviceId = (
    await prisma.partnerService.create({
      data: { organisationId, slug: `venues-${organisationId}`, name: "Money advice", access: "drop-in", areas: { create: [{ kind: "llr" }] } },
    })
  ).id;
  const other = await prisma.partnerService.create({
    data: {
      organisationId,
      slug: `venues-other-${organisationId}`,
      name: "Other",
      access: "drop-in",
      locations: { create: [{ name: "Elsewhere", addressLine1: "9 Road", town: "Leicester", postcode: "LE1 1HL", lat: 52.6, lng: -1.1 }] },
    },
    include: { locations: true },
  });
  otherLocationId = other.locations[0]!.id;
});

describe("a service at several venues", () => {
  it("saves three venues with their own hours, then keeps ids when one is removed and another changed", async () => {
    const three = {
      ...venue(0, "St Mark's", "LE1 1HL", { "sessions[0].day": "1", "sessions[0].start": "10:00", "sessions[0].end": "12:00" }),
      ...venue(1, "Library", "LE2 7BJ", { byAppointment: "yes" }),
      ...venue(2, "Night shelter", "LE1 4JB", { "sessions[0].day": "7", "sessions[0].start": "22:00", "sessions[0].end": "02:00", "sessions[0].overnight": "yes" }),
    };
    expect((await call(serviceAction, form("save", three), { serviceId })).status).toBe(302);
    const saved = await prisma.partnerLocation.findMany({ where: { serviceId }, orderBy: { sortOrder: "asc" }, include: { sessions: true } });
    expect(saved.map((l) => [l.name, l.byAppointment, l.sessions.map((s) => `${s.dayOfWeek} ${s.startTime}-${s.endTime}`)])).toEqual([
      ["St Mark's", false, ["1 10:00-12:00"]],
      ["Library", true, []],
      ["Night shelter", false, ["7 22:00-02:00"]],
    ]);
    await prisma.partnerScheduleException.create({ data: { locationId: saved[2]!.id, kind: "closed", startDate: "2026-12-24", endDate: "2026-12-26", reason: "Christmas" } });

    // The library goes; the night shelter, now second, changes its name.
    const two = {
      ...venue(0, "St Mark's", "LE1 1HL", { id: saved[0]!.id, "sessions[0].day": "1", "sessions[0].start": "10:00", "sessions[0].end": "12:00" }),
      ...venue(1, "Night shelter (Sundays)", "LE1 4JB", { id: saved[2]!.id, "sessions[0].day": "7", "sessions[0].start": "22:00", "sessions[0].end": "02:00", "sessions[0].overnight": "yes" }),
    };
    expect((await call(serviceAction, form("save", two), { serviceId })).status).toBe(302);
    const after = await prisma.partnerLocation.findMany({ where: { serviceId }, orderBy: { sortOrder: "asc" }, include: { exceptions: true } });
    expect(after.map((l) => [l.id, l.publicId, l.name])).toEqual([
      [saved[0]!.id, saved[0]!.publicId, "St Mark's"],
      [saved[2]!.id, saved[2]!.publicId, "Night shelter (Sundays)"],
    ]);
    expect(after[1]!.exceptions.map((e) => e.reason)).toEqual(["Christmas"]);

    // The history says which venues changed, in words.
    const latest = (await auditHistory("partner-service", serviceId))[0]!;
    const item = describeAuditEntry(latest);
    expect(item.changes.map((c) => c.label)).toEqual(["Venues"]);
    expect(item.changes[0]!.before).toContain("Library");
    expect(item.changes[0]!.after).toContain("Night shelter (Sundays)");
    expect(item.changes[0]!.after).not.toContain("Library");

    // The public page and the print view's summary show every venue.
    const service = await publicServiceBySlug(`venues-${organisationId}`);
    expect(service?.locations.map((l) => l.name)).toEqual(["St Mark's", "Night shelter (Sundays)"]);
  });

  it("refuses a venue naming another service's location, saving nothing", async () => {
    const before = await prisma.partnerLocation.findMany({ where: { serviceId }, select: { id: true, name: true } });
    const response = await call(serviceAction, form("save", venue(0, "Taken", "LE1 1HL", { id: otherLocationId })), { serviceId });
    expect(response.status).toBe(400);
    expect(replyMessages((await response.json()) as FormReply)._form).toMatch(/no longer part of the service/);
    expect(await prisma.partnerLocation.findMany({ where: { serviceId }, select: { id: true, name: true } })).toEqual(before);
    expect(await prisma.partnerLocation.findUniqueOrThrow({ where: { id: otherLocationId } })).toMatchObject({ name: "Elsewhere" });
  });

  it("adds and removes a venue without saving, keeping everything typed", async () => {
    const typed = { ...venue(0, "First", "LE1 1HL"), ...venue(1, "Second", "LE2 7BJ"), description: "" };
    const added = await call(serviceAction, form("addVenue", typed), { serviceId });
    expect(added.status).toBe(200);
    const addedBody = (await added.json()) as FormReply & { venuesChanged?: string };
    const venues = (addedBody.initialValue as { venues: { name?: string }[] }).venues;
    expect(venues.map((v) => v.name)).toEqual(["First", "Second", undefined]);
    expect(replyMessages(addedBody)).toEqual({});

    const removed = await call(serviceAction, form("removeVenue", typed, `/organisation/services/${serviceId}?remove=0`), { serviceId });
    const removedBody = (await removed.json()) as FormReply;
    expect((removedBody.initialValue as { venues: { name?: string }[] }).venues.map((v) => v.name)).toEqual(["Second"]);
    expect((removedBody.initialValue as { name: string }).name).toBe("Money advice");
    expect(await prisma.partnerLocation.count({ where: { serviceId, name: { in: ["First", "Second"] } } })).toBe(0);
  });

  it("gives every message at once: the schema's and the database's", async () => {
    const response = await call(
      serviceAction,
      form("save", {
        supportTagIds: [],
        languageTagIds: "no-such-tag",
        areaFootprintIds: "no-such-footprint",
        description: "",
        isFree: "no",
        ...venue(0, "St Mark's", "ZZ9 9ZZ", { "sessions[0].day": "7", "sessions[0].start": "12:00", "sessions[0].end": "10:00" }),
        "venues[1].sessions[0].day": "mon",
      }),
      { serviceId },
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as FormReply;
    const messages = replyMessages(body);
    expect(messages).toMatchObject({
      supportTagIds: "Choose at least one thing it helps with",
      languageTagIds: "Choose from the list",
      areaFootprintIds: "Choose areas from the list",
      description: "Say what the service offers",
      costNote: "Say what it costs",
      "venues[0].postcode": expect.stringMatching(/postcode/),
      "venues[0].sessions[0].end": expect.stringMatching(/runs past midnight/),
      "venues[1].sessions[0].day": "Choose a day of the week",
    });
    expect((body.initialValue as { venues: { name: string }[] }).venues[0]!.name).toBe("St Mark's");
  });
});
