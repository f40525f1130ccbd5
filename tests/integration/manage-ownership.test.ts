// @database-behaviour: ownership in the where clause of every write, refused writes change nothing. Runs on PostgreSQL too (vitest.config.ts).
import { beforeAll, describe, expect, it } from "vitest";
import {
  addException,
  addSession,
  confirmHours,
  createCafe,
  createOffer,
  inviteCafeManager,
  removeCafeTranslation,
  removeSession,
  saveCafeTranslation,
  saveOfferTranslation,
  setCafeFootprint,
  setCafeStatus,
  setCapPlacesDefault,
  updateCafeDetails,
} from "~/modules/cafe/index.server";
import type { Actor } from "~/modules/identity";
import { prisma } from "~/platform/db.server";
import { makeUser } from "./auth.helpers";

/**
 * The café's writes carry who may make them in their own query, not only in the route: a manager of
 * one café who calls a write for another café directly changes nothing and is refused, and so is an
 * actor whose roles claim a café that the database does not give them. Admin-only writes refuse everyone
 * else with a result (never an exception, which would be a 500).
 */
let cafeA: { id: string };
let cafeB: { id: string };
let managerOfB: Actor;

const actorOf = async (userId: string): Promise<Actor> => ({
  id: userId,
  roles: await prisma.roleAssignment.findMany({ where: { userId }, select: { role: true, cafeId: true, organisationId: true } }),
});

/** Everything a write could change about café A, to compare before and after. */
async function snapshotOfA() {
  const [cafe, sessions, exceptions, offers, invitations, audit, translations] = await Promise.all([
    prisma.cafe.findUniqueOrThrow({ where: { id: cafeA.id } }),
    prisma.weeklySession.findMany({ where: { cafeId: cafeA.id }, orderBy: { id: "asc" } }),
    prisma.scheduleException.findMany({ where: { cafeId: cafeA.id }, orderBy: { id: "asc" } }),
    prisma.offer.findMany({ where: { cafeId: cafeA.id }, orderBy: { id: "asc" } }),
    prisma.invitation.count({ where: { cafeId: cafeA.id } }),
    prisma.auditEvent.count({ where: { entityType: "cafe", entityId: cafeA.id } }),
    Promise.all([prisma.cafeTextTranslation.count({ where: { cafeId: cafeA.id } }), prisma.offerTranslation.count({ where: { offer: { cafeId: cafeA.id } } })]),
  ]);
  return { cafe, sessions, exceptions, offers, invitations, audit, translations };
}

const session = { dayOfWeek: 2, startTime: "07:00", endTime: "08:00", validFrom: null, validUntil: null, offerId: null, capPlaces: null };

beforeAll(async () => {
  cafeA = await prisma.cafe.findUniqueOrThrow({ where: { slug: "clocktower-evening-cafe" } });
  cafeB = await prisma.cafe.findUniqueOrThrow({ where: { slug: "night-owl-cafe" } });
  const user = await makeUser([{ role: "cafe-manager", cafeId: cafeB.id }]);
  managerOfB = await actorOf(user.id);
});

