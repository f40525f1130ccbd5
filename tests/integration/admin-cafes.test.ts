import { beforeAll, describe, expect, it } from "vitest";
import * as cafePage from "~/routes/admin.cafes.$cafeId";
import * as listPage from "~/routes/admin.cafes._index";
import * as newPage from "~/routes/admin.cafes.new";
import { prisma } from "~/platform/db.server";
import { secretLinkOf } from "~/modules/outbox/index.server";
import { call, demoCookie, get, json, post } from "./auth.helpers";

/**
 * /admin/cafes: admins create a café (operator, address and postcode, footprint), invite its managers by
 * email, and pause, close or reopen it. The finder reads the status: closed cafés leave search.
 */
let admin: string;
let commissioner: string;
let manager: string;
let organisationId: string;

const newCafe = (fields: Record<string, string> = {}) => ({
  name: "Aylestone Evening Café",
  organisationId,
  venueName: "Aylestone Community Hall",
  addressLine1: "1 Aylestone Road",
  addressLine2: "",
  town: "Leicester",
  postcode: "LE2 7BJ",
  footprintId: "",
  status: "setting-up",
  description: "A new café.",
  ...fields,
});

beforeAll(async () => {
  admin = await demoCookie("admin@example.org");
  commissioner = await demoCookie("commissioner@example.org");
  manager = await demoCookie("cafe@example.org");
  organisationId = (await prisma.organisation.findFirstOrThrow({ where: { slug: "clocktower-listening-collective" } })).id;
});

describe("creating a café", () => {
  it("creates it at its postcode's position, in the footprint its location suggests, and records it", async () => {
    const response = await call(newPage.action, post("/admin/cafes/new", newCafe(), admin));
    expect(response.status).toBe(302);
    const cafe = await prisma.cafe.findFirstOrThrow({ where: { name: "Aylestone Evening Café" }, include: { footprint: true } });
    expect(response.headers.get("Location")).toBe(`/admin/cafes/${cafe.id}?created=1`);
    expect(cafe).toMatchObject({ slug: "aylestone-evening-cafe", status: "setting-up", postcode: "LE2 7BJ", organisationId, hoursVerifiedAt: null });
    expect(cafe.lat).toBeGreaterThan(52.5);
    expect(cafe.lat).toBeLessThan(52.7);
    expect(cafe.footprint).not.toBeNull();
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: cafe.id, action: "cafe.created" } });
    expect(JSON.parse(audit.after!)).toMatchObject({ name: "Aylestone Evening Café", postcode: "LE2 7BJ", status: "setting-up" });
  });

  it("gives the same name a new address", async () => {
    expect((await call(newPage.action, post("/admin/cafes/new", newCafe(), admin))).status).toBe(302);
    expect(await prisma.cafe.findUnique({ where: { slug: "aylestone-evening-cafe-2" } })).not.toBeNull();
  });

  it("uses the footprint the admin chose", async () => {
    const footprint = await prisma.footprint.findFirstOrThrow({ where: { code: "U67590" } });
    expect((await call(newPage.action, post("/admin/cafes/new", newCafe({ name: "Chosen Footprint Café", footprintId: footprint.id }), admin))).status).toBe(302);
    expect((await prisma.cafe.findFirstOrThrow({ where: { name: "Chosen Footprint Café" } })).footprintId).toBe(footprint.id);
  });

  it("refuses an unknown postcode and missing fields, next to each field, keeping what was typed", async () => {
    const unknown = await call(newPage.action, post("/admin/cafes/new", newCafe({ postcode: "ZZ9 9ZZ" }), admin));
    expect(unknown.status).toBe(400);
    const body = await json<{ errors: Record<string, string>; values: Record<string, string> }>(unknown);
    expect(body.errors.postcode).toMatch(/could not find/);
    expect(body.values.name).toBe("Aylestone Evening Café");
    const missing = await call(newPage.action, post("/admin/cafes/new", newCafe({ name: "", organisationId: "", town: "" }), admin));
    expect(missing.status).toBe(400);
    expect(Object.keys((await json<{ errors: Record<string, string> }>(missing)).errors).sort()).toEqual(["name", "organisationId", "town"]);
  });

  it("is for admins only", async () => {
    for (const cookie of [commissioner, manager]) {
      expect((await call(newPage.loader, get("/admin/cafes/new", cookie))).status).toBe(403);
      expect((await call(newPage.action, post("/admin/cafes/new", newCafe({ name: "Not allowed" }), cookie))).status).toBe(403);
      expect((await call(listPage.loader, get("/admin/cafes", cookie))).status).toBe(403);
    }
    expect(await prisma.cafe.count({ where: { name: "Not allowed" } })).toBe(0);
  });

  it("lists every café", async () => {
    const body = await json<{ cafes: { name: string }[] }>(await call(listPage.loader, get("/admin/cafes", admin)));
    expect(body.cafes.length).toBe(await prisma.cafe.count());
  });
});

