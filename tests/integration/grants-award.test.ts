import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listedCafeIndex } from "~/modules/cafe/index.server";
import { acceptOffer, addMilestone, launchCafe, listOverdueReturns, sendReturnReminders } from "~/modules/grants/index.server";
import { prisma } from "~/platform/db.server";
import * as awardPage from "~/routes/grants.awards.$applicationId";
import * as awardsList from "~/routes/grants.awards._index";
import * as exportCsv from "~/routes/grants.exports.360giving[.]csv";
import * as exportJson from "~/routes/grants.exports.360giving[.]json";
import * as cafeOverview from "~/routes/manage.cafes.$cafeId._index";
import * as applicantPage from "~/routes/organisation.awards.$applicationId";
import * as returnPage from "~/routes/organisation.awards.$applicationId.returns.$returnId";
import { packageValidator } from "../support/threesixty-schema";
import { call, demoCookie, get, json, makeUser, post, signInCookieFor } from "./auth.helpers";
import { setClock } from "./clock.helpers";

/**
 * From award to a live café, on a real database: accepting the offer (once, even when two members accept
 * at once) creates the café listing in set-up with its sessions, offer and languages, managed by the
 * organisation's members through /manage; officers work through the milestones; the launch waits for all
 * of them, opens the café in the public finder and plans the monitoring returns, whose reminders go out
 * once through the outbox; and the awarded grant is in the 360Giving export, valid against the schema.
 */
const ACCEPTED_AT = new Date("2027-01-04T10:00:00Z");
let org: { id: string };
let member: { id: string; email: string };
let colleague: { id: string; email: string };
let memberCookie: string;
let officer: { id: string; roles: { role: string; organisationId: string | null; cafeId: string | null }[] };
let officerCookie: string;
let outsiderCookie: string;
let outsiderId: string;
let officerId: string;
let applicationId: string;
let languageTagId: string;

async function makeAward(label: string) {
  const round = await prisma.grantRound.create({
    data: { slug: `round-${label}-${Math.random().toString(36).slice(2, 7)}`, title: `Round ${label}`, kind: "neighbourhood", budgetPence: 10_000_000, maxAwardPence: 3_000_000, status: "decided" },
  });
  const footprint = await prisma.footprint.findFirstOrThrow({ where: { closedOn: null }, orderBy: { code: "asc" } });
  const application = await prisma.grantApplication.create({
    data: {
      reference: `T-${label}-${Math.random().toString(36).slice(2, 7)}`,
      roundId: round.id,
      organisationId: org.id,
      status: "awarded",
      cafeName: `Award Test Café ${label}`,
      footprintId: footprint.id,
      requestedPence: 2_500_000,
      awardedPence: 2_000_000,
      conditions: "Open at least one evening a week.",
      decidedAt: new Date("2026-12-14T12:00:00Z"),
      plannedStartDate: "2027-04-01",
      sections: {
        create: [
          { key: "cafe", data: JSON.stringify({ cafeName: `Award Test Café ${label}`, venueName: "Community Hall", addressLine1: "1 Hall Lane", town: "Leicester", postcode: "LE1 1AA" }) },
          { key: "communities", data: JSON.stringify({ communities: "Young carers", culturalOffer: "A Gujarati-speaking afternoon" }) },
          { key: "languages", data: JSON.stringify({ languageTagIds: [languageTagId] }) },
          { key: "sessions", data: JSON.stringify({ sessions: [{ day: 2, start: "18:00", end: "21:00", note: "" }, { day: 6, start: "10:00", end: "13:00", note: "" }] }) },
        ],
      },
    },
  });
  return application.id;
}

