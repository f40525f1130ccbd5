import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applicationContent } from "~/modules/grants/index.server";
import { prisma } from "~/platform/db.server";
import { resetEnvCache } from "~/platform/env.server";
import * as officerPage from "~/routes/grants.applications.$applicationId._index";
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

async function submitted() {
  const round = await makeRound();
  const checks = await Promise.all(
    ["The group is a voluntary or community organisation", "The café is in an eligible footprint"].map((text, i) =>
      prisma.grantEligibilityCheck.create({ data: { roundId: round.id, text, sortOrder: i } }),
    ),
  );
  const { organisation, member } = await makeApplicant();
  const app = await makeApplication(round.id, organisation.id, { status: "submitted" });
  for (const key of ["cafe", "staffing", "budget"]) {
    await prisma.applicationSection.create({ data: { applicationId: app.id, key, data: JSON.stringify({ note: key }) } });
  }
  const officer = await actorWith([{ role: "grant-officer" }]);
  return { round, checks, app, member, cookie: await signInCookieFor(officer.id) };
}

const answers = (checks: { id: string }[], value = "yes") => Object.fromEntries(checks.map((c) => [`check_${c.id}`, value]));

describe("screening", () => {
  it("sends an eligible application to the panel once every checklist question is answered", async () => {
    const { checks, app, member, cookie } = await submitted();
    const unanswered = await call(officerPage.action, post(`/grants/applications/${app.id}`, { intent: "screen", outcome: "eligible" }, cookie), { applicationId: app.id });
    expect(unanswered.status).toBe(400);
    expect((await json<{ errors: Record<string, string> }>(unanswered)).errors[`check_${checks[0]!.id}`]).toBe("Answer yes or no");
    const ok = await call(officerPage.action, post(`/grants/applications/${app.id}`, { intent: "screen", outcome: "eligible", ...answers(checks) }, cookie), {
      applicationId: app.id,
    });
    expect(ok.status).toBe(302);
    expect((await prisma.grantApplication.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("at-panel");
    const screening = await prisma.applicationScreening.findFirstOrThrow({ where: { applicationId: app.id } });
    expect(JSON.parse(screening.answers)).toEqual({ [checks[0]!.id]: true, [checks[1]!.id]: true });
    expect(await prisma.emailOutbox.count({ where: { to: member.email, kind: "grant-screening" } })).toBe(1);
    // Screening twice is refused: the application has moved on.
    const again = await call(officerPage.action, post(`/grants/applications/${app.id}`, { intent: "screen", outcome: "ineligible", reason: "x", ...answers(checks) }, cookie), {
      applicationId: app.id,
    });
    expect((await json<{ errors: Record<string, string> }>(again)).errors._form).toContain("Someone else has changed this application");
  });

  it("needs a reason to find it ineligible, and tells the applicant that reason", async () => {
    const { checks, app, member, cookie } = await submitted();
    const noReason = await call(officerPage.action, post(`/grants/applications/${app.id}`, { intent: "screen", outcome: "ineligible", reason: "", ...answers(checks, "no") }, cookie), {
      applicationId: app.id,
    });
    expect((await json<{ errors: Record<string, string> }>(noReason)).errors.reason).toBe("Give the reason the application is not eligible");
    await call(
      officerPage.action,
      post(`/grants/applications/${app.id}`, { intent: "screen", outcome: "ineligible", reason: "The venue is outside every eligible footprint.", ...answers(checks, "no") }, cookie),
      { applicationId: app.id },
    );
    const after = await prisma.grantApplication.findUniqueOrThrow({ where: { id: app.id } });
    expect(after.status).toBe("ineligible");
    expect(after.feedback).toBe("The venue is outside every eligible footprint.");
    const email = await prisma.emailOutbox.findFirstOrThrow({ where: { to: member.email, kind: "grant-screening" } });
    expect(email.text).toContain("The venue is outside every eligible footprint.");
    const log = await prisma.applicationActivity.findFirstOrThrow({ where: { applicationId: app.id } });
    expect([log.fromStatus, log.toStatus, log.visibleToApplicant]).toEqual(["submitted", "ineligible", true]);
  });

  it("reopens only the named sections with the comment, and shows what changed on resubmission", async () => {
    const { checks, app, member, cookie } = await submitted();
    const noSections = await call(officerPage.action, post(`/grants/applications/${app.id}`, { intent: "screen", outcome: "more-information", comment: "", ...answers(checks) }, cookie), {
      applicationId: app.id,
    });
    const errors = (await json<{ errors: Record<string, string> }>(noSections)).errors;
    expect(errors.sections).toBe("Choose at least one section to reopen");
    expect(errors.comment).toBe("Say what you need from the applicant");
    const asked = await call(
      officerPage.action,
      post(
        `/grants/applications/${app.id}`,
        { intent: "screen", outcome: "more-information", sections: ["staffing", "budget"], comment: "How many paid peer-support workers?", ...answers(checks) },
        cookie,
      ),
      { applicationId: app.id },
    );
    expect(asked.status).toBe(302);
    expect((await prisma.grantApplication.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("more-information");
    const sections = await prisma.applicationSection.findMany({ where: { applicationId: app.id }, orderBy: { key: "asc" } });
    expect(sections.map((s) => [s.key, !!s.reopenedAt, s.reopenComment])).toEqual([
      ["budget", true, "How many paid peer-support workers?"],
      ["cafe", false, null],
      ["staffing", true, "How many paid peer-support workers?"],
    ]);
    const email = await prisma.emailOutbox.findFirstOrThrow({ where: { to: member.email, kind: "grant-screening" } });
    expect(email.text).toContain("Staffing");
    expect(email.text).toContain("Budget");
    expect(email.text).not.toContain("The proposed café");

    // The applicant resubmits (as the apply part does: a snapshot per submission); the officer sees the change.
    const first = { cafe: { cafeName: "Hope Café" }, staffing: { paidWorkers: 1, volunteers: 4, supervision: "Weekly" }, budget: { lines: [] } };
    const second = { ...first, staffing: { paidWorkers: 2, volunteers: 4, supervision: "Weekly" } };
    await prisma.applicationSubmission.createMany({
      data: [
        { applicationId: app.id, number: 1, sections: JSON.stringify(first), submittedAt: new Date("2026-11-20T10:00:00Z") },
        { applicationId: app.id, number: 2, sections: JSON.stringify(second), submittedAt: AT },
      ],
    });
    await prisma.grantApplication.update({ where: { id: app.id }, data: { status: "submitted" } });
    const content = await applicationContent(app.id);
    expect(content?.changes?.from).toBe(1);
    expect(content?.changes?.to).toBe(2);
    expect(content?.changes?.sections.map((c) => c.key)).toEqual(["staffing"]);
    const page = await json<{ content: { changes: { sections: { key: string; rows: { before: string[]; after: string[] }[] }[] } } }>(
      await call(officerPage.loader, get(`/grants/applications/${app.id}`, cookie), { applicationId: app.id }),
    );
    const rows = page.content.changes.sections[0]!.rows;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.before.join(" ").includes("1") && r.after.join(" ").includes("2"))).toBe(true);
  });
});