describe("managers and status", () => {
  let cafeId: string;
  beforeAll(async () => {
    cafeId = (await prisma.cafe.findUniqueOrThrow({ where: { slug: "aylestone-evening-cafe" } })).id;
  });
  const act = (fields: Record<string, string>, cookie = admin) => call(cafePage.action, post(`/admin/cafes/${cafeId}`, fields, cookie), { cafeId });

  it("invites a manager by email: an invitation scoped to the café, its email in the outbox, in the history", async () => {
    const response = await act({ intent: "invite", email: "New.Manager@Example.org" });
    expect(response.status).toBe(302);
    const invitation = await prisma.invitation.findFirstOrThrow({ where: { email: "new.manager@example.org" } });
    expect(invitation).toMatchObject({ role: "cafe-manager", cafeId, acceptedAt: null });
    const email = await prisma.emailOutbox.findFirstOrThrow({ where: { to: "new.manager@example.org", kind: "invitation" } });
    expect(secretLinkOf(email)).toContain("/invitations/");
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: cafeId, action: "cafe.manager.invited" } });
    expect(JSON.parse(audit.after!)).toEqual({ invited: "new.manager@example.org" });
    const page = await json<{ invitations: { email: string }[] }>(await call(cafePage.loader, get(`/admin/cafes/${cafeId}`, admin), { cafeId }));
    expect(page.invitations.map((i) => i.email)).toEqual(["new.manager@example.org"]);
  });

  it("refuses an invalid address and someone who already manages the café", async () => {
    const bad = await act({ intent: "invite", email: "not-an-email" });
    expect(bad.status).toBe(400);
    expect((await json<{ errors: Record<string, string> }>(bad)).errors.email).toBeTruthy();
    const clocktower = await prisma.cafe.findUniqueOrThrow({ where: { slug: "clocktower-evening-cafe" } });
    const already = await call(cafePage.action, post(`/admin/cafes/${clocktower.id}`, { intent: "invite", email: "cafe@example.org" }, admin), {
      cafeId: clocktower.id,
    });
    expect(already.status).toBe(400);
    expect((await json<{ errors: Record<string, string> }>(already)).errors.email).toMatch(/already manages/);
  });

  it("opens, pauses, closes and reopens a café, writing the status the finder reads, with the history", async () => {
    for (const status of ["open", "paused", "closed", "open"]) {
      const response = await act({ intent: "status", status });
      expect(response.status).toBe(302);
      expect((await prisma.cafe.findUniqueOrThrow({ where: { id: cafeId } })).status).toBe(status);
    }
    const changes = await prisma.auditEvent.findMany({ where: { entityId: cafeId, action: "cafe.status.changed" }, orderBy: { createdAt: "asc" } });
    expect(changes.map((c) => [JSON.parse(c.before!).status, JSON.parse(c.after!).status])).toEqual([
      ["setting-up", "open"],
      ["open", "paused"],
      ["paused", "closed"],
      ["closed", "open"],
    ]);
  });

  it("refuses a change that makes no sense (closed to paused) and unknown statuses", async () => {
    expect((await act({ intent: "status", status: "closed" })).status).toBe(302);
    const response = await act({ intent: "status", status: "paused" });
    expect(response.status).toBe(400);
    expect((await prisma.cafe.findUniqueOrThrow({ where: { id: cafeId } })).status).toBe("closed");
    expect((await act({ intent: "status", status: "demolished" })).status).toBe(400);
  });

  it("lets only admins change the status or invite", async () => {
    expect((await act({ intent: "status", status: "open" }, commissioner)).status).toBe(403);
    expect((await act({ intent: "invite", email: "x@example.org" }, manager)).status).toBe(403);
    expect((await call(cafePage.loader, get(`/admin/cafes/${cafeId}`, commissioner), { cafeId })).status).toBe(403);
    expect((await prisma.cafe.findUniqueOrThrow({ where: { id: cafeId } })).status).toBe("closed");
  });

  it("answers 404 for a café that does not exist", async () => {
    expect((await call(cafePage.loader, get("/admin/cafes/nope", admin), { cafeId: "nope" })).status).toBe(404);
  });
});