beforeAll(async () => {
  setClock(ACCEPTED_AT);
  org = await prisma.organisation.create({ data: { slug: `award-org-${Math.random().toString(36).slice(2, 7)}`, name: "Award Test Trust", charityNumber: "1100001", town: "Leicester" } });
  member = await makeUser([{ role: "organisation-member", organisationId: org.id }]);
  colleague = await makeUser([{ role: "organisation-member", organisationId: org.id }]);
  memberCookie = await signInCookieFor(member.id);
  const otherOrg = await prisma.organisation.create({ data: { slug: `other-org-${Math.random().toString(36).slice(2, 7)}`, name: "Someone Else" } });
  outsiderId = (await makeUser([{ role: "organisation-member", organisationId: otherOrg.id }])).id;
  outsiderCookie = await signInCookieFor(outsiderId);
  const officerUser = await makeUser([{ role: "grant-officer" }]);
  officer = { id: officerUser.id, roles: [{ role: "grant-officer", organisationId: null, cafeId: null }] };
  officerId = officerUser.id;
  officerCookie = await signInCookieFor(officerUser.id);
  languageTagId = (await prisma.tag.findFirstOrThrow({ where: { kind: "language", retiredAt: null } })).id;
  applicationId = await makeAward("a");
});

afterAll(() => setClock(null));

const memberActor = () => ({ id: member.id, roles: [{ role: "organisation-member", organisationId: org.id, cafeId: null }] });
const awardPath = () => `/grants/awards/${applicationId}`;

