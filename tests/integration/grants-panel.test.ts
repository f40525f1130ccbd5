import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { activityLog, applicationAccess, awardApplication, declineApplication, postMessage, reviewsFor, roundResults } from "~/modules/grants/index.server";
import { prisma } from "~/platform/db.server";
import { resetEnvCache } from "~/platform/env.server";
import * as officerPage from "~/routes/grants.applications.$applicationId._index";
import * as csvRoute from "~/routes/grants.rounds.$roundId_.applications[.]csv";
import * as resultsRoute from "~/routes/grants.rounds.$roundId_.results";
import * as applicantThread from "~/routes/organisation.applications.$applicationId_.messages";
import * as panelPage from "~/routes/panel.applications.$applicationId";
import * as panelHome from "~/routes/panel._index";
import { call, get, json, post, signInCookieFor } from "./auth.helpers";
import { actorWith, makeApplicant, makeApplication, makeRound } from "./grants-panel.helpers";

const AT = new Date("2026-12-01T12:00:00Z");
beforeEach(() => {
  process.env.FIXED_NOW = AT.toISOString();
  resetEnvCache();
});
afterEach(() => {
  process.env.FIXED_NOW = "";
  resetEnvCache();
});

async function panelMember(roundId: string, name: string) {
  const member = await actorWith([{ role: "panel-member" }], name);
  await prisma.panelAssignment.create({ data: { roundId, userId: member.id } });
  return { ...member, cookie: await signInCookieFor(member.id) };
}

/** Posts a full review: scores for Need, Plan, Value (null = N/A) and a recommendation. */
function reviewFields(criteria: { id: string }[], scores: (number | null)[], recommendation: string, intent = "submit") {
  const fields: Record<string, string> = { intent, recommendation, comment: "" };
  criteria.forEach((c, i) => {
    const s = scores[i];
    fields[`score_${c.id}`] = s === null ? "na" : s === undefined ? "" : String(s);
    fields[`note_${c.id}`] = "";
  });
  return fields;
}

