import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeAuditEntry } from "~/components/manage/history-text";
import { t } from "~/lib/i18n";
import { auditHistory } from "~/modules/audit/index.server";
import { partnerProfile, publicServiceBySlug, sendPartnerReminders, setHidden } from "~/modules/partners/index.server";
import { loader as profileLoader } from "~/routes/partners.$slug";
import { prisma } from "~/platform/db.server";
import { action as serviceAction } from "~/routes/organisation.services.$serviceId";
import { call, get, makeOrganisationWithCafe, makeUser, post, signInCookieFor } from "./auth.helpers";
import { setClock } from "./clock.helpers";

/**
 * A group keeping its services: preview then save, "still correct", the stale reminders (one email per
 * member per service, however often and however many instances run the job), and hiding raced by two
 * officers.
 */
const NOW = new Date("2026-11-04T12:00:00Z");
const DAY_MS = 86_400_000;

let organisationId = "";
let serviceId = "";
let cookie = "";
let memberIds: string[] = [];
let supportTagId = "";

async function makeService(slug: string, checkedAt: Date | null) {
  return prisma.partnerService.create({
    data: { organisationId, slug, name: `Service ${slug}`, description: "Before.", access: "remote", checkedAt, areas: { create: [{ kind: "llr" }] } },
  });
}

function form(intent: string, fields: Record<string, string | string[]> = {}) {
  return post(
    `/organisation/services/${serviceId}`,
    { intent, name: "Debt line", description: "Call us about money worries.", access: "remote", isFree: "yes", supportTagIds: supportTagId, areaLLR: "yes", phone: "0116 496 0999", ...fields },
    cookie,
  );
}

beforeAll(async () => {
  setClock(NOW);
  const { organisation } = await makeOrganisationWithCafe("partners-self");
  organisationId = organisation.id;
  await prisma.organisation.update({ where: { id: organisationId }, data: { verifiedAt: NOW } });
  const members = await Promise.all([0, 1].map(() => makeUser([{ role: "organisation-member", organisationId }])));
  memberIds = members.map((m) => m.id);
  cookie = await signInCookieFor(members[0]!.id);
  supportTagId = (await prisma.tag.findFirstOrThrow({ where: { kind: "support", retiredAt: null } })).id;
  serviceId = (await makeService(`self-${organisationId}`, new Date(NOW.getTime() - 10 * DAY_MS))).id;
});
afterAll(() => setClock(null));