describe("accepting the offer", () => {
  it("is the applicant's alone: others' members get 404, officers 403", async () => {
    const path = `/organisation/awards/${applicationId}`;
    expect((await call(applicantPage.loader, get(path, outsiderCookie), { applicationId })).status).toBe(404);
    expect((await call(applicantPage.action, post(path, { agree: "on" }, outsiderCookie), { applicationId })).status).toBe(404);
    expect((await call(applicantPage.action, post(path, { agree: "on" }, officerCookie), { applicationId })).status).toBe(403);
    expect((await prisma.grantApplication.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("awarded");
  });

  it("needs the conditions ticked, and says so next to the box", async () => {
    const response = await call(applicantPage.action, post(`/organisation/awards/${applicationId}`, {}, memberCookie), { applicationId });
    expect(response.status).toBe(400);
    expect((await json<{ errors: Record<string, string> }>(response)).errors.agree).toMatch(/Tick the box/);
    expect((await prisma.grantApplication.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("awarded");
  });

  it("creates one café listing in set-up, even when two members accept at the same moment", async () => {
    const colleagueActor = { id: colleague.id, roles: [{ role: "organisation-member", organisationId: org.id, cafeId: null }] };
    const results = await Promise.all([acceptOffer(memberActor(), applicationId, true), acceptOffer(colleagueActor, applicationId, true)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const application = await prisma.grantApplication.findUniqueOrThrow({ where: { id: applicationId }, include: { milestones: true, activity: true } });
    expect(application.status).toBe("accepted");
    expect(application.milestones).toHaveLength(7);
    expect(application.activity.filter((a) => a.action === "offer-accepted" && a.visibleToApplicant)).toHaveLength(1);
    const cafes = await prisma.cafe.findMany({ where: { organisationId: org.id }, include: { sessions: true, offers: true, tags: true, roles: true } });
    expect(cafes).toHaveLength(1);
    const cafe = cafes[0]!;
    expect(cafe.id).toBe(application.cafeId);
    expect(cafe).toMatchObject({ status: "setting-up", name: "Award Test Café a", venueName: "Community Hall", postcode: "LE1 1AA", whoFor: "Young carers" });
    expect(cafe.sessions.map((s) => [s.dayOfWeek, s.startTime, s.endTime]).sort()).toEqual([[2, "18:00", "21:00"], [6, "10:00", "13:00"]]);
    expect(cafe.offers.map((o) => o.description)).toEqual(["A Gujarati-speaking afternoon"]);
    expect(cafe.tags.map((t) => t.tagId)).toEqual([languageTagId]);
    expect(cafe.roles.filter((r) => r.role === "cafe-manager").map((r) => r.userId).sort()).toEqual([member.id, colleague.id].sort());
    // Not public while it is set up.
    expect((await listedCafeIndex()).bySlug.has(cafe.slug)).toBe(false);
  });

  it("lets the organisation's members manage the new café through /manage", async () => {
    const { cafeId } = await prisma.grantApplication.findUniqueOrThrow({ where: { id: applicationId } });
    // A fresh sign-in carries the manager role given at acceptance.
    const cookie = await signInCookieFor(colleague.id);
    expect((await call(cafeOverview.loader, get(`/manage/cafes/${cafeId}`, cookie), { cafeId: cafeId! })).status).toBe(200);
  });
});

describe("milestones and the launch", () => {
  it("refuses to launch while a milestone is pending", async () => {
    const response = await call(awardPage.action, post(awardPath(), { intent: "launch", launchedOn: "2027-01-04" }, officerCookie), { applicationId });
    expect(response.status).toBe(409);
    expect((await json<{ errors: Record<string, string> }>(response)).errors._form).toMatch(/done or waived/);
    expect((await prisma.grantApplication.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("accepted");
  });

  it("are ticked, waived, reopened, removed and added by officers only, each in the activity log", async () => {
    const milestones = await prisma.grantMilestone.findMany({ where: { applicationId }, orderBy: { sortOrder: "asc" } });
    const send = (fields: Record<string, string>, cookie = officerCookie) => call(awardPage.action, post(awardPath(), fields, cookie), { applicationId });
    expect((await send({ intent: "done", milestone: milestones[0]!.id, note: "" }, memberCookie)).status).toBe(403);
    expect((await send({ intent: "done", milestone: milestones[0]!.id, note: "Signed on 4 January" })).status).toBe(302);
    // The same change again is refused: the milestone is no longer pending.
    expect((await send({ intent: "done", milestone: milestones[0]!.id, note: "" })).status).toBe(409);
    expect((await send({ intent: "waive", milestone: milestones[1]!.id, note: "Venue already accessible" })).status).toBe(302);
    expect((await send({ intent: "reopen", milestone: milestones[1]!.id, note: "" })).status).toBe(302);
    expect((await send({ intent: "remove", milestone: milestones[6]!.id, note: "" })).status).toBe(302);
    const added = await send({ intent: "add", title: "Fire risk assessment", dueOn: "31/01/2027" });
    expect(added.status).toBe(302);
    expect((await send({ intent: "add", title: "", dueOn: "not a date" })).status).toBe(400);
    const now = await prisma.grantMilestone.findMany({ where: { applicationId } });
    expect(now).toHaveLength(7);
    expect(now.find((m) => m.title === "Fire risk assessment")?.dueOn).toBe("2027-01-31");
    const log = await prisma.applicationActivity.findMany({ where: { applicationId }, select: { action: true } });
    expect(log.map((l) => l.action)).toEqual(expect.arrayContaining(["milestone-done", "milestone-waived", "milestone-reopened", "milestone-removed", "milestone-added"]));
  });

  it("never launches past a milestone added at the same moment", async () => {
    for (const m of await prisma.grantMilestone.findMany({ where: { applicationId, status: "pending" } })) {
      await prisma.grantMilestone.update({ where: { id: m.id }, data: { status: "done" } });
    }
    const [launched, added] = await Promise.all([launchCafe(officer, applicationId, "2027-01-04"), addMilestone(officer, applicationId, { title: "Late addition", dueOn: null })]);
    expect(launched.ok && added.ok).toBe(false);
    if (launched.ok) {
      await prisma.$transaction([prisma.grantApplication.update({ where: { id: applicationId }, data: { status: "accepted", launchedOn: null } })]);
    }
    // Whatever happened, settle it and put the café back in set-up for the next test.
    await prisma.grantMilestone.updateMany({ where: { applicationId, status: "pending" }, data: { status: "waived" } });
    await prisma.monitoringReturn.deleteMany({ where: { applicationId } });
    const { cafeId } = await prisma.grantApplication.findUniqueOrThrow({ where: { id: applicationId } });
    await prisma.cafe.update({ where: { id: cafeId! }, data: { status: "setting-up" } });
  });

  it("refuses a start date in the future, then launches: the café opens in the public finder and returns are planned", async () => {
    const { cafeId } = await prisma.grantApplication.findUniqueOrThrow({ where: { id: applicationId } });
    const cafe = await prisma.cafe.findUniqueOrThrow({ where: { id: cafeId! } });
    expect((await listedCafeIndex()).bySlug.has(cafe.slug)).toBe(false);
    const future = await call(awardPage.action, post(awardPath(), { intent: "launch", launchedOn: "2027-02-01" }, officerCookie), { applicationId });
    expect(future.status).toBe(409);
    expect((await json<{ errors: Record<string, string> }>(future)).errors.launchedOn).toMatch(/up to today/);
    expect((await call(awardPage.action, post(awardPath(), { intent: "launch", launchedOn: "04/01/2027" }, officerCookie), { applicationId })).status).toBe(302);
    const application = await prisma.grantApplication.findUniqueOrThrow({ where: { id: applicationId }, include: { returns: { orderBy: { periodStart: "asc" } } } });
    expect(application).toMatchObject({ status: "launched", launchedOn: "2027-01-04" });
    expect(application.returns.map((r) => [r.periodStart, r.periodEnd, r.dueOn])).toEqual([
      ["2027-01-04", "2027-03-31", "2027-04-30"],
      ["2027-04-01", "2027-06-30", "2027-07-30"],
      ["2027-07-01", "2027-09-30", "2027-10-30"],
      ["2027-10-01", "2027-12-31", "2028-01-30"],
    ]);
    expect((await prisma.cafe.findUniqueOrThrow({ where: { id: cafeId! } })).status).toBe("open");
    // The finder's index saw the launch at once (its cache was dropped).
    expect((await listedCafeIndex()).bySlug.has(cafe.slug)).toBe(true);
    // A second launch is refused: it has moved on.
    expect((await launchCafe(officer, applicationId, "2027-01-04")).ok).toBe(false);
  });
});

describe("monitoring returns", () => {
  it("remind every member once, even when two reminder runs meet, and list the overdue return for officers", async () => {
    const at = new Date("2027-04-20T09:00:00Z");
    const runs = await Promise.all([sendReturnReminders(at), sendReturnReminders(at)]);
    expect(runs.reduce((sum, r) => sum + r.returns, 0)).toBe(1);
    const emails = await prisma.emailOutbox.findMany({ where: { kind: "monitoring-return-reminder", to: { in: [member.email, colleague.email] } } });
    expect(emails.map((e) => e.to).sort()).toEqual([member.email, colleague.email].sort());
    expect(emails[0]!.text).toContain(`/organisation/awards/${applicationId}/returns/`);
    expect((await sendReturnReminders(new Date("2027-04-25T09:00:00Z"))).returns).toBe(0);
    expect((await listOverdueReturns("2027-04-30")).some((r) => r.applicationId === applicationId)).toBe(false);
    expect((await listOverdueReturns("2027-05-01")).filter((r) => r.applicationId === applicationId).map((r) => r.periodStart)).toEqual(["2027-01-04"]);
    setClock(new Date("2027-05-02T09:00:00Z"));
    // Months later: everyone signs in again.
    [memberCookie, officerCookie, outsiderCookie] = await Promise.all([signInCookieFor(member.id), signInCookieFor(officerId), signInCookieFor(outsiderId)]);
    const list = await json<{ overdue: { applicationId: string }[] }>(await call(awardsList.loader, get("/grants/awards", officerCookie)));
    expect(list.overdue.some((r) => r.applicationId === applicationId)).toBe(true);
  });

  it("are sent once by a member, checked field by field, and then leave the overdue list", async () => {
    const ret = await prisma.monitoringReturn.findFirstOrThrow({ where: { applicationId, periodStart: "2027-01-04" } });
    const path = `/organisation/awards/${applicationId}/returns/${ret.id}`;
    const params = { applicationId, returnId: ret.id };
    expect((await call(returnPage.loader, get(path, outsiderCookie), params)).status).toBe(404);
    const bad = await call(returnPage.action, post(path, { visits: "lots", conversations: "", capReferrals: "3", wentWell: "", wasHard: "" }, memberCookie), params);
    expect(bad.status).toBe(400);
    const reply = await json<{ errors: Record<string, string>; values: Record<string, string> }>(bad);
    expect(Object.keys(reply.errors).sort()).toEqual(["conversations", "visits", "wentWell"]);
    expect(reply.values.visits).toBe("lots");
    const good = { visits: "212", conversations: "64", capReferrals: "9", wentWell: "Word of mouth", wasHard: "Finding volunteers" };
    expect((await call(returnPage.action, post(path, good, memberCookie), params)).status).toBe(302);
    expect((await call(returnPage.action, post(path, good, memberCookie), params)).status).toBe(409);
    expect(await prisma.monitoringReturn.findUniqueOrThrow({ where: { id: ret.id } })).toMatchObject({ visits: 212, conversations: 64, capReferrals: 9, submittedById: member.id });
    expect((await listOverdueReturns("2027-05-02")).some((r) => r.id === ret.id)).toBe(false);
    // The next quarter's return cannot be sent before its quarter ends.
    const next = await prisma.monitoringReturn.findFirstOrThrow({ where: { applicationId, periodStart: "2027-04-01" } });
    const early = await call(returnPage.action, post(`/organisation/awards/${applicationId}/returns/${next.id}`, good, memberCookie), { applicationId, returnId: next.id });
    expect(early.status).toBe(409);
  });
});

describe("the 360Giving export", () => {
  it("gives officers every awarded grant as JSON valid against the package schema, and as CSV; no one else", async () => {
    const response = await call(exportJson.loader, get("/grants/exports/360giving.json", officerCookie));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { grants: { id: string; recipientOrganization: { id: string }[]; actualDates?: { startDate: string }[] }[] };
    const validate = packageValidator();
    expect(validate(body)).toBe(true);
    const reference = (await prisma.grantApplication.findUniqueOrThrow({ where: { id: applicationId } })).reference;
    const ours = body.grants.find((g) => g.id === `360G-cafe-network-${reference}`);
    expect(ours?.recipientOrganization[0]!.id).toBe("GB-CHC-1100001");
    expect(ours?.actualDates).toEqual([{ startDate: "2027-01-04" }]);
    const csv = await call(exportCsv.loader, get("/grants/exports/360giving.csv", officerCookie));
    expect(csv.headers.get("Content-Type")).toContain("text/csv");
    expect(await csv.text()).toContain(`360G-cafe-network-${reference},`);
    for (const email of ["panel@example.org", "commissioner@example.org", "vcs@example.org"]) {
      expect((await call(exportJson.loader, get("/grants/exports/360giving.json", await demoCookie(email)))).status).toBe(403);
    }
  });
});

describe("the demo awards", () => {
  it("show an offer to accept, a café in set-up and a launched café with an overdue return", async () => {
    const demo = await prisma.grantApplication.findMany({ where: { isDemo: true, reference: { startsWith: "DEMO-A-" } }, include: { cafe: true, milestones: true } });
    expect(Object.fromEntries(demo.map((a) => [a.reference, [a.status, a.cafe?.status ?? null]]))).toEqual({
      "DEMO-A-0101": ["awarded", null],
      "DEMO-A-0102": ["accepted", "setting-up"],
      "DEMO-A-0103": ["launched", "open"],
    });
    expect(demo.find((a) => a.reference === "DEMO-A-0102")!.milestones.filter((m) => m.status === "pending")).toHaveLength(4);
    const sileby = demo.find((a) => a.reference === "DEMO-A-0103")!;
    const overdue = await listOverdueReturns(new Date().toISOString().slice(0, 10));
    expect(overdue.filter((r) => r.applicationId === sileby.id)).toHaveLength(1);
  });
});