describe("the decision", () => {
  it("lets only one of two awards for the last pounds of a round through, even at the same moment", async () => {
    const round = await makeRound({ budgetPence: 30_000_00, maxAwardPence: 25_000_00 });
    const { organisation } = await makeApplicant();
    const [a, b] = await Promise.all([
      makeApplication(round.id, organisation.id, { requestedPence: 20_000_00 }),
      makeApplication(round.id, organisation.id, { requestedPence: 20_000_00 }),
    ]);
    const officerA = await actorWith([{ role: "grant-officer" }]);
    const officerB = await actorWith([{ role: "grant-officer" }]);
    const outcomes = await Promise.all([
      awardApplication(officerA, a.id, { amountPence: 20_000_00, conditions: "" }),
      awardApplication(officerB, b.id, { amountPence: 20_000_00, conditions: "" }),
    ]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok)).toEqual([{ ok: false, problem: "over-budget" }]);
    const after = await prisma.grantRound.findUniqueOrThrow({ where: { id: round.id } });
    expect(after.awardedPence).toBe(20_000_00);
    const statuses = (await prisma.grantApplication.findMany({ where: { roundId: round.id }, select: { status: true } })).map((s) => s.status).sort();
    expect(statuses).toEqual(["at-panel", "awarded"]);
    // The refused one left no trace: no activity, no email.
    const refusedId = outcomes[0]!.ok ? b.id : a.id;
    expect(await prisma.applicationActivity.count({ where: { applicationId: refusedId } })).toBe(0);
    // What is left (£10,000) can still be awarded.
    expect(await awardApplication(officerA, refusedId, { amountPence: 10_000_00, conditions: "" })).toEqual({ ok: true });
    expect((await prisma.grantRound.findUniqueOrThrow({ where: { id: round.id } })).awardedPence).toBe(30_000_00);
  });

  it("lets only one of two officers deciding the same application at once", async () => {
    const round = await makeRound();
    const { organisation } = await makeApplicant();
    const app = await makeApplication(round.id, organisation.id);
    const officer = await actorWith([{ role: "grant-officer" }]);
    const outcomes = await Promise.all([
      awardApplication(officer, app.id, { amountPence: 10_000_00, conditions: "" }),
      declineApplication(officer, app.id, { feedback: "Not this time" }),
    ]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    const round2 = await prisma.grantRound.findUniqueOrThrow({ where: { id: round.id } });
    const decided = await prisma.grantApplication.findUniqueOrThrow({ where: { id: app.id } });
    expect(round2.awardedPence).toBe(decided.status === "awarded" ? 10_000_00 : 0);
  });

  it("refuses an award above the request or the round's maximum, and a decline without feedback", async () => {
    const round = await makeRound({ maxAwardPence: 15_000_00 });
    const { organisation } = await makeApplicant();
    const app = await makeApplication(round.id, organisation.id, { requestedPence: 20_000_00 });
    const officer = await actorWith([{ role: "grant-officer" }]);
    expect(await awardApplication(officer, app.id, { amountPence: 15_000_01, conditions: "" })).toEqual({ ok: false, problem: "amount-over-maximum" });
    const cookie = await signInCookieFor(officer.id);
    const tooMuch = await call(officerPage.action, post(`/grants/applications/${app.id}`, { intent: "award", amount: "20000.01", conditions: "" }, cookie), {
      applicationId: app.id,
    });
    expect(tooMuch.status).toBe(400);
    expect((await json<{ errors: Record<string, string> }>(tooMuch)).errors.amount).toBe("The award cannot be more than the amount requested");
    const noFeedback = await call(officerPage.action, post(`/grants/applications/${app.id}`, { intent: "decline", feedback: "  " }, cookie), {
      applicationId: app.id,
    });
    expect(noFeedback.status).toBe(400);
    expect((await json<{ errors: Record<string, string> }>(noFeedback)).errors.feedback).toBe("Write feedback for the applicant");
    expect((await prisma.grantApplication.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("at-panel");
  });

  it("emails the applicant through the outbox and logs the decision where they can read it", async () => {
    const round = await makeRound();
    const { organisation, member } = await makeApplicant();
    const awarded = await makeApplication(round.id, organisation.id);
    const declined = await makeApplication(round.id, organisation.id);
    const officer = await actorWith([{ role: "grant-officer" }]);
    const cookie = await signInCookieFor(officer.id);
    const award = await call(
      officerPage.action,
      post(`/grants/applications/${awarded.id}`, { intent: "award", amount: "12,500", conditions: "Name a safeguarding lead before opening" }, cookie),
      { applicationId: awarded.id },
    );
    expect(award.status).toBe(302);
    expect(await declineApplication(officer, declined.id, { feedback: "The venue is not accessible." })).toEqual({ ok: true });
    const emails = await prisma.emailOutbox.findMany({ where: { to: member.email }, orderBy: { createdAt: "asc" } });
    expect(emails.map((e) => e.kind)).toEqual(["grant-decision", "grant-decision"]);
    expect(emails.find((e) => e.subject.includes("awarded"))?.text).toContain("£12,500.00");
    expect(emails.find((e) => e.text.includes("The venue is not accessible."))).toBeTruthy();
    const log = await activityLog("applicant", awarded.id);
    expect(log?.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([["awarded", "at-panel", "awarded"]]);
    expect((await prisma.applicationActivity.findMany({ where: { applicationId: declined.id } })).map((e) => e.note)).toEqual(["The venue is not accessible."]);
    expect((await prisma.auditEvent.count({ where: { entityId: awarded.id, action: "grant.award" } }))).toBe(1);
  });
});

describe("the panel", () => {
  it("asks for a declaration first, and a recused member gets 403 for the application and its scores from then on", async () => {
    const round = await makeRound();
    const { organisation } = await makeApplicant();
    const app = await makeApplication(round.id, organisation.id);
    const member = await panelMember(round.id, "Recused Member");
    // Before declaring: only the reference and organisation, no criteria, no reviews.
    const first = await json<Record<string, unknown>>(await call(panelPage.loader, get(`/panel/applications/${app.id}`, member.cookie), { applicationId: app.id }));
    expect(first.access).toBe("undeclared");
    expect(first.review).toBeNull();
    expect(Object.keys(first.application as object).sort()).toEqual(["id", "organisation", "reference"]);
    // Someone scores first, so there is something to hide.
    const other = await panelMember(round.id, "Other Member");
    await call(panelPage.action, post(`/panel/applications/${app.id}`, { hasConflict: "no", description: "" }, other.cookie), { applicationId: app.id });
    await call(panelPage.action, post(`/panel/applications/${app.id}`, reviewFields(round.criteria, [4, 4, 4], "yes"), other.cookie), { applicationId: app.id });

    const missing = await call(panelPage.action, post(`/panel/applications/${app.id}`, { hasConflict: "yes", description: "" }, member.cookie), { applicationId: app.id });
    expect((await json<{ errors: Record<string, string> }>(missing)).errors.description).toBe("Describe the conflict");
    const declared = await call(
      panelPage.action,
      post(`/panel/applications/${app.id}`, { hasConflict: "yes", description: "I chair the group's board" }, member.cookie),
      { applicationId: app.id },
    );
    expect(declared.status).toBe(302);
    expect((await applicationAccess(member, app.id))?.access).toBe("recused");
    expect((await call(panelPage.loader, get(`/panel/applications/${app.id}`, member.cookie), { applicationId: app.id })).status).toBe(403);
    const scoring = await call(panelPage.action, post(`/panel/applications/${app.id}`, reviewFields(round.criteria, [5, 5, 5], "yes"), member.cookie), {
      applicationId: app.id,
    });
    expect(scoring.status).toBe(403);
    // Declaring again cannot undo the recusal.
    const again = await call(panelPage.action, post(`/panel/applications/${app.id}`, { hasConflict: "no", description: "" }, member.cookie), { applicationId: app.id });
    expect(again.status).toBe(403);
    expect(await reviewsFor(member, "recused", app.id)).toBeNull();
    expect(await prisma.panelReview.count({ where: { applicationId: app.id, userId: member.id } })).toBe(0);
    // The recusal is recorded (staff only) and counted, never averaged.
    const entries = await prisma.applicationActivity.findMany({ where: { applicationId: app.id, action: "panel-recused" } });
    expect(entries.map((e) => [e.visibleToApplicant, e.note])).toEqual([[false, "I chair the group's board"]]);
    const results = await roundResults(round.id);
    const row = results!.applications.find((a) => a.id === app.id)!;
    expect(row.score.recused).toBe(1);
    expect(row.score.counted).toBe(1);
    expect(row.average).toBeCloseTo(4);
    // The home page lists it as recused, without a link.
    const home = await json<{ assignments: { id: string; task: string }[] }>(await call(panelHome.loader, get("/panel", member.cookie)));
    expect(home.assignments.find((a) => a.id === app.id)?.task).toBe("recused");
  });

  it("shows others' scores only after a member submits their own, and a submitted review cannot change", async () => {
    const round = await makeRound();
    const { organisation } = await makeApplicant();
    const app = await makeApplication(round.id, organisation.id);
    const first = await panelMember(round.id, "First Member");
    const second = await panelMember(round.id, "Second Member");
    for (const m of [first, second]) {
      await call(panelPage.action, post(`/panel/applications/${app.id}`, { hasConflict: "no", description: "" }, m.cookie), { applicationId: app.id });
    }
    const submit = await call(panelPage.action, post(`/panel/applications/${app.id}`, reviewFields(round.criteria, [5, null, 3], "yes"), first.cookie), {
      applicationId: app.id,
    });
    expect(submit.status).toBe(302);
    const view = async (m: typeof first) =>
      json<{ review: { reviews: { own: unknown; others: { name: string }[]; othersVisible: boolean } } }>(
        await call(panelPage.loader, get(`/panel/applications/${app.id}`, m.cookie), { applicationId: app.id }),
      );
    expect((await view(second)).review.reviews).toMatchObject({ own: null, others: [], othersVisible: false });
    // A draft does not reveal them either; an incomplete submission is refused with the field named.
    await call(panelPage.action, post(`/panel/applications/${app.id}`, reviewFields(round.criteria, [2], "", "save"), second.cookie), { applicationId: app.id });
    expect((await view(second)).review.reviews.othersVisible).toBe(false);
    const incomplete = await call(panelPage.action, post(`/panel/applications/${app.id}`, reviewFields(round.criteria, [2], "no"), second.cookie), {
      applicationId: app.id,
    });
    expect(incomplete.status).toBe(400);
    expect(Object.keys((await json<{ errors: Record<string, string> }>(incomplete)).errors)).toContain(`score_${round.criteria[1]!.id}`);
    await call(panelPage.action, post(`/panel/applications/${app.id}`, reviewFields(round.criteria, [2, 2, 2], "no"), second.cookie), { applicationId: app.id });
    expect((await view(second)).review.reviews.others.map((o) => o.name)).toEqual(["First Member"]);
    // Submitted is final.
    const change = await call(panelPage.action, post(`/panel/applications/${app.id}`, reviewFields(round.criteria, [0, 0, 0], "no"), first.cookie), {
      applicationId: app.id,
    });
    expect((await json<{ errors: Record<string, string> }>(change)).errors._form).toBe("Your review is submitted and can no longer be changed");
    // Results: first = (3×5 + 1×3)/4 = 4.5 (Plan N/A), second = 2 → average 3.25, spread 2.5 flagged.
    const row = (await roundResults(round.id))!.applications.find((a) => a.id === app.id)!;
    expect(row.average).toBeCloseTo(3.25);
    expect(row.score.spread).toBeCloseTo(2.5);
    expect(row.score.flagged).toBe(true);
    expect(row.score.recommendations).toEqual({ yes: 1, maybe: 0, no: 1 });
  });

  it("gives nothing to a panel member not assigned, and nothing of the panel to the applicant", async () => {
    const round = await makeRound();
    const { organisation, member } = await makeApplicant();
    const app = await makeApplication(round.id, organisation.id);
    const stranger = await actorWith([{ role: "panel-member" }]);
    expect((await call(panelPage.loader, get(`/panel/applications/${app.id}`, await signInCookieFor(stranger.id)), { applicationId: app.id })).status).toBe(404);
    const applicantCookie = await signInCookieFor(member.id);
    expect((await call(panelPage.loader, get(`/panel/applications/${app.id}`, applicantCookie), { applicationId: app.id })).status).toBe(403);
    expect((await call(officerPage.loader, get(`/grants/applications/${app.id}`, applicantCookie), { applicationId: app.id })).status).toBe(403);
    expect((await call(resultsRoute.loader, get(`/grants/rounds/${round.id}/results`, applicantCookie), { roundId: round.id })).status).toBe(403);
  });
});

describe("results, CSV, thread and log", () => {
  it("ranks the round's applications and gives staff the CSV with scores", async () => {
    const round = await makeRound({ budgetPence: 30_000_00 });
    const { organisation } = await makeApplicant();
    const high = await makeApplication(round.id, organisation.id, { requestedPence: 20_000_00 });
    const low = await makeApplication(round.id, organisation.id, { requestedPence: 15_000_00 });
    await makeApplication(round.id, organisation.id, { status: "submitted" });
    const reviewer = await panelMember(round.id, "Reviewer");
    for (const [app, scores] of [
      [high, [5, 4, 4]],
      [low, [2, 2, 3]],
    ] as const) {
      await call(panelPage.action, post(`/panel/applications/${app.id}`, { hasConflict: "no", description: "" }, reviewer.cookie), { applicationId: app.id });
      await call(panelPage.action, post(`/panel/applications/${app.id}`, reviewFields(round.criteria, [...scores], "yes"), reviewer.cookie), { applicationId: app.id });
    }
    const officer = await actorWith([{ role: "grant-officer" }]);
    const cookie = await signInCookieFor(officer.id);
    const page = await json<{
      applications: { id: string; rank: number }[];
      budget: { running: Record<string, { fits: boolean }>; undecidedRequestedPence: number; toScreenRequestedPence: number };
    }>(
      await call(resultsRoute.loader, get(`/grants/rounds/${round.id}/results`, cookie), { roundId: round.id }),
    );
    expect(page.applications.map((a) => [a.id, a.rank])).toEqual([
      [high.id, 1],
      [low.id, 2],
    ]);
    expect(page.budget.running[high.id]!.fits).toBe(true);
    expect(page.budget.running[low.id]!.fits).toBe(false);
    // Requests at panel and requests still waiting for screening, counted apart.
    expect(page.budget.undecidedRequestedPence).toBe(35_000_00);
    expect(page.budget.toScreenRequestedPence).toBe(20_000_00);
    const csv = await call(csvRoute.loader, get(`/grants/rounds/${round.id}/applications.csv`, cookie), { roundId: round.id });
    expect(csv.headers.get("Content-Type")).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("Weighted average");
    expect(lines[1]).toContain(high.reference);
    expect(lines[1]).toContain("4.50");
    const panelCookie = reviewer.cookie;
    expect((await call(csvRoute.loader, get(`/grants/rounds/${round.id}/applications.csv`, panelCookie), { roundId: round.id })).status).toBe(403);
  });

  it("carries messages both ways with an email to the other side, and shows the applicant only their part of the log", async () => {
    const round = await makeRound();
    const { organisation, member } = await makeApplicant();
    const app = await makeApplication(round.id, organisation.id);
    const officer = await actorWith([{ role: "grant-officer" }], "Grace Officer");
    const memberCookie = await signInCookieFor(member.id);
    const sent = await call(applicantThread.action, post(`/organisation/applications/${app.id}/messages`, { body: "Can we change the start date?" }, memberCookie), {
      applicationId: app.id,
    });
    expect(sent.status).toBe(302);
    expect(await prisma.emailOutbox.count({ where: { to: officer.email, kind: "grant-message" } })).toBe(1);
    expect(await postMessage(officer, "staff", app.id, "Yes, tell us the new date.")).toEqual({ ok: true });
    expect(await prisma.emailOutbox.count({ where: { to: member.email, kind: "grant-message" } })).toBe(1);
    const empty = await call(applicantThread.action, post(`/organisation/applications/${app.id}/messages`, { body: " " }, memberCookie), { applicationId: app.id });
    expect((await json<{ errors: Record<string, string> }>(empty)).errors.body).toBe("Write your message");

    await prisma.applicationActivity.createMany({
      data: [
        { applicationId: app.id, action: "screened-eligible", fromStatus: "submitted", toStatus: "at-panel", visibleToApplicant: true, at: AT },
        { applicationId: app.id, action: "panel-recused", note: "A secret", visibleToApplicant: false, at: AT },
      ],
    });
    const page = await json<{ messages: { body: string; fromStaff: boolean }[]; activity: { action: string }[] }>(
      await call(applicantThread.loader, get(`/organisation/applications/${app.id}/messages`, memberCookie), { applicationId: app.id }),
    );
    expect(page.messages.map((m) => [m.fromStaff, m.body])).toEqual([
      [false, "Can we change the start date?"],
      [true, "Yes, tell us the new date."],
    ]);
    expect(page.activity.map((a) => a.action)).toEqual(["screened-eligible"]);
    expect((await activityLog("staff", app.id))?.map((a) => a.action)).toEqual(["screened-eligible", "panel-recused"]);
    // Another organisation's member gets nothing, not even that it exists.
    const other = await makeApplicant();
    const otherCookie = await signInCookieFor(other.member.id);
    expect((await call(applicantThread.loader, get(`/organisation/applications/${app.id}/messages`, otherCookie), { applicationId: app.id })).status).toBe(404);
  });
});