describe("a group keeping its services", () => {
  it("previews a change without saving it, then saves it with an audit entry", async () => {
    const previewed = await call(serviceAction, form("preview"), { serviceId });
    expect(previewed.status).toBe(200);
    const body = (await previewed.json()) as { preview?: { name: string; description: string } };
    expect(body.preview).toMatchObject({ name: "Debt line", description: "Call us about money worries." });
    const unchanged = await prisma.partnerService.findUniqueOrThrow({ where: { id: serviceId } });
    expect(unchanged).toMatchObject({ name: `Service self-${organisationId}`, description: "Before." });
    expect(await prisma.auditEvent.count({ where: { entityId: serviceId } })).toBe(0);

    const saved = await call(serviceAction, form("save"), { serviceId });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe(`/organisation/services/${serviceId}?saved=service`);
    const after = await prisma.partnerService.findUniqueOrThrow({ where: { id: serviceId } });
    expect(after).toMatchObject({ name: "Debt line", description: "Call us about money worries.", phone: "0116 496 0999" });
    expect(after.checkedAt?.toISOString()).toBe(NOW.toISOString());
    expect(await prisma.auditEvent.count({ where: { entityId: serviceId } })).toBe(1);
  });

  it("a bad preview keeps what was typed and says what is wrong, saving nothing", async () => {
    const refused = await call(serviceAction, form("preview", { name: "" }), { serviceId });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toMatch(/Call us about money worries/);
    expect((await prisma.partnerService.findUniqueOrThrow({ where: { id: serviceId } })).name).toBe("Debt line");
  });

  it("records \"still correct\": checked now, the reminder clock reset, an audit entry", async () => {
    const later = new Date(NOW.getTime() + 30 * DAY_MS);
    setClock(later);
    try {
      await prisma.partnerService.update({ where: { id: serviceId }, data: { staleReminderSentAt: NOW } });
      const fresh = await signInCookieFor(memberIds[0]!); // signed in a month later
      const response = await call(serviceAction, post(`/organisation/services/${serviceId}`, { intent: "confirm" }, fresh), { serviceId });
      expect(response.headers.get("location")).toBe(`/organisation/services/${serviceId}?saved=confirmed`);
      const service = await prisma.partnerService.findUniqueOrThrow({ where: { id: serviceId } });
      expect(service.checkedAt?.toISOString()).toBe(later.toISOString());
      expect(service.staleReminderSentAt).toBeNull();
      expect(await prisma.auditEvent.count({ where: { entityId: serviceId, action: "partner.service.confirmed" } })).toBe(1);
    } finally {
      setClock(NOW);
    }
  });

  it("reminds each member once about a service unchecked for 200 days, however often the job runs at once", async () => {
    const stale = await makeService(`stale-${organisationId}`, new Date(NOW.getTime() - 200 * DAY_MS));
    const emails = await prisma.user.findMany({ where: { id: { in: memberIds } }, select: { email: true } });
    const sent = () => prisma.emailOutbox.findMany({ where: { kind: "partner-reminder", to: { in: emails.map((e) => e.email) } } });

    await Promise.all([sendPartnerReminders(NOW), sendPartnerReminders(NOW), sendPartnerReminders(NOW)]);
    const first = await sent();
    expect(first.map((m) => m.to).sort()).toEqual(emails.map((e) => e.email).sort()); // only the stale service
    expect(first.every((m) => m.text.includes(stale.name))).toBe(true);
    expect(await prisma.auditEvent.count({ where: { entityId: stale.id, action: "partner.reminder.sent" } })).toBe(1);

    // The next hour: nothing again. A week later, still unchecked: one more each.
    await sendPartnerReminders(new Date(NOW.getTime() + 3_600_000));
    expect(await sent()).toHaveLength(2);
    await sendPartnerReminders(new Date(NOW.getTime() + 7 * DAY_MS));
    expect(await sent()).toHaveLength(4);
  });

  it("two officers hiding the same service at once make one audit entry", async () => {
    const target = await makeService(`hide-${organisationId}`, NOW);
    const [a, b] = await Promise.all([makeUser([{ role: "grant-officer" }]), makeUser([{ role: "admin" }])]);
    const results = await Promise.all([
      setHidden(a.id, { kind: "service", id: target.id }, "Closed down"),
      setHidden(b.id, { kind: "service", id: target.id }, "No longer running"),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const entries = await prisma.auditEvent.findMany({ where: { entityId: target.id, action: "partner.hidden" } });
    expect(entries).toHaveLength(1);
    const hidden = await prisma.partnerService.findUniqueOrThrow({ where: { id: target.id } });
    expect(hidden.hiddenAt).not.toBeNull();
    expect(entries[0]!.after).toContain(hidden.hiddenReason!);
  });
});

describe("how fresh a group's information is, on the cafés' rule", () => {
  let groupId = "";
  let groupSlug = "";
  let memberEmail = "";

  async function service(slug: string, daysAgo: number | null) {
    return prisma.partnerService.create({
      data: {
        organisationId: groupId,
        slug: `${slug}-${groupId}`,
        name: `Service ${slug}`,
        description: "Advice.",
        access: "remote",
        checkedAt: daysAgo === null ? null : new Date(NOW.getTime() - daysAgo * DAY_MS),
        areas: { create: [{ kind: "llr" }] },
      },
    });
  }

  beforeAll(async () => {
    const { organisation } = await makeOrganisationWithCafe("partners-fresh");
    groupId = organisation.id;
    groupSlug = organisation.slug;
    await prisma.organisation.update({ where: { id: groupId }, data: { verifiedAt: NOW, checkedAt: new Date(NOW.getTime() - 95 * DAY_MS) } });
    const member = await makeUser([{ role: "organisation-member", organisationId: groupId }]);
    memberEmail = member.email;
  });

  it("reminds the group's members from 60 days unchecked, as cafés are, once a week however often the job runs", async () => {
    const due = await service("sixty-one", 61);
    const notYet = await service("fifty-nine", 59);
    const sent = () => prisma.emailOutbox.findMany({ where: { kind: "partner-reminder", to: memberEmail } });

    await Promise.all([sendPartnerReminders(NOW), sendPartnerReminders(NOW)]);
    expect((await sent()).map((m) => m.text.includes(due.name))).toEqual([true]);
    expect((await sent()).some((m) => m.text.includes(notYet.name))).toBe(false);
    await sendPartnerReminders(new Date(NOW.getTime() + 2 * 3_600_000));
    expect(await sent()).toHaveLength(1);
    // Six days on: both are due, but the first was reminded less than a week ago.
    await sendPartnerReminders(new Date(NOW.getTime() + 6 * DAY_MS));
    const later = await sent();
    expect(later).toHaveLength(2);
    expect(later.filter((m) => m.text.includes(notYet.name))).toHaveLength(1);
  });

  it("flags a service and a profile not confirmed for 90 days on the public pages, not one checked at 89", async () => {
    const old = await service("ninety", 90);
    const recent = await service("eighty-nine", 89);
    expect((await publicServiceBySlug(old.slug))?.notConfirmedRecently).toBe(true);
    expect((await publicServiceBySlug(recent.slug))?.notConfirmedRecently).toBe(false);
    const profile = await partnerProfile(groupSlug);
    expect(profile?.notConfirmedRecently).toBe(true);

    const response = await call(profileLoader, get(`/partners/${groupSlug}`), { slug: groupSlug });
    const data = (await response.json()) as { profile: { notConfirmedRecently: boolean; services: { slug: string; notConfirmedRecently: boolean }[] } };
    expect(data.profile.notConfirmedRecently).toBe(true);
    const flags = Object.fromEntries(data.profile.services.map((s) => [s.slug, s.notConfirmedRecently]));
    expect(flags[old.slug]).toBe(true);
    expect(flags[recent.slug]).toBe(false);
    expect(t("partners.service.notConfirmed")).toMatch(/not confirmed recently/i);
  });
});

describe("saving a service with a place", () => {
  const place = {
    "venues[0].name": "St Mark's Community Centre",
    "venues[0].addressLine1": "1 Example Road",
    "venues[0].town": "Leicester",
    "venues[0].postcode": "LE1 1HL",
    "venues[0].sessions[0].day": "2",
    "venues[0].sessions[0].start": "10:00",
    "venues[0].sessions[0].end": "12:00",
  };

  it("keeps the place's public id and its dated exceptions when saved twice unchanged", async () => {
    expect((await call(serviceAction, form("save", place), { serviceId })).status).toBe(302);
    const first = await prisma.partnerLocation.findFirstOrThrow({ where: { serviceId }, include: { sessions: true } });
    await prisma.partnerScheduleException.create({
      data: { locationId: first.id, kind: "closed", startDate: "2026-12-24", endDate: "2026-12-26", reason: "Christmas" },
    });

    expect((await call(serviceAction, form("save", { ...place, "venues[0].id": first.id }), { serviceId })).status).toBe(302);
    const again = await prisma.partnerLocation.findMany({ where: { serviceId }, include: { sessions: true, exceptions: true } });
    expect(again).toHaveLength(1);
    expect(again[0]!.publicId).toBe(first.publicId);
    expect(again[0]!.sessions.map((s) => s.id)).toEqual(first.sessions.map((s) => s.id));
    expect(again[0]!.exceptions.map((e) => e.reason)).toEqual(["Christmas"]);
  });

  it("changes the hours in place, and removes the place only when the form has none", async () => {
    const before = await prisma.partnerLocation.findFirstOrThrow({ where: { serviceId } });
    expect((await call(serviceAction, form("save", { ...place, "venues[0].id": before.id, "venues[0].sessions[0].start": "09:30" }), { serviceId })).status).toBe(302);
    const changed = await prisma.partnerLocation.findFirstOrThrow({ where: { serviceId }, include: { sessions: true } });
    expect(changed.publicId).toBe(before.publicId);
    expect(changed.sessions.map((s) => s.startTime)).toEqual(["09:30"]);

    expect((await call(serviceAction, form("save"), { serviceId })).status).toBe(302);
    expect(await prisma.partnerLocation.count({ where: { serviceId } })).toBe(0);
  });
});

describe("a service's change history", () => {
  it("lists only the description when only the description changed", async () => {
    const full = {
      "venues[0].name": "St Mark's Community Centre",
      "venues[0].addressLine1": "1 Example Road",
      "venues[0].town": "Leicester",
      "venues[0].postcode": "LE1 1HL",
      "venues[0].sessions[0].day": "2",
      "venues[0].sessions[0].start": "10:00",
      "venues[0].sessions[0].end": "12:00",
      isFree: "no",
      costNote: "£2 a visit",
    };
    expect((await call(serviceAction, form("save", full), { serviceId })).status).toBe(302);
    const venueId = (await prisma.partnerLocation.findFirstOrThrow({ where: { serviceId } })).id;
    expect((await call(serviceAction, form("save", { ...full, "venues[0].id": venueId, description: "Phone or drop in about money worries." }), { serviceId })).status).toBe(302);
    const latest = (await auditHistory("partner-service", serviceId)).find(
      (e) => (e.after as { description?: string } | null)?.description === "Phone or drop in about money worries.",
    );
    const item = describeAuditEntry(latest!);
    expect(item.changes).toEqual([
      { label: t("manage.history.field.description"), before: "Call us about money worries.", after: "Phone or drop in about money worries." },
    ]);
  });
});