describe("a café manager calling a write for a café they do not manage", () => {
  it("changes nothing and is refused, for every kind of change", async () => {
    const before = await snapshotOfA();
    const someSession = before.sessions[0]!;
    const refused = await Promise.all([
      addSession(managerOfB, cafeA.id, session),
      removeSession(managerOfB, cafeA.id, someSession.id),
      setCapPlacesDefault(managerOfB, cafeA.id, 7),
      confirmHours(managerOfB, cafeA.id),
      addException(managerOfB, cafeA.id, { kind: "closed", startDate: "2026-12-30", endDate: "2026-12-30", startTime: null, endTime: null, reason: "Not theirs", offerId: null }),
      createOffer(managerOfB, cafeA.id, { title: "Not theirs", description: "", audienceTagIds: [], languageTagIds: [] }),
      setCafeFootprint(managerOfB, cafeA.id, null),
      setCafeStatus(managerOfB, cafeA.id, "paused"),
      inviteCafeManager(managerOfB, cafeA.id, "someone@example.org"),
      saveCafeTranslation(managerOfB, cafeA.id, "gu", { description: "Not theirs" }),
      removeCafeTranslation(managerOfB, cafeA.id, "gu"),
      ...before.offers.slice(0, 1).map((o) => saveOfferTranslation(managerOfB, cafeA.id, o.id, "ur", { title: "Not theirs", description: "" })),
    ]);
    for (const result of refused) expect(result).toEqual({ ok: false, forbidden: true });
    expect(await snapshotOfA()).toEqual(before);
  });

  it("is refused by the query itself when their roles claim the café but the database does not", async () => {
    const before = await snapshotOfA();
    const claiming: Actor = { id: managerOfB.id, roles: [...managerOfB.roles, { role: "cafe-manager", cafeId: cafeA.id, organisationId: null }] };
    expect(await addSession(claiming, cafeA.id, session)).toEqual({ ok: false, forbidden: true });
    expect(await confirmHours(claiming, cafeA.id)).toEqual({ ok: false, forbidden: true });
    expect(await snapshotOfA()).toEqual(before);
  });

  it("still changes their own café", async () => {
    const result = await setCapPlacesDefault(managerOfB, cafeB.id, 3);
    expect(result).toEqual({ ok: true, id: cafeB.id });
    expect((await prisma.cafe.findUniqueOrThrow({ where: { id: cafeB.id } })).capPlacesDefault).toBe(3);
  });

  it("gets not found for a café that does not exist", async () => {
    expect(await confirmHours(managerOfB, "no-such-cafe")).toEqual({ ok: false, notFound: true });
    const admin = await actorOf((await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.org" } })).id);
    expect(await confirmHours(admin, "no-such-cafe")).toEqual({ ok: false, notFound: true });
  });
});

describe("writes only admins make", () => {
  it("refuse a commissioner and a manager with a result, and change nothing", async () => {
    const commissioner = await actorOf((await makeUser([{ role: "commissioner" }])).id);
    const cafes = await prisma.cafe.count();
    const organisation = await prisma.organisation.findFirstOrThrow();
    const input = {
      name: "Not allowed",
      organisationId: organisation.id,
      venueName: null,
      addressLine1: "1 High Street",
      addressLine2: null,
      town: "Leicester",
      postcode: "LE2 7BJ",
      footprintId: null,
      status: "planned" as const,
      description: "",
    };
    expect(await createCafe(commissioner, input)).toEqual({ ok: false, forbidden: true });
    expect(await createCafe(managerOfB, input)).toEqual({ ok: false, forbidden: true });
    expect(await setCafeStatus(managerOfB, cafeB.id, "paused")).toEqual({ ok: false, forbidden: true });
    expect(await prisma.cafe.count()).toBe(cafes);
  });

  it("let a commissioner move a café between footprints but not change its details", async () => {
    const commissioner = await actorOf((await makeUser([{ role: "commissioner" }])).id);
    const cafe = await prisma.cafe.findUniqueOrThrow({ where: { id: cafeA.id } });
    expect(await setCafeFootprint(commissioner, cafeA.id, cafe.footprintId)).toEqual({ ok: true, id: cafeA.id });
    const details = {
      name: "Renamed",
      description: cafe.description,
      venueName: cafe.venueName,
      addressLine1: cafe.addressLine1,
      addressLine2: cafe.addressLine2,
      town: cafe.town,
      postcode: cafe.postcode,
      phone: cafe.phone,
      email: cafe.email,
      website: cafe.website,
      gettingThere: cafe.gettingThere,
      whoFor: cafe.whoFor,
      accessNotes: cafe.accessNotes,
      accessTagIds: [],
      languageTagIds: [],
    };
    expect(await updateCafeDetails(commissioner, cafeA.id, details)).toEqual({ ok: false, forbidden: true });
    expect((await prisma.cafe.findUniqueOrThrow({ where: { id: cafeA.id } })).name).toBe(cafe.name);
  });
});
